"""Described events told twice: "Leaders held talks in Phnom Penh" (a headline) and "PM X held
talks with PM Y in Phnom Penh on 10 November" are one occasion. Runs on the linked events
(:func:`newsfacts.linking.events.link_events`), before the records are written. Also which
described events are no occasions of their own: a journey's stops told by the verb, a ceremony
that is no signing or welcome."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Dict, FrozenSet, Hashable, Iterable, List, Optional, Set, Tuple

from spacy.tokens import Doc, Span

from ..records.models import Event, Place
from .cues import periods_meet
from ..recognition.events import DESTINATION_SUFFIX
from ..recognition.lexicon import lower_words
from ..recognition.phrases import sent_of


def described(rule: str) -> bool:
    """Whether a mention's rule found a described event ("talks with X", "a visit to Y"),
    not a named or numbered one (ids in ``patterns/events.jsonl``)."""
    return rule.startswith("event.lower") and not rule.endswith(".numbered")


#: How many characters may stand between the first visit of "visited A and B" and the second's place.
MAX_PAIR_GAP = 8
#: How many earlier descriptions with the same head noun an event may be told again of.
MAX_RETOLD = 8
#: "talks with X": the words after which a description names whom its event is with.
_PARTY = re.compile(r"\b(?:with|between)\b(.*)$")
_CAPITALISED = re.compile(r"\b[A-Z][\w'\u2019-]+")
_WORD = re.compile(r"[a-z]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_AND = re.compile(r"\band\b|,")
#: "meeting of the cabinet": the body or group a description is of, and the small words left out
_OF = re.compile(r"\bof\b(.*)$")
_SMALL = frozenset({"the", "a", "an", "and", "of"})
#: A journey's length written in its description ("three-day", "two week", "4-day")
_LENGTH = re.compile(r"\b(?:\d+|[a-z]+)[-\u2011 ](?:day|week|month)\b", re.IGNORECASE)
#: "the" or "this" right before a mention: a description pointing back
_DEFINITE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)


def merge_retold(events: List[Event], words: Dict[str, FrozenSet[str]], text: str = "") -> List[Event]:
    """ "Leaders held talks in Phnom Penh" (a headline) and "PM X held talks with PM Y in Phnom Penh
    on 10 November": one occasion described twice (the same head noun, the same place at a day
    that agrees, or the same day at a place that agrees, and no other party) is one event, named
    by its longer description. Visits and trips only over the same period of several days at the
    same place (a visit to a building during a visit to a country is another), not plural heads
    ("meetings": several)."""
    out: List[Event] = []
    by_head: Dict[str, List[int]] = {}  # head noun -> where the described events with it stand in out
    for event in events:
        head = _head_noun(event.name, words) if _told_by_description(event) else None
        # (the last few with its head: a list of thousands stays linear)
        at = next((i for i in reversed(by_head.get(head, [])[-MAX_RETOLD:]) if _retold(out[i], event, words, text)), None)
        if at is None:
            if head is not None:
                by_head.setdefault(head, []).append(len(out))
            out.append(event)
            continue
        earlier = out[at]
        out[at] = earlier.model_copy(update={
            "name": max((earlier.name, event.name), key=len),
            "start": earlier.start or event.start, "end": earlier.end or event.end,
            "venue": _finer_place(earlier, event),
            "officials": earlier.officials + [o for o in event.officials if o not in earlier.officials],
            "instruments": earlier.instruments + [i for i in event.instruments if i not in earlier.instruments],
            "mentions": sorted(earlier.mentions + event.mentions, key=lambda m: m.start)})
    return out


def _finer_place(earlier: Event, event: Event) -> Optional[Place]:
    """The place of one occasion told twice: the earlier telling's, unless only the later names
    the town of the same country ("a three-day visit to Pakistan ... Singh's visit to Islamabad")."""
    if earlier.venue is None or earlier.venue.city is None and event.venue is not None \
            and event.venue.city is not None and event.venue.country == earlier.venue.country:
        return event.venue or earlier.venue
    return earlier.venue


def merge_numbered_descriptions(events: List[Event], words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """ "the 34th Session of the Arab Summit ... the draft agenda of the 34th regular session": an
    edition told again by its ordinal and lowercase words only, with a head noun its full name
    has, is a mention of that edition, which keeps its name, day and place."""
    out: List[Event] = []
    for event in events:
        head = _bare_numbered_head(event, words)
        at = None if head is None else next(
            (i for i, other in enumerate(out) if other.ordinal == event.ordinal and other is not event
             and head in {w.rstrip("s") for w in _WORD.findall(other.name.lower())}
             and _bare_numbered_head(other, words) is None), None)
        if at is None:
            out.append(event)
            continue
        named = out[at]
        out[at] = named.model_copy(update={
            "start": named.start or event.start, "end": named.end or event.end, "venue": named.venue or event.venue,
            "officials": named.officials + [o for o in event.officials if o not in named.officials],
            "instruments": named.instruments + [i for i in event.instruments if i not in named.instruments],
            "mentions": sorted(named.mentions + event.mentions, key=lambda m: m.start)})
    return out


#: "session of the Council for X": a lowercase description's head noun, "of", and a capitalised name
_HEAD_OF_NAME = re.compile(r"^(?:[a-z][\w-]*\s+)*?([a-z]+)\s+of\s+(?:the\s+)?([A-Z].*)$")
#: small words a body's name may be told with or without ("of A and B", "between A and B")
_JOINING = frozenset({"of", "the", "and", "for", "between", "on", "in"})


def merge_described_sittings(events: List[Event], words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """ "The session of the Council for Trade of A and B today in Lima" (a headline) and "The second
    session of the Council for Trade between A and B will be held today in Lima": a description of
    a head noun "of" a capitalised name, whose head the name of one named event of the story has,
    and whose capitalised words tell that name, longer or shorter (:func:`_one_name`), at a day and a place that agree, is a mention of that
    event, which keeps its name, day and place."""
    out = list(events)
    for event in events:
        named = _sitting_told(event, out, words)
        if named is None:
            continue
        out = _fold_into(out, named, event, start=named.start or event.start, end=named.end or event.end,
                         venue=named.venue or event.venue)
    return out


def _fold_into(events: List[Event], kept: Event, told: Event, **update) -> List[Event]:
    """``events`` with ``told`` folded into ``kept`` (its officials, instruments and mentions
    added; ``update`` set on the result) and gone from the list."""
    merged = kept.model_copy(update={
        "officials": kept.officials + [o for o in told.officials if o not in kept.officials],
        "instruments": kept.instruments + [i for i in told.instruments if i not in kept.instruments],
        "mentions": sorted(kept.mentions + told.mentions, key=lambda m: m.start), **update})
    return [merged if e is kept else e for e in events if e is not told]


def _sitting_told(event: Event, events: List[Event], words: Dict[str, FrozenSet[str]]) -> Optional[Event]:
    """The one named event of ``events`` that the description ``event`` tells again (see
    :func:`merge_described_sittings`), else None."""
    found = _HEAD_OF_NAME.match(event.name) if all(described(m.rule) for m in event.mentions) else None
    if found is None or found.group(1).rstrip("s") not in words["HEAD_NOUN"] \
            or any(w in words["PLURAL_HEAD"] for w in _WORD.findall(event.name.lower())):
        return None
    body = {w.casefold() for w in _NAME_WORD.findall(found.group(2))} - _JOINING
    if len(body) < 2 or not all(w[:1].isupper() for w in _NAME_WORD.findall(found.group(2)) if w.casefold() not in _JOINING):
        return None
    told = [other for other in events if other is not event and not all(described(m.rule) for m in other.mentions)
            and found.group(1) in {w.rstrip("s") for w in _WORD.findall(other.name.lower())}
            and _one_name(body, {w.casefold() for w in _NAME_WORD.findall(other.name) if w[:1].isupper()})
            and (event.start is None or other.start is None or event.start == other.start)
            and (event.venue is None or other.venue is None or _place_key(event) == _place_key(other)
                 or not _place_key(event) or not _place_key(other)) and not _countries_differ(event, other)]
    return told[0] if len(told) == 1 else None


def _one_name(body: set, named: set) -> bool:
    """Whether the capitalised words of a described body and of a named event tell one name, one
    told longer than the other ("the Council for Trade of A and B", "2nd session of the Council
    for Trade"): two or more words shared and none of the shorter's missing from the longer."""
    shared = body & named
    return len(shared) >= 2 and (shared == body or shared == named)


def merge_bare_journeys(events: List[Event], words: Dict[str, FrozenSet[str]], published: Optional[str] = None) -> List[Event]:
    """ "are on their way to Korea for their four-day state visit ... will kick off their state visit
    in Seoul on Monday": a journey told by description with neither a day nor a place of its own
    (but the country the other journey is placed in),
    whose words before its head (lengths aside) are those of the one other journey of the story
    with that head, is that journey told before it is placed: one event, named by the longer
    lowercase description, with the other's day and place; not a journey dated in a year before the
    story's (``published``: "is visiting New Zealand this week ... visited New Zealand in 1998")."""
    out = list(events)
    for event in events:
        other = _same_kind_journey(event, out, words)
        if other is None or published and other.end and other.end[:4] < published[:4]:
            continue
        names = [n for n in (event.name, other.name) if n[:1].islower()] or [other.name]
        out = _fold_into(out, other, event, name=max(names, key=len))
    return out


def merge_first_journeys(events: List[Event], words: Dict[str, FrozenSet[str]], text: str,
                         published: Optional[str] = None) -> List[Event]:
    """ "Mr X had visited the UAE last month for his first official visit to the country", "arrives in
    Delhi on his first overseas visit ... a five-day official visit to India": a journey described
    right after "first" or "maiden" (``FIRST_JOURNEY``) with a place is the one other journey of
    the story whose place agrees (:func:`_journey_told_first`): one event, with the other's day and
    place, named by the other's description, or by its own when the other is named from a verb
    ("visited X": a noun the text writes names it). Session 30: the first journey may have a day
    of its own when the other's agrees or the other tells none ("arrives in Delhi on Monday on his
    first overseas visit"); numbered by its "first" ("This will be the first State Visit by X to
    Y", "my first trade mission to Asia"), it is the other with the same head noun (with no place
    of its own), and the other keeps its name. Not an undated first journey and one dated in a year
    before the story's (``published``: "his first visit since the election ... visited X in 1998")."""
    out = list(events)
    for event in events:
        other = _journey_told_first(event, out, words, text)
        if other is None or published and not event.start and other.end and other.end[:4] < published[:4]:
            continue
        from_verb = all(m.rule.endswith(".verb") or m.rule.startswith("event.verb") for m in other.mentions)
        out = _fold_into(out, other, event, name=event.name if from_verb and not event.ordinal else other.name)
    return out


def _journey_told_first(event: Event, events: List[Event], words: Dict[str, FrozenSet[str]],
                        text: str) -> Optional[Event]:
    """The one other journey that ``event``, a journey told after ``FIRST_JOURNEY``, tells again
    (see :func:`merge_first_journeys`): a described journey with a day or a place, in the same
    country, in the same town when both name one, on a day that agrees; else None."""
    head = _travel_head(event.name, words)
    if event.ordinal not in (None, 1) or head is None:
        return None
    # ("his first overseas visit", or the word opening the description: "his maiden visit")
    if not any(_word_before(text, m.start) in words["FIRST_JOURNEY"] or m.text.split()[0].lower() in words["FIRST_JOURNEY"]
               for m in event.mentions):
        return None
    numbered = event.ordinal == 1  # (its "first" read as its ordinal)
    if not (_told_by_description(event) or numbered and all(described(m.rule) or m.rule.endswith(".numbered") for m in event.mentions)) \
            or event.venue is None and not numbered:
        return None
    found = [other for other in events if other is not event and not other.ordinal
             and _travel_head(other.name, words) is not None and _told_by_description(other)
             and (other.venue is not None and event.venue is not None and other.venue.country == event.venue.country
                  and (other.venue.city is None or event.venue.city is None or _place_key(other) == _place_key(event))
                  or event.venue is None and _travel_head(other.name, words) == head)]
    if len(found) != 1 or event.start is not None and not (found[0].start is None or _periods_agree(event, found[0])):
        return None  # (a first journey told on a day of its own is the other only when their days agree)
    return found[0]


def _travel_head(name: str, words: Dict[str, FrozenSet[str]]) -> Optional[str]:
    """The first journey head of a description ("mission" of "first trade mission to Asia"), else None."""
    return next((w for w in _WORD.findall(name.lower()) if w in words["TRAVEL_HEAD"]), None)


def _word_before(text: str, at: int) -> str:
    """The word right before the character ``at`` of ``text``, lowercased ("" when none)."""
    found = _LAST_WORD.search(text[max(0, at - WORD_BEFORE_CHARS):at])
    return found.group(1).lower() if found else ""


#: The last word of a stretch of text, spaces after it; how far back it is looked for.
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
WORD_BEFORE_CHARS = 30


def _same_kind_journey(event: Event, events: List[Event], words: Dict[str, FrozenSet[str]]) -> Optional[Event]:
    """The one other journey ``event`` tells again (see :func:`merge_bare_journeys`), else None."""
    if event.start is not None or event.ordinal or not _told_by_description(event):
        return None
    head = _head_noun(event.name, words)
    if head is None or head not in words["TRAVEL_HEAD"] or _PARTY.search(event.name) or _OF.search(event.name):
        return None
    kind = _journey_kind(event.name, head)
    found = [other for other in events if other is not event and not other.ordinal
             and _head_noun(other.name, words) == head and all(described(m.rule) or m.rule.endswith("visit") for m in other.mentions)]
    other = found[0] if len(found) == 1 and _journey_kind(found[0].name, head) == kind else None
    if other is not None and (_destination_pair(event, other) or _destination_pair(other, event)):
        return None  # ("visited Laos and Cambodia": two journeys, told together)
    if other is not None and event.venue is not None and (other.venue is None or other.venue.country != event.venue.country):
        return None  # (a place of its own only when it is the later journey's country: "on their way to Peru for ...")
    return other


def _journey_kind(name: str, head: str) -> Tuple[str, ...]:
    """The words before a journey's head, casefolded, without its length ("four-day state visit to
    X" -> ("state",))."""
    words = _LENGTH.sub(" ", name).lower().split()
    at = next((i for i, w in enumerate(words) if w.rstrip("s") == head), len(words))
    return tuple(w for w in words[:at] if w not in _SMALL)


def _bare_numbered_head(event: Event, words: Dict[str, FrozenSet[str]]) -> Optional[str]:
    """The head noun of an edition named only by its ordinal and lowercase words ("34th regular
    session" -> "session"), else None."""
    if event.ordinal is None or _CAPITALISED.search(event.name) \
            or not all(m.rule.startswith("event.lower") and m.rule.endswith(".numbered") for m in event.mentions):
        return None
    return _head_noun(event.name, words)


def _retold(a: Event, b: Event, words: Dict[str, FrozenSet[str]], text: str = "") -> bool:
    """Whether described events ``a`` and ``b`` tell one occasion (see :func:`merge_retold`)."""
    if not (_told_by_description(a) and _told_by_description(b)):
        return False
    head = _head_noun(a.name, words)
    if head is None or head != _head_noun(b.name, words) \
            or any(w in words["PLURAL_HEAD"] for w in _WORD.findall((a.name + " " + b.name).lower())):
        return False
    if _other_parties(a.name, b.name) or other_bodies(a.name, b.name) or _other_names(a.name, b.name, head):
        return False
    if not _periods_agree(a, b):
        return False
    place = a.venue is not None and b.venue is not None and _place_key(a) == _place_key(b) and not _countries_differ(a, b)
    if head in words["TRAVEL_HEAD"]:
        return not _destination_pair(a, b) and (_same_journey(a, b) or _same_length(a, b))
    day = a.start is not None and a.start == b.start
    return place and (a.start is None or b.start is None or a.start == b.start) \
        or day and (a.venue is None or b.venue is None or place) \
        or _told_apart_halves(a, b) and bool(_parties_named(a.name)) and bool(_parties_named(b.name)) \
        and _definite(b, text)


def _periods_agree(a: Event, b: Event) -> bool:
    """Whether two tellings' periods can be one occasion ("a three-day visit to X" that ended on 30
    December and "a state visit to X" in March: told of other days, two visits), each told by a
    start or an end (:func:`.cues.periods_meet`)."""
    return periods_meet((a.start or a.end, a.end or a.start), (b.start or b.end, b.end or b.start))


def _destination_pair(a: Event, b: Event) -> bool:
    """Whether ``b`` is the second visit of a journey to "A and B" that ``a`` is the first of (a
    mention of ``b`` by the rule of a second destination, right after one of ``a``'s)."""
    seconds = [m.start for m in b.mentions if m.rule.endswith(DESTINATION_SUFFIX)]
    return any(0 <= s - m.end <= MAX_PAIR_GAP for s in seconds for m in a.mentions)


def _definite(event: Event, text: str) -> bool:
    """Whether an event's first mention follows "the" or "this" ("The meeting between A and B
    took place in Lima" points back; "a meeting with B in Quito" may be another)."""
    first = min(event.mentions, key=lambda m: m.start, default=None)
    return first is not None and _DEFINITE.search(text[max(0, first.start - 6):first.start]) is not None


def _told_apart_halves(a: Event, b: Event) -> bool:
    """ "met Ian Poe on Monday ... The meeting between Ana Lopez and Poe took place in Lima": one
    description gives only the day, the other only the place (their parties shared, see
    :func:`_retold`): one occasion told in two halves."""
    def only_day(e: Event) -> bool:
        return e.start is not None and e.venue is None

    def only_place(e: Event) -> bool:
        return e.start is None and e.venue is not None

    return only_day(a) and only_place(b) or only_place(a) and only_day(b)


def _other_names(a: str, b: str, head: str) -> bool:
    """Whether two gatherings are named by capitalised words before their head that they do not
    share: "the Senior Officials' meeting, the Council of Ministers meeting and the Organ Troika
    meeting" are three meetings, not one told three times."""
    def before_head(name: str) -> set:
        words = _NAME_WORD.findall(name)
        at = next((i for i, w in enumerate(words) if w.lower().rstrip("s") == head.rstrip("s")), 0)
        return {w.casefold() for w in words[:at] if w[:1].isupper()}
    ours, theirs = before_head(a), before_head(b)
    return bool(ours) and bool(theirs) and not ours & theirs


def _same_journey(a: Event, b: Event) -> bool:
    """ "arrived in Maputo on a three-day visit" and "his visit to Mozambique from 13 to 15 April":
    journeys to one place (one country, and the same town or a town of that country) over one
    period of several days (both told, the same start, ends that agree) are one; a visit to a
    building during a visit to a country has a day of its own."""
    ends = (a.end or b.end, b.end or a.end)
    if a.start is None or a.start != b.start or ends[0] != ends[1] or ends[0] is None or ends[0] == a.start:
        return False
    if a.venue is None or b.venue is None or a.venue.country is None or a.venue.country != b.venue.country:
        return False
    return a.venue.city is None or b.venue.city is None or _place_key(a) == _place_key(b)


def _same_length(a: Event, b: Event) -> bool:
    """ "started a three-day state visit to the West African state ... during his three-day visit
    to the West African country": journeys of one story told with the same length are one, when
    nothing they tell sets them apart (another country, another first day)."""
    length = _LENGTH.search(a.name)
    if length is None or [m.group(0).lower() for m in _LENGTH.finditer(b.name)] != [length.group(0).lower()]:
        return False
    countries = {e.venue.country for e in (a, b) if e.venue is not None and e.venue.country}
    starts = {e.start for e in (a, b) if e.start}
    return len(countries) <= 1 and len(starts) <= 1


def _told_by_description(event: Event) -> bool:
    """Whether an event is told only by descriptions: described mentions, or lowercase heads
    after the names of their parties with no number ("the Egyptian-Jordanian-Iraqi summit",
    found as numbered, which numbers nothing)."""
    # ("a three-day state visit to X ... his State Visit to Y": a capitalised visit head told again
    # of a described visit, which keeps its lowercase name)
    return all(described(m.rule) or m.rule.endswith(".numbered") and event.ordinal is None
               or m.rule.endswith("visit") and event.name[:1].islower() for m in event.mentions)


def _head_noun(name: str, words: Dict[str, FrozenSet[str]]) -> Optional[str]:
    """The first head noun of a description ("talks" of "extensive talks with X"), singular."""
    return next((w.rstrip("s") if w.rstrip("s") in words["HEAD_NOUN"] else w
                 for w in _WORD.findall(name.lower()) if w in words["HEAD_NOUN"] or w.rstrip("s") in words["HEAD_NOUN"]), None)


def _other_parties(a: str, b: str) -> bool:
    """Whether two descriptions name other parties: no capitalised word after "with"/"between"
    in common, or each party's last word ("with US Ambassador Ana Poe", "with Ambassador of the
    Vatican Ian Roe": a shared title, not a shared party) missing from the other's words ("with
    the Chinese President" and "with President Xi" may be one)."""
    ours, theirs = _parties_named(a), _parties_named(b)
    if not ours or not theirs:
        return False
    words = (set().union(*ours), set().union(*theirs))
    return not words[0] & words[1] or not any(party[-1] in words[1] for party in ours) \
        and not any(party[-1] in words[0] for party in theirs)


def other_bodies(a: str, b: str) -> bool:
    """Whether two descriptions are of other bodies or groups told in lowercase words: "meeting
    of the cabinet" and "meeting of cabinet standing committee" (the words after "of" differ;
    "of the Council" and "of the Council of Ministers" may be one name told short)."""
    ours, theirs = _OF.search(a), _OF.search(b)
    if not ours or not theirs or _CAPITALISED.search(ours.group(1)) or _CAPITALISED.search(theirs.group(1)):
        return False
    return set(_WORD.findall(ours.group(1))) - _SMALL != set(_WORD.findall(theirs.group(1))) - _SMALL


def _parties_named(name: str) -> List[List[str]]:
    """The capitalised words of each party after "with"/"between" in a description (the parties
    split at "and" and commas), casefolded, in order."""
    found = _PARTY.search(name)
    if not found:
        return []
    return [[w.casefold() for w in words] for part in _AND.split(found.group(1)) if (words := _CAPITALISED.findall(part))]


def _countries_differ(a: Event, b: Event) -> bool:
    """Whether two tellings are placed in other countries ("a meeting in Iceland", "a meeting in
    Luxembourg": two meetings, though neither names a town, :func:`_place_key`)."""
    return a.venue is not None and b.venue is not None and bool(a.venue.country) and bool(b.venue.country) \
        and a.venue.country != b.venue.country


def _place_key(event: Event) -> str:
    return (event.venue.city or event.venue.name or "").casefold()


#: The rule of a described ceremony ("the official welcoming ceremony", "a ceremony to sign X").
CEREMONY_RULE = "event.lower.ceremony"


def ceremony_counts(doc: Doc, event: Event, words: Dict[str, FrozenSet[str]]) -> bool:
    """FACTS.md counts signings, signing ceremonies included: a ceremony told only by a description
    counts when a ``CEREMONY_KIND`` word of its name makes it a signing or a visitor's welcome, or
    its sentence tells a signing ("The accord was signed at a virtual ceremony"); "the regular
    flag-raising ceremony at City Hall" is no event."""
    if not all(m.rule == CEREMONY_RULE for m in event.mentions):
        return True
    if set(re.findall(r"[a-z]+", event.name.lower())) & words["CEREMONY_KIND"]:
        return True
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in event.mentions]
    return any(span is None or set(lower_words(doc)[sent_of(span).start:sent_of(span).end]) & words["SIGNED"]
               for span in spans)


#: Rules of a visit told by its verb ("will visit the X Headquarters", "visited the Y University").
VISIT_VERB_RULES = ("event.lower.visit.verb", "event.verb.visited")
#: How many places a visit told by its verb lists when it tells a journey's itinerary (convention 3).
MIN_ITINERARY = 3


def without_journey_stops(events: List[Event], buildings: List[Span], places: List[Span],
                          words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """ "... will meet leading firms, and will visit the Bridgestone Headquarters", "During his time
    in the city, he visited the Ural Federal University": a building visited, told by the verb
    alone, with no day of its own, in a story that tells another journey (a ``TRAVEL_HEAD`` in its
    name, not told by the verb), is a stop of that journey (ANNOTATORS convention 3), no event.
    ``buildings``, ``places``: the story's building venues and places."""
    def by_verb(event: Event) -> bool:
        return all(m.rule in VISIT_VERB_RULES for m in event.mentions)

    if not any(set(e.name.lower().split()) & words["TRAVEL_HEAD"] and not by_verb(e) for e in events):
        return events

    def inside(spans, event: Event) -> int:
        return sum(m.start <= b.start_char and b.end_char <= m.end for m in event.mentions for b in spans)

    def stop(event: Event) -> bool:
        # ("The Governor and his delegation will visit A, B, and C": three stops or more, the
        # journey's itinerary, whatever its day)
        return by_verb(event) and (event.start is None and inside(buildings, event) > 0
                                   or inside(places, event) >= MIN_ITINERARY)

    return [e for e in events if not stop(e)]


def _told_by_verb(mention_rule: str) -> bool:
    """Whether a mention's rule found a journey by its verb ("will visit X", "X visited Y")."""
    return "visit" in mention_rule and mention_rule.removesuffix(DESTINATION_SUFFIX).endswith(".verb") \
        or mention_rule.startswith("event.verb")


def without_journeys_told_again(events: List[Event], words: Dict[str, FrozenSet[str]],
                                published: Optional[str] = None) -> List[Event]:
    """ "will pay a state visit to Norway from 10 to 12 October ... the guests will visit Tromso",
    "arrived in Muscat on an official visit ... visiting the Sultanate today": a journey told by
    its verb (some mention found by a visit's verb, no number) to the country of another journey
    of the story that its noun names (told by the verb too only when ``event`` is told by nothing
    else), on no day outside that journey's period, is that journey told again or one of its
    stops (ANNOTATORS convention 3), no event of its own: folded into it, which takes its period
    when it tells none; a journey to the same country on another day ("visited India last
    year") stays, and so does one told in a year before the story's (``published``) beside a
    journey of no time of its own ("is visiting New Zealand for his first visit ... He visited
    New Zealand in 1998": the story's journey is not that one)."""
    out = list(events)
    for event in events:
        other = _journey_told_again(event, out, words)
        if other is not None and other.start is None and event.end and published and event.end[:4] < published[:4]:
            continue
        if other is not None:
            update = {} if other.start else {"start": event.start, "end": event.end}
            if other.venue is None:
                update["venue"] = event.venue
            out = _fold_into(out, other, event, **update)
    return out


def _journey_told_again(event: Event, events: List[Event], words: Dict[str, FrozenSet[str]]) -> Optional[Event]:
    """The journey that ``event`` tells again (see :func:`without_journeys_told_again`), else None."""
    verbs = [_told_by_verb(m.rule) for m in event.mentions]
    if event.ordinal or event.venue is None or not event.venue.country or not any(verbs) \
            or not _travel(event, words) or _traveller_named(event.name, words):
        return None
    for other in events:
        by_verb = [_told_by_verb(m.rule) for m in other.mentions]
        if other is event or other.ordinal or not _travel(other, words) or all(by_verb) \
                or any(by_verb) and not all(verbs) or _destination_pair(event, other) or _destination_pair(other, event):
            continue  # ("visited Lima and Cusco": two journeys, told together)
        # (a journey with no place of its own is told again only by the story's one journey by the verb)
        if (other.venue is None and sum(_travel(e, words) and any(_told_by_verb(m.rule) for m in e.mentions)
                                        for e in events) == 1 or other.venue is not None and other.venue.country == event.venue.country) \
                and (other.start is None or _within(event, other)) and not _other_travellers(event, other):
            return other
    return None


def _traveller_named(name: str, words: Dict[str, FrozenSet[str]]) -> bool:
    """Whether a journey's description names its traveller right after its head ("State visit of
    President X to Y", not "a visit to the Republic of Korea"): someone's journey of its own,
    which no other journey's telling stands for."""
    tokens = name.split()
    return any(w.lower() in words["TRAVEL_HEAD"] and tokens[i + 1:i + 2] == ["of"] and _CAPITALISED.match(
        " ".join(t for t in tokens[i + 2:i + 4] if t.lower() != "the")) is not None for i, w in enumerate(tokens))


def _other_travellers(a: Event, b: Event) -> bool:
    """Whether two journeys name their people and share none ("A will visit Peru from 3 May ...
    B will visit Peru next week": two journeys)."""
    return bool(a.officials) and bool(b.officials) and not set(a.officials) & set(b.officials)


def _travel(event: Event, words: Dict[str, FrozenSet[str]]) -> bool:
    return bool(set(_WORD.findall(event.name.lower())) & words["TRAVEL_HEAD"])


def _within(event: Event, journey: Event) -> bool:
    """Whether ``event`` has no day outside ``journey``'s period (none of its own, or inside it;
    a journey whose end is untold runs on from its start; "2022-09" holds "2022-09-22")."""
    if event.start is None:
        return True
    if journey.start is None:
        return False

    def cut(a: str, b: str) -> Tuple[str, str]:
        n = min(len(a), len(b))
        return a[:n], b[:n]

    first, start = cut(journey.start, event.start)
    if start < first:
        return False
    if journey.end is None:
        return True
    last, end = cut(journey.end, event.end or event.start)
    return end <= last


#: "a three day review workshop": a name's words after its length, its small words left out
_NAME_TOKEN = re.compile(r"[^\W_][\w-]*")
#: the words after which a name tells with whom or where, not what ("meeting with X", "talks in Y")
_AFTER_HEAD = frozenset({"of", "with", "between", "in", "on", "for", "to", "at"})


#: how many events a story may tell that a merge compares all with each other (no index)
FEW_EVENTS = 24


class _Story:
    """A story's events as a merge folds them, each filed under the keys ``keys_of`` gives it,
    so that an event is compared with the events that share a key with it (the only ones it can
    be told again of), not with every event of the story: a list of thousands stays linear."""

    def __init__(self, events: List[Event], keys_of: Callable[[Event], Iterable[Hashable]]):
        self.keys_of = keys_of
        self.at: Dict[int, Event] = dict(enumerate(events))  # (where an event stands, in order)
        self.where = {id(e): i for i, e in self.at.items()}
        self.filed: Optional[Dict[Hashable, Set[int]]] = None  # (filed at the first question: most stories ask none)

    def _file(self, i: int, event: Event) -> None:
        if self.filed is not None:
            for key in self.keys_of(event):
                self.filed.setdefault(key, set()).add(i)

    def _unfile(self, i: int, event: Event) -> None:
        if self.filed is not None:
            for key in self.keys_of(event):
                self.filed[key].discard(i)

    def sharing(self, keys: Callable[[], Iterable[Hashable]]) -> Iterable[Event]:
        """The events filed under every key ``keys()`` gives and maybe others (those of the key
        with the fewest events); every event of a story of a few (``FEW_EVENTS``: filing them
        would cost more than comparing them all)."""
        if len(self.at) <= FEW_EVENTS:
            return self.at.values()
        if self.filed is None:
            self.filed = {}
            for i, event in self.at.items():
                self._file(i, event)
        fewest = min((self.filed.get(k, ()) for k in keys()), key=len)
        return [self.at[i] for i in fewest]

    def fold(self, kept: Event, told: Event, **update) -> None:
        """``told`` folded into ``kept`` as :func:`_fold_into` folds it."""
        merged = _fold_into([kept], kept, told, **update)[0]
        i = self.where.pop(id(kept))
        self._unfile(i, kept)
        self.at[i], self.where[id(merged)] = merged, i
        self._file(i, merged)
        j = self.where.pop(id(told), None)  # (an event folded before is no longer in the story)
        if j is not None:
            self._unfile(j, told)
            del self.at[j]

    def events(self) -> List[Event]:
        return list(self.at.values())


def _one(found: Iterable[Event]) -> Optional[Event]:
    """The one event of ``found``, else None (none, or two or more: the rest are not read)."""
    first = None
    for other in found:
        if first is not None:
            return None
        first = other
    return first


def merge_shorter_names(events: List[Event], words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """ "the ACFODE - KAS Regional Review Workshop for Central Uganda ... the three day review
    workshop in Mbarara", "the First Ministers' Meeting ... the sixth First Ministers' Meeting":
    an event whose words (its length and small words aside; two at least, its head among them)
    are all words of the one other event of the story that ends its head the same way, longer,
    at a day and a place that agree, with no other number and no word of another edition, is
    that event told shorter: one event, named by the longer name."""
    story = _Story(events, _words_filed)
    for event in events:
        longer = _longer_telling(event, story, words)
        if longer is not None:
            # (a numbered edition keeps the name that numbers it: "its second Ministerial Meeting")
            name = event.name if event.ordinal and not longer.ordinal else longer.name
            story.fold(longer, event, name=name, start=longer.start or event.start, end=longer.end or event.end,
                       venue=longer.venue or event.venue, ordinal=longer.ordinal or event.ordinal)
    return story.events()


def _words_filed(event: Event) -> Set[Tuple[str, str]]:
    """The keys of an event for :func:`merge_shorter_names`: its name's words, and each singular."""
    found = _name_words(event.name)
    return {("word", w) for w in found} | {("head", w.rstrip("s")) for w in found}


@lru_cache(maxsize=4096)
def _name_words(name: str) -> Tuple[str, ...]:
    """A name's words, casefolded, its length and possessive marks left out (kept per name: the
    merges compare every pair of a story's events)."""
    return tuple(w.casefold().rstrip("\u2019'") for w in _NAME_TOKEN.findall(_LENGTH.sub(" ", name)))


def _shorter_head(name: str) -> Optional[str]:
    """The head of a name: its last word before "of"/"with"/"in" ... ("review workshop" of "three
    day review workshop in Mbarara"), singular."""
    found = _name_words(name)
    at = next((i for i, w in enumerate(found) if w in _AFTER_HEAD), len(found))
    return found[at - 1].rstrip("s") if at > 0 else None


def _longer_telling(event: Event, story: _Story, words: Dict[str, FrozenSet[str]]) -> Optional[Event]:
    """The one longer telling of ``event`` in ``story`` (see :func:`merge_shorter_names`), else None."""
    ours = set(_name_words(event.name)) - _SMALL
    if event.ordinal and event.name[:1].islower():  # ("second Ministerial Meeting": the number is no word of the name)
        ours.discard(_name_words(event.name)[0])
    head = _shorter_head(event.name)
    if head is None or len(ours) < 2 or ours & words["PAST_EDITION"] or ours & words["NEXT_EDITION"] \
            or any(w in words["PLURAL_HEAD"] for w in ours):
        return None
    # (a longer telling has the head and every word of ``ours`` but an acronym, see _words_told)
    def keys() -> List[Tuple[str, str]]:
        acronyms = {w.casefold() for w in _NAME_TOKEN.findall(event.name) if w.isupper() and len(w) > 1}
        return [("head", head)] + [("word", w) for w in ours - acronyms]

    return _one(other for other in story.sharing(keys) if other is not event
                and head in {w.rstrip("s") for w in _name_words(other.name)}
                and _words_told(event, ours, other) and len(set(_name_words(other.name)) - _SMALL) > len(ours)
                and not (other.ordinal and event.ordinal and other.ordinal != event.ordinal)
                and (other.start is None or event.start is None or other.start == event.start)
                and _periods_agree(other, event)
                and (other.venue is None or event.venue is None or other.venue.country == event.venue.country
                     and (_place_key(other) == _place_key(event) or not _place_key(other) or not _place_key(event)))
                and not _countries_differ(other, event))


def _words_told(event: Event, ours: set, other: Event) -> bool:
    """Whether the words ``ours`` of ``event`` are all words of ``other``'s name, an acronym of
    ``event`` standing for capitalised words of ``other`` it lacks ("EBRD Annual Meeting", "Annual
    Meeting of the European Bank for Reconstruction and Development")."""
    theirs = set(_name_words(other.name))
    missing = ours - theirs
    if not missing:
        return True
    acronyms = [w for w in _NAME_TOKEN.findall(event.name) if w.isupper() and len(w) > 1 and w.casefold() in missing]
    if len(missing) > 1 or not acronyms:
        return False
    initials = "".join(w[0] for w in _NAME_TOKEN.findall(other.name) if w[:1].isupper() and w.casefold() not in ours)
    return len(initials) >= 2 and (acronyms[0].startswith(initials) or initials.startswith(acronyms[0]))


def merge_place_labels(events: List[Event], words: Dict[str, FrozenSet[str]]) -> List[Event]:
    """ "the WEC World Energy Leaders' Summit in Cartagena ... the Cartagena Summit", "a global
    summit of transport ministers in Leipzig ... the Leipzig Summit": an event named by its head
    and its own place only (:func:`_place_label`) is the one other event of the story with that
    head (not plural: several) at that place, on a day that agrees: one event, named by the other's name, unless that
    is a description and the label is capitalised."""
    story = _Story(events, lambda e: [] if e.venue is None else [(_head_noun(e.name, words), _place_key(e))])
    for event in events:
        if not _place_label(event, words):
            continue
        head = _head_noun(event.name, words)
        other = _one(o for o in story.sharing(lambda: [(head, _place_key(event))]) if o is not event
                     and _head_noun(o.name, words) == head and o.venue is not None
                     and _place_key(o) == _place_key(event) and not _place_label(o, words)
                     and not any(w in words["PLURAL_HEAD"] for w in _WORD.findall(o.name.lower()))
                     and (o.start is None or event.start is None or o.start == event.start))
        if other is None:
            continue
        name = event.name if _told_by_description(other) and event.name[:1].isupper() else other.name
        story.fold(other, event, name=name, start=other.start or event.start, end=other.end or event.end)
    return story.events()


def _place_label(event: Event, words: Dict[str, FrozenSet[str]]) -> bool:
    """Whether an event's name is its head and its town only ("Seoul meeting", "talks in Lima")."""
    if event.venue is None or not _place_key(event) or event.ordinal:
        return False
    head = _head_noun(event.name, words)
    place = set(_name_words(event.venue.city or event.venue.name or ""))
    rest = set(_name_words(event.name)) - _SMALL - _AFTER_HEAD - place
    return head is not None and bool(place) and place <= set(_name_words(event.name)) \
        and {w.rstrip("s") for w in rest} == {head}
