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
from ..recognition.extensions import doc_value, span_value
from ..recognition.lexicon import spans_in
from ..recognition.names import POSSESSIVES, release_sentences
from ..recognition.phrases import doc_text, sent_of, text_of
from .models import Article, DateFact, Dateline, Event, Instrument, Mention, Official, Venue


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
        value = span_value(span, attr)
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
    body_start = doc_value(doc, "body_start") or 0
    return [span for span in spans_in(doc, key) if span.start_char >= body_start]


def build_article(doc: Doc, words: Dict[str, FrozenSet[str]]) -> Article:
    """The record of a processed doc; ``words``: the linking word classes (:func:`.link_words`)."""
    raw = doc_text(doc)
    dateline = None
    for span in _spans(doc, settings.SPANS_DATELINE):
        if span_value(span, "nf_dateline"):
            dateline = Dateline(**span_value(span, "nf_dateline"))
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
            # editions of one name with their own periods are instruments of their own
            _spans(doc, settings.SPANS_INSTRUMENTS), "nf_instrument", lambda v, s: (v["name"].lower(), v.get("start"), v.get("end"))
        )
    ]
    dates = [
        DateFact(text=text_of(doc, spans[0].start, spans[0].end), start=value["start"], end=value["end"],
                 mentions=[mention(s, raw) for s in spans])
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_DATES), "nf_date",
            # "24 October 2018" and "24 OCTOBER 2018" are one expression
            lambda v, s: (text_of(doc, s.start, s.end).casefold(), v["start"], v["end"]),
        )
    ]
    venues = [
        Venue(name=value.get("name"), city=value.get("city"), country=value.get("country"),
              mentions=[mention(s, raw) for s in spans])
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_VENUES), "nf_venue",
            # "Vientiane, Laos" and "Vientiane" are one venue; a building is its own; a country
            # is one whatever its spelling ("the Republic of Guinea-Bissau", "Guinea-Bissau")
            lambda v, s: ("" if s.id_ == "venue.country" and not v.get("city")
                          else (v.get("name") or v.get("city") or "").split(",")[0].strip().lower(), v.get("country")),
        )
    ]
    # (the dateline's own date tells when the story was filed, not when an event is)
    dateline_end = doc_value(doc, "dateline_end") or 0
    stated = _sentences_with(doc, settings.SPANS_VENUES) | {
        sent_of(s).start for s in _spans(doc, settings.SPANS_DATES) if s.start_char >= dateline_end}
    named = _sentences_with(doc, settings.SPANS_EVENTS)
    places = {s.start for s in _spans(doc, settings.SPANS_PLACES) if _destination(s)}
    events = [e for e in link_events(doc, words) if _told(doc, e, stated, named, places)]
    return Article(
        id=doc_value(doc, "nf_id") or "article", published=doc_value(doc, "published"), dateline=dateline,
        officials=officials, instruments=instruments, dates=dates, venues=venues, events=events,
        warnings=list(doc_value(doc, "nf_warnings") or []),
    )


def _descriptive(rule: str) -> bool:
    """Whether a mention's rule found a described event ("talks with X", "a visit to Y"),
    not a named or numbered one (ids in ``patterns/events.jsonl``)."""
    return rule.startswith("event.lower") and not rule.endswith(".numbered")


def _told(doc: Doc, event: Event, stated: set, named: set, places: set) -> bool:
    """FACTS.md: a described event counts only when the text gives its date or its place: in
    its own words ("a mission to Nairobi"), in a sentence that names it, or in the next one if
    that names no other event (a place carried from another event's sentence tells nothing of
    it); a named event always counts. ``stated``: the starts of the sentences that hold a date
    or a venue; ``named``: those that name an event; ``places``: the first tokens of the places events go to."""
    if not all(_descriptive(m.rule) for m in event.mentions):
        return True
    for m in event.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return True
        sent = sent_of(span)
        if places.intersection(range(span.start, span.end)) or sent.start in stated or sent.end < len(doc) and sent.end in stated and sent.end not in named:
            return True
    return False


def _destination(place: Span) -> bool:
    """ "a mission to Nairobi", "a summit in Suva": a place an event goes to or is in, not the
    country of a person ("a meeting with Nepal's Foreign Minister")."""
    doc = place.doc
    return place.start > 0 and doc[place.start - 1].lower_ in ("to", "in") \
        and not (place.end < len(doc) and doc[place.end].text in POSSESSIVES)


def _sentences_with(doc: Doc, *keys: str) -> set:
    """The starts of the sentences that hold a span of one of the groups ``keys``."""
    return {sent_of(s).start for key in keys for s in _spans(doc, key)}


class RecordBuilder(RuleComponent):
    """Puts the record on ``Doc._.newsfacts``; its rule files are the word classes linking
    consults, read from ``patterns_dir`` and saved with the pipeline like every component's."""

    data_files = (LINKING_WORDS_FILE, EVENT_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        self.words = link_words(self.rules)

    def annotate(self, doc: Doc) -> Doc:
        doc._.newsfacts = build_article(doc, self.words)
        release_sentences(doc)  # no Span left in user_data: no doc <-> span cycle
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
