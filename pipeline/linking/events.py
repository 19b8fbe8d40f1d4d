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
from datetime import date as _date
from typing import Dict, FrozenSet, List, Optional, Tuple

from spacy.tokens import Doc, Span

from .. import settings
from ..recognition.phrases import sent_of
from ..records.models import Event, Place


def _group(doc: Doc, key: str) -> List[Span]:
    return list(doc.spans[key]) if key in doc.spans else []


def _by_sentence(spans: List[Span]) -> Dict[int, List[Span]]:
    out: Dict[int, List[Span]] = {}
    for span in spans:
        out.setdefault(sent_of(span).start, []).append(span)
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
    #: the doc's text, read once (``Doc.text`` joins every token at each call)
    raw: str = ""
    sentences: List[Span] = field(default_factory=list)
    #: sentence start -> (its index, its paragraph's number)
    position: Dict[int, Tuple[int, int]] = field(default_factory=dict)
    #: (start, end) of each event mention -> the key of the event it names
    owner: Dict[Tuple[int, int], str] = field(default_factory=dict)
    #: the linking word classes (:func:`.words.link_words`)
    words: Dict[str, FrozenSet[str]] = field(default_factory=dict)
    #: sentence start -> for each of its venues, the range of its events that claim it
    claims: Dict[int, List[Tuple[int, int]]] = field(default_factory=dict)


def _is_event_date(span: Span) -> bool:
    value = span._.nf_date
    # a day or month; a bare year or year range is an instrument's period, not a meeting's date
    return bool(value) and len(value["start"]) >= 7


def _read(doc: Doc, events: List[Span], words: Dict[str, FrozenSet[str]]) -> _Text:
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
        events=events, events_by_sentence=_by_sentence(events), raw=doc.text, words=words,
    )
    paragraph = 0
    previous = None
    raw = text.raw
    for index, sent in enumerate(doc.sents):
        if previous is not None:
            # a line break between the last word of a sentence and the next one
            ended = previous.start_char + len(raw[previous.start_char:previous.end_char].rstrip())
            paragraph += "\n" in raw[ended:sent.start_char]
        text.sentences.append(sent)
        text.position[sent.start] = (index, paragraph)
        previous = sent
    return text


def link_events(doc: Doc, words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """The events of ``doc`` with what the text ties to each; ``words``: the linking word
    classes (:func:`.words.link_words`)."""
    events = _group(doc, settings.SPANS_EVENTS)
    if not events:
        return []
    grouped, references = _merge_references(_group_mentions(events, doc._.acronyms or {}), words)
    text = _read(doc, events, words)
    text.owner = {(s.start, s.end): key for key, spans in grouped.items() for s in spans}
    records: List[Event] = []
    carried: Optional[Tuple[Place, int, List[Span]]] = None  # the last venue, where, and whose
    for key, mentions in grouped.items():
        # a named mention ("Special Trade Ministers' Meeting") over a description of it
        # ("special meeting of trade ministers"), then the longest
        named = [m for m in mentions if not m.id_.startswith("event.lower")] \
            or [m for m in mentions if (m.start, m.end) not in references] or mentions
        value = dict(max((m._.nf_event for m in named), key=lambda v: len(v["name"])))
        value["acronym"] = value.get("acronym") or next(
            (m._.nf_event["acronym"] for m in mentions if m._.nf_event.get("acronym")), None)
        start, end = _event_dates(text, key, mentions)
        venue, stated = _event_venue(text, key, mentions)
        near = carried is not None and mentions[0].start_char - carried[1] < VENUE_CARRY_CHARS \
            and not _other_edition(carried[2], mentions)
        if venue is None and near:
            # "... in Vientiane. The prime minister will also attend the X Summit": the place as
            # stated carries, not the town a later sentence gave the other event
            venue = stated = carried[0]
        elif venue is not None and venue.country is None and near:
            # "at the Government House" in a story of a visit to Thailand: the building is there
            venue = stated = venue.model_copy(update={"country": carried[0].country})
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
    """Mentions of one event under one key, in text order; events in order of first mention.
    Longest names first: a later short form ("the Health Assembly") is a mention of the full
    name whose words it all has; one numbered event written twice ("45th Ordinary Session of
    the Executive Council of the African Union", "45th Ordinary Session of the AU Executive
    Council") shares its ordinal and half its words."""
    grouped: Dict[str, List[Span]] = {}
    words: Dict[str, set] = {}
    by_word: Dict[str, List[str]] = {}  # word -> the events whose name has it
    by_ordinal: Dict[int, List[str]] = {}
    for span in sorted(events, key=lambda s: (-len(s._.nf_event["name"]), s.start)):
        key = _name_words(span._.nf_event["name"], acronyms)
        ordinal = span._.nf_event.get("ordinal")
        owner = None
        if not ordinal and not span._.nf_event.get("another") and key:
            rarest = min((by_word.get(w, []) for w in key), key=len)
            owner = next((k for k in rarest[:MAX_COMPARED] if key <= words[k]), None)
        if owner is None and ordinal:
            owner = next((k for k in by_ordinal.get(ordinal, [])[:MAX_COMPARED]
                          if len(key & words[k]) >= 0.5 * min(len(key), len(words[k]))), None)
        if owner is None:
            owner = span._.nf_event["name"].casefold()
            if owner not in words:
                by_ordinal.setdefault(ordinal, []).append(owner)
                # "29th Conference of the Parties (COP29)" is also what a later bare "COP29" names
                acronym = span._.nf_event.get("acronym")
                words[owner] = key | {acronym.casefold()} if acronym else key
                for word in words[owner]:
                    by_word.setdefault(word, []).append(owner)
        grouped.setdefault(owner, []).append(span)
    for spans in grouped.values():
        spans.sort(key=lambda s: s.start)
    return dict(sorted(grouped.items(), key=lambda item: item[1][0].start))


def _merge_references(
    grouped: Dict[str, List[Span]], link_words: Dict[str, FrozenSet[str]],
) -> Tuple[Dict[str, List[Span]], set]:
    """A definite description ("this meeting", "the upcoming visit of the minister") whose head
    noun is that of an event named before it refers back to that event (the nearest before);
    also the (start, end) of such references, which give the event no name."""
    references = set()
    heads: Dict[str, str] = {}  # head noun -> the last event named with it
    out: Dict[str, List[Span]] = {}
    for key, spans in grouped.items():
        first = spans[0]
        words = set(_name_words(first._.nf_event["name"], {}))
        nouns = words & link_words["HEAD_NOUN"]
        definite = first.start > 0 and first.doc[first.start - 1].lower_ in link_words["DEFINITE"] \
            or bool(words & link_words["DEFINITE"])
        target = next((heads[n] for n in nouns if n in heads), None)
        if target is not None and definite and all(s.id_.startswith("event.lower") for s in spans):
            out[target].extend(spans)
            references.update((s.start, s.end) for s in spans)
            continue
        out[key] = list(spans)
        for noun in nouns:
            heads[noun] = key
    for spans in out.values():
        spans.sort(key=lambda s: s.start)
    return out, references


#: How many earlier events a mention is compared with (all of them in any real article).
MAX_COMPARED = 200


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
    event, up to the first that names another event; a paragraph that opens on a head noun
    ("The meeting was chaired by ...") goes on speaking of it."""
    index, paragraph = text.position[sent_of(mention).start]
    out = []
    for sent in text.sentences[index + 1:index + 1 + FOLLOWING_SENTENCES]:
        if text.position[sent.start][1] != paragraph and not _refers_back(sent, text.words["HEAD_NOUN"]):
            break
        paragraph = text.position[sent.start][1]
        if any(text.owner.get((e.start, e.end)) != key for e in text.events_by_sentence.get(sent.start, [])):
            break
        out.append(sent)
    return out


def _refers_back(sent: Span, head_nouns: FrozenSet[str]) -> bool:
    """ "The meeting was ...", "The summit will ...": a sentence opening on a head noun."""
    words = [t.lower_ for t in sent[:3] if not t.is_space]
    return len(words) >= 2 and words[0] in ("the", "this") and words[1] in head_nouns


def _event_dates(text: _Text, key: str, mentions: List[Span]) -> Tuple[Optional[str], Optional[str]]:
    date = next((d for m in mentions if (d := _nearest(m, text.dates.get(sent_of(m).start, []))) is not None), None)
    if date is None:
        date = next((d for sent in _following(text, key, mentions[0])
                     for d in text.dates.get(sent.start, [])[:1]), None)
    if date is None:
        date = next((d for m in mentions if (d := _nearest(m, text.years.get(sent_of(m).start, []))) is not None), None)
    if date is None and any(SIGNING.search(m.text) or SIGNING.search(m._.nf_event["name"]) for m in mentions):
        date = _signed_day(text, mentions[0])
    if date is None:
        return None, None
    start, end = date._.nf_date["start"], date._.nf_date["end"]
    if start == end and len(start) == 10:
        closing = _closing_day(text, mentions, start)
        if closing:
            return start, closing
        return _one_end(text, key, date, start)
    return start, end


def _one_end(text: _Text, key: str, date: Span, day: str) -> Tuple[Optional[str], Optional[str]]:
    """A day told as the one an event opened ("X kicked off on Sunday", "X opened in Abuja on
    Monday") is its start, its end untold; one it closed on is its end. The verb must be the
    event's: the last event named before it in the sentence is this one (or none is, when
    the sentence refers back to it). Otherwise the day is both (a one-day event)."""
    sent = sent_of(date)
    first = max(sent.start, date.start - OPEN_CLOSE_REACH)
    before = {t.lower_ for t in text.doc[first:date.start]}
    opened, closed = bool(before & text.words["OPENED"]), bool(before & text.words["CLOSED"])
    if opened == closed:
        return day, day
    named = [e for e in text.events_by_sentence.get(sent.start, []) if e.end <= date.start]
    if named and text.owner.get((named[-1].start, named[-1].end)) != key:
        return day, day
    return (day, None) if opened else (None, day)


def _place(span: Span, raw: str) -> Place:
    """An event's venue: its city by name, else the building; a country alone has no name. A
    building's city counts only when the text names it (FACTS.md: the dateline's city only when
    the event is "here")."""
    v = span._.nf_venue
    city = v.get("city")
    if city and span.id_ == "venue.building" and _dateline_city_only(span, city, raw):
        city = None
    name = city or (None if span.id_ == "venue.country" else v.get("name"))
    return Place(name=name, city=city, country=v.get("country"))


def _dateline_city_only(span: Span, city: str, raw: str) -> bool:
    """Whether a building's city is the dateline's and nothing in the body names it or says
    that the event is "here"."""
    doc = span.doc
    dateline = doc.spans[settings.SPANS_DATELINE] if settings.SPANS_DATELINE in doc.spans else []
    if not dateline or city.casefold() not in dateline[0].text.casefold():
        return False
    body = raw[doc._.dateline_end or 0:]
    return city not in body and not re.search(r"\bhere\b", sent_of(span).text)


def _event_venue(text: _Text, key: str, mentions: List[Span]) -> Tuple[Optional[Place], Optional[Place]]:
    """The event's venue, and the place its sentences state (before a later town refines it)."""
    place = None
    for mention in mentions:
        place = _nearest(mention, _claimed(text, mention))
        if place is not None:
            break
    following = _following(text, key, mentions[0])
    if place is None:
        place = next((v for sent in following for v in text.venues.get(sent.start, [])[:1]), None)
    if place is None:
        return None, None
    venue = stated = _place(place, text.raw)
    if venue.city is None:
        # "will be held in Malaysia ... We look forward to welcoming you to Putrajaya"
        town = next((v for sent in following for v in text.venues.get(sent.start, [])
                     if v._.nf_venue.get("city") and v._.nf_venue.get("country") == venue.country), None)
        if town is not None:
            venue = _place(town, text.raw)
    return venue, stated


def _claimed(text: _Text, mention: Span) -> List[Span]:
    """The venues of the mention's sentence nearer to this event mention than to any other
    event in the sentence: in "the signing at Istana Negara, ahead of the summit at the
    Convention Centre" each venue belongs to one event; events listed together ("the 4th X
    Consultation and the 2nd Y Consultation in Manila") share theirs. (Dates are not split
    this way: measured on the dev set, a sentence's date more often covers all its events.)"""
    sent = sent_of(mention).start
    candidates = text.venues.get(sent, [])
    rivals = text.events_by_sentence.get(sent, [])
    if len(rivals) <= 1 or not candidates:
        return candidates
    if sent not in text.claims:
        text.claims[sent] = _owners(text.doc, candidates, rivals, text.words["LIST_JOINER"])
    at = bisect.bisect_left([e.start for e in rivals], mention.start)  # events of a sentence are in text order
    return [c for c, (first, last) in zip(candidates, text.claims[sent]) if first <= at <= last]


def _owners(
    doc: Doc, candidates: List[Span], rivals: List[Span], joiners: FrozenSet[str],
) -> List[Tuple[int, int]]:
    """For each candidate, the range of rival events (indexes, in text order) it belongs to: the
    nearest event before it ("the 31st X opens in Vientiane, and the 9th Y closed ..."), else
    the nearest after, with the events listed together with that one."""
    # list[i]: the first event of the list that rival i is part of (one pass over the gaps)
    first_of = [0] * len(rivals)
    for i in range(1, len(rivals)):
        gap = doc[rivals[i - 1].end:rivals[i].start]
        listed = len(gap) <= 4 and all(t.lower_ in joiners for t in gap)
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
        if inside >= 0 and rivals[inside].end > candidate.start:
            owner = inside  # a place inside an event's name ("the Suva Ocean Forum")
        else:
            owner = before if before >= 0 else bisect.bisect_left(starts, candidate.end)
        owner = min(owner, len(rivals) - 1)
        out.append((first_of[owner], last_of[owner]))
    return out


def _participants(text: _Text, key: str, mentions: List[Span]) -> Tuple[List[str], List[str]]:
    """Officials and instruments named in the sentence that introduces the event and in those
    that go on speaking of it (see :func:`_following`); a later mention changes nothing."""
    sentences = [sent_of(mentions[0]).start] + [s.start for s in _following(text, key, mentions[0])]
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


#: How far (days) an event may run, and how many sentences after it the text may say so.
MAX_DAYS = 31
CLOSING_SENTENCES = 12
#: How many words before an event's day are read for the verb that makes it the day the event
#: opened or closed ("kicked off here on", "opened in Abuja on").
OPEN_CLOSE_REACH = 4


def _closing_day(text: _Text, mentions: List[Span], start: str):
    """The day a one-day-dated event ends, when the text says so: "X opened on Monday and ends
    tomorrow", or a later "The conference, which runs until 13 June" naming its head noun
    (within CLOSING_SENTENCES sentences of the event's first mention)."""
    doc = text.doc
    first = _date.fromisoformat(start)
    heads = _name_words(mentions[0]._.nf_event["name"], {}) & text.words["HEAD_NOUN"]
    own = {(m.start, m.end) for m in mentions}
    index = text.position[sent_of(mentions[0]).start][0]
    reach = text.sentences[min(len(text.sentences) - 1, index + CLOSING_SENTENCES)].end
    at = bisect.bisect_left([d.start for d in text.day_dates], mentions[0].start)
    for span in text.day_dates[at:]:
        if span.start >= reach:
            break
        cue = doc[max(sent_of(span).start, span.start - 2):span.start]
        if not any(t.lower_ in text.words["END_WORD"] for t in cue):
            continue
        try:
            last = _date.fromisoformat(span._.nf_date["end"])
        except ValueError:
            continue
        if not 0 < (last - first).days <= MAX_DAYS:
            continue
        rivals = text.events_by_sentence.get(sent_of(span).start, [])
        before = [e for e in rivals if e.end <= span.start]
        if before:
            # the event mentioned nearest before the closing day owns it
            nearest = max(before, key=lambda e: e.end)
            if (nearest.start, nearest.end) in own:
                return span._.nf_date["end"]
            continue
        if rivals:
            continue
        if heads and any(t.lower_ in heads for t in doc[sent_of(span).start:span.start]):
            return span._.nf_date["end"]
    return None


#: An event about a signing ("signing ceremony", "Signing of the MoU"), not any word holding
#: the letters ("Design Week").
SIGNING = re.compile(r"\bsign(?:ing|ed)?\b", re.IGNORECASE)


def _signed_day(text: _Text, mention: Span) -> Optional[Span]:
    """A signing ceremony without a date of its own took place on the day the text, in the
    sentences just before it, says the document was signed ("X and Y today signed ...")."""
    index = text.position[sent_of(mention).start][0]
    for sent in reversed(text.sentences[max(0, index - 2):index + 1]):
        verbs = [t for t in sent if t.lower_ in text.words["SIGNED"]]
        candidates = [d for d in text.dates.get(sent.start, []) if len(d._.nf_date["start"]) == 10]
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
