"""The dateline that opens a story ("KUALA LUMPUR:", "MELAKA, Sept 9 (Bernama) --") and the
leading ``date YYYY-MM-DD`` line of our text files.

A dateline is a layout fact, not a phrase: it is read with one regular expression at the
start of one of the first lines, and only kept when the place is in the gazetteer (the
component's own rule files: ``places/*.jsonl`` of its ``patterns_dir``, as the places component).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.places import Gazetteer, lookup_place
from .base import RuleComponent
from .places import gazetteer_rule_files

#: ``date 2025-05-30`` on the first line: the publication date of the reference articles.
DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"  # "Nov.", "NOVEMBER", "15 JUL"
          r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)(?:[a-z]*|[A-Z]*)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    r"(?:" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+\d{4})?"      # Sept 25, June 4, 2025
    r"|" + _DAY + r"\s+" + _MONTH + r"(?:,?\s+\d{4})?"      # 12 February 2025, 14th January, 2025
    r"|\d{1,2}(?P<sep>[./])\d{1,2}(?P=sep)\d{4})"            # 18.09.2025, 18/09/2025
)
_DATELINE_BODY = (
    # letters of any script ("MALÉ", "REYKJAVÍK", "ASUNCIÓN"), apostrophes, dots, hyphens, spaces
    r"[ \t]*(?P<place>[A-Z\u00C0-\u00DE](?:[^\W\d_]|['\u2019.\- ]){1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)?\.?(?:\s[A-Z][A-Za-z]+)?)(?=\s*(?:,|\u2014|\u2013|--|-\s|:|\()))?"  # ", Mich.", ", Ethiopia,", ", Timor-Leste"
    r"(?:\s*,?\s*(?P<open>\()?(?P<date>" + _DATE + r")(?(open)\)))?"  # "SUVA, Fiji (29 October 2025) –"
    r"\s*(?:\((?P<agency>[A-Za-z .]{2,30})\)|/[A-Z]{2,20}/|[,.]\s*(?P<wire>[A-Z]{2,12})(?=\s*(?:--|-|\u2014|\u2013|\.\s)))?"  # "..., ARMENPRESS."
    r"\s*,?\s*"
    # a full stop ends a dateline only after its date: "Mexico City, February 14, 2025. The ..."
    r"(?::|--|\u2014|\u2013|\u2015|-(?=\s)|/|(?(date)\.(?=\s)|(?!)))"
)
DATELINE = re.compile("^" + _DATELINE_BODY, re.MULTILINE)
#: The same, anchored where the ``date`` header line ends.
DATELINE_AFTER_HEADER = re.compile(_DATELINE_BODY)
#: How far into the text a dateline may start (headlines and bylines may come first).
DATELINE_WINDOW = 1200
#: Tokens read for the header and the dateline (comfortably more than DATELINE_WINDOW chars).
HEAD_TOKENS = 600


def find_dateline(text: str, lookup=lookup_place):
    """(start, end, PlaceInfo, end of the whole dateline) of the dateline place, or None;
    ``lookup`` names a place (default: the packaged gazetteer)."""
    header = DATE_LINE.match(text)
    offset = header.end() if header else 0
    if header:
        # "date 2025-05-30 KUALA LUMPUR: ..." -- the dateline may follow on the same line
        offset += len(text[offset:]) - len(text[offset:].lstrip(" \t"))
    window = min(len(text), offset + DATELINE_WINDOW)
    first = DATELINE_AFTER_HEADER.match(text, offset, window) if header else None
    matches = ([first] if first else []) + list(DATELINE.finditer(text, offset, window))
    for match in matches:
        raw = match.group("place").strip()
        info = lookup(raw)
        if info is None or info.kind not in ("city", "country", "region"):
            continue
        start = match.start("place") + match.group("place").index(raw)
        return start, start + len(raw), info, match.end()
    return None


class DatelineRecognizer(RuleComponent):
    cached_state = ("gazetteer",)

    def rule_files(self, folder):
        return gazetteer_rule_files(folder)

    def compile(self) -> None:
        # the place look-up of the gazetteer files (not matched: a dateline is read by regex)
        self.gazetteer = Gazetteer(dict(e.meta, pattern=e.pattern) for name in self.rules
                                   for e in self.rules[name] if isinstance(e.pattern, str))

    def annotate(self, doc: Doc) -> Doc:
        # only the opening lines matter: joining a whole long article's tokens costs more
        text = doc.user_data.get(settings.RAW_TEXT)
        if not isinstance(text, str) or not len(doc) or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
            text = doc[:HEAD_TOKENS].text  # a doc made without api.make_doc
        header = DATE_LINE.match(text)
        if header:
            doc._.body_start = header.end()
            if not doc._.published:
                doc._.published = header.group(1)
        spans = []
        found = find_dateline(text, self.gazetteer.lookup)
        if found:
            start, end, info, doc._.dateline_end = found
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                span = Span(doc, span.start, span.end, label="DATELINE", span_id="dateline.place")
                written = span.text.title() if span.text.isupper() else span.text
                # the name as written ("NEW YORK" -> "New York"), unless it is an abbreviation ("KL")
                name = written if info.kind != "country" and len(written) > 3 else (info.city or info.name)
                span._.nf_dateline = {"name": name, "country": info.country}
                spans.append(span)
        doc.spans[settings.SPANS_DATELINE] = spans
        return doc


@Language.factory(
    "newsfacts_dateline", default_config={"patterns_dir": None},
    assigns=["doc._.published", "doc._.body_start", "doc._.dateline_end", "span._.nf_dateline"],
)
def make_dateline_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return DatelineRecognizer(nlp, name, patterns_dir=patterns_dir)
