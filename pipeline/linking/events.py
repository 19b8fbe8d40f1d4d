"""Linking stage: each event tied to its dates, venue, officials and instruments.

What the text around an event says, in order of strength: a date or venue in the same
sentence as one of the event's mentions (nearest first, the one after it preferred: "the
summit will be held in Geneva on June 15-16"); then the sentences after it in the same
paragraph, up to the first that names another event ("The 5th X Forum was announced today.
The meeting will take place on 3 May in Suva."); a country made precise by a town of it
named there ("will be held in Malaysia ... welcoming all members to Putrajaya"). Officials
and instruments come from the sentences that name the event, which do not change when a
later sentence names it again. Nothing is invented when the text does not say: fields stay
null.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date as _date, timedelta
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from spacy.tokens import Doc, Span

from .. import settings
from ..recognition.dates import date_token_class, sentence_tense
from ..recognition.events import DESTINATION_SUFFIX, NEXT_ACRONYM_RULE
from ..recognition.extensions import doc_value, span_value
from ..recognition.lengths import length_at
from ..recognition.names import HYPHENS
from ..recognition.lexicon import lower_words, spans_in, token_ids, token_indices, token_texts
from ..recognition.phrases import doc_text, sent_of, sentences, text_of
from ..normalisation.events import event_ordinal, word_ordinal
from ..records.models import Event, Place
from .headline_calls import name_by_headline_call
from .retold import other_bodies
from .cues import CLOCK_TIME, CLAUSE_BREAKS, CUE_AFTER, add_days, after_occasion, clause_cue, duration_days, periods_meet, phase, same_day_shift


def _group(doc: Doc, key: str) -> List[Span]:
    return list(spans_in(doc, key))


def _by_sentence(spans: List[Span]) -> Dict[int, List[Span]]:
    out: Dict[int, List[Span]] = {}
    for span in spans:
        out.setdefault(sent_of(span).start, []).append(span)
    return out


def _nearest(mention: Span, candidates: List[Span], before: int = 1) -> Optional[Span]:
    """The candidate closest to the mention, ties going to the one after it; a candidate before
    the mention counts ``before`` times as far (a date follows its event far more often than
    it leads it: "X on 3 May", "at the summit on 12 May and a visit from 11 to 17 May")."""
    if not candidates:
        return None

    def distance(span: Span):
        if span.start >= mention.end:
            return (span.start - mention.end, 0)
        return (before * (mention.start - span.end), 1)

    return min(candidates, key=distance)


def _read_anaphors(text: _Text) -> None:
    """ "The OIC has prepared an extraordinary meeting of its Executive Committee ... / Hosted by
    Saudi Arabia, the meeting will take place tomorrow in Jeddah": a later "the <head noun>",
    outside any event's name, refers back to the nearest event named before it with that noun;
    the noun may carry the event's length ("In the two-day meeting, ..."), and a journey is
    named again by any word of journey ("a state visit to Britain ... will make the trip from
    3 to 5 June")."""
    doc, heads, travel = text.doc, text.words["HEAD_NOUN"], text.words["TRAVEL_HEAD"]
    named: Dict[str, List[Tuple[int, str]]] = {}  # head noun -> (end of a mention, its event), in text order
    gatherings = text.words["GATHERING_HEAD"]
    for span in text.events:
        words = _name_words(span_value(span, "nf_event")["name"], {})
        # (GATHERING_NOUN: any gathering, which a bare "the meeting" may name: "Namibia will host
        # the 5th Session of the X Commission. [...] / The meeting will take place in Windhoek")
        for word in words & heads | ({TRAVEL_NOUN} if words & travel else set()) \
                | ({GATHERING_NOUN} if words & gatherings else set()):
            named.setdefault(word, []).append((span.end, text.owner[(span.start, span.end)]))
    if not named:
        return  # no event named by a head noun: no "the <noun>" can refer back to one
    for entries in named.values():
        entries.sort()
    lowers, texts = lower_words(doc), token_texts(doc)  # the words, not a Token made for each
    lower = token_ids(doc, "IS_LOWER")
    # "the Qingdao summit": a town between the article and the head says where, not which
    towns = {p.start: p.end for p in spans_in(doc, settings.SPANS_PLACES)
             if (span_value(p, "nf_place") or {}).get("kind") == "city"}
    # ... and so does a day ("the Tuesday gathering opened in Iquitos": the gathering named before)
    days = {d.start: d.end for d in spans_in(doc, settings.SPANS_DATES)}
    # (only the words "the" are looked at: found in the doc's word index, not by a walk)
    for i in token_indices(doc, "LOWER", ARTICLE_THE):
        if i == len(doc) - 1 or i in text.event_tokens:
            continue
        length = length_at(doc, i + 1, text.words["DURATION_UNIT"])
        n = i + 1 if length is None else length.end
        n = towns.get(n, n)
        # (a weekday is a day even when no publication date resolves it)
        dated = (n in days or n < len(doc) and date_token_class(texts[n]) == "WD") and length is None and n == i + 1
        n = days.get(n, n + 1 if dated else n)
        if n >= len(doc) or n in text.event_tokens or not (lower[n] or _capitalised_bare_head(doc, i, n, heads)):
            continue  # ("... the two-day" at the end)
        word = TRAVEL_NOUN if lowers[n] in travel else lowers[n] \
            if lowers[n] in heads or lowers[n] in text.words["GENERIC_GATHERING"] else None
        entries = named.get(word, [])
        at = bisect.bisect_right(entries, (i, "\uffff")) - 1
        if at < 0 and word in text.words["GENERIC_GATHERING"] and length is None and (n == i + 1 or dated):
            # a bare "the meeting" with no event of its noun before it names the gathering named
            # last before it (not one with its own complement: "the meeting of the cabinet")
            entries = named.get(GATHERING_NOUN, []) if not _complemented(doc, n) else []
            at = bisect.bisect_right(entries, (i, "\uffff")) - 1
            if at >= 0:
                text.generic_anaphors.add((i, n + 1))
        if at >= 0:
            text.anaphors.setdefault(entries[at][1], []).append(doc[i:n + 1])
    _read_modified_openers(text, named)


def _capitalised_bare_head(doc: Doc, i: int, n: int, heads: FrozenSet[str]) -> bool:
    """ "The Conference is being held in X", "the Meeting discussed ...": a head noun written
    with a capital right after "the", alone (no word of a name after it, no complement), names
    the event told before as "the conference" does (press releases capitalise it)."""
    if n != i + 1 or lower_words(doc)[n] not in heads or not doc[n].is_title:
        return False
    after = doc[n + 1] if n + 1 < len(doc) else None
    return after is None or not (after.is_title or after.is_upper or after.lower_ in ("of", "on", "for", "("))


def _read_modified_openers(text: _Text, named: Dict[str, List[Tuple[int, str]]]) -> None:
    """ "The 15th X Meeting opens in Bali ... / The face-to-face meeting is being held at the Y
    Hotel from 11 to 15 May": a sentence opening on "the", a few lowercase modifiers (hyphenated
    ones count as one) and a singular head noun refers back to the event named last before it
    with that noun, as a bare "the meeting" does; not one whose modifiers tell another edition or
    occasion ("The next meeting", "The previous meeting", "The preparatory meeting")."""
    doc, words = text.doc, text.words
    lowers = lower_words(doc)
    other = words["PAST_EDITION"] | words["NEXT_EDITION"] | words["OTHER_OCCASION_MODIFIER"]
    for sent in text.sentences:
        first = next((i for i in range(sent.start, sent.end) if not doc[i].is_space), None)
        if first is None or lowers[first] != "the" or length_at(doc, first + 1, words["DURATION_UNIT"]) is not None:
            continue
        modifiers, at = [], first + 1
        while at < sent.end and len(modifiers) <= REFER_MODIFIERS and lowers[at] not in named \
                and (lowers[at] in HYPHENS or _modifier_word(doc, at)):
            modifiers += [] if lowers[at] in HYPHENS else [lowers[at]]
            at += 1
        if at >= sent.end or lowers[at] not in named or not modifiers or at in text.event_tokens \
                or set(modifiers) & other:
            continue
        entries = named[lowers[at]]
        k = bisect.bisect_right(entries, (first, "\uffff")) - 1
        if k >= 0:
            text.anaphors.setdefault(entries[k][1], []).append(doc[first:at + 1])


def _modifier_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may be a lowercase modifier before a head noun ("face-to-face",
    "high-level", "bilateral"): a lowercase word that is no small word of the language ("of",
    "the", "at": "The timing of the visit" opens on no modifier), unless a hyphen joins it."""
    token = doc[i]
    if not (token.is_alpha and token.is_lower):
        return False
    hyphened = i > 0 and doc[i - 1].text in HYPHENS or i + 1 < len(doc) and doc[i + 1].text in HYPHENS
    return hyphened or not token.is_stop


def _complemented(doc: Doc, n: int) -> bool:
    """Whether the noun at ``n`` has a complement that says which occasion it is ("the meeting
    of the cabinet", "the meeting with the envoy", "the meeting between the two")."""
    return n + 1 < len(doc) and lower_words(doc)[n + 1] in _PARTY_WORDS | {"of"}


#: The article of an anaphor ("the meeting"), looked up in the doc's word index.
ARTICLE_THE = frozenset({"the"})
#: The noun of "on the same day", "on the opening day".
DAY_WORD = frozenset({"day"})
#: The key under which every word of journey ("visit", "trip", "tour") names one journey again.
TRAVEL_NOUN = "\x00travel"
#: The key under which every event named with a gathering's head (GATHERING_HEAD) is listed.
GATHERING_NOUN = "\x00gathering"


def _place_commas(doc: Doc, places: List[Span]) -> Set[int]:
    """The commas that belong to a place and end no clause: inside a place's span, between
    two places ("Perth, Australia") and closing such a pair ("left for Perth, Australia, on
    Monday"); not the comma after a lone place ("officials in Suva, it opens on 5 May")."""
    texts = token_texts(doc)
    starts, ends = {v.start for v in places}, {v.end for v in places}
    commas = {i for v in places for i in range(v.start, v.end) if texts[i] == ","}
    for v in places:
        if v.end < len(doc) and texts[v.end] == "," and (
                v.end + 1 in starts or v.start > 0 and texts[v.start - 1] == "," and v.start - 1 in ends):
            commas.add(v.end)
    return commas


def _told_of(text: _Text, key: str, anaphor: Span, group: Dict[int, List[Span]]) -> List[Span]:
    """The dates (or venues) of an anaphor's sentence that belong to it rather than to another
    event named there: the one whose mention holds it, else the nearest of them before it, else
    the nearest after (as :func:`_owners`)."""
    sent = sent_of(anaphor)
    told = [anaphor] + [e for e in text.events_by_sentence.get(sent.start, []) if text.owner.get((e.start, e.end)) != key]

    def owner(candidate: Span) -> Span:
        # a place inside an event's mention is that event's ("the trip, he will visit Sydney")
        inside = next((t for t in told if t.start <= candidate.start and candidate.end <= t.end), None)
        if inside is not None:
            return inside
        before = [t for t in told if t.end <= candidate.start]
        if before:
            return max(before, key=lambda t: t.end)
        return min(told, key=lambda t: t.start)

    told = [c for c in group.get(sent.start, []) if owner(c) is anaphor]
    if (anaphor.start, anaphor.end) in text.generic_anaphors:
        # a bare "the meeting" tells only what its own clause states: not a date or place after
        # another name ("The meeting concluded with MoUs to be signed at the Ministerial JMC
        # scheduled for 14 May")
        told = [c for c in told if not _other_name_between(text, anaphor.end, c.start)]
    return told


def _other_name_between(text: _Text, start: int, end: int) -> bool:
    """Whether a capitalised word that is no place, date or official stands between two positions."""
    doc = text.doc
    sent = sent_of(doc[start]).start
    named = text.named_tokens.get(sent)
    if named is None:
        # (and the places of the sentence: "in the northern Chilean city of Arica")
        s_end = sent_of(doc[start]).end
        places = [p for p in spans_in(doc, settings.SPANS_PLACES) if sent <= p.start < s_end]
        named = text.named_tokens[sent] = {k for group in (text.venues, text.dates, text.officials)
                                           for c in group.get(sent, []) for k in range(c.start, c.end)} \
            | {k for p in places for k in range(p.start, p.end)}
    return any(token_texts(doc)[k][:1].isupper() and k not in named for k in range(start, end))


def _this_edition(text: _Text, mentions: List[Span]) -> List[Span]:
    """The mentions that may tell the event's date and place: not one of an earlier edition
    ("The last Maritime Dialogue took place in Suva in 2022", "the previous meeting of the
    Committee") while another mention names the event itself. A bare head noun does not ("The
    previous round of consultations took place on 5 May 2019 ... The consultations were held in
    a cordial atmosphere"): the event named as the earlier edition keeps that mention's date."""
    current = [m for m in mentions if not _of_past_edition(text, m)]
    if len(current) < len(mentions) and all(_bare_head(m) for m in current):
        return mentions
    return current or mentions


def _bare_head(mention: Span) -> bool:
    """A mention that is its head noun alone ("the consultations", "talks"): it names no edition."""
    return len(mention) == 1 and mention.id_.startswith("event.lower")


def _of_past_edition(text: _Text, mention: Span) -> bool:
    """Whether a word of an earlier edition ("last", "previous") opens the mention, stands right
    before it, or qualifies the noun whose complement it is ("the previous meeting of the X
    Dialogue", "the last edition of X")."""
    doc, past = text.doc, text.words["PAST_EDITION"]
    start = max(sent_of(mention).start, mention.start - 1 - EDITION_NOUN_WORDS)
    lowers = lower_words(doc)
    before = lowers[start:mention.start]
    if lowers[mention.start] in past or (before and before[-1] in past):
        return True
    return len(before) > 1 and before[-1] == "of" and any(w in past for w in before[:-1])


#: How many words a noun of edition may have before the "of" of an event ("previous meeting of").
EDITION_NOUN_WORDS = 2


#: How far (characters) the venue of one event carries to the next event that names none, and
#: across how many paragraph breaks after the last mention of the event that stated it (three
#: paragraphs on, the story has moved on: "... arrived in Apia for the X Meeting. [two paragraphs
#: of the programme] / In addition, he will attend the Executive Session ...").
VENUE_CARRY_CHARS = 600
VENUE_CARRY_PARAGRAPHS = 2
#: How many sentences after a mention, within its paragraph, may still tell its date or venue.
FOLLOWING_SENTENCES = 2


#: What a story's first line ends on when it is a sentence of the story, not a headline.
HEADLINE_ENDS = frozenset('.!?"\u201d')
#: What a line ends on when its line break ends a paragraph, not a hard wrap inside a sentence.
PARAGRAPH_ENDS = frozenset('.!?:;"\u201d')


@dataclass
class _Text:
    """What linking reads from one doc, grouped by sentence (keyed by the sentence's start)."""

    doc: Doc
    dates: Dict[int, List[Span]]
    years: Dict[int, List[Span]]
    day_dates: List[Span]
    venues: Dict[int, List[Span]]
    officials: Dict[int, List[Span]]
    instruments: Dict[int, List[Span]]
    events: List[Span]
    events_by_sentence: Dict[int, List[Span]]
    #: the doc's text, read once (``Doc.text`` joins every token at each call)
    raw: str = ""
    sentences: List[Span] = field(default_factory=list)
    #: sentence start -> (its index, its paragraph's number)
    position: Dict[int, Tuple[int, int]] = field(default_factory=dict)
    #: (start, end) of each event mention -> the key of the event it names
    owner: Dict[Tuple[int, int], str] = field(default_factory=dict)
    #: the linking word classes (:func:`.words.link_words`)
    words: Dict[str, FrozenSet[str]] = field(default_factory=dict)
    #: (kind, sentence start) -> for each of its events (rival index), the venues or dates it
    #: claims, in text order (:func:`_claimed`; built once per sentence, as long as what is claimed)
    claims: Dict[Tuple[str, int], List[List[Span]]] = field(default_factory=dict)
    #: the tokens inside an event mention (where a clause around a date ends)
    event_tokens: set = field(default_factory=set)
    #: sentence start -> its events that may claim its places and dates (:func:`_rivals`),
    #: their starts; the events its words of sequence introduce and where those words stand
    #: (:func:`_introducers`)
    rivals: Dict[int, Tuple[List[Span], List[int]]] = field(default_factory=dict)
    sequenced: Dict[int, Tuple[set, List[int], List[int]]] = field(default_factory=dict)
    #: sentence start -> the positions of its semicolons (:func:`_other_item`)
    items: Dict[int, List[int]] = field(default_factory=dict)
    #: event key -> where (character offset) the place its sentences state stands
    stated_at: Dict[str, int] = field(default_factory=dict)
    #: where the headline ends: the first paragraph, when it ends on no full stop (else 0)
    headline_end: int = 0
    #: event key -> the later "the meeting", "the summit" that refer back to it (:func:`_read_anaphors`)
    anaphors: Dict[str, List[Span]] = field(default_factory=dict)
    #: (start, end) of the anaphors that are a bare "the meeting" naming a gathering of another head
    generic_anaphors: set = field(default_factory=set)
    #: sentence start -> the tokens of its venues, dates and officials (:func:`_other_name_between`)
    named_tokens: Dict[int, set] = field(default_factory=dict)
    #: the positions of the words "day" ("on the same day", "on the opening day"), in order
    day_words: List[int] = field(default_factory=list)
    #: event key -> its (start, end), once linked (events are linked in the order they are named)
    periods: Dict[str, Tuple[Optional[str], Optional[str]]] = field(default_factory=dict)
    #: the commas inside a place or closing it ("Perth, Australia, on"): they end no clause
    place_commas: set = field(default_factory=set)
    #: what linking asks of the same event mention many times, worked out once per doc:
    #: (event key, mention start, end) -> :func:`_following`; (start, end) -> :func:`_relative_clause`
    following: Dict[Tuple[str, int, int], List[Span]] = field(default_factory=dict)
    relative_clauses: Dict[Tuple[int, int], Optional[Tuple[int, int]]] = field(default_factory=dict)
    #: the story's body sentences after its date line (:func:`_body`), once listed
    body: Optional[List[Span]] = None
    #: (the body it was found in, the story's first event mention in it): :func:`_first_of_body`
    body_first: Optional[Tuple[List[Span], Optional[Span]]] = None
    #: sentence start -> where the word joining a return to what is come back from stands (:func:`_return_link`)
    returns: Dict[int, Optional[int]] = field(default_factory=dict)
    #: event key -> {"dates": rule id, "venue": rule id}: which way of reading gave the event its
    #: period and its venue, or why none was given (the trace of :func:`attribute_sources`)
    sources: Dict[str, Dict[str, str]] = field(default_factory=dict)


def _trace(text: _Text, key: str, attribute: str, source: str) -> None:
    text.sources.setdefault(key, {})[attribute] = source


def _is_event_date(span: Span) -> bool:
    value = span_value(span, "nf_date")
    # a day or month; a bare year or year range is an instrument's period, not a meeting's date
    return bool(value) and len(value["start"]) >= 7


def _read(doc: Doc, events: List[Span], words: Dict[str, FrozenSet[str]]) -> _Text:
    dateline_end = doc_value(doc, "dateline_end") or 0
    all_dates = _group(doc, settings.SPANS_DATES)  # a SpanGroup makes new Spans at each pass
    dates = [s for s in all_dates if _is_event_date(s) and s.start_char >= dateline_end]
    all_instruments = _group(doc, settings.SPANS_INSTRUMENTS)
    in_instrument = {i for s in all_instruments for i in range(s.start, s.end)}
    # a single year names when an event took or takes place only when nothing finer is written
    # ("at the second Forum in Apia in 2021"); inside an instrument's name it is its period
    years = [s for s, v in ((s, span_value(s, "nf_date")) for s in all_dates)
             if v and len(v["start"]) == 4 and v["start"] == v["end"] and s.start_char >= dateline_end
             and s.start not in in_instrument]
    text = _Text(
        doc=doc, dates=_by_sentence(dates), years=_by_sentence(years),
        day_dates=[s for s in dates if len(span_value(s, "nf_date")["start"]) == 10],
        venues=_by_sentence([s for s in _group(doc, settings.SPANS_VENUES) if span_value(s, "nf_venue")]),
        officials=_by_sentence([s for s in _group(doc, settings.SPANS_OFFICIALS) if span_value(s, "nf_official")]),
        instruments=_by_sentence([s for s in all_instruments if span_value(s, "nf_instrument")]),
        events=events, events_by_sentence=_by_sentence(events), raw=doc_text(doc), words=words,
        event_tokens={i for e in events for i in range(e.start, e.end)},
    )
    text.day_words = token_indices(doc, "LOWER", DAY_WORD)
    text.place_commas = _place_commas(doc, list(_group(doc, settings.SPANS_PLACES)) + list(_group(doc, settings.SPANS_VENUES)))
    paragraph = 0
    previous = None
    raw = text.raw
    for index, sent in enumerate(sentences(doc)):
        if previous is not None:
            # a line break between the last word of a sentence and the next one; a single one
            # after a word that ends no sentence is a hard wrap inside it ("will be held\nin Apia")
            ended = previous.start_char + len(raw[previous.start_char:previous.end_char].rstrip())
            gap = raw[ended:sent.start_char]
            paragraph += "\n" in gap and (gap.count("\n") > 1 or raw[ended - 1:ended] in PARAGRAPH_ENDS)
        text.sentences.append(sent)
        text.position[sent.start] = (index, paragraph)
        previous = sent
    first = [s for s in text.sentences if text.position[s.start][1] == 0]
    if first and len(first) == 1 and raw[first[0].start_char:first[0].end_char].rstrip()[-1:] not in HEADLINE_ENDS:
        text.headline_end = first[0].end_char
    return text


def link_events(doc: Doc, words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """The events of ``doc`` with what the text ties to each; ``words``: the linking word
    classes (:func:`.words.link_words`)."""
    events = _group(doc, settings.SPANS_EVENTS)
    if not events:
        return []
    grouped, references = _grouped_mentions(doc, events, words)
    grouped = _merge_pairs(_merge_forward(grouped, words, references), words, references)
    text = _read(doc, events, words)
    grouped = _split_titled_pair(_titled_by_name(_lead_retells_headline(text, _split_other_occasions(text, grouped), words)))
    text.owner = {(s.start, s.end): key for key, spans in grouped.items() for s in spans}
    _read_anaphors(text)
    records: List[Event] = []
    sources: Dict[str, Dict[str, str]] = {}
    # the last venue stated, where its event was last named, whose, their period, where it stands
    carried: Optional[tuple] = None
    earlier: List[EditionKey] = []  # the events linked so far (:func:`_edition_key`)
    for key, mentions in ((k, m) for k, m in grouped.items() if not k.endswith(TITLE_KEY)):
        # a named mention ("Special Trade Ministers' Meeting") over a description of it
        # ("special meeting of trade ministers"), then the longest
        # (a numbered edition is named: "the 53rd Pacific Islands Forum meeting")
        named = [m for m in mentions if not m.id_.startswith("event.lower")
                 or m.id_.endswith(".numbered") and span_value(m, "nf_event").get("ordinal")] \
            or [m for m in mentions if (m.start, m.end) not in references] or mentions
        # (a year does not lengthen a name: "the 20th G20 Summit" over "G20 Summit 2025"; an
        # edition is named by its ordinal: "the 5th X Forum meeting" over "the A - B X Forum")
        value = dict(max((span_value(m, "nf_event") for m in named), key=lambda v: (
            bool(v.get("ordinal")), len(_without_year(v["name"])), len(v["name"]))))
        value["acronym"] = value.get("acronym") or next(
            (span_value(m, "nf_event")["acronym"] for m in mentions if span_value(m, "nf_event").get("acronym")), None)
        telling = _this_edition(text, mentions)
        start, end = _event_dates(text, key, telling)
        text.periods[key] = (start, end)
        venue, stated = _event_venue(text, key, telling, (start, end))
        # "the 6th Session ... in Dushanbe. ... decisions of the 5th Session, held in Islamabad in
        # 2016. On the sidelines, a meeting of ...": another edition of an event told before is
        # history (or a plan): no place carries to it, and its own does not carry on
        edition = _edition_key(mentions)
        history = carried is not None and (any(_editions(previous, edition) for previous in earlier[-MAX_COMPARED:])
                                           or _anothers_journey(text, value["name"], carried[3], (start, end)))
        earlier.append(edition)
        near = carried is not None and not history and _near(text, carried, mentions)
        apart = _other_occasion(text, mentions[0]) if near else None  # ("preceded by the X", :func:`_other_occasion`)
        same_occasion = near and periods_meet(carried[3], (start, end)) and not apart \
            and not _returned_from(text, carried[2]) and not _at_other_time(text, carried, end, mentions[0]) \
            and (start or end or not _told_other_time(text, mentions[0], carried[3]))
        if venue is None and same_occasion:
            # "... in Vientiane. The prime minister will also attend the X Summit": the place as
            # stated carries, not the town a later sentence gave the other event
            venue = stated = carried[0]
            _trace(text, key, "venue", "venue.carried")
        elif venue is None and carried is not None and _at_same_place(text, mentions):
            # "the showcase, which takes place at the same venue from 28 November": the place last
            # stated, whatever the other event's time
            venue = stated = carried[0]
            _trace(text, key, "venue", "venue.same_place")
        elif venue is None and apart:
            _trace(text, key, "venue", apart)
        elif venue is not None and venue.country is None and near:
            # "at the Government House" in a story of a visit to Thailand: the building is there
            venue = stated = venue.model_copy(update={"country": carried[0].country})
            _trace(text, key, "venue", text.sources[key]["venue"] + "+carried_country")
        if stated is not None and not history and not mentions[0].id_.endswith(DESTINATION_SUFFIX):
            # a carried place keeps the period of the event whose sentence stated it (not a split journey's B)
            kept = carried is not None and stated is carried[0]
            period = carried[3] if kept else _stated_period(text, key, (start, end))
            carried = (stated, mentions[-1].end_char, mentions, period,
                       carried[4] if kept else text.stated_at.get(key, mentions[0].start_char))
        venue = venue or _journey_venue(text, key, mentions, records)
        official_names, instrument_names = _participants(text, key, mentions)
        records.append(Event(
            name=value["name"], acronym=value.get("acronym"), ordinal=value.get("ordinal"),
            start=start, end=end, venue=venue, officials=official_names,
            instruments=instrument_names,
            mentions=[_mention(m, text.raw) for m in mentions],
        ))
        sources[value["name"].lower()] = dict(text.sources.get(key, {}))
    # the trace of :func:`attribute_sources` (bench/event_sources.py), never part of the record
    doc.spans[settings.SPANS_EVENTS].attrs[ATTRIBUTE_SOURCES] = sources
    return _named_by_headline_call(text, records, sources)


def _anothers_journey(text: _Text, name: str, period: tuple, own: tuple) -> bool:
    """ "In Lima on 13 April ... discussed the upcoming visit of President X to Chile, scheduled for
    May. ... met his Bolivian counterpart on 13 April": a journey told with its traveller ("of"/"by"
    after its head) at a time that is not the story's occasion's is talked about, not where the story
    is: its place does not carry on to the events told after it, nor does the story's reach it."""
    words = name.lower().split()
    at = next((i for i, w in enumerate(words) if w in text.words["TRAVEL_HEAD"]), None)
    return at is not None and at + 1 < len(words) and words[at + 1] in ("of", "by") \
        and bool(own[0] or own[1]) and not periods_meet(period, own)


def _named_by_headline_call(text: _Text, records: List[Event], sources: Dict[str, Dict[str, str]]) -> List[Event]:
    """ "X Pays Courtesy Call On Y" over a lead that tells the meeting: the headline's call names
    it (:func:`.headline_calls.name_by_headline_call`); its trace follows the new name."""
    named = name_by_headline_call(text.raw, text.headline_end, records, [s.start_char for s in _body(text)])
    for before, after in zip(records, named):
        if after is not before:
            sources[after.name.lower()] = sources.pop(before.name.lower(), {})
    return named


def _grouped_mentions(doc: Doc, events: List[Span], words: Dict[str, FrozenSet[str]]) -> Tuple[Dict[str, List[Span]], set]:
    """The mentions of ``doc`` grouped by event (:func:`_group_mentions`, :func:`_editions_without_parties`,
    :func:`_merge_references`) and the (start, end) of the references among them."""
    acronyms = doc_value(doc, "acronyms") or {}
    grouped = _group_mentions(events, acronyms, words["HEAD_NOUN"], words["SINCE_WORD"] | words["PAST_EDITION"])
    return _merge_references(_editions_without_parties(grouped, acronyms), words)


def _near(text: _Text, carried: tuple, mentions: List[Span]) -> bool:
    """Whether the place last stated (``carried``: its place, where its event was last named,
    those mentions, their period, where it stands) is near enough to the event to carry to it:
    within VENUE_CARRY_CHARS and VENUE_CARRY_PARAGRAPHS, not to an event named only in a
    headline from a place the story tells below it, not across a sentence that opens another
    matter ("Separately, ...", :func:`_opens_other_matter`)."""
    first = mentions[0]
    if not (first.start_char - carried[1] < VENUE_CARRY_CHARS
            and not first.start_char < text.headline_end <= carried[4]
            and not _other_edition(carried[2], mentions)
            and _paragraph(text, first) - _paragraph(text, carried[2][-1]) <= VENUE_CARRY_PARAGRAPHS):
        return False
    index = text.position[sent_of(first).start][0]
    for sent in reversed(text.sentences[:index + 1]):
        if sent.end_char <= carried[1]:
            break
        if _opens_other_matter(text, sent):
            return False
    return True


#: How many words an opening "In other news," may have before its comma.
OTHER_MATTER_WORDS = 4


def _opens_other_matter(text: _Text, sent: Span) -> bool:
    """ "Separately, the deputy minister met ...", "Meanwhile, ...", "In other news, ...", "In a
    separate development, ...": a sentence that opens another matter of the story."""
    lowers, texts = lower_words(text.doc), token_texts(text.doc)
    at = next((i for i in range(sent.start, sent.end) if not text.doc[i].is_space), None)
    if at is None:
        return False
    if lowers[at] in text.words["OTHER_MATTER"]:
        return at + 1 < sent.end and texts[at + 1] == ","
    if lowers[at] != "in":
        return False
    comma = next((i for i in range(at + 1, min(sent.end, at + 2 + OTHER_MATTER_WORDS)) if texts[i] == ","), None)
    return comma is not None and lowers[comma - 1] in text.words["OTHER_MATTER_NOUN"]


def _own_periods(text: _Text, mention: Span) -> List[Tuple[str, str]]:
    """When the mention's sentence says its event is: its own dates, and a bare year ("in 2019")."""
    dates = _own_dates(text, mention) + text.years.get(sent_of(mention).start, [])
    return [(v["start"], v["end"]) for v in (span_value(d, "nf_date") for d in dates) if v]


def _split_other_occasions(text: _Text, grouped: Dict[str, List[Span]]) -> Dict[str, List[Span]]:
    """A later mention of a name told before, opened by "a", "an" or "another" and dated in its own
    sentence at a time no date of the first mention's sentence meets, is another occasion of the
    same name ("will pay a state visit to X from 8 to 10 May ... Y paid a state visit to X in
    2019"; "convened another Extraordinary Summit ... held an Extraordinary Summit on 16
    September"); when the first mention has no date of its own, only after "another"."""
    out: Dict[str, List[Span]] = {}
    for key, mentions in grouped.items():
        first = _own_periods(text, mentions[0])
        kept = [mentions[0]]
        for m in mentions[1:]:
            # ("a state visit", "another Summit", or someone's: "during President X's official visit")
            indefinite = m.start > 0 and (lower_words(text.doc)[m.start - 1] in ("a", "an", "another")
                                          or token_texts(text.doc)[m.start - 1] in ("'s", "\u2019s"))
            verb = ".verb" in m.id_
            own = _own_periods(text, m) if (indefinite or verb) and not span_value(m, "nf_event").get("ordinal") else []
            apart = bool(first) or bool(span_value(mentions[0], "nf_event").get("another")) \
                or verb and not first and _years_before(text, own)
            if own and apart and not any(periods_meet(a, b) for a in first for b in own):
                out[f"{key}#{m.start}"] = [m]
            else:
                kept.append(m)
        out[key] = kept
    return dict(sorted(out.items(), key=lambda item: item[1][0].start))


def _years_before(text: _Text, periods: List[Tuple[str, str]]) -> bool:
    """Whether every period ends in a year before the one the story was published in ("Reid
    visited New Zealand in 1998" in a story of 2023): a journey told by its verb then, not the
    one a first mention with no time of its own tells ("is visiting New Zealand this week for his
    first visit")."""
    published = doc_value(text.doc, "published")
    return bool(published and periods) and all(end and end[:4] < published[:4] for _, end in periods)


def _split_titled_pair(grouped: Dict[str, List[Span]]) -> Dict[str, List[Span]]:
    """ "One-Day Visit to Conakry and Monrovia." (a title in capitals) over "will pay a one-day visit to
    Conakry and Monrovia on Tuesday": the body tells one visit per place (FACTS.md: the items of an
    "and" are separate events); the title that names both is told by them, no event of its own, and
    does not hold them together."""
    out: Dict[str, List[Span]] = {}
    for key, spans in grouped.items():
        destinations = [s for s in spans if s.id_.endswith(DESTINATION_SUFFIX)]
        titles = [s for s in spans if not s.id_.startswith("event.lower")]
        first = [s for s in spans if s.id_.startswith("event.lower") and not s.id_.endswith(DESTINATION_SUFFIX)]
        if not destinations or not titles or not first:
            out[key] = spans
            continue
        out[key] = first
        out[f"{key}#{destinations[0].start}"] = destinations
        out[f"{key}{TITLE_KEY}"] = titles  # (kept, so that every mention has its group; no record made)
    return dict(sorted(out.items(), key=lambda item: item[1][0].start))


#: The ending of the key of a title told by the visits it names (:func:`_split_titled_pair`).
TITLE_KEY = "#title"


def _head_and_party(name: str) -> Optional[Tuple[str, str]]:
    """The head before "with" and the last word of whom ("Call with UK Foreign Secretary Truss" ->
    ("call", "truss")), else None."""
    tokens = name.lower().replace("\u2019", "'").split()
    if "with" not in tokens[1:-1]:
        return None
    at = tokens.index("with")
    return tokens[at - 1].rstrip("s"), tokens[-1]


def _titled_by_name(grouped: Dict[str, List[Span]]) -> Dict[str, List[Span]]:
    """ "Secretary Blinken's Call with UK Foreign Secretary Truss" (a release's title) and "Secretary
    Blinken spoke today with UK Foreign Secretary Elizabeth Truss": a meeting or call told by its
    verb with whom a named event's title tells the same head with (the same last word of whom) is
    that event told again: its mentions go to the named one, which keeps its name."""
    named = {}
    for key, spans in grouped.items():
        if not all(s.id_.startswith("event.lower") for s in spans):
            pair = _head_and_party(span_value(spans[0], "nf_event")["name"])
            if pair is not None:
                named.setdefault(pair, key)
    if not named:
        return grouped
    out = dict(grouped)
    for key, spans in grouped.items():
        if key not in out or not all(s.id_.endswith(".verb") for s in spans):
            continue
        other = named.get(_head_and_party(span_value(spans[0], "nf_event")["name"]) or ("", ""))
        if other is not None and other in out:
            out[other] = sorted(out[other] + out.pop(key), key=lambda s: s.start)
    return out


#: How many body sentences may stand before the lead that retells the headline's event.
LEAD_SENTENCES = 3


def _lead_retells_headline(text: _Text, grouped: Dict[str, List[Span]],
                           words: Dict[str, FrozenSet[str]]) -> Dict[str, List[Span]]:
    """ "Japan-Peru Summit Meeting" (a headline) over "Prime Minister X held a meeting with President
    Y at the Palace": a lead sentence whose first event is a description with the head noun of the
    one event the headline names, and which names no other, tells that event again: the
    description (and its later mentions) are mentions of it, which keeps its name."""
    if not text.headline_end:
        return grouped
    headline = {key for key, spans in grouped.items() for s in spans if s.end_char <= text.headline_end}
    body = _body(text)
    first = _first_of_body(text, body) if len(headline) == 1 and body else None
    # (the lead may stand after a line or two of the page's that tell no event: "Cover picture ...")
    if first is None or sent_of(first).start not in {s.start for s in body[:LEAD_SENTENCES]}:
        return grouped
    (named,) = headline
    own = next((key for key, spans in grouped.items() if any(s.start == first.start and s.end == first.end for s in spans)), None)
    if own is None or own == named or not all(s.id_.startswith("event.lower") and not s.id_.endswith(".numbered")
                                                for s in grouped[own]) \
            or any(s.id_.startswith("event.lower") for s in grouped[named] if s.end_char <= text.headline_end) \
            or any(sent_of(e).start == sent_of(first).start and (e.start, e.end) != (first.start, first.end) for e in text.events):
        return grouped
    name = span_value(grouped[named][0], "nf_event")["name"].split()
    head = lower_words(text.doc)[_head_at(first, words)] if not first.id_.endswith(".verb") \
        else span_value(first, "nf_event")["name"].split()[0].lower()  # ("met with X": "meeting with X")
    # (the head ends the name, or stands before "with" in a release's title: "Secretary X's
    # Meeting with Minister Y" over "Secretary X met today with Minister Y in Lima")
    heads = {name[-1].lower().rstrip("s")} | {w.lower().rstrip("s") for w, nxt in zip(name, name[1:]) if nxt == "with"}
    if not name or head.rstrip("s") not in heads:
        return grouped
    out = {key: spans for key, spans in grouped.items() if key != own}
    out[named] = sorted(grouped[named] + grouped[own], key=lambda s: s.start)
    return out


def _journey_venue(text: _Text, key: str, mentions: List[Span], records: List[Event]) -> Optional[Place]:
    """ "During the visit, she will hold talks with X": a described event in a sentence opened by a
    journey told before (:func:`during_journey`) is where the last journey with a place is."""
    comma = during_journey(sent_of(mentions[0]), text.words)
    if not mentions[0].id_.startswith("event.lower") or comma is None or mentions[0].start < comma:
        return None  # (not "During her visit, ...": the journey told again)
    venue = next((r.venue for r in reversed(records)
                  if r.venue is not None and set(_WORD_RE.findall(r.name.lower())) & text.words["TRAVEL_HEAD"]
                  and not _past_for_later(text, (r.start, r.end), mentions[0])), None)
    if venue is not None:
        _trace(text, key, "venue", "venue.during_journey")
    return venue


def _at_same_place(text: _Text, mentions: List[Span]) -> bool:
    """Whether a mention's sentence says its event is "at the same venue", "in the same place"
    (``SAME_PLACE``): where the event told before it is."""
    doc, lowers = text.doc, lower_words(text.doc)
    told = {sent_of(m).start for m in mentions}
    return any(i >= 2 and i + 1 < len(doc) and lowers[i - 1] == "the" and lowers[i - 2] in ("at", "in")
               and lowers[i + 1] in text.words["SAME_PLACE"] and sent_of(doc[i]).start in told
               for i in token_indices(doc, "LOWER", SAME_WORD))


#: "at the same venue": the word before a noun of place that points back to the last place told.
SAME_WORD = frozenset({"same"})


#: The span-group attribute holding which rule gave each event's period and venue.
ATTRIBUTE_SOURCES = "attribute_sources"


def attribute_sources(doc: Doc) -> Dict[str, Dict[str, str]]:
    """For each linked event, by its lowercase name: the id of the way of reading that gave
    its period ("dates.own_sentence", "dates.dateline_day" ...) and its venue ("venue.own_sentence",
    "venue.carried" ...), or why none was given ("null.dates_untold", "null.venue_untold")."""
    group = doc.spans.get(settings.SPANS_EVENTS)
    return {name: dict(value) for name, value in group.attrs.get(ATTRIBUTE_SOURCES, {}).items()} \
        if group is not None else {}


#: How many words may stand between a word of sequence and the event it sets another before
#: or after ("preceded by the", "leading up to the").
SEQUENCE_REACH = 3
#: ... and between a word of inviting and the event it invites to ("invited her to attend the",
#: "an invitation to take part in the").
INVITE_REACH = 6


#: How many words may stand between a word of return and "from" ("returning on Wednesday
#: morning from"), and between "from" and the event ("from a two-day tour in Japan").
RETURN_REACH = 5


#: How many words may stand between a word of return and the word joining it to what is come back
#: from ("returned to Abuja, Nigeria, following"), and between that word and the occasion ("after
#: concluding his three-day").
RETURN_LINK_REACH = 8
RETURN_EVENT_REACH = 6


def _return_link(text: _Text, sent: Span) -> Optional[int]:
    """Where a sentence joins a return ("returned", "back", "left for home") to an occasion come
    back from ("On Sunday, the president returned to Abuja following an official visit to X",
    "returned home after concluding a three-day visit"): the position of the joining word, when
    an event is named right after it (worked out once per sentence)."""
    if sent.start in text.returns:
        return text.returns[sent.start]
    lowers, words = lower_words(text.doc), text.words
    starts = {e.start for e in text.events_by_sentence.get(sent.start, [])}
    back = words["RETURN_WORD"] | words["JOURNEY_END"]
    found = None
    for r in (i for i in range(sent.start, sent.end) if lowers[i] in back):
        link = next((j for j in range(r + 1, min(sent.end, r + 1 + RETURN_LINK_REACH))
                     if lowers[j] in words["RETURN_LINK"]), None)
        if link is not None and any(link < e <= link + RETURN_EVENT_REACH for e in starts):
            found = link
            break
    text.returns[sent.start] = found
    return found


def _return_day(text: _Text, date: Span, mention: Span) -> bool:
    """Whether a date tells the day of a return from the mention's occasion: told before the word
    joining the return to it (:func:`_return_link`), the mention after that word."""
    link = _return_link(text, sent_of(mention))
    return link is not None and date.end <= link < mention.start and sent_of(date).start == sent_of(mention).start


#: How many words may stand between a word of sequence and a word of return ("after his return").
AFTER_RETURN_WORDS = 2


def _after_return(text: _Text, date: Span) -> bool:
    """Whether a date stands after "after his return", "following their return", "after
    returning" in its sentence: it tells what came after a journey ("After his return, the
    minister met reporters on Wednesday and described the trip as a success"), not its day."""
    lowers, words = lower_words(text.doc), text.words
    start = sent_of(date).start
    return any(lowers[i] in words["AFTER_WORD"] and any(
        lowers[j] in words["RETURN_WORD"] for j in range(i + 1, min(date.start, i + 2 + AFTER_RETURN_WORDS)))
        for i in range(start, date.start))


def _returned_from(text: _Text, mentions: List[Span]) -> bool:
    """Whether the event is told as one someone comes back from ("after returning from a
    two-day tour in Japan, ...", "on his return from the X Summit"): it was elsewhere, and what
    is told after the return is not at its place."""
    doc, words = text.doc, text.words["RETURN_WORD"]
    if _is_travel(text, mentions) and any(_journey_done_before(text, m) for m in mentions):
        return True
    if all(_sequenced(text, m) for m in mentions):
        # (an event every telling of which sets it before or after another: "preparations for the
        # second session in Kigali ... met X today on the sidelines of Y": its place is that session's)
        return True
    for mention in mentions:
        limit = sent_of(mention).start
        for j in range(mention.start - 1, max(limit, mention.start - RETURN_REACH) - 1, -1):
            if lower_words(doc)[j] == "from":
                return any(lower_words(doc)[k] in words for k in range(max(limit, j - RETURN_REACH), j))
    return False


#: Articles and owners before a noun ("a", "the", "her" ...): shared by the word sets below.
_ARTICLES_AND_OWNERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
#: Forms of "be" and "have" as auxiliaries: shared by the word sets below.
_BE_HAVE = frozenset({"is", "are", "was", "were", "has", "have", "had"})
#: Owners and articles that may stand between "after concluding" and a journey ("after concluding her visit").
_JOURNEY_OWNERS = _ARTICLES_AND_OWNERS


def _journey_done_before(text: _Text, mention: Span) -> bool:
    """ "She reached Tashkent after concluding her visit to Kyrgyzstan", "arrived in Suva on Sunday
    following a two-day visit to Tonga": a journey that "after" or "following" (AFTER_WORD), then
    maybe a word of ending (JOURNEY_END) and an owner, introduce is over before what the text
    tells next: its place is not where the later events are."""
    lowers, k = lower_words(text.doc), mention.start - 1
    limit = sent_of(mention).start
    k -= k >= limit and lowers[k] in _JOURNEY_OWNERS
    k -= k >= limit and lowers[k] == "up"  # ("after wrapping up his visit")
    k -= k >= limit and lowers[k] in text.words["JOURNEY_END"]
    return k >= limit and lowers[k] in text.words["AFTER_WORD"]


def _sequenced(text: _Text, mention: Span) -> bool:
    """Whether the mention is introduced as set before or after another event ("will be
    preceded by the X Forum", "in preparation for the Y Summit"): it is then a separate
    occasion, whose place the other's does not tell. A dinner that follows tells nothing (it
    is no event)."""
    return mention.start in _introducers(text, sent_of(mention))[0]


def _other_occasion(text: _Text, mention: Span) -> Optional[str]:
    """The trace of why the event is another occasion than the one told before it, to which that
    one's place does not carry: set before or after it by a word of sequence (:func:`_sequenced`),
    or the record of a decision, or set apart (:func:`_decided_at`); None when it is not."""
    if _sequenced(text, mention):
        return "null.sequenced"
    return "null.other_occasion" if _decided_at(text, mention) else None


#: How many words may stand between a participle of deciding and the "by", "at" or "during"
#: before the event it names ("the decision made by the leaders of the region at the X").
DECIDED_REACH = 6


def _decided_at(text: _Text, mention: Span) -> bool:
    """Whether the mention names the occasion where something told before it was decided: a
    participle of deciding (DECIDED_WORD: "agreed", "adopted", "taken") right before "by", "at"
    or "during", and, within its clause, "by", "at" or "during" and a determiner right before the
    mention ("the roadmap agreed by the X Forum", "the decision made by the leaders at the 27th Y
    Summit"; not "reached several agreements during the X", a verb with its object). It is an
    earlier occasion, the record of a decision: the place told for the story's event does not
    carry to it."""
    doc, lowers = text.doc, lower_words(text.doc)
    texts, at = token_texts(doc), mention.start - 1
    while at > sent_of(mention).start and lowers[at] in _DETERMINERS:
        at -= 1
    # ("preceding the X Summit", "following a meeting", "as a prelude to the Y": SET_APART_WORD)
    apart = text.words["SET_APART_WORD"]
    if at >= 1 and (lowers[at] in apart or lowers[at] == "to" and lowers[at - 1] in apart):
        return True
    if at < 1 or lowers[at] not in _DECIDED_BY:
        return False
    for k in range(at - 1, max(sent_of(mention).start, at - 2 - DECIDED_REACH), -1):
        if texts[k] in CLAUSE_BREAKS:
            return False
        if lowers[k] in text.words["DECIDED_WORD"]:
            # (a participle of a record, "agreed by", "made by the leaders at", not a verb with its
            # object: "reached several agreements during the X" reports the story's occasion)
            return lowers[k + 1] in _DECIDED_BY
    return False


#: The prepositions that join a participle of deciding to the occasion it names.
_DECIDED_BY = frozenset({"by", "at", "during"})
#: What may stand between such a preposition and the event's mention.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "last"})


def _introducers(text: _Text, sent: Span) -> Tuple[set, List[int], List[int]]:
    """The starts of the sentence's events that a word of sequence introduces ("ahead of the",
    "in the run up to the"; "since the"), and the positions of the words that set an event apart from a
    date told before them: those of sequence and, when a date follows them, those of a point
    of reference ("on Wednesday, before a breakfast meeting on Thursday"); the positions of the
    words of sequence alone. Read once per sentence."""
    if sent.start not in text.sequenced:
        sequence, since, point = text.words["SEQUENCE_WORD"], text.words["SINCE_WORD"], text.words["REFERENCE_POINT"]
        invite = text.words["INVITE_WORD"]
        units = text.words["DURATION_UNIT"] | text.words["TIME_UNIT"]
        starts = {e.start for e in text.events_by_sentence.get(sent.start, [])}
        ends = {e.end: e.start for e in text.events_by_sentence.get(sent.start, [])}
        last_date = max((d.start for d in text.dates.get(sent.start, [])), default=-1)
        introduced, apart, moved = set(), [], []
        lowers = lower_words(text.doc)  # the words, not a Token made for each
        record = text.words["RECORD_NOUN"]
        # only a word of record, of sequence or "since" does anything: those of the sentence, in order
        at = token_indices(text.doc, "LOWER", record | sequence | since | invite)
        for k in at[bisect.bisect_left(at, sent.start):bisect.bisect_left(at, sent.end)]:
            low = lowers[k]
            if low in record and k in ends and k not in text.event_tokens:
                introduced.add(ends[k])  # "in line with the 54th X Forum theme": a record of it
                continue
            # "adopted the report of the X Meeting" (another occasion), not "will report to"
            # (or opening an item of a list: "...; Report of the 20th X Meeting; ...")
            of_sequence = low in sequence or low in invite \
                or low in record and k > sent.start and lowers[k - 1] in ("the", "its", "their", "a", ";", ":", ",")
            if not (of_sequence or low in since) or k in text.event_tokens:
                continue
            # ("invited her to attend the X Summit in November": an occasion invited to, another
            # than the visit around it; whom and "to attend" between, no clause break)
            reach = INVITE_REACH if low in invite else SEQUENCE_REACH
            event = next((i for i in range(k + 1, k + 2 + reach) if i in starts), None)
            # (not "the other countries invited for the X Summit": a participle saying who takes part)
            if event is not None and low in invite and (any(t in CLAUSE_BREAKS for t in token_texts(text.doc)[k + 1:event])
                                                        or lowers[k + 1] == "for"):
                event = None
            if event is not None and (of_sequence or low in point):
                # an event after "since" is only a point in time, another occasion: a place told
                # before it is not its own ("the first visit to the US since the 13th Congress
                # held in 2021"; "returned from Lima after attending the X" tells where X was)
                introduced.add(event)
                moved.append(k)
            # "On 28 May, a day before the X": a span of time before "before" or "after" sets the
            # event apart from the date told before it, as a word of sequence does
            offset = k > sent.start and lowers[k - 1] in units
            if event is not None and (of_sequence or last_date > k or offset):
                apart.append(k)
        text.sequenced[sent.start] = (introduced, apart, moved)
    return text.sequenced[sent.start]


#: How many words after a date a word of postponement may stand in its clause ("in June this year but was postponed").
POSTPONE_AFTER = 4


def _superseded(text: _Text, date: Span) -> bool:
    """Whether a date is that of an earlier schedule: a word of postponement follows it in its
    clause ("was scheduled in June but was postponed") or stands before "from" right before it
    ("postponed from 3 May to 10 May"); not "postponed to 10 May" (the new date)."""
    doc, words = text.doc, text.words["POSTPONE_WORD"]
    lowers, texts = lower_words(doc), token_texts(doc)
    if date.start >= 2 and lowers[date.start - 1] == "from" and lowers[date.start - 2] in words:
        return True
    if clause_cue(date, text.words["EARLIER_SCHEDULE"], text.event_tokens):  # "originally set for August"
        return True
    for i in range(date.end, min(sent_of(date).end, date.end + POSTPONE_AFTER)):
        if texts[i] in CLAUSE_BREAKS or i in text.event_tokens:
            return False
        if lowers[i] in words:
            return True
    return False


def _decided_before(text: _Text, span: Span, mention: Span) -> bool:
    """ "Leaders on Sunday decided to hold the 16th Summit in Male", "met in Colombo and agreed to
    host the next session": a date or place told before a word of deciding, "to" and a verb of
    holding that introduce the event is the decision's (after them it is the event's own)."""
    if span.end > mention.start:
        return False
    lowers, words = lower_words(text.doc), text.words
    return any(lowers[i] in words["PLAN_WORD"] and lowers[i + 1] == "to" and lowers[i + 2] in words["PLANNED_VERB"]
               for i in range(span.end, mention.start - 2))


#: How many words may stand between a verb of saying and its "that" ("told reporters on Friday that").
SAY_THAT_REACH = 4


def _said_before(text: _Text, span: Span, mention: Span) -> bool:
    """ "In his message on Friday, the minister mentioned that Nepal looks forward to the 5th X
    Meeting", "On Monday the ministry announced that the Y Summit will ...": a date told before
    a verb of saying (``SAY_VERB``) whose "that" opens a clause naming the event tells when it
    was said, not when the event is (after "that" it is the event's own)."""
    if span.end > mention.start:
        return False
    lowers, texts, words = lower_words(text.doc), token_texts(text.doc), text.words["SAY_VERB"]
    for i in range(span.end, mention.start - 1):
        if lowers[i] not in words:
            continue
        for k in range(i + 1, min(mention.start, i + 2 + SAY_THAT_REACH)):
            if lowers[k] == "that":
                return True
            if texts[k] in CLAUSE_BREAKS or k in text.event_tokens:
                break
    return False


def _other_item(text: _Text, span: Span, mention: Span) -> bool:
    """ "the agenda of the X: the report for the period ended 30 June; the report of the Y
    Meeting; ...": a semicolon between a date and the mention puts them in separate items."""
    sent = sent_of(mention)
    if sent.start not in text.items:
        texts = token_texts(text.doc)
        text.items[sent.start] = [k for k in range(sent.start, sent.end) if texts[k] == ";"]
    marks = text.items[sent.start]
    low, high = min(span.end, mention.end), max(span.start, mention.start)
    at = bisect.bisect_left(marks, low)
    return at < len(marks) and marks[at] < high


def _set_apart(text: _Text, date: Span, mention: Span, place: bool = False) -> bool:
    """ "The meeting kicked off on Thursday ahead of the X Summit", "on Wednesday, before a
    breakfast meeting ... and a summit": a date told before a word that introduces the event
    (or one listed before it) as another occasion is not its date. A place only for a word of
    sequence ("met in Suva in preparation for the X Summit"): "returned from Phnom Penh after
    attending the X" names where X was."""
    if date.end > mention.start:
        return False
    words = _introducers(text, sent_of(mention))[2 if place else 1]
    at = bisect.bisect_left(words, date.end)
    return at < len(words) and words[at] < mention.start


def _group_mentions(
    events: List[Span], acronyms: Dict[str, str], heads: FrozenSet[str] = frozenset(),
    points: FrozenSet[str] = frozenset(),
) -> Dict[str, List[Span]]:
    """Mentions of one event under one key, in text order; events in order of first mention.
    Longest names first: a later short form ("the Health Assembly") is a mention of the full
    name whose words it all has; one numbered event written twice ("45th Ordinary Session of
    the Executive Council of the African Union", "45th Ordinary Session of the AU Executive
    Council") shares its ordinal and half its words, unless the names are told apart
    (:func:`_told_apart`)."""
    grouped: Dict[str, List[Span]] = {}
    words: Dict[str, set] = {}
    by_word: Dict[str, List[str]] = {}  # word -> the events whose name has it
    by_ordinal: Dict[int, List[str]] = {}
    numbered: List[str] = []  # the events named with an ordinal
    keys: Dict[str, set] = {}  # name -> its words (a short form recurs: "the summit"; never modified)
    initials: Dict[str, Tuple[set, set]] = {}  # event -> its words and the initials of its capitalised runs
    for span in sorted(events, key=lambda s: (-len(_without_year(span_value(s, "nf_event")["name"])), s.start)):
        name = span_value(span, "nf_event")["name"]
        key = keys.get(name)
        if key is None:
            key = keys[name] = _name_words(name, acronyms)
        ordinal = span_value(span, "nf_event").get("ordinal")
        owner = None
        if not ordinal and not span_value(span, "nf_event").get("another") and key:
            rarest = min((by_word.get(w, []) for w in key), key=len)
            # (not a description with others: "a meeting with Penny Wong ... a meeting with Winston Peters")
            owner = _nearest_owner(span, [k for k in rarest[:MAX_COMPARED] if key <= words[k]
                                          and not _other_parties(span, grouped[k][0])
                                          and not _described_bodies_differ(span, grouped[k][0])
                                          and not _later_point_in_time(span, grouped[k][0], points)], grouped)
            if owner is None:
                owner = _edition_by_year(key, numbered, words)
        if owner is None and not ordinal and span.id_ != NEXT_ACRONYM_RULE:
            # (not "the next FOC will be hosted in X": another edition, no short form of the one told before)
            owner = _owner_by_initials(name, key, initials, heads) \
                or _sitting_of_body(span, key, words, numbered, heads, grouped)
        if owner is None and ordinal:
            owner = next((k for k in by_ordinal.get(ordinal, [])[:MAX_COMPARED]
                          if len(key & words[k]) >= 0.5 * min(len(key), len(words[k]))
                          and not _told_apart(key, words[k], heads | _initials(span_value(span, "nf_event")["name"]))), None)
        if owner is None:
            owner = span_value(span, "nf_event")["name"].casefold()
            if owner not in words:
                by_ordinal.setdefault(ordinal, []).append(owner)
                if ordinal:
                    numbered.append(owner)
                # "29th Conference of the Parties (COP29)" is also what a later bare "COP29" names
                acronym = span_value(span, "nf_event").get("acronym")
                # (a short form of two words, "AMM Retreat", is named by its words too)
                words[owner] = key | {acronym.casefold()} | _name_words(acronym, {}) if acronym else key
                initials[owner] = (key, _run_initials(name))
                for word in words[owner]:
                    by_word.setdefault(word, []).append(owner)
        grouped.setdefault(owner, []).append(span)
    for spans in grouped.values():
        spans.sort(key=lambda s: s.start)
    return dict(sorted(grouped.items(), key=lambda item: item[1][0].start))


#: A word written in capitals only ("JMC", "SOM"): it may stand for the initials of a name's words.
_CAPS_WORD = re.compile(r"^[A-Z]{2,6}$")
#: A run of capitalised words in a name ("Joint Ministerial Commission").
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def _run_initials(name: str) -> set:
    """The initials (casefolded) of every run of two or more capitalised words in a name and of
    each stretch of such a run: "Pakistan-Afghanistan Joint Ministerial Commission" -> "jmc",
    "jm", "mc" ...; a name with none gives none."""
    out = set()
    for run in _CAPITALISED_RUN.findall(name):
        letters = "".join(w[0] for w in run.split()).casefold()
        out.update(letters[i:j] for i in range(len(letters)) for j in range(i + 2, len(letters) + 1))
    return out


def _owner_by_initials(name: str, key: set, initials: Dict[str, Tuple[set, set]], heads: FrozenSet[str]) -> Optional[str]:
    """ "the first session of the Joint Ministerial Commission ... The JMC meeting will conclude on
    Sunday": a short form whose capitals are the initials of capitalised words of a longer name
    told in full, its other words that name's or head nouns, is a mention of that event (no
    acronym defined in brackets is needed); None when no such name, or more than one."""
    caps = {w.casefold() for w in name.split() if _CAPS_WORD.match(w)}
    if not caps:
        return None
    rest = key - caps
    found = [k for k, (words, runs) in initials.items()
             if caps <= runs and rest <= words | heads and not caps <= words]
    return found[0] if len(found) == 1 else None


def _later_point_in_time(span: Span, owner: Span, points: FrozenSet[str]) -> bool:
    """ "attended the Central Committee meeting held yesterday ... The present meeting follows
    the 1st central committee meeting held in May": a full name told only after a short form, and
    then as a point in time ("after", "since", "previous": ``SINCE_WORD``, ``PAST_EDITION``), is an
    earlier edition; the short form told before it is not a mention of it."""
    if owner.start <= span.start:
        return False
    k = owner.start - 1
    k -= k > 0 and lower_words(owner.doc)[k] == "the"
    return k >= 0 and lower_words(owner.doc)[k] in points


def _sitting_of_body(span: Span, key: set, words: Dict[str, set], numbered: List[str], heads: FrozenSet[str],
                     grouped: Dict[str, List[Span]]) -> Optional[str]:
    """The one event a body's name told again names: "the 7th X Council of Ministers: Tourism ...
    the Council of Ministers meeting" (the body's words, all the sitting's, and a head noun the
    sitting's name does not write); "the 99th session of the Committee of Ministers ... the
    Council of Europe Committee of Ministers on Thursday decided" (a body named with no head
    noun, holding all the words of a numbered sitting of it but its head). The body is told by
    its head (Council, Committee, Commission: an ``event.body`` rule); two words of it at least;
    None when no such event, or more than one."""
    body = {w for w in key - heads if not _ORDINAL_WORD.match(w)}
    if len(body) < 2:
        return None
    if key & heads:
        found = [k for k, ws in words.items() if body <= ws and not ws & heads and grouped[k][0].id_.startswith("event.body")]
    elif span.id_.startswith("event.body"):
        found = [k for k in numbered if body >= (own := {w for w in words[k] - heads if not _ORDINAL_WORD.match(w)})
                 and len(own) >= 2 and words[k] & heads]
    else:
        return None
    return found[0] if len(found) == 1 else None


#: "India - US Trade Policy Forum", "Japan-Peru Joint Committee": two parties joined by a dash opening a name
_PARTIES_OPENING = re.compile(r"^([A-Z][\w'\u2019.]*)\s*[\-\u2013]\s*([A-Z][\w'\u2019.]*)\s+(?=[A-Z])")


def _editions_without_parties(grouped: Dict[str, List[Span]], acronyms: Dict[str, str]) -> Dict[str, List[Span]]:
    """ "to take part in the India - US Trade Policy Forum ... will attend the 13th Trade Policy Forum
    meeting": a name with no ordinal opened by its two parties joined by a dash, whose other words
    (two at least) are all those of the one numbered event of the story that has them, is that
    edition told with its parties: its mentions are that edition's."""
    numbered = [key for key, spans in grouped.items() if any(span_value(s, "nf_event").get("ordinal") for s in spans)]
    out = dict(grouped)
    for key, spans in grouped.items():
        name = span_value(spans[0], "nf_event")["name"]
        opening = None if key in numbered else _PARTIES_OPENING.match(name)
        rest = _name_words(name[opening.end():], acronyms) if opening else set()
        found = []
        # (the edition that spells the words out, before one whose acronym stands for them: "the
        # 13th Trade Policy Forum meeting" over "the 12th TPF meeting")
        for known in ({}, acronyms):
            found = found or [k for k in numbered[:MAX_COMPARED] if len(rest) >= 2 and rest <= _name_words(
                span_value(grouped[k][0], "nf_event")["name"], known)]
        if len(found) == 1:
            out[found[0]] = sorted(out[found[0]] + out.pop(key), key=lambda s: s.start)
    return dict(sorted(out.items(), key=lambda item: item[1][0].start))


def _nearest_owner(span: Span, candidates: List[str], grouped: Dict[str, List[Span]]) -> Optional[str]:
    """Of the events whose names hold all the words of a short form, the one it refers back to:
    the one named last before it ("a state visit to Fiji ... the first-ever visit by a head of
    state to Fiji ... will visit Timor-Leste"), else the first named after it (a headline's)."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    before = [(max(s.start for s in grouped[k] if s.start < span.start), k) for k in candidates
              if any(s.start < span.start for s in grouped[k])]
    if before:
        return max(before)[1]
    return min(candidates, key=lambda k: min(s.start for s in grouped[k]))


#: A year written in an event's name ("G20 Summit 2025", "the 2025 BRICS Summit").
_YEAR_IN_NAME = re.compile(r"\s*\b(?:19|20)\d\d\b")


def _without_year(name: str) -> str:
    """The name without the years written in it ("G20 Summit 2025" -> "G20 Summit"); the
    expression, tried at every character, only runs on a name that can hold one."""
    return _YEAR_IN_NAME.sub("", name) if "19" in name or "20" in name else name


def _edition_by_year(key: set, numbered: List[str], words: Dict[str, set]) -> Optional[str]:
    """The one numbered event that a name with a year names ("G20 Summit 2025" in a headline,
    "the 20th G20 Summit" below it): its words, without the year, are all the numbered
    name's, which writes no year; None when no such event, or more than one (two editions)."""
    years = {w for w in key if _YEAR_IN_NAME.fullmatch(w)}
    rest = key - years
    if not years or not rest:
        return None
    found = [k for k in numbered[:MAX_COMPARED]
             if rest <= words[k] and not any(_YEAR_IN_NAME.fullmatch(w) for w in words[k])]
    return found[0] if len(found) == 1 else None


def _initials(name: str) -> set:
    """The casefolded words a name writes in capitals ("AMM", "IMT-GT"): they may stand for
    another name's words."""
    return {w.casefold() for w in re.split(r"[\s\-\u2013]+", name) if len(w) > 1 and w.isupper()}


def _told_apart(a: set, b: set, heads: FrozenSet[str]) -> bool:
    """Whether two names with an ordinal in common name two events: each has a word of its own
    beyond head nouns and initials (``heads``: "Tuna", "Coral"), and they share none ("4th
    Tuna Forum", "4th Coral Forum"); not "43rd summit" and "43rd SADC Summit", nor "56th AMM"
    and "56th ASEAN Foreign Ministers' Meeting"."""
    def telling(words: set) -> bool:
        return any(w not in heads and not _ORDINAL_WORD.match(w) for w in words)

    return telling(a - b) and telling(b - a) and not telling(a & b)


def _merge_references(
    grouped: Dict[str, List[Span]], link_words: Dict[str, FrozenSet[str]],
) -> Tuple[Dict[str, List[Span]], set]:
    """A definite description ("this meeting", "the upcoming visit of the minister") whose head
    noun is that of an event named before it refers back to that event (the nearest before);
    also the (start, end) of such references, which give the event no name."""
    references = set()
    heads: Dict[str, str] = {}  # head noun -> the last event named with it
    gathering: Optional[str] = None  # the last event named with a gathering's head
    out: Dict[str, List[Span]] = {}
    for key, spans in grouped.items():
        first = spans[0]
        words = set(_name_words(span_value(first, "nf_event")["name"], {}))
        nouns = words & link_words["HEAD_NOUN"]
        before = lower_words(first.doc)[first.start - 1] if first.start > 0 else ""
        definite = before in link_words["DEFINITE"] or bool(words & link_words["DEFINITE"])
        target = next((heads[n] for n in nouns if n in heads), None)
        if target is None and before == "the" and words and words <= link_words["GENERIC_GATHERING"]:
            # "the 5th Water Security Conference ... The meeting will be held in Oxford": a bare
            # "the meeting" names the gathering named before it, whatever its head
            target, definite = gathering, True
        # "the upcoming meeting with Winston Peters" is not the meeting with Penny Wong
        apart = target is not None and _other_parties(first, out[target][0])
        if target is not None and definite and not apart and all(s.id_.startswith("event.lower") for s in spans):
            out[target].extend(spans)
            references.update((s.start, s.end) for s in spans)
            continue
        out[key] = list(spans)
        for noun in nouns:
            heads[noun] = key
        if words & link_words["GATHERING_HEAD"]:  # ("the 4th Joint Commission": a sitting, too)
            gathering = key
    for spans in out.values():
        spans.sort(key=lambda s: s.start)
    return out, references


#: Words after which a description names the people its event is with ("talks with Ana Rios").
_PARTY_WORDS = frozenset({"with", "between"})
_PAIR_NAME = re.compile(r"^([A-Z][\w'\u2019]+)[\-\u2013]([A-Z][\w'\u2019]+) (\w+)$")


def _parties(span: Span) -> set:
    """The capitalised words (casefolded) after the last "with" or "between" of an event's
    mention: who it is held with ("bilateral meeting with Foreign Minister Ana Rios")."""
    words = span.text.split()
    at = max((i for i, w in enumerate(words) if w.lower() in _PARTY_WORDS), default=None)
    if at is None:
        return set()
    return {w.strip("'\u2019,.").casefold() for w in words[at + 1:] if w[:1].isupper()}


def _party_officials(span: Span) -> set:
    """The officials (full names, as merged) whom an event's mention names after its last
    "with" or "between" ("meeting with Trade Minister Karl Weiss", "meeting with Weiss")."""
    bounds = _party_bounds(span)
    if bounds is None:
        return set()
    return {(span_value(o, "nf_official") or {}).get("name") for o in spans_in(span.doc, settings.SPANS_OFFICIALS)
            if bounds[0] <= o.start < bounds[1]} - {None}


def _party_names(span: Span) -> set:
    """The capitalised words (casefolded) where :func:`_party_officials` looks: whom an event is
    held with when no official is recognised there ("with his counterpart there, Winston Peters")."""
    bounds = _party_bounds(span)
    if bounds is None:
        return set()
    doc = span.doc  # (the word lists, not a Token made for each word)
    title, alpha, lowers = token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_ALPHA"), lower_words(doc)
    return {lowers[k] for k in range(*bounds) if title[k] and alpha[k]}


def _party_bounds(span: Span) -> Optional[Tuple[int, int]]:
    """The tokens after the mention's last "with" or "between", to its end; or, for a name that
    ends right before "with" ("a bilateral meeting with his counterpart there, Winston Peters"),
    the few words after it in its sentence."""
    doc = span.doc
    words = lower_words(doc)[span.start:span.end]
    at = max((i for i, w in enumerate(words) if w in _PARTY_WORDS), default=None)
    if at is not None:
        return span.start + at + 1, span.end
    if span.end >= len(doc) or lower_words(doc)[span.end] not in _PARTY_WORDS:
        return None
    return span.end + 1, min(sent_of(span).end, span.end + 1 + PARTY_REACH)


#: How many words after "with" right after an event's name may name whom it is held with.
PARTY_REACH = 10


def _described_bodies_differ(a: Span, b: Span) -> bool:
    """ "a meeting of the cabinet" is no short form of "a meeting of cabinet standing committee":
    two descriptions of the meetings of other bodies (:func:`.retold.other_bodies`)."""
    return a.id_.startswith("event.lower") and b.id_.startswith("event.lower") \
        and other_bodies(span_value(a, "nf_event")["name"], span_value(b, "nf_event")["name"])


def _other_parties(a: Span, b: Span) -> bool:
    """Whether two mentions each name the officials their event is with, and none in common
    (a title shared says nothing: "with Foreign Minister X", "with Trade Minister Y")."""
    ours, theirs = _party_officials(a), _party_officials(b)
    if not (ours and theirs):
        # (no official recognised on one side: the capitalised words there, titles included,
        # so that "with the Prime Minister" and "with Prime Minister Ana Rios" share one)
        ours, theirs = _party_names(a), _party_names(b)
    return bool(ours) and bool(theirs) and not ours & theirs


def _merge_pairs(
    grouped: Dict[str, List[Span]], link_words: Dict[str, FrozenSet[str]], references: set,
) -> Dict[str, List[Span]]:
    """An event named by the pair that meets ("the Xi-Rios summit", "the Lin-Berger talks") is
    the one described as held with either of them ("talks with President Ana Rios"), before or
    after it, when exactly one description names such a party; the pair names it."""
    def pair_of(spans: List[Span]):
        return next((_PAIR_NAME.match(span_value(s, "nf_event")["name"]) for s in spans
                     if _PAIR_NAME.match(span_value(s, "nf_event")["name"])), None)

    def described(spans: List[Span]) -> bool:
        return all(s.id_.startswith("event.lower") and not span_value(s, "nf_event").get("ordinal")
                   for s in spans) and pair_of(spans) is None

    taken: Dict[str, str] = {}  # description -> the pair's event
    for key, spans in grouped.items():
        pair = pair_of(spans)
        if pair is None or pair.group(3).lower() not in link_words["HEAD_NOUN"]:
            continue
        names = {pair.group(1).casefold(), pair.group(2).casefold()}
        with_them = [k for k, other in grouped.items() if k != key and k not in taken and described(other)
                     and any(_parties(s) & names for s in other)]
        if len(with_them) == 1:
            taken[with_them[0]] = key
    out: Dict[str, List[Span]] = {}
    for key, spans in grouped.items():
        if key in taken:
            references.update((s.start, s.end) for s in spans)
        else:
            out[key] = sorted(spans + [s for k, v in taken.items() if v == key for s in grouped[k]], key=lambda s: s.start)
    return dict(sorted(out.items(), key=lambda item: item[1][0].start))


#: Determiners by which a description refers to an event the text is about to name ("the
#: ministers began their meeting in Lusaka ... The 12th Meeting of ...").
_FORWARD_DETERMINERS = frozenset({"the", "their", "its", "his", "her"})


def _head_at(mention: Span, link_words: Dict[str, FrozenSet[str]]) -> int:
    """Where a description's head stands, past words of recurrence and a length that tell no
    occasion apart ("annual summit", "two-day regular meeting")."""
    i = mention.start
    while i < mention.end - 1:
        length = length_at(mention.doc, i, link_words["DURATION_UNIT"])
        if length is not None and length.end < mention.end:
            i = length.end
        elif lower_words(mention.doc)[i] in link_words["FORWARD_MODIFIER"]:
            i += 1
        else:
            break
    return i


def _merge_forward(
    grouped: Dict[str, List[Span]], link_words: Dict[str, FrozenSet[str]], references: set,
) -> Dict[str, List[Span]]:
    """A definite description with no word before its head ("their meeting in Lusaka", "the
    talks in Accra") that the next sentence (or its own) follows with a named event of that head
    noun refers forward to it: one event, named by the name. Not "a meeting" (a new one), nor
    "the preparatory meeting" (a word that tells it apart), nor across another event."""
    keys = list(grouped)
    merged: Dict[str, str] = {}  # description -> the named event it refers to
    for key, after in zip(keys, keys[1:]):
        first, named = grouped[key][0], grouped[after][0]
        value, other = span_value(first, "nf_event"), span_value(named, "nf_event")
        if named.id_.startswith("event.lower") or not all(s.id_.startswith("event.lower") for s in grouped[key]) \
                or value.get("ordinal") or other.get("another"):
            continue
        head = lower_words(first.doc)[_head_at(first, link_words)]
        if head not in link_words["HEAD_NOUN"] or head not in _plain_name_words(other["name"]) \
                or first.start == 0 or lower_words(first.doc)[first.start - 1] not in _FORWARD_DETERMINERS:
            continue
        sents = sentences(first.doc)
        here = sent_of(first)
        at = next(i for i, sent in enumerate(sents) if sent.start == here.start)
        following = [sent for sent in sents[at + 1:at + 3] if sent.text.strip()][:1]
        if sent_of(named).start == here.start or following and sent_of(named).start == following[0].start:
            merged[key] = after
    out: Dict[str, List[Span]] = {}
    for key, spans in grouped.items():
        if key in merged:
            references.update((s.start, s.end) for s in spans)
            continue
        out[key] = sorted(spans + [s for k, v in merged.items() if v == key for s in grouped[k]], key=lambda s: s.start)
    return dict(sorted(out.items(), key=lambda item: item[1][0].start))


def _paragraph(text: _Text, span: Span) -> int:
    """The number of the paragraph that holds the span."""
    return text.position[sent_of(span).start][1]


#: How many earlier events a mention is compared with (all of them in any real article).
MAX_COMPARED = 200


def _other_edition(previous: List[Span], mentions: List[Span]) -> bool:
    """Whether two events are editions of one series ("12th Pacific Water Forum", "13th ...";
    "the 6th Session of the X-Y Joint Commission on Trade", "the 5th Session of the Joint
    Commission"): where the one was held says nothing of where the other is."""
    return _editions(_edition_key(previous), _edition_key(mentions))


#: An event as :func:`_editions` compares it: its ordinal, whether it is "another", its series words.
EditionKey = Tuple[Optional[int], bool, FrozenSet[str]]


def _edition_key(mentions: List[Span]) -> EditionKey:
    value = span_value(mentions[0], "nf_event")
    return value.get("ordinal"), bool(value.get("another")), _series_words(value)


def _editions(a: EditionKey, b: EditionKey) -> bool:
    """:func:`_other_edition` of two events' keys."""
    if not a[0] and not b[0] and not b[1]:
        return False
    if a[0] and b[0] and a[0] != b[0]:
        # two numbered sittings, the one named in fewer words (a short form of the series)
        return bool(a[2]) and bool(b[2]) and (a[2] <= b[2] or b[2] <= a[2])
    return bool(a[2]) and a[2] == b[2]


def _series_words(value: dict) -> FrozenSet[str]:
    """The words of an event's name but its ordinal ("5th", "Fifth", "XV"): the series it is of."""
    return _name_series_words(value["name"], value.get("ordinal"))


@lru_cache(maxsize=4096)
def _name_series_words(name: str, ordinal: Optional[int]) -> FrozenSet[str]:
    """:func:`_series_words` of a name and its ordinal; kept per name (asked for each event
    linked, and again for each later event it is compared with)."""
    return frozenset(w for w in _event_name_words(name)
                     if not (_ORDINAL_WORD.match(w) or ordinal and event_ordinal(w) == ordinal))


_ORDINAL_WORD = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _following(text: _Text, key: str, mention: Span) -> List[Span]:
    """The sentences after a mention's sentence in its paragraph that may still speak of its
    event, up to the first that names another event; a paragraph that opens on a head noun
    ("The meeting was chaired by ...") goes on speaking of it."""
    memo = (key, mention.start, mention.end)
    found = text.following.get(memo)
    if found is None:
        found = text.following[memo] = _sentences_after(text, key, mention)
    return found


def _sentences_after(text: _Text, key: str, mention: Span) -> List[Span]:
    """:func:`_following`, worked out."""
    index, paragraph = text.position[sent_of(mention).start]
    out = []
    for sent in text.sentences[index + 1:index + 1 + FOLLOWING_SENTENCES]:
        if text.position[sent.start][1] != paragraph and not refers_back(sent, text.words):
            break
        paragraph = text.position[sent.start][1]
        # "The meeting kicked off on Thursday ahead of the X Summit": an event set apart as
        # another occasion does not end the talk of this one
        introduced = _introducers(text, sent)[0]
        if any(text.owner.get((e.start, e.end)) != key and e.start not in introduced
               for e in text.events_by_sentence.get(sent.start, [])):
            break
        # "... will travel to Japan for talks with X. The visit, from 9 to 11 June, ...": a journey
        # referred to is another occasion than a gathering
        if opening_head(sent, text.words) in text.words["TRAVEL_HEAD"] and not _is_travel(text, [mention]):
            break
        # "... held talks and witnessed the signing. X also delivered a speech at the Assembly and
        # visited Fukuoka.": "also" adds another doing, not more of the event, unless the sentence
        # opens by naming it again ("The meeting was also attended by ...")
        if "also" in lower_words(text.doc)[sent.start:sent.end] and not refers_back(sent, text.words):
            break
        out.append(sent)
    return out


#: How many words may stand between the opening determiner and the head noun ("The two events").
REFER_MODIFIERS = 3


def refers_back(sent: Span, words: Dict[str, FrozenSet[str]]) -> bool:
    """ "The meeting was ...", "The two events will ...", "Both summits ...", "In the meeting held
    at ...": a sentence opening on a definite head noun, singular or plural, after a few
    lowercase or numeric modifiers, perhaps after a preposition of place or time."""
    return opening_head(sent, words) is not None


#: Words of an event's name.
_WORD_RE = re.compile(r"[a-z]+")
#: Owners' determiners that may open a phrase about a journey told before ("During his visit, ...").
_OWNER_DETERMINERS = frozenset({"his", "her", "their"})


#: Words of place that may follow a journey's head before the comma of :func:`during_journey`.
_DEICTIC_PLACES = ("here", "there")


def during_journey(sent: Span, words: Dict[str, FrozenSet[str]]) -> Optional[int]:
    """ "During the visit, ...", "During his two-day visit, ...": a sentence opened by a preposition
    of time, a determiner, a few lowercase modifiers, a journey's head and a comma: what it tells
    after the comma (returned, else None) happens on the journey told before it, where that
    journey is."""
    doc = sent.doc
    lowers, spaces = lower_words(doc), token_ids(doc, "IS_SPACE")
    first = [i for i in range(sent.start, min(sent.end, sent.start + 4 + REFER_MODIFIERS)) if not spaces[i]]
    if len(first) < 4 or lowers[first[0]] not in words["REFER_PREPOSITION"] \
            or lowers[first[1]] not in words["REFER_OPENER"] and lowers[first[1]] not in _OWNER_DETERMINERS:
        return None
    for k, i in enumerate(first[2:-1], start=2):
        if lowers[i] in words["TRAVEL_HEAD"]:
            # ("During his visit here, ...": the journey told before, where the story is)
            k += k + 2 < len(first) and lowers[first[k + 1]] in _DEICTIC_PLACES
            return first[k + 1] if token_texts(doc)[first[k + 1]] == "," else None
        if not (doc[i].is_lower or doc[i].like_num or lowers[i] in HYPHENS):
            return None
    return None


def opening_head(sent: Span, words: Dict[str, FrozenSet[str]]) -> Optional[str]:
    """The head noun a sentence that refers back opens on (:func:`refers_back`), else None."""
    doc = sent.doc
    lowers, spaces = lower_words(doc), token_ids(doc, "IS_SPACE")  # no Token made per word
    first = [i for i in range(sent.start, min(sent.end, sent.start + 3 + REFER_MODIFIERS)) if not spaces[i]]
    if first and lowers[first[0]] in words["REFER_PREPOSITION"]:
        first = first[1:]  # "In the meeting held at ...", "During the talks, ..."
    else:
        first = first[:2 + REFER_MODIFIERS]
    if len(first) < 2 or lowers[first[0]] not in words["REFER_OPENER"]:
        return None
    for i in first[1:]:
        noun = lowers[i]
        if noun in words["HEAD_NOUN"] or (noun.endswith("s") and noun[:-1] in words["HEAD_NOUN"]):
            return noun
        token = doc[i]
        if not (token.is_lower or token.like_num or token.is_punct):
            return None
    return None


def _event_dates(text: _Text, key: str, mentions: List[Span]) -> Tuple[Optional[str], Optional[str]]:
    found = _dated(text, key, mentions)
    if found is None:
        return _date_told_apart(text, key, mentions)
    mention, date = found
    start, end = span_value(date, "nf_date")["start"], span_value(date, "nf_date")["end"]
    if _ends_on(text, date):
        # "The 9th X runs until Wednesday": the day it ends; its start only from a lead that tells it
        _trace(text, key, "dates", text.sources[key]["dates"] + "+ends_on")
        lead = _dateline_day(text, mentions[0]) or _headline_day(text, mentions[0]) or _lead_date(text, key, mentions)
        return (lead[0] if lead and lead[0] and lead[0] <= end else None), end
    if len(start) < 10 and any(m is mention for m in mentions):  # not from a later "the meeting"
        finer = _finer_date(text, key, mentions, mention, date)
        if finer is not None:
            _trace(text, key, "dates", text.sources[key]["dates"] + "+finer")
            mention, date = finer
            start, end = span_value(date, "nf_date")["start"], span_value(date, "nf_date")["end"]
    if start == end and len(start) == 10:
        return _days_from(text, key, mentions, mention, date)
    return start, end


def _date_told_apart(text: _Text, key: str, mentions: List[Span]) -> Tuple[Optional[str], Optional[str]]:
    """The period of an event that tells no date of its own, from the story around it (in this
    order), else none."""
    first = mentions[0]
    for source, find in (
        ("dates.dateline_day", lambda: _dateline_day(text, first)),
        ("dates.headline_day", lambda: _headline_day(text, first)),
        ("dates.same_day", lambda: _same_day(text, mentions)),
        ("dates.day_of_another", lambda: _day_of_another(text, key, mentions)),
        ("dates.after_another", lambda: _day_after_another(text, key, mentions)),
        ("dates.signing_told_before", lambda: _signing_told_before(text, mentions)),
        ("dates.lead", lambda: _lead_date(text, key, mentions)),
        ("dates.gathering", lambda: _gathering_date(text, key, mentions)),
        ("dates.arrival_lead", lambda: _arrival_lead_day(text, mentions)),
        ("dates.margins_of", lambda: _margins_date(text, mentions)),
    ):
        found = find()
        if found:
            _trace(text, key, "dates", source)
            return found
    _trace(text, key, "dates", "null.dates_untold")
    return None, None


def _same_period(text: _Text, sent: Span, period: Tuple[Optional[str], Optional[str]]) -> bool:
    """Whether every date (and year) a sentence tells may be the event's period."""
    return all(periods_meet(period, (span_value(d, "nf_date")["start"], span_value(d, "nf_date")["end"]))
               for group in (text.dates, text.years) for d in group.get(sent.start, []))


def _told_then(text: _Text, sent: Span, period: Tuple[Optional[str], Optional[str]]) -> bool:
    """Whether a sentence tells no time, or some date (or year) that may be the event's period
    ("the gathering will be held in Cusco next year" tells of another edition)."""
    told = [span_value(d, "nf_date") for group in (text.dates, text.years) for d in group.get(sent.start, [])]
    return not told or any(periods_meet(period, (v["start"], v["end"])) for v in told)


def _told_other_time(text: _Text, mention: Span, period: Tuple[Optional[str], Optional[str]]) -> bool:
    """Whether the dates (and years) of a mention's sentence are all of another time than
    ``period``: "... travels to Auckland on 23 May. / X welcomed a decision to hold a business
    dialogue on the margins of the Y in September" (an event with no period of its own told at
    another time is another occasion, whose place the one told before does not give). Not the
    dates after another event that a word of sequence introduces after the mention ("the A and
    the B, which reviewed the preparations for the C, scheduled from 24 to 28 July")."""
    sent = sent_of(mention)
    later = min((i for i in _introducers(text, sent)[0] if i > mention.start), default=sent.end)
    told = [span_value(d, "nf_date") for group in (text.dates, text.years) for d in group.get(sent.start, [])
            if d.start < later]
    return bool(told) and not any(periods_meet(period, (v["start"], v["end"])) for v in told)


def _gathered_before(text: _Text, mentions: List[Span]) -> Optional[Span]:
    """ "On Friday, ministers from 12 countries gathered in Honiara. The 5th X Meeting discussed
    ...": the sentence right before the event's first mention, in its paragraph, that tells a
    gathering by its verb and names no event, tells the event's day and place."""
    before = _before_in_paragraph(text, mentions)
    verbs = text.words["MEET_VERB"]
    return before if before is not None and any(w in verbs for w in lower_words(text.doc)[before.start:before.end]) else None


def _before_in_paragraph(text: _Text, mentions: List[Span]) -> Optional[Span]:
    """The sentence right before the event's first mention, in its paragraph below the headline,
    when it names no event and tells of no earlier edition ("Ministers last met in Tonga")."""
    index, paragraph = text.position[sent_of(mentions[0]).start]
    if index == 0 or text.sentences[index - 1].end_char <= text.headline_end:
        return None
    before = text.sentences[index - 1]
    if text.position[before.start][1] != paragraph or text.events_by_sentence.get(before.start) \
            or _past_edition(text, before):
        return None
    return before


#: How many days before an event's first day those who attend it may arrive where it is held.
ARRIVAL_DAYS = 3


def _arrival_place(text: _Text, sent: Span, period: Tuple[Optional[str], Optional[str]]) -> Optional[Span]:
    """Where a sentence tells that people arrived ("Delegates arrived in Apia on Sunday", a verb
    of journey right before "in"), when the day it tells, if any, is the event's or up to
    ``ARRIVAL_DAYS`` before it: the event's place."""
    lowers = lower_words(text.doc)
    place = next((v for v in _told_places(text, sent) if v.start >= sent.start + 2
                  and lowers[v.start - 1] == "in" and lowers[v.start - 2] in text.words["DEPART_WORD"]), None)
    if place is None or not period[0]:
        return place if place is not None and _same_period(text, sent, period) else None
    for d in text.dates.get(sent.start, []):
        day = span_value(d, "nf_date")
        if len(day["start"]) != 10 or not (day["start"] <= period[0][:10] <= (add_days(day["start"], ARRIVAL_DAYS) or "")):
            return None
    return place


def _gathering_date(text: _Text, key: str, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """The day of a gathering told in the sentence right before the event (:func:`_gathered_before`)."""
    before = _gathered_before(text, mentions)
    # (not a date of another noun: "As we convene for today's session")
    date = next((d for d in text.dates.get(before.start, []) if _event_time(text, d, False)
                 and not _of_another(d, mentions[0])), None) if before else None
    if date is None:
        return None
    start, end = span_value(date, "nf_date")["start"], span_value(date, "nf_date")["end"]
    if start == end and len(start) == 10:
        return _days_from(text, key, mentions, text.doc[before.start:before.start + 1], date)
    return start, end


#: How many sentences before an event's the day its "on the same day" refers to may be told.
SAME_DAY_REACH = 12


def _same_day(text: _Text, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "The minister arrived in Nairobi on 4 May. On the same day, she held talks with X": an
    event whose sentence says it took place that day ("later in the day", "the following day":
    :func:`.cues.same_day_shift`) took place on the single day told last before that sentence,
    within SAME_DAY_REACH sentences (or on the day after it)."""
    for mention in mentions:
        words = _day_words(text, mention)
        shift = same_day_shift(text.doc, words, text.words)
        if shift is None:
            continue
        # ("will meet X on 30 July, prior to taking part in the Y the following day": the day
        # its own sentence tells before the word "day" comes first)
        index = text.position[sent_of(mention).start][0]
        for before in [sent_of(mention)] + list(reversed(text.sentences[max(0, index - SAME_DAY_REACH):index])):
            days = [v for v in (span_value(d, "nf_date") for d in text.dates.get(before.start, []) if d.end <= words[0])
                    if len(v["start"]) == 10 and v["start"] == v["end"]]
            if days:
                day = add_days(days[-1]["start"], shift)
                return (day, day) if day else None
        return None
    return None


def _day_words(text: _Text, mention: Span) -> List[int]:
    """The words "day" of a mention's sentence before the next event it names ("talks on Monday,
    and on the same day the X Forum opened"), from the doc's word index (no walk per mention)."""
    sent = sent_of(mention)
    days = text.day_words[bisect.bisect_left(text.day_words, sent.start):bisect.bisect_left(text.day_words, sent.end)]
    if not days:
        return []
    starts = sorted(e.start for e in text.events_by_sentence.get(sent.start, []))
    at = bisect.bisect_left(starts, mention.end)
    upto = starts[at] if at < len(starts) else sent.end
    return [i for i in days if i < upto]


#: How many sentences before an event's "on the opening day" the occasion it refers to may be named.
OTHER_DAY_REACH = 3


def _day_of_another(text: _Text, key: str, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "The X Summit will be held on 3 and 4 July. On the opening day, the ministers will hold the
    Y Meeting", "the Y took place on the last day of the Session": an event told on the first
    (FIRST_DAY) or last (LAST_DAY) day of another occasion takes that occasion's start (or end):
    the occasion named after "day of", else the one named last before it, within OTHER_DAY_REACH
    sentences."""
    lowers = lower_words(text.doc)
    for mention in mentions:
        at = next((i for i in _day_words(text, mention) if i >= 2 and lowers[i - 2] == "the"
                   and (lowers[i - 1] in text.words["FIRST_DAY"] or lowers[i - 1] in text.words["LAST_DAY"])), None)
        if at is None or mention.start <= at < mention.end:
            continue
        other = _occasion_before(text, key, mention, at)
        period = text.periods.get(other) if other else None
        if not period:
            return None
        day = period[0] if lowers[at - 1] in text.words["FIRST_DAY"] else period[1]
        return (day, day) if day and len(day) == 10 else None
    return None


def _day_after_another(text: _Text, key: str, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "PM X attended the swearing-in ceremony on Sunday evening. The two leaders then held talks
    after the ceremony.": an event whose sentence places it right after an occasion told before
    (:func:`.cues.after_occasion`) took place on that occasion's day, when it has a single one: the
    occasion named last before the mention within OTHER_DAY_REACH sentences."""
    for mention in mentions:
        at = after_occasion(text.doc, sent_of(mention), text.words)
        if at is None or mention.start <= at < mention.end:
            continue
        other = _occasion_before(text, key, mention, at)
        period = text.periods.get(other) if other else None
        day = period[0] if period and period[0] == period[1] else None
        return (day, day) if day and len(day) == 10 else None
    return None


#: How many sentences before an event's sentence that tells a signing again the signing's day may be told.
SIGNING_REACH = 2


def _signing_told_before(text: _Text, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "X and Y signed a memorandum on 20 May in Apia. The memorandum was signed by A and B
    during a meeting in the capital.": an event whose sentence opens on a determiner that refers
    back (REFER_OPENER) and tells a signing (SIGNED before the mention) took place on the single day of
    the signing told in one of the SIGNING_REACH sentences before it, below the headline, that
    tells a signing by its verb and names no event (whose day would be that event's)."""
    lowers, signed = lower_words(text.doc), text.words["SIGNED"]
    for mention in mentions:
        sent = sent_of(mention)
        opener = next((i for i in range(sent.start, sent.end) if not text.doc[i].is_space), sent.end)
        if opener == sent.end or lowers[opener] not in text.words["REFER_OPENER"] \
                or not any(w in signed for w in lowers[opener:mention.start]):
            continue
        index = text.position[sent.start][0]
        for before in reversed(text.sentences[max(0, index - SIGNING_REACH):index]):
            if before.end_char <= text.headline_end or text.events_by_sentence.get(before.start):
                return None
            if not any(w in signed for w in lowers[before.start:before.end]):
                continue
            days = {v["start"] for v in (span_value(d, "nf_date") for d in text.dates.get(before.start, []))
                    if len(v["start"]) == 10 and v["start"] == v["end"]}
            return (days.pop(),) * 2 if len(days) == 1 else None
        return None
    return None


def _occasion_before(text: _Text, key: str, mention: Span, at: int) -> Optional[str]:
    """The occasion whose day the words "the opening day" at ``at`` tell: another event named
    right after "of (the)" ("on the last day of the Session", by its head noun too), else the
    other event named last before the mention within OTHER_DAY_REACH sentences."""
    lowers = lower_words(text.doc)
    index = text.position[sent_of(mention).start][0]
    first = text.sentences[max(0, index - OTHER_DAY_REACH)].start
    before = [e for e in text.events if first <= e.start < mention.start and text.owner.get((e.start, e.end)) not in (None, key)]
    if at + 1 < len(lowers) and lowers[at + 1] == "of":
        noun = at + 3 if at + 2 < len(lowers) and lowers[at + 2] == "the" else at + 2
        named = next((e for e in text.events if e.start == noun), None)
        if named is not None:
            return None if text.owner.get((named.start, named.end)) == key else text.owner.get((named.start, named.end))
        if noun >= len(lowers) or lowers[noun] not in text.words["HEAD_NOUN"]:
            return None
        before = [e for e in before if lowers[noun] in _name_words(span_value(e, "nf_event")["name"], {})]
    return text.owner.get((before[-1].start, before[-1].end)) if before else None


#: How many sentences after the story's lead its first event may be named and still be what the
#: lead tells of ("SUVA, 2 June -- Fisheries ministers met today ... / The 5th X Meeting ...").
LEAD_REACH = 2


def _leads(text: _Text, mentions: List[Span]) -> List[Span]:
    """What may tell of the story's first event when its own sentences do not: the lead
    sentence, then the headline, each when it names no event, the event being the story's
    first and named within LEAD_REACH sentences after the lead ("Ministers to meet in Suva on
    Thursday / The 9th Trade Ministers Meeting will review ...")."""
    body = _body(text)
    if not body:
        return []
    first = _first_of_body(text, body)
    # (nor one introduced as another occasion: "... leading to the Fifth Session of the X")
    if first is None or not any(m.start == first.start for m in mentions) or _sequenced(text, first):
        return []
    reach = text.position[sent_of(first).start][0] - text.position[body[0].start][0]
    if reach > LEAD_REACH and not (reach <= NAMED_LEAD_REACH and _named_by_lead(text, first, body[0])):
        return []
    # (a headline that is only a date is the day the story was posted: "Friday, August 10, 2007")
    headline = [s for s in text.sentences if s.end_char <= text.headline_end and not _date_line(text, s)]
    # a lead that tells a signing by its verb tells that occasion ("Peru and Chile today signed ...")
    return [s for s in body[:1] + headline[:1] if not text.events_by_sentence.get(s.start)
            and not any(w in text.words["SIGNED"] for w in lower_words(text.doc)[s.start:s.end])]


#: How many sentences after the lead an event may be named whose words the lead all writes
#: ("Forum Foreign Ministers will meet today in Suva. ... The Forum Foreign Ministers meeting
#: will be chaired by ...").
NAMED_LEAD_REACH = 5


def _named_by_lead(text: _Text, event: Span, lead: Span) -> bool:
    """Whether the lead writes every word of the event's name but its head nouns (the lead
    tells of the meeting of those it names: "Forum Foreign Ministers will meet today")."""
    words = _name_words(span_value(event, "nf_event")["name"], {}) - text.words["HEAD_NOUN"]
    written = set(lower_words(lead.doc)[lead.start:lead.end])
    return len(words) >= 2 and words <= written


def _first_of_body(text: _Text, body: List[Span]) -> Optional[Span]:
    """The story's first event mention in its body, found once per doc (asked for each event:
    a list of thousands of meetings would make it quadratic)."""
    if text.body_first is None or text.body_first[0] is not body:
        first = min((e for e in text.events if e.start_char >= body[0].start_char), key=lambda e: e.start, default=None)
        text.body_first = (body, first)
    return text.body_first[1]


def _body(text: _Text) -> List[Span]:
    """The sentences of the story's body, from the first that is not a date line (listed once per doc)."""
    if text.body is None:
        body = [s for s in text.sentences if s.start_char >= max(text.headline_end, doc_value(text.doc, "body_start") or 0)]
        # a release's date line ("Friday 5 March 1999") tells when it was issued, it is no lead
        text.body = body[next((k for k, s in enumerate(body) if not _date_line(text, s)), len(body)):]
    return text.body


def _date_line(text: _Text, sent: Span) -> bool:
    """Whether a sentence is only a date, and its punctuation ("Friday March 5, 1999"), perhaps
    after the place it was written in (a dateline on its own line under a byline: "by A. Writer /
    HARBOUR CITY, Wed. Aug. 28, 2024 / Earlier this week, ...")."""
    inside = {i for d in _group(text.doc, settings.SPANS_DATES) if sent.start <= d.start < sent.end
              for i in range(d.start, d.end)}
    if not inside:
        return False
    first = min(inside)
    if _byline_stamp(text, sent, inside):
        return True
    # (and the hour it was posted at: "September 7, 2018 at 11:18", "5 March 2019 - 10:02 am")
    if not all(t.i in inside or t.is_punct or t.is_space or _stamp_hour(text, t.i) for t in text.doc[first:sent.end]):
        return False
    # (the place of a dateline in capitals, perhaps with a short weekday: "HARBOUR CITY, Wed. Aug. 28")
    return first == sent.start or _DATELINE_HEAD.fullmatch(text.doc[sent.start:first].text.strip()) is not None


#: How many words a byline's stamp line may have besides its date ("Posted by A. Writer on").
STAMP_WORDS = 8
#: Sentence ends: a line that closes on none is no sentence of the story.
_SENTENCE_ENDS = frozenset(".!?\"\u201d")


def _byline_stamp(text: _Text, sent: Span, inside: set) -> bool:
    """Whether a line that tells a date is a byline's or a release's stamp, no sentence: it ends
    on no full stop and holds, beside its date and hour, only a few names and short words ("By
    A. Writer - May 26, 2022", "Posted by A. Writer on Oct 24, 2011", "Apr 10, 2018 | News",
    "Media Release 12th June 2019", "Ministry of Foreign Affairs, June 30, 2017")."""
    raw = text.raw[sent.start_char:sent.end_char].strip()
    if not raw or "\n" in raw or raw[-1] in _SENTENCE_ENDS:
        return False
    words = [t for t in text.doc[sent.start:sent.end] if t.i not in inside and not (t.is_punct or t.is_space)
             and not _stamp_hour(text, t.i)]
    # (a lowercase word of four letters or more is a sentence's: "Ministers to meet in Suva on 3 May")
    return len(words) <= STAMP_WORDS and not any(t.text.isascii() and t.is_lower and len(t.text) > 3 for t in words)


#: The words that may join a date line's date to the hour it was posted at ("at 11:18").
_STAMP_JOINERS = frozenset({"at", "to", "on", "-", "|", "\u2013"})


def _stamp_hour(text: _Text, i: int) -> bool:
    """Whether token ``i`` of a date line tells the hour the story was posted at: a clock time
    ("11:18"), a word of the time of day after one ("am", "GMT"), or the word joining it to
    the date ("at", "to")."""
    texts, lowers, doc = token_texts(text.doc), lower_words(text.doc), text.doc
    if CLOCK_TIME.fullmatch(texts[i]):
        return True
    if lowers[i] in text.words["TIME_OF_DAY"]:
        return i > 0 and (CLOCK_TIME.fullmatch(texts[i - 1]) is not None or texts[i - 1].isdigit())
    nxt = next((k for k in range(i + 1, len(doc)) if not doc[k].is_space), None)
    return lowers[i] in _STAMP_JOINERS and nxt is not None and CLOCK_TIME.fullmatch(texts[nxt]) is not None


#: The place (in capitals) and short weekday that may open a date line ("HARBOUR CITY, Wed.").
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z.'\- ]*[A-Z.],(?:\s*[A-Z][a-z]{1,3}\.,?)?")


def _lead_date(text: _Text, key: str, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "SUVA, 2 June -- Pacific fisheries ministers met today to set quotas. / The 5th Tuna
    Commission Meeting agreed ...": the day of a lead (or headline) that names no event is the
    story's first event's."""
    travel = _is_travel(text, mentions)
    for lead in _leads(text, mentions):
        # not the dateline's own day (the day of the report)
        date = next((d for d in _group(text.doc, settings.SPANS_DATES) if lead.start <= d.start < lead.end
                     and (d.start_char >= (doc_value(text.doc, "dateline_end") or 0) or d.end_char <= text.headline_end)
                     and _is_event_date(d) and _event_time(text, d, travel) and not _posted_stamp(text, d)), None)
        if date is None or _other_tense(date, mentions[0]) or travel and _tells_other_head(text, lead):
            continue
        start, end = span_value(date, "nf_date")["start"], span_value(date, "nf_date")["end"]
        if start == end and len(start) == 10:
            return _days_from(text, key, mentions, text.doc[lead.start:lead.start + 1], date)
        return start, end
    return None


def _tells_other_head(text: _Text, lead: Span) -> bool:
    """ "UN chief to engage in high-level meetings today": a lead or headline that tells a head of
    a gathering (HEAD_NOUN) and no journey's tells the day of that gathering, not of a journey."""
    words = set(lower_words(text.doc)[lead.start:lead.end])
    heads = text.words["HEAD_NOUN"] | {w + "s" for w in text.words["HEAD_NOUN"]}
    return bool(words & heads) and not words & text.words["TRAVEL_HEAD"]


#: What sets the day a story was posted apart at the end of its headline ("X visit is historic : 05/12/2016").
_STAMP_MARKS = frozenset({":", "|"})


def _posted_stamp(text: _Text, date: Span) -> bool:
    """Whether a date closes its line after a colon or a bar, with nothing but the hour after it
    ("The royal visit is historic, minister says : 05/12/2016"): the day the story was posted."""
    doc, texts = text.doc, token_texts(text.doc)
    before = next((k for k in range(date.start - 1, -1, -1) if not doc[k].is_space), None)
    if before is None or texts[before] not in _STAMP_MARKS:
        return False
    for k in range(date.end, len(doc)):
        if "\n" in texts[k] or doc[k].is_space and "\n" in doc[k].whitespace_ + texts[k]:
            return True
        if not (doc[k].is_space or _stamp_hour(text, k)):
            return False
    return True


def _other_tense(date: Span, mention: Span) -> bool:
    """ "X on Sunday thanked the envoy of Y. / The two will also attend the 9th Z Summit": a
    lead's date told in the past is not the day of an event its sentence tells as to come (not
    the reverse: "X will travel to Suva on 9 June. / He said the Forum was a sign of close
    ties" reports in the past an event to come)."""
    return sentence_tense(date) == "past" and sentence_tense(mention) == "future"


#: How many words may stand between an event's lead mention and the verb that opens or closes it
#: ("The 46th Meeting of the Council, held at the Headquarters in Arusha, has concluded").
LEAD_VERB_REACH = 16


def _dateline_day(text: _Text, mention: Span) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "ARUSHA, Nov 28 -- The 46th Meeting of the Council ... has concluded with ...": an event
    the story's first sentence says opens or closes, with no day of its own, does so on the
    dateline's day (its start, or its end); so does a journey the sentence says was begun before
    its mention ("X arrived here on a state visit")."""
    dateline_end = doc_value(text.doc, "dateline_end") or 0
    if not dateline_end or mention.start_char < dateline_end:
        return None
    day = next((d for d in _group(text.doc, settings.SPANS_DATES) if d.end_char <= dateline_end
                and span_value(d, "nf_date") and len(span_value(d, "nf_date")["start"]) == 10 and span_value(d, "nf_date")["start"] == span_value(d, "nf_date")["end"]), None)
    sent = sent_of(mention)
    # the dateline's sentence, or the one right after it
    if day is None or not 0 <= text.position[sent.start][0] - text.position[sent_of(day).start][0] <= 1:
        return None
    # "NEW DELHI, Feb 17 -- X arrived here on a three-day state visit": a journey begun before it
    if _is_travel(text, [mention]) and any(w in text.words["JOURNEY_BEGUN"]
                                           for w in lower_words(text.doc)[max(sent.start, day.end):mention.start]):
        return span_value(day, "nf_date")["start"], None
    for token in text.doc[mention.end:min(sent.end, mention.end + LEAD_VERB_REACH)]:
        if token.i in text.event_tokens:
            return None
        if token.lower_ in text.words["OPENED"]:
            return span_value(day, "nf_date")["start"], None
        if token.lower_ in text.words["CLOSED"]:
            return None, span_value(day, "nf_date")["start"]
    return None


def _headline_day(text: _Text, mention: Span) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "Forum Economic Ministers Meeting opens in Suva" over a story that dates it nowhere else:
    a headline that says in the present tense that the event opens (or closes) tells the day
    the story was published."""
    published = doc_value(text.doc, "published")
    if not published or len(published) != 10 or mention.end_char > text.headline_end:
        return None
    lowers = lower_words(text.doc)
    verb = next((lowers[i] for i in range(mention.end, min(len(lowers), mention.end + 2))
                 if not text.doc[i].is_space), "")
    if not verb.endswith("s"):  # "opens", "kicks off", "concludes"; not "opened" (a day since)
        return None
    if verb in text.words["OPENED"]:
        return published, None
    if verb in text.words["CLOSED"]:
        return None, published
    return None


def _finer_date(
    text: _Text, key: str, mentions: List[Span], mention: Span, date: Span,
) -> Optional[Tuple[Span, Span]]:
    """ "the 54th Leaders Meeting in Honiara next month. The meeting is scheduled to run from
    8 to 12 September": the days that a sentence going on speaking of the event, or another
    mention's sentence, gives within the month or year first told."""
    low, high = span_value(date, "nf_date")["start"], span_value(date, "nf_date")["end"]
    travel = _is_travel(text, mentions)
    following = [(mention, s) for s in _following(text, key, mention) if not _past_edition(text, s)]
    others = [(m, sent_of(m)) for m in mentions if sent_of(m).start != sent_of(mention).start]
    told = [(owner, text.dates.get(sent.start, [])) for owner, sent in following + others]
    # "a state visit to Britain in June ... will make the trip from June 3 to June 5"
    told += [(anaphor, _told_of(text, key, anaphor, text.dates)) for anaphor in text.anaphors.get(key, [])]
    for owner, spans in told:
        for span in spans:
            value = span_value(span, "nf_date")
            if len(value["start"]) == 10 and value["start"][:len(low)] >= low and value["end"][:len(high)] <= high \
                    and _event_time(text, span, travel) and not _of_another(span, owner) \
                    and not (owner is mention and _announced_before(text, mention, span)):
                return owner, span
    return None


def _dated(text: _Text, key: str, mentions: List[Span]) -> Optional[Tuple[Span, Span]]:
    """The mention and the date that tell when the event is: a date of a mention's sentence
    (the first mention that has one), else the first date of the sentences that go on speaking
    of it, else a year written next to a mention; a signing takes the day of the signing."""
    travel = _is_travel(text, mentions)
    # "the officials' meeting that preceded the 4th Session yesterday ... the session to be held on
    # 17 November": a mention that a word of sequence introduces, whose date may be the other
    # occasion's, tells the event's date after the mentions that name it plainly
    # ("will be on a visit from 9 to 11 May to take part in the A-B Trade Forum ... will attend the
    # 13th Trade Forum meeting on 11 May": a mention with the ordinal tells its edition's date first)
    # ("talks held on the sidelines of the X Ministerial in Accra yesterday ... led a delegation to
    # the X Ministerial from 5-6 December": the day of a sentence telling what happened on the
    # margins of the event is that of the side meeting, after a mention that tells the event's own)
    numbered = any(span_value(m, "nf_event").get("ordinal") for m in mentions)
    for mention in sorted(mentions, key=lambda m: (_sequenced(text, m), numbered and not span_value(m, "nf_event").get("ordinal"),
                                                   _hosts_margins(text, m))) \
            if len(mentions) > 1 else mentions:
        own = [d for d in _own_dates(text, mention) if _its_time(text, d, mention, travel) and not _of_another(d, mention)
               and not _set_apart(text, d, mention) and not _other_item(text, d, mention)
               and not _decided_before(text, d, mention) and not _said_before(text, d, mention)
               # "returned on Sunday following a visit to X, where he attended the Y Summit"
               and (travel or not _return_day(text, d, mention))
               and not _clause_of_other_noun(text, d, mention)
               and not _part_of_whole(text, d, mention)
               and not _signed_clause(text, d, mention)
               and not _process_time(text, d, mention)
               # "while staying in Korea from 6 to 8 September, he will hold talks": the stay's period
               and not (not travel and clause_cue(d, text.words["STAY_WORD"], text.event_tokens, through=text.place_commas))
               and not (travel and _beyond_clause(text, d, mention))
               and not (travel and _framing_journey(text, d, mention))
               and not (travel and _outside_frame(text, d, mention))
               and not (travel and _other_length(text, d, mention))]
        # "While the X, which ..., will be held on 4 June, the Y, which ..., opens on 6 June": a
        # date the mention claims before one that stands nearer to it, after another event
        claimed = set(map(id, _claimed(text, mention, "dates")))
        own = [d for d in own if id(d) in claimed] or own
        # "X, which was scheduled in June this year but was postponed, will take place in June
        # next year": the date of the earlier schedule is not this one's, another told or not
        # ("was expected in mid-February but postponed": the new date is untold)
        own = _not_stamped(text, [d for d in own if not _superseded(text, d)])
        # "The X, which runs until Friday, opened on Monday": the day it opened tells its start
        opening = [d for d in own if not _ends_on(text, d)]
        date = _nearest(mention, opening or own, before=DATE_BEFORE_WEIGHT)
        if date is not None:
            _trace(text, key, "dates", "dates.own_sentence")
            return mention, date
    for mention in mentions:
        for sent in _following(text, key, mention):
            if _past_edition(text, sent):
                continue
            date = next((d for d in text.dates.get(sent.start, [])
                         if _event_time(text, d, travel) and not _of_another(d, mention)
                         and not _after_other_event(text, key, d)
                         and not _announced_before(text, mention, d) and not (travel and _departs_later(text, d, mention))
                         and not (travel and d.start > (_frame_comma(text, sent) or len(text.doc)))
                         and not _after_return(text, d)), None)
            if date is not None:
                _trace(text, key, "dates", "dates.following_sentence")
                return mention, date
    for anaphor in text.anaphors.get(key, []):
        date = _nearest(anaphor, [d for d in _told_of(text, key, anaphor, text.dates)
                                  if _event_time(text, d, travel) and not _of_another(d, anaphor)
                                  and not _after_return(text, d)])
        if date is not None:
            _trace(text, key, "dates", "dates.anaphor")
            return anaphor, date
    for mention in mentions:
        # not the year of a series' start ("the 4th X Forum, first held in 2019,")
        near = [y for y in text.years.get(sent_of(mention).start, [])
                if _next_to(text, mention, y) and _event_time(text, y, travel) and not _signed_clause(text, y, mention)
                and not clause_cue(y, text.words["ORIGIN_WORD"], text.event_tokens, through=text.place_commas)]
        if near:
            _trace(text, key, "dates", "dates.year_next_to")
            return mention, _nearest(mention, near)
    if _is_signing(mentions):
        date = _signed_day(text, mentions[0])
        if date is not None:
            _trace(text, key, "dates", "dates.signing_day")
            return mentions[0], date
    return None


#: Words between the day someone spoke and the event he spoke at ("speaking on Monday during a meeting").
_SPOKEN_AT = _ARTICLES_AND_OWNERS - {"its"} | {"during", "at"}


def _spoken_at(text: _Text, date: Span, mention: Span) -> bool:
    """ "Speaking on Monday during a bilateral meeting at the White House, X said ...", "X said on
    Friday at the talks": the day of a saying told right before "during" or "at" and the event
    (nothing else between) is the day of the event it was said at; not a journey's (said during a
    visit of several days) nor a day told after the event."""
    if date.end > mention.start or mention.start - date.end > 3 or _is_travel(text, [mention]):
        return False
    between = lower_words(text.doc)[date.end:mention.start]
    if not (between and between[0] in ("during", "at") and all(w in _SPOKEN_AT for w in between)):
        return False
    # (only the sign of a saying is set aside: "for the year ended 31 March at the X" stays no day of X)
    words, inside, through = text.words, text.event_tokens, text.place_commas
    return clause_cue(date, words["REPORT_WORD"], inside, after=CUE_AFTER, through=through) \
        and not (clause_cue(date, words["SINCE_WORD"], inside, through=through) or _account_end(text, date)
                 or _incident_time(text, date) or _office_taken(text, date) or _deadline(text, date))


def _its_time(text: _Text, date: Span, mention: Span, travel: bool) -> bool:
    """Whether a date of the mention's sentence may tell when its event is (:func:`_event_time`), or
    the day of a saying at it or of an arrival joined to it is its day."""
    return _event_time(text, date, travel) or _spoken_at(text, date, mention) or _arrived_and_held(text, date, mention, travel)


def _arrived_and_held(text: _Text, date: Span, mention: Span, travel: bool) -> bool:
    """ "X arrived in South Africa on Thursday and held bilateral talks with his counterpart": the
    day of an arrival whose verb "and" joins to the verb of the event (no "to" of a purpose, no
    clause between) is the event's day too; not "arrived on Monday to attend the summit"."""
    if travel or date.end > mention.start:
        return False
    lowers, texts = lower_words(text.doc), token_texts(text.doc)
    between = range(date.end, mention.start)
    words = text.words
    return any(lowers[i] == "and" for i in between) \
        and not any(lowers[i] == "to" or texts[i] in CLAUSE_BREAKS and i not in text.place_commas for i in between) \
        and clause_cue(date, words["DEPART_WORD"] | words["ARRIVAL_WORD"], text.event_tokens, through=text.place_commas) \
        and not (clause_cue(date, words["REPORT_WORD"], text.event_tokens, after=CUE_AFTER, through=text.place_commas)
                 or _account_end(text, date) or _incident_time(text, date) or _deadline(text, date))


def _hosts_margins(text: _Text, mention: Span) -> bool:
    """Whether the mention is the event something is held beside: "on the sidelines of the X",
    "on the margins of X" right before it (MARGIN_WORD)."""
    lowers, at = lower_words(text.doc), mention.start - 1
    if at >= 0 and lowers[at] in _FOR_DETERMINERS:
        at -= 1
    return at >= 1 and lowers[at] == "of" and lowers[at - 1] in text.words["MARGIN_WORD"]


def _after_other_event(text: _Text, key: str, date: Span) -> bool:
    """Whether a date of a later sentence stands after another event named in it ("It follows the
    visit of X to Peru from 30 November to 1 December."): that event's date, not the one spoken of
    (a date before it stays: "The meeting opened on Monday ahead of the X Summit")."""
    return any(text.owner.get((e.start, e.end)) != key and e.end <= date.start
               for e in text.events_by_sentence.get(sent_of(date).start, []))


def _announced_for_later(text: _Text, announced: List[Span], end: Optional[str], mention: Span) -> bool:
    """Whether an event told as to come ("the 19th X Summit, to be held in Islamabad", future
    tense, no day past) lends its place to one that ended before the story's publication day
    ("Yesterday, A met his counterpart B"), or that the text gives no day but tells as past ("...
    the next X Meeting, which will be held in Malta in 2015. / The meeting took place in the
    wings of the 69th Y"): it does not."""
    published = doc_value(text.doc, "published")
    if end:
        return bool(published) and end < published[:len(end)] and sentence_tense(announced[0]) == "future"
    # (events of one sentence share its tense; each reading walks a sentence: not one per event of it)
    return sent_of(mention).start != sent_of(announced[0]).start and sentence_tense(mention) == "past" \
        and sentence_tense(announced[0]) == "future"


def _at_other_time(text: _Text, carried: tuple, end: Optional[str], mention: Span) -> bool:
    """Whether the event whose place would carry (``carried``: see :func:`link_events`) is told at
    another time than the mention's: announced for later than one past, or past for one to come."""
    return _announced_for_later(text, carried[2], end, mention) or _past_for_later(text, carried[3], mention)


def _past_for_later(text: _Text, period: Tuple[Optional[str], Optional[str]], mention: Span) -> bool:
    """Whether an event that ended before the story's publication day ("It follows the visit of
    X to Peru from 30 November to 1 December 2025.") would lend its place to one the mention's
    sentence announces ("During his stay, he will meet Y"): a past occasion is not one to come."""
    published, end = doc_value(text.doc, "published"), period[1]  # (not one begun and going on)
    return bool(published and end) and end < published[:len(end)] and sentence_tense(mention) == "future"


def _announced_before(text: _Text, mention: Span, date: Span) -> bool:
    """Whether a date of a later sentence ends before the story's publication day while the
    mention's sentence announces the event (future tense): "The forum will hold its next
    session in Apia. Ministers met on Monday to ..." (the tense is read only then: it costs a
    walk over the sentence)."""
    published, end = doc_value(text.doc, "published"), span_value(date, "nf_date")["end"]
    return bool(published) and end < published[:len(end)] and sentence_tense(mention) == "future"


#: What sets a day that opens a line off from the story after it ("May 8: The ...", "23 May 2017 – The ...").
STAMP_MARKS = frozenset({":", "-", "\u2013", "\u2014", "--"})


def _not_stamped(text: _Text, own: List[Span]) -> List[Span]:
    """ "May 8: The 9th X was held by video conference on 7 May 2021": a day that opens its line,
    set off by a colon or a dash, stamps the day of writing; another day of the sentence is the
    event's (the stamp alone may still be)."""
    return [d for d in own if not _writing_stamp(text, d)] or own


def _writing_stamp(text: _Text, date: Span) -> bool:
    """A day written first on its line and set off by a colon or a dash: the day of writing."""
    line = text.raw.rfind("\n", 0, date.start_char) + 1
    return not text.raw[line:date.start_char].strip() and date.end < len(text.doc) and token_texts(text.doc)[date.end] in STAMP_MARKS


def _own_dates(text: _Text, mention: Span) -> List[Span]:
    """The dates of the mention's sentence that may be its event's: all of them but those that
    another event named between claims ("X aimed to prepare the Y Meeting, scheduled from 24 to
    28 July") or that follow another event ("the X Session on 17 October, and then the Y
    Summit"). Dates before every event of the sentence are shared ("On 1 June the minister
    attends X and holds Y")."""
    sent = sent_of(mention).start
    dates = [d for d in text.dates.get(sent, []) if not _before_margins(text, d, mention)]
    rivals = _rivals(text, sent)
    if len(rivals) <= 1 or not dates or _rival_index(text, mention) is None:
        return dates
    owned = set(map(id, _claimed(text, mention, "dates")))
    ends = [e.end for e in rivals]
    out = []
    for date in dates:
        if _purpose_of_other(text, rivals, date, mention):
            continue
        if id(date) not in owned:
            if date.start >= mention.end:
                continue
            # a date nearer to the end of another event before it is that one's ("the X
            # Conference that took place on 10 May in Lima, it is hoped that the Y meeting ...",
            # "the X Session on 17 October, and then the Y Summit")
            before = bisect.bisect_right(ends, date.start) - 1
            if before >= 0 and date.start - rivals[before].end < mention.start - date.end \
                    and not _journey_day(text, rivals[before:before + 2], mention, date):
                continue
        out.append(date)
    return out


#: Small words that may stand between an event's name and the comma opening a clause about it,
#: beside its place, date and bracketed acronym ("the X Forum (XF) in Apia, which opens ...").
_NAME_TAIL = frozenset({"in", "at", "on", "(", ")", ","})


def _purpose_of_other(text: _Text, rivals: List[Span], date: Span, mention: Span) -> bool:
    """ "A held a bilateral meeting with B in Jakarta on Wednesday to prepare a joint position for
    the 13th X Meeting": a date told after another event (not a journey) and before "to" and a
    verb that leads on to the mention is that event's; the event it is held for is another
    occasion, later (a journey shares the day of what it is made for: :func:`_journey_day`)."""
    before = [e for e in rivals if e.end <= date.start and e.start != mention.start]
    if not before or date.end > mention.start or _is_travel(text, [before[-1]]):
        return False
    if any(date.end <= e.start < mention.start for e in rivals):
        return False
    lowers, doc = lower_words(text.doc), text.doc
    return any(lowers[i] == "to" and doc[i + 1].is_alpha and doc[i + 1].is_lower
               and lowers[i + 1] not in ("the", "a", "an")
               for i in range(date.end, mention.start - 1))


def _clause_of_other_noun(text: _Text, date: Span, mention: Span) -> bool:
    """ "The agreement, which entered into force on 1 January, was reviewed at the X", "the report
    of the Y Meeting, which met on 28 May, at the X": a date in a relative clause set off by a
    comma after another noun than the event tells of that noun (not one holding an event)."""
    texts, lowers = token_texts(text.doc), lower_words(text.doc)
    sent = sent_of(date)
    for i in range(date.start - 1, sent.start, -1):
        if i in text.event_tokens or texts[i] in CLAUSE_BREAKS and i not in text.place_commas:
            return False
        if lowers[i] in text.words["RELATIVE"]:
            # (or "which" right after a noun that is no event's: "the law which takes effect next month")
            if texts[i - 1] != "," and not (lowers[i] == "which" and text.doc[i - 1].is_alpha and i - 1 not in text.event_tokens):
                return False
            if mention.start >= i:
                # the event named after the clause (not inside it: "A, who arrived on Saturday for
                # a visit, ..."): the clause is of the noun before it
                end = next((k for k in range(date.end, sent.end) if texts[k] in CLAUSE_BREAKS
                            and k not in text.place_commas), sent.end)
                return mention.start >= end
            # the clause is of an event (this one, or the last of a list it is in) when only the
            # event's place, date or acronym stand between its name and the comma
            taken = {k for group in (text.venues, text.dates) for c in group.get(sent.start, []) for k in range(c.start, c.end)}
            last = max((e.end for e in text.events_by_sentence.get(sent.start, []) if e.end <= i - 1), default=None)
            return last is None or not all(k in taken or lowers[k] in _NAME_TAIL or texts[k].isupper()
                                           for k in range(last, i - 1))
    return False


def _part_of_whole(text: _Text, date: Span, mention: Span) -> bool:
    """ "During the ministers' meetings with partners on 11-14 July, including the 30th X Forum,
    the 13th Y Meeting and ...": a period told of a whole before a word of inclusion
    (INCLUSION_WORD) is the whole's; each part named after the word takes place on some day of
    it, which the text does not tell (a single day, or a month, is each part's too: "a series of
    meetings in Apia on 4 June, including the X Meeting")."""
    value = span_value(date, "nf_date")
    if date.end > mention.start or value["start"] == value["end"]:
        return False
    lowers = lower_words(text.doc)
    return any(lowers[i] in text.words["INCLUSION_WORD"] for i in range(date.end, mention.start))


def _process_time(text: _Text, date: Span, mention: Span) -> bool:
    """ "Registration for the X Conference was set to close on 17 November": a date in the
    predicate of a subject that a noun of taking part (``PROCESS_NOUN``: registration,
    nominations, the deadline) opens, the event its complement, is that process's time, not the
    event's (up to a clause joined by ", and" or ";": "..., and the conference runs from 1 to 3 July")."""
    lowers, texts, doc = lower_words(text.doc), token_texts(text.doc), text.doc
    sent = sent_of(mention)
    opener = next((p for p in range(sent.start, mention.start - 1) if lowers[p] in text.words["PROCESS_NOUN"]
                   and lowers[p + 1] in ("for", "to", "of")), None)
    if opener is None or date.start < mention.end or not all(
            texts[i][:1].isupper() or doc[i].is_punct or lowers[i] in _NAME_LIST_WORDS for i in range(opener + 2, mention.start)):
        return False
    return not any(texts[i] == ";" or texts[i] == "," and lowers[i + 1] in ("and", "while", "whereas")
                   for i in range(mention.end, date.start))


#: Small words of a list of names between a noun of taking part and the event ("for the A, B and C Conference").
_NAME_LIST_WORDS = frozenset({"the", "and", "of", "for", "on"})


def _signed_clause(text: _Text, span: Span, mention: Span) -> bool:
    """ "Speaking at the X Forum, the minister recalled the agreement signed on 3 May 2019 in
    Suva": a date or place in a clause that a participle of signing opens right after a noun
    ("the agreement signed", "the MoU signed"; not after a ``SIGNER_WORD``: "they signed", "was
    signed") tells of that signing, not of an event named outside the clause (a signing ceremony
    takes its document's day: :func:`_signed_day`)."""
    lowers, texts = lower_words(text.doc), token_texts(text.doc)
    sent = sent_of(span)
    for i in range(span.start - 1, sent.start, -1):
        if i in text.event_tokens or texts[i] in CLAUSE_BREAKS and i not in text.place_commas:
            return False
        if lowers[i] in text.words["SIGNED"]:
            noun = _passive_relative(text, i)
            if noun is not None:  # ("the Memorandum which was signed in March 2021")
                return mention.end <= noun and not _is_signing([mention])
            before = i - 1
            # (or an event named after the clause that is no place of the signing: "the road map signed in
            # February 2020 through mechanisms like the X Dialogue"; not "signed on 3 May at the X Summit")
            outside = mention.end <= before or mention.start >= span.end and not any(
                lowers[k] in ("at", "during", "sidelines", "margins") for k in range(span.end, mention.start))
            if before > sent.start and texts[before] in _CLOSING_QUOTES and text.doc[before - 1].is_alpha:
                return outside and not _is_signing([mention])  # (the 'Road map for X' signed in ...)
            return outside and text.doc[before].is_alpha and lowers[before] not in text.words["SIGNER_WORD"] \
                and not text.doc[before].is_title and not _is_signing([mention])
    return False


#: Quotes that close a document's name before a participle of signing ("the 'Road map for X' signed in 2020").
_CLOSING_QUOTES = frozenset({"'", "\u2019", '"', "\u201d"})
#: Relative pronouns that open a clause right after the noun it tells of ("the MoU which was signed").
_RELATIVE_OPENERS = frozenset({"which", "that"})
#: Forms of "be" and "have" between such a pronoun and the participle ("that had been signed").
_PASSIVE_WORDS = _BE_HAVE | {"been"}


def _passive_relative(text: _Text, signed: int) -> Optional[int]:
    """When the participle ends a passive relative clause
    ("the Memorandum which was signed in March 2021", "an accord that had been signed in Apia"),
    the noun the clause tells of, else None (so that the clause's date and place are the document's, not those
    of an event named before it); a relative after a preposition ("at which it was signed") is not."""
    lowers, doc = lower_words(text.doc), text.doc
    k = signed - 1
    while k > sent_of(doc[signed]).start and lowers[k] in _PASSIVE_WORDS:
        k -= 1
    if k == signed - 1 or lowers[k] not in _RELATIVE_OPENERS or k - 1 < sent_of(doc[signed]).start:
        return None
    noun = k - 1
    if token_texts(doc)[noun] in _CLOSING_QUOTES and noun - 1 >= sent_of(doc[signed]).start:
        noun -= 1  # (the 'Memorandum of Understanding on X' which was signed in March 2021)
    return noun if doc[noun].is_alpha and noun not in text.event_tokens and not doc[noun].is_stop else None


def _journey_day(text: _Text, pair: List[Span], mention: Span, date: Span) -> bool:
    """ "will visit Athens next Tuesday for a meeting with the prime minister": the one day of a
    journey, told between it and the event it is made for, is that event's day too (a journey
    of several days is not: "from 10 to 12 June to attend the X")."""
    value = span_value(date, "nf_date")
    if len(pair) < 2 or (pair[1].start, pair[1].end) != (mention.start, mention.end) \
            or not (pair[0].end <= date.start and date.end <= mention.start) \
            or len(value["start"]) != 10 or value["start"] != value["end"] \
            or not _name_words(span_value(pair[0], "nf_event")["name"], {}) & text.words["TRAVEL_HEAD"] \
            or lower_words(text.doc)[date.start - 1] == "from" \
            or duration_days(pair[0], text.words["DURATION_UNIT"]) is not None:
        return False  # "a two-day visit to Quito from 10 June to take part in the X": its first day
    sent = sent_of(mention).start
    taken = {i for group in (text.venues, text.dates) for c in group.get(sent, []) for i in range(c.start, c.end)}
    return _for_purpose(text.doc[pair[0].end:mention.start], text.words, taken)


def _other_length(text: _Text, date: Span, mention: Span) -> bool:
    """ "will be on a three-day visit to India to attend the X meeting in New Delhi from March 1-2":
    days told after the journey, of another length than its own, are the event's it is made for."""
    value, days = span_value(date, "nf_date"), duration_days(mention, text.words["DURATION_UNIT"])
    if days is None or date.start < mention.end or len(value["start"]) != 10 or len(value["end"]) != 10 \
            or value["start"] == value["end"]:
        return False
    return add_days(value["start"], days - 1) != value["end"]


def _before_margins(text: _Text, span: Span, mention: Span) -> bool:
    """ "signed it in Lautoka on 2 May, on the sidelines of the Y Summit": a day told right
    before "on the margins of" the mention is that of what happened on its margins, not the
    mention's own (its place is the mention's too: what happens on its margins happens there)."""
    return span.end <= mention.start and _on_margins(text.doc[span.end:mention.start], text.words["MARGIN_WORD"])


def _beyond_clause(text: _Text, span: Span, mention: Span) -> bool:
    """ "President A, who is on a four-day visit to China, met B in Beijing today": a journey
    named inside a relative clause set off by commas is under way; it takes no day or place
    told outside the clause (the commas of a place, "Colombo, Sri Lanka", are no bounds). Not
    another event: "A, who heads the delegation to the X, attended meetings in Suva on 6 June"
    tells where X was."""
    memo = (mention.start, mention.end)
    if memo in text.relative_clauses:
        bounds = text.relative_clauses[memo]
    else:
        bounds = text.relative_clauses[memo] = _relative_clause(text, mention)
    return bounds is not None and (span.end <= bounds[0] or span.start >= bounds[1])


#: How many determiners and words of length may stand between the word that opens a journey's
#: frame and its head ("during a visit", "who is on an official visit").
FRAME_WORDS = 3


#: Nouns before "of" and a journey that make it the frame of its sentence ("in the course of").
_FRAME_NOUNS = frozenset({"course", "part"})


def _frame_comma(text: _Text, sent: Span) -> Optional[int]:
    """Where the comma closing a sentence's opening frame of a journey stands ("During the visit,",
    "In the course of her visit,", "As part of his two-day trip,"), else None: what the sentence
    tells after it happens during the journey, whose own day it is not (docs/annotating.md 4)."""
    comma = during_journey(sent, text.words)
    if comma is not None:
        return comma
    lowers, texts = lower_words(text.doc), token_texts(text.doc)
    end = next((i for i in range(sent.start, min(sent.end, sent.start + FRAME_REACH)) if texts[i] == ","), None)
    if end is None or not any(lowers[i] == "of" and lowers[i - 1] in _FRAME_NOUNS for i in range(sent.start + 1, end)):
        return None
    return end if any(lowers[i] in text.words["TRAVEL_HEAD"] for i in range(sent.start, end)) else None


#: How many tokens a sentence's opening frame may have before its comma ("In the course of his four-day visit,").
FRAME_REACH = 10


def _frame_opener(text: _Text, mention: Span) -> bool:
    """Whether a journey's mention opens as the frame of what its sentence tells: after "during"
    or "throughout", or after "on" that a relative pronoun opens ("A, who is on a state visit to
    X, ..."). ("On the final day of his visit to X, A on Friday met B" tells the journey's last
    day: :func:`_day_of`.)"""
    lowers = lower_words(text.doc)
    at = mention.start - 1
    while at >= sent_of(mention).start and mention.start - at <= FRAME_WORDS and lowers[at] in _FOR_DETERMINERS:
        at -= 1
    if at < sent_of(mention).start:
        return False
    if lowers[at] in _INSIDE_JOURNEY:
        return True
    if lowers[at] == "of" and at - 1 >= sent_of(mention).start and lowers[at - 1] in _FRAME_NOUNS:
        return True  # ("In the course of his visit, ...", "As part of her visit, ...")
    return lowers[at] == "on" and any(lowers[i] in text.words["RELATIVE"] for i in range(max(sent_of(mention).start, at - 2), at))


def _framing_journey(text: _Text, date: Span, mention: Span) -> bool:
    """ "During a visit by A to X, the two ministers met on Monday", "A, who is on a visit to X met
    B yesterday", "A who is on a visit to X on Sunday met B": a journey that frames
    the sentence is under way; the day of the meeting its main clause tells after it (a verb of
    meeting before the date, or right after it) is that meeting's, not the journey's. So is a day
    told before the frame with a verb of meeting or another event between them ("On 3 May, A and
    B met in Suva, during A's visit to Fiji": the meeting's day, FACTS.md: a visit never takes the
    dates of what happens during it)."""
    if date.start < mention.end:
        return _framed_after(text, date, mention)
    if not _frame_opener(text, mention):
        return False
    lowers, meet = lower_words(text.doc), text.words["MEET_VERB"]
    # ("During his visit, he will tour the port on Monday": a day told past the frame's comma is
    # of what happens during the journey, never the journey's own, docs/annotating.md 4)
    if lowers[mention.start - 1] not in text.words["RELATIVE"] and any(
            token_texts(text.doc)[i] == "," and i not in text.place_commas for i in range(mention.end, date.start)) \
            and not any(lowers[i] in text.words["RELATIVE"] for i in range(sent_of(mention).start, mention.start)):
        return True
    # (not a purpose: "who is on a visit to X to meet B on Monday" meets B on the journey's day)
    if any(lowers[i] in meet and lowers[i - 1] != "to" for i in range(mention.start + 1, date.start)):
        return True
    # ("A, who is on a visit to X from 3 to 5 May and met B": a verb after a joining word is no sign)
    after = next((i for i in range(date.end, sent_of(date).end) if not text.doc[i].is_space), None)
    return after is not None and lowers[after] in meet


def _framed_after(text: _Text, date: Span, mention: Span) -> bool:
    """Whether a journey that "during"/"throughout" opens after the day told before it (a few
    determiners or an owner between: "during the Minister's visit") frames a meeting told between
    them: a verb of meeting or another event (not after "to": "to meet B", a purpose) stands
    between the day and the journey."""
    if date.end > mention.start:
        return False
    lowers, doc = lower_words(text.doc), text.doc
    # (an owner may stand between: "during the Minister's visit", "during Prince A's visit")
    at = mention.start - 1
    while at >= date.end and mention.start - at <= FRAME_WORDS + 2 and (
            lowers[at] in _FOR_DETERMINERS or lowers[at] in ("'s", "\u2019s") or doc[at].is_title):
        at -= 1
    if at < date.end or lowers[at] not in _INSIDE_JOURNEY:
        return False
    meet = text.words["MEET_VERB"]
    return any(lowers[i] in meet and lowers[i - 1] != "to" for i in range(date.end, at)) \
        or any(date.end <= e.start and e.end <= at and lowers[e.start - 1] != "to"
               for e in text.events_by_sentence.get(sent_of(date).start, []))


#: How many words may open a sentence before a frame that opens it ("Meanwhile, during ...").
FRONT_WORDS = 3

#: Words that may stand between a frame's opening words and the journey's head beside
#: determiners, owners and capitalised words: how many ("as part of his first official visit").
FRAME_MODIFIERS = 4


def _frame_start(text: _Text, mention: Span) -> Optional[int]:
    """The first token of the phrase that makes a journey's mention the frame of what its
    sentence tells, else None: "during"/"throughout" (_INSIDE_JOURNEY), "as part of", "in the
    course of", or "on the second day of" (a day of the journey that is neither its first nor its
    last: those tell its start or end, :func:`_day_of`), with determiners, owners and up to
    FRAME_MODIFIERS word ordinals between ("during the Minister's first visit to X")."""
    doc, lowers = text.doc, lower_words(text.doc)
    start, at, modifiers = sent_of(mention).start, mention.start - 1, 0
    while at > start and (lowers[at] in _FOR_DETERMINERS or lowers[at] in ("'s", "\u2019s") or doc[at].is_title
                          or word_ordinal(lowers[at]) and modifiers < FRAME_MODIFIERS):
        modifiers += bool(word_ordinal(lowers[at]))
        at -= 1
    if lowers[at] in _INSIDE_JOURNEY:
        return at
    if lowers[at] != "of" or at - 2 < start:
        return None
    if (lowers[at - 2], lowers[at - 1]) in (("as", "part"), ("the", "course")) \
            or lowers[at - 2] == "the" and lowers[at - 1] in text.words["MARGIN_WORD"]:
        return at - 2
    if lowers[at - 1] == "day" and lowers[at - 2] not in text.words["FIRST_DAY"] | text.words["LAST_DAY"] \
            and word_ordinal(lowers[at - 2]):
        return at - 2
    return None


def _outside_frame(text: _Text, date: Span, mention: Span) -> bool:
    """ "A co-chaired on Thursday in Ankara the X Commission as part of his working visit to
    Turkey", "Today, A met B in Lima during the Minister's first visit to Peru", "signed eight
    instruments today on the second day of A's four-day visit": a journey that frames what its
    sentence tells takes no day told before the frame (FACTS.md: a visit never takes the dates of
    what happens during it), nor, when the frame opens the sentence, one told after its closing
    comma ("On the margins of his visit to X, A attended on Thursday a reception"); a day inside
    it is the journey's ("During his visit to Peru on 30 May, A met B")."""
    opener = _frame_start(text, mention)
    if opener is None:
        return False
    if date.end <= opener:
        # ("arrived in Suva on Friday to meet B during her visit to Fiji": the day of arriving or
        # leaving is the journey's own)
        return not clause_cue(date, text.words["DEPART_WORD"], text.event_tokens, after=CUE_AFTER,
                              through=text.place_commas)
    sent = sent_of(mention)
    if date.start < mention.end or opener - sent.start > FRONT_WORDS:
        return False
    # a frame that opens the sentence ends at its first comma: what follows is the main clause's
    texts = token_texts(text.doc)
    close = next((i for i in range(mention.end, sent.end) if texts[i] in CLAUSE_BREAKS and i not in text.place_commas), None)
    return close is not None and date.start > close


#: Auxiliaries that open the main clause after a relative clause with no commas ("X who is in
#: Nepal on a visit is holding meetings").
_MAIN_VERB_OPENERS = _BE_HAVE | {"will"}


def _relative_clause(text: _Text, mention: Span) -> Optional[Tuple[int, int]]:
    """The tokens (start, end) of the relative clause set off by commas that holds the mention."""
    doc, sent = text.doc, sent_of(mention)
    texts, lowers = token_texts(doc), lower_words(doc)
    inside_place = {i for v in text.venues.get(sent.start, []) for i in range(v.start, v.end)}
    opener, bare = None, False
    for i in range(mention.start - 1, sent.start, -1):
        if lowers[i] in text.words["RELATIVE"]:
            # (or "who" right after a name with no comma: "Secretary-General X who is in Nepal on a
            # visit is holding meetings today": the clause ends where the main clause's verb begins)
            bare = texts[i - 1] != "," and lowers[i] == "who" and texts[i - 1][:1].isupper()
            opener = i if texts[i - 1] == "," or bare else None
            break
        if texts[i] in CLAUSE_BREAKS and i not in inside_place:
            return None
    if opener is None:
        return None
    if bare:
        return opener, next((i for i in range(mention.end, sent.end) if texts[i] in CLAUSE_BREAKS and i not in inside_place
                             or lowers[i] in _MAIN_VERB_OPENERS), sent.end)
    # (a clause that closes the sentence ends with it: "met B, who is in Lima on a working visit.")
    return opener, next((i for i in range(mention.end, sent.end) if texts[i] in CLAUSE_BREAKS and i not in inside_place),
                        sent.end)


def _of_another(date: Span, mention: Span) -> bool:
    """ "next month's summit", "Tuesday's talks": a date in the possessive belongs to the noun
    after it, which is not this mention."""
    doc = date.doc
    return date.end + 1 < len(doc) and lower_words(doc)[date.end] in ("'s", "\u2019s") and doc[date.end + 1].i != mention.start


#: How much farther a date before an event's name counts than one after it (see :func:`_nearest`).
DATE_BEFORE_WEIGHT = 2


def _is_travel(text: _Text, mentions: List[Span]) -> bool:
    """Whether the event is a journey (a visit, a trip): the day of leaving or arriving is its own
    (a later "the meeting" that names it again has no event value: its words tell)."""
    return any(not _event_name_words((span_value(m, "nf_event") or {}).get("name") or m.text).isdisjoint(text.words["TRAVEL_HEAD"])
               for m in mentions)


def _event_time(text: _Text, date: Span, travel: bool) -> bool:
    """Whether a date may tell when an event is: not the day something was said ("the ministry
    said on Friday"), a point of reference ("since 24 October"), or, for a meeting, the day
    someone set off for it or arrived ("left Apia on Monday to attend the summit", "upon their
    arrival on Tuesday"), the close of an
    accounting period ("for the year ended 31 March")."""
    words, inside = text.words, text.event_tokens
    through = text.place_commas
    # "will depart for Brussels today, 22 October 2018, to attend": a date set beside the one
    # right before it tells the same moment, whose cues are its own too
    head = _apposed_to(text, date)
    if head is not None and not _event_time(text, head, travel):
        return False
    return not (clause_cue(date, words["REPORT_WORD"], inside, after=CUE_AFTER, through=through)
                or clause_cue(date, words["SINCE_WORD"], inside, through=through)
                or (not travel and clause_cue(date, words["DEPART_WORD"] | words["ARRIVAL_WORD"], inside,
                                              after=CUE_AFTER, through=through))
                or _account_end(text, date) or _incident_time(text, date) or _office_taken(text, date)
                or _deadline(text, date))


def _apposed_to(text: _Text, date: Span) -> Optional[Span]:
    """The date of the same sentence that a date is set beside, with only a comma or an opening
    bracket between them ("today, 22 October 2018", "yesterday (14 November)"), else None."""
    texts, doc = token_texts(text.doc), text.doc
    at = date.start - 1
    while at >= 0 and (doc[at].is_space or texts[at] in (",", "(")):
        at -= 1
    if at < 0 or at == date.start - 1:
        return None
    return next((d for d in text.dates.get(sent_of(date).start, []) if d.end == at + 1), None)


def _departs_later(text: _Text, date: Span, mention: Optional[Span] = None) -> bool:
    """ "... on a two-day visit to Ghana. ... They would leave for Nigeria on Wednesday.": a
    departure told in a later sentence ends the journey or starts another, never this one; an
    arrival told there in the country the journey's sentence goes to begins it ("has arrived in
    Kenya for a two-day State visit. He arrived in Nairobi on Wednesday afternoon")."""
    words = text.words["DEPART_WORD"]
    if not clause_cue(date, words, text.event_tokens, after=CUE_AFTER, through=text.place_commas):
        return False
    if mention is None or clause_cue(date, words - _ARRIVED, text.event_tokens, after=CUE_AFTER, through=text.place_commas):
        return True
    return not (_place_countries(text, sent_of(date)) & _place_countries(text, sent_of(mention)))


#: The words of DEPART_WORD that tell an arrival.
_ARRIVED = frozenset({"arrived", "arrives", "arrive", "arriving", "landed"})


def _place_countries(text: _Text, sent: Span) -> set:
    """The countries of the towns and countries a sentence names."""
    return {(span_value(p, "nf_place") or {}).get("country") for p in spans_in(text.doc, settings.SPANS_PLACES)
            if sent.start <= p.start < sent.end and (span_value(p, "nf_place") or {}).get("kind") in ("city", "country")} - {None}


def _incident_time(text: _Text, date: Span) -> bool:
    """ "after the visit to Lahore on Christmas Day hit a road block following the terror attack
    in January": a date right after an incident's noun and "in" is the incident's time."""
    doc = text.doc
    return date.start >= 2 and lower_words(doc)[date.start - 1] == "in" and lower_words(doc)[date.start - 2] in text.words["INCIDENT_NOUN"]


#: How far (tokens) before a date a word of taking office may stand in its clause ("since her
#: appointment as the first female commander of the X Guard in June 2022").
OFFICE_REACH = 16


def _office_taken(text: _Text, date: Span) -> bool:
    """ "the first overseas visit of the prime minister who assumed office in January 2024", "her
    first visit since her appointment as commander of the X in June 2022": a date in the clause
    of a word of taking office (OFFICE_TAKEN) is when someone took it, no event's time (no event
    mention or clause break between them)."""
    doc, sent = text.doc, sent_of(date)
    texts, lowers, taken = token_texts(doc), lower_words(doc), text.words["OFFICE_TAKEN"]
    for i in range(date.start - 1, max(sent.start, date.start - OFFICE_REACH) - 1, -1):
        if texts[i] in CLAUSE_BREAKS or i in text.event_tokens:
            return False
        if lowers[i] in taken:
            return True
    return False


#: Words of a part of a period that may stand between a deadline's word and its date ("by the
#: end of June", "by mid-2026", "by early next year").
_PERIOD_PART = frozenset({"the", "end", "of", "mid", "-", "early", "late", "beginning"})


def _deadline(text: _Text, date: Span) -> bool:
    """ "Both are committed to conclude the agreement by April this year", "to be completed by the
    end of June": a date right after a word of deadline (DEADLINE_WORD), perhaps after the part of
    the period it closes, is a time something must be done by, no time an event is held."""
    lowers, at = lower_words(text.doc), date.start - 1
    while at > sent_of(date).start and (lowers[at] in _PERIOD_PART or text.doc[at].is_space):
        at -= 1
    return at >= 0 and lowers[at] in text.words["DEADLINE_WORD"]


def _account_end(text: _Text, date: Span) -> bool:
    """ "the report for the period ended 30 June", "accounts for the year ending 31 March": the
    close of an accounting period, not a day an event is held."""
    doc = text.doc
    return date.start >= 2 and lower_words(doc)[date.start - 1] in text.words["PERIOD_END"] \
        and lower_words(doc)[date.start - 2] in text.words["ACCOUNT_PERIOD"]


#: How far (tokens) before a mention, and after it, a bare year may stand to tell when the
#: event took place.
YEAR_BEFORE = 6
YEAR_AFTER = 12


def _closes_a_name(doc: Doc, year: Span) -> bool:
    """ "Expo 2020", "Vision 2030": a bare year written right after a capitalised word (a month
    before it would make the date a month's) closes that word's name."""
    if year.start == 0 or year.end - year.start != 1:
        return False
    before = doc[year.start - 1]
    return before.is_alpha and before.text[:1].isupper() and not before.is_sent_start


def _opens_a_name(doc: Doc, year: Span) -> bool:
    """ "the 1982 UNCLOS", "the 2016 Arbitral Award": a bare year between "the" and a capitalised
    word opens that word's name (a document's, a thing's), no time an event is held."""
    if year.start == 0 or year.end >= len(doc) or year.end - year.start != 1:
        return False
    after = doc[year.end]
    return doc[year.start - 1].lower_ == "the" and after.is_alpha and after.text[:1].isupper()


def _next_to(text: _Text, mention: Span, year: Span) -> bool:
    """ "the 11th Congress in early 2021", "the 9th meeting will be held in Kunming, China in
    2027", "the next X and Y will be held in Manila, in 2014": a year a few words from the
    mention, or from the last event listed with it, with no other event between; not one
    inside another event's name ("an in-person meeting at Expo 2020 in Dubai")."""
    if year.start in text.event_tokens and not mention.start <= year.start < mention.end:
        return False
    if year.start == mention.start:
        return True  # ("a meeting during the 2024 X Ministers Meeting": the year opening the name is its edition's)
    if not mention.start <= year.start < mention.end and (_closes_a_name(text.doc, year) or _opens_a_name(text.doc, year)):
        return False  # "at Expo 2020 in Dubai": the year of an occasion that is no event (FACTS.md)
    after = year.start >= mention.end
    if after:
        rivals = _rivals(text, sent_of(mention).start)
        starts = text.rivals[sent_of(mention).start][1]
        listed = [e for e in rivals[bisect.bisect_left(starts, mention.start):bisect.bisect_left(starts, year.start)]
                  if e.end <= year.start]
        low = max((e.end for e in listed), default=mention.end)
        if listed and _owners(text.doc, [year], listed, text.words["LIST_JOINER"], set())[0][0] != 0:
            return False
        return year.start - low <= YEAR_AFTER
    # (not the year of another event told right before it: "Peru, which hosted the 4th X in 2024,
    # will attend the 5th X")
    owner = text.owner.get((mention.start, mention.end))
    return mention.start - year.end <= YEAR_BEFORE \
        and not any(i in text.event_tokens for i in range(year.end, mention.start)) \
        and not any(e.end <= year.start and year.start - e.end <= YEAR_AFTER and text.owner.get((e.start, e.end)) != owner
                    for e in text.events_by_sentence.get(sent_of(mention).start, []))


def _days_from(
    text: _Text, key: str, mentions: List[Span], mention: Span, date: Span,
) -> Tuple[Optional[str], Optional[str]]:
    """The period of an event dated by one day: to the day the text says it ends ("closes on
    Thursday"), or to the other day of "on Saturday and Monday"; or the period of days told of
    it that holds the day ("kicks off today ... The two-day summit on 9-10 September",
    "arrives today (5 to 8 May)"); a day it opens on, or one of an event said to last more
    than a day ("a two-day visit", "... opened today. The three-day forum ..."), leaves its end
    untold (a length is no date, FACTS.md), a day it closes on its start; else that one day."""
    start = span_value(date, "nf_date")["start"]
    end = _closing_day(text, mentions, start) or _joined_day(text, date)
    if end is not None:
        return start, end
    period = _period_around(text, key, mention, date, mentions)
    if period is not None:
        return period
    sent = sent_of(date)
    # a later sentence that goes on speaking of the event opens on it ("The meeting kicked off on ...")
    subject = mention if sent_of(mention).start == sent.start else text.doc[sent.start:sent.start + 1]
    said = phase(subject, date, text.events_by_sentence.get(sent.start, []), text.words) or _day_of(text, mention) \
        or _from_day(text, date)
    if said is None and _is_travel(text, mentions):
        # "returned home on Sunday after concluding a three-day visit": the day it ended
        said = "close" if _return_day(text, date, mention) else _journey_phase(text, date) or _opened_by_verb(text, mention)
    if date.end <= mention.start and _is_travel(text, mentions) and _journey_done_before(text, mention):
        said = "close"  # "arrived in Tashkent on Saturday after a two-day visit to Kyrgyzstan": the day it was over by
    # "the two-day visit", or a later "In the two-day meeting, ..." that refers back to it
    days = next((n for m in mentions + text.anaphors.get(key, []) if (n := duration_days(m, text.words["DURATION_UNIT"])) is not None), None) \
        or _told_duration(text, key, mention)
    # "the two-day meeting concluded on Friday", "a three-day visit from Monday": a length is no
    # date (FACTS.md), so the other end stays untold
    if days is not None and said == "close":
        return None, start
    if days is not None:
        return start, None
    if said == "open":
        return start, None
    if said == "close":
        return None, start
    return start, start


#: Words that may stand between "from" and the day it opens ("from upcoming Friday, April 1").
_FROM_MODIFIERS = frozenset({"upcoming", "next", "this", "coming", "the"})


def _from_day(text: _Text, date: Span) -> Optional[str]:
    """ "will be held in Lima from 5 May", "taking place from upcoming Friday, April 1": "open"
    for a single day after "from" with no end joined to it (a "from ... to ..." is one period,
    read with its end), the day the event begins, its end untold; else None."""
    lowers, at = lower_words(text.doc), date.start - 1
    while at > sent_of(date).start and lowers[at] in _FROM_MODIFIERS:
        at -= 1
    return "open" if at >= 0 and lowers[at] == "from" else None


def _day_of(text: _Text, mention: Span) -> Optional[str]:
    """ "On the first day of the 6th X Forum on Monday": "open" (the day is its start); "on the
    final day of the X": "close"; else None."""
    lowers = lower_words(text.doc)
    at = mention.start - 1
    if at >= 0 and lowers[at] in _FOR_DETERMINERS:  # (also "on the final day of his visit")
        at -= 1
    if at < 2 or lowers[at] != "of" or lowers[at - 1] != "day":
        return None
    if lowers[at - 2] in text.words["FIRST_DAY"]:
        return "open"
    return "close" if lowers[at - 2] in text.words["LAST_DAY"] else None


def _opened_by_verb(text: _Text, mention: Span) -> Optional[str]:
    """ "began his four-nation visit to A, B, C and D with a private dinner on Tuesday": "open"
    when a verb of opening (OPENED) takes a journey's mention as its object (right before it,
    or before its determiner), however far its date stands."""
    lowers = lower_words(text.doc)
    at = mention.start - 1
    if at >= 0 and lowers[at] in _FOR_DETERMINERS:
        at -= 1
    return "open" if at >= sent_of(mention).start and lowers[at] in text.words["OPENED"] else None


def _journey_phase(text: _Text, date: Span) -> Optional[str]:
    """ "left Phnom Penh last night to pay an official visit": the day a journey began; "left
    Gaborone for home on Sunday", "returned on Friday after completing his visit": its last."""
    words, inside = text.words, text.event_tokens
    if clause_cue(date, words["RETURN_WORD"] | words["JOURNEY_END"], inside, after=CUE_AFTER, through=text.place_commas):
        return "close"
    if clause_cue(date, words["DEPART_WORD"], inside, after=CUE_AFTER):
        return "open"
    return None


def _period_around(
    text: _Text, key: str, mention: Span, date: Span, mentions: Sequence[Span] = (),
) -> Optional[Tuple[str, str]]:
    """A period of days that holds the event's day, written in the mention's sentence (and
    nearer to it than to another event there) or in one that goes on speaking of it
    (:func:`_following`): "kicks off today ... The two-day summit on 9-10 September"; else in
    those of the event's other ``mentions`` ("X opens today" in a headline, its period below
    it), or told of a later "the meeting" that refers back to it (:func:`_read_anaphors`)."""
    day = span_value(date, "nf_date")["start"]
    sentences = []
    for told in [mention] + [m for m in mentions if m is not mention]:
        sentences.append(_claimed(text, told, "dates"))
        sentences += [text.dates.get(sent.start, []) for sent in _following(text, key, told)]
    sentences += [_told_of(text, key, anaphor, text.dates) for anaphor in text.anaphors.get(key, [])]
    if _is_travel(text, mentions or [mention]):
        # "... arrive in Dhaka on a two-day official visit on April 27. ... He will visit Dhaka from
        # April 27 to 28": a later sentence telling the journey by its verb
        lowers, verbs = lower_words(text.doc), text.words["JOURNEY_VERB"]
        sentences += [text.dates.get(sent.start, []) for sent in text.sentences if sent.start > mention.start
                      and any(w in verbs for w in lowers[sent.start:sent.end])]
    for candidates in sentences:
        for span in candidates:
            value = span_value(span, "nf_date")
            if span.start != date.start and len(value["start"]) == len(value["end"]) == 10 \
                    and value["start"] <= day <= value["end"] and value["start"] < value["end"]:
                return value["start"], value["end"]
    return None


#: How many words may open a sentence before the length of the event it refers back to ("The
#: two-day meeting will ...").
LEAD_WORDS = 6


def _told_duration(text: _Text, key: str, mention: Span) -> Optional[int]:
    """The days an event lasts as a later sentence that refers back to it by its head noun tells
    ("The three-day forum is co-chaired by ...")."""
    for sent in _following(text, key, mention):
        if refers_back(sent, text.words):
            days = duration_days(text.doc[sent.start:min(sent.end, sent.start + LEAD_WORDS)], text.words["DURATION_UNIT"])
            if days is not None:
                return days
    return None


def _joined_day(text: _Text, date: Span) -> Optional[str]:
    """The end of "on Saturday and Monday", "from Sunday, 3 July, to Tuesday, 5 July": a later
    day joined to the date by "and", or by a word of ending after "from"."""
    doc = text.doc
    joiner = _skip_space(doc, date.end)
    if joiner < len(doc) and token_texts(doc)[joiner] == ",":
        joiner = _skip_space(doc, joiner + 1)
    if joiner >= len(doc):
        return None
    opened = date.start > 0 and lower_words(doc)[date.start - 1] in ("from", "between")
    word = lower_words(doc)[joiner]
    if not (word == "and" or opened and (word == "to" or word in text.words["END_WORD"])):
        return None
    nxt = _skip_space(doc, joiner + 1)
    following = [d for d in text.day_dates if d.start == nxt]
    if not following:
        return None
    end, start = span_value(following[0], "nf_date")["end"], span_value(date, "nf_date")["start"]
    if end <= start and following[0].id_.startswith("weekday"):
        # "on Saturday and Monday this week": a weekday joined after another is the one after it
        end = add_days(end, 7) or end
    return end if end > start else None


def _skip_space(doc: Doc, i: int) -> int:
    """The first token from ``i`` that is not whitespace ("Monday, 25th  and Tuesday")."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _place(span: Span, raw: str) -> Place:
    """An event's venue: its city by name, else the building; a country alone has no name. A
    building's city counts only when the text names it (FACTS.md: the dateline's city only when
    the event is "here")."""
    v = span_value(span, "nf_venue")
    if not v:  # a town or country of the place recognizer (:func:`_told_places`)
        info = span_value(span, "nf_place")
        city = info.get("city") if info.get("kind") == "city" else None
        return Place(name=city, city=city, country=info.get("country"))
    city = v.get("city")
    if city and span.id_ == "venue.building" and _dateline_city_only(span, city, raw):
        city = None
    name = city or (None if span.id_ == "venue.country" else v.get("name"))
    return Place(name=name, city=city, country=v.get("country"))


def _dateline_city_only(span: Span, city: str, raw: str) -> bool:
    """Whether a building's city is the dateline's and nothing in the body names it or says
    that the event is "here"."""
    doc = span.doc
    dateline = spans_in(doc, settings.SPANS_DATELINE)
    if not dateline or city.casefold() not in dateline[0].text.casefold():
        return False
    body = raw[doc_value(doc, "dateline_end") or 0:]
    return city not in body and not re.search(r"\bhere\b", sent_of(span).text)


def _event_venue(
    text: _Text, key: str, mentions: List[Span], period: Tuple[Optional[str], Optional[str]],
) -> Tuple[Optional[Place], Optional[Place]]:
    """The event's venue, and the place its sentences state (before a later town refines it):
    a place of a mention's sentence, else of a sentence that goes on speaking of it at the same
    time ("The meeting will take place in Suva", not "Last year the ministers met in Tonga")."""
    place, source, rule = None, None, ""
    reported, travel = text.words["REPORT_WORD"], _is_travel(text, mentions)
    for mention in mentions:
        place = _nearest(mention, _own_places(text, mention, travel))
        if place is not None and travel and _listed_destination(text, place):
            # "began his four-nation visit to Fiji, Tonga, Samoa and Niue": no one place (the
            # first stated still carries to an event of its first leg)
            _trace(text, key, "venue", "null.several_destinations")
            text.stated_at[key] = place.start_char
            return None, _place(place, text.raw)
        if place is not None and travel and _listed_last(text, place):
            # "visited Russia, Poland, and Hungary": nor is the last; it carries to nothing
            _trace(text, key, "venue", "null.several_destinations")
            return None, None
        if place is not None:
            source, rule = mention, "venue.own_sentence"
            break
    for mention in mentions if place is None else ():
        place = next((v for sent in _same_time(text, key, mention, period)
                      for v in text.venues.get(sent.start, [])[:1]), None)
        if place is not None:
            source, rule = mention, "venue.same_time_sentence"
            break
    for anaphor in text.anaphors.get(key, []) if place is None else ():
        # "Hosted by ..., the meeting will take place tomorrow at the headquarters in Jeddah."
        # (not "the gathering will be held in Cusco next year": another time, another edition)
        place = _nearest(anaphor, [v for v in _told_of(text, key, anaphor, text.venues)
                                   if not clause_cue(v, reported, text.event_tokens, after=CUE_AFTER)]) \
            if _told_then(text, sent_of(anaphor), period) else None
        if place is not None:
            source, rule = anaphor, "venue.anaphor"
            break
    if place is None and not travel:
        place, source, rule = next(((p, m) for m in mentions if (p := _journey_after(text, m)) is not None),
                                   (None, None)) + ("venue.during_journey_after",)
    if place is None and _is_signing(mentions):
        place, source, rule = _signed_day(text, mentions[0], text.venues), mentions[0], "venue.signing"
    if place is None:
        place, source, rule = _lead_place(text, mentions, period), mentions[0], "venue.lead"
    if place is None:
        place, source, rule = _destination(text, mentions), mentions[0], "venue.destination"
    if place is None:
        place, source, rule = (_arrival_lead(text, mentions) or (None, None))[0], mentions[0], "venue.arrival_lead"
    if place is None:
        place, rule = _there_place(text, mentions), "venue.there"
    visited = _visited(text, mentions, period) if place is None else None
    if visited is None and place is None:
        visited, rule = _named_town(text, mentions), "venue.named_town"
    else:
        rule = "venue.visited" if visited is not None else rule
    if visited is not None:
        _trace(text, key, "venue", rule)
        text.stated_at[key] = mentions[0].start_char
        return visited, visited
    if place is None:
        _trace(text, key, "venue", "null.venue_untold")
        return None, None
    venue = stated = _place(place, text.raw)
    if rule == "venue.arrival_lead":
        # (the place was told with the arrival, sentences before: it carries to no event told with the journey)
        _trace(text, key, "venue", rule)
        return venue, None
    text.stated_at[key] = place.start_char
    town = _journey_town(text, mentions, venue, source) if venue.city is None and travel else None
    if town is not None:
        _trace(text, key, "venue", rule + "+journey_town")
        return _place(town, text.raw), _place(town, text.raw)
    # a visit to a country stays there: the towns it takes in are stops, not its place
    if venue.city is None and not travel:
        venue, stated = _town_in_country(text, key, mentions, source, period, venue, stated, place)
        rule += "+town_in_country" if venue.city is not None else ""
    _trace(text, key, "venue", rule)
    return venue, stated


#: Prepositions that set an event inside a journey told right after it ("will attend the X during
#: her visit to Peru").
_INSIDE_JOURNEY = ("during", "throughout")


def _journey_after(text: _Text, mention: Span) -> Optional[Span]:
    """ "Minister A will attend the preliminary session of the X during her three-day visit to
    Pakistan": the place of a journey that "during" opens right after the mention is the event's."""
    doc, sent = text.doc, sent_of(mention)
    lowers = lower_words(doc)
    at = next((i for i in range(mention.end, min(sent.end, mention.end + 2)) if not doc[i].is_space), None)
    if at is None or lowers[at] not in _INSIDE_JOURNEY:
        return None
    # (or any gathering: "convened a pivotal meeting during the 2024 X Ministers Meeting in Port Vila")
    journey = next((e for e in text.events_by_sentence.get(sent.start, [])
                    if at < e.start <= at + 2 + REFER_MODIFIERS), None)
    return None if journey is None else _nearest(journey, [v for v in _own_places(text, journey, _is_travel(text, [journey]))
                                                            if journey.start <= v.start])


def _own_places(text: _Text, mention: Span, travel: bool) -> List[Span]:
    """The venues of a mention's sentence that may be its event's place (:func:`_claimed`)."""
    reported = text.words["REPORT_WORD"]
    # "it was announced on Friday in Buenos Aires": where it was said, not where it happens (but
    # "at the opening of the X in Abuja said": the place the event's own head governs is its own)
    return [v for v in _claimed(text, mention) if (v.start < mention.end or _governs(text, mention, v)
            or not clause_cue(v, reported, text.event_tokens, after=CUE_AFTER))
            and not _set_apart(text, v, mention, place=True)
            and not _decided_before(text, v, mention)
            and not _signed_clause(text, v, mention)
            and not (travel and _beyond_clause(text, v, mention))
            and not _other_governs(text, v, mention)]


#: The prepositions by which an event's head governs its place ("the X Summit in Lima", "talks at
#: the Palace").
_PLACE_PREPOSITIONS = ("in", "at")


def _governs(text: _Text, event: Span, place: Span) -> bool:
    """Whether the place stands right after the event's mention, joined by "in" or "at" alone
    ("the 9th X Session in Abuja", "talks at the Palace"): the event's head governs it."""
    lowers, texts = lower_words(text.doc), token_texts(text.doc)  # (no Token made per word)
    between = [i for i in range(event.end, place.start) if not texts[i].isspace()]
    return len(between) == 1 and lowers[between[0]] in _PLACE_PREPOSITIONS


def _other_governs(text: _Text, place: Span, mention: Span) -> bool:
    """ "en route to attend the X Dialogue in Singapore, A has had meetings with B": a place
    told before the mention that another event's head governs ("the X Dialogue in Singapore") is
    that event's, not one told after it (a place after both, "the X and the Y in Lima", is
    shared as :func:`_claimed` reads it)."""
    if place.end > mention.start:
        return False
    key = text.owner.get((mention.start, mention.end))
    return any(e.end <= place.start and text.owner.get((e.start, e.end)) != key and _governs(text, e, place)
               for e in text.events_by_sentence.get(sent_of(mention).start, []))


def _town_in_country(
    text: _Text, key: str, mentions: List[Span], source: Span, period: Tuple[Optional[str], Optional[str]],
    venue: Place, stated: Place, place: Span,
) -> Tuple[Place, Place]:
    """The town of the country an event is placed in, when the text names one for it: in the
    sentence that placed it ("left for Uzbekistan to attend the meeting ... in Samarkand"), a
    sentence going on speaking of it ("will be held in Malaysia ... We look forward to welcoming
    you to Putrajaya"), a later mention's or a later "the meeting"'s sentence ("Namibia will host
    the X. [...] / The meeting will take place in Windhoek")."""
    own = [v for v in _own_places(text, source, False) if _town_of(v, venue)] \
        if any(m is source for m in mentions) else []
    # ("Ministers will travel to Nepal for meetings in Pokhara ... / The X will be held on 14
    # March": the lead that placed it names the town too)
    own = own or [v for v in text.venues.get(sent_of(place).start, []) if v.start > place.start and _town_of(v, venue)]
    if own:
        town = _nearest(source, own)
        text.stated_at[key] = town.start_char
        return _place(town, text.raw), _place(town, text.raw)
    town = next((v for sent in _same_time(text, key, source, period) for v in text.venues.get(sent.start, [])
                 if _town_of(v, venue)), None)
    if town is not None:
        venue = _place(town, text.raw)
        if any(sent_of(m).start == sent_of(town).start for m in mentions):
            stated = venue  # told in a sentence that names the event: its own place, which carries
            text.stated_at[key] = town.start_char
        return venue, stated
    # "to visit Sri Lanka to attend the X ... The X will be held at the Ministry in Colombo":
    # a later mention's own sentence states the town (or a later "the meeting"'s)
    later = [v for m in mentions if m is not source for v in _claimed(text, m)] \
        + [v for anaphor in text.anaphors.get(key, []) if _told_then(text, sent_of(anaphor), period)
           for v in _told_of(text, key, anaphor, text.venues)]
    town = next((v for v in later if _town_of(v, venue)), None) or _headline_town(text, venue, mentions)
    if town is not None:
        venue = stated = _place(town, text.raw)
        text.stated_at[key] = town.start_char
    return venue, stated


def _headline_town(text: _Text, venue: Place, mentions: List[Span]) -> Optional[Span]:
    """ "Presidents jet into country for AU summit on agriculture in Kampala / ... have arrived in
    Uganda to attend the X Summit": the one town of the event's country that the headline gives
    a venue of, when the event is the first the body tells and the headline names no other."""
    if not text.headline_end:
        return None
    spans = {(m.start, m.end) for m in mentions}
    body = [e for e in text.events if e.start_char >= text.headline_end]
    if not body or (min(body, key=lambda e: e.start).start, min(body, key=lambda e: e.start).end) not in spans \
            or any((e.start, e.end) not in spans for e in text.events if e.start_char < text.headline_end):
        return None
    towns = [v for s in text.sentences if s.end_char <= text.headline_end for v in text.venues.get(s.start, [])
             if _town_of(v, venue)]
    return towns[0] if len({span_value(v, "nf_venue").get("city") for v in towns}) == 1 else None


def _journey_town(text: _Text, mentions: List[Span], venue: Place, source: Span) -> Optional[Span]:
    """The town of a journey to a country, when a mention of it names one of that country ("his
    two-day visit to Kathmandu") or its sentence says the traveller arrived here ("arrived here
    on a state visit to India": the dateline's town); other towns of the country are stops, and
    so is a town the traveller arrived in ("arrived in Bangkok on an official visit to Thailand"
    is a visit to Thailand: the dev gold places a visit to a country in the country)."""
    for mention in mentions:
        town = next((v for v in text.venues.get(sent_of(mention).start, [])
                     if mention.start <= v.start and v.end <= mention.end and _town_of(v, venue)), None)
        if town is not None:
            return town
    lowers, arrival = lower_words(text.doc), text.words["DEPART_WORD"]
    return next((v for v in text.venues.get(sent_of(source).start, []) if v.end <= source.start and _town_of(v, venue)
                 and v.id_ == "venue.here" and v.start >= 1 and lowers[v.start - 1] in arrival), None)


def _lead_place(text: _Text, mentions: List[Span], period: Tuple[Optional[str], Optional[str]]) -> Optional[Span]:
    """The place of a lead that names no event ("Ministers met in Suva today ...", :func:`_leads`),
    else of a gathering told in the sentence right before the event (:func:`_gathered_before`),
    at a time that may be the event's own."""
    reported = text.words["REPORT_WORD"]
    for lead in _leads(text, mentions):
        # not of a lead that tells a journey ("left on Wednesday to attend meetings in St Lucia"),
        # but where it arrives ("Ministers arrived in Apia on Sunday. / The X Meeting opened on Monday")
        if any(w in text.words["DEPART_WORD"] for w in lower_words(text.doc)[lead.start:lead.end]):
            return _arrival_place(text, lead, period)
        # nor of one told at another time than the event's own ("Ministers met in Kigali
        # yesterday ... / In July 2016, at the 27th AU Summit, ...")
        if not _same_period(text, lead, period):
            continue
        place = next((v for v in text.venues.get(lead.start, [])
                      if not clause_cue(v, reported, text.event_tokens, after=CUE_AFTER)), None)
        if place is not None:
            return place
    gathered = _gathered_before(text, mentions)
    if gathered is None and _before_in_paragraph(text, mentions) is not None:
        return _arrival_place(text, _before_in_paragraph(text, mentions), period)
    if gathered is None or not _same_period(text, gathered, period):
        return None
    # "Ministers gathered in Honiara on Friday. The 5th X Meeting discussed ..."
    return next((v for v in text.venues.get(gathered.start, [])
                 if not clause_cue(v, reported, text.event_tokens, after=CUE_AFTER)), None)


def _listed_destination(text: _Text, place: Span) -> bool:
    """Whether a place is followed by a town or country of another country after a comma or
    "and" ("to Fiji, Tonga, Samoa and Niue"): one of the several countries a journey takes in
    (two towns of one country keep the first: "to Auckland and Wellington")."""
    texts = token_texts(text.doc)
    at = _past_locator(text, place, _skip_space(text.doc, place.end))
    if at >= len(texts) or texts[at] not in (",", "and"):
        return False
    nxt = _skip_space(text.doc, at + 1)
    if any(e.start == nxt and e.id_.endswith(DESTINATION_SUFFIX) for e in text.events):
        # "visited the United Kingdom and Germany": a journey split into one visit per place (the
        # next place is another visit's mention): each visit keeps its own place
        return False
    country = _place(place, text.raw).country
    return any(p.start == nxt and (span_value(p, "nf_place") or {}).get("kind") in ("city", "country")
               and (span_value(p, "nf_place") or {}).get("country") not in (None, country)
               for p in spans_in(text.doc, settings.SPANS_PLACES))


def _listed_last(text: _Text, place: Span) -> bool:
    """Whether a place closes a list of places of other countries ("visited Russia, Poland, and
    Hungary"): the last of the several countries a journey takes in, no more its place than the
    first (:func:`_listed_destination`)."""
    texts, at = token_texts(text.doc), place.start - 1
    while at >= 0 and (text.doc[at].is_space or texts[at] in (",", "and")):
        at -= 1
    if at < 0 or at == place.start - 1 or "and" not in texts[at + 1:place.start] \
            or any(e.start == place.start and e.id_.endswith(DESTINATION_SUFFIX) for e in text.events):
        return False  # (nor a journey split into one visit per place: "visited Peru and Chile")
    country = _place(place, text.raw).country
    return any(p.end == at + 1 and (span_value(p, "nf_place") or {}).get("kind") in ("city", "country")
               and (span_value(p, "nf_place") or {}).get("country") not in (None, country)
               for p in spans_in(text.doc, settings.SPANS_PLACES))


def _past_locator(text: _Text, place: Span, at: int) -> int:
    """Past the country that locates a town ("to Paris in France, London in the United Kingdom"):
    where the list of destinations goes on; ``at`` itself when no "in <its country>" stands there."""
    if at >= len(text.doc) or lower_words(text.doc)[at] != "in":
        return at
    country = _place(place, text.raw).country
    nxt = _skip_space(text.doc, at + 1)
    locator = next((p for p in spans_in(text.doc, settings.SPANS_PLACES) if p.start == nxt
                    and (span_value(p, "nf_place") or {}).get("kind") == "country"
                    and (span_value(p, "nf_place") or {}).get("country") == country), None)
    return at if locator is None else _skip_space(text.doc, locator.end)


#: The words that may stand between "for" and the event a journey to a place is made for.
_FOR_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def _destination(text: _Text, mentions: List[Span]) -> Optional[Span]:
    """ "The King and Queen are on their way to South Korea for their four-day state visit",
    "flew to Tonga for a three-day visit": a town or country right after "to", followed by "for"
    and the event's mention (after a determiner), is where the event is."""
    lowers = lower_words(text.doc)
    for mention in mentions:
        at = mention.start - 1 if mention.start > 0 and lowers[mention.start - 1] in _FOR_DETERMINERS else mention.start
        if at < 3 or lowers[at - 1] != "for":
            continue
        place = next((p for p in _told_places(text, sent_of(mention)) if p.end == at - 1), None)
        if place is not None and place.start > 0 and lowers[place.start - 1] == "to":
            return place
    return None


def _arrival_lead(text: _Text, mentions: List[Span]) -> Optional[Tuple[Span, str]]:
    """ "X arrived in Dhaka on Saturday to discuss trade. [...] / During his two-day visit, X
    will meet ...": a journey named after "his", "her" or "their", with no other journey named
    before it, is the one begun by the first arrival the story tells before it (a place after a
    verb of journey and "in", :func:`_arrival_place`), on a single day, in a sentence that names
    no event: that place and that day (the journey's first)."""
    first = mentions[0]
    if not _is_travel(text, mentions) or first.start == 0 or lower_words(text.doc)[first.start - 1] not in _OWNER_DETERMINERS:
        return None
    index = text.position[sent_of(first).start][0]
    lead = next((s for s in text.sentences[:index] if _arrival_place(text, s, (None, None)) is not None), None)
    if lead is None or text.events_by_sentence.get(lead.start) \
            or any(e.start < first.start and set(_WORD_RE.findall(span_value(e, "nf_event")["name"].lower()))
                   & text.words["TRAVEL_HEAD"] for e in text.events if text.owner.get((e.start, e.end)) != text.owner.get((first.start, first.end))):
        return None
    days = {v["start"] for v in (span_value(d, "nf_date") for d in text.dates.get(lead.start, []))
            if len(v["start"]) == 10 and v["start"] == v["end"]}
    place = _arrival_place(text, lead, (None, None)) if len(days) == 1 else None
    return (place, days.pop()) if place is not None else None


def _arrival_lead_day(text: _Text, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """The first day of a journey begun by the arrival its story's lead tells (:func:`_arrival_lead`)."""
    found = _arrival_lead(text, mentions)
    return (found[1], None) if found else None


def _there_place(text: _Text, mentions: List[Span]) -> Optional[Span]:
    """ "The minister flew to Windhoek on Sunday. The 6th X Commission opens there on Monday.":
    "there" after an event's mention, in its clause, names the last place told before it, in the
    mention's sentence or the one before it in its paragraph."""
    lowers, texts = lower_words(text.doc), token_texts(text.doc)
    for mention in mentions:
        sent = sent_of(mention)
        there = next((i for i in range(mention.end, sent.end) if lowers[i] == "there" or texts[i] in CLAUSE_BREAKS), None)
        # (not a verb after it: "there will be" names nothing)
        if there is None or lowers[there] != "there" or there + 1 >= len(lowers) \
                or lowers[there + 1] not in text.words["THERE_FOLLOWER"]:
            continue
        index, paragraph = text.position[sent.start]
        told = [v for v in _told_places(text, sent) if v.end <= mention.start]
        if not told and index > 0 and text.position[text.sentences[index - 1].start][1] == paragraph:
            told = _told_places(text, text.sentences[index - 1])
        if told:
            return told[-1]
    return None


def _told_places(text: _Text, sent: Span) -> List[Span]:
    """The venues of a sentence, else its towns and countries ("landed in Tashkent on Sunday")."""
    return text.venues.get(sent.start) or [
        p for p in spans_in(text.doc, settings.SPANS_PLACES) if sent.start <= p.start < sent.end
        and (span_value(p, "nf_place") or {}).get("kind") in ("city", "country")]


def _stated_period(text: _Text, key: str, period: Tuple[Optional[str], Optional[str]]) -> Tuple[Optional[str], Optional[str]]:
    """The period a stated place carries with it to the events told after it: the event's own
    when the place's sentence tells a date, else none ("attended a series of meetings in Suva
    last week. / The X met on 7 August, followed by the Y from 8 to 10 August": the place is
    the series', whatever day each meeting of it took)."""
    at = text.stated_at.get(key)
    if at is None:
        return period
    index = bisect.bisect_right([s.start_char for s in text.sentences], at) - 1
    sent = text.sentences[max(index, 0)]
    if not (text.dates.get(sent.start) or text.years.get(sent.start)):
        return None, None
    if not (period[0] or period[1]):
        # "arrived in Tehran on Tuesday for talks. / Raisi attended the X Summit in December
        # last year": an event the text gives no time carries its place for the month its
        # place's sentence tells, not to an occasion of another month or year
        told = [span_value(d, "nf_date") for d in text.dates.get(sent.start, [])]
        return (told[0]["start"][:7], told[-1]["end"][:7]) if told else period
    # "will attend meetings in Pokhara between 14 and 17 March. / The A will be held on 14-15
    # March, the B on 16 March": a period of the place's sentence that holds the event's own is
    # the series', which the place carries to the events of it told after
    return next(((v["start"], v["end"]) for v in (span_value(d, "nf_date") for d in text.dates.get(sent.start, []))
                 if v["start"] != v["end"] and period[0] and period[1]
                 and v["start"] <= period[0][:len(v["start"])] and period[1][:len(v["end"])] <= v["end"]), period)


def _town_of(span: Span, venue: Place) -> bool:
    """Whether a venue span is a town (or lies in one) of the venue's country."""
    return bool(span_value(span, "nf_venue").get("city")) and span_value(span, "nf_venue").get("country") == venue.country


def _visited(text: _Text, mentions: List[Span], period: Tuple[Optional[str], Optional[str]]) -> Optional[Place]:
    """Where a journey goes when its mention names it ("will visit Berlin, Germany", "a visit to
    Tonga"): the first town or country inside the mention; else the place of the sentence just
    before its first mention, when that names no event and tells a time that may be its own (not
    "arrived in Tehran on Tuesday. / It returns a visit by Raisi to Ashgabat last year.")."""
    if not _is_travel(text, mentions):
        return None
    for mention in mentions:
        for place in _places_in(text.doc, mention):
            info = span_value(place, "nf_place")
            if info.get("kind") in ("city", "country") and not _travellers_place(text, place):
                city = info.get("city") if info.get("kind") == "city" else None
                return Place(name=city, city=city, country=info.get("country"))
    # "... when he visits Australia this week. / His visit will commence on 7 February": the
    # place the sentence just before the journey's first mention goes to
    index = text.position[sent_of(mentions[0]).start][0]
    if index > 0:
        before = text.sentences[index - 1]
        if not text.events_by_sentence.get(before.start) and _same_period(text, before, period):
            place = next(iter(text.venues.get(before.start, [])), None)
            if place is not None:
                return _place(place, text.raw)
    return None


def _travellers_place(text: _Text, place: Span) -> bool:
    """ "the visit of the President of Venezuela": a place inside an official's mention (his
    office's country) names who travels, not where the journey goes."""
    return any(o.start <= place.start and place.end <= o.end for o in text.officials.get(sent_of(place).start, []))


def _named_town(text: _Text, mentions: List[Span]) -> Optional[Place]:
    """The town an event is named after when the text gives it no place ("the Abuja Ministerial
    Meeting", "the 3rd Suva Ocean Forum"): a city opening the name, not one naming a body that
    meets elsewhere ("the Paris Club", "the Lima Group": ``TOWN_BODY`` words in the name)."""
    for mention in mentions:
        if _name_words(span_value(mention, "nf_event")["name"], {}) & text.words["TOWN_BODY"]:
            continue
        for place in _places_in(text.doc, mention):
            info = span_value(place, "nf_place")
            # only an article or an ordinal ("3rd") before the town
            lead = text.doc[mention.start:place.start]
            if info.get("kind") == "city" and len(lead) <= 2 \
                    and all(t.lower_ in ("the", "a") or t.text[:1].isdigit() for t in lead):
                return Place(name=info.get("city"), city=info.get("city"), country=info.get("country"))
    return None


def _places_in(doc: Doc, mention: Span) -> List[Span]:
    places = spans_in(doc, settings.SPANS_PLACES)
    return [p for p in places if mention.start <= p.start and p.end <= mention.end and span_value(p, "nf_place")]


def _same_time(text: _Text, key: str, mention: Span, period: Tuple[Optional[str], Optional[str]]) -> List[Span]:
    """The sentences that go on speaking of the event (:func:`_following`) and whose dates, if
    any, can be the event's: a sentence about another year is about another edition; for an
    event the text gives no time, one about years before the story's ("... similar to the
    workshops held in Cartagena in 2008") is background."""
    published = doc_value(text.doc, "published")
    if not (period[0] or period[1]) and published:
        period = (published[:4], None)
    return [sent for sent in _following(text, key, mention) if not _past_edition(text, sent)
            and all(periods_meet(period, (span_value(d, "nf_date")["start"], span_value(d, "nf_date")["end"]))
                    for group in (text.dates, text.years) for d in group.get(sent.start, []))]


def _past_edition(text: _Text, sent: Span) -> bool:
    """ "It was last held on 3 May 2023 in Suva", "The forum previously met in Apia": a sentence
    after the event's that tells of an earlier edition ("last week" is only a time); or of a later
    one, "The next summit will be in Skopje" (``NEXT_EDITION`` before a ``HEAD_NOUN``)."""
    lowers, words = lower_words(text.doc), text.words  # no Token made per word
    for i in range(sent.start, sent.end):
        if lowers[i] in words["NEXT_EDITION"] and i + 1 < sent.end and lowers[i + 1] in words["HEAD_NOUN"]:
            return True
        if lowers[i] in words["PAST_EDITION"]:
            # "last week" is a time; "will last for two days" a verb
            if not ((i + 1 < sent.end and lowers[i + 1] in words["TIME_UNIT"])
                    or (i > sent.start and lowers[i - 1] in words["AUXILIARY"])):
                return True
    return False


def _claimed(text: _Text, mention: Span, kind: str = "venues") -> List[Span]:
    """The venues (or dates) of the mention's sentence nearer to this event mention than to any
    other event in the sentence: in "the signing at Istana Negara, ahead of the summit at the
    Convention Centre" each venue belongs to one event; events listed together ("the 4th X
    Consultation and the 2nd Y Consultation in Manila") share theirs; "the X Meeting is
    preceded by the Y Meeting, which met on 6 August" gives the day to Y alone."""
    sent = sent_of(mention).start
    candidates = (text.venues if kind == "venues" else text.dates).get(sent, [])
    rivals = _rivals(text, sent)
    if len(rivals) <= 1 or not candidates or _rival_index(text, mention) is None:
        return candidates
    if (kind, sent) not in text.claims:
        taken = {i for group in (text.venues, text.dates) for c in group.get(sent, []) for i in range(c.start, c.end)}
        back, ahead = _joined(text, rivals, taken, kind == "venues")
        errands = [bool(_name_words(span_value(e, "nf_event")["name"], {}) & text.words["TRAVEL_HEAD"]) for e in rivals] \
            if kind == "venues" else ()
        owners = _owners(text.doc, candidates, rivals, text.words["LIST_JOINER"], taken, back, ahead, errands)
        # (what each event claims listed once: not a walk over the sentence's candidates per mention)
        claimed: List[List[Span]] = [[] for _ in rivals]
        for candidate, (first, last) in zip(candidates, owners):
            for at in range(first, last + 1):
                claimed[at].append(candidate)
        text.claims[kind, sent] = claimed
    at = bisect.bisect_left(text.rivals[sent][1], mention.start)  # events of a sentence are in text order
    return list(text.claims[kind, sent][at])


def _joined(text: _Text, rivals: List[Span], taken: set, places: bool) -> Tuple[List[bool], List[bool]]:
    """For each rival event, whether the one before it also owns what it owns, and whether the
    one after it does: a place of the event another is held on the sidelines of, or at, is that
    one's too, not its days (:func:`_on_margins`, :func:`_held_at`); a journey and the event it is made for share their
    places, and the journey takes that event's days ("will visit Wellington for a meeting with
    his counterpart on 14 February", "a visit to Jakarta to attend the X": :func:`_for_purpose`)."""
    words, doc = text.words, text.doc
    journey = [bool(_name_words(span_value(e, "nf_event")["name"], {}) & words["TRAVEL_HEAD"]) for e in rivals]
    back, ahead = [False] * len(rivals), [False] * len(rivals)
    for i in range(1, len(rivals)):
        gap = doc[rivals[i - 1].end:rivals[i].start]
        purpose = journey[i - 1] and _for_purpose(gap, words, taken)
        # ("a meeting with B, in the context of the 74th X Assembly, in New York": held within the
        # other occasion, where it is; its days are its own, OCCASION_FRAME)
        back[i] = purpose or places and (_on_margins(gap, words["MARGIN_WORD"], words["HEAD_NOUN"]) or _in_frame_of(gap, words)
                                         or _held_at(gap) or _followed_by(gap, rivals[i - 1], rivals[i]))
        ahead[i - 1] = purpose and places
    return back, ahead


def _in_frame_of(gap: Span, words: Dict[str, FrozenSet[str]]) -> bool:
    """Whether a gap between two events ends on "in the context of the", "in the framework of the"
    (OCCASION_FRAME): the first is held within the second, at its place."""
    return _on_margins(gap, words["OCCASION_FRAME"], words["HEAD_NOUN"])


def _followed_by(gap: Span, first: Span, second: Span) -> bool:
    """Whether two described occasions are told as one sequence, "followed by" alone between
    them ("after a meeting with X followed by signing of several instruments at the Y House"):
    the place told after the second is the first's too (a named event after "followed by" is
    another occasion, which lends no place)."""
    return [t.lower_ for t in gap if not t.is_space] == ["followed", "by"] \
        and first.id_.startswith("event.lower") and second.id_.startswith("event.lower")


def _for_purpose(gap: Span, words: Dict[str, FrozenSet[str]], taken: set) -> bool:
    """Whether the gap after a journey, its own dates and places aside (with the JOURNEY_LEAD
    before them: "from 3 May", "in Suva"), says what the next event is to it: "for a", "to
    attend the", "to take part in the"; not "to" or "in" alone (PURPOSE_PARTICLE)."""
    purpose, particles = words["PURPOSE_WORD"], words["PURPOSE_PARTICLE"]
    tokens = [t for t in gap if not (t.is_space or t.is_punct or t.i in taken)]
    kept = [t.lower_ for t in tokens if not (t.lower_ in words["JOURNEY_LEAD"] and t.i + 1 in taken)]
    return bool(kept) and all(w in purpose or w in particles or w in ("the", "a", "an") for w in kept) \
        and any(w in purpose for w in kept)


def _rivals(text: _Text, sent: int) -> List[Span]:
    """The events of a sentence that may claim its places and dates: all but a generic plural
    ("has attended a series of the bloc's meetings in Vientiane"), which covers the events
    named with it rather than competing with them. Read once per sentence."""
    if sent not in text.rivals:
        heads = text.words["HEAD_NOUN"]
        kept = []
        for event in text.events_by_sentence.get(sent, []):
            last = span_value(event, "nf_event")["name"].split()[-1].lower()
            if not (event.id_.startswith("event.lower") and last.endswith("s") and last[:-1] in heads):
                kept.append(event)
        text.rivals[sent] = (kept, [e.start for e in kept])
    return text.rivals[sent][0]


def _rival_index(text: _Text, mention: Span) -> Optional[int]:
    """The index of the mention among its sentence's rivals, None when it is none of them."""
    rivals = _rivals(text, sent_of(mention).start)
    at = bisect.bisect_left(text.rivals[sent_of(mention).start][1], mention.start)
    return at if at < len(rivals) and rivals[at].start == mention.start and rivals[at].end == mention.end else None


def _owners(
    doc: Doc, candidates: List[Span], rivals: List[Span], joiners: FrozenSet[str], taken: set,
    back: Sequence[bool] = (), ahead: Sequence[bool] = (), errands: Sequence[bool] = (),
) -> List[Tuple[int, int]]:
    """For each candidate, the range of rival events (indexes, in text order) it belongs to: the
    nearest event before it ("the 31st X opens in Vientiane, and the 9th Y closed ..."), else
    the nearest after, with the events listed together with that one (:func:`_listed`), and
    those joined to them (``back[i]``: rival i-1 owns what rival i owns; ``ahead[i]``: rival
    i+1 does; :func:`_joined`). A place that a journey told right after it is made to
    (``errands[i]``: rival i is a journey) is that journey's: "the meeting ..., said the envoy,
    who arrived in Yerevan on an official visit"."""
    # list[i]: the first event of the list that rival i is part of (one pass over the gaps)
    first_of = [0] * len(rivals)
    for i in range(1, len(rivals)):
        listed = _listed(doc[rivals[i - 1].end:rivals[i].start], joiners, taken)
        first_of[i] = first_of[i - 1] if listed else i
    last_of = [0] * len(rivals)
    for i in range(len(rivals) - 1, -1, -1):
        last_of[i] = last_of[i + 1] if i + 1 < len(rivals) and first_of[i + 1] == first_of[i] else i
    ends = [e.end for e in rivals]
    starts = [e.start for e in rivals]
    out = []
    for candidate in candidates:
        inside = bisect.bisect_right(starts, candidate.start) - 1
        before = bisect.bisect_right(ends, candidate.start) - 1  # the last event ending before it
        after = bisect.bisect_left(starts, candidate.end)
        if inside >= 0 and rivals[inside].end > candidate.start:
            owner = inside  # a place inside an event's name ("the Suva Ocean Forum")
        elif errands and after < len(rivals) and errands[after] and _on_errand(doc, candidate.end, starts[after]):
            owner = after
        else:
            owner = before if before >= 0 else after
        owner = min(owner, len(rivals) - 1)
        first, last = first_of[owner], last_of[owner]
        while first > 0 and back and back[first]:
            first = first_of[first - 1]
        while last + 1 < len(rivals) and ahead and ahead[last]:
            last = last_of[last + 1]
        out.append((first, last))
    return out


#: "in Yerevan on an official visit": the words between a place and the journey it is made on.
_ERRAND_GAP = frozenset({"on", "a", "an", "his", "her", "their", "its"})


def _on_errand(doc: Doc, end: int, journey: int) -> bool:
    """Whether only "on" and a determiner stand between a place's end and a journey's start."""
    lowers = lower_words(doc)
    words = [lowers[i] for i in range(end, journey) if not doc[i].is_space]
    return 2 <= len(words) <= 3 and words[0] == "on" and all(w in _ERRAND_GAP for w in words)


#: How many words a complement between two listed events may have ("the X (PMC) with the ten
#: Dialogue Partners of ASEAN, the Y").
LIST_COMPLEMENT = 10


def _listed(gap: Span, joiners: FrozenSet[str], taken: set) -> bool:
    """Whether two events with this gap between them are listed together: only joiners (", and
    the") once bracketed acronyms are left out, or a short lowercase-led complement of the first
    ending in a comma or "and" and the joiners, with no place or date in it."""
    doc = gap.doc
    texts, lowers, lower = token_texts(doc), lower_words(doc), token_ids(doc, "IS_LOWER")  # no Token per word
    words, depth = [], 0  # the positions of the words outside brackets
    for i in range(gap.start, gap.end):
        depth += (texts[i] == "(") - (texts[i] == ")")
        if depth == 0 and texts[i] != ")":
            words.append(i)
    if all(lowers[i] in joiners for i in words):
        return len(words) <= 4
    tail = len(words)
    while tail and lowers[words[tail - 1]] in joiners:
        tail -= 1
    return (len(words) <= LIST_COMPLEMENT and tail < len(words) and bool(lower[words[0]])
            and any(lowers[i] in (",", "and") for i in words[tail:])
            and not any(i in taken for i in words))


#: The last word of a gap that ends on "on the margins of (the)".
_MARGIN_ENDS = frozenset({"of", "the", "a", "an"})


def _on_margins(gap: Span, margins: FrozenSet[str], heads: FrozenSet[str] = frozenset()) -> bool:
    """Whether a gap between two events ends on "on the sidelines of the", "on the margins of":
    the first is held where the second is ("talks on Tuesday on the sidelines of the X Summit
    in Lima")."""
    lowers, spaces = lower_words(gap.doc), token_ids(gap.doc, "IS_SPACE")  # no Token per word
    last = next((lowers[i] for i in range(gap.end - 1, gap.start - 1, -1) if not spaces[i]), None)
    if last not in _MARGIN_ENDS:  # it ends on "of" or an article, or it is no margin
        return False
    words = [lowers[i] for i in range(gap.start, gap.end) if not spaces[i]]
    at = next((k for k in range(len(words) - 2) if words[k + 1] in margins and words[k + 2] == "of"), None)
    # the first event's own words before it ("held in Suva on Tuesday"), not a clause of another
    # occasion, which it is then on the margins of ("... comes after a meeting held with Y on the")
    return at is not None and words[at] == "the" and all(w in ("the", "a", "an") for w in words[at + 3:]) \
        and not any(w in heads for w in words[:at])


def _margins_date(text: _Text, mentions: List[Span]) -> Optional[Tuple[Optional[str], Optional[str]]]:
    """ "their bilateral talks, held on the margins of the 7th X Summit in Havana last month": an
    event with no date of its own held on the sidelines of the next event of its sentence
    (:func:`_on_margins`) took place within that event's single date (a day, a month, a year),
    which the sentence tells of it (:func:`_claimed`); not within days of a range, whose day
    it does not tell."""
    for mention in mentions:
        at = _rival_index(text, mention)
        rivals = _rivals(text, sent_of(mention).start)
        if at is None or at + 1 >= len(rivals):
            continue
        other = rivals[at + 1]
        if not _on_margins(text.doc[mention.end:other.start], text.words["MARGIN_WORD"], text.words["HEAD_NOUN"]):
            continue
        told = {(v["start"], v["end"]) for v in (span_value(d, "nf_date") for d in _claimed(text, other, "dates")
                                                  if d.start >= other.start) if v}
        period = told.pop() if len(told) == 1 else None
        return period if period is not None and period[0] == period[1] else None
    return None


def _held_at(gap: Span) -> bool:
    """Whether the gap between two events is only "at the" (and modifiers): the first is held at the second
    ("bilateral talks with X at the 9th Andean Summit in Quito"), where the second is; its
    days it keeps, as on the margins of it."""
    words = gap.text.lower().split()
    # ("The signing of the accord was held during the X Meeting", "talks during the Y Summit":
    # a few lowercase words of holding may stand before "during")
    during = words.index("during") if "during" in words[:HELD_DURING_WORDS + 1] else None
    if during is not None and all(w.isalpha() for w in words[:during]):
        words = words[during:]
    # (a participle or an adverb may stand before the second: "at the on-going X Summit",
    # "at the recently concluded X")
    return bool(words) and words[0] in ("at", "during") and all(
        w in ("the", "a", "an") or _MODIFIER_FORM.fullmatch(w) for w in words[1:])


#: How many words may stand before "during" in the gap between an event and the one it is held
#: during ("was held during the", "took place during the").
HELD_DURING_WORDS = 3


#: Lowercase words of a participle's or an adverb's form, or hyphened ("on-going", "just-ended").
_MODIFIER_FORM = re.compile(r"[a-z]+(?:ing|ed|ly)|[a-z]+(?:-[a-z]+)+")


def _participants(text: _Text, key: str, mentions: List[Span]) -> Tuple[List[str], List[str]]:
    """Officials and instruments named in the sentence that introduces the event and in those
    that go on speaking of it (see :func:`_following`); a later mention changes nothing."""
    sentences = [sent_of(mentions[0]).start] + [s.start for s in _following(text, key, mentions[0])]
    officials: List[str] = []
    instruments: List[str] = []
    for start in sentences:
        for span in text.officials.get(start, []):
            if span_value(span, "nf_official")["name"] not in officials:
                officials.append(span_value(span, "nf_official")["name"])
        for span in text.instruments.get(start, []):
            if span_value(span, "nf_instrument")["name"] not in instruments:
                instruments.append(span_value(span, "nf_instrument")["name"])
    return officials, instruments


#: How far (days) an event may run, and how many sentences after it the text may say so.
MAX_DAYS = 31
CLOSING_SENTENCES = 12


#: Small words of an hour phrase between a verb and its day ("close in the afternoon of Sunday",
#: "ends at 5 pm on Friday"), and how many words such a phrase may have.
_HOUR_LINKS = frozenset({"in", "the", "of", "on", "at"})
HOUR_PHRASE = 6


def _ends_on(text: _Text, date: Span) -> bool:
    """Whether the date is the day something ends: "runs until 13 June", "closes on Friday",
    "is scheduled to close in the afternoon of Sunday, 14 September" (an hour phrase between)."""
    lowers, first = lower_words(text.doc), sent_of(date).start
    at, hour = date.start, False
    for k in range(date.start - 1, max(first, date.start - HOUR_PHRASE) - 1, -1):
        if lowers[k] in text.words["TIME_OF_DAY"]:
            at, hour = k, True
        elif not (lowers[k] in _HOUR_LINKS or lowers[k][:1].isdigit()):
            break
    if hour:  # the phrase's small words before the hour ("in the afternoon of")
        while at > first and lowers[at - 1] in _HOUR_LINKS:
            at -= 1
    cue = lowers[max(first, at - 2):at]
    return any(word in text.words["END_WORD"] for word in cue)


def _closing_day(text: _Text, mentions: List[Span], start: str):
    """The day a one-day-dated event ends, when the text says so: "X opened on Monday and ends
    tomorrow", or a later "The conference, which runs until 13 June" naming its head noun
    (within CLOSING_SENTENCES sentences of the event's first mention)."""
    doc = text.doc
    first = _date.fromisoformat(start)
    heads = _name_words(span_value(mentions[0], "nf_event")["name"], {}) & text.words["HEAD_NOUN"]
    own = {(m.start, m.end) for m in mentions}
    index = text.position[sent_of(mentions[0]).start][0]
    reach = text.sentences[min(len(text.sentences) - 1, index + CLOSING_SENTENCES)].end
    at = bisect.bisect_left([d.start for d in text.day_dates], mentions[0].start)
    for span in text.day_dates[at:]:
        if span.start >= reach:
            break
        if not _ends_on(text, span):
            continue
        try:
            last = _date.fromisoformat(span_value(span, "nf_date")["end"])
        except ValueError:
            continue
        if span.id_.startswith("weekday") and (last - first).days <= 0:
            # "opened on Wednesday and runs until Saturday": a bare weekday is the next one
            last += timedelta(days=7)
        if not 0 < (last - first).days <= MAX_DAYS:
            continue
        introduced = _introducers(text, sent_of(span))[0]  # "ends on Friday, ahead of the X"
        rivals = [e for e in text.events_by_sentence.get(sent_of(span).start, []) if e.start not in introduced]
        before = [e for e in rivals if e.end <= span.start]
        if before:
            # the event mentioned nearest before the closing day owns it
            nearest = max(before, key=lambda e: e.end)
            if (nearest.start, nearest.end) in own:
                return last.isoformat()
            continue
        if rivals:
            continue
        if heads and any(w in heads for w in lower_words(doc)[sent_of(span).start:span.start]) \
                or _goes_on(text, mentions[0], sent_of(span)):
            return last.isoformat()
    return None


def _goes_on(text: _Text, mention: Span, sent: Span) -> bool:
    """ "The X opened on Monday. It runs until Saturday.": the sentence right after the
    mention's, in its paragraph, opening on a pronoun, goes on speaking of it."""
    index, paragraph = text.position[sent_of(mention).start]
    first = next((t for t in sent if not t.is_space), None)
    return text.position[sent.start] == (index + 1, paragraph) and first is not None \
        and first.lower_ in text.words["PRONOUN"]


#: An event about a signing ("signing ceremony", "Signing of the MoU"), not any word holding
#: the letters ("Design Week").
SIGNING = re.compile(r"\bsign(?:ings?|ed)?\b", re.IGNORECASE)


def _is_signing(mentions: List[Span]) -> bool:
    return any(SIGNING.search(text_of(m.doc, m.start, m.end)) or SIGNING.search(span_value(m, "nf_event")["name"])
               for m in mentions)


#: How many sentences before a signing ceremony with no day or place of its own the signing told by its verb may be.
SIGNED_DAY_REACH = 40


def _signed_day(text: _Text, mention: Span, group: Optional[Dict[int, List[Span]]] = None) -> Optional[Span]:
    """A signing ceremony without a date (or, given ``text.venues`` as ``group``, a place) of its
    own took place on the day (at the place) the text, in the nearest sentence before it (up to
    SIGNED_DAY_REACH) that tells one, says the document was signed ("X and Y today signed ... at
    the Parliament. ... Speaking at the signing ceremony, ...")."""
    index = text.position[sent_of(mention).start][0]
    lowers = lower_words(text.doc)
    for sent in reversed(text.sentences[max(0, index - SIGNED_DAY_REACH):index + 1]):
        verbs = [i for i in range(sent.start, sent.end) if lowers[i] in text.words["SIGNED"]]
        if group is None:
            candidates = [d for d in text.dates.get(sent.start, []) if len(span_value(d, "nf_date")["start"]) == 10]
        else:
            candidates = group.get(sent.start, [])
        if verbs and candidates:
            return min(candidates, key=lambda d: min(abs(d.start - v) for v in verbs))
    return None


_NAME_STOP = frozenset({"of", "the", "a", "an", "and", "for", "on"})
_NAME_SPLIT = re.compile(r"[\s\-\u2013]+")


#: A group's code written with a hyphen or without: "G-20" is "G20", "COP-28" is "COP28".
_HYPHENED_CODE = re.compile(r"\b([A-Z]{1,4})[\-\u2013](\d{1,3})\b")


def _name_words(name: str, acronyms: Dict[str, str]) -> set:
    """Words of an event name for telling mentions of one event apart: no punctuation or
    small words, defined acronyms spelt out ("Extraordinary SADC Summit" = "Extraordinary
    Summit of the Southern African Development Community"), a code one word ("G-20")."""
    if not acronyms:
        return set(_event_name_words(name))
    name = _joined_codes(name)
    words = set()
    for word in _NAME_SPLIT.split(name):
        word = word.strip("'\u2019()[],.")
        if word in acronyms:
            words |= _plain_name_words(acronyms[word])
            continue
        word = _name_word(word)
        if word:
            words.add(word)
    words.update(w for w in (_name_word(h.replace("-", "")) for h in _hyphened_words(name)) if w)
    return words


@lru_cache(maxsize=4096)
def _event_name_words(name: str) -> FrozenSet[str]:
    """:func:`_name_words` of a name with no acronyms to spell out, its codes written as one
    word; kept per name (asked for many times per event)."""
    return _plain_name_words(_joined_codes(name))


@lru_cache(maxsize=4096)
def _plain_name_words(name: str) -> FrozenSet[str]:
    """:func:`_name_words` of a name with no acronyms to spell out; kept per name, which
    linking asks for many times per event (names recur across a batch too)."""
    words = set(filter(None, (_name_word(w.strip("'\u2019()[],.")) for w in _NAME_SPLIT.split(name))))
    # "Extra-Ordinary Session", "extraordinary summit": a hyphened word is also its closed form
    words.update(_name_word(w.replace("-", "")) for w in _hyphened_words(name))
    return frozenset(words - {""})


#: A word written with a hyphen between letters ("Extra-Ordinary", "Co-operation").
_HYPHENED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")


# (the expression is tried from every letter, again along the rest of its word: it runs only
# on the words holding the hyphen every match needs, as no match holds a space)
def _hyphened_words(name: str) -> List[str]:
    return [w for part in name.split() if "-" in part for w in _HYPHENED_WORD.findall(part)] if "-" in name else []


def _joined_codes(name: str) -> str:
    """ "G-20" -> "G20" (:data:`_HYPHENED_CODE`; replaced only in a name that holds one)."""
    return _HYPHENED_CODE.sub(r"\1\2", name) if ("-" in name or "\u2013" in name) and _HYPHENED_CODE.search(name) else name


def _name_word(word: str) -> str:
    """A word of a name as :func:`_name_words` compares it ("" for a small word)."""
    word = word.casefold()
    if word.endswith(("'s", "\u2019s")):
        word = word[:-2]
    return word if word not in _NAME_STOP else ""


def _mention(span: Span, raw: str):
    from ..records.build import mention

    return mention(span, raw)  # the text's own characters (a hard wrap's line breaks)
