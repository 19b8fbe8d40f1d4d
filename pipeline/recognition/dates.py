"""Date recognition: the ``newsfacts_dates`` component.

Rules are spaCy token patterns in ``patterns/dates.jsonl``. They read a token class that
this module puts on every token, ``Token._.nf_dk`` (a getter, so nothing is stored):

=========== ===========================================================================
``MON``     a month name or abbreviation ("September", "Sept.", "Aug", "JUNE"); lowercase
            only for unambiguous full names ("september")
``MONL``    a lowercase month that is also a word or an abbreviation ("march", "may",
            "aug"): rules take it beside a day, and a guard checks the context ("on march
            3", not "troops march 3 km")
``MAY``     "May" / "MAY" (kept apart: "May God ...", "Theresa May first said")
``WD``      a weekday name ("Thursday", "THURSDAY")
``DAY``     1-31, plain or ordinal ("23", "5th", "01")
``ORDW``    an ordinal word that may be a day ("first", "Third", "twentieth")
``YEAR``    a four-digit year 1900-2100; ``PREYEAR`` one with a prefix ("post-2025")
``YY``      two digits ("26" in "2025/26", "58" in "1957-58")
``NUMDATE`` one-token numeric date ("28.02.2023")
``MD`` ``DM`` ``MY`` a month glued to a day or a year ("Feb13", "14april", "Oct/1974")
``DASH``    a hyphen or dash; ``SLASH`` "/"
=========== ===========================================================================

Every match is trimmed of leading prepositions ("on", "in", "from" ...), checked by guards
(a rule's ``guard`` field: a year inside a phone number, "Resolution 2231", "6005 delegates",
the article's own leading ``date YYYY-MM-DD`` line, "2/15" only after a date word, weekdays
inside names, counts from now in a past story ...), normalised
(:mod:`newsfacts.normalisation.dates`) with a tense read from the sentence and the article's
order of numeric dates, and only spans that normalise compete for the longest
non-overlapping set. The word lists the guards and the tense read are data:
``patterns/date_words.jsonl`` (one word a line, ``label`` = the list). Without a publication
date, absolute yearless dates take the year of the text and the relative ones that are lost
are named in ``Doc._.nf_warnings`` (the record's ``warnings``).

Speed (the same matches and facts, about 4x cheaper than running the rules as written):

- :class:`AnchoredMatcher` does not run the rules over the whole text (the Matcher costs
  about rules x tokens). Every rule gets an *anchor*, a required pattern element that only
  rare tokens satisfy (a month, a weekday, a year ...; for rules without a token class, a
  head word such as "ago", "tomorrow", "year"); the anchor tokens are found once per doc
  (one look-up per distinct word, cached by its ``ORTH`` id) and each rule group runs only
  on the tokens around its anchors. A match holds its anchor token and is no longer than
  its pattern, so the matches are exactly those over the whole doc.
- The token-class tests run as lexeme flags
  (``Vocab.add_flag``, :func:`flag_pattern`): the class depends on the word alone, so it is
  stored once per word and the Matcher checks it in C instead of calling the getter.
  The patterns in ``patterns/dates.jsonl`` stay as written; ``Token._.nf_dk`` stays. The
  most used word lists (``{"LOWER": {"IN": [...]}}``) become lexeme flags too, set the same
  way (the Matcher tests a list in Python, once per token of each window, a flag in C).
- A group's windows are matched only at anchors whose neighbouring words fit one of its
  rules (:class:`_Group`: each rule's elements right before and after its anchor, read as
  tests on the word alone; optional ones looked past), and rules of one word ("2025",
  "June") are decided from the word without the Matcher.
- Candidates are checked and normalised lazily, in ``filter_spans`` order (longest first),
  so a span that a longer date already covers is never normalised.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from datetime import date
from typing import Any, Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from .. import settings
from ..normalisation.dates import MONTHS, ORDINAL_WORDS, WEEKDAYS, DateValue, normalise, prepare_expressions
from .base import RuleComponent
from .extensions import doc_value, set_span_value, span_value
from .lexicon import PatternFileError, lower_words, read_pattern_file, resolve, token_ids, token_positions, token_texts
from .names import doc_sentences
from .phrases import doc_text, text_of

PATTERN_FILES = ("dates.jsonl",)
#: The word lists of this module and of the dateline's (one word a line, ``label`` = list).
WORDS_FILE = "date_words.jsonl"


@lru_cache(maxsize=None)
def _word_lists(patterns_dir: str) -> Dict[str, FrozenSet[str]]:
    words: Dict[str, set] = {}
    for entry in read_pattern_file(resolve(WORDS_FILE, patterns_dir)):
        if not isinstance(entry.pattern, str):
            raise PatternFileError(f"{entry._source}: a word list entry's pattern is one word")
        words.setdefault(entry.label, set()).add(entry.pattern)
    return {label: frozenset(ws) for label, ws in words.items()}


def date_words(label: str) -> FrozenSet[str]:
    """The words of one list of ``patterns/date_words.jsonl`` (empty when it has none)."""
    return _word_lists(str(settings.PATTERNS_DIR)).get(label, frozenset())


_DASHES = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "--"}
_AMBIGUOUS_LOWER_MONTHS = date_words("AMBIGUOUS_LOWER_MONTH")
#: Ordinal words that may be a day of the month ("the first of March", "March third").
_ORDINAL_DAY_WORDS = frozenset(w for w in ORDINAL_WORDS if " " not in w and "-" not in w)
_AFFIXED_YEAR = re.compile(r"(?:pre|post|mid)-(?:19|20)\d\d")
_ORDINAL_DAY = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)")  # "04th" too
#: A month and a day (or a day and a month, or a month and a year) written as one word:
#: "Feb13", "14april", "Oct/1974", "Oct-74".
_GLUED = re.compile(r"(?P<md>[a-z]{3,9}\.?\d{1,2}(?:st|nd|rd|th)?)|(?P<dm>\d{1,2}(?:st|nd|rd|th)?[a-z]{3,9})"
                    r"|(?P<my>[a-z]{3,9}[/-](?:\d{4}|\d{2}))")


def _number_class(text: str) -> Optional[str]:
    n = int(text)
    if len(text) == 4:
        return "YEAR" if 1900 <= n <= 2100 else None
    if len(text) == 2 and 32 <= n <= 99:
        return "YY"
    if len(text) <= 2 and 1 <= n <= 31:
        return "DAY"
    if len(text) == 2 and text == "00":
        return "YY"
    return None


def _glued_class(low: str) -> Optional[str]:
    """"MD"/"DM"/"MY" for a month glued to a day or year ("Feb13", "14april", "Oct/1974")."""
    m = _GLUED.fullmatch(low)
    if not m:
        return None
    word = re.sub(r"[^a-z]", "", re.sub(r"(\d)(st|nd|rd|th)", r"\1", low))
    if word not in MONTHS:
        return None
    digits = int(re.sub(r"\D", "", low))
    if m.group("my"):
        return "MY"
    if not 1 <= digits <= 31:
        return None
    return "MD" if m.group("md") else "DM"


@lru_cache(maxsize=20000)
def date_token_class(text: str) -> Optional[str]:
    """The class of one token's text for the date patterns (see the module docstring)."""
    if not text:
        return None
    if text in _DASHES:
        return "DASH"
    if text == "/":
        return "SLASH"
    if text.isdecimal() and text.isascii():  # "²" is a digit but no number
        return _number_class(text)
    low = text.lower()
    if _ORDINAL_DAY.fullmatch(low):
        return "DAY"
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}\.\d{1,2}\.\d{1,2}", text):
        return "NUMDATE"
    if low in _ORDINAL_DAY_WORDS:
        return "ORDW"
    if _AFFIXED_YEAR.fullmatch(low):
        return "PREYEAR"
    if not text.isalpha():
        return _glued_class(low) if any(c.isdigit() for c in text) and len(text) <= 12 else \
            (_word_class(text.rstrip(".")) if text.endswith(".") else None)
    return _word_class(text)


def _word_class(word: str) -> Optional[str]:
    low = word.lower()
    if low in MONTHS:
        if word[0].isupper():
            return "MAY" if low == "may" else "MON"
        return "MONL" if low in _AMBIGUOUS_LOWER_MONTHS or len(low) <= 3 else "MON"
    if low in WEEKDAYS and (len(low) > 3 or word[0].isupper()) and low not in ("sun", "sat", "wed", "mon"):
        return "WD"
    return None


def _token_class(token: Token) -> str:
    return date_token_class(token.text) or "O"  # the Matcher needs a string for every token


if not Token.has_extension("nf_dk"):
    Token.set_extension("nf_dk", getter=_token_class)

LEADING = date_words("LEADING")
FUTURE_CUES = date_words("FUTURE_CUE")
#: A plan to hold a meeting looks ahead: "agreed to convene a conference ... in September",
#: "a decision to hold the talks in March" (the plan is past, the meeting is not). Other
#: infinitives keep the plan's tense: "BP agreed to sell its stake in October".
PLAN_BEFORE_INFINITIVE = date_words("PLAN_BEFORE_INFINITIVE")
PLAN_PARTICIPLES = date_words("PLAN_PARTICIPLE")
MEETING_VERBS = date_words("MEETING_VERB")
REPORTING_PAST = date_words("REPORTING_PAST")
YEAR_BLOCKERS = date_words("YEAR_BLOCKER")
YEAR_COUNTED = date_words("YEAR_COUNTED")
PAST_CUES = date_words("PAST_CUE")
NOT_PAST_ED = date_words("NOT_PAST_ED")
NUMERIC_DATE_CUES = date_words("NUMERIC_DATE_CUE")
DURATION_CONTEXT = date_words("DURATION_CONTEXT")
MONTH_LIKE_FOLLOWERS = date_words("MONTH_LIKE_FOLLOWER")
_FUTURE_PAIRS = {("set", "to"), ("going", "to"), ("due", "to"), ("expected", "to")}
#: Before a future pair, what makes it a past expectation ("was expected to arrive on Monday").
_PAST_BE = frozenset({"was", "were", "had"})
#: How far "to" may stand after a word of planning ("agreed on Monday to convene").
PLAN_REACH = 5
#: The words :func:`_cue` can answer for (besides a regular past form): any other word tells no
#: tense whatever its neighbours, so it is passed over without reading them.
_CUE_HEADS = FUTURE_CUES | PLAN_BEFORE_INFINITIVE | PAST_CUES | REPORTING_PAST \
    | frozenset(w for w, _ in _FUTURE_PAIRS) | PLAN_PARTICIPLES | {"be"}


def _cue(words: List[str], i: int, before_date: bool = False) -> Optional[str]:
    """The tense a word of a sentence points to, if any (``before_date``: the word comes
    before the date, so a plan it opens may be what the date belongs to)."""
    w = words[i]
    if w not in _CUE_HEADS and not (w.islower() and _regular_past(w)) and not _progressive(words, i):
        return None
    # (an adverb between an auxiliary and its participle: "will be officially opened", "to be formally signed")
    after = next((k for k in range(i + 1, len(words)) if not _adverb(words[k])), len(words))
    nxt = words[after] if after < len(words) else ""
    before = next((k for k in range(i - 1, -1, -1) if not _adverb(words[k])), -1)
    prev = words[before] if before >= 0 else ""
    if w in FUTURE_CUES:
        return "future"
    if _progressive(words, i):
        # "the two ministers are meeting on Wednesday": a present progressive tells a plan (not in
        # reported speech, told from the day of the report: "said that they are meeting ...")
        return None if any(word in REPORTING_PAST for word in words[:before]) else "future"
    if w in PLAN_PARTICIPLES and prev in ("is", "are") \
            and not any(word in REPORTING_PAST for word in words[:before]):
        # "is expected in Nairobi on Thursday", "are planned for Friday"; not in reported
        # speech, told from the day of the report ("Kyodo reported that they are expected to ...")
        return "future"
    if (w, nxt) in _FUTURE_PAIRS:
        # ("is expected to take place on Thursday"; not "was expected to arrive on Monday", nor
        # reported speech: "Kyodo reported earlier that they are expected to meet on Thursday")
        past = w == "expected" and (prev in _PAST_BE or any(word in REPORTING_PAST for word in words[:before]))
        return None if past else "future"
    # (also with the day of the plan between: "agreed on Monday to convene the X in September")
    to = next((k for k in range(i + 1, min(len(words) - 1, i + PLAN_REACH)) if words[k] == "to"), None)
    if before_date and w in PLAN_BEFORE_INFINITIVE and to is not None and words[to + 1] in MEETING_VERBS:
        return "future"
    if w == "be" and prev == "to" and (nxt in PAST_CUES or nxt.endswith("ed")):
        # "to be held", "to be signed"; but a past plan's slot: "was expected to be held in mid-February"
        plan = words[before - 1] if before >= 1 else ""
        past_plan = before >= 2 and words[before - 2] in _PAST_BE and (plan.endswith("ed") or plan in ("due", "set"))
        return "past" if past_plan else "future"
    if prev in ("be", "being", "been"):
        return None  # a passive participle says nothing about tense ("will be held")
    if w in PAST_CUES or w in REPORTING_PAST:
        return "past"
    if w.islower() and _regular_past(w):
        return "past"
    return None


#: The present of "be" before a verb in -ing: "are meeting", "is visiting" (not "'s": a possessive).
_PRESENT_BE = frozenset({"is", "are", "am", "'re"})


def _progressive(words: List[str], i: int) -> bool:
    """Word ``i`` is a verb in -ing after the present of "be", adverbs aside ("are also meeting")."""
    w = words[i]
    if len(w) < 6 or not w.endswith("ing") or not w.isalpha() or not w.islower():
        return False
    before = next((k for k in range(i - 1, -1, -1) if not _adverb(words[k])), -1)
    return before >= 0 and words[before] in _PRESENT_BE


#: What joins the items of a list of dates: "August and November 2014", "3 May, 9 June and 4 July 2014".
_LIST_JOIN = re.compile(r"(?:,|,? and|,? or)\s(?:(?:on|in)\s)?")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")


def _year_of_the_list(kept: List[Span], text: str) -> None:
    """ "visits in August and November 2014": a month or day without its year, listed right
    before a date that writes its year (or took it so), takes that year (not the one nearest
    the publication date), when it comes no later in the year."""
    carry = None  # (the year, the month and day of the later date)
    for i in range(len(kept) - 1, -1, -1):
        span, value = kept[i], span_value(kept[i], "nf_date")
        if not value or value["start"] != value["end"] or len(value["start"]) not in (7, 10):
            carry = None
        elif _WRITTEN_YEAR.search(span.text):
            carry = (value["start"][:4], value["start"][5:])
        elif carry and _LIST_JOIN.fullmatch(text[span.end_char:kept[i + 1].start_char]) \
                and (moved := _listed_value(span, value["start"], carry)) is not None:
            set_span_value(span, "nf_date", {**value, "start": moved, "end": moved})
            carry = (carry[0], moved[5:])
        else:
            carry = None


#: What joins a page stamp's weekday to its date: a comma or a dash on the same line
#: ("Tuesday, 31/07/2018", "Sunday - 22 August 2021 - 11:40", "19 September 2017, Tuesday").
_STAMP_JOIN = re.compile(r"[ \t]*[,\-\u2013\u2014|][ \t]*|[ \t]+")


def _join_stamped_weekdays(kept: List[Span], text: str) -> List[Span]:
    """A weekday alone, joined by a comma or dash to a date of one day that falls on that
    weekday, is part of that date ("Wednesday - 17/03/2021", "19 September 2017, Tuesday"): one
    expression, one date, not a second date of the same day. Returns the spans kept."""
    out: List[Span] = []
    for span in sorted(kept, key=lambda s: s.start):
        if out and _stamp_pair(out[-1], span, text):
            weekday_first = _weekday_alone(out[-1])
            date_span = span if weekday_first else out[-1]
            value = span_value(date_span, "nf_date")
            joined = Span(span.doc, out[-1].start, span.end, label=date_span.label_, span_id=date_span.id_)
            set_span_value(joined, "nf_date", value)
            out[-1] = joined
        else:
            out.append(span)
    return out


def _weekday_alone(span: Span) -> Optional[int]:
    """The weekday (0 = Monday) a span of one weekday word names, else None."""
    return WEEKDAYS.get(span.text.lower().rstrip(".")) if len(span) == 1 else None


def _stamp_pair(first: Span, second: Span, text: str) -> bool:
    """Whether two neighbouring date spans are a weekday and the one day it falls on."""
    if not _STAMP_JOIN.fullmatch(text[first.end_char:second.start_char]):
        return False
    for weekday, other in ((first, second), (second, first)):
        day = _weekday_alone(weekday)
        value = span_value(other, "nf_date")
        if day is None or _weekday_alone(other) is not None or not value:
            continue
        if value["start"] == value["end"] and len(value["start"]) == 10 \
                and date.fromisoformat(value["start"]).weekday() == day:
            return True
    return False


def _listed_value(span: Span, start: str, carry: Tuple[str, str]) -> Optional[str]:
    """The value of a date listed right before one of ``carry`` (its year, its month and day):
    a bare day ("29th and 28th March 2022", told in the order of the things it dates) takes that
    month and year whatever its order; a month or day no later in the year takes the year."""
    if len(start) == 10 and len(carry[1]) == 5 and all(date_token_class(t.text) == "DAY" or t.is_lower for t in span):
        moved = f"{carry[0]}-{carry[1][:2]}-{start[8:]}"
    elif start[5:] <= carry[1]:
        moved = carry[0] + start[4:]
    else:
        return None
    return moved if _real_day(moved) else None


def _real_day(iso: str) -> bool:
    try:
        return len(iso) == 7 or bool(date.fromisoformat(iso))
    except ValueError:
        return False


def _adverb(word: str) -> bool:
    """A manner adverb that may stand between an auxiliary and its participle ("officially",
    "jointly"; also "also"): it tells no tense and does not part them."""
    return word == "also" or len(word) > 4 and word.endswith("ly") and word.isalpha() and word.islower()


def sentence_tense(span: Span) -> Optional[str]:
    """The tense of the nearest cue word before the span in its sentence (else after it):
    "future" for will, shall, next, upcoming, scheduled, "set to", "to be held" ...; "past"
    for said, was, told, a verb in -ed ...; None when the sentence has neither (a bare
    weekday then counts as past; a yearless date takes the normaliser's neutral window)."""
    try:
        sent = span.sent
    except ValueError:  # no sentence boundaries
        sent = span.doc[max(0, span.start - 25): min(len(span.doc), span.end + 25)]
    words = _cue_words(span.doc, lower_words(span.doc), sent.start, sent.end)
    return _tense_of(words, span.start - sent.start, span.end - sent.start)


class _SentenceCues:
    """The nearest tense cue at or before / at or after a word of one sentence. Each word's
    cue and each answer are kept, so a scan stops at a word already scanned: a sentence with
    many dates costs linear time (scanning afresh from each date was quadratic in a long list
    of dates), and one with a single date no more than the scan to its nearest cue."""

    _UNSEEN = object()

    def __init__(self, words: List[str]):
        self.words = words
        self.before: Dict[int, Optional[str]] = {}
        self.after: Dict[int, Optional[str]] = {}
        self.plan: Any = self._UNSEEN
        #: the words :func:`_cue` may answer for (any other answers None): the only ones scanned
        # (a word not ending in "ed" is no regular past form: most words, tested without a call)
        self.cues = [i for i, w in enumerate(words)
                     if w in _CUE_HEADS or w[-2:] == "ed" and w.islower() and _regular_past(w)
                     or w[-3:] == "ing" and _progressive(words, i)]

    def _nearest(self, i: int, step: int, known: Dict[int, Optional[str]], before_date: bool) -> Optional[str]:
        words, cues, path, found = self.words, self.cues, [], None
        k = bisect_right(cues, i) - 1 if step < 0 else bisect_left(cues, i)  # the first at or past i
        while 0 <= k < len(cues):
            hit = known.get(cues[k], self._UNSEEN)
            if hit is not self._UNSEEN:
                found = hit
                break
            path.append(cues[k])
            found = _cue(words, cues[k], before_date=before_date)
            if found:
                break
            k += step
        for j in path:
            known[j] = found
        return found

    def tense(self, first: int, last: int) -> Optional[str]:
        found = (self._nearest(first - 1, -1, self.before, True) if first > 0 else None) \
            or self._nearest(last, 1, self.after, False)
        if found is None:
            if self.plan is self._UNSEEN:
                self.plan = _headline_plan(self.words)
            found = self.plan
        return found


def _sentence_tense(span: Span, sentences: Dict[Any, Any]) -> Optional[str]:
    """:func:`sentence_tense`, with the sentence bounds of the doc (found once: ``Span.sent``
    walks the tokens back to the sentence start on every call) and the cues of each sentence
    kept in ``sentences`` (one dict per doc)."""
    doc = span.doc
    starts = sentences.get("starts")
    if starts is None:
        if doc.has_annotation("SENT_START"):
            # the doc's sentences, listed once per doc for every component
            starts = sentences["starts"] = [sent.start for sent in doc_sentences(doc)] + [len(doc)]
        else:  # no sentence boundaries
            starts = sentences["starts"] = []
    if not starts:
        return sentence_tense(span)
    k = bisect_right(starts, span.start) - 1
    bounds = (starts[k], starts[k + 1])
    cues = sentences.get(bounds)
    if cues is None:
        lowers = sentences.get("doc")
        if lowers is None:
            lowers = sentences["doc"] = lower_words(doc)
        cues = sentences[bounds] = _SentenceCues(_cue_words(doc, lowers, *bounds))
    return cues.tense(span.start - bounds[0], min(span.end, bounds[1]) - bounds[0])


def _cue_words(doc: Doc, lowers: List[str], start: int, end: int) -> List[str]:
    """The sentence's words for the tense cues: lowercased, except a capitalised word inside
    a sentence that is not itself in title case, which is a name ("Mohamed", "Ahmed"), not a
    verb in -ed, and keeps its case so that no cue list matches it."""
    words = lowers[start:end]
    titles = token_ids(doc, "IS_TITLE")  # read once per doc, not a Token per word
    capitalised = list(compress(range(1, len(words)), titles[start + 1:start + len(words)]))
    if not capitalised:
        return words  # nothing capitalised
    if len(capitalised) / (sum(map(str.isalpha, words)) or 1) > 0.5:
        return words  # a headline in title case
    words = list(words)
    texts = token_texts(doc)
    for i in capitalised:
        words[i] = texts[start + i]
    return words


def _tense_of(words: List[str], first: int, last: int) -> Optional[str]:
    """The tense of the nearest cue before word ``first`` of a sentence, else at or after
    word ``last`` (see :func:`sentence_tense`)."""
    for i in range(first - 1, -1, -1):
        cue = _cue(words, i, before_date=True)
        if cue:
            return cue
    for i in range(last, len(words)):
        cue = _cue(words, i)
        if cue:
            return cue
    return _headline_plan(words)


def _headline_plan(words: List[str]) -> Optional[str]:
    """"future" for a sentence with no other tense cue that tells a meeting by an infinitive
    with no verb of its own before it: the headline and lead style "Ministers to meet in X on
    Thursday", "President to visit Y on Monday" (a sentence with a tensed verb, "went to Y to
    meet ...", has its tense from that verb first)."""
    for i in range(len(words) - 1):
        if words[i] == "to" and words[i + 1] in MEETING_VERBS:
            return "future"
    return None


#: How many words may stand between "to" and a meeting verb's weekday ("to hold the X on Thursday").
PURPOSE_REACH = 12
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _purpose_after_day(kept: List[Span], context) -> None:
    """ "arrived in Dhaka on Wednesday to hold the consultation on Thursday": a bare weekday
    after "to" and a meeting verb (``MEETING_VERB``) that follow a day told before it in its
    sentence is the first such weekday after that day, not one before it (a past verb's tense
    put it in the week before)."""
    lowers = lower_words(kept[0].doc) if kept else None
    for earlier, span in zip(kept, kept[1:]):
        day, value, told = lowers[span.start], span_value(span, "nf_date"), span_value(earlier, "nf_date")
        if span.id_ != "weekday.bare" or day not in _WEEKDAY_NAMES or len(told["start"]) != 10 \
                or told["start"] != told["end"] or value["start"] >= told["start"] \
                or _sentence_start(span, context) != _sentence_start(earlier, context) \
                or not _purpose_between(lowers, earlier.end, span.start):
            continue
        first = date.fromisoformat(told["start"])
        ahead = (_WEEKDAY_NAMES.index(day) - first.weekday()) % 7 or 7
        iso = date.fromordinal(first.toordinal() + ahead).isoformat()
        set_span_value(span, "nf_date", {**value, "start": iso, "end": iso})


def _purpose_between(lowers: List[str], start: int, end: int) -> bool:
    """Whether "to" and a meeting verb stand between two words (within ``PURPOSE_REACH``)."""
    return any(lowers[i] == "to" and lowers[i + 1] in MEETING_VERBS
               for i in range(max(start, end - PURPOSE_REACH), end - 1))


def _sentence_start(span: Span, context) -> int:
    starts = context.sentences.get("starts") or []
    return starts[bisect_right(starts, span.start) - 1] if starts else 0


def _is_num(token: Token) -> bool:
    return _is_num_text(token.text)


def _is_num_text(text: str) -> bool:
    return any(c.isdigit() for c in text)


#: A token that glues a number to the next one ("03-2020", "2020/123"), and signs that make a number no date.
_GLUE = frozenset(_DASHES | {"/", ".", ":"})
_AFTER_A_NUMBER = frozenset({"%", "°"})


# -- anchored matching ---------------------------------------------------------------------
#: Token classes that can anchor a rule, rarest first (a rule is anchored on its rarest
#: required element). DASH is too common to be worth it; "/" is rare in press.
ANCHOR_CLASSES = (("NUMDATE", "PREYEAR", "MD", "DM", "MY", "SLASH")  # one-token dates, "/"
                  + ("MONL", "WD", "MON", "MAY")  # month and weekday names
                  + ("ORDW", "YEAR", "YY", "DAY"))  # numbers and ordinals
#: Month rules anchor on a month however it is written: their windows are run as one group.
_MONTH_CLASSES = frozenset({"MON", "MAY", "MONL"})
#: Pattern operators under which an element takes at most one token.
_ONE_TOKEN_OPS = (None, "1", "?", "!")


def _value_set(value: Any) -> Optional[FrozenSet[str]]:
    """The strings an attribute spec accepts: ``"x"`` or ``{"IN": [...]}``; else None."""
    if isinstance(value, str):
        return frozenset([value])
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return frozenset(value["IN"])
    return None


def pattern_anchor(pattern: Sequence[Dict[str, Any]],
                   hint: Optional[int] = None) -> Optional[Tuple[int, str, FrozenSet[str]]]:
    """(element index, "class" or "word", accepted values) of the element a token pattern is
    anchored on, or None when it has none (then it runs over the whole doc). The anchor is a
    required element whose ``_.nf_dk`` accepts only anchor classes (the rarest such), else
    the last required element with a ``LOWER`` word list ("ago", "tomorrow", "year").
    ``hint``: the rule's own choice (its ``anchor`` field: an element index), for rules whose
    rarest element is a word list rather than a common class ("the 20th of next month")."""
    if any(el.get("OP") not in _ONE_TOKEN_OPS for el in pattern):
        return None  # an element may take several tokens: no bound on the match length
    best = None
    word = None
    for i, el in enumerate(pattern):
        if el.get("OP") not in (None, "1") or (hint is not None and i != hint):
            continue
        ext = el.get("_")
        classes = _value_set(ext.get("nf_dk")) if isinstance(ext, dict) else None
        if classes and classes <= set(ANCHOR_CLASSES):
            rank = max(ANCHOR_CLASSES.index(c) for c in classes)
            if best is None or rank < best[0]:
                best = (rank, i, classes)
        words = _value_set(el.get("LOWER"))
        if words:
            word = (i, words)
    if best is not None:
        return best[1], "class", best[2]
    if word is not None:
        return word[0], "word", word[1]
    return None


class ClassFlag(dict):
    """A lexeme flag: the word's token class (``Token._.nf_dk``) is one of ``classes``.

    The class depends on the text alone, so the flag stored on the word's lexeme is the same
    test as the getter, and the Matcher checks it in C. spaCy calls the getter of every flag
    for every new word it meets; this one is registered as ``flag.get`` of an empty dict (a
    C call that sets nothing), and :class:`AnchoredMatcher` sets the flag on the lexemes of
    the words of a doc before it matches: fresh text pays only for its date-like words."""

    def __init__(self, classes: FrozenSet[str]):
        super().__init__()
        self.classes = frozenset(classes)

    def value(self, text: str) -> bool:
        """The flag's value for a word."""
        try:
            return (date_token_class(text) or "O") in self.classes
        except ValueError:  # e.g. "\u00b2" (isdigit, not int)
            return False

    def __setitem__(self, key, value):  # stays empty: the getter must always answer None
        raise TypeError("ClassFlag holds no words")

    def __eq__(self, other: object) -> bool:
        return type(other) is ClassFlag and other.classes == self.classes

    def __hash__(self) -> int:
        return hash(self.classes)


class WordFlag(dict):
    """A lexeme flag: the word, lowercased, is one of ``words`` (a rule's word list,
    ``{"LOWER": {"IN": [...]}}``). Registered and set as :class:`ClassFlag` is: the Matcher
    tests it in C instead of calling a Python predicate for each token of each window."""

    def __init__(self, words: FrozenSet[str]):
        super().__init__()
        self.words = frozenset(words)

    def __setitem__(self, key, value):  # stays empty: the getter must always answer None
        raise TypeError("WordFlag holds no words")

    def __eq__(self, other: object) -> bool:
        return type(other) is WordFlag and other.words == self.words

    def __hash__(self) -> int:
        return hash(("words", self.words))


class LexAttrGetters(dict):
    """A vocab's ``lex_attr_getters`` (attribute id -> getter) whose ``items()``, the list spaCy
    runs through for every new word it meets, leaves out the getters of :class:`ClassFlag` and
    :class:`WordFlag`: they always answer None (the flags are set by :class:`AnchoredMatcher`
    on the words of each doc), and a fresh word would call them all (some 37 calls a word).
    They stay registered (keys, ``in``, ``dict.items``): spaCy and :func:`lexeme_flag` find the
    flag bits taken there. A pickled copy is a plain dict holding them all."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._called: Optional[list] = None

    def items(self):  # (a list: spaCy only iterates it)
        if self._called is None:
            self._called = [(attr, getter) for attr, getter in dict.items(self) if not _answers_none(getter)]
        return self._called

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self._called = None

    def __delitem__(self, key):
        super().__delitem__(key)
        self._called = None

    def _changed(self, result):
        self._called = None
        return result

    def update(self, *args, **kwargs):
        return self._changed(super().update(*args, **kwargs))

    def setdefault(self, key, default=None):
        return self._changed(super().setdefault(key, default))

    def pop(self, *args):
        return self._changed(super().pop(*args))

    def popitem(self):
        return self._changed(super().popitem())

    def clear(self):
        return self._changed(super().clear())

    def __ior__(self, other):
        return self._changed(super().__ior__(other))

    def __reduce__(self):
        return dict, (dict(dict.items(self)),)


def _answers_none(getter) -> bool:
    """Whether a getter is the ``get`` of an empty flag (:class:`ClassFlag`, :class:`WordFlag`)."""
    flag = getattr(getter, "__self__", None)
    return isinstance(flag, (ClassFlag, WordFlag)) and getattr(getter, "__name__", "") == "get" and not flag


def class_flags(vocab) -> Dict[int, ClassFlag]:
    """The :class:`ClassFlag` lexeme flags of a vocab, by flag id."""
    return _flags_of_type(vocab, ClassFlag)


def word_flags(vocab) -> Dict[int, WordFlag]:
    """The :class:`WordFlag` lexeme flags of a vocab, by flag id."""
    return _flags_of_type(vocab, WordFlag)


def _flags_of_type(vocab, kind) -> dict:
    return {flag_id: getter.__self__ for flag_id, getter in dict.items(vocab.lex_attr_getters)
            if isinstance(flag_id, int) and isinstance(getattr(getter, "__self__", None), kind)}


#: Flag bits that spaCy leaves to users (FLAG19 ... FLAG63).
_FREE_FLAGS = range(19, 64)


def lexeme_flag(vocab, flag) -> Optional[int]:
    """The id of the vocab's lexeme flag ``flag`` (added on first use), or None when all
    user flag bits are taken (the caller then keeps the slower test)."""
    for flag_id, known in _flags_of_type(vocab, type(flag)).items():
        if flag == known:
            return flag_id
    for flag_id in _FREE_FLAGS:
        if flag_id not in vocab.lex_attr_getters:
            flag_id = vocab.add_flag(flag.get, flag_id=flag_id)
            if type(vocab.lex_attr_getters) is dict:  # (a user's own mapping stays as it is)
                vocab.lex_attr_getters = LexAttrGetters(vocab.lex_attr_getters)
            return flag_id
    return None


def flag_pattern(vocab, pattern: Sequence[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The pattern with its token-class tests (``{"_": {"nf_dk": "X"}}`` or ``{"IN": [...]}``)
    replaced by equivalent lexeme flags. Word lists (``{"LOWER": {"IN": [...]}}``) get theirs
    afterwards, as far as flag bits allow (:func:`word_list_flags`)."""
    out = []
    for i, el in enumerate(pattern):
        el = dict(el)
        ext = el.get("_")
        classes = _value_set(ext.get("nf_dk")) if isinstance(ext, dict) else None
        if classes is not None:
            flag_id = lexeme_flag(vocab, ClassFlag(classes))
            if flag_id is not None:
                rest = {k: v for k, v in ext.items() if k != "nf_dk"}
                if rest:
                    el["_"] = rest
                else:
                    del el["_"]
                el[flag_id] = True
        out.append(el)
    return out


#: Flag bits left free when word lists take flags (:func:`word_list_flags`): for the token
#: classes of rules added later, which need them more (without one a class test runs in Python).
RESERVED_FLAGS = 8


def _word_list(el: Dict[str, Any]) -> Optional[FrozenSet[str]]:
    """The words of an element's ``{"LOWER": {"IN": [...]}}`` test, else None."""
    value = el.get("LOWER")
    return _value_set(value) if isinstance(value, dict) else None


def word_list_flags(vocab, patterns: Sequence[Sequence[Dict[str, Any]]]) -> Dict[FrozenSet[str], int]:
    """Lexeme flags for the word lists of ``patterns``, the most used lists first, as long as
    more than :data:`RESERVED_FLAGS` flag bits stay free (lists without one keep their test)."""
    counts: Dict[FrozenSet[str], int] = {}
    for pattern in patterns:
        for el in pattern:
            words = _word_list(el)
            if words:
                counts[words] = counts.get(words, 0) + 1
    flags: Dict[FrozenSet[str], int] = {}
    known = {flag.words: flag_id for flag_id, flag in word_flags(vocab).items()}
    for words in sorted(counts, key=lambda w: (-counts[w], sorted(w))):
        if words not in known and sum(f not in vocab.lex_attr_getters for f in _FREE_FLAGS) <= RESERVED_FLAGS:
            continue
        flag_id = known.get(words) or lexeme_flag(vocab, WordFlag(words))
        if flag_id is not None:
            flags[words] = flag_id
    return flags


def word_flag_pattern(pattern: Sequence[Dict[str, Any]], flags: Dict[FrozenSet[str], int]) -> List[Dict[str, Any]]:
    """The pattern with the word lists that have a flag in ``flags`` tested by it."""
    out = []
    for el in pattern:
        words = _word_list(el)
        if words in flags:
            el = {k: v for k, v in el.items() if k != "LOWER"}
            el[flags[words]] = True
        out.append(el)
    return out


#: What a token must be to match a pattern element, as far as the word alone tells: (the lexeme
#: flags it must have, its accepted lowercase forms, its accepted texts, the expressions its
#: lowercase form (True) or text (False) must hold); None: no test.
_WordTest = Tuple[FrozenSet[int], Optional[FrozenSet[str]], Optional[FrozenSet[str]], Tuple[Tuple[bool, Any], ...]]


def _word_test(el: Dict[str, Any]) -> _WordTest:
    """The test of a pattern element (flags in place, see :func:`flag_pattern`) as far as it
    is read from the word alone; the parts read from other attributes (LIKE_NUM, an extension
    ...) are left out: it may pass a token the element fails, never the reverse."""
    flags = frozenset(k for k, v in el.items() if isinstance(k, int) and v is True)
    texts = [t for t in (_value_set(el.get(attr)) for attr in ("ORTH", "TEXT") if attr in el) if t is not None]
    # a REGEX is searched for in the word as spaCy's Matcher does it (re.search)
    regexes = tuple((attr == "LOWER", re.compile(el[attr]["REGEX"])) for attr in ("LOWER", "ORTH", "TEXT")
                    if isinstance(el.get(attr), dict) and set(el[attr]) == {"REGEX"})
    return flags, _value_set(el.get("LOWER")), texts[0] if len(texts) == 1 else None, regexes


def _side_tests(pattern: Sequence[Dict[str, Any]], index: int, step: int) -> Optional[List[_WordTest]]:
    """The tests one of which the token next to the anchor element ``index`` (``step`` -1: the
    token before it, 1: after it) must pass in a match: the next element's, and while that one
    is optional the one beyond it too; None when the match may end at the anchor (no element
    on that side, or only optional ones) or an element is of another kind ("!")."""
    tests = []
    k = index + step
    while 0 <= k < len(pattern):
        op = pattern[k].get("OP")
        if op not in (None, "1", "?"):
            return None
        tests.append(_word_test(pattern[k]))
        if op != "?":
            return tests
        k += step
    return None


#: The places around an anchor whose word is tested before a window is matched: (step, distance);
#: the nearest first, as they reject most windows.
_PLACES = ((-1, 1), (1, 1), (-1, 2), (1, 2))


def _place_tests(pattern: Sequence[Dict[str, Any]], index: int, step: int, distance: int) -> Optional[List[_WordTest]]:
    """:func:`_side_tests` of the word ``distance`` words away from the anchor element ``index``
    (``step``: -1 before it, 1 after it): None (any word) unless every element between them
    takes exactly one word, so that the word is always the one the tests are for."""
    for k in range(1, distance):
        j = index + step * k
        if not 0 <= j < len(pattern) or pattern[j].get("OP") not in (None, "1"):
            return None
    return _side_tests(pattern, index + step * (distance - 1), step)


def _passes(tests: Optional[List[_WordTest]], flags: Sequence[int], lower: Optional[str], text: Optional[str]) -> bool:
    """Whether a token (its flags, lowercase form, text; None: past the doc's edge) may pass one
    of :func:`_side_tests` (None: anything passes, the doc's edge too)."""
    if tests is None:
        return True
    return lower is not None and any(need.issubset(flags) and (lowers is None or lower in lowers)
                                     and (texts is None or text in texts)
                                     and (not regexes or all(rx.search(lower if on_lower else text) for on_lower, rx in regexes))
                                     for need, lowers, texts, regexes in tests)


def _single_word_test(pattern: Sequence[Dict[str, Any]]) -> Optional[List[_WordTest]]:
    """The test of a rule of one word when it reads only what :func:`_word_test` reads (flags,
    the lowercase form, the text), so that the test is the rule itself; else None."""
    if len(pattern) != 1 or pattern[0].get("OP") not in (None, "1") or {"ORTH", "TEXT"} <= set(pattern[0]):
        return None
    for attr, value in pattern[0].items():
        exact = attr == "OP" or isinstance(attr, int) and value is True \
            or attr in ("LOWER", "ORTH", "TEXT") and _value_set(value) is not None
        if not exact:
            return None
    return [_word_test(pattern[0])]


class _Group:
    """Rules sharing one anchor test, with how far their matches reach around the anchor, and
    what the words right before and after an anchor must be for one of them to match there."""

    def __init__(self, vocab, classes: FrozenSet[str], words: FrozenSet[str]):
        self.classes = set(classes)
        self.words = set(words)
        self.before = 0
        self.after = 0
        self.matcher = Matcher(vocab, validate=False)
        self.bit = 0
        #: per rule, the tests of the words around its anchor, one per place of :data:`_PLACES`
        #: (None: any word; neighbours None: some rule has no test next to its anchor, every
        #: anchor's window is matched)
        self.neighbours: Optional[List[Tuple[Optional[List[_WordTest]], ...]]] = []
        #: per place of :data:`_PLACES`, ORTH id (-1: past the doc's edge) -> the rules (bits)
        #: whose test the word passes there
        self.fits: Tuple[Dict[int, int], ...] = tuple({} for _ in _PLACES)
        #: per rule of ``neighbours``, how far its matches reach before and after its anchor
        self.reach: List[Tuple[int, int]] = []
        #: rules (bits) -> how far the matches of any of them reach before and after an anchor
        self._reach_of: Dict[int, Tuple[int, int]] = {}
        #: the rules of one word that the word alone decides ("2025", "June"): (match id, test),
        #: matched without the Matcher, so that they leave the windows to the longer rules
        self.singles: List[Tuple[int, List[_WordTest]]] = []
        #: the (key, pattern) of each rule of ``matcher``, in its order (rule r is bit r)
        self.rules: List[Tuple[str, List[Dict[str, Any]]]] = []
        #: rules (bits) -> a Matcher of those rules alone (:meth:`matcher_of`)
        self._matchers: Dict[int, Matcher] = {}
        #: ORTH id of an anchor -> the match ids of the one-word rules it matches
        self.single_hits: Dict[int, Tuple[int, ...]] = {}
        #: (how many rules it was made for, :meth:`_tests_by_place`), made at the first word tested
        self._shared_tests: Optional[Tuple[int, List[Tuple[int, List[Tuple[List[_WordTest], int]]]]]] = None
        self.vocab = vocab

    def add(self, key: str, pattern: List[Dict[str, Any]], index: int) -> None:
        """A rule anchored on its element ``index``."""
        test = _single_word_test(pattern)
        if test is not None:
            self.singles.append((self.vocab.strings.add(key), test))  # the id the Matcher gives a match
            return
        self.before = max(self.before, index)
        self.after = max(self.after, len(pattern) - index - 1)
        self.matcher.add(key, [pattern])
        self.rules.append((key, pattern))
        left, right = _side_tests(pattern, index, -1), _side_tests(pattern, index, 1)
        if self.neighbours is not None and (left or right):
            self.neighbours.append(tuple(_place_tests(pattern, index, step, distance) for step, distance in _PLACES))
            self.reach.append((index, len(pattern) - index - 1))
        else:
            self.neighbours = None

    def matcher_of(self, rules: int) -> Matcher:
        """A Matcher of the rules (bits) alone, made at the first window that needs them: a
        window around anchors where two of a group's twenty rules fit runs those two, not all
        twenty at every word (the group's matches there are theirs: a rule that fits at none
        of the window's anchors has no match in it)."""
        found = self._matchers.get(rules)
        if found is None:
            if len(self._matchers) >= self.MATCHERS_KEPT:
                self._matchers.clear()
            found = self._matchers[rules] = Matcher(self.vocab, validate=False)
            for r, (key, pattern) in enumerate(self.rules):
                if rules >> r & 1:
                    found.add(key, [pattern])
        return found

    #: Bound on the Matchers of :meth:`matcher_of` kept per group.
    MATCHERS_KEPT = 512

    def reach_of(self, rules: int) -> Tuple[int, int]:
        """How far the matches of the rules (bits) reach before and after their anchor."""
        found = self._reach_of.get(rules)
        if found is None:
            reach = [self.reach[r] for r in range(len(self.reach)) if rules >> r & 1]
            found = self._reach_of[rules] = (max(b for b, _ in reach), max(a for _, a in reach))
        return found

    def rules_fitting(self, place: int, word: Tuple[Sequence[int], Optional[str], Optional[str]]) -> int:
        """The rules (bits) that a word ((flags, lowercase form, text); None for both strings
        past the doc's edge) may fit at a place around their anchor (an index of :data:`_PLACES`)."""
        shared = self._shared_tests
        if shared is None or shared[0] != len(self.neighbours):
            shared = self._shared_tests = (len(self.neighbours), self._tests_by_place())
        always, tested = shared[1][place]
        for tests, rules in tested:
            if _passes(tests, *word):
                always |= rules
        return always

    def _tests_by_place(self) -> List[Tuple[int, List[Tuple[List[_WordTest], int]]]]:
        """Per place of :data:`_PLACES`, (the rules (bits) with no test there, [(a test, the
        rules (bits) that share it)]): many rules of a group ask the same of a neighbouring
        word, which is then tested once for all of them."""
        by_place = []
        for place in range(len(_PLACES)):
            always, shared = 0, {}
            for r, tests in enumerate(self.neighbours):
                if tests[place] is None:
                    always |= 1 << r
                else:
                    key = tuple(tests[place])
                    shared[key] = (tests[place], shared.get(key, (None, 0))[1] | 1 << r)
            by_place.append((always, list(shared.values())))
        return by_place


class AnchoredMatcher:
    """The token patterns of a :class:`~newsfacts.recognition.lexicon.PatternSet`, matched
    only around anchor tokens (see the module docstring), with their token-class tests run
    as lexeme flags (:func:`flag_pattern`). Returns the ``(match_id, start, end)`` triples
    of ``Matcher`` over the whole doc, with the same keys, possibly in another order and
    with repeats. Rules without an anchor run over the whole doc."""

    #: Bound on the ORTH -> anchor-bits cache (it grows with the vocabulary).
    CACHE_SIZE = 100_000

    def __init__(self, vocab, patterns: Sequence[Tuple[str, List[Dict[str, Any]]]]):
        self.vocab = vocab
        self.whole = Matcher(vocab, validate=False)
        groups: Dict[Tuple[str, FrozenSet[str], bool], _Group] = {}
        self.words: Dict[str, int] = {}
        # anchors from the rules as written; the token classes take their flags first
        prepared = [(key, flag_pattern(vocab, pattern), pattern_anchor(pattern, hint[0] if hint else None))
                    for key, pattern, *hint in patterns]
        word_flags_of = word_list_flags(vocab, [pattern for _, pattern, _ in prepared])
        for key, pattern, anchor in prepared:
            pattern = word_flag_pattern(pattern, word_flags_of)
            if anchor is None:
                self.whole.add(key, [pattern])
                continue
            index, kind, values = anchor
            if kind == "class" and values <= _MONTH_CLASSES:
                values = _MONTH_CLASSES  # one group (one pass over the windows) for every month rule
            # rules anchored on their first word apart from the others: their windows need
            # nothing before the anchor (fewer tokens tried for every rule of the group)
            group_key = (kind, values, index > 0)
            group = groups.get(group_key)
            if group is None:
                group = groups[group_key] = _Group(
                    vocab, values if kind == "class" else frozenset(), values if kind == "word" else frozenset())
            group.add(key, pattern, index)
        self.groups: List[_Group] = list(groups.values())
        self._class_bits: Dict[Optional[str], int] = {}
        self._word_bits: Dict[str, int] = {}
        for n, group in enumerate(self.groups):
            group.bit = 1 << n
            for cls in group.classes:
                self._class_bits[cls] = self._class_bits.get(cls, 0) | group.bit
            for word in group.words:
                self._word_bits[word] = self._word_bits.get(word, 0) | group.bit
        # the lexeme flags of each token class ("O" for words of no class)
        self._flags_of_class: Dict[str, Tuple[int, ...]] = {}
        flags = class_flags(vocab)
        for cls in {c for flag in flags.values() for c in flag.classes}:
            self._flags_of_class[cls] = tuple(fid for fid, flag in flags.items() if cls in flag.classes)
        # the word-list flags of each word of a flagged list
        self._flags_of_word: Dict[str, Tuple[int, ...]] = {}
        for words, flag_id in word_flags_of.items():
            for word in words:
                self._flags_of_word[word] = self._flags_of_word.get(word, ()) + (flag_id,)
        self._bits: Dict[int, Tuple[int, Tuple[int, ...]]] = {}
        #: the words of ``_bits`` that anchor nothing and take no flag (most words): skipped
        #: by one set difference per doc
        self._inert: set = set()
        #: the only alphabetic words with a class, an anchor role (date_token_class) or a flag
        self._alpha_words = frozenset(MONTHS) | frozenset(WEEKDAYS) | _ORDINAL_DAY_WORDS | frozenset(self._word_bits) \
            | frozenset(self._flags_of_word)

    def _token_bits(self, orth: int) -> Tuple[int, Tuple[int, ...]]:
        """Which groups a word anchors, as bits, and which lexeme flags it has (computed once
        per distinct word)."""
        text = self.vocab.strings[orth]
        # the vocab's LOWER of an English word is ``str.lower`` (spacy.lang.lex_attrs.lower)
        low = text.lower()
        if len(self._bits) >= self.CACHE_SIZE:
            self._bits.clear()
            self._inert.clear()
        if text.isalpha() and low not in self._alpha_words:
            found = self._bits[orth] = (0, ())  # most words: no month, weekday or anchor word
            self._inert.add(orth)
            return found
        cls = date_token_class(text)
        bits = self._class_bits.get(cls, 0) | self._word_bits.get(low, 0)
        flags = self._flags_of_class.get(cls or "O", ()) + self._flags_of_word.get(low, ())
        found = self._bits[orth] = (bits, flags)
        if not bits and not flags:
            self._inert.add(orth)
        return found

    def __call__(self, doc: Doc) -> List[Tuple[int, int, int]]:
        n = len(doc)
        if not n:
            return []
        anchors_of = self._anchors_by_group(doc)
        matches: List[Tuple[int, int, int]] = []
        if len(self.whole):
            matches.extend(self.whole(doc))
        for group in self.groups:
            anchors = anchors_of.get(group.bit)
            if anchors and group.singles:
                matches.extend(self._single_matches(doc, group, anchors))
            if not len(group.matcher):
                continue
            if not anchors:
                continue
            windows: List[List[int]] = []
            # no window where the words around the anchor fit no rule (most numbers); a window
            # reaches as far as the rules that fit there reach, and runs only those rules
            # (rules -1: all of the group's, where no rule has a test of its neighbours)
            for a, before, after, rules in self._fitting(doc, group, anchors) if group.neighbours is not None \
                    else ((a, group.before, group.after, -1) for a in anchors):
                start, end = max(0, a - before), min(n, a + after + 1)
                if windows and start <= windows[-1][1]:
                    windows[-1][0] = min(windows[-1][0], start)
                    windows[-1][1] = max(windows[-1][1], end)
                    windows[-1][2] |= rules
                else:
                    windows.append([start, end, rules])
            for start, end, rules in windows:
                matcher = group.matcher if rules == -1 else group.matcher_of(rules)
                if start == 0 and end == n:
                    matches.extend(matcher(doc))
                    continue
                for match_id, s, e in matcher(Span(doc, start, end)):  # doc[start:end], without its slice checks
                    matches.append((match_id, s + start, e + start))
        return matches

    def _fitting(self, doc: Doc, group: _Group, anchors: List[int]) -> List[Tuple[int, int, int, int]]:
        """The anchors where a rule of the group may match, with how far those rules reach
        before and after it and which rules they are (bits): the words around it fit the same
        rule (each word's fit decided once per group and place)."""
        orths, n = token_ids(doc, "ORTH"), len(doc)
        fits = group.fits
        if sum(len(known) for known in fits) >= self.CACHE_SIZE:
            for known in fits:
                known.clear()
        kept = []
        for a in anchors:
            rules = -1
            for place, (step, distance) in enumerate(_PLACES):
                i = a + step * distance
                orth = orths[i] if 0 <= i < n else -1
                bits = fits[place].get(orth)
                if bits is None:
                    bits = fits[place][orth] = group.rules_fitting(place, self._word_at(doc, i))
                rules &= bits
                if not rules:
                    break
            if rules:
                kept.append((a, *group.reach_of(rules), rules))
        return kept

    def _single_matches(self, doc: Doc, group: _Group, anchors: List[int]) -> List[Tuple[int, int, int]]:
        """The matches of the group's one-word rules: on the anchors whose word passes their test."""
        orths, hits, found = token_ids(doc, "ORTH"), group.single_hits, []
        if len(hits) >= self.CACHE_SIZE:
            hits.clear()
        for a in anchors:
            ids = hits.get(orths[a])
            if ids is None:
                word = self._word_at(doc, a)
                ids = hits[orths[a]] = tuple(match_id for match_id, test in group.singles if _passes(test, *word))
            found.extend((match_id, a, a + 1) for match_id in ids)
        return found

    def _word_at(self, doc: Doc, i: int) -> Tuple[Sequence[int], Optional[str], Optional[str]]:
        """(lexeme flags, lowercase form, text) of token ``i``; no strings past the doc's edge."""
        if not 0 <= i < len(doc):
            return (), None, None
        orth = token_ids(doc, "ORTH")[i]
        row = self._bits.get(orth) or self._token_bits(orth)
        return row[1], lower_words(doc)[i], token_texts(doc)[i]

    def _anchors_by_group(self, doc: Doc) -> Dict[int, List[int]]:
        """Group bit -> the tokens that anchor the group, ascending; the lexeme flags of the
        doc's date-like and listed words set on the way."""
        # every word's class, once per distinct word (this is also where a word the class
        # function fails on raises, as the Token._.nf_dk getter did inside the Matcher)
        positions = token_positions(doc, "ORTH")
        known = self._bits
        vocab = self.vocab
        # (token, its group bits) of the few tokens that anchor a group
        anchored: List[Tuple[int, int]] = []
        # in order: the same word fails first, if one does (inert words never fail)
        for orth in sorted(positions.keys() - self._inert):
            row = known[orth] if orth in known else self._token_bits(orth)
            bits, flag_ids = row
            if flag_ids:  # a date-like or listed word: its lexeme (perhaps new) gets its flags
                lexeme = vocab[orth]
                for flag_id in flag_ids:  # each: a matcher rebuilt on this vocab may add flags
                    if not lexeme.check_flag(flag_id):
                        lexeme.set_flag(flag_id, True)
            if bits:
                anchored.extend((i, bits) for i in positions[orth])
        anchored.sort()
        anchors_of: Dict[int, List[int]] = {}
        for i, bits in anchored:
            while bits:
                bit = bits & -bits  # the lowest group bit left
                anchors_of.setdefault(bit, []).append(i)
                bits ^= bit
        return anchors_of


#: Particles inside a place's name before its last word: a month's word after one and a
#: capitalised word ends the name ("Vina del Mar. 12 delegations"), no date.
PLACE_PARTICLES = frozenset({"del", "de", "da", "do", "di"})

from .hijri import hijri_spans  # noqa: E402  (it reads the word lists defined above)


class DateRecognizer(RuleComponent):
    """Finds date expressions and puts them, normalised, on ``doc.spans[SPANS_DATES]``."""

    pattern_files = PATTERN_FILES

    def compile(self) -> None:
        super().compile()
        self._anchored: Optional[AnchoredMatcher] = None
        self._anchored_for: Optional[Tuple[int, int]] = None
        self._keys: Dict[int, Tuple[int, int, str, str]] = {}  # match_id -> label, rule id
        #: rules with an element that takes a lowercase month ("march 3"): their context is checked
        self._lowercase_month_rules = frozenset(
            e.id for e in self.patterns.entries if not isinstance(e.pattern, str) and "MONL" in json.dumps(e.pattern))
        self._matcher()  # built now (it adds the lexeme flags), not in the first article
        prepare_expressions()  # the normaliser's expressions compiled now, not in the first article

    def _matcher(self) -> AnchoredMatcher:
        """The anchored matcher of the current rules (rebuilt when the rule set changes)."""
        token = (id(self.patterns.matcher), len(self.patterns.entries))
        if self._anchored is None or self._anchored_for != token:
            patterns = [(f"{e.label}\u241f{e.id}", e.pattern, e.meta.get("anchor")) for e in self.patterns.entries
                        if not isinstance(e.pattern, str)]
            self._anchored = AnchoredMatcher(self.nlp.vocab, patterns)
            self._anchored_for = token
        return self._anchored

    def match(self, doc: Doc) -> List[Span]:
        """All rule matches as labelled spans, sorted, without repeats: the same list as
        ``self.patterns.match(doc)``, found by :class:`AnchoredMatcher`."""
        return [Span(doc, start, end, label=label, span_id=rule_id)
                for start, end, _, _, label, rule_id in self._rows(doc)]

    def _rows(self, doc: Doc) -> List[Tuple[int, int, int, int, str, str]]:
        """:meth:`match` as (start, end, label hash, id hash, label, rule id) rows."""
        found = set(self._matcher()(doc))
        if len(self.patterns.phrase_matcher):
            found.update(self.patterns.phrase_matcher(doc))
        keys = self._keys
        strings = doc.vocab.strings
        rows = []
        for match_id, start, end in found:
            if start == end:
                continue
            key = keys.get(match_id)
            if key is None:
                label, _, rule_id = strings[match_id].partition("\u241f")
                key = keys[match_id] = (strings.add(label), strings.add(rule_id), label, rule_id)
            rows.append((start, end, key[0], key[1], key[2], key[3]))
        # Span order is (start_char, end_char, label hash, kb_id, id hash): the same order here
        rows.sort()
        return rows

    # -- guards --------------------------------------------------------------------------
    def _trim(self, span: Span) -> Span:
        """The span without leading prepositions and trailing punctuation."""
        start, end = span.start, span.end
        while start < end - 1 and lower_words(span.doc)[start] in LEADING:
            start += 1
        while end > start + 1 and span.doc[end - 1].is_punct and not _closes_bracket(span.doc, start, end):
            end -= 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(span.doc, start, end, label=span.label_, span_id=span.id_)

    def _allowed(self, span: Span) -> bool:
        doc = span.doc
        start, end = span.start, span.end
        texts = token_texts(doc)  # (Tokens made only where a test needs one)
        n = len(texts)
        text_before = texts[start - 1] if start > 0 else None
        text_after = texts[end] if end < n else None
        # glued into a longer number: phone numbers, codes ("03-2020-1234", "2020/123")
        if text_before in _GLUE and start > 1 and _is_num_text(texts[start - 2]) \
                and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            return False
        if text_after in _GLUE and end + 1 < n and _is_num_text(texts[end + 1]) \
                and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            return False
        if text_after in _AFTER_A_NUMBER:
            return False
        if start > 1 and lower_words(doc)[start - 1] in PLACE_PARTICLES \
                and date_token_class(texts[start]) in ("MON", "MONL") and doc[start - 2].is_title:
            return False  # "in Vina del Mar. 12 delegations": the month's word ends a place's name
        rule_id = span.id_
        guard = self.patterns.meta(rule_id).get("guard")
        if guard is not None and not self._guard_allows(guard, span, doc[start - 1] if start > 0 else None,
                                                         doc[end] if end < n else None):
            return False
        if rule_id not in self._lowercase_month_rules:
            return True
        return all(_lower_month_allowed(span, doc[i]) for i in range(start, end)
                   if date_token_class(texts[i]) == "MONL")

    @staticmethod
    def _guard_allows(guard: str, span: Span, before: Optional[Token], after: Optional[Token]) -> bool:
        """Whether the rule's ``guard`` (its patterns file's word for a test of the words around
        its match) lets the match stand."""
        if guard == "year" and not _year_allowed(before, after):
            return False
        if guard == "numbered" and _numbered(before):
            return False
        if guard == "iso" and before is not None and before.lower_ == "date" and before.i == 0:
            return False  # the article's own "date 2025-05-30" line is metadata, not a date of the story
        if guard == "numeric" and not _numeric_allowed(span, before, after):
            return False
        if guard == "not_may" and date_token_class(span[0].text) == "MAY":
            return False  # "May first" may be "Theresa May first said"
        if guard == "weekday" and not _weekday_allowed(span[0], before, after):
            return False
        if guard == "bare_month" and not _bare_month_allowed(span[0], before, after):
            return False
        if guard == "duration" and not _counted_allowed(span, before):
            return False
        if guard == "period" and _a_span_of_time(span, before):
            return False
        if guard == "no_day_after" and after is not None and after.text.isdecimal() \
                and (1 <= int(after.text) <= 31 or len(after.text) == 4):
            return False  # "a visit beginning October 3", "early October 2025": the day's (the year's) month
        if guard == "day_alone" and not _day_alone_allowed(span, after):
            return False
        if guard == "day_before" and before is not None and date_token_class(before.text) == "DAY":
            return False  # "On 29 May the 5th Forum opened": the day came first, "the 5th" is an ordinal
        if guard == "line_end" and after is not None and not (after.is_punct and after.text not in "%-/"):
            return False  # "14 April 15." but not "on 14 April 15 people"
        return True

    # -- main ----------------------------------------------------------------------------
    def annotate(self, doc: Doc) -> Doc:
        """Matches -> trimmed candidates -> the longest non-overlapping ones that pass the
        guards and normalise. Equivalent to normalising every candidate and then
        ``spacy.util.filter_spans``, but a candidate is only checked when that greedy pass
        reaches it and it does not collide with a span already kept."""
        published = doc_value(doc, "published")
        cands = self._candidates(doc)
        # filter_spans' order: longest first, then leftmost; stable (sorted's reverse is stable)
        order_of_cands = sorted(range(len(cands)), key=lambda i: (cands[i][2] - cands[i][1], -cands[i][1]),
                                reverse=True)
        # candidates on the same tokens share the stored ``span._.nf_date`` (keyed by offsets):
        # the value is the one the last of them in match order would have set
        same: Dict[Tuple[int, int], List[int]] = {}
        for i, cand in enumerate(cands):
            same.setdefault((cand[1], cand[2]), []).append(i)
        spans: Dict[int, Span] = {}
        values: Dict[int, Any] = {}
        context = _DocContext(doc)
        raw = doc_text(doc)

        def value(i: int):
            if i not in values:
                mstart, start, end, label, rule_id = cands[i]
                span = spans[i] = Span(doc, start, end, label=label, span_id=rule_id)
                # doc[mstart:end].text, sliced from the text
                text = raw[span.start_char if mstart == start else doc[mstart].idx:span.end_char]
                values[i] = self._value(span, text, published, context) \
                    if self._allowed(span) else None
            return values[i]

        kept: List[Span] = []
        seen = set()
        for i in order_of_cands:
            _, start, end, _, _ = cands[i]
            if start in seen or end - 1 in seen:  # as filter_spans checks
                continue
            if value(i) is None:
                continue
            stored = next(v for v in (value(j) for j in reversed(same[(start, end)])) if v is not None)
            span = spans[i]
            set_span_value(span, "nf_date", stored.as_dict())
            kept.append(span)
            seen.update(range(start, end))
        kept.extend(hijri_spans(doc, raw, kept, seen))  # "5 Shaban 1443 AH corresponding to March 8, 2022"
        _year_of_the_list(sorted(kept, key=lambda s: s.start), raw)
        kept = _join_stamped_weekdays(kept, raw)
        self._agree_bare_weekdays(kept, published, context)
        _purpose_after_day(sorted(kept, key=lambda s: s.start), context)
        doc.spans[settings.SPANS_DATES] = sorted(kept, key=lambda s: (s.start, s.end))
        if published is None:
            self._warn_unanchored(doc, cands, spans, seen, context.order())
        return doc

    def _agree_bare_weekdays(self, kept: List[Span], published: Optional[str], context: "_DocContext") -> None:
        """A bare weekday in a sentence with no tense cue (a headline: "Minister in Athens on
        Tuesday") is the day the article's other mention of that weekday tells ("will visit
        Athens next Tuesday"), when the others agree; else it stays past, the wire default."""
        if published is None:
            return
        bare, told = [], {}
        # (the words read from the doc's word lists, no Token per word)
        lowers, texts = (lower_words(kept[0].doc), token_texts(kept[0].doc)) if kept else ([], [])
        for span in kept:
            days = [lowers[i] for i in range(span.start, span.end) if date_token_class(texts[i]) == "WD"]
            value = span_value(span, "nf_date")
            if len(days) != 1 or value["start"] != value["end"]:
                continue
            if span.id_ == "weekday.bare" and _sentence_tense(span, context.sentences) is None:
                bare.append((span, days[0]))
            else:
                told.setdefault(days[0], set()).add(value["start"])
        for span, day in bare:
            starts = told.get(day, ())
            if len(starts) != 1 or span_value(span, "nf_date")["start"] in starts:
                continue
            value = normalise(span.text, published, tense="future")
            if value is not None and value.start in starts:
                set_span_value(span, "nf_date", value.as_dict())

    def _value(self, span: Span, text: str, published: Optional[str], context: "_DocContext"):
        """The normalised value of an allowed candidate (``text``: with the words trimmed off
        its front, which still tell the normaliser something: "between"), or None."""
        tense = _sentence_tense(span, context.sentences)
        if span.end_char <= (doc_value(span.doc, "dateline_end") or 0):
            tense = "past"  # the dateline's "March 26" is the day of writing, not the story's next one
        if span.label_ == "MONTH" and not any(c.isdigit() for c in text) and _habitual(span, context.sentences):
            return None  # "the council usually meets in February": any year's February, no calendar month
        if tense == "past" and self.patterns.meta(span.id_).get("guard") == "duration":
            return None  # "in three days", "next two weeks" count from now, not in a past story
        if tense == "past" and published and not _FOUR_DIGITS.search(text) and _plain_past(span, context.sentences):
            tense = "done"  # "The summit was held in January": its most recent January
        order = context.order() if any(c.isdigit() for c in text) else None
        if order is not None and published:
            order = _order_of_own(text, published) or order
        result = normalise(text, published, tense=tense, order=order)
        if result is not None and span.id_ == "relative.ago" and _decades_ago(result, published):
            return None  # "since independence 48 years ago": an anniversary's count, no year of its own
        if result is not None and self.patterns.meta(span.id_).get("guard") == "and_adjacent" \
                and _two_days_apart(span, result):
            return None  # "on 9 June and 4 July 2014": two days, each its own date
        if result is None and published is None and span.label_ in _ABSOLUTE_LABELS \
                and not _FOUR_DIGITS.search(text) and not _relative_year_after(span) \
                and not (span.label_ in _MONTH_LABELS and not any(c.isdigit() for c in text)):
            # (a month alone, "in March": which March needs the day of writing, not a year)
            # no publication date: "7 October" takes the year of the text (as of its first mention)
            first = min(context.first_mention(text), span.start_char)
            result = _with_year_of_text(text, first, context.full_days(), tense, order)
        return result

    def _candidates(self, doc: Doc) -> List[Tuple[int, int, int, str, str]]:
        """(match start, start, end, label, rule id) of every match, trimmed as by _trim."""
        cands = []
        rows = self._rows(doc)
        lowers = lower_words(doc) if rows else ()  # (the doc's words, read once)
        for mstart, end, _, _, label, rule_id in rows:
            start = mstart
            while start < end - 1 and lowers[start] in LEADING:
                start += 1
            while end > start + 1 and doc[end - 1].is_punct and not _closes_bracket(doc, start, end):
                end -= 1
            cands.append((mstart, start, end, label, rule_id))
        return cands

    def _warn_unanchored(self, doc: Doc, cands, spans: Dict[int, Span], seen: set, order: str) -> None:
        """Without a publication date relative dates ("today", "on Monday", "25 March") have no
        value: the record says which were dropped (``warnings``) instead of losing them silently,
        and they stay in a span group of their own (a described event in their sentence still
        has its day told by the text, FACTS.md)."""
        lost: List[Tuple[int, str]] = []
        unanchored: List[Span] = []
        taken = set(seen)
        for i in sorted(range(len(cands)), key=lambda i: (cands[i][1] - cands[i][2], cands[i][1])):
            mstart, start, end, label, rule_id = cands[i]
            if taken.intersection(range(start, end)):
                continue
            span = spans.get(i) or Span(doc, start, end, label=label, span_id=rule_id)
            if self._allowed(span) and normalise(text_of(doc, mstart, end), UNANCHORED_PROBE, order=order):
                lost.append((start, span.text))
                unanchored.append(span)
                taken.update(range(start, end))
        doc.spans[settings.SPANS_UNANCHORED_DATES] = sorted(unanchored, key=lambda s: (s.start, s.end))
        if lost:
            texts = ", ".join(repr(t) for _, t in sorted(lost))
            doc._.nf_warnings = (doc_value(doc, "nf_warnings") or []) + [
                f"relative dates could not be anchored (no publication date: give 'published', a "
                f"leading 'date YYYY-MM-DD' line or --published): {texts}"]


HABITUAL_CUES = date_words("HABITUAL_CUE")


def _habitual(span: Span, sentences: Dict[Any, Any]) -> bool:
    """The span's sentence tells what happens as a rule ("usually", "annually"), not once."""
    starts = sentences.get("starts") or []
    if len(starts) < 2:
        return False
    k = bisect_right(starts, span.start) - 1
    lowers = sentences.get("doc") or lower_words(span.doc)
    # (within the span's clause: "usually meet in Geneva, but this year they met in March")
    for words in (reversed(lowers[starts[k]:span.start]), lowers[span.end:starts[k + 1]]):
        for w in words:
            if w in _CLAUSE_BREAKS:
                break
            if w in HABITUAL_CUES:
                return True
    return False


_CLAUSE_BREAKS = frozenset({"but", ";", "while", "whereas", "although", "though"})
CLAUSE_BOUNDARIES = date_words("CLAUSE_BOUNDARY")
#: Before a yearless date, what makes it the end of a move or a plan, not a day told past:
#: "was postponed to January", "had been scheduled for March", "talks lasted until June".
_AHEAD_PREPOSITIONS = frozenset({"to", "until", "till", "by", "for", "before"})
#: Between a past verb and a date, what makes the date one looked ahead to: "looked forward
#: to the celebration on 8 August", "prepared for the summit in May".
_ANTICIPATION = frozenset({"forward", "ahead", "awaited", "anticipated", "prepared", "preparing", "preparations"})
#: How near a reporting verb must stand before the date to date the saying ("said on Monday",
#: "announced in January"), not the reported clause ("said the talks in January were ...").
REPORTING_REACH = 3


def _plain_past(span: Span, sentences: Dict[Any, Any]) -> bool:
    """The date's own clause tells plainly that it is past: the nearest tense cue read from
    the date outwards within its clause (``CLAUSE_BOUNDARY``) is a past verb (or "ago",
    "earlier", "since"): before it ("The summit was held in January", "which the ministers
    signed on 3 May"), or after a date in the phrase that opens its sentence ("In January,
    the leaders met ...", "After the talks in May, they signed ..."). Not a plan's slot ("was
    expected to be held in March", "was postponed to June", "invited investors to the forum on
    19 June"), a date looked ahead to ("looked forward to the fair on 8 August"), a sentence
    that also looks ahead ("will cut ... starting 1 October": "cut" is no past there), nor a
    reporting verb whose object stands between ("said the talks in May were ...")."""
    starts = sentences.get("starts") or []
    if len(starts) < 2:
        return False
    k = bisect_right(starts, span.start) - 1
    lowers = sentences.get("doc") or lower_words(span.doc)
    words = _cue_words(span.doc, lowers, starts[k], starts[k + 1])
    first, last = span.start - starts[k], min(span.end, starts[k + 1]) - starts[k]
    if first > 0 and words[first - 1] in _AHEAD_PREPOSITIONS \
            or any(_cue(words, j) == "future" for j, w in enumerate(words) if w in _CUE_HEADS or w[-3:] == "ing"):
        return False  # (a sentence that also looks ahead tells no plain past: "will cut ... from Oct 1")
    i = first - 1
    while i >= 0 and words[i] not in CLAUSE_BOUNDARIES:
        cue = _cue(words, i, before_date=True)
        if cue:
            return _plain_cue(words, i, first, cue)
        i -= 1
    # (a date in a phrase that opens its sentence, no verb before it, belongs to the main clause:
    # "Following a summit in January, they restored ties", "The talks in May ended ...")
    opening = i < 0
    for i in range(last + (last < len(words) and words[last] == ","), len(words) if opening else last):
        if words[i] in CLAUSE_BOUNDARIES:
            break
        cue = _cue(words, i)
        if cue:
            return _plain_cue(words, i, first, cue)
    return False


def _plain_cue(words: List[str], i: int, first: int, cue: str) -> bool:
    """Whether the cue at word ``i`` tells a plain past for a date at word ``first``."""
    if cue != "past" or words[i] == "be":  # ("be": "was expected to be held in March")
        return False
    between = words[i:first] if i < first else words[first:i + 1]
    if any(w in PLAN_PARTICIPLES or w in PLAN_BEFORE_INFINITIVE or w in _ANTICIPATION for w in between) \
            or any(w == "to" and nxt in MEETING_VERBS for w, nxt in zip(between, between[1:])):
        return False  # "had planned to convene the forum in March"
    return not (words[i] in REPORTING_PAST and i < first and first - i > REPORTING_REACH)


def _two_days_apart(span: Span, value: DateValue) -> bool:
    """A range of two full dates joined by "and" with no "between"/"from" before it whose days
    are not next to each other: "on 9 June and 4 July" tells two days; "on 30 April and 1 May"
    (a two-day meeting across a month's end) and "between 9 June and 4 July" are ranges."""
    if not any(t.lower_ in ("and", "&") for t in span):
        return False
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ("between", "from") or value.grain != "day":
        return False
    return (date.fromisoformat(value.end) - date.fromisoformat(value.start)).days > 1


def _closes_bracket(doc: Doc, start: int, end: int) -> bool:
    """The span's last token closes a bracket the span opens ("yesterday (November 14)")."""
    return token_texts(doc)[end - 1] == ")" and any(token_texts(doc)[k] == "(" for k in range(start, end - 1))


#: Any day: a candidate that has a value against it but none without one is a relative date.
UNANCHORED_PROBE = "2000-06-15"
#: Labels of rules that name a calendar date, not a day counted from the publication date.
_ABSOLUTE_LABELS = frozenset({"DATE", "DATE_RANGE", "MONTH", "MONTH_RANGE"})
_MONTH_LABELS = frozenset({"MONTH", "MONTH_RANGE"})
#: What may stand between a yearless date and the relative year that follows it ("June 16th, of last year").
_BEFORE_RELATIVE_YEAR = frozenset({",", "of", "the"})
_RELATIVE_YEAR = re.compile(r"(?:this|last|next|current|coming|past|previous|same) year\b")


def _relative_year_after(span: Span) -> bool:
    """ "in January this year", "October 9, this year", "June 16th last year": a yearless date
    whose year a relative word tells; with no publication date that year is unknown, so the date
    does not take the year of the text either (ANNOTATORS.md: relative dates are left out)."""
    doc, at = span.doc, span.end
    while at < len(doc) and at < span.end + 3 and doc[at].lower_ in _BEFORE_RELATIVE_YEAR:
        at += 1
    return at < len(doc) and _RELATIVE_YEAR.match(doc[at:min(len(doc), at + 2)].text.lower()) is not None
_FOUR_DIGITS = re.compile(r"\d{4}")
#: "14 March", "14th of March" and "March 14": which order the article writes its dates in.
# (the digit first and the word boundary before it checked behind it: the search then skips
# to the next digit instead of trying every position)
_DAY_FIRST = re.compile(r"\d(?<!\w\d)\d?(?:st|nd|rd|th)?(?: of)? (?:" + "|".join(n for n in MONTHS if len(n) > 3) + r")\b", re.I)
_MONTH_NAMES = [n for n in MONTHS if len(n) > 3]
# (the lookahead on a month's first letter spares trying every name at every word)
_MONTH_FIRST = re.compile(r"\b(?=[" + "".join(sorted({c for n in _MONTH_NAMES for c in (n[0], n[0].upper())}))
                          + r"])(?:" + "|".join(_MONTH_NAMES) + r")\.? \d{1,2}\b", re.I)


#: A numeric date with a four-digit year: "05/12/2016", "25.12.2016".
_NUMERIC_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/.-])")
#: How near the publication day one reading of an ambiguous numeric date must be (and the other
#: not) to tell the article's order: the date under a headline is mostly the day of writing.
NEAR_PUBLISHED_DAYS = 7


def _numeric_evidence(text: str, published: Optional[str]) -> Tuple[int, int]:
    """(day-first, month-first) votes of the text's numeric dates: "25/12/2016" is day first
    (no 25th month), "12/25/2016" month first; "05/12/2016" in an article published on 5
    December 2016 is day first (its other reading, 12 May, is far from that day)."""
    votes = [0, 0]
    ref = date.fromisoformat(published) if published and len(published) == 10 else None
    for match in _NUMERIC_FULL.finditer(text):
        a, b, y = int(match[1]), int(match[3]), int(match[4])
        if b > 12 >= a:
            votes[1] += 1
        elif a > 12 >= b:
            votes[0] += 1
        elif ref is not None and a != b and 0 < a and 0 < b:
            near = [abs((date(y, m, d) - ref).days) <= NEAR_PUBLISHED_DAYS if _valid_day(y, m, d) else False
                    for m, d in ((b, a), (a, b))]  # (day first, month first)
            if near[0] != near[1]:
                votes[0 if near[0] else 1] += 1
    return votes[0], votes[1]


#: From how many years back a count "N years ago" is an anniversary's arithmetic, not a date.
DECADES_AGO_YEARS = 10


def _decades_ago(value: DateValue, published: Optional[str]) -> bool:
    """ "41 years ago", "over thirty years ago": a count of ten years or more back is told for an
    anniversary (often a year off: "48 years ago" for an independence of 1975); the dev gold
    and the readings list none of them, while "four years ago" is a date."""
    return bool(published) and value.grain == "year" \
        and int(published[:4]) - int(value.start[:4]) >= DECADES_AGO_YEARS


def _order_of_own(text: str, published: str) -> Optional[str]:
    """The order one numeric date tells by itself: "12-10-2021" in a story of 12 October 2021
    is day first whatever the article's other dates say (one reading is the day of writing,
    the other months away), "06/09/2017" on 9 June 2017 month first; None when it tells none."""
    if not _NUMERIC_FULL.search(text):
        return None
    day_first, month_first = _numeric_evidence(text, published)
    if day_first == month_first:
        return None
    return "DMY" if day_first > month_first else "MDY"


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


class _DocContext:
    """What the dates of one doc share, computed when first needed: the cues of each sentence,
    the order of numeric dates and the dates written in full (the year of the text)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.sentences: Dict[Any, Any] = {}
        self._order: Optional[str] = doc_value(doc, "date_order")
        self._full_days: Any = None
        self._first: Dict[str, int] = {}

    def text(self) -> str:
        raw = self.doc.user_data.get(settings.RAW_TEXT)
        return raw if isinstance(raw, str) else self.doc.text

    def order(self) -> str:
        """--date-order, else the dateline's country's, else the order in which the article
        writes dates with month names ("1 June 2015" -> DMY), else month first."""
        if self._order is None:
            text = self.text()
            day_first, month_first = len(_DAY_FIRST.findall(text)), len(_MONTH_FIRST.findall(text))
            if day_first == month_first:  # no month names to tell: the numeric dates themselves
                day_first, month_first = _numeric_evidence(text, doc_value(self.doc, "published"))
            self._order = "DMY" if day_first > month_first else "MDY"
        return self._order

    def full_days(self) -> "_FullDays":
        """The dates written in full in the text (see :class:`_FullDays`)."""
        if self._full_days is None:
            self._full_days = _FullDays([(start, date.fromisoformat(value.start)) for start, value
                                         in full_dates(self.text()) if value is not None and value.grain == "day"])
        return self._full_days

    def first_mention(self, text: str) -> int:
        """Where ``text`` is first written (one search per distinct text; a large number if nowhere)."""
        if text not in self._first:
            found = self.text().find(text)
            self._first[text] = found if found >= 0 else 1 << 62
        return self._first[text]


class _FullDays:
    """(start offset, day) of the dates written in full, in text order; their years in text
    order without repeats; their days as sorted ordinals (to find one near a day at once)."""

    def __init__(self, days: List[Tuple[int, date]]):
        self.days = days
        self.years = list(dict.fromkeys(day.year for _, day in days))
        self.ordinals = sorted(day.toordinal() for _, day in days)


#: How near a later date written in full a yearless date must fall to share its year.
NEAR_FULL_DATE_DAYS = 14


def _with_year_of_text(text: str, offset: int, full: "_FullDays", tense, order) -> Optional[DateValue]:
    """A yearless date of a story with no publication date, given the year of the text: of the
    first date written in full when that comes before it (a byline's, the lead's: a story tells
    its own time first), else of a later one within two weeks of it ("met on 7 October" ... "to
    be held on 10 October 2024"). A full date that only comes later and far from it is mostly
    history or a plan ("relations were established on 2 October 1991", "as of Jan. 1, 2023"):
    no year then."""
    if not full.days:
        return None
    start, day = full.days[0]
    if start < offset:
        return normalise(f"{text} {day.year}", None, tense=tense, order=order)
    ordinals = full.ordinals
    for year in full.years:
        value = normalise(f"{text} {year}", None, tense=tense, order=order)
        if value is None:
            return None
        if len(value.start) == 10:
            at = date.fromisoformat(value.start).toordinal()
            i = bisect_left(ordinals, at - NEAR_FULL_DATE_DAYS)
            if i < len(ordinals) and ordinals[i] <= at + NEAR_FULL_DATE_DAYS:
                return value
    return None


#: A date written in full ("26 November 2025", "Nov. 26, 2025"): a byline's, or the text's.
_MONTH_WORD = r"(?:" + "|".join(sorted((n for n in MONTHS), key=len, reverse=True)) + r")\.?"
#: (a range of days too: "February 19-23, 2024", "19–23 February 2024")
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:[-\u2013]\d{1,2}(?:st|nd|rd|th)?)?"
_FULL_DATE = re.compile(r"\b(?:" + _MONTH_WORD + r"\s+" + _DAYS + r",?\s+|" + _DAYS + r"\s+"
                        + _MONTH_WORD + r",?\s+)((?:19|20)\d\d)\b", re.I)


def full_dates(text: str) -> Iterator[Tuple[int, Optional[DateValue]]]:
    """(start offset, value) of every date written in full in ``text`` ("26 November 2025",
    "Nov. 26, 2025"), in text order (value None when it names no real day)."""
    for match in _FULL_DATE.finditer(text):
        yield match.start(), normalise(match.group(0), None)


def year_of_text(text: str, near: Optional[Tuple[int, int]] = None, before: int = 0) -> Optional[int]:
    """The year an article is written in when nothing else dates it: the year of a date
    written in full before offset ``before`` (a byline's), else of the first one on the day
    ``near`` (month, day: a yearless dateline's day written out in the story) or, without
    ``near``, of the first one in the text; else None. Other dates of the story do not
    count: "entered into force on 22 April 2021" in a story of 21 April 2026 is history,
    and a wrong year is worse than none."""
    for start, value in full_dates(text):
        if value is None or value.grain != "day":
            continue
        day = date.fromisoformat(value.start)
        if start < before or near is None or (day.month, day.day) == near:
            return day.year
    return None


def _year_allowed(before: Optional[Token], after: Optional[Token]) -> bool:
    """A bare year, not a number ("Resolution 2231", "No. 2005", "2000 delegates", "US$2025",
    "hired 2010 teachers")."""
    if _numbered(before):
        return False
    if before is not None and (_is_num(before) or before.text.endswith("$")):
        return False
    if after is not None and (after.lower_ in YEAR_COUNTED or _is_num(after)):
        return False
    # "hired 2010 teachers": a count of a plural noun after a verb, not "in 2010 prices rose"
    return not (after is not None and before is not None and _plural_noun(after) and before.is_alpha
                and before.is_lower and before.lower_ not in LEADING and before.lower_ not in _DETERMINERS)


def _numbered(before: Optional[Token]) -> bool:
    """The number after this word is a number, not a date ("Resolution", "No.", "version")."""
    if before is None:
        return False
    if before.text == "." and before.i > 0:  # "No. 2005" is "No" "." "2005"
        before = before.doc[before.i - 1]
        return before.lower_ in YEAR_BLOCKERS or f"{before.lower_}." in YEAR_BLOCKERS
    return before.lower_ in YEAR_BLOCKERS


_DETERMINERS = date_words("DETERMINER")


def _plural_noun(token: Token) -> bool:
    text = token.text
    return token.is_alpha and token.is_lower and len(text) > 3 and text.endswith("s") and not text.endswith("ss")


#: "Minister Rajnath Singh Monday held talks": a regular past verb or one of these after a
#: weekday that follows a name makes the weekday the time of what the person did, not a word of
#: a name.
VERBS_AFTER_DAY = date_words("VERB_AFTER_DAY")


def _verb_after_day(after: Optional[Token]) -> bool:
    return after is not None and after.is_lower and after.is_alpha \
        and (_regular_past(after.lower_) or after.lower_ in VERBS_AFTER_DAY)


def _regular_past(word: str) -> bool:
    """ "signed", "opened": a regular past form, not an adjective or a noun in -ed ("based",
    "expected", "speed")."""
    return word.endswith("ed") and len(word) > 4 and word.isalpha() and word not in NOT_PAST_ED


def _weekday_allowed(day: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """A weekday, not part of a name ("Good Friday Agreement", "the Sunday Times", "Black
    Friday", "the Friday Mosque")."""
    if before is not None and before.is_alpha and before.is_title and not day.is_sent_start \
            and before.lower_ not in LEADING and not _verb_after_day(after) and not _after_place_named(day, after):
        return False
    name_after = after is not None and after.is_alpha and after.is_title and not after.is_sent_start
    return not (name_after and (before is None or day.is_sent_start or before.lower_ in ("the", "a", "an")))


#: How many capitalised words a place's name may have between "in"/"at" and a weekday after it.
PLACE_NAME_WORDS = 3


def _after_place_named(day: Token, after: Optional[Token]) -> bool:
    """ "took place at Dhaka Thursday", "was held in New Delhi Monday.": a weekday right after a
    name that "in" or "at" opens (up to three capitalised words), with no capitalised word after
    it, is the time of what happened there, not a word of the name."""
    doc, k = day.doc, day.i - 1
    while k >= 0 and day.i - k <= PLACE_NAME_WORDS and doc[k].is_alpha and doc[k].is_title and not doc[k].is_sent_start:
        k -= 1
    if k == day.i - 1 or k < 0 or doc[k].lower_ not in ("in", "at"):
        return False
    return after is None or not after.is_alpha or after.is_lower


def _numeric_allowed(span: Span, before: Optional[Token], after: Optional[Token]) -> bool:
    """"2/15" or "4-3" without a year is a date only after a date word ("on 2/15", "Tuesday
    4/3") or as a line of its own; elsewhere it is a score, a ratio or a code ("won 3-1",
    "Resolution 2/15", "open 24/7")."""
    if _numbered(before) or before is not None and _is_num(before):
        return False
    if after is not None and (_is_num(after) or after.is_alpha and not after.is_sent_start
                              and after.lower_ not in LEADING):
        return False
    if before is not None and date_token_class(before.text) == "WD":
        return True  # "Tuesday 2/15"
    dashed = any(date_token_class(t.text) == "DASH" for t in span)
    if before is not None and (before.lower_ in ("on", "dated") if dashed else before.lower_ in NUMERIC_DATE_CUES):
        return True  # "on 2/15", "by 2/15"; with a dash only "on 2-15" ("carried by 10-5" is a vote)
    # a sentence of its own ("2/15", "2 - 15."): nothing else in the sentence says otherwise
    doc = span.doc
    alone_before = before is None or span[0].is_sent_start or before.is_space and (before.i == 0 or before.is_sent_start)
    rest = after
    if rest is not None and rest.is_punct and rest.text in ".;":
        rest = doc[rest.i + 1] if rest.i + 1 < len(doc) else None
    alone_after = rest is None or rest.is_sent_start or rest.is_space
    return alone_before and alone_after


def _day_alone_allowed(span: Span, after: Optional[Token]) -> bool:
    """"on the 15th", "on 24th": a day written as a day ("the", an ordinal suffix), and no
    noun after it ("on the 3rd floor", "on 24 hours")."""
    day = span[-1]
    if not (day.text[-2:].isalpha() or day.i > 0 and lower_words(span.doc)[day.i - 1] == "the"):
        return False
    return after is None or not after.is_alpha or after.lower_ in LEADING or after.is_sent_start


def _bare_month_allowed(month: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """A month alone: a full name in title case, not inside a name ("Jennifer March", "March
    Madness"), not a verb ("March on Parliament") and not "May" (a modal, a name)."""
    text = month.text
    if text.lower() not in _FULL_MONTH_NAMES or text.lower() == "may" or not text.istitle():
        return False
    if before is not None and before.is_title and not month.is_sent_start and before.lower_ not in LEADING:
        return False
    if after is not None and after.is_title and not after.is_sent_start and _month_of_sitting(month, before, after):
        return True  # "the June European Council": the month of that sitting
    if after is not None and (after.is_title and not after.is_sent_start or after.lower_ in MONTH_LIKE_FOLLOWERS
                              or _is_num(after)):
        return False  # "March Madness", "March on", "January 15/2025" (a date the rules cannot read)
    return True


MONTH_OCCASION_HEADS = date_words("MONTH_OCCASION_HEAD")
#: How many capitalised words may stand between such a month and the head of its sitting.
MONTH_OCCASION_WORDS = 3


def _month_of_sitting(month: Token, before: Optional[Token], after: Token) -> bool:
    """ "the June European Council", "at the October Summit": a month after "the" before a run of
    capitalised words ending in the head of a sitting (MONTH_OCCASION_HEAD) tells its month."""
    if before is None or before.lower_ != "the":
        return False
    doc = month.doc
    for token in doc[after.i:min(len(doc), after.i + MONTH_OCCASION_WORDS + 1)]:
        if not token.is_title:
            return False
        if token.lower_ in MONTH_OCCASION_HEADS and (token.i + 1 >= len(doc) or not doc[token.i + 1].is_title):
            return True
    return False


_FULL_MONTH_NAMES = frozenset(w for w in MONTHS if len(w) > 4 or w in ("march", "june", "july", "april"))


def _counted_allowed(span: Span, before: Optional[Token]) -> bool:
    """"in a week", "next three months" count from the publication date; "the first time in a
    week", "the highest level in two months", "for the next five years" are spans of time."""
    if span[0].lower_ in ("last", "past", "next", "coming"):
        return before is None or before.lower_ not in ("the", "these", "those")
    # "in" was trimmed off the front: the word before it decides
    prev = span.doc[before.i - 1] if before is not None and before.i > 0 else None
    return prev is None or not (prev.lower_ in DURATION_CONTEXT or _is_num(prev) or prev.text == "%")


def _a_span_of_time(span: Span, before: Optional[Token]) -> bool:
    """"over the coming year", "during the past month", "in the last year": a span of time
    counted back or ahead (or "the previous year", told from another date), not the calendar
    year or month that "this year", "last month" and "the current year" name."""
    return before is not None and before.lower_ in _DETERMINERS \
        and span[0].lower_ in ("last", "past", "next", "coming", "previous")


_CONNECTORS = date_words("RANGE_CONNECTOR")


def _lower_month_allowed(span: Span, month: Token) -> bool:
    """A lowercase "march", "may", "aug" is a month only beside a day or year of the date
    ("on march 3", "march 3 2015", "the 1st of march", "19th to 21st aug") and not where it
    is a verb or a word ("troops march 3 km", "they may 5 ...")."""
    doc = span.doc
    if month.i > span.start:
        return True  # after the day: "the first of march", "19th to 21st aug"
    before = doc[month.i - 1] if month.i > 0 else None
    if not (before is None or before.is_punct or before.is_space or month.is_sent_start
            or before.lower_ in LEADING or before.lower_ == "the" or date_token_class(before.text) == "WD"):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not after.is_alpha or after.lower_ in LEADING or after.lower_ in _CONNECTORS \
        or after.is_title


@Language.factory(
    "newsfacts_dates", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "doc._.published"], assigns=["span._.nf_date"],
)
def make_date_recognizer(nlp: Language, name: str, patterns_dir):
    return DateRecognizer(nlp, name, patterns_dir=patterns_dir)
