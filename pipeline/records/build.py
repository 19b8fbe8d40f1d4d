"""From a processed Doc to the article record: the ``newsfacts_records`` component.

Recognition components leave spans with normalised values (``Span._.nf_<kind>``); here
mentions of the same fact are merged into one entry, events are linked (``linking``) and
the pydantic :class:`Article` is put on ``Doc._.newsfacts``.
"""
from __future__ import annotations

from typing import Callable, Dict, FrozenSet, Hashable, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..linking.events import link_events
from ..linking.words import EVENT_WORDS_FILE, LINKING_WORDS_FILE, link_words
from ..recognition.base import RuleComponent
from ..recognition.phrases import doc_text
from .models import Article, DateFact, Dateline, Instrument, Mention, Official, Venue


def mention(span: Span, raw: Optional[str] = None) -> Mention:
    """The mention of a span; ``raw``: the doc's text (:func:`.doc_text`), sliced instead of
    joining the span's tokens again. Validated: pydantic's validation in Rust is cheaper
    than ``model_construct`` in Python, and mentions are the most numerous records."""
    start, end = span.start_char, span.end_char
    return Mention(start=start, end=end, text=span.text if raw is None else raw[start:end],
                   rule=span.id_ or span.label_)


def group_spans(
    spans, attr: str, key: Callable[[dict, Span], Hashable]
) -> List[Tuple[dict, List[Span]]]:
    """Spans with the same fact key merged, in order of first mention."""
    groups: Dict[Hashable, Tuple[dict, List[Span]]] = {}
    for span in sorted(spans, key=lambda s: (s.start_char, s.end_char)):
        value = getattr(span._, attr)
        if not value:
            continue
        k = key(value, span)
        if k in groups:
            groups[k][1].append(span)
        else:
            groups[k] = (value, [span])
    return list(groups.values())


def _spans(doc: Doc, key: str):
    """The spans of a group that lie in the story (not in a ``date`` header line)."""
    if key not in doc.spans:
        return []
    body_start = doc._.body_start or 0
    return [span for span in doc.spans[key] if span.start_char >= body_start]


def build_article(doc: Doc, words: Dict[str, FrozenSet[str]]) -> Article:
    """The record of a processed doc; ``words``: the linking word classes (:func:`.link_words`)."""
    raw = doc_text(doc)
    dateline = None
    for span in _spans(doc, settings.SPANS_DATELINE):
        if span._.nf_dateline:
            dateline = Dateline(**span._.nf_dateline)
            break

    officials = [
        Official(
            name=value["name"], title=value.get("title"), honorifics=value.get("honorifics", []),
            country=value.get("country"), mentions=[mention(s, raw) for s in spans],
        )
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_OFFICIALS), "nf_official", lambda v, s: v["name"].lower()
        )
    ]
    instruments = [
        Instrument(
            name=value["name"], kind=value.get("kind", "other"), start=value.get("start"),
            end=value.get("end"), mentions=[mention(s, raw) for s in spans],
        )
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_INSTRUMENTS), "nf_instrument", lambda v, s: v["name"].lower()
        )
    ]
    dates = [
        DateFact(text=spans[0].text, start=value["start"], end=value["end"],
                 mentions=[mention(s, raw) for s in spans])
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_DATES), "nf_date",
            # "24 October 2018" and "24 OCTOBER 2018" are one expression
            lambda v, s: (s.text.casefold(), v["start"], v["end"]),
        )
    ]
    venues = [
        Venue(name=value.get("name"), city=value.get("city"), country=value.get("country"),
              mentions=[mention(s, raw) for s in spans])
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_VENUES), "nf_venue",
            # "Vientiane, Laos" and "Vientiane" are one venue; a building is its own
            lambda v, s: ((v.get("name") or v.get("city") or "").split(",")[0].strip().lower(), v.get("country")),
        )
    ]
    events = link_events(doc, words)
    return Article(
        id=doc._.nf_id or "article", published=doc._.published, dateline=dateline,
        officials=officials, instruments=instruments, dates=dates, venues=venues, events=events,
        warnings=list(doc._.nf_warnings or []),
    )


class RecordBuilder(RuleComponent):
    """Puts the record on ``Doc._.newsfacts``; its rule files are the word classes linking
    consults, read from ``patterns_dir`` and saved with the pipeline like every component's."""

    data_files = (LINKING_WORDS_FILE, EVENT_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        self.words = link_words(self.rules)

    def annotate(self, doc: Doc) -> Doc:
        doc._.newsfacts = build_article(doc, self.words)
        return doc


@Language.factory(
    "newsfacts_records", default_config={"patterns_dir": None},
    requires=["doc._.published", "doc._.body_start", "doc._.dateline_end", "doc._.acronyms",
              "span._.nf_dateline", "span._.nf_date", "span._.nf_official", "span._.nf_instrument",
              "span._.nf_event", "span._.nf_venue"],
    assigns=["doc._.newsfacts"],
)
def make_record_builder(nlp: Language, name: str, patterns_dir: Optional[str]):
    return RecordBuilder(nlp, name, patterns_dir=patterns_dir)
