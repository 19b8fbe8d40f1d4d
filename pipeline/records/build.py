"""From a processed Doc to the article record: the ``newsfacts_records`` component.

Recognition components leave spans with normalised values (``Span._.nf_<kind>``); here
mentions of the same fact are merged into one entry, events are linked (``linking``) and
the pydantic :class:`Article` is put on ``Doc._.newsfacts``.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from typing import Callable, Dict, FrozenSet, Hashable, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..linking.cues import after_occasion, same_day_shift
from ..linking.events import DAY_WORD, SIGNING, attribute_sources, link_events, refers_back
from ..linking.retold import (ceremony_counts, described, merge_bare_journeys, merge_described_sittings, merge_first_journeys,
                              merge_numbered_descriptions, merge_place_labels, merge_retold, merge_shorter_names, without_journey_stops,
                              without_journeys_told_again)
from ..linking.words import EVENT_WORDS_FILE, LINKING_WORDS_FILE, link_words
from ..normalisation.spacing import SpacingMap, remap_record
from ..recognition.base import RuleComponent
from ..recognition.events import NAMED_SUFFIX
from ..recognition.extensions import doc_value, span_value
from ..recognition.lexicon import lower_words, spans_in, token_ids, token_indices, token_texts
from ..recognition.names import POSSESSIVES, release_sentences
from ..recognition.phrases import doc_text, sent_of, text_of, tokenised_text
from ..normalisation.places import strip_accents
from ..recognition.wordclasses import word_classes_of
from .models import Article, Dateline, Event


def mention(span: Span, raw: Optional[str] = None) -> Dict[str, object]:
    """The fields of the :class:`Mention` of a span, for the ``mentions`` of a fact's model,
    which validates the whole list into Mentions in one call (mentions are the most numerous
    records: a Mention made in Python for each costs some 2 us more); ``raw``: the doc's text
    (:func:`.doc_text`), sliced instead of joining the span's tokens again."""
    start, end = span.start_char, span.end_char
    return {"start": start, "end": end, "text": span.text if raw is None else raw[start:end],
            "rule": span.id_ or span.label_}


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


def _venue_name(value: dict, spans: List[Span]) -> Optional[str]:
    """A venue's name as its first mention writes it; a country's (no city) in its fullest written
    form, as an official's name is: a headline's "Iraq" or "NZ" gives way to the body's "the
    Republic of Iraq" or "New Zealand" (the most letters; the first of equals)."""
    name = value.get("name")
    if value.get("city") or len(spans) < 2:
        return name
    names = [span_value(s, "nf_venue").get("name") or "" for s in spans]
    return max([name or ""] + names, key=lambda n: sum(c.isalpha() for c in n)) or name


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

    # (the facts as their models' fields: :class:`Article` validates them all in one call)
    officials = [
        dict(
            name=value["name"], title=value.get("title"), honorifics=value.get("honorifics", []),
            country=value.get("country"), mentions=[mention(s, raw) for s in spans],
        )
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_OFFICIALS), "nf_official", lambda v, s: v["name"].lower()
        )
    ]
    instruments = [
        dict(
            name=value["name"], kind=value.get("kind", "other"), start=value.get("start"),
            end=value.get("end"), mentions=[mention(s, raw) for s in spans],
        )
        for value, spans in group_spans(
            # editions of one name with their own periods are instruments of their own
            _spans(doc, settings.SPANS_INSTRUMENTS), "nf_instrument", lambda v, s: (v["name"].lower(), v.get("start"), v.get("end"))
        )
    ]
    dates = [
        dict(text=text_of(doc, spans[0].start, spans[0].end), start=value["start"], end=value["end"],
             mentions=[mention(s, raw) for s in spans])
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_DATES), "nf_date",
            # "24 October 2018" and "24 OCTOBER 2018" are one expression
            lambda v, s: (text_of(doc, s.start, s.end).casefold(), v["start"], v["end"]),
        )
    ]
    venues = [
        dict(name=_venue_name(value, spans), city=value.get("city"), country=value.get("country"),
             mentions=[mention(s, raw) for s in spans])
        for value, spans in group_spans(
            _spans(doc, settings.SPANS_VENUES), "nf_venue",
            # "Vientiane, Laos" and "Vientiane" are one venue; a building is its own; a country
            # is one whatever its spelling ("the Republic of Guinea-Bissau", "Guinea-Bissau") and
            # whatever rule found it ("visited the US", "the US visit", "the US will host"); a name
            # written with and without its accents is one ("Malacañang", "Malacanang")
            lambda v, s: ("" if (s.id_ == "venue.country" or v.get("place_kind") == "country") and not v.get("city")
                          else strip_accents((v.get("name") or v.get("city") or "").split(",")[0].strip().lower()), v.get("country")),
        )
        # ("in Nassau in the Bahamas": a country that only locates a town is the town's, no venue)
        if not all(span_value(s, "nf_venue").get("locates_town") for s in spans)
    ]
    # (the dateline's own date tells when the story was filed, not when an event is)
    dateline_end = doc_value(doc, "dateline_end") or 0
    stated = _sentences_with(doc, settings.SPANS_VENUES, settings.SPANS_UNANCHORED_DATES) | {
        sent_of(s).start for s in _spans(doc, settings.SPANS_DATES) if s.start_char >= dateline_end}
    stated |= _dateline_sentence(doc, dateline_end) | _same_day_sentences(doc, words)
    # "is in Fiji on a two-day visit", "a mission to Nairobi": a place gone to or stayed in
    # (not "the Ambassador to Greece X": a place inside an official's title is no place gone to)
    titled = _official_tokens(doc)
    stated |= {sent_of(s).start for s in _spans(doc, settings.SPANS_PLACES) if _destination(s) and s.start not in titled}
    named = _sentences_with(doc, settings.SPANS_EVENTS)
    events = merge_retold([e for e in link_events(doc, words) if _told(doc, e, stated, named, words)], words,
                          tokenised_text(doc))
    events = merge_bare_journeys(merge_described_sittings(merge_numbered_descriptions(events, words), words), words,
                                 doc_value(doc, "published"))
    published = doc_value(doc, "published")
    events = merge_first_journeys(events, words, tokenised_text(doc), published)
    events = merge_place_labels(merge_shorter_names(events, words), words)
    buildings = [s for s in _spans(doc, settings.SPANS_VENUES) if s.id_ == "venue.building"]
    events = without_journeys_told_again(events, words, doc_value(doc, "published"))
    events = without_journey_stops(events, buildings, _spans(doc, settings.SPANS_PLACES), words)
    events = [e for e in events if ceremony_counts(doc, e, words)]
    return Article(
        id=doc_value(doc, "nf_id") or "article", published=doc_value(doc, "published"), dateline=dateline,
        officials=officials, instruments=instruments, dates=dates, venues=venues, events=events,
        warnings=list(doc_value(doc, "nf_warnings") or []) + language_warnings(doc),
    )


NOT_ENGLISH = ("the text does not look like English (few English function words): newsfacts reads "
               "English press only, so most of its facts are likely missing from this record")


def language_warnings(doc: Doc) -> List[str]:
    """A warning when the article is not in English: the rules would find next to nothing and
    an empty record must not pass for an article without facts."""
    # (the flags of every token read from the doc's arrays, the alphabetic one read before by
    # the officials: no Python Token made per word)
    alphas = token_ids(doc, "IS_ALPHA")
    alpha = sum(alphas)
    if alpha < settings.LANGUAGE_CHECK_MIN_WORDS:
        return []
    stops = sum(compress(token_ids(doc, "IS_STOP"), alphas))
    return [NOT_ENGLISH] if stops < settings.MIN_ENGLISH_FUNCTION_WORD_SHARE * alpha else []


def _told(doc: Doc, event: Event, stated: set, named: set, words: Dict[str, FrozenSet[str]]) -> bool:
    """FACTS.md: a described event counts only when the text gives its date or its place: in
    its own words ("a mission to Nairobi"), in a sentence that names it, or in the next one when
    that one speaks of it again ("The talks took place at X.", "It ends on Friday.") and names
    no other event (a date or place told after it of something else tells nothing of it); a
    signing ceremony has the day and place the text gives the signing of its document; a
    named event always counts. ``stated``: the starts of the sentences that hold a date, a
    venue or a place gone to or stayed in; ``named``: those that name an event."""
    if not all(described(m.rule) for m in event.mentions) or any(m.rule.endswith(NAMED_SUFFIX) for m in event.mentions):
        return True
    if SIGNING.search(event.name) and (event.start or event.venue):
        return True  # "X and Y signed the accord in Accra on Tuesday. ... said at the signing ceremony."
    if event.start and attribute_sources(doc).get(event.name.lower(), {}).get("dates") == "dates.anaphor":
        return True  # ("held talks ... agreed at the talks on November 27": dated where the text retells it)
    for m in event.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return True
        if _named_destination(span, words):
            return True  # ("paid a working visit to the Port of Tema": its place, in its own words)
        sent = sent_of(span)
        # ("During the visit, she will hold talks with X": the talks are where the visit is, but
        # the place is the visit's, not given for them: with no day or place of their own they
        # are a part of the visit, no event (:func:`.events.during_journey` places them only))
        if sent.start in stated and not _placed_by_journey_only(doc, sent, event, words):
            return True
        # ("... will hold talks with X later in the day": the day told before, which it took)
        if event.start and same_day_shift(doc, _day_words(doc, sent), words) is not None:
            return True
        # ("The two leaders then held talks after the ceremony": the day of the occasion told before, which it took)
        if event.start and after_occasion(doc, sent, words) is not None:
            return True
        if _after_arrival(doc, event, sent, stated, words):
            return True
        if sent.end < len(doc) and sent.end in stated and sent.end not in named \
                and _speaks_of_again(sent_of(doc[sent.end:sent.end + 1]), words):
            return True
    return False


def _placed_by_journey_only(doc: Doc, sent: Span, event: Event, words: Dict[str, FrozenSet[str]]) -> bool:
    """ "X, during his visit to India, met the Minister of Y", "who is on a visit to Iraq, has met and
    held talks with the country's officials": a meeting with no date whose sentence places nothing
    but the journey it is part of (its only places stand inside a journey's mention, no date or
    venue of its own) is given no place of its own (ANNOTATORS.md 4; as "During the visit, she will
    hold talks with X"); the journey is the event. Not the journey itself, nor what a "where" after the
    journey places at its destination."""
    if event.start or any(w in words["TRAVEL_HEAD"] for w in event.name.lower().split()):
        return False
    lowers = lower_words(doc)
    journeys = [e for e in spans_in(doc, settings.SPANS_EVENTS) if sent.start <= e.start < sent.end
                and any(lowers[i] in words["TRAVEL_HEAD"] for i in range(e.start, e.end))]
    if not journeys or any(lowers[k] == "where" for e in journeys for k in range(e.end, min(e.end + 2, sent.end))):
        return False  # ("a working visit to Zambia, where both presidents held talks": placed there)
    inside = {i for e in journeys for i in range(e.start, e.end)}
    dateline_end = doc_value(doc, "dateline_end") or 0
    own = [s for key in (settings.SPANS_DATES, settings.SPANS_VENUES, settings.SPANS_PLACES) for s in spans_in(doc, key)
           if sent.start <= s.start < sent.end and s.start not in inside
           and (key != settings.SPANS_DATES or s.start_char >= dateline_end)
           and (key != settings.SPANS_PLACES or _destination(s))]
    return not own


def _named_destination(span: Span, words: Dict[str, FrozenSet[str]]) -> bool:
    """ "a working visit to the Port of Tema", "his three-day visit to the Mountain Kingdom": a
    journey's mention that ends on the place it goes to, named in capitals after "to" (and
    "the"), gives its place in its own words (FACTS.md) though no gazetteer knows the place;
    not "a visit to a State", "a visit to the region" (no name)."""
    lowers, texts = lower_words(span.doc), token_texts(span.doc)
    to = next((i for i in range(span.start, span.end - 1) if lowers[i] in words["TRAVEL_HEAD"] and lowers[i + 1] == "to"), None)
    if to is None:
        return False
    k = to + 2 + (to + 2 < span.end and lowers[to + 2] == "the")
    return k < span.end and all(texts[i][:1].isupper() or lowers[i] in ("of", "and") for i in range(k, span.end)) \
        and texts[span.end - 1][:1].isupper()


def _day_words(doc: Doc, sent: Span) -> List[int]:
    """The tokens "day" of a sentence (read from the doc's word list, no Token per word)."""
    lowers = lower_words(doc)
    return [i for i in range(sent.start, sent.end) if lowers[i] == "day"]


def _after_arrival(doc: Doc, event: Event, sent: Span, stated: set, words: Dict[str, FrozenSet[str]]) -> bool:
    """ "President X arrived in Suva on Sunday. She is on a three-day official visit at the
    invitation of ...": a journey (a ``TRAVEL_HEAD`` in its name) told right after a sentence of
    its paragraph that tells an arrival (``JOURNEY_BEGUN``) with a date or a place is the journey
    begun there, and has its date or place in its paragraph (FACTS.md)."""
    if sent.start == 0 or not set(event.name.lower().split()) & words["TRAVEL_HEAD"]:
        return False
    before = sent_of(doc[sent.start - 1])
    return before.start in stated and "\n" not in tokenised_text(doc)[before.end_char:sent.start_char] \
        and any(w in words["JOURNEY_BEGUN"] for w in lower_words(doc)[before.start:before.end])


def _speaks_of_again(sent: Span, words: Dict[str, FrozenSet[str]]) -> bool:
    """ "The talks took place at X", "During the visit, ...", "It ends on Friday": a sentence
    opening on a definite head noun or a pronoun goes on speaking of the event told before it."""
    first = next((t for t in sent if not t.is_space), None)
    if refers_back(sent, words) or first is not None and first.lower_ in words["PRONOUN"]:
        return True
    # "Hosted by X and Y, the meeting will take place ...": the same after a fronted phrase
    texts = token_texts(sent.doc)
    commas = [i for i in range(sent.start, sent.end) if texts[i] == ","][:MAX_FRONTED_COMMAS]
    return any(refers_back(sent.doc[i + 1:sent.end], words) for i in commas if i + 2 < sent.end)


#: How many commas a fronted phrase before a sentence's subject may hold ("Hosted by A, the chair
#: of B, and C, the meeting ...").
MAX_FRONTED_COMMAS = 4


def _same_day_sentences(doc: Doc, words: Dict[str, FrozenSet[str]]) -> set:
    """The starts of the sentences opened by words that tell their events on a day told before
    them ("Later in the day, ...", "On the same day, ...", "The following day, ...":
    :func:`.cues.same_day_shift`): the day is one the story tells, a day given by the text."""
    # only the words "day" are looked at (found in the doc's word index, not by a walk)
    return {sent_of(doc[i]).start for i in token_indices(doc, "LOWER", DAY_WORD)
            if i - sent_of(doc[i]).start < SAME_DAY_OPENING and same_day_shift(doc, [i], words) is not None}
#: How many words a sentence's opening phrase of the day has at most ("Later on the same day").
SAME_DAY_OPENING = 5


def _dateline_sentence(doc: Doc, dateline_end: int) -> set:
    """ "CAPE TOWN, 6 Nov - ... following a meeting between X and Y": the dateline tells where
    and when the lead sentence it opens was reported, so a described event in that sentence has
    its place (or day) given by the text, as the annotators read it."""
    if not dateline_end or not _spans(doc, settings.SPANS_DATELINE):
        return set()
    # the first word at or after its end (read from the doc's offsets, no Token per word before it)
    spaces = token_ids(doc, "IS_SPACE")
    first = bisect_left(token_ids(doc, "IDX"), dateline_end)
    while first < len(doc) and spaces[first]:
        first += 1
    return set() if first >= len(doc) else {sent_of(doc[first:first + 1]).start}


def _destination(place: Span) -> bool:
    """ "a mission to Nairobi", "a summit in Suva": a place an event goes to or is in, not the
    country of a person ("a meeting with Nepal's Foreign Minister")."""
    doc = place.doc
    return place.start > 0 and lower_words(doc)[place.start - 1] in ("to", "in") \
        and not (place.end < len(doc) and token_texts(doc)[place.end] in POSSESSIVES)


def _official_tokens(doc: Doc) -> set:
    """The tokens of officials' mentions ("U.S. Ambassador to Greece Geoffrey Pyatt", "Eva Poe,
    Charge d'Affaires at the Embassy in Bern"): a place in an office tells no event's place."""
    return {i for span in _spans(doc, settings.SPANS_OFFICIALS) for i in range(span.start, span.end)}


def _sentences_with(doc: Doc, *keys: str) -> set:
    """The starts of the sentences that hold a span of one of the groups ``keys``."""
    return {sent_of(s).start for key in keys for s in _spans(doc, key)}


class RecordBuilder(RuleComponent):
    """Puts the record on ``Doc._.newsfacts``; its rule files are the word classes linking
    consults, read from ``patterns_dir`` and saved with the pipeline like every component's."""

    data_files = (LINKING_WORDS_FILE, EVENT_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        # (plural heads, "meetings", tell several occasions: never one told twice)
        plural = word_classes_of(self.rules[EVENT_WORDS_FILE], EVENT_WORDS_FILE, required=("PLURAL_HEAD",))
        self.words = {**link_words(self.rules), "PLURAL_HEAD": plural["PLURAL_HEAD"]}

    def annotate(self, doc: Doc) -> Doc:
        article = build_article(doc, self.words)
        spaced = doc.user_data.get(settings.SPACING)  # offsets back into the text as written
        doc._.newsfacts = article if spaced is None else remap_record(article, spaced[0], SpacingMap(*spaced[1:]))
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
