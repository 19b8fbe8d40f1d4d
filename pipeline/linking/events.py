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

import re
from dataclasses import dataclass, field
from datetime import date as _date
from typing import Dict, List, Optional, Tuple

from spacy.tokens import Doc, Span

from .. import settings
from ..recognition.events import SIGN_VERBS
from ..records.models import Event, Place
from .words import LINK_WORDS


def _group(doc: Doc, key: str) -> List[Span]:
    return list(doc.spans[key]) if key in doc.spans else []


def _by_sentence(spans: List[Span]) -> Dict[int, List[Span]]:
    out: Dict[int, List[Span]] = {}
    for span in spans:
        out.setdefault(span.sent.start, []).append(span)
    return out


def _nearest(mention: Span, candidates: List[Span]) -> Optional[Span]:
    """The candidate closest to the mention, ties going to the one after it."""
    if not candidates:
        return None

    def distance(span: Span):
        if span.start >= mention.end:
            return (span.start - mention.end, 0)
        return (mention.start - span.end, 1)

    return min(candidates, key=distance)


#: How far (characters) the venue of one event carries to the next event that names none.
VENUE_CARRY_CHARS = 600
#: How many sentences after a mention, within its paragraph, may still tell its date or venue.
FOLLOWING_SENTENCES = 2


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
    sentences: List[Span] = field(default_factory=list)
    #: sentence start -> (its index, its paragraph's number)
    position: Dict[int, Tuple[int, int]] = field(default_factory=dict)
    #: (start, end) of each event mention -> the key of the event it names
    owner: Dict[Tuple[int, int], str] = field(default_factory=dict)


def _is_event_date(span: Span) -> bool:
    value = span._.nf_date
    # a day or month; a bare year or year range is an instrument's period, not a meeting's date
    return bool(value) and len(value["start"]) >= 7


def _read(doc: Doc, events: List[Span]) -> _Text:
    dateline_end = doc._.dateline_end or 0
    all_dates = _group(doc, settings.SPANS_DATES)  # a SpanGroup makes new Spans at each pass
    dates = [s for s in all_dates if _is_event_date(s) and s.start_char >= dateline_end]
    all_instruments = _group(doc, settings.SPANS_INSTRUMENTS)
    in_instrument = {i for s in all_instruments for i in range(s.start, s.end)}
    # a single year names when an event took or takes place only when nothing finer is written
    # ("at the second Forum in Apia in 2021"); inside an instrument's name it is its period
    years = [s for s in all_dates if s._.nf_date and len(s._.nf_date["start"]) == 4
             and s._.nf_date["start"] == s._.nf_date["end"] and s.start_char >= dateline_end
             and s.start not in in_instrument]
    text = _Text(
        doc=doc, dates=_by_sentence(dates), years=_by_sentence(years),
        day_dates=[s for s in dates if len(s._.nf_date["start"]) == 10],
        venues=_by_sentence([s for s in _group(doc, settings.SPANS_VENUES) if s._.nf_venue]),
        officials=_by_sentence([s for s in _group(doc, settings.SPANS_OFFICIALS) if s._.nf_official]),
        instruments=_by_sentence([s for s in all_instruments if s._.nf_instrument]),
        events=events, events_by_sentence=_by_sentence(events),
    )
    paragraph = 0
    previous = None
    for index, sent in enumerate(doc.sents):
        if previous is not None:
            gap = doc.text[previous.start_char + len(previous.text.rstrip()):sent.start_char]
            paragraph += "\n" in gap or "\n" in previous.text.strip()[-1:]
        text.sentences.append(sent)
        text.position[sent.start] = (index, paragraph)
        previous = sent
    return text


def link_events(doc: Doc) -> List[Event]:
    events = _group(doc, settings.SPANS_EVENTS)
    if not events:
        return []
    grouped = _group_mentions(events, doc._.acronyms or {})
    text = _read(doc, events)
    text.owner = {(s.start, s.end): key for key, spans in grouped.items() for s in spans}
    records: List[Event] = []
    carried: Optional[Tuple[Place, int, List[Span]]] = None  # the last venue, where, and whose
    for key, mentions in grouped.items():
        # a named mention ("Special Trade Ministers' Meeting") over a description of it
        # ("special meeting of trade ministers"), then the longest
        named = [m for m in mentions if not m.id_.startswith("event.lower")] or mentions
        value = dict(max((m._.nf_event for m in named), key=lambda v: len(v["name"])))
        value["acronym"] = value.get("acronym") or next(
            (m._.nf_event["acronym"] for m in mentions if m._.nf_event.get("acronym")), None)
        start, end = _event_dates(text, key, mentions)
        venue, stated = _event_venue(text, key, mentions)
        if venue is None and carried is not None and mentions[0].start_char - carried[1] < VENUE_CARRY_CHARS \
                and not _other_edition(carried[2], mentions):
            # "... in Vientiane. The prime minister will also attend the X Summit": the place as
            # stated carries, not the town a later sentence gave the other event
            venue = stated = carried[0]
        if stated is not None:
            carried = (stated, mentions[-1].end_char, mentions)
        official_names, instrument_names = _participants(text, key, mentions)
        records.append(Event(
            name=value["name"], acronym=value.get("acronym"), ordinal=value.get("ordinal"),
            start=start, end=end, venue=venue, officials=official_names,
            instruments=instrument_names,
            mentions=[_mention(m) for m in mentions],
        ))
    return records


def _group_mentions(events: List[Span], acronyms: Dict[str, str]) -> Dict[str, List[Span]]:
    """Mentions of one event under one key, in text order; events in order of first mention."""
    grouped: Dict[str, List[Span]] = {}
    words: Dict[str, set] = {}
    ordinals: Dict[str, Optional[int]] = {}
    for span in sorted(events, key=lambda s: (-len(s._.nf_event["name"]), s.start)):
        name = span._.nf_event["name"].casefold()
        key = _name_words(span._.nf_event["name"], acronyms)
        # a later short form ("the Health Assembly") is a mention of the full name
        ordinal = span._.nf_event.get("ordinal")
        another = span._.nf_event.get("another")
        owner = next((k for k, w in words.items() if key <= w and not ordinal and not another), None)
        if owner is None and ordinal:
            # one numbered event written twice ("45th Ordinary Session of the Executive Council
            # of the African Union", later "45th Ordinary Session of the AU Executive Council")
            owner = next((k for k, w in words.items() if ordinals.get(k) == ordinal
                          and len(key & w) >= 0.5 * min(len(key), len(w))), None)
        owner = owner or name
        ordinals.setdefault(owner, ordinal)
        grouped.setdefault(owner, []).append(span)
        # "29th Conference of the Parties (COP29)" is also what a later bare "COP29" names
        acronym = span._.nf_event.get("acronym")
        words.setdefault(owner, key | {acronym.casefold()} if acronym else key)
    for spans in grouped.values():
        spans.sort(key=lambda s: s.start)
    return dict(sorted(grouped.items(), key=lambda item: item[1][0].start))


def _other_edition(previous: List[Span], mentions: List[Span]) -> bool:
    """Whether two events are editions of one series ("12th Pacific Water Forum", "13th ..."):
    where the one was held says nothing of where the other is."""
    a, b = previous[0]._.nf_event, mentions[0]._.nf_event
    if not a.get("ordinal") and not b.get("ordinal") and not b.get("another"):
        return False
    words_a, words_b = _name_words(a["name"], {}), _name_words(b["name"], {})
    strip = {w for w in words_a | words_b if _ORDINAL_WORD.match(w)}
    return bool(words_a - strip) and (words_a - strip) == (words_b - strip)


_ORDINAL_WORD = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _following(text: _Text, key: str, mention: Span) -> List[Span]:
    """The sentences after a mention's sentence in its paragraph that may still speak of its
    event: up to the first that names another event."""
    index, paragraph = text.position[mention.sent.start]
    out = []
    for sent in text.sentences[index + 1:index + 1 + FOLLOWING_SENTENCES]:
        if text.position[sent.start][1] != paragraph:
            break
        if any(text.owner.get((e.start, e.end)) != key for e in text.events_by_sentence.get(sent.start, [])):
            break
        out.append(sent)
    return out


def _event_dates(text: _Text, key: str, mentions: List[Span]) -> Tuple[Optional[str], Optional[str]]:
    date = next((d for m in mentions if (d := _nearest(m, text.dates.get(m.sent.start, []))) is not None), None)
    if date is None:
        date = next((d for sent in _following(text, key, mentions[0])
                     for d in text.dates.get(sent.start, [])[:1]), None)
    if date is None:
        date = next((d for m in mentions if (d := _nearest(m, text.years.get(m.sent.start, []))) is not None), None)
    if date is None and any(SIGNING.search(m.text) or SIGNING.search(m._.nf_event["name"]) for m in mentions):
        date = _signed_day(text.doc, mentions[0], text.day_dates)
    if date is None:
        return None, None
    start, end = date._.nf_date["start"], date._.nf_date["end"]
    if start == end and len(start) == 10:
        end = _closing_day(text.doc, mentions, text.events, text.day_dates, start) or end
    return start, end


def _place(span: Span) -> Place:
    """An event's venue: its city by name, else the building; a country alone has no name. A
    building's city counts only when the text names it (FACTS.md: the dateline's city only when
    the event is "here")."""
    v = span._.nf_venue
    city = v.get("city")
    if city and span.id_ == "venue.building" and _dateline_city_only(span, city):
        city = None
    name = city or (None if span.id_ == "venue.country" else v.get("name"))
    return Place(name=name, city=city, country=v.get("country"))


def _dateline_city_only(span: Span, city: str) -> bool:
    """Whether a building's city is the dateline's and nothing in the body names it or says
    that the event is "here"."""
    doc = span.doc
    dateline = doc.spans[settings.SPANS_DATELINE] if settings.SPANS_DATELINE in doc.spans else []
    if not dateline or city.casefold() not in dateline[0].text.casefold():
        return False
    body = doc.text[doc._.dateline_end or 0:]
    return city not in body and not re.search(r"\bhere\b", span.sent.text)


def _event_venue(text: _Text, key: str, mentions: List[Span]) -> Tuple[Optional[Place], Optional[Place]]:
    """The event's venue, and the place its sentences state (before a later town refines it)."""
    place = None
    for mention in mentions:
        rivals = text.events_by_sentence.get(mention.sent.start, [])
        place = _nearest(mention, _claimed(mention, text.venues.get(mention.sent.start, []), rivals))
        if place is not None:
            break
    following = _following(text, key, mentions[0])
    if place is None:
        place = next((v for sent in following for v in text.venues.get(sent.start, [])[:1]), None)
    if place is None:
        return None, None
    venue = stated = _place(place)
    if venue.city is None:
        # "will be held in Malaysia ... We look forward to welcoming you to Putrajaya"
        town = next((v for sent in following for v in text.venues.get(sent.start, [])
                     if v._.nf_venue.get("city") and v._.nf_venue.get("country") == venue.country), None)
        if town is not None:
            venue = _place(town)
    return venue, stated


def _claimed(mention: Span, candidates: List[Span], rivals: List[Span]) -> List[Span]:
    """The candidates nearer to this event mention than to any other event in the sentence:
    in "the signing at Istana Negara, ahead of the summit at the Convention Centre" each
    venue belongs to one event; events listed together ("the 4th X Consultation and the 2nd
    Y Consultation in Manila") share theirs. (Dates are not split this way: measured on the
    dev set, a sentence's date more often covers all its events.)"""
    if len(rivals) <= 1:
        return candidates
    doc = mention.doc
    rivals = sorted(rivals, key=lambda e: e.start)

    def listed(a: Span, b: Span) -> bool:
        return all(t.lower_ in LINK_WORDS["LIST_JOINER"] for t in doc[a.end:b.start])

    def owners(candidate: Span) -> List[Span]:
        # a date or place usually follows the event it belongs to: prefer the nearest event
        # before it ("the 31st X opens in Vientiane, and the 9th Y closed ...")
        owner = min(rivals, key=lambda e: (0, candidate.start - e.end) if e.end <= candidate.start
                    else (1, e.start - candidate.end))
        i = rivals.index(owner)
        j = i
        while i > 0 and listed(rivals[i - 1], rivals[i]):
            i -= 1
        while j + 1 < len(rivals) and listed(rivals[j], rivals[j + 1]):
            j += 1
        return rivals[i:j + 1]

    return [c for c in candidates if any(o is mention for o in owners(c))]


def _participants(text: _Text, key: str, mentions: List[Span]) -> Tuple[List[str], List[str]]:
    """Officials and instruments named in the sentence that introduces the event and in later
    sentences that name it alone (not in those that also name other events)."""
    sentences = [mentions[0].sent.start]
    for mention in mentions[1:]:
        start = mention.sent.start
        alone = all(text.owner.get((e.start, e.end)) == key for e in text.events_by_sentence.get(start, []))
        if alone and start not in sentences:
            sentences.append(start)
    officials: List[str] = []
    instruments: List[str] = []
    for start in sentences:
        for span in text.officials.get(start, []):
            if span._.nf_official["name"] not in officials:
                officials.append(span._.nf_official["name"])
        for span in text.instruments.get(start, []):
            if span._.nf_instrument["name"] not in instruments:
                instruments.append(span._.nf_instrument["name"])
    return officials, instruments


#: How far (days) an event may run.
MAX_DAYS = 31


def _closing_day(doc: Doc, mentions: List[Span], events: List[Span], day_dates: List[Span], start: str):
    """The day a one-day-dated event ends, when the text says so: "X opened on Monday and ends
    tomorrow", or a later "The conference, which runs until 13 June" naming its head noun."""

    first = _date.fromisoformat(start)
    heads = _name_words(mentions[0]._.nf_event["name"], {}) & LINK_WORDS["HEAD_NOUN"]
    own = {(m.start, m.end) for m in mentions}
    for span in sorted(day_dates, key=lambda s: s.start):
        if span.start < mentions[0].start:
            continue
        cue = doc[max(span.sent.start, span.start - 2):span.start]
        if not any(t.lower_ in LINK_WORDS["END_WORD"] for t in cue):
            continue
        try:
            last = _date.fromisoformat(span._.nf_date["end"])
        except ValueError:
            continue
        if not 0 < (last - first).days <= MAX_DAYS:
            continue
        before = [e for e in events if e.sent.start == span.sent.start and e.end <= span.start]
        if before:
            # the event mentioned nearest before the closing day owns it
            nearest = max(before, key=lambda e: e.end)
            if (nearest.start, nearest.end) in own:
                return span._.nf_date["end"]
            continue
        if any(e.sent.start == span.sent.start for e in events):
            continue
        if heads and any(t.lower_ in heads for t in doc[span.sent.start:span.start]):
            return span._.nf_date["end"]
    return None


#: The past of the signing verbs: "X and Y today signed ...".
SIGNED = frozenset(v for v in SIGN_VERBS if v.endswith("ed"))
#: An event about a signing ("signing ceremony", "Signing of the MoU"), not any word holding
#: the letters ("Design Week").
SIGNING = re.compile(r"\bsign(?:ing|ed)?\b", re.IGNORECASE)


def _signed_day(doc: Doc, mention: Span, day_dates: List[Span]) -> Optional[Span]:
    """A signing ceremony without a date of its own took place on the day the text, in the
    sentences just before it, says the document was signed ("X and Y today signed ...")."""
    sents = [s for s in doc.sents if s.end <= mention.sent.end][-3:]
    for sent in reversed(sents):
        verbs = [t for t in sent if t.lower_ in SIGNED]
        candidates = [d for d in day_dates if d.sent.start == sent.start]
        if verbs and candidates:
            return min(candidates, key=lambda d: min(abs(d.start - v.i) for v in verbs))
    return None


_NAME_STOP = frozenset({"of", "the", "a", "an", "and", "for", "on"})


def _name_words(name: str, acronyms: Dict[str, str]) -> set:
    """Words of an event name for telling mentions of one event apart: no punctuation or
    small words, defined acronyms spelt out ("Extraordinary SADC Summit" = "Extraordinary
    Summit of the Southern African Development Community")."""
    words = set()
    for word in re.split(r"[\s\-\u2013]+", name):
        word = word.strip("'\u2019()[],.")
        if word in acronyms:
            words |= _name_words(acronyms[word], {})
            continue
        word = word.casefold()
        if word.endswith(("'s", "\u2019s")):
            word = word[:-2]
        if word and word not in _NAME_STOP:
            words.add(word)
    return words


def _mention(span: Span):
    from ..records.build import mention

    return mention(span)
