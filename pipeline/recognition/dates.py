"""Date recognition: the ``newsfacts_dates`` component.

Rules are spaCy token patterns in ``patterns/dates.jsonl``. They read a token class that
this module puts on every token, ``Token._.nf_dk`` (a getter, so nothing is stored):

======== ==========================================================================
``MON``  a month name or abbreviation ("September", "Sept.", "Aug", "JUNE"); lowercase
         only for unambiguous full names ("september", not "march"/"may")
``MAY``  "May" / "MAY" (kept apart: "May God ...", "officials may meet")
``WD``   a weekday name ("Thursday", "THURSDAY")
``DAY``  1-31, plain or ordinal ("23", "5th", "01")
``YEAR`` a four-digit year 1900-2100
``YY``   two digits ("26" in "2025/26", "58" in "1957-58")
``NUMDATE`` one-token numeric date ("28.02.2023")
``DASH`` a hyphen or dash; ``SLASH`` "/"
======== ==========================================================================

Every match is trimmed of leading prepositions ("on", "in", "from" ...), checked by a few
guards (a year inside a phone number, "Resolution 2231", "6005 delegates", the article's own
leading ``date YYYY-MM-DD`` line), normalised (:mod:`pipeline.normalisation.dates`) with a
tense read from the sentence, and only spans that normalise compete for the longest
non-overlapping set.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .. import settings
from ..normalisation.dates import MONTHS, WEEKDAYS, normalise
from .base import RuleComponent

PATTERN_FILES = ("dates.jsonl",)

_DASHES = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "--"}
_AMBIGUOUS_LOWER_MONTHS = {"march", "may", "mar", "jan", "sat", "sun", "dec", "aug", "jun", "jul", "apr", "oct", "nov", "sep", "feb", "sept"}


@lru_cache(maxsize=20000)
def date_token_class(text: str) -> Optional[str]:
    """The class of one token's text for the date patterns (see the module docstring)."""
    if not text:
        return None
    if text in _DASHES:
        return "DASH"
    if text == "/":
        return "SLASH"
    if text.isdigit():
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
    if re.fullmatch(r"(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)", text.lower()):
        return "DAY"
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{4}\.\d{1,2}\.\d{1,2}", text):
        return "NUMDATE"
    word = text.rstrip(".")
    low = word.lower()
    if low in MONTHS:
        if low == "may":
            return "MAY" if word[0].isupper() else None
        if word[0].isupper():
            return "MON"
        return "MON" if low not in _AMBIGUOUS_LOWER_MONTHS and len(low) > 3 else None
    if low in WEEKDAYS and (len(low) > 3 or word[0].isupper()) and low not in ("sun", "sat", "wed", "mon"):
        return "WD"
    return None


def _token_class(token: Token) -> str:
    return date_token_class(token.text) or "O"  # the Matcher needs a string for every token


if not Token.has_extension("nf_dk"):
    Token.set_extension("nf_dk", getter=_token_class)

#: Words in front of a date that are not part of it (trimmed from the front of a match).
LEADING = {"on", "in", "from", "during", "since", "until", "till", "by", "at", "between",
           "through", "throughout", "of", "to", "before", "after", "and", "or", "for", "as"}

#: Lexical cues in the sentence that make a bare weekday or yearless date future.
FUTURE_CUES = {"will", "shall", "'ll", "would", "upcoming", "scheduled", "slated", "next",
               "tomorrow", "forthcoming"}
#: Reporting verbs of wire news: "said on Tuesday" dates the saying, not what was said.
REPORTING_PAST = {"said", "says", "told", "announced", "stated", "added", "noted", "reported",
                  "confirmed", "disclosed", "revealed", "explained", "stressed"}

#: A year right after these words is a number, not a date ("Resolution 2231", "No. 2005").
YEAR_BLOCKERS = {"no", "no.", "nos", "resolution", "article", "articles", "section", "rule",
                 "rules", "chapter", "clause", "paragraph", "para", "room", "flight", "route",
                 "page", "pages", "part", "decree", "regulation", "order", "bill", "code", "number",
                 "#", "$", "rm", "us$", "s$", "€", "£", "¥", "rs", "usd", "eur", "unit", "block",
                 "level", "lot", "km", "model", "version", "v", "iso", "en", "gb", "law", "item",
                 "annex", "appendix", "table", "figure", "fig", "fig.", "box", "p", "p.", "pp", "pp."}
#: ... and before these ("2000 delegates", "1900 GMT").
YEAR_COUNTED = {"people", "delegates", "participants", "units", "cases", "students", "workers",
                "members", "hours", "hrs", "hr", "gmt", "utc", "km", "metres", "meters", "tonnes",
                "tons", "votes", "times", "jobs", "homes", "houses", "vehicles", "cars", "troops",
                "soldiers", "visitors", "officers", "staff", "employees", "companies", "firms",
                "persons", "individuals", "families", "patients", "deaths", "children", "men",
                "women", "years", "days", "pieces", "copies", "mw", "kw", "gw", "%", "percent",
                "per", "million", "billion", "tourists", "pilgrims", "hectares", "acres", "sq",
                "square", "feet", "ft", "local", "hrs.", "points", "words", "pages"}


#: Lexical cues of a past-tense sentence (besides verbs in -ed): then a yearless date looks back.
PAST_CUES = {"was", "were", "had", "did", "ago", "last", "earlier", "previously", "told", "met",
             "held", "took", "gave", "made", "went", "came", "began", "saw", "won", "lost", "left",
             "spoke", "wrote", "sold", "bought", "brought", "thought", "found", "kept", "led", "paid",
             "sent", "ran", "rose", "fell", "grew", "became", "chose", "drew", "flew", "hit", "cut",
             "broke", "got", "knew", "meant", "shut", "stood", "struck", "taught", "threw", "understood"}
#: Words in -ed that do not make a sentence past ("scheduled" is a future cue anyway).
NOT_PAST_ED = {"need", "indeed", "proceed", "exceed", "succeed", "speed", "feed", "seed", "bed", "red",
               "shed", "led", "fed", "wed", "united", "limited", "proposed", "expected", "planned",
               "scheduled", "related", "based", "dedicated", "concerned", "interested", "advanced",
               "detailed", "enhanced", "increased", "renewed", "sustained", "integrated", "designed"}


def _cue(words: List[str], i: int) -> Optional[str]:
    """The tense a word of a sentence points to, if any."""
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i > 0 else ""
    if w in FUTURE_CUES:
        return "future"
    if (w, nxt) in {("set", "to"), ("going", "to"), ("due", "to")}:
        return "future"
    if w == "be" and prev == "to" and (nxt in PAST_CUES or nxt.endswith("ed")):
        return "future"  # "to be held", "to be signed"
    if prev in ("be", "being", "been"):
        return None  # a passive participle says nothing about tense ("will be held")
    if w in PAST_CUES or w in REPORTING_PAST:
        return "past"
    if w.endswith("ed") and len(w) > 4 and w.isalpha() and w not in NOT_PAST_ED:
        return "past"
    return None


def sentence_tense(span: Span) -> Optional[str]:
    """The tense of the nearest cue word before the span in its sentence (else after it):
    "future" for will, shall, next, upcoming, scheduled, "set to", "to be held" ...; "past"
    for said, was, told, a verb in -ed ...; None when the sentence has neither (a bare
    weekday then counts as past; a yearless date takes the normaliser's neutral window)."""
    try:
        sent = span.sent
    except ValueError:  # no sentence boundaries
        sent = span.doc[max(0, span.start - 25): min(len(span.doc), span.end + 25)]
    words = [t.lower_ for t in sent]
    first, last = span.start - sent.start, span.end - sent.start
    for i in range(first - 1, -1, -1):
        cue = _cue(words, i)
        if cue:
            return cue
    for i in range(last, len(words)):
        cue = _cue(words, i)
        if cue:
            return cue
    return None


def _is_num(token: Token) -> bool:
    return any(c.isdigit() for c in token.text)


class DateRecognizer(RuleComponent):
    """Finds date expressions and puts them, normalised, on ``doc.spans[SPANS_DATES]``."""

    def __init__(self, nlp: Language, name: str, *, patterns_dir: Optional[str] = None):
        super().__init__(nlp, name, patterns_dir=patterns_dir, pattern_files=PATTERN_FILES)

    # -- guards --------------------------------------------------------------------------
    def _trim(self, span: Span) -> Span:
        """The span without leading prepositions and trailing punctuation."""
        start, end = span.start, span.end
        while start < end - 1 and span.doc[start].lower_ in LEADING:
            start += 1
        while end > start + 1 and span.doc[end - 1].is_punct:
            end -= 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(span.doc, start, end, label=span.label_, span_id=span.id_)

    def _allowed(self, span: Span) -> bool:
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        before2 = doc[span.start - 2] if span.start > 1 else None
        after = doc[span.end] if span.end < len(doc) else None
        after2 = doc[span.end + 1] if span.end + 1 < len(doc) else None
        meta = self.patterns.meta(span.id_)
        # glued into a longer number: phone numbers, codes ("03-2020-1234", "2020/123")
        if before is not None and before.text in _DASHES | {"/", ".", ":"} and not before.whitespace_ \
                and before2 is not None and _is_num(before2) and not before2.whitespace_:
            return False
        if after is not None and after.text in _DASHES | {"/", ".", ":"} and not span[-1].whitespace_ \
                and not after.whitespace_ and after2 is not None and _is_num(after2):
            return False
        if after is not None and after.text in {"%", "°"}:
            return False
        if meta.get("guard") == "year":
            if before is not None and (before.lower_ in YEAR_BLOCKERS or _is_num(before)
                                       or before.text.endswith("$")):
                return False
            if after is not None and (after.lower_ in YEAR_COUNTED or _is_num(after)):
                return False
        if meta.get("guard") == "iso":
            # the article's own "date 2025-05-30" line is metadata, not a date of the story
            if before is not None and before.lower_ == "date" and before.i == 0:
                return False
        return True

    # -- main ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        candidates: List[Span] = []
        for match in self.patterns.match(doc):
            span = self._trim(match)
            if not self._allowed(span):
                continue
            tense = sentence_tense(span)
            # the words trimmed off the front still tell the normaliser something ("between")
            value = normalise(doc[match.start:span.end].text, published, tense=tense)
            if value is None:
                continue
            span._.nf_date = value.as_dict()
            candidates.append(span)
        kept = filter_spans(candidates)
        doc.spans[settings.SPANS_DATES] = sorted(kept, key=lambda s: (s.start, s.end))
        return doc


@Language.factory("newsfacts_dates", default_config={"patterns_dir": None})
def make_date_recognizer(nlp: Language, name: str, patterns_dir):
    return DateRecognizer(nlp, name, patterns_dir=patterns_dir)
