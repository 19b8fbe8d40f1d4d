"""Linking stage: each event tied to its dates, venue, officials and instruments.

What the text around an event says, in order of strength: a date or venue in the same
sentence as one of the event's mentions (nearest first, the one after it preferred: "the
summit will be held in Geneva on June 15-16"); the officials and instruments named in
those sentences. Nothing is invented when the text does not say: fields stay null.
"""
from __future__ import annotations

import re
from datetime import date as _date
from typing import Dict, List, Optional

from spacy.tokens import Doc, Span

from .. import settings
from ..recognition.events import SIGN_VERBS
from ..records.models import Event, Place


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


def _claimed(mention: Span, candidates: List[Span], rivals: List[Span]) -> List[Span]:
    """The candidates nearer to this event mention than to any other event in the sentence:
    in "the signing at Istana Negara, ahead of the summit at the Convention Centre" each
    venue belongs to one event. (Dates are not split this way: measured on the dev set,
    a sentence's date more often covers all its events.)"""
    if len(rivals) <= 1:
        return candidates

    def owner(candidate: Span) -> Span:
        # a date or place usually follows the event it belongs to: prefer the event before it
        return min(rivals, key=lambda e: (candidate.start - e.end, 0) if e.end <= candidate.start
                   else (e.start - candidate.end, 1))

    return [c for c in candidates if owner(c) is mention]


def _is_event_date(span: Span) -> bool:
    value = span._.nf_date
    # a day or month; a bare year or year range is an instrument's period, not a meeting's date
    return bool(value) and len(value["start"]) >= 7


def link_events(doc: Doc) -> List[Event]:
    events = _group(doc, settings.SPANS_EVENTS)
    if not events:
        return []
    dateline_end = doc._.dateline_end or 0
    all_dates = _group(doc, settings.SPANS_DATES)  # a SpanGroup makes new Spans at each pass
    dates = _by_sentence([s for s in all_dates if _is_event_date(s) and s.start_char >= dateline_end])
    venues = _by_sentence([s for s in _group(doc, settings.SPANS_VENUES) if s._.nf_venue])
    # a single year names when an event took or takes place only when nothing finer is written
    # ("at the second Forum in Apia in 2021"); inside an instrument's name it is its period
    all_instruments = _group(doc, settings.SPANS_INSTRUMENTS)
    in_instrument = {i for s in all_instruments for i in range(s.start, s.end)}
    years = _by_sentence([
        s for s in all_dates if s._.nf_date and len(s._.nf_date["start"]) == 4
        and s._.nf_date["start"] == s._.nf_date["end"] and s.start_char >= dateline_end and s.start not in in_instrument
    ])
    day_dates = [s for group in dates.values() for s in group if len(s._.nf_date["start"]) == 10]
    officials = _by_sentence([s for s in _group(doc, settings.SPANS_OFFICIALS) if s._.nf_official])
    instruments = _by_sentence([s for s in all_instruments if s._.nf_instrument])

    grouped: Dict[str, List[Span]] = {}
    words: Dict[str, set] = {}
    ordinals: Dict[str, Optional[int]] = {}
    acronyms = doc._.acronyms or {}
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
    grouped = dict(sorted(grouped.items(), key=lambda item: min(s.start for s in item[1])))
    for spans in grouped.values():
        spans.sort(key=lambda s: s.start)

    events_by_sentence = _by_sentence(events)
    records: List[Event] = []
    last_venue: Optional[Place] = None
    last_venue_at = -1
    for mentions in grouped.values():
        # a named mention ("Special Trade Ministers' Meeting") over a description of it
        # ("special meeting of trade ministers"), then the longest
        named = [m for m in mentions if not m.id_.startswith("event.lower")] or mentions
        value = dict(max((m._.nf_event for m in named), key=lambda v: len(v["name"])))
        value["acronym"] = value.get("acronym") or next(
            (m._.nf_event["acronym"] for m in mentions if m._.nf_event.get("acronym")), None)
        start = end = None
        venue = None
        official_names: List[str] = []
        instrument_names: List[str] = []
        for mention in mentions:
            sent = mention.sent.start
            rivals = events_by_sentence.get(sent, [])
            if start is None:
                date = _nearest(mention, dates.get(sent, []))
                if date is not None:
                    start, end = date._.nf_date["start"], date._.nf_date["end"]
            if venue is None:
                place = _nearest(mention, _claimed(mention, venues.get(sent, []), rivals))
                if place is not None:
                    v = place._.nf_venue
                    venue = Place(name=v.get("city") or v.get("name"), city=v.get("city"),
                                  country=v.get("country"))
        if start is None:
            for mention in mentions:
                year = _nearest(mention, years.get(mention.sent.start, []))
                if year is not None:
                    start, end = year._.nf_date["start"], year._.nf_date["end"]
                    break
        if start is None and any(SIGNING.search(m.text) or SIGNING.search(m._.nf_event["name"]) for m in mentions):
            day = _signed_day(doc, mentions[0], day_dates)
            if day is not None:
                start, end = day._.nf_date["start"], day._.nf_date["end"]
        if start is not None and start == end and len(start) == 10:
            end = _closing_day(doc, mentions, events, day_dates, start) or end
        first = mentions[0]
        if venue is None and last_venue is not None and first.start_char - last_venue_at < VENUE_CARRY_CHARS:
            venue = last_venue  # "... in Vientiane. The prime minister will also attend the X Summit"
        if venue is not None:
            last_venue, last_venue_at = venue, mentions[-1].end_char
            for span in officials.get(sent, []):
                name = span._.nf_official["name"]
                if name not in official_names:
                    official_names.append(name)
            for span in instruments.get(sent, []):
                name = span._.nf_instrument["name"]
                if name not in instrument_names:
                    instrument_names.append(name)
        records.append(Event(
            name=value["name"], acronym=value.get("acronym"), ordinal=value.get("ordinal"),
            start=start, end=end, venue=venue, officials=official_names,
            instruments=instrument_names,
            mentions=[_mention(m) for m in mentions],
        ))
    return records


#: Words just before a date that make it the day an event ends: "ends tomorrow", "runs until
#: 13 June", "closes on Friday".
END_WORDS = frozenset({"ends", "end", "closes", "close", "concludes", "conclude", "until", "till", "through"})
#: Head nouns by which a later sentence refers back to an event: "The conference, which ends ...".
HEAD_NOUNS = frozenset(
    "meeting summit conference session forum dialogue visit talks retreat expo exhibition festival "
    "congress symposium consultations negotiations assembly showcase roundtable".split())
#: How far (days) an event may run.
MAX_DAYS = 31


def _closing_day(doc: Doc, mentions: List[Span], events: List[Span], day_dates: List[Span], start: str):
    """The day a one-day-dated event ends, when the text says so: "X opened on Monday and ends
    tomorrow", or a later "The conference, which runs until 13 June" naming its head noun."""

    first = _date.fromisoformat(start)
    heads = _name_words(mentions[0]._.nf_event["name"], {}) & HEAD_NOUNS
    own = {(m.start, m.end) for m in mentions}
    for span in sorted(day_dates, key=lambda s: s.start):
        if span.start < mentions[0].start:
            continue
        cue = doc[max(span.sent.start, span.start - 2):span.start]
        if not any(t.lower_ in END_WORDS for t in cue):
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
