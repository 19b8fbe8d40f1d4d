"""Hijri dates written beside their Gregorian day: "5 Shaban 1443 AH corresponding to
March 08, 2022", "Rajab 10, 1443, February 11, 2022", "March 13, 2024 (Ramadan 3, 1445)".

The month names are ``HIJRI_MONTH_1`` .. ``HIJRI_MONTH_12`` of ``patterns/date_words.jsonl``.
A Hijri date takes the value of the Gregorian day written right before or after it, when the
tabular calendar puts the two within two days of each other; alone it gets none (official
Hijri calendars and the tabular one differ by a day or two). A Hijri year alone ("1447 AH")
is no calendar year.
"""
from __future__ import annotations

import re
from typing import Dict, Iterable, List, Optional

from spacy.tokens import Doc, Span

from ..normalisation.hijri import agrees
from .dates import date_words
from .extensions import set_span_value, span_value


def _key(name: str) -> str:
    return re.sub(r"[-\s]+", " ", name.lower().replace("\u2019", "").replace("'", "")).strip()


#: A month's name as written (lowercase, no apostrophe, one space between words) -> its number.
MONTH_NUMBERS: Dict[str, int] = {_key(name): n for n in range(1, 13) for name in date_words(f"HIJRI_MONTH_{n}")}
#: Any month's name, case-insensitive, with a space or a hyphen between words, ' optional.
MONTH = r"(?i:" + "|".join(
    r"['\u2019]?".join(r"[ \-]".join(re.escape(word) for word in part.split(" ")) for part in name.split("'"))
    for name in sorted({n for names in (date_words(f"HIJRI_MONTH_{m}") for m in range(1, 13)) for n in names},
                       key=len, reverse=True)) + r")"
#: A Hijri date with its year: "5 Shaban 1443 AH", "Rajab 10, 1443", "12th Dhul Hijjah 1446H".
DATE = re.compile(
    r"\b(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m1>" + MONTH + r")"
    r"|(?P<m2>" + MONTH + r")[ \t]+(?P<d2>\d{1,2}),?)[ \t]+(?P<y>1[34]\d\d)(?:[ \t]*(?:AH|A\.H\.|H)\b)?")
#: What may stand between a Hijri date and its Gregorian day.
BETWEEN = re.compile(r"[ \t]*(?:[,(/\u2013\u2014-][ \t]*)?(?:corresponding[ \t]+to[ \t]+|which[ \t]+corresponds[ \t]+to[ \t]+)?")
_YEAR_HINT = re.compile(r"\b1[34]\d\d\b")


def hijri_spans(doc: Doc, text: str, kept: Iterable[Span], taken: set) -> List[Span]:
    """Spans (``date.hijri``) of the Hijri dates of ``text`` that a kept Gregorian day stands
    right beside, with that day's value; ``taken``: token indices already in a date."""
    if not _YEAR_HINT.search(text):
        return []
    days = {}
    for span in kept:
        value = span_value(span, "nf_date")
        if value and value["start"] == value["end"] and len(value["start"]) == 10:
            days[span.start_char] = days[span.end_char] = (span, value)
    found = []
    for match in DATE.finditer(text):
        value = _beside(text, match, days)
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand") if value else None
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        span = Span(doc, span.start, span.end, label="DATE", span_id="date.hijri")
        set_span_value(span, "nf_date", dict(value))
        taken.update(range(span.start, span.end))
        found.append(span)
    return found


def _beside(text: str, match: re.Match, days: dict) -> Optional[dict]:
    """The value of the Gregorian day written right after (or right before) the match, when
    the Hijri date agrees with it."""
    month = MONTH_NUMBERS.get(_key(match.group("m1") or match.group("m2")))
    day, year = int(match.group("d1") or match.group("d2")), int(match.group("y"))
    after = BETWEEN.match(text, match.end()).end()
    before = len(text[:match.start()].rstrip(" \t,(/\u2013\u2014-"))
    for at in (after, before):
        pair = days.get(at)
        if pair is not None and month and agrees(year, month, day, pair[1]["start"]):
            return pair[1]
    return None
