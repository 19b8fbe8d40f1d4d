"""Date normalisation: the text of a date expression -> ISO start/end at the grain written.

Pure functions, no spaCy. ``normalise("June 23 to 27, 2025", "2025-06-01")`` returns
``DateValue(start="2025-06-23", end="2025-06-27", grain="day")``; anything that is not a
calendar day, month, year or a range of them returns ``None``.

The common shapes (month names, ISO and numeric dates, year ranges, fiscal years, relative
words) are parsed here with exact tables; ``dateparser`` is only a fallback for a single
expression that none of them reads (never ``search_dates`` over whole texts).

Conventions
-----------
- Ends are inclusive; a single date has ``start == end``.
- A date without a year takes the year that puts it in a window around ``published`` that
  depends on ``tense``: ``None`` (no context) [-3, +9) months, ``"past"`` [-8, +4) months,
  ``"future"`` [-1, +11) months (a bare month: [0, +12)), ``"done"`` (a past its own clause
  tells plainly) the most recent past occurrence: [-358, +8) days (a week of slack for a late
  publication date), a bare month [-11, +1). Ranges resolve the year of their
  start and inherit it (or the next year when the end would fall before the start).
- A bare weekday is the last one on or before ``published`` (``past``/``None``) or the next one
  on or after it (``future``).
- Numeric dates ("4/3/2026", "4/3", "10-31-74") follow ``order``: "DMY" (the default of this
  function) reads them day-first, "MDY" month-first; either way the other reading is taken
  when only it is valid ("10/31/1974"). ISO ``yyyy-mm-dd`` is always year-month-day. The
  recogniser passes the article's order (``--date-order``, else the dateline's country,
  else month-first).
- "this week", "next week" and durations ("three years") are not dates.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Dict, Literal, NamedTuple, Optional, Tuple, Union

Tense = Optional[Literal["past", "done", "future"]]
#: The tenses that look back: "done" is a past its own clause tells plainly ("The summit was held
#: in January"), which takes a yearless date's most recent past occurrence; "past" (a past cue
#: somewhere in the sentence, reported speech included) keeps a wider window.
_BACKWARD = ("past", "done")
DATE_ORDERS = ("DMY", "MDY")

#: The compiled form of each of this module's expressions, looked up by its text: the
#: normaliser tries dozens of shapes per date, and ``re.fullmatch(text, ...)`` pays for
#: ``re``'s own cache look-up (flags, a tuple key) on each try. Unbounded: the patterns are
#: this module's own (plus one per number word of :data:`_ORDINAL_WORDS_LONGEST_FIRST`).
#: An expression built from others (``_MON_G`` ...) is a module constant, not an f-string at
#: its call: the string would be built, hashed and compared whole at every try.
_rx = lru_cache(maxsize=None)(re.compile)


def parse_date_order(value: object) -> Optional[str]:
    """``"DMY"``/``"MDY"`` (any case), None for None or ""; ValueError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.upper() in DATE_ORDERS:
        return value.upper()
    raise ValueError(f"date order must be DMY or MDY, got {value!r}")


class DateValue(NamedTuple):
    start: str
    end: str
    grain: str  # "day", "month" or "year" (of the start)

    def as_dict(self) -> Dict[str, str]:
        return {"start": self.start, "end": self.end}


# --------------------------------------------------------------------------- tables
MONTHS: Dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _name:
        MONTHS[_name.lower()] = _i
        MONTHS[_name.lower()[:3]] = _i
MONTHS.update({"sept": 9, "febr": 2, "jan": 1, "june": 6, "july": 7})
#: The first three letters of a month (an ordinal day glued to it: "22ndoctober").
_MONTH_START = "(?:" + "|".join(sorted({name[:3] for name in MONTHS})) + ")"

WEEKDAYS: Dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    _low = _name.lower()
    WEEKDAYS[_low] = _i
    WEEKDAYS[_low[:3]] = _i
WEEKDAYS.update({"tues": 1, "thur": 3, "thurs": 3, "weds": 2})

_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
NUMBER_WORDS: Dict[str, int] = {w: i for i, w in enumerate(_SMALL)}
NUMBER_WORDS.update({"thirty": 30, "a": 1, "an": 1, "couple of": 2, "a couple of": 2, "few": 3})
_ORD = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ORDINAL_WORDS: Dict[str, int] = {w: i for i, w in enumerate(_ORD) if i}
ORDINAL_WORDS["thirtieth"] = 30
for _tens, _base in (("twenty", 20), ("thirty", 30)):
    for _unit in range(1, 10):
        if _base + _unit <= 31:
            ORDINAL_WORDS[f"{_tens}-{_ORD[_unit]}"] = _base + _unit
            ORDINAL_WORDS[f"{_tens} {_ORD[_unit]}"] = _base + _unit
            NUMBER_WORDS[f"{_tens}-{_SMALL[_unit]}"] = _base + _unit
_ORDINAL_WORDS_LONGEST_FIRST = sorted(ORDINAL_WORDS.items(), key=lambda kv: -len(kv[0]))

def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MON = rf"(?:{_alt(MONTHS)})"
WD = rf"(?:{_alt(WEEKDAYS)})"
_MON_G = rf"(?P<mon>{MON})"
_WD_G = rf"(?P<wd>{WD})"

#: Words in front of a date that are not part of its value.
_LEADING = re.compile(
    r"^(?:on|in|from|during|around|about|approximately|circa|at|by|since|until|till|before|"
    r"after|as of|throughout|through|of|for|starting|beginning|effective|dated|between)\s+"
)

# --------------------------------------------------------------------------- helpers
def _as_date(value: Union[date, str, None]) -> Optional[date]:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _fmt(y: int, m: Optional[int] = None, d: Optional[int] = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1] and 1 <= y <= 9999


def _add_months(y: int, m: int, n: int) -> Tuple[int, int]:
    idx = y * 12 + (m - 1) + n
    return idx // 12, idx % 12 + 1


def _add_months_day(day: date, n: int) -> date:
    y, m = _add_months(day.year, day.month, n)
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def _year2(n: int, ref: Optional[date]) -> int:
    """A two-digit year: within 20 years ahead of the reference, else the last century."""
    pivot = ((ref.year if ref else 2025) % 100 + 20) % 100
    return 2000 + n if n <= pivot else 1900 + n


# (366 days wide: a window of 365 left one day of a span holding 29 February in no year;
# where two years fit, the earlier one is tried first, as before)
_WINDOW_DAYS = {None: (-92, 274), "past": (-243, 123), "done": (-358, 8), "future": (-31, 335)}
_WINDOW_MONTHS = {None: (-3, 9), "past": (-8, 4), "done": (-11, 1), "future": (0, 12)}


def _pick_year(m: int, d: Optional[int], ref: date, tense: Tense, wd: Optional[int] = None) -> Optional[int]:
    """The year for a yearless month (and day) around ``ref``; a weekday decides when given."""
    years = (ref.year - 1, ref.year, ref.year + 1)
    if d is not None and wd is not None:
        fits = [y for y in years if _valid(y, m, d) and date(y, m, d).weekday() == wd]
        if fits:
            return min(fits, key=lambda y: abs((date(y, m, d) - ref).days))
    for y in years:
        if d is None:
            lo, hi = _WINDOW_MONTHS.get(tense, _WINDOW_MONTHS[None])
            if lo <= (y * 12 + m) - (ref.year * 12 + ref.month) < hi:
                return y
        elif _valid(y, m, d):
            lo, hi = _WINDOW_DAYS.get(tense, _WINDOW_DAYS[None])
            if lo <= (date(y, m, d) - ref).days < hi:
                return y
    if d is not None and m == 2 and d == 29:  # leap day: nearest leap year
        leap = [y for y in range(ref.year - 4, ref.year + 5) if calendar.isleap(y)]
        return min(leap, key=lambda y: abs(y - ref.year))
    return None


def _weekday(wd: int, ref: date, tense: Tense) -> date:
    if tense == "future":
        return ref + timedelta(days=(wd - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


# --------------------------------------------------------------------------- preprocessing
_DASH_RE = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")


_DIGIT = re.compile(r"\d")
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ',;()"'})


#: (word, its expression, its number) of :data:`_ORDINAL_WORDS_LONGEST_FIRST`, written once
_ORDINAL_WORD_SUBS = [(word, rf"\b{re.escape(word)}\b", str(val)) for word, val in _ORDINAL_WORDS_LONGEST_FIRST]
_ORDINAL_ENDS = tuple(sorted({word[-2:] for word in ORDINAL_WORDS}))
_ORDINAL_END = re.compile("|".join(_ORDINAL_ENDS))
#: What :data:`_DASH_RE` and the curly quotes become in :func:`_prep`.
_QUOTES_AND_DASHES = str.maketrans({"\u2019": "'", "\u2018": "'", **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}})


def _prep(text: str) -> str:
    # (each step runs only when its characters are there: most expressions hold few of them)
    s = text.strip().lower()
    if not s.isascii():  # ("\u2019" -> "'", "\u2013" -> "-" ...: all of them outside ASCII)
        s = s.translate(_QUOTES_AND_DASHES)
    if "'s" in s:
        s = _rx(r"'s\b").sub("", s)
    if _DIGIT.search(s):
        # (also glued to a month: "22ndoctober")
        s = _rx(r"(\d)(?:st|nd|rd|th)(?=\b|" + _MONTH_START + ")").sub(r"\1", s)
        s = _rx(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)").sub(" ", s)
    if "." in s:
        s = _rx(r"(?<=[a-z])\.(?=\d)").sub(" ", s)   # oct.26 -> oct 26 (a byline's "Sunday, Oct.26, 2025")
        s = _rx(r"(?<=[a-z])\.").sub("", s)          # sept. -> sept, a.d. -> ad
    # (``s.translate(_PUNCT_TO_SPACE)``; a replace finds an absent character at once)
    s = s.replace(",", " ").replace(";", " ").replace("(", " ").replace(")", " ").replace('"', " ")
    s = " ".join(s.split()).strip(" .")  # (``\s`` is ``str.isspace``: runs of white space made one space)
    # number words (longest first) and ordinal words (each ends in one of _ORDINAL_ENDS: a text
    # with none of those holds none of them)
    if _ORDINAL_END.search(s):
        for word, pattern, number in _ORDINAL_WORD_SUBS:
            if word in s:
                s = _rx(pattern).sub(number, s)
    if "the" in s:
        s = _rx(r"\bthe\b").sub(" ", s)
    return " ".join(s.split())


def _num(word: str) -> Optional[int]:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_NUMW = rf"(?P<n>\d+|{_alt(NUMBER_WORDS)})"


# --------------------------------------------------------------------------- points
class _P(dict):
    """A partial date: y, m, d (any may be None), wd (weekday), y2 (end year of a fiscal
    year), abs (already resolved: (start, end, grain))."""


_DAY_MON_YEAR_DASHED = rf"(\d{{1,2}})[-/ ]{_MON_G}[-/ ](\d{{4}}|\d{{2}})"
_MON_DAY_SLASH_YEAR = rf"{_MON_G} (\d{{1,2}}) ?/ ?(\d{{4}})"
_MON_DAY_YEAR = rf"(?:{_WD_G} )?{_MON_G} (?P<d>\d{{1,2}})(?: (?:of )?(?P<y>\d{{4}}|'\d{{2}}))?"
_DAY_MON_YEAR = rf"(?:{_WD_G} )?(?P<d>\d{{1,2}}) (?:of |day of )?{_MON_G}(?: (?:of )?(?P<y>\d{{4}}|'?\d{{2}}))?"
_MON_YEAR = rf"{_MON_G}(?: of)? (?P<y>\d{{4}}|'\d{{2}})"
_WD_DAY = rf"{_WD_G} (?P<d>\d{{1,2}})"


def _point(s: str, ref: Optional[date], tense: Tense) -> Optional[_P]:
    s = s.strip()
    if not s:
        return None
    if _DIGIT.search(s) is None:
        return _point_in_words(s, ref, tense)
    if "-" in s or "/" in s or "." in s:  # (every form below but the years needs one of them)
        found = _separated_point(s, ref)
        if found is not _NOT_SEPARATED:
            return found
    # years
    m = _rx(r"(\d{1,4}) (?:ad|ce)").fullmatch(s)
    if m:
        return _P(y=int(m[1]))
    m = _rx(r"(?:year )?(\d{4})").fullmatch(s)
    if m and 1000 <= int(m[1]) <= 2999:
        return _P(y=int(m[1]))
    m = _rx(r"(?:fy|fiscal year|financial year) ?(\d{4})").fullmatch(s)
    if m:
        return _P(y=int(m[1]))
    m = _rx(r"'(\d{2})").fullmatch(s)
    if m:
        return _P(y=_year2(int(m[1]), ref))

    # month names
    m = _rx(_MON_DAY_YEAR).fullmatch(s)
    if not m:
        m = _rx(_DAY_MON_YEAR).fullmatch(s)
    if m:
        mo, d = MONTHS[m["mon"]], int(m["d"])
        y = m["y"]
        if y is not None:
            y = int(y) if len(y) == 4 else _year2(int(y.strip("'")), ref)
        if not 1 <= d <= 31:
            return None
        return _P(y=y, m=mo, d=d, wd=WEEKDAYS[m["wd"]] if m["wd"] else None)
    m = _rx(_MON_YEAR).fullmatch(s)
    if m:
        y = m["y"]
        return _P(y=int(y) if len(y) == 4 else _year2(int(y.strip("'")), ref), m=MONTHS[m["mon"]])
    m = _rx(_WD_DAY).fullmatch(s)
    if m:
        return _P(wd=WEEKDAYS[m["wd"]], d=int(m["d"]), wdday=True)
    m = _rx(r"(\d{1,2})").fullmatch(s)
    if m and 1 <= int(m[1]) <= 31:
        return _P(d=int(m[1]))
    m = _rx(r"(\d{1,2}) (\d{4})").fullmatch(s)  # "27 2025" (right end of "June 23 - 27, 2025")
    if m and 1 <= int(m[1]) <= 31:
        return _P(d=int(m[1]), y=int(m[2]), partial=True)
    return _point_in_words(s, ref, tense)  # a month or weekday alone never holds a digit: only the relative ones can match


#: What :func:`_separated_point` answers for a text of none of its forms.
_NOT_SEPARATED = object()


def _separated_point(s: str, ref: Optional[date]):
    """:func:`_point` of the forms written with a dash, a slash or a dot ("2015-03-03", "2/15",
    "31-oct-74", "post-2025"), tried in its order: its value, None when the form's numbers make
    no date, or ``_NOT_SEPARATED`` (no such form: :func:`_point` goes on). A text without a dash,
    a slash or a dot (most: "5 june 2025") is of none of them and skips these expressions."""
    m = _rx(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})").fullmatch(s)  # ISO and 2015/3/3
    if m:
        y, mo, d = int(m[1]), int(m[3]), int(m[4])
        return _P(y=y, m=mo, d=d) if _valid(y, mo, d) else None
    m = _rx(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})").fullmatch(s)  # numeric, day-first
    if m:
        a, b = int(m[1]), int(m[3])
        y = int(m[4]) if len(m[4]) == 4 else _year2(int(m[4]), ref)
        if a > 12 or (b <= 12 and _valid(y, b, a)):
            d, mo = a, b
        else:
            mo, d = a, b
        return _P(y=y, m=mo, d=d) if _valid(y, mo, d) else None
    m = _rx(r"(\d{4})\s?[-/]\s?(\d{2}|\d{4})").fullmatch(s)  # 2025/26, 2014-10, 2010-11
    if m:
        y, b = int(m[1]), int(m[2])
        if (len(m[2]) == 2 and b == (y + 1) % 100) or (len(m[2]) == 4 and b == y + 1 and "/" in s):
            return _P(y=y, y2=y + 1)
        if len(m[2]) == 2 and m[2].startswith("0") or (len(m[2]) == 2 and 1 <= b <= 12 and b < y % 100):
            return _P(y=y, m=b)
        if len(m[2]) == 2 and y % 100 < b <= y % 100 + 15:
            return _P(y=y, y2=y - y % 100 + b)  # "2025-27": a span of years written short
        return None
    m = _rx(r"(\d{1,2})\s?/\s?(\d{4})").fullmatch(s)  # 2/2013
    if m and 1 <= int(m[1]) <= 12:
        return _P(y=int(m[2]), m=int(m[1]))
    m = _rx(r"(\d{1,2})\s?[-/]\s?(\d{1,2})").fullmatch(s)  # 2/15 (no year)
    if m:
        a, b = int(m[1]), int(m[2])
        if a > 12 and b <= 12:
            return _P(m=b, d=a)
        if b > 12 and a <= 12 and b <= 31:
            return _P(m=a, d=b)
        if a <= 12 and b <= 12:
            return _P(m=b, d=a)
        return None
    m = _rx(_DAY_MON_YEAR_DASHED).fullmatch(s)  # 31-oct-74
    if m and "-" in s or m and "/" in s:
        y = int(m[3]) if len(m[3]) == 4 else _year2(int(m[3]), ref)
        mo, d = MONTHS[m["mon"]], int(m[1])
        return _P(y=y, m=mo, d=d) if _valid(y, mo, d) else None

    m = _rx(_MON_DAY_SLASH_YEAR).fullmatch(s)  # "February 2/2022" (a wire style)
    if m:
        y, mo, d = int(m[3]), MONTHS[m["mon"]], int(m[2])
        return _P(y=y, m=mo, d=d) if _valid(y, mo, d) else None

    m = _rx(r"(?:pre|post|mid) ?- ?(\d{4})").fullmatch(s)  # "post-2025", "pre-2020"
    if m and 1000 <= int(m[1]) <= 2999:
        return _P(y=int(m[1]))
    return _NOT_SEPARATED


_WD_ALONE = rf"{_WD_G}s?"


def _point_in_words(s: str, ref: Optional[date], tense: Tense) -> Optional[_P]:
    """:func:`_point` of a text without a digit ("june", "friday", "next week"), most of the
    texts it reads: only its expressions that match without a digit are tried, in its order
    (every other one holds a ``\\d``)."""
    m = _rx(_MON_G).fullmatch(s)
    if m:
        return _P(m=MONTHS[m["mon"]])
    m = _rx(_WD_ALONE).fullmatch(s)
    if m:
        return _P(wd=WEEKDAYS[m["wd"]])
    rel = _relative(s, ref, tense) if ref else None
    if rel:
        return _P(abs=rel)
    return None


def _resolve_point(p: _P, ref: Optional[date], tense: Tense) -> Optional[DateValue]:
    if p.get("abs"):
        return p["abs"]
    y, m, d, wd = p.get("y"), p.get("m"), p.get("d"), p.get("wd")
    if p.get("partial"):
        return None
    if p.get("y2"):
        return DateValue(_fmt(y), _fmt(p["y2"]), "year")
    if p.get("wdday"):
        if ref is None:
            return None
        order = [0, -1, 1, -2, 2, 3, -3] if tense in _BACKWARD else [0, 1, -1, 2, -2, 3, -3]
        for off in order:
            yy, mm = _add_months(ref.year, ref.month, off)
            if _valid(yy, mm, d) and date(yy, mm, d).weekday() == wd:
                v = _fmt(yy, mm, d)
                return DateValue(v, v, "day")
        return None
    if m is None and d is None and wd is not None:
        if ref is None:
            return None
        v = _weekday(wd, ref, tense).isoformat()
        return DateValue(v, v, "day")
    if m is None and d is None and y is not None:
        return DateValue(_fmt(y), _fmt(y), "year")
    if m is None:
        return None
    if y is None:
        if ref is None:
            return None
        y = _pick_year(m, d, ref, tense, wd)
        if y is None:
            return None
    if d is None:
        return DateValue(_fmt(y, m), _fmt(y, m), "month")
    if not _valid(y, m, d):
        return None
    v = _fmt(y, m, d)
    return DateValue(v, v, "day")


# --------------------------------------------------------------------------- relative
_UNIT = r"(?P<unit>day|week|fortnight|month|year|yr|decade)s?"


def _period(unit: str, ref: date, offset: int) -> DateValue:
    if unit == "month":
        y, m = _add_months(ref.year, ref.month, offset)
        return DateValue(_fmt(y, m), _fmt(y, m), "month")
    y = ref.year + offset
    return DateValue(_fmt(y), _fmt(y), "year")


def _day(day: date) -> DateValue:
    v = day.isoformat()
    return DateValue(v, v, "day")


_DIRECTION = {"this": 0, "current": 0, "present": 0, "last": -1, "previous": -1, "past": -1,
              "next": 1, "coming": 1, "following": 1}


def _nth_weekday(y: int, m: int, wd: int, n: int) -> Optional[date]:
    days = [date(y, m, d) for d in range(1, calendar.monthrange(y, m)[1] + 1) if date(y, m, d).weekday() == wd]
    if n == -1:
        return days[-1]
    return days[n - 1] if 1 <= n <= len(days) else None


def _month_ref(phrase: str, ref: date, tense: Tense) -> Optional[Tuple[int, int]]:
    """'october', 'october 2015', 'this month', 'last month', 'month' -> (year, month)."""
    phrase = phrase.strip()
    m = _rx(r"(?:(this|current|last|previous|next|coming) )?month").fullmatch(phrase)
    if m:
        return _add_months(ref.year, ref.month, _DIRECTION.get(m[1] or "this", 0))
    p = _point(phrase, ref, tense)
    if p and p.get("m") and not p.get("d"):
        y = p.get("y") or _pick_year(p["m"], None, ref, tense)
        return (y, p["m"]) if y else None
    return None


#: Words of which every expression :func:`_relative` reads holds one, as a word of its own
#: (keep them in step with its forms): most dates ("4 May 2026", "Tuesday") hold none and are
#: not tried against its twenty forms.
_RELATIVE_WORDS = frozenset({
    "today", "tonight", "tonite", "tomorrow", "tomorrows", "yesterday", "day", "week", "month", "year", "yr",
    "this", "last", "next", "past", "coming", "previous", "current", "present", "following",
    "ides", "after", "in", "of", "from", "ago", "hence", "later", "back", "before", "earlier",
})


_DIR_MON = rf"(?:(?:early|late|mid) )?(?P<dir>last|next|this|coming|past) {_MON_G}"
_MON_DIR_YEAR = rf"{_MON_G} (?P<dir>this|last|next|previous) year"
_MON_AFTER_NEXT = rf"{_MON_G} after next"
_MON_IN_A_YEAR = rf"{_MON_G} in (?:1|a|one) year"
_IDES_OF_MON = rf"ides of {_MON_G}"
_DIR_WD = rf"(last|next|this|coming|past) {_WD_G}"
_WD_OF_WEEK = rf"(?:(?P<wd1>{WD}) (?:of |from |in )?(this|next|last|previous|coming) week|(this|next|last|previous|coming) week (?P<wd2>{WD}))"
_N_WDS_AWAY = rf"{_NUMW} {_WD_G}s? (from now|from today|hence|later|ago|back|before|earlier)"
_N_UNITS_AWAY = rf"(?:(in|within) )?{_NUMW} {_UNIT}(?: (ago|back|earlier|before|hence|from now|from today|later|after))?"
_DIR_N_UNITS = rf"(last|past|next|coming|previous) {_NUMW} (day|week|month|year|yr)s?"
_NTH_WD_OF = rf"(\d|last) {_WD_G} (?:of|in) (.+)"


def _relative(s: str, ref: date, tense: Tense) -> Optional[DateValue]:
    if _RELATIVE_WORDS.isdisjoint(s.split()):
        return None
    s = _rx(r"^(?:around|about|approximately|circa|roughly) ").sub("", s)
    if _rx(r"(?:today|tonight|tonite|this (?:morning|afternoon|evening)|today (?:morning|afternoon|evening))").fullmatch(s):
        return _day(ref)
    if _rx(r"tomorrows?(?: (?:morning|afternoon|evening|night))?").fullmatch(s):
        return _day(ref + timedelta(days=1))
    if _rx(r"(?:yesterday(?: (?:morning|afternoon|evening|night))?|last (?:night|evening))").fullmatch(s):
        return _day(ref - timedelta(days=1))
    if s in ("day after tomorrow",):
        return _day(ref + timedelta(days=2))
    if s in ("day before yesterday",):
        return _day(ref - timedelta(days=2))

    # this/last/next month|year (with early/late/earlier/later ...)
    m = _rx(r"(?:(?:earlier|later|early|late|mid|end of|beginning of|start of|middle of|rest of) )?"
                     r"(this|current|present|last|previous|past|next|coming|following) (?:fiscal |financial |calendar )?(month|year|yr)").fullmatch(s)
    if m:
        unit = "month" if m[2] == "month" else "year"
        return _period(unit, ref, _DIRECTION[m[1]])
    # "(by) the end of the year", "the start of the month": this year, this month
    m = _rx(r"(?:end|beginning|start|middle|rest|remainder) of (?:the )?(month|year)").fullmatch(s)
    if m:
        return _period(m[1], ref, 0)
    m = _rx(r"(?:(?:earlier|later) )?(?:in )?(month|year) (?:of )?(\d{4})").fullmatch(s)
    if m:
        return DateValue(m[2], m[2], "year") if m[1] == "year" else None

    # last/next/this <month name>; <month> this/last/next year; <month> after next; <month> in 1 year
    m = _rx(_DIR_MON).fullmatch(s)
    if m:
        mo = MONTHS[m["mon"]]
        if m["dir"] in ("last", "past"):
            y = ref.year if mo < ref.month else ref.year - 1
        elif m["dir"] in ("next", "coming"):
            y = ref.year if mo > ref.month else ref.year + 1
        else:
            y = ref.year
        return DateValue(_fmt(y, mo), _fmt(y, mo), "month")
    m = _rx(_MON_DIR_YEAR).fullmatch(s)
    if m:
        y = ref.year + _DIRECTION[m["dir"]]
        return DateValue(_fmt(y, MONTHS[m["mon"]]), _fmt(y, MONTHS[m["mon"]]), "month")
    m = _rx(_MON_AFTER_NEXT).fullmatch(s)
    if m:
        mo = MONTHS[m["mon"]]
        y = (ref.year if mo > ref.month else ref.year + 1) + 1
        return DateValue(_fmt(y, mo), _fmt(y, mo), "month")
    m = _rx(_MON_IN_A_YEAR).fullmatch(s)
    if m:
        mo = MONTHS[m["mon"]]
        return DateValue(_fmt(ref.year + 1, mo), _fmt(ref.year + 1, mo), "month")
    m = _rx(_IDES_OF_MON).fullmatch(s)
    if m:
        mo = MONTHS[m["mon"]]
        y = _pick_year(mo, 15, ref, tense)
        d = 15 if mo in (3, 5, 7, 10) else 13
        return _day(date(y, mo, d)) if y else None

    # weekdays: last/next/this <wd>, <wd> of this/next/last week, N <wd>s from now / ago
    m = _rx(_DIR_WD).fullmatch(s)
    if m:
        wd = WEEKDAYS[m["wd"]]
        if m[1] in ("last", "past"):
            return _day(ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1))
        if m[1] in ("next", "coming"):
            return _day(ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1))
        return _day(ref - timedelta(days=ref.weekday()) + timedelta(days=wd))
    m = _rx(_WD_OF_WEEK).fullmatch(s)
    if m:
        wd = WEEKDAYS[m["wd1"] or m["wd2"]]
        direction = _DIRECTION[m[2] or m[3]]
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7 * direction)
        return _day(monday + timedelta(days=wd))
    m = _rx(_N_WDS_AWAY).fullmatch(s)
    if m and _num(m["n"]):
        n, wd = _num(m["n"]), WEEKDAYS[m["wd"]]
        if m[3] in ("ago", "back", "before", "earlier"):
            first = ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1)
            return _day(first - timedelta(days=7 * (n - 1)))
        first = ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)
        return _day(first + timedelta(days=7 * (n - 1)))

    # N units ago / hence / from now / in N units
    m = _rx(_N_UNITS_AWAY).fullmatch(s)
    if m and (m[1] == "in" or m[4]) and _num(m["n"]) is not None:
        n, unit = _num(m["n"]), m["unit"]
        sign = -1 if m[4] in ("ago", "back", "earlier", "before") else 1
        if unit == "decade":
            return None
        if unit in ("year", "yr"):
            if m[4] in ("from now", "from today"):
                return _day(_add_months_day(ref, 12 * n * sign))
            y = ref.year + sign * n
            return DateValue(_fmt(y), _fmt(y), "year")
        if unit == "month":
            return _day(_add_months_day(ref, n * sign))
        days = {"day": 1, "week": 7, "fortnight": 14}[unit] * n
        return _day(ref + timedelta(days=sign * days))

    # last/past/next N days|months|years -> ranges
    m = _rx(_DIR_N_UNITS).fullmatch(s)
    if m and _num(m["n"]) and m["n"] not in ("a", "an"):
        n, unit = _num(m["n"]), m[3]
        sign = 1 if m[1] in ("next", "coming") else -1
        if unit == "week":  # the days of the N weeks before or after the reference day
            unit, n = "day", 7 * n
        if unit == "day":
            a, b = (ref + timedelta(days=1), ref + timedelta(days=n)) if sign > 0 else (ref - timedelta(days=n), ref - timedelta(days=1))
            return DateValue(a.isoformat(), b.isoformat(), "day")
        if unit == "month":
            a = _add_months(ref.year, ref.month, 1 if sign > 0 else -n)
            b = _add_months(ref.year, ref.month, n if sign > 0 else -1)
            return DateValue(_fmt(*a), _fmt(*b), "month")
        a, b = (ref.year + 1, ref.year + n) if sign > 0 else (ref.year - n, ref.year - 1)
        return DateValue(_fmt(a), _fmt(b), "year")

    # <day> of this/next/last month; nth weekday of <month>; nth (last) day of <month>
    m = _rx(r"(\d{1,2}) (?:day )?(?:of|in) (this|current|next|last|previous) month").fullmatch(s)
    if m:
        y, mo = _add_months(ref.year, ref.month, _DIRECTION[m[2]])
        d = int(m[1])
        return _day(date(y, mo, d)) if _valid(y, mo, d) else None
    m = _rx(_NTH_WD_OF).fullmatch(s)
    if m:
        ym = _month_ref(m[3], ref, tense if tense else "future")
        if ym:
            n = -1 if m[1] == "last" else int(m[1])
            day = _nth_weekday(ym[0], ym[1], WEEKDAYS[m["wd"]], n)
            return _day(day) if day else None
        return None
    m = _rx(r"(?:(\d{1,2}) )?(last )?day (?:of|in) (.+)").fullmatch(s)
    if m and (m[1] or m[2]):
        ym = _month_ref(m[3], ref, tense if tense else "future")
        if ym:
            last = calendar.monthrange(*ym)[1]
            n = int(m[1] or 1)
            d = last - n + 1 if m[2] else n
            return _day(date(ym[0], ym[1], d)) if 1 <= d <= last else None
    return None


def _part_of_year(s: str, ref: Optional[date]) -> Optional[DateValue]:
    """Quarters and halves of a year as their months: "first quarter of 2024" -> 2024-01..2024-03,
    "the second half of this year", "Q3 2024", "H1 2025" (``s`` as :func:`_prep` writes it)."""
    m = _rx(r"(?:the )?(1|2|3|4|last|final) (quarter|half) of (?:the )?(?:(\d{4})|(?:(\w+) )?year)").fullmatch(s) \
        if " of " in s else None
    if m:
        size = 3 if m[2] == "quarter" else 6
        n = (12 // size) if m[1] in ("last", "final") else int(m[1])
        year = int(m[3]) if m[3] else None
        if year is None:  # "of the year", "of this/next/last year"
            word = m[4] or "the"
            if ref is None or (word != "the" and word not in _DIRECTION):
                return None
            year = ref.year + _DIRECTION.get(word, 0)
    else:
        m = _rx(r"(q|h) ?([1-4]),? (\d{4})").fullmatch(s) if s[:1] in ("q", "h") else None
        if not m:
            return None
        size = 3 if m[1] == "q" else 6
        n, year = int(m[2]), int(m[3])
    if n * size > 12:
        return None
    return DateValue(_fmt(year, n * size - size + 1), _fmt(year, n * size), "month")


# --------------------------------------------------------------------------- ranges
_CONNECTOR = re.compile(r"\s+(?:to|through to|through|thru|till|until|and|&|up to|-)\s+|\s*-\s*")


def _fill(a: _P, b: _P) -> None:
    for key in ("m", "y"):
        if a.get(key) is None and b.get(key) is not None and a.get("d") is not None:
            a[key] = b[key]
        if b.get(key) is None and a.get(key) is not None and (b.get("d") is not None or key == "y" and b.get("m")):
            b[key] = a[key]
    if a.get("y") is None and b.get("y") is not None and a.get("m") is not None:
        a["y"] = b["y"]
    for p in (a, b):  # "Monday, 25th and Tuesday, 26th November": the month is told, not guessed
        if p.get("wdday") and p.get("m") is not None:
            p["wdday"] = False


def _next_weekdays(a: Optional[_P], b: Optional[_P]) -> bool:
    """"Tuesday and Wednesday": two days running are the days of one event ("Monday and
    Thursday" are two days apart and stay two dates)."""
    if a is None or b is None or a.get("wd") is None or b.get("wd") is None:
        return False
    return all(p.get(k) is None for p in (a, b) for k in ("d", "m", "y", "abs")) and (b["wd"] - a["wd"]) % 7 == 1


def _range(s: str, ref: Optional[date], tense: Tense, between: bool) -> Optional[DateValue]:
    for match in _CONNECTOR.finditer(s):
        left, right = s[: match.start()].strip(), s[match.end():].strip()
        if not left or not right:
            continue
        a, b = _point(left, ref, tense), _point(right, ref, tense)
        if match.group().strip() == "and" and not between and not (
            a is not None and b is not None and a.get("d") is not None and b.get("d") is not None
        ) and not _next_weekdays(a, b):
            continue  # "2020 and 2025" are two years; "Dec 4 and 5" are the days of one event
        if a is None or b is None:
            # "1957-58": a two-digit end completes the century of the start
            if a is not None and a.get("y") and set(a) == {"y"} and _rx(r"\d{2}").fullmatch(right):
                n = int(right)
                y2 = a["y"] // 100 * 100 + n
                if y2 <= a["y"]:
                    y2 += 100
                if y2 - a["y"] < 50:
                    return DateValue(_fmt(a["y"]), _fmt(y2), "year")
            continue
        value = _combine(a, b, ref, tense)
        if value:
            return value
    return None


def _combine(a: _P, b: _P, ref: Optional[date], tense: Tense) -> Optional[DateValue]:
    if a.get("abs") and b.get("abs"):
        va, vb = a["abs"], b["abs"]
        return DateValue(va.start, vb.end, va.grain) if va.start <= vb.end else None
    if a.get("abs"):  # "today until Oct 11"
        va = a["abs"]
        if va.grain == "year" and [k for k, v in b.items() if v is not None] == ["y"]:  # "this year until 2022"
            return DateValue(va.start, _fmt(b["y"]), "year") if int(va.start) < b["y"] else None
        start = _as_date(va.start) if va.grain == "day" else None
        if start is None:
            return None
        if b.get("m") and b.get("d") and b.get("y") is None:
            y = start.year if _valid(start.year, b["m"], b["d"]) and date(start.year, b["m"], b["d"]) >= start else start.year + 1
            b["y"] = y
        vb = _resolve_point(b, start, "future")
        return DateValue(va.start, vb.end, "day") if vb and va.start <= vb.start else None
    if b.get("abs"):
        return None
    # weekday to weekday
    if set(k for k, v in a.items() if v is not None) == {"wd"} and set(k for k, v in b.items() if v is not None) == {"wd"}:
        if ref is None:
            return None
        start = _weekday(a["wd"], ref, tense)
        end = start + timedelta(days=(b["wd"] - a["wd"]) % 7)
        return DateValue(start.isoformat(), end.isoformat(), "day")
    b.pop("partial", None)
    year_only = [p.get("y") is not None and p.get("m") is None and p.get("d") is None for p in (a, b)]
    if year_only[0] != year_only[1]:
        return None  # "2023-13-01" is not a range from a year to a day
    _fill(a, b)
    if a.get("y2") or b.get("y2"):  # fiscal years: 2025/26-2029/30
        if a.get("m") or b.get("m"):
            return None
        ya, yb = a["y"], b.get("y2") or b["y"]
        return DateValue(_fmt(ya), _fmt(yb), "year") if ya <= yb else None
    if a.get("m") is None and a.get("d") is not None:
        return None
    if a.get("y") is None:
        if ref is None or a.get("m") is None:
            return None
        y = _pick_year(a["m"], a.get("d"), ref, tense, a.get("wd"))
        if y is None:
            return None
        a["y"] = y
        if b.get("y") is None:
            b["y"] = y
            if b.get("m") is not None and b["m"] < a["m"]:
                b["y"] = y + 1  # "30 December to 2 January" runs into the next year
            # "29th and 28th March" runs backwards: two dates, never a year long
    elif b.get("y") is None:
        return None
    if b.get("m") is None and b.get("d") is not None:
        return None
    va, vb = _resolve_point(a, ref, tense), _resolve_point(b, ref, tense)
    if not va or not vb or va.start > vb.end:
        return None
    if va.start == vb.end and va.grain == vb.grain:
        return None  # "2025-2025" is not a range anyone writes
    return DateValue(va.start, vb.end, va.grain)


# --------------------------------------------------------------------------- entry points
#: Date expressions of every shape the normaliser reads (numeric, named, relative, ranges,
#: quarters ...): normalising them once compiles the expressions each shape is tried with.
PREPARING_EXPRESSIONS = (
    "3 June 2025",
    "June 3, 2025",
    "Tuesday, 3 June 2025",
    "on Tuesday 3 June",
    "2025-06-03",
    "03/06/2025",
    "3.6.2025",
    "June 2025",
    "2025",
    "Monday",
    "Mondays",
    "next Monday",
    "last week",
    "this week",
    "the coming weekend",
    "this month",
    "next month",
    "the end of the month",
    "later this year",
    "in March 2025",
    "yesterday",
    "tomorrow morning",
    "today",
    "two days ago",
    "in three weeks",
    "the next two weeks",
    "the first half of 2025",
    "Q3 2025",
    "mid-June",
    "early 2025",
    "3-5 June 2025",
    "June 3-5",
    "between 3 and 5 June",
    "from Monday to Wednesday",
    "June 23 - 27, 2025",
    "fiscal year 2025",
    "'98",
    "2025/26",
    "the 3rd of June",
    "31-oct-74",
    "February 2/2022",
    "post-2025",
    "1999 AD",
    "Monday 3",
    "ides of March",
    "the last day of June",
    "the second Monday of March 2025",
    "last Tuesday of the month",
    "the 15th of this month",
    "June this year",
    "March next year",
    "June after next",
    "around 3 June",
    "Sept. 3",
    "the twenty-first of June",
    "2/15",
    "2/2013",
    "Monday of next week",
    "the first quarter of the year",
)


def prepare_expressions() -> None:
    """Compile the normaliser's expressions now (they are compiled at their first use, kept
    for the process): a pipeline calls this when it is built, so that its first articles do
    not pay for them. Nothing is normalised for keeps (the memo of values is bypassed)."""
    for text in PREPARING_EXPRESSIONS:
        for published, tense in (("2025-06-04", "past"), ("2025-06-04", "future"), ("2025-06-04", None), (None, None)):
            try:
                _normalise_cached.__wrapped__(text, published, tense, None)
            except (ValueError, KeyError, IndexError, OverflowError, TypeError):
                pass


def normalise(
    text: str, published: Union[date, str, None] = None, *, tense: Tense = None,
    order: Optional[str] = None,
) -> Optional[DateValue]:
    """The value of one date expression, or None when it is not a (resolvable) date.
    ``order``: "DMY" (default) or "MDY" for numeric dates (see the module docstring)."""
    if not isinstance(text, str) or not text or len(text) > 120:
        return None
    try:
        return _normalise_cached(text, published, tense, order)
    except (ValueError, KeyError, IndexError, OverflowError, TypeError):
        return None  # odd input is "not a date", never an exception


#: A pure function of its arguments, so its results are kept: a day's wire shares one
#: publication date, and press repeats the same expressions ("Monday", "next year", "2025").
@lru_cache(maxsize=8192)
def _normalise_cached(text: str, published, tense: Tense, order: Optional[str] = None) -> Optional[DateValue]:
    return _exact(text) or _normalise(text, published, tense, order)


_FULL_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_EXACT_YEAR = re.compile(r"(1[1-9]\d\d|2\d\d\d)")
_EXACT_DMY = re.compile(r"(\d{1,2}) ([A-Z][a-z]+) (\d{4})")
_EXACT_MDY = re.compile(r"([A-Z][a-z]+) (\d{1,2}),? (\d{4})")


def _exact(text: str) -> Optional[DateValue]:
    """The commonest shapes in press, read directly: "2025", "5 June 2025", "June 5, 2025"
    (full month names). None for anything else, which goes the whole way through
    :func:`_normalise` (tests hold the two to the same values)."""
    if _EXACT_YEAR.fullmatch(text):
        return DateValue(text, text, "year")
    m = _EXACT_DMY.fullmatch(text)
    if m:
        day, month, year = m.group(1), m.group(2), m.group(3)
    else:
        m = _EXACT_MDY.fullmatch(text)
        if not m:
            return None
        month, day, year = m.group(1), m.group(2), m.group(3)
    number = _FULL_MONTHS.get(month.lower())
    if number is None or not 1100 <= int(year) <= 2999:
        return None
    try:
        iso = date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None
    return DateValue(iso, iso, "day")


_NUMERIC_DATE = re.compile(r"(\d{1,2}) ?([-/.]) ?(\d{1,2})(?:\2(\d{4}|\d{2}))?")


def _numeric_in_order(s: str, ref: Optional[date], order: Optional[str]) -> str:
    """A whole numeric date ("4/3/2026", "4 / 3", "10-31-74") rewritten in the unambiguous
    form the parser reads ("2026-03-04", "mar 4"), following ``order``; else ``s``."""
    m = _NUMERIC_DATE.fullmatch(s)
    if not m:
        return s
    a, b = int(m[1]), int(m[3])
    first, second = (b, a) if order != "MDY" else (a, b)  # (month, day) in the order given
    y = None
    if m[4]:
        y = int(m[4]) if len(m[4]) == 4 else _year2(int(m[4]), ref)
    check_year = y if y is not None else 2000  # a leap year: "2/29" stays possible
    for month, day in ((first, second), (second, first)):
        if _valid(check_year, month, day):
            if y is None:
                return f"{calendar.month_abbr[month].lower()} {day}"
            return _fmt(y, month, day)
    return s


#: A day of the month alone: "on the 15th", "the 15", "on 24th" (not a bare "15").
_DAY_OF_MONTH = re.compile(r"(?:on )?(?:the (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))")


def _day_of_month(d: int, ref: date, tense: Tense) -> Optional[DateValue]:
    """The day ``d`` of the reference month, else of the next month (of the previous one in
    a past sentence): the first such day on or after (on or before) the reference day."""
    step = -1 if tense in _BACKWARD else 1
    for offset in (0, step, 2 * step):
        y, m = _add_months(ref.year, ref.month, offset)
        if _valid(y, m, d) and (date(y, m, d) >= ref if step > 0 else date(y, m, d) <= ref):
            return _day(date(y, m, d))
    return None


_GLOSSED = re.compile(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)")


_N_UNITS = rf"{_NUMW} {_UNIT}"
#: The words an edge of a period opens with ("early", "end of" ...: "mid-" too).
_EDGE_WORDS = ("early", "late", "mid", "end of", "beginning of", "start of", "middle of")
_DAY_OF_MON = r"\b(\d{1,2}) of (?=" + MON + r"\b)"
_MON_DIR_YEAR_AFTER = rf"(.*\b{MON}\b.*?) (this|next|last|previous) year"


def _normalise(text: str, published, tense: Tense, order: Optional[str] = None) -> Optional[DateValue]:
    # (each expression below is tried only on a text holding what it needs: most dates hold none)
    glossed = _GLOSSED.fullmatch(text.strip()) if "(" in text else None
    if glossed:  # "yesterday (November 14)", "Monday (3 March)": the date written out counts
        return _normalise(glossed["inner"], published, tense, order)
    ref = _as_date(published)
    day_only = _DAY_OF_MONTH.fullmatch(text.strip().lower())
    if day_only:
        return _day_of_month(int(day_only[1] or day_only[2]), ref, tense) if ref else None
    s = _prep(text)
    if not s:
        return None
    between = False
    while True:
        m = _LEADING.match(s)
        if not m:
            break
        if m.group().strip() == "between":
            between = True
        rest = s[m.end():]
        if m.group().strip() == "in" and _rx(_N_UNITS).match(rest):
            break
        s = rest
    if s.startswith(_EDGE_WORDS):
        s = _rx(r"^(?:early|late|mid|mid-|end of|beginning of|start of|middle of)\s+(?=\S)").sub("", s) \
            if not _rx(r"^(?:early|late|mid|end of|beginning of|start of|middle of) (?:(?:this|last|next|current|previous) |(?:month|year)$)").match(s) else s
    if s.endswith(("ad", "a d")):
        s = _rx(r"\s+(?:ad|a d)$").sub(" ad", s)
    if " of " in s:
        s = _rx(_DAY_OF_MON).sub(r"\1 ", s)
    if "week" in s and _rx(r"(?:this|next|last|past|coming|previous|current) (?:week|weekend)s?").fullmatch(s):
        return None
    s = _numeric_in_order(s, ref, order)
    m = _rx(_MON_DIR_YEAR_AFTER).fullmatch(s) if s.endswith(" year") else None
    if m and ref is not None:  # "december 30 this year", "10 to 13 february next year"
        s = f"{m[1]} {ref.year + _DIRECTION[m[2]]}"
    part = _part_of_year(s, ref)
    if part is not None:
        return part
    if ref is not None:
        rel = _relative(s, ref, tense)
        if rel:
            return rel
    elif _rx(r"\b\d{4}\b").search(s):  # "the first Monday of March 2025" needs no reference
        rel = _relative(s, date(2000, 1, 1), tense)
        if rel:
            return rel
    p = _point(s, ref, tense)
    if p is not None and not p.get("partial") and not (p.get("d") is not None and p.get("m") is None and not p.get("wdday")):
        v = _resolve_point(p, ref, tense)
        if v:
            return v
    v = _range(s, ref, tense, between)
    if v:
        return v
    return _dateparser_fallback(s, ref)


@lru_cache(maxsize=32)
def _parser(ref: date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(ref.year, ref.month, ref.day),
            "PREFER_DAY_OF_MONTH": "first",
            "DATE_ORDER": "DMY",
            "REQUIRE_PARTS": ["year"],
            "STRICT_PARSING": False,
            "RETURN_TIME_AS_PERIOD": False,
        },
    )


_MON_WORD = rf"\b{MON}\b"


def _dateparser_fallback(s: str, ref: Optional[date]) -> Optional[DateValue]:
    """dateparser for one leftover expression that names a month and a 4-digit year."""
    if not _rx(_MON_WORD).search(s) or not _rx(r"\b\d{4}\b").search(s):
        return None
    try:
        data = _parser(ref or date(2000, 1, 1)).get_date_data(s)
    except Exception:  # dateparser can raise on odd input
        return None
    if not data or not data.date_obj:
        return None
    d = data.date_obj.date()
    if data.period == "month":
        return DateValue(_fmt(d.year, d.month), _fmt(d.year, d.month), "month")
    if data.period == "year":
        return DateValue(_fmt(d.year), _fmt(d.year), "year")
    if data.period == "day":
        return _day(d)
    return None


@lru_cache(maxsize=65536)
def day_range(start: Optional[str], end: Optional[str]) -> Optional[Tuple[date, date]]:
    """First and last day covered by ISO ``start``/``end`` at their granularity ("2025-06" ->
    1 and 30 June); None when ``start`` is missing or unreadable."""
    if not start:
        return None
    try:
        lo = _first_day(start)
        hi = _last_day(end or start)
    except (ValueError, TypeError, IndexError):
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _last_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    month = parts[1] if len(parts) > 1 else 12
    return date(parts[0], month, calendar.monthrange(parts[0], month)[1])
