"""The dateline that opens a story ("KUALA LUMPUR:", "MELAKA, Sept 9 (Bernama) --") and the
leading ``date YYYY-MM-DD`` line of our text files.

A dateline is a layout fact, not a phrase: it is read with one regular expression at the
start of one of the first lines, and only kept when the place is in the gazetteer (the
component's own rule files: ``places/*.jsonl`` of its ``patterns_dir``, as the places component).
"""
from __future__ import annotations

import re
from itertools import chain
from typing import Any, List, NamedTuple, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.dates import normalise
from ..normalisation.places import Gazetteer, PlaceInfo, lookup_place
from ..normalisation.published import parse_published
from .base import RuleComponent
from .dates import date_words, year_of_text
from .hijri import MONTH as HIJRI_MONTH
from .extensions import doc_value, set_span_value
from .layout import join_wrapped_lines
from .places import gazetteer_rule_files
from .towns import TownsMixin

#: ``date 2025-05-30`` on the first line: the publication date of the reference articles.
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"  # "Nov.", "NOVEMBER", "15 JUL"
          r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)(?:[a-z]*|[A-Z]*)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: (or its short form with a stop: "BELIZE CITY, Wed. Aug. 28, 2024")
_WEEKDAY = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
            r"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.),?[ \t]+")
_DATE = (
    # (on one line: "Talks set for May\n\n14:20 | Quito, ..." holds no date "May 14")
    # (a weekday may open it: "Nairobi, Kenya, Monday 30 May 2022 -")
    r"(?:" + _WEEKDAY + r")?(?:" + _MONTH + r"[ \t]+" + _DAY + r"(?:,?[ \t]+\d{4})?"      # Sept 25, June 4, 2025
    r"|" + _DAY + r"[ \t]*(?:of[ \t]+)?" + _MONTH + r"(?:,?[ \t]+\d{4})?"  # 12 February 2025, 14th January, 2025, 4thof May

    r"|\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d{4})"            # 18.09.2025, 18/09/2025
)
#: A Hijri date before the Gregorian one in a Gulf agency's dateline: "Riyadh 5 Shaban 1443 AH
#: corresponding to March 08, 2022:", "RIYADH, Dhu al-Qadah 20, 1446, May 18, 2025, SPA --"
#: (the month names: HIJRI_MONTH_1 .. 12 of ``patterns/date_words.jsonl``; the Gregorian date is the dateline's).
_HIJRI = (r"(?:(?:\d{1,2}[ \t]+" + HIJRI_MONTH + r"|" + HIJRI_MONTH + r"[ \t]+\d{1,2},?)[ \t]+1[34]\d\d"
          r"(?:[ \t]*(?:AH|A\.H\.|H)\b)?[ \t]*(?:,|/|corresponding[ \t]+to|\(|[\u2013\u2014-])?[ \t]*)")
_ws_count = 0


def _ws(chars: str = r"\s") -> str:
    r"""A run of whitespace taken whole, never given back (an atomic group, written as a
    lookahead and a backreference for Python 3.10): the dateline has several optional
    pieces with whitespace around them, and with plain ``\s*`` runs a long blank run near
    the top of a text was split every possible way between them (cubic time)."""
    global _ws_count
    _ws_count += 1
    name = f"ws{_ws_count}"
    return rf"(?=(?P<{name}>{chars}*))(?P={name})"


#: a source in brackets before the place: "(MENAFN- Jordan Times) AMMAN -"
#: (one bracket inside it: "(MENAFN- Kuwait News Agency (KUNA)) KUWAIT, May 16 (KUNA) --")
#: (a dash may part it from the place: "(Xinhua) -- BEIJING, May 3 --")
_SOURCE = (r"(?:\((?:[^()\n]|\([^()\n]{1,30}\)){2,80}\)" + _ws(r"[ \t]")
           + r"(?:(?:--|\u2014|\u2013|-)" + _ws(r"[ \t]") + r"(?=[A-Z\u00C0-\u00DE]{2}))?)?")
#: Where the place's name may end: before whitespace and a character that is no letter, or a
#: letter that starts a weekday's or a month's name (the date), or a Hijri month's name. A
#: condition every dateline meets, tested first: the name is extended letter by letter (up to
#: 40), and without it the whole rest of the expression was tried after each letter of every
#: line's first words. Nothing else after the place starts with a letter: the country in
#: brackets, the region, the agency and the closing marks all open with a mark, and the
#: agency's name in title case and the closings without a mark need the date or the agency
#: read first.
_HIJRI_INITIALS = sorted({name.lstrip("'\u2019")[:1] for n in range(1, 13) for name in date_words(f"HIJRI_MONTH_{n}")})
_PLACE_ENDS = (r"(?:(?!\s*[^\W\d_])|(?=\s*(?:(?=[A-Z])(?:" + _WEEKDAY + r"|" + _MONTH + r")"
               r"|(?=(?i:[" + "".join(re.escape(c) for c in _HIJRI_INITIALS) + r"]))" + HIJRI_MONTH + r")))")
#: the time of posting and a bar before the place: "10:38 | Lima, Jul. 2."
_TIME_FIRST = r"(?:\d{1,2}:\d{2}[ \t]*\|[ \t]*)?"
_DATELINE_BODY = (
    # letters of any script ("MALÉ", "REYKJAVÍK", "ASUNCIÓN"), apostrophes, dots, hyphens, spaces
    _ws(r"[ \t]") + _SOURCE + _TIME_FIRST + r"(?P<place>[A-Z\u00C0-\u00DE](?:[^\W\d_]|['\u2019.\- ]){1,40}?)"
    + _PLACE_ENDS +
    r"(?:[ \t]?\[[A-Z][A-Za-z .\-]{1,30}\])?"  # the country in square brackets: "New Delhi [India], March 1 (ANI):"
    # (or a state's abbreviation with dots: "WASHINGTON, D.C. \u2013")
    r"(?:," + _ws() + r"(?P<region>[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?\.?(?:\s[A-Z][A-Za-z]+){0,2}|(?:[A-Z]\.){2,3})(?=\s*(?:,|\u2014|\u2013|--|-\s|:|\(|\|)|[ \t]-[A-Z]))?"  # ", Mich.", ", Ethiopia,", ", Timor-Leste"
    r"(?:" + _ws() + r"[,|]?" + _ws() + _HIJRI + r"?(?P<open>\()?(?P<date>" + _DATE + r")(?(open)\))"  # "SUVA, Fiji (29 October 2025) –", "Gaborone, Botswana | 4 May 2026 -"
    r"(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})){0,2})?)?"  # "Moscow, 5 May 2026, 14:20 —"
    + _ws() + r"(?:,?" + _ws(r"[ \t]") + r"\((?P<agency>[A-Za-z .]{2,30}|[A-Za-z][^()\n]{2,60})\)|\[(?P<tag>[A-Z]{2,12})\]|/[A-Z]{2,20}/|[,.]" + _ws() + r"(?P<wire>[A-Z]{2,12}(?:[ \t][A-Z]{2,12}){0,2})(?=\s*(?:--|-|\u2014|\u2013|\.\s)|[ \t]+[A-Z][a-z]|(?(date)[ \t]*\n|(?!)))"  # "..., ARMENPRESS.", "Baku, June 9, AZERTAC" above the story
    # an agency's name in title case right after the date, then a dash: "TOKYO, April 15 Kyodo -"
    r"|(?(date)(?<=[ \t])[A-Z][a-z]{2,11}(?=[ \t]*(?:--|-|\u2014|\u2013)[ \t])|(?!)))?"
    + _ws() + r",?" + _ws() +
    # a full stop ends a dateline only after its date: "Mexico City, February 14, 2025. The ...",
    # "Buenos Aires, Dec 7.- On Tuesday"
    # ("-/African Media Agency (AMA)/-": a dash before a distributor's name between slashes)
    # ("Kampala, Uganda -President ...", "SEOUL (Reuters) -South Korea ...": a dash glued to the first word,
    # only after a country or an agency: "Kenya -Uganda ties grow" is a headline)
    # (".-" closes a dateline with or without its date, the Spanish way: "Tegucigalpa, .- The")
    r"(?::|--|\u2014|\u2013|\u2015|-(?=[\s/])|\.-(?=\s)|(?(region)(?<=[ \t])-(?=[A-Z\u201c\"])|(?(agency)(?<=[ \t])-(?=[A-Z\u201c\"])|(?!)))|/|(?(date)\.-?(?=\s)|(?!))"
    # a dated dateline closed by its agency's tag in square brackets: "ROME, 4 May 2026 [ANS] The"
    r"|(?(tag)(?(date)(?<=\s)|(?!))|(?!))"
    # or by its agency in brackets before the first word: "New Delhi, April 9 (IANS) India's ..."
    # (checked in _closed_well: a date or an agency in capitals)
    r"|(?(agency)(?<=[\s)])(?<!\n)(?P<bare>)(?=[A-Z\u201c\"])|(?!))"
    # or by the end of its line: "Windhoek, March 4, 2024" above the story (checked likewise)
    r"|(?(date)(?<=\n)(?P<eol>)|(?!))"
    # or by a bar after its date: "Victoria, Seychelles | June 9, 2025 | The minister ..."
    r"|(?(date)\||(?!))"
    # or by its agency's name in capitals before the first word: "ASTANA. KAZINFORM Today, ..."
    r"|(?(wire)(?<=[ \t])(?=[A-Z][a-z])|(?!))"
    # or, after a place in capitals and its date, by nothing before the first word: "CAIRO, Sept 7 Egypt
    # signed ..." (a wire dispatch whose agency was cut; checked in _closed_well)
    r"|(?(date)(?<=[ \t])(?P<caps_dated>)(?=[A-Z][a-z])|(?!)))"
)
DATELINE = re.compile("^" + _DATELINE_BODY, re.MULTILINE)
#: The same, anchored where the ``date`` header line ends.
DATELINE_AFTER_HEADER = re.compile(_DATELINE_BODY)
#: The date first: "1 June 2026, Rome - Ministers ...", "1 JUNE 2026 | ROME - ...".
DATE_FIRST = re.compile(
    r"^" + _ws(r"[ \t]") + r"(?P<date>" + _DATE + r")" + _ws(r"[ \t]") + r"[,|]" + _ws(r"[ \t]")
    + r"(?P<place>[A-Z\u00C0-\u00DE](?:[^\W\d_]|['\u2019.\- ]){1,40}?)" + _ws(r"[ \t]")
    + r"(?::|--|\u2014|\u2013|-(?=\s))", re.MULTILINE)
#: A building or office before a dated dateline: "Ministry of Trade, Accra, Ghana, 4 May 2026:"
#: (the date is required: without it a sentence's first comma would do).
NAMED_FIRST = re.compile(r"^[ \t]*[A-Z][^,\n:;]{2,80}?," + _DATELINE_BODY, re.MULTILINE)
#: An agency and the place on a line of their own: "WAM – Doha", "KPL - Vientiane".
AGENCY_LINE = re.compile(
    r"^[ \t]*[A-Z]{2,12}[ \t]*(?:--|—|–|-)[ \t]*"
    r"(?P<place>[A-ZÀ-Þ](?:[^\W\d_]|['’.\- ]){1,40}?)[ \t]*$", re.MULTILINE)
#: A reporter's byline naming the place: "From Jane Doe in Lusaka, Zambia—", "By J. Doe in Accra:".
BYLINE_IN = re.compile(
    r"^[ \t]*(?:From|By)[ \t]+(?:[A-Z][\w'’.\-]*[ \t]+){1,5}in[ \t]+"
    r"(?P<place>[A-ZÀ-Þ](?:[^\W\d_]|['’.\- ]){1,40}?)"
    r"(?:,[ \t]*[A-Z][A-Za-z .\-]{1,40}?)?[ \t]*(?:--|—|–|-|:)?[ \t]*$", re.MULTILINE)
#: A line that is only the place in capitals, a country after it or not: "DHAKA",
#: "SUVA, FIJI" above the story (only a city: a line "MALAYSIA" is a heading).
LONE_LINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'.\- ]{1,40}?)"
    r"(?:,[ \t]*[A-Z][A-Z .\-]{1,40}?)?[ \t]*$", re.MULTILINE)
#: A line that is a city and its country in any case: "Kathmandu, Nepal" above the story
#: (kept only when the gazetteer puts the city in that country, see ``_of_its_country``).
CITY_COUNTRY_LINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z\u00C0-\u00DE][^\W\d_]+(?:[ \-][A-Z\u00C0-\u00DE][^\W\d_]+){0,2}),[ \t]*"
    r"(?P<country>[A-Z](?:[^\W\d_]|\.)+(?:[ \-][A-Z][^\W\d_]+){0,2})[ \t]*$", re.MULTILINE)
#: "New York, The Minister of ...": a city and a comma opening the first sentence (only
#: before these words, which open sentences and no place's name).
CITY_COMMA = re.compile(
    r"^[ \t]*(?P<place>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){0,2}), (?=(?:The|A|An|On|In|At) )", re.MULTILINE)
#: A city and a full stop opening the first sentence: "Dar es Salaam. The President ..." (only
#: a city: a country or a word there is the end of a heading).
CITY_STOP = re.compile(
    r"^[ \t]*(?P<place>[A-Z\u00C0-\u00DE][^\W\d_]+(?: (?:[A-Z\u00C0-\u00DE][^\W\d_]+|[a-z]{2,3})){0,2})\.[ \t]+(?=[A-Z][a-z]+\b)",
    re.MULTILINE)
#: A city in capitals that is the subject of the first sentence, with no mark after it:
#: "HARARE today hosts ...", "NAIROBI will host ..." (a lowercase word follows; only a city; a lone
#: word of two or three capitals is an acronym: "OAS and ECPA organize ...").
CAPITALS_SUBJECT = re.compile(
    r"^[ \t]*(?P<place>(?![A-Z]{2,3}[ \t]+[a-z])[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'\-]+(?: [A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'\-]+){0,2})"
    r"[ \t]+(?=[a-z])", re.MULTILINE)
#: The rarer shapes anchored where the ``date`` header line ends instead of at a line's start.
_AFTER_HEADER = {pattern: re.compile(pattern.pattern[1:], pattern.flags)
                 for pattern in (DATE_FIRST, NAMED_FIRST, AGENCY_LINE, BYLINE_IN, LONE_LINE,
                                                 CITY_COUNTRY_LINE, CITY_COMMA, CITY_STOP, CAPITALS_SUBJECT)}
#: A place in capitals after a caption on the same line: "... Photo Lam Khanh HÀ NỘI – The forum"
#: (read from the dash back over the words in capitals, see ``_capitals_midline``).
CAPITALS_DASH = re.compile(r"[ \t](?:\u2014|\u2013|--)[ \t]+(?=[A-Z\"\u201c])")
CAPITALS_AT = re.compile(r"(?P<place>\S+(?: \S+){0,2}?)[ \t](?:\u2014|\u2013|--)[ \t]")
#: A line near the top that is only the day of publication, with its year: "Wednesday, 4 June 2026",
#: "Posted on: March 4, 2026 | 10:15", "Last Updated : Jun 4 2026 | 3:30 PM" (not "Date: ...",
#: which in a notice is the day of the event).
DATE_ALONE_LINE = re.compile(
    r"^[ \t]*(?:(?:Published|Posted|(?:Last[ \t]+)?Updated)(?:[ \t]+on)?[ \t]*:?[ \t]*)?"
    r"(?P<date>(?:" + _WEEKDAY + r")?(?:" + _MONTH + r"[ \t]+" + _DAY + r",?[ \t]+\d{4}"
    r"|" + _DAY + r"[ \t]*(?:of[ \t]+)?" + _MONTH + r",?[ \t]+\d{4}))"
    r"(?:[ \t]*(?:[|,\u2013\u2014-]|\d{1,2}:\d{2})[^\n]{0,40})?[ \t]*$", re.MULTILINE)
#: How far into the text a dateline may start (headlines and bylines may come first).
DATELINE_WINDOW = 1200
#: Tokens read for the header and the dateline (comfortably more than DATELINE_WINDOW chars).
HEAD_TOKENS = 600


class DatelineFound(NamedTuple):
    start: int  # of the place
    end: int
    info: Any  # the PlaceInfo of the place
    dateline_end: int  # of the whole dateline ("VIENTIANE, Oct 8 (VNA) --")
    date: Optional[str] = None  # its date as written ("Oct 8"), if any


def find_dateline(text: str, lookup=lookup_place, town=None) -> Optional[DatelineFound]:
    """The dateline at the top of ``text`` (its place, its end and its date), or None;
    ``lookup`` names a place (default: the packaged gazetteer); ``town``, when given, names a
    small town the gazetteer lacks (a dated dateline may open with one: "BELIZE CITY, Aug. 28 -")."""
    header = DATE_LINE.match(text)
    offset = header.end() if header else 0
    if header:
        # "date 2025-05-30 KUALA LUMPUR: ..." -- the dateline may follow on the same line
        offset += len(text[offset:]) - len(text[offset:].lstrip(" \t"))
    window = min(len(text), offset + DATELINE_WINDOW)
    first = DATELINE_AFTER_HEADER.match(text, offset, window) if header else None
    # lazily: the search stops at the first match that names a place (those read are kept)
    read: List[re.Match] = []
    matches = chain([first] if first else [], _kept(DATELINE.finditer(text, offset, window), read))
    found = _first_place(matches, lookup, ("city", "country", "region"))
    if found is not None and found.info.kind == "country" and text[found.dateline_end - 1:found.dateline_end] == ":":
        # "Peru: Lima to host the cabinet" is a headline when a city's dateline follows ("10:38 | Lima, Jul. 2.")
        # (``matches`` goes on after the match found: those before it start before its end)
        found = _first_place((m for m in matches if m.start() >= found.dateline_end), lookup, ("city",)) or found
    if found is not None and _after_the_body(text, offset, found):
        return None
    if found is not None and _a_headline(text, found, lookup):
        # "Lagos: Governor inaugurates new board" above the story: a usual dateline after it counts
        found = _first_place((m for m in matches if m.start() >= found.dateline_end), lookup, ("city",))
    if found is None:  # a place the gazetteer lacks, told by the country after it: "MARGARITA ISLAND, Venezuela --"
        # (none found: every match of the window was read, and is not searched for again)
        found = _first_unlisted(read, lookup)
    if found is None and town is not None:
        found = _first_town(read, lookup, town)
    if found is not None and _after_the_body(text, offset, found):
        # "Participants\n\nPremier Jane Roe, Manitoba - Chair" under the story: a list line, no dateline
        found = None
    if found is None:  # the rarer shapes, only when no usual one is there

        def shape(pattern):  # each also right after the header: "date 2017-08-10 10 August, Kathmandu: ..."
            at_header = [m for m in [_AFTER_HEADER[pattern].match(text, offset, window)] if m] if header else []
            return chain(at_header, pattern.finditer(text, offset, window))  # (searched on only while no place is found)

        found = _first_place(shape(DATE_FIRST), lookup, ("city", "country", "region")) \
            or _first_place(_dated(shape(NAMED_FIRST)), lookup, ("city",)) \
            or _first_place(shape(AGENCY_LINE), lookup, ("city",)) \
            or _first_place(shape(BYLINE_IN), lookup, ("city",)) \
            or _first_place(shape(LONE_LINE), lookup, ("city",)) \
            or _first_place(_of_its_country(shape(CITY_COUNTRY_LINE), lookup), lookup, ("city",)) \
            or _first_place(shape(CITY_COMMA), lookup, ("city",)) \
            or _first_place(shape(CITY_STOP), lookup, ("city",)) \
            or _first_place(shape(CAPITALS_SUBJECT), lookup, ("city",)) \
            or _first_place(_capitals_midline(text, offset, window), lookup, ("city",))
    return found


#: How many words a line above a bare "Place -" has when the story's body has begun there.
BODY_LINE_WORDS = 25


def _after_the_body(text: str, offset: int, found: DatelineFound) -> bool:
    """ "... will be held from 8-9 February in Male.\n\nThe Maldives- Sri Lanka Joint Commission
    was established in 1984": a place and a dash with no date and no agency after a line of the
    story's body (a long line ending in a full stop) opens a sentence of the body, no dateline
    ("Vientiane (VNA) -" under a summary still is one)."""
    if found.date is not None or "(" in text[found.end:found.dateline_end]:
        return False
    return any(len(line.split()) >= BODY_LINE_WORDS and line.rstrip().endswith(".")
               for line in text[offset:found.start].split("\n"))


#: How many words a headline has after its place and colon ("Nigeria: FG, states agree on wage").
HEADLINE_WORDS = 12
#: After a country and a dash, another country and a lowercase word: "Kenya – Uganda border talks end".
_SECOND_PLACE = re.compile(r"[ \t]*(?P<place>[A-Z][^\W\d_]+(?:[ \-][A-Z][^\W\d_]+){0,2})[ \t]+[a-z]")


def _a_headline(text: str, found: DatelineFound, lookup) -> bool:
    """A headline that opens with a place, no dateline: "Lagos: Governor inaugurates new board"
    (a place and a colon, no date or agency, then a short line with no full stop and another
    line after it), "Kenya – Uganda border talks end" (a country, a dash, another country)."""
    if found.date is not None or "(" in text[found.end:found.dateline_end]:
        return False
    mark = text[found.end:found.dateline_end].strip()
    line_end = text.find("\n", found.dateline_end)
    rest = text[found.dateline_end:line_end if line_end >= 0 else len(text)].strip()
    if mark == ":":
        return line_end >= 0 and bool(text[line_end:].strip()) and 0 < len(rest.split()) <= HEADLINE_WORDS \
            and not rest.endswith((".", "!", "?", '"', "\u201d", ":"))
    second = _SECOND_PLACE.match(text, found.dateline_end)
    if found.info.kind != "country" or mark not in ("-", "\u2013", "\u2014", "--") or second is None:
        return False
    info = lookup(second.group("place"))
    return info is not None and info.kind == "country"


def _kept(matches, read: list):
    """``matches``, each also appended to ``read`` as it is taken."""
    for match in matches:
        read.append(match)
        yield match


def _capitals_midline(text: str, offset: int, window: int):
    """Places in capitals (up to three words, "HÀ NỘI") right before a dash inside a line."""
    for dash in CAPITALS_DASH.finditer(text, offset, window):
        start = dash.start()
        for _ in range(3):
            word_start = text.rfind(" ", offset, start) + 1
            word = text[max(word_start, offset):start]
            if len(word) < 2 or not word.isupper() or not word.replace("-", "").isalpha():
                break
            start = max(word_start, offset) - 1
        start += 1
        if start < dash.start() and text[start - 1:start] in (" ", "\t"):
            match = CAPITALS_AT.match(text, start, window)
            if match is not None:
                yield match


#: A state's or province's abbreviation after a city: "Washington, DC", "Durban, KZN", "Perth, W.A."
_REGION_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,4}")


def _of_its_country(matches, lookup):
    """Only the matches whose second name is the country the gazetteer puts the first in,
    a region of that country, or a region's abbreviation."""
    for match in matches:
        city, second = lookup(match.group("place")), match.group("country")
        country = lookup(second)
        if city is None or city.kind != "city":
            continue
        if country is not None and country.kind in ("country", "region") and city.country == country.country \
                or country is None and _REGION_ABBREVIATION.fullmatch(second):
            yield match


#: A place's name the gazetteer may lack: up to four words, each capitalised or a short
#: particle ("Dar es Salaam", "Ras al Khaimah"), but not the words of a clause or an office
#: ("Ministry of Health, Kenya -" names no place).
_UNLISTED_NAME = re.compile(
    r"(?:[A-Z\u00C0-\u00DE][^\W\d_]*[.'\u2019]?[^\W\d_]*|(?!(?:of|and|the|for|in|on|at|to)\b)[a-z]{1,3})"
    r"(?:[ \-](?:[A-Z\u00C0-\u00DE][^\W\d_]*[.'\u2019]?[^\W\d_]*|(?!(?:of|and|the|for|in|on|at|to)\b)[a-z]{1,3})){0,3}")


def _first_unlisted(matches, lookup) -> Optional[DatelineFound]:
    """The first dateline whose place the gazetteer lacks but whose country (or a region of a
    known country) follows it: "ANDREWS AIR FORCE BASE, UNITED STATES (AFP) -", "Kigoma, Tanzania -".
    The place keeps its written name and takes that country."""
    for match in matches:
        region = match.group("region")
        raw = match.group("place").strip()
        if not region or not _closed_well(match) or not _UNLISTED_NAME.fullmatch(raw) \
                or not raw[0].isupper() or lookup(raw) is not None:
            continue
        info = lookup(region)
        if info is None or info.kind not in ("country", "region") or not info.country:
            continue
        if not raw.isupper() and not match.group("date") and not match.group("agency") \
                and match.group(0).rstrip().endswith(":"):
            continue  # "Dr Ama Mensah, Ghana: ..." introduces a speaker; a place in title case needs a dash
        start = match.start("place") + match.group("place").index(raw)
        place = PlaceInfo(name=raw, kind="city", country=info.country, city=raw)
        return DatelineFound(start, start + len(raw), place, match.end(), match.group("date"))
    return None


def _first_town(matches, lookup, town) -> Optional[DatelineFound]:
    """The first dated dateline whose place the gazetteer lacks and ``town`` knows: "BELIZE
    CITY, Wed. Aug. 28, 2024" (a town alone, with no date, could be any capitalised word)."""
    for match in matches:
        raw = match.group("place").strip()
        if not match.group("date") or not _closed_well(match) or lookup(raw) is not None:
            continue
        info = town(raw)
        if info is not None:
            start = match.start("place") + match.group("place").index(raw)
            return DatelineFound(start, start + len(raw), info, match.end(), match.group("date"))
    return None


def _dated(matches):
    """Only the matches that hold a date."""
    return (match for match in matches if match.group("date"))


#: An agency's name that opens with a word in capitals: "(IANS)", "(APP - Point News)", "(PL-RHC)".
_AGENCY_IN_CAPITALS = re.compile(r"^[A-Z][A-Z\-.]+\b")
#: A year in an agency's brackets: the date of the dispatch written with it.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _closed_well(match) -> bool:
    """A dateline closed only by its bracketed agency before the first word ("Lima, March 4
    (Andina) Peru's ...") needs a date or an agency in capitals ("Jakarta (ANTARA) The"): a
    line "Minister Ali (Finance) The ..." is no dateline; so does one whose brackets hold a year.
    One closed by nothing after its date needs its place in capitals ("CAIRO, Sept 7 Egypt ...";
    "Cairo, Sept 7 Egypt" may be a headline's words)."""
    groups = match.re.groupindex
    if "caps_dated" in groups and match.group("caps_dated") is not None:
        place = match.group("place").strip()
        return place.upper() == place and sum(c.isalpha() for c in place) >= 3
    if "bare" not in groups or match.group("bare") is None:
        return True
    agency = match.group("agency") or ""
    # (or an agency whose brackets hold the date: "ISLAMABAD, (UrduPoint / Point News - 15th Mar, 2024) The")
    return bool(match.group("date")) or bool(_AGENCY_IN_CAPITALS.match(agency)) or bool(_YEAR.search(agency))


#: A full stop right after a word of three letters or more closing a place's name.
_STOP_AFTER_NAME = re.compile(r"[^\W\d_]{3}\.$")


def _first_place(matches, lookup, kinds) -> Optional[DatelineFound]:
    """The first match whose place the gazetteer knows as one of ``kinds``."""
    for match in matches:
        if not _closed_well(match):
            continue
        raw = match.group("place").strip()
        info = lookup(raw)
        if info is None or info.kind not in kinds:
            continue
        if _STOP_AFTER_NAME.search(raw):
            raw = raw[:-1]  # "Belmopan. June 9th 2025." (not the dot of "St." or "D.C.")
        start = match.start("place") + match.group("place").index(raw)
        date = match.group("date") if "date" in match.re.groupindex else None
        return DatelineFound(start, start + len(raw), info, match.end(), date)
    return None


def date_line_published(text: str, start: int, order: Optional[str]) -> Optional[str]:
    """The publication day a date line near the top gives (a release's "Wednesday, 4 June
    2026" under its heading), or None: read only when nothing else dates the article."""
    for match in DATE_ALONE_LINE.finditer(text, start, min(len(text), start + DATELINE_WINDOW)):
        value = normalise(match.group("date"), None, order=order)
        if value is not None and value.grain == "day":
            return value.start
    return None


def order_of_country(country: Optional[str]) -> Optional[str]:
    """How numeric dates are written where the dateline is: "MDY" in the countries listed in
    ``patterns/date_words.jsonl`` (MONTH_FIRST_COUNTRY), "DMY" elsewhere, None when unknown."""
    if not country:
        return None
    return "MDY" if country in date_words("MONTH_FIRST_COUNTRY") else "DMY"


def dateline_published(found: DatelineFound, text: str, order: Optional[str]) -> Optional[str]:
    """The publication date a dateline gives ("WELLINGTON, 14 March 2026 --" -> 2026-03-14),
    or None. A yearless one ("BANGKOK, Nov 26 --") takes the year of a byline above it, else
    of a date written in full near its day in the text, else it gives none."""
    if not found.date:
        return None
    value = normalise(found.date, None, order=order)
    if value is None or value.grain != "day":
        month_day = normalise(found.date, "2000-06-15", order=order)  # any leap year: month and day
        if month_day is None or month_day.grain != "day":
            return None
        near = (int(month_day.start[5:7]), int(month_day.start[8:10]))
        year = year_of_text(text, near=near, before=found.start)
        if year is None:
            return None
        value = normalise(f"{found.date} {year}", None, order=order)
    return value.start if value is not None and value.grain == "day" else None


def _title_case(written: str, listed: str) -> str:
    """A place written in capitals as a name: the gazetteer's spelling when it is the same
    name ("DAR ES SALAAM" -> "Dar es Salaam"), else each word capitalised at its first letter
    only ("ST. JOHN'S" -> "St. John's", not str.title's "John'S")."""
    if listed.upper() == written.upper() and not listed.isupper():
        return listed
    return re.sub(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), written)


class DatelineRecognizer(TownsMixin, RuleComponent):
    cached_state = ("gazetteer",)

    def rule_files(self, folder):
        return gazetteer_rule_files(folder)

    def compile(self) -> None:
        # the place look-up of the gazetteer files (not matched: a dateline is read by regex)
        self.gazetteer = Gazetteer(dict(e.meta, pattern=e.pattern) for name in self.rules
                                   for e in self.rules[name] if isinstance(e.pattern, str))

    def _town(self, name: str) -> Optional[PlaceInfo]:
        """A small town of one country named ``name`` as written or in title case ("BELIZE
        CITY"), or None. (Looked up by those two forms: an index of every town in lowercase
        would cost more to build than all the datelines of a batch.)"""
        for written in dict.fromkeys((name, name.title())):
            countries = self.towns.get(written)
            if countries:
                return PlaceInfo(name=written, kind="city", country=countries[0], city=written) \
                    if len(set(countries)) == 1 else None
        return None

    def annotate(self, doc: Doc) -> Doc:
        # the first component reads the page's layout: hard-wrapped lines are one sentence
        join_wrapped_lines(doc)
        # only the opening lines matter: joining a whole long article's tokens costs more; the
        # lines as tokenised (a hard wrap's breaks are spaces: "NEW DELHI: India and Egypt on
        # Sunday elevated their\nties" is a dateline and a line of the story, no headline)
        text = doc.user_data.get(settings.TOKENISED_TEXT)
        if not isinstance(text, str) or not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
            text = doc[:HEAD_TOKENS].text  # a doc made without api.make_doc
        header = DATE_LINE.match(text)
        if header:
            doc._.body_start = header.end()
            if not doc_value(doc, "published"):
                doc._.published = parse_published(header.group(1))
        spans = []
        found = find_dateline(text, self.gazetteer.lookup, self._town)
        if found and not doc_value(doc, "date_order"):
            doc._.date_order = order_of_country(found.info.country)
        # published: the input's, else the date line's, else the dateline's, else the batch's
        if found and not doc_value(doc, "published"):
            doc._.published = dateline_published(found, text, doc_value(doc, "date_order"))
        if not doc_value(doc, "published"):
            doc._.published = date_line_published(text, doc._.body_start or 0, doc_value(doc, "date_order"))
        if not doc_value(doc, "published") and doc_value(doc, "published_fallback"):
            doc._.published = parse_published(doc_value(doc, "published_fallback"))
        if found:
            start, end, info, doc._.dateline_end = found[:4]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                span = Span(doc, span.start, span.end, label="DATELINE", span_id="dateline.place")
                written = _title_case(span.text, info.name) if span.text.isupper() else span.text
                # the name as written ("NEW YORK" -> "New York"), unless it is an abbreviation ("KL")
                name = written if info.kind != "country" and len(written) > 3 else (info.city or info.name)
                value = {"name": name, "country": info.country}
                if info.kind == "city" and info.capital:
                    value["capital"] = True  # "in the capital" of a story told from there is here
                set_span_value(span, "nf_dateline", value)
                spans.append(span)
        doc.spans[settings.SPANS_DATELINE] = spans
        return doc


@Language.factory(
    "newsfacts_dateline", default_config={"patterns_dir": None},
    assigns=["doc._.published", "doc._.date_order", "doc._.body_start", "doc._.dateline_end", "span._.nf_dateline"],
)
def make_dateline_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return DatelineRecognizer(nlp, name, patterns_dir=patterns_dir)
