"""Venues: places where an event of the article happens or will happen.

A place (from ``newsfacts_places``) or a named building (``patterns/venues.jsonl``) is a
venue when a preposition of place introduces it ("held in Moscow, Russia", "at the
Putrajaya International Convention Centre", "welcome ... to Putrajaya") and an event cue
stands before it in the sentence. "here" is the dateline city. Countries that only take
part are not venues: they are not introduced by "in"/"at" after an event cue.
"""
from __future__ import annotations

from collections import Counter
from functools import partial
from types import SimpleNamespace
from typing import Dict, List, Optional, Tuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from .base import RuleComponent
from .towns import TownsMixin
from .known_places import KNOWN_PLACES_FILE, KnownPlaces, same_city
from .extensions import doc_value, set_span_value, span_value
from .lexicon import lower_words, spans_in, token_ids, token_indices, token_texts
from .names import HYPHENS, NAMES_FILE, POSSESSIVES, NameWords, sentence_of
from .phrases import is_acronym_paren, is_capitalised, text_of
from .places import clause_subject_after
from ..normalisation.places import site_country

PATTERN_FILES = ("venues.jsonl",)
#: Cue words are looked up by their lowercase form, not matched: a separate file.
CUE_FILE = "venue_cues.jsonl"
#: The officials' word file, read for the domains of sites that tell no state (``GENERIC_DOMAIN``).
OFFICIAL_WORDS_FILE = "officials/words.jsonl"
PLACE_PREPOSITIONS = frozenset({"in", "at", "inside"})
MOTION_PREPOSITIONS = frozenset({"to", "into"})  # "travelled to X", "arrived into X"
#: How many capitalised words a town the gazetteer lacks may have ("in Mount Hagen")
TOWN_WORDS = 3
#: "returned home from Cambodia after attending the forum"
RETURN_PREPOSITIONS = frozenset({"from"})
#: How many words may stand between "from" and the "in" of the place a journey leaves ("departed
#: from the airport in Santiago", "left from Bole International Airport in Addis Ababa").
ORIGIN_REACH = 5
#: How far after the place "after" may stand, and its event after "after"
AFTER_REACH = 3
#: How many tokens before a preposition an event cue may stand (22 measured best on corpus/
#: and the dev set: appositions such as "from Saudi Arabia's Ambassador, H.E. X," are long),
#: and how many after the place a purpose clause may reach ("in Dubai ... to witness").
CUE_WINDOW = 22
CUE_AFTER = 9
#: How far before "in" an event cue may stand and still place the event when a plain lowercase
#: noun stands right before "in" (the noun is what the place tells of: :meth:`VenueRecognizer._cue_for`)
FAR_CUE = 10
#: How many lowercase words may stand between an owner's possessive and a lowercase building word ("'s official residence")
OWNED_MODIFIERS = 2
#: How many capitalised words may stand between "the" and a noun of country retelling a country ("the West African country")
RETOLD_WORDS = 3
#: How many words before "to host" a word of asking may stand ("extended an invitation to host")
ASKED_REACH = 6
#: How many words before a preposition a modal of possibility may stand ("so that we can attract
#: the interest of others to hold their conferences in X")
POSSIBLE_REACH = 12
#: How many words after "after" a noun of journey may stand ("after a three-day official visit")
JOURNEY_AFTER_WORDS = 8
#: How many words after ", the" a noun of journey may stand in an apposition to a place ("Muscat, the first stop")
APPOSED_STOP_WORDS = 3
#: How many words a room's name may have before "of" and its building ("the main conference hall of")
ROOM_WORDS = 4
#: How many words may stand between "the" and its settlement noun ("the northwestern Iranian city of X")
SETTLEMENT_MODIFIERS = 4
#: How many tokens before "to" a verb or noun of going may stand ("travel to X"), and how long an
#: apposition set off by commas right before "to" may be to be passed over ("the visit of the
#: President of X, His Excellency Y, to Z": :func:`_motion_reach`)
MOTION_REACH = 12
APPOSITION_WORDS = 12
#: A relative clause about people ends the reach of a cue before it.
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
#: Words between a determiner and a town that opens a gathering's name ("the upcoming Geneva
#: meeting"), the determiners, and the longest acronym among them ("the NATO Wales summit").
TOWN_EVENT_MODIFIERS = 4
#: How far into its sentence a talk to the press opens it as its subject ("In a joint media
#: briefing at X", "A press conference will be held ..."), and the press nouns that need no
#: audience word there ("A briefing will take place at the Ministry").
PRESS_OPENING = 5
BARE_PRESS_NOUNS = frozenset({"briefing"})
TOWN_EVENT_DETERMINERS = frozenset({"the", "this", "that", "these", "its", "their", "his", "her"})
ACRONYM_LENGTH = 6
#: A clause that tells where a report comes from ("according to a message received here") names no event's place.
REPORT_OPENERS = frozenset({"according"})
#: How far after a sentence's opening word of staying its place may stand ("During her stay in X,")
STAY_REACH = 4
#: "said that in Lusaka, ...": a word after which a place opens a clause, as it opens a sentence
CLAUSE_OPENERS = frozenset({"that"})
#: "is in Hanoi on a visit", "on his first trip": what opens the errand one is somewhere on
ERRAND_DETERMINERS = frozenset({"a", "an", "his", "her", "their", "its"})
#: The prepositions after which a capitalised name is a place's ("... and in Capri from 17 April")
PLACE_OR_MOTION_WORDS = PLACE_PREPOSITIONS | MOTION_PREPOSITIONS
#: "the conference, which got under way in Luanda": what began there, no noun the place tells of
UNDER_WAY = ("under", "way")
#: "is presently in Sri Lanka": adverbs of time between a form of "be" and "in"
STAY_ADVERBS = frozenset({"currently", "presently", "now", "already", "still", "also"})
#: Forms of "be": "Ghana will be the venue" (before a noun of hosting), "is in Ethiopia" (a stay)
BE_WORDS = frozenset({"is", "was", "will", "be", "would", "are", "were", "been"})
#: Words after "to" that make it no infinitive's: determiners ("to the", "to a")
NOT_INFINITIVES = frozenset({"the", "a", "an", "his", "her", "their", "its", "this"})
#: "the host said", "our host": determiners that make a cue word a person's role (``ROLE_NOUN``)
ROLE_DETERMINERS = ERRAND_DETERMINERS | {"the", "our"}
#: How many words a building's name known by itself may have after "at the" and an event's word
CUED_NAME_WORDS = 3
#: "at his Capital Hill offices": an owner's pronoun before a building's name
OWNER_DETERMINERS = frozenset({"his", "her", "their", "its"})
#: Determiners between "at" and a building ("at the Palace", "at his office").
AT_DETERMINERS = OWNER_DETERMINERS | {"the"}


def _inside_name(doc: Doc, k: int, limit: int) -> bool:
    """An in-word hyphen ("Pak-China"), an "and"/"&" between capitalised words ("National
    Exhibition and Convention Center") or a plural possessive ("Foreign Correspondents' Club")
    inside a building's name."""
    tok = doc[k]
    if k + 1 >= limit or not is_capitalised(doc[k + 1]):
        return False
    return (tok.text == "-" and not tok.whitespace_ and not doc[k - 1].whitespace_) or tok.text in ("and", "&") \
        or _plural_possessive(doc, k)


def _glued_particle(doc: Doc, k: int, limit: int) -> int:
    """ "Aiwan-e-Sadr", "Bab-el-Mandeb": how many tokens (a hyphen, a short lowercase particle, a
    hyphen, all glued) join two capitalised parts of one word at ``k``; 0 when none do."""
    texts = token_texts(doc)
    if k < 1 or k + 3 >= limit or texts[k] not in HYPHENS or texts[k + 2] not in HYPHENS \
            or any(doc[i].whitespace_ for i in range(k - 1, k + 3)):
        return 0
    return 3 if doc[k + 1].is_lower and doc[k + 1].is_alpha and len(doc[k + 1]) <= 3 and is_capitalised(doc[k + 3]) else 0


def _name_end(doc: Doc, k: int, limit: int) -> int:
    """End of the capitalised run of a building's name at ``k`` ("and", in-word hyphens, glued
    particles and plural possessives inside it)."""
    while k < limit and (is_capitalised(doc[k]) or _inside_name(doc, k, limit) or _glued_particle(doc, k, limit)):
        k += _glued_particle(doc, k, limit) or 1
    return k


def _one_word(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens from ``start`` to ``end`` are glued into one word ("Aiwan-e-Sadr")."""
    return end > start and not any(doc[i].whitespace_ for i in range(start, end - 1))


def _in_word_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen at ``k`` glued to the words on both sides ("el-Sheikh")."""
    return token_texts(doc)[k] in HYPHENS and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _in_compound(doc: Doc, i: int) -> bool:
    """The word at ``i`` is glued by hyphens inside a longer word ("Chair-in-Office",
    "face-to-face"): no preposition of its own."""
    texts, spaced = token_texts(doc), token_ids(doc, "SPACY")  # SPACY: a space follows the word
    glued_before = i > 0 and texts[i - 1] in HYPHENS and not spaced[i - 1] and not spaced[i]
    glued_after = i + 1 < len(doc) and texts[i + 1] in HYPHENS and not spaced[i] and not spaced[i + 1]
    return glued_before or glued_after


def _paired_by_hyphen(doc: Doc, place: Span, by_start: Dict[int, Span]) -> bool:
    """ "in the Chile-Brazil bilateral agenda", "in the Fiji-Tonga relationship": a place glued by a
    hyphen to another place names a pair of states modifying a noun, no place; so does one glued to
    a capitalised word the gazetteer does not hold, "at the China-Africa Leaders' Dialogue", "in the
    Japan-ASEAN Summit" (a party to the event, FACTS.md; a continent or a bloc is no place)."""
    end = place.end
    return end + 1 < len(doc) and _in_word_hyphen(doc, end) and (end + 1 in by_start or is_capitalised(doc[end + 1]))


def _plural_possessive(doc: Doc, k: int) -> bool:
    """ "Correspondents'", "Affairs’": an apostrophe closing a word that ends in s."""
    return token_texts(doc)[k] in ("'", "\u2019") and k > 0 and not doc[k - 1].whitespace_ and token_texts(doc)[k - 1].endswith("s")


def _name_goes_on(doc: Doc, end: int, limit: int, particles: frozenset) -> int:
    """How many small words continue a building's name at ``end`` before its next capitalised
    part: 1 for "of"/"des"/"da" ("Palais des Nations"), 2 for "of the" ("General Office of the
    Ministry of Foreign Affairs"); 0 when it ends."""
    if end + 1 < limit and lower_words(doc)[end] in particles and is_capitalised(doc[end + 1]):
        return 1
    if end + 2 < limit and lower_words(doc)[end] == "of" and lower_words(doc)[end + 1] == "the" and is_capitalised(doc[end + 2]):
        return 2
    return 0


def _body_name_goes_on(doc: Doc, start: int, end: int, limit: int) -> int:
    """How many small words continue a body's name (begun at ``start``) at ``end`` before its
    next capitalised part: 1 for "for" ("the Economic Commission for Africa"), 2 for "and the"
    after a "for" ("... for Latin America and the Caribbean"; not "the Ministry and the
    Minister"); 0 when it ends."""
    lowers = lower_words(doc)
    if end + 1 < limit and lowers[end] == "for" and is_capitalised(doc[end + 1]):
        return 1
    if end + 2 < limit and lowers[end] == "and" and lowers[end + 1] == "the" and is_capitalised(doc[end + 2]) \
            and "for" in lowers[start:end]:
        return 2
    return 0


def _cue_near(lowers: List[str], i: int, sent: Span, events: set, cues: frozenset,
              stays: frozenset = frozenset(), lodging: frozenset = frozenset(), stops: frozenset = frozenset(),
              dated: frozenset = frozenset(), journeys: frozenset = frozenset()) -> bool:
    """An event cue before the preposition, or shortly after the place ("is in Dubai ... to
    witness the signing"), or anywhere in a sentence that the place opens ("In Jakarta, the
    minister will co-chair the commission"; also after a word of staying, ``stays``: "While in
    Zambia, the president will hold talks"). ``lowers``: the doc's lowercased words; ``stops``:
    the words that open what was discussed or aimed at, past which no cue before reaches ("they
    discussed investment in Kenya", "held talks to boost trade in Kenya"); ``dated``: the
    positions right after a date that opens a sentence ("Today in Apia, the ministers signed"
    opens on its place as "In Apia, ..." does); ``journeys``: nouns of a journey, a leg or stop
    of which the place is ("landed in Honiara for the first leg of his tour", "landed in Muscat
    late Monday, the first stop on a regional trip")."""
    if _in_report_clause(lowers, i, sent):
        return False
    k, reach, comma = i - 1, max(sent.start, i - CUE_WINDOW), None
    while k >= reach:
        if lowers[k] in cues or k in events:
            return True
        comma = k if comma is None and lowers[k] == "," else comma
        if lowers[k] in PERSON_RELATIVES and comma is not None and k > sent.start and lowers[k - 1] == ",":
            # "met X, who is also the deputy prime minister, during a stopover in Y": a clause about
            # a person closed before the preposition is passed over, and does not use up the reach
            reach, comma = max(sent.start, reach - (comma - k + 1)), None
        elif lowers[k] in PERSON_RELATIVES or k in stops:
            break  # "the meeting ... for officers who drowned in X": the clause is about the people
        k -= 1
    # (also a clause that the place opens after "that": "said that in Lusaka, the president will hold talks";
    # and a short phrase of staying that opens the sentence: "During her stay in Tokyo, she met ...")
    if i == sent.start or lowers[i - 1] in CLAUSE_OPENERS or i in dated or _opening_stay(lowers, i, sent, stays, lodging):
        # (after an opening date the sentence's subject may be long: "Today in Apia, A's Minister, X,
        # and B's Prime Minister, Y, came together to sign ...")
        reach = sent.end if i in dated else min(sent.end, i + CUE_WINDOW)
        return any(lowers[k] in cues or k in events for k in range(i + 1, reach))
    # after the place only a purpose or a relative clause counts: "in Dubai ... to witness
    # the signing", "at Qasr Al Watan in Abu Dhabi, where the two sides held talks"; or what
    # one is there on ("who is in Hanoi on a two-day official visit")
    linked = False
    for k in range(i + 1, min(sent.end, i + CUE_AFTER)):
        if lowers[k] in ("to", "where", "for", "during"):  # "in Strasbourg during its plenary session"
            linked = True
        elif lowers[k] == "on" and k + 1 < sent.end and lowers[k + 1] in ERRAND_DETERMINERS:
            linked = True
        elif lowers[k] == "," and k + 1 < sent.end and lowers[k + 1] == "the" \
                and any(lowers[j] in journeys for j in range(k + 2, min(sent.end, k + 2 + APPOSED_STOP_WORDS))):
            return True  # "landed in Muscat late Monday, the first stop on a regional trip"
        elif linked and lowers[k] in journeys:
            return True  # "landed in Honiara for the first leg of his Pacific tour"
        elif lowers[k] in cues and lowers[k].endswith("ing") and k < i + CUE_AFTER - 3:
            return True  # "is in Lima, Peru, attending the assembly": a participle of what he does there
        elif linked and (lowers[k] in cues or k in events):
            return True
    return False


def _words_back(doc: Doc, i: int, count: int, limit: int) -> int:
    """Where the ``count``-th word before ``i`` starts, counting words as written: a piece glued
    by a hyphen ("face-to-face") is no word of its own, nor is a punctuation mark."""
    j = i - 1
    while j > limit:
        if (doc[j].is_alpha or doc[j].like_num) and doc[j - 1].whitespace_:
            count -= 1
            if count == 0:
                break
        j -= 1
    return j


def _date_shapes(doc: Doc) -> Tuple[Span, ...]:
    """Where dates stand, for the rules that read a date's place and not its value: the dates
    resolved and those no publication date anchors ("On 9 April in Riga, ..." in a story that
    gives no year still opens with a date); read per use, each group made once per doc."""
    anchored, unanchored = spans_in(doc, settings.SPANS_DATES), spans_in(doc, settings.SPANS_UNANCHORED_DATES)
    return anchored + unanchored if unanchored else anchored


def _dated_openings(doc: Doc) -> frozenset:
    """The positions right after a date that opens a sentence ("Today in Apia, ...", "On Monday
    in Suva, ..."): a place there opens the sentence's clause as in "In Apia, ..."."""
    found = set()
    for date in _date_shapes(doc):
        start = sentence_of(doc, date.start).start
        if date.start == start or date.start == start + 1 and lower_words(doc)[start] == "on":
            found.add(date.end)
    return frozenset(found)


def _in_report_clause(lowers: List[str], i: int, sent: Span) -> bool:
    """The word at ``i`` stands in a clause that tells where a report comes from, with no comma
    between ("held on Monday, according to a statement issued in Nairobi", "according to a
    message received here"): the report's place, no event's."""
    if REPORT_OPENERS.isdisjoint(lowers[max(sent.start, i - CUE_WINDOW):i]):
        return False  # (none in reach: most places; found in one set test)
    for k in range(i - 1, max(sent.start, i - CUE_WINDOW) - 1, -1):
        if lowers[k] in REPORT_OPENERS:
            return True
        if lowers[k] in (",", ";", ":"):
            return False
    return False


def _stayed_in(lowers: List[str], i: int, sent: Span, by_end: Dict[int, Span]) -> bool:
    """ "The president is in Ethiopia this week", "will be in Rome on 16 April", "is presently in
    Sri Lanka": a form of "be" (perhaps with an adverb of time) right before "in" at ``i`` tells
    where someone stays on a journey; not when a place ("Nepal is in South Asia") or "it" is
    the subject."""
    k = i - 1
    if k > sent.start and lowers[k] in STAY_ADVERBS:
        k -= 1
    if not (k > sent.start and lowers[k] in BE_WORDS):
        return False
    j = k - 1
    while j > sent.start and lowers[j] in BE_WORDS | {"has", "have", "had", "not"}:
        j -= 1
    return j >= sent.start and j + 1 not in by_end and lowers[j] not in ("it", "which", "that", "this", "there")


def _motion_reach(lowers: List[str], i: int, sent: Span) -> int:
    """How far before "to" at ``i`` a verb or noun of going may stand (``MOTION_REACH`` words);
    an apposition set off by commas right before "to" is passed over ("the State Visit of the
    President of X, His Excellency Y, to Z": the visitor's name and styles stand between)."""
    reach = i - MOTION_REACH
    if lowers[i - 1] != ",":
        return reach
    opening = next((k for k in range(i - 2, max(sent.start, i - 2 - APPOSITION_WORDS), -1) if lowers[k] == ","), None)
    return reach if opening is None else reach - (i - opening)


def _again_after_and(doc: Doc, lowers: List[str], i: int, sent: Span, spans: List[Span]) -> bool:
    """ "will be in Rome on 16 April and in Capri from 17 April", "to Singapore ... and then to
    Fiji": the preposition at ``i`` after "and" (then) repeats one that introduced a venue
    earlier in the sentence."""
    j = i - 2 if i - 2 > sent.start and lowers[i - 1] == "then" else i - 1
    if not (j > sent.start and lowers[j] == "and"):
        return False
    for v in reversed(spans):  # (found in text order: the sentence's venues come last)
        if v.start <= sent.start:
            return False
        if v.start < i and lowers[v.start - 1 - (lowers[v.start - 1] == "the")] == lowers[i]:
            return True
    return False


def _before_glued(lowers: List[str], j: int, start: int) -> int:
    """``j``, or the position of the word before the words glued by hyphens that end at ``j``
    ("his three-day": the position of "his" from that of "day")."""
    if not (j - 1 > start and lowers[j - 1] in HYPHENS):
        return j
    while j - 1 > start and lowers[j - 1] in HYPHENS:
        j -= 2
    return j - 1


def _opening_stay(lowers: List[str], i: int, sent: Span, stays: frozenset, lodging: frozenset) -> bool:
    """The preposition at ``i`` stands in a short phrase of staying that opens the sentence, with
    no comma before it: "While in Zambia", or a word of lodging in it ("During her stay in Tokyo";
    not "During his years in London"). Words count as written: "During his three-day stay in
    Tokyo" (a length glued by its hyphen is one word)."""
    glued = sum(1 for k in range(sent.start + 1, i) if lowers[k] in HYPHENS or lowers[k - 1] in HYPHENS)
    if lowers[sent.start] not in stays or i - sent.start - glued > STAY_REACH or "," in lowers[sent.start:i]:
        return False
    return i == sent.start + 1 or any(lowers[j] in lodging for j in range(sent.start + 1, i))


def _country_after(doc: Doc, end: int) -> Optional[str]:
    """ "in Mount Hagen, Western Highlands Province": the country of the province, state or
    country written after a town and a comma."""
    if end + 1 >= len(doc) or token_texts(doc)[end] != ",":
        return None
    place = next((p for p in spans_in(doc, settings.SPANS_PLACES) if p.start == end + 1), None)
    info = span_value(place, "nf_place") if place is not None else None
    return info.get("country") if info and info.get("kind") in ("country", "region") else None


def _listed_after(doc: Doc, end: int, limit: int, by_start: Dict[int, Span], place=None, stop=None,
                  unknown=None) -> List[Span]:
    """The places listed after the one ending at ``end`` ("Kenya, Ghana and Peru", "in Accra and
    Lome", "Lima, Quito, and Bogota"): only a list that "and" closes, else none (", Peru's
    minister said", ", Tamil Nadu will host" open another clause). ``place`` reads each item
    (the span as found by default); ``stop`` refuses one (and so the list); ``unknown`` reads an
    item at a token that is no place of the data (a town's venue, else None: no list). A place
    that opens an event's name is no item ("at Glasgow in Scotland, and Bangladesh Investment
    Summit 2021 in London")."""
    items: List[Span] = []
    j = end
    named = _event_ends(doc)
    last = next((s for s in by_start.values() if s.end == end), None)
    while j + 1 < limit:
        j = _past_acronym(doc, j, limit)  # "to the United Arab Emirates (UAE) and India"
        j = _past_locator(doc, j, limit, by_start, last)  # "to Paris in France, London in the UK and ..."
        if j + 1 >= limit:
            return []
        sep, nxt = lower_words(doc)[j], j + 1
        if sep == "," and lower_words(doc)[nxt] == "and":
            sep, nxt = "and", nxt + 1
        if nxt + 1 < limit and lower_words(doc)[nxt] == "the" and _country_at(by_start, nxt + 1):
            nxt += 1  # "in Saudi Arabia, the UAE and Oman", "to Italy and the Holy See"
        town = unknown(nxt) if unknown is not None and sep in (",", "and") and nxt not in by_start else None
        if town is not None:  # "to Namche, Pokhara, Annapurna Base Camp and Lumbini": a town the data lacks
            items.append(town)
            j = town.end
            if sep == "and":
                return items
            continue
        if sep not in (",", "and") or nxt not in by_start or stop is not None and stop(by_start[nxt]) \
                or named.get(nxt, 0) > by_start[nxt].end:
            return []
        last = by_start[nxt]
        items.append(last if place is None else place(last))
        j = items[-1].end
        if sep == "and":
            return items
    return []


def _past_locator(doc: Doc, j: int, limit: int, by_start: Dict[int, Span], town: Optional[Span]) -> int:
    """The token after "in" and the country or province of the listed town ``town`` ("will visit
    Paris in France, London in the United Kingdom and Ottawa"): it locates the town, no end of
    the list; else ``j``."""
    k = j + 1 + (j + 1 < limit and lower_words(doc)[j + 1] == "the")
    if town is None or j >= limit or lower_words(doc)[j] != "in" or k not in by_start or k >= limit:
        return j
    own, outer = span_value(town, "nf_place") or {}, span_value(by_start[k], "nf_place") or {}
    located = own.get("kind") == "city" and outer.get("kind") in ("country", "region") \
        and outer.get("country") is not None and outer.get("country") == own.get("country")
    return by_start[k].end if located else j


def _past_acronym(doc: Doc, j: int, limit: int) -> int:
    """The token after a bracketed acronym at ``j`` that follows a place ("the United Arab
    Emirates (UAE) and India": the place's short form, no end of the list), else ``j``."""
    texts = token_texts(doc)
    if j + 2 < limit and texts[j] == "(" and texts[j + 2] == ")" and texts[j + 1].isupper() and texts[j + 1].isalpha():
        return j + 3
    return j


def _event_ends(doc: Doc) -> Dict[int, int]:
    """Where each event's name that starts at a token ends (the longest), read once per doc."""
    ends = doc.user_data.get(_EVENT_ENDS_KEY)
    if ends is None:
        ends = {}
        for e in spans_in(doc, settings.SPANS_EVENTS):
            ends[e.start] = max(ends.get(e.start, 0), e.end)
        doc.user_data[_EVENT_ENDS_KEY] = ends
    return ends


#: The doc's user_data key of :func:`_event_ends` (venues read it after the events are found).
_EVENT_ENDS_KEY = "newsfacts_venue_event_ends"


def _country_at(by_start: Dict[int, Span], k: int) -> bool:
    """A country's name starts at ``k``."""
    return k in by_start and (span_value(by_start[k], "nf_place") or {}).get("kind") == "country"


def _coordination_end(doc: Doc, end: int, limit: int, by_start: Dict[int, Span]) -> int:
    """The end of the places coordinated with the one ending at ``end`` ("Kenya, Ghana and
    Peru"), else ``end``."""
    items = _listed_after(doc, end, limit, by_start)
    return items[-1].end if items else end


def _coordination_start(doc: Doc, start: int, limit: int, by_end: Dict[int, Span]) -> int:
    """The start of the places coordinated with the one at ``start`` by an "and" before it
    ("Kenya, Ghana and Peru"), else ``start``."""
    if not (start - 1 > limit and lower_words(doc)[start - 1] == "and" and start - 1 in by_end):
        return start
    first = by_end[start - 1].start
    while first - 1 > limit and token_texts(doc)[first - 1] == "," and first - 1 in by_end:
        first = by_end[first - 1].start
    return first


def _past_own_country(doc: Doc, place: Span, sent: Span, by_start: Dict[int, Span]) -> int:
    """ "Sao Paulo, Brazil, will host": the token after the country a comma sets off after a
    town (and after the comma closing it), else the town's end."""
    k = place.end
    if (span_value(place, "nf_place") or {}).get("kind") != "city" or not (
            k + 1 < sent.end and token_texts(doc)[k] == "," and _country_at(by_start, k + 1)):
        return k
    k = by_start[k + 1].end
    return k + 1 if k < sent.end and token_texts(doc)[k] == "," else k


def _country_of_town_before(doc: Doc, start: int, sent: Span, by_end: Dict[int, Span]) -> bool:
    """The country at ``start`` is set off by a comma after a town ("Sao Paulo, Brazil")."""
    return start - 1 > sent.start and token_texts(doc)[start - 1] == "," and start - 1 in by_end \
        and (span_value(by_end[start - 1], "nf_place") or {}).get("kind") == "city"


def _mark_town_locations(doc: Doc, spans: List[Span], by_end: Dict[int, Span]) -> None:
    """ "is in Nassau in the Bahamas for the summit", "opened in Victoria Falls in Zimbabwe": a
    country or region after "in" (and "the") right after a town of that country locates the town,
    as "Nassau, Bahamas" does (dev convention 6: one venue, the town's). Its venue is marked
    ``locates_town``: no venue of the record by itself (a country named alone elsewhere, "the
    summit in the Bahamas", still is one), but still a place the event linking reads. Not after
    a building or an event's name: "the Summit in Thailand" names the country as the place."""
    words = lower_words(doc)
    towns = {v.end: span_value(v, "nf_venue") or {} for v in spans}
    for venue in spans:
        value = span_value(venue, "nf_venue") or {}
        at = venue.start - 1 - (venue.start > 1 and words[venue.start - 1] == "the")
        if value.get("place_kind") not in ("country", "region") or value.get("city") or at < 1 or words[at] != "in":
            continue
        at -= at > 1 and words[at - 1] == ","  # "in Trujillo, in Extremadura": set off by a comma too
        town = (span_value(by_end[at], "nf_place") or {}) if at in by_end else {}
        if town.get("kind") != "city":
            town = towns.get(at, {})
            town = town if town.get("city") and town.get("city") == town.get("name") else {}
        if town.get("country") and town.get("country") == value.get("country"):
            value["locates_town"] = True


def _determined_town(doc: Doc, start: int, lowers: List[str], kind: str) -> bool:
    """A town (or region) opening a gathering's name after a determiner: "the Accra meeting"
    (a town right after "the"); also with modifiers between (up to ``TOWN_EVENT_MODIFIERS``
    words: lowercase words, numbers, an acronym, glued by hyphens): "the upcoming Geneva
    meeting", "this first Brussels meeting", "the two-day Damascus summit", "the 2016 Warsaw
    summit", "the NATO Wales summit" (a region only so, after a modifier)."""
    if start > 0 and lowers[start - 1] == "the":
        return kind == "city"
    for k in range(start - 1, max(-1, start - 2 - TOWN_EVENT_MODIFIERS), -1):
        if lowers[k] in TOWN_EVENT_DETERMINERS:
            return k < start - 1
        word = doc[k].text
        if not (word.islower() or word.isdigit() or word in HYPHENS or word.isupper() and len(word) <= ACRONYM_LENGTH):
            return False
    return False


def _comma_in(doc: Doc, i: int, limit: int) -> int:
    """ "at State House, in Entebbe": the "in" after the comma that sets a building's town off
    stands for both (the position of "in", else ``i``)."""
    if i + 2 < limit and token_texts(doc)[i] == "," and lower_words(doc)[i + 1] == "in":
        return i + 1
    return i


def _before_person(doc: Doc, k: int, end: int) -> int:
    """ "called on the Vice President at the Presidential Palace and Prime Minister X at ...": an
    "and" after which a person's name stands ends a building's name (a name joined by "and" is
    one of places or bodies: "National Exhibition and Convention Center")."""
    people = _tokens_of(doc, settings.SPANS_OFFICIALS)
    return next((j for j in range(k + 1, end) if lower_words(doc)[j] in ("and", "&")
                 and any(t in people for t in range(j + 1, end))), end)


def _tokens_of(doc: Doc, key: str) -> set:
    """The token indices inside the spans of ``doc.spans[key]`` (events, officials)."""
    return {i for span in spans_in(doc, key) for i in range(span.start, span.end)}


def _owned_building_end(doc: Doc, k: int, end: int, limit: int, owned: frozenset, buildings: dict) -> int:
    """ "the ECOWAS Commission's Headquarters", "at the Governor's House": a possessive and one
    building word after its owner's name (a word of ``OWNED_BUILDING``, or after "at" any
    building word: "Minister in the Prime Minister's Department" is a title); the end of the
    whole, else 0 ("Parliament's Legislative Council Chamber" names a building of its own)."""
    texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
    # (also after an owner's pronoun: "at his Foreign Ministry's office")
    after_at = k >= 2 and (lowers[k - 1] == "at" or lowers[k - 1] in AT_DETERMINERS
                           and lowers[k - 2] == "at")
    if after_at and end + 2 <= limit and texts[end] in POSSESSIVES and doc[end + 1].is_lower:
        # "at the Prime Minister's official residence", "at President X's private residence": a
        # lowercase word of a body's building after its owner's possessive, a few lowercase words between
        j = end + 1
        while j < min(limit, end + 1 + OWNED_MODIFIERS) and doc[j].is_lower and doc[j].is_alpha \
                and lowers[j] not in owned:
            j += 1
        return j + 1 if j < limit and lowers[j] in owned and doc[j].is_lower else 0
    if not (end + 2 <= limit and texts[end] in POSSESSIVES and is_capitalised(doc[end + 1])
            and (end + 2 == limit or not is_capitalised(doc[end + 2]))):
        return 0
    if lowers[end + 1] in owned or after_at and end + 2 in buildings and buildings[end + 2].start == end + 1:
        return end + 2
    return 0


def _city_opening_name(doc: Doc, k: int, end: int) -> Optional[str]:
    """ "the Saiki City Government Headquarters", "at Legazpi City Hall": a town written with
    "City" that opens a building's name (more capitalised words after it) is where the building
    stands, as written; else None."""
    texts = token_texts(doc)
    j = next((j for j in range(k + 1, min(end - 1, k + TOWN_WORDS + 1)) if texts[j] == "City"), None)
    if j is None or not all(doc[t].is_title and doc[t].is_alpha for t in range(k, j)):
        return None
    return text_of(doc, k, j + 1)


def _based_modifier(doc: Doc, k: int, limit: int) -> int:
    """How many tokens a "<Place>-based" modifier at ``k`` takes before a capitalised name ("the
    New Baneswor-based Federal Parliament Building", "the Kampala-based X Bank": where the body
    sits, not the building's name); 0 when none stands there."""
    j = k
    while j < limit and j - k < TOWN_WORDS and is_capitalised(doc[j]):
        j += 1
    if j == k or j + 2 >= limit or not _in_word_hyphen(doc, j) or lower_words(doc)[j + 1] != "based" \
            or not is_capitalised(doc[j + 2]):
        return 0
    return j + 2 - k


def _town_held_building_end(doc: Doc, end: int, limit: int, owned: frozenset, by_start: Dict[int, Span]) -> int:
    """ "the Foreign Secretariat's Mexico City headquarters", "the bank's Manila offices": after
    the owner's possessive at ``end``, a town of the data and a lowercase word of ``OWNED_BUILDING``
    name the owner's building in that town; the end of the whole, else 0."""
    if end + 2 >= limit or token_texts(doc)[end] not in POSSESSIVES or end + 1 not in by_start \
            or (span_value(by_start[end + 1], "nf_place") or {}).get("kind") != "city":
        return 0
    j = by_start[end + 1].end
    return j + 1 if j < limit and doc[j].is_lower and lower_words(doc)[j] in owned else 0


def _town_held(doc: Doc, start: int, end: int, by_start: Dict[int, Span]) -> Optional[Tuple[str, str]]:
    """(city, country) of the town inside a building's name right after its owner's possessive
    ("the Foreign Secretariat's Mexico City headquarters"), else None."""
    texts = token_texts(doc)
    for j in range(start, end - 1):
        if texts[j] in POSSESSIVES and j + 1 in by_start:
            info = span_value(by_start[j + 1], "nf_place") or {}
            if info.get("kind") == "city":
                return info.get("city") or by_start[j + 1].text, info.get("country")
    return None


def _owner_before_name(doc: Doc, prep: str, i: int, k: int, sent: Span) -> int:
    """1 when an owner's pronoun right after "at"/"in" at ``i`` stands before a capitalised name
    ("at his Capital Hill offices in Lilongwe": the owner's building, named after the pronoun), else 0."""
    return int(prep in ("at", "in") and k == i + 1 and k + 1 < sent.end and lower_words(doc)[k] in OWNER_DETERMINERS
               and is_capitalised(doc[k + 1]))


def _short_forms(spans: List[Span]) -> None:
    """ "talks at the Ministry of Foreign Affairs ... a luncheon at the Ministry": one word of a
    building named before, its first or its last ("the Hotel" after "the Grand Pacific Hotel"),
    is a later mention of that building; so is its whole name again, placed where it was first."""
    buildings: List[Tuple[Span, str]] = []  # (the building, its text: sliced once, not joined per look)
    for venue in sorted(spans, key=lambda v: v.start):
        if venue.id_ != "venue.building":
            continue
        text = text_of(venue.doc, venue.start, venue.end)
        again = next((b for b, b_text in buildings if b_text == text), None)
        if again is not None:  # "met at the White House ... a banquet at the White House": where it was first placed
            set_span_value(venue, "nf_venue", dict(span_value(again, "nf_venue")))
            continue
        if len(venue) == 1:
            words = token_texts(venue.doc)
            named = next((b for b, _ in reversed(buildings) if text in (words[b.start], words[b.end - 1])), None)
            if named is not None:
                set_span_value(venue, "nf_venue", dict(span_value(named, "nf_venue")))
                continue
        buildings.append((venue, text))


def _regions_without_head(spans: List[Span], heads: frozenset) -> None:
    """ "visited Nagano Prefecture ... In Nagano, the ministers met farmers": a town's venue named
    as a region's venue is without its head (``REGION_HEAD``), in the same country, is that region
    written short: one venue, the region (no city)."""
    regions = {}
    for venue in spans:
        value = span_value(venue, "nf_venue")
        words = (value.get("name") or "").split()
        if value.get("place_kind") == "region" and len(words) > 1 and words[-1].lower() in heads:
            regions.setdefault((" ".join(words[:-1]).lower(), value.get("country")), value)
    for venue in spans if regions else ():
        value = span_value(venue, "nf_venue")
        region = regions.get(((value.get("name") or "").lower(), value.get("country")))
        if region is not None and value.get("place_kind") == "city" and venue.id_ != "venue.building":
            set_span_value(venue, "nf_venue", {k: v for k, v in region.items() if k not in ("consumed", "town_at")})


def _acronyms_by_name(doc: Doc, spans: List[Span], places) -> None:
    """ "the Republic of Korea (ROK) ... while in ROK": a place written as the acronym that
    the text gave it in brackets is the place by its full name."""
    full = {}
    for place in places:
        end = is_acronym_paren(doc, place.end, len(doc))
        if end > place.end:
            full.setdefault(text_of(doc, place.end + 1, end - 1), place.text)
    if not full:
        return  # (most stories: no venue's text is read)
    for venue in spans:
        name = full.get(venue.text)
        if name and venue.text.isupper() and span_value(venue, "nf_venue").get("name") == venue.text:
            span_value(venue, "nf_venue")["name"] = name


def _story_places(doc: Doc, by_start: Dict[int, Span], in_names: set, dateline):
    """The story's cities (places inside people's names, "Marcela Ibarra", locate nothing;
    nor does a place that opens a longer name, "Lancaster House") and where the story is: the
    dateline, else the places it names (each with its position)."""
    cities = [s for s, v in ((s, span_value(s, "nf_place")) for s in by_start.values())
              if v.get("city") and v.get("kind") in ("city", "country")
              and s.start not in in_names and not (s.end < len(doc) and doc[s.end].is_title)]
    countries = [(-1, dateline)] if dateline else [(i, span_value(s, "nf_place")) for i, s in by_start.items()]
    return cities, countries


def _add_building_towns(doc: Doc, spans: List[Span], by_start: Dict[int, Span], place_venue, in_names: set) -> None:
    """ "at the AU headquarters in Addis Ababa", "at Hotel Conrad, Nusa Dua": the town that
    locates a building is the building's city; it is a venue of its own only when the text
    also names it alone as a place elsewhere (the dev gold's convention: "Building in City" is one
    venue, the building with its city; the city on its own only if also named alone)."""
    starts = {v.start for v in spans}
    buildings = [v for v in spans if v.id_ == "venue.building"]
    # (every mention of a town that locates a building: "visited the X Ministry in Y ... while
    # visiting the X Ministry in Y" names Y twice, never alone)
    locating = {span_value(v, "nf_venue").get("town_at") for v in spans} - {None}
    around = _places_around(doc, by_start) if locating else None
    for venue in list(spans):
        value = span_value(venue, "nf_venue")
        town_at = value.pop("town_at", None)
        value.pop("small_town_at", None)  # (a small town named alone, "in X", is a venue at that mention)
        if town_at is None or town_at in starts \
                or not _named_alone(doc, by_start[town_at], by_start, buildings, in_names, locating, around):
            continue
        town = place_venue(doc, by_start[town_at], by_start)
        town.id_ = "venue.building_town"
        spans.append(town)
        starts.add(town.start)


def _drop_locating_towns(doc: Doc, spans: List[Span], by_start: Dict[int, Span], in_names: set) -> None:
    """ "was held in Suva at the Grand Pacific Hotel", "at the Presidential Office May 21 in Taipei":
    a town told right before "at" and a building, or right after a building (and its date), is
    where the building stands, as in "at the X Hotel in Suva": the building's city, a venue of
    its own only when the text also names it alone as a place (ANNOTATORS.md 2, `_named_alone`)."""
    buildings = [v for v in spans if v.id_ == "venue.building"]
    if not buildings:
        return
    starts, ends = {b.start: b for b in buildings}, {b.end: b for b in buildings}
    dates = {d.end: d for d in _date_shapes(doc)}
    around = _places_around(doc, by_start)
    for town in [v for v in spans if v.id_ == "venue.city" and v.start in by_start]:
        value = span_value(town, "nf_venue")
        if value.get("place_kind") != "city" or town.start < 1 or lower_words(doc)[town.start - 1] != "in":
            continue
        building = _building_beside(doc, town, starts, ends, dates)
        if building is None or _named_alone(doc, by_start[town.start], by_start, buildings, in_names, around=around):
            continue
        spans.remove(town)
        located = span_value(building, "nf_venue")
        if not located.get("city") and located.get("country") in (None, value.get("country")):
            located.update(city=value.get("city"), country=value.get("country"))


def _drop_locating_buildings(doc: Doc, spans: List[Span]) -> None:
    """ "met at the New Banquet Hall at Aso Rock", "at the Presidential Palace at Koulouba": a
    building right after another one and "at" (and "the") is where the first stands, as a town
    after "in" is (`_drop_locating_towns`): no venue of its own; the first takes its city when it
    has none."""
    buildings = sorted((v for v in spans if v.id_ == "venue.building"), key=lambda v: v.start)
    lowers = lower_words(doc)
    for first, second in zip(buildings, buildings[1:]):
        between = lowers[first.end:second.start]
        if between not in (["at"], ["at", "the"]) or second not in spans:
            continue
        spans.remove(second)
        located, value = span_value(first, "nf_venue"), span_value(second, "nf_venue")
        if not located.get("city") and located.get("country") in (None, value.get("country")):
            located.update(city=value.get("city"), country=value.get("country"))


def _building_beside(doc: Doc, town: Span, starts: Dict[int, Span], ends: Dict[int, Span],
                     dates: Dict[int, Span]) -> Optional[Span]:
    """The building a town after "in" locates: "in Suva at (the) X", "X (on) <date> in Suva"."""
    lowers, j = lower_words(doc), town.end
    if j + 1 < len(doc) and lowers[j] == "at":
        return starts.get(j + 1 + (lowers[j + 1] == "the"))
    date = dates.get(town.start - 1)
    if date is None:
        return None
    before = date.start - (date.start > 0 and lowers[date.start - 1] == "on")
    return ends.get(before)


def _named_alone(doc: Doc, town: Span, by_start: Dict[int, Span], buildings: List[Span], in_names: set,
                 locating: frozenset = frozenset(), around: Optional[tuple] = None) -> bool:
    """The text names ``town`` again as a place of its own: past the dateline (no venue by
    itself), outside a building's name ("the Pullman Dakar Hotel") and an official's office
    ("Kampala Mayor X"), and not again as the town of a building (``locating``: the starts of
    the towns that locate a building venue, "the X Ministry in Y"); ``around``: the places by
    their end and the dates' ends (`_places_around`), read once per doc by the callers."""
    dateline_end = doc_value(doc, "dateline_end") or 0
    name = text_of(doc, town.start, town.end)  # (the texts sliced from the doc's text, no Token made)
    by_end, date_ends = around or _places_around(doc, by_start)
    return any(p.start != town.start and text_of(doc, p.start, p.end) == name and p.start_char >= dateline_end
               and p.start not in in_names and _placed_alone(doc, p.start, by_end, date_ends)
               and p.start not in locating and not any(b.start <= p.start and p.end <= b.end for b in buildings)
               for p in by_start.values())


def _places_around(doc: Doc, by_start: Dict[int, Span]) -> tuple:
    """The places by their end token and the ends of the dates, for `_placed_alone`."""
    return {s.end: s for s in by_start.values()}, frozenset(d.end for d in _date_shapes(doc))


def _placed_alone(doc: Doc, start: int, by_end: Dict[int, Span], date_ends: frozenset) -> bool:
    """A town named as a place of its own (ANNOTATORS.md 2: the town of a building is a venue too
    only when the text names it alone as a place of an event): opened by "in"/"at", or an item
    of a list so opened ("in Lima and Cusco"), and not locating a name before the preposition
    ("the X Consulate General in Y is willing", "talks with President X in Y": the name's town;
    a date may stand there, "on Monday in Y"), nor a town named as a party ("ties between Amman
    and Doha") or in an office ("Mayor X")."""
    k = start - 1
    while k >= 1 and doc[k].lower_ in ("and", ",") and k in by_end:
        k = by_end[k].start - 1
    if k < 0 or doc[k].lower_ not in PLACE_PREPOSITIONS:
        return False
    return k == 0 or k in date_ends or not is_capitalised(doc[k - 1])


def _country_of_the_story(spans: List[Span], site: Optional[str] = None) -> None:
    """A building whose country nothing tells ("at the Government House") is in the one
    country all the story's other venues are in; when they tell none, in the state whose
    country-code domain the story was read on (``site``: "at the Mary Miller Hall" on a site
    under ".ky"), the story's home."""
    countries = {span_value(v, "nf_venue").get("country") for v in spans} - {None} or ({site} if site else set())
    if len(countries) == 1:
        for venue in spans:
            # (and a region the data lacks: "received at X in Meru County" on a site under ".ke")
            if span_value(venue, "nf_venue").get("country") is None and venue.id_ in ("venue.building", "venue.unlisted_region"):
                span_value(venue, "nf_venue")["country"] = next(iter(countries))


class VenueRecognizer(TownsMixin, RuleComponent):
    pattern_files = PATTERN_FILES
    data_files = (CUE_FILE, NAMES_FILE, KNOWN_PLACES_FILE, OFFICIAL_WORDS_FILE)


    def compile(self) -> None:
        super().compile()
        self.names = NameWords.of_rules(self.rules)
        self.load_towns()  # (looked up on every doc: read with the rules)
        self.known_places = KnownPlaces.of_entries(self.rules.get(KNOWN_PLACES_FILE),
                                                   lambda name: [t.text for t in self.nlp.make_doc(name)])
        cues = self.rules[CUE_FILE]
        words: Dict[str, set] = {}
        for entry in cues:
            words.setdefault(entry.label, set()).add(entry.pattern)
        self.event_cues = frozenset(words.get("EVENT_CUE", ()))
        # (a site's country-code domain sold as a generic name tells no state: the officials' lists)
        domains = [(e.label, e.pattern) for e in self.rules[OFFICIAL_WORDS_FILE]]
        self.generic_domains = frozenset(w for label, w in domains if label == "GENERIC_DOMAIN")
        self.government_domains = frozenset(w for label, w in domains if label == "GOVERNMENT_DOMAIN")
        self.motion_cues = frozenset(words.get("MOTION_CUE", ()))
        self.errand_nouns = frozenset(words.get("ERRAND_NOUN", ()))
        self.press_nouns = frozenset(words.get("PRESS_NOUN", ()))
        self.visit_verbs = frozenset(words.get("VISIT_VERB", ()))
        self.call_verbs = frozenset(words.get("CALL_VERB", ()))
        self.asked_words = frozenset(words.get("ASKED_WORD", ()))
        self.possible_modals = frozenset(words.get("POSSIBLE_MODAL", ()))
        self.clause_auxiliaries = frozenset(words.get("CLAUSE_AUXILIARY", ()))
        self.stay_words = frozenset(words.get("STAY_WORD", ()))
        self.host_verbs = frozenset(words.get("HOST_VERB", ()))
        self.not_buildings = frozenset(words.get("NOT_A_BUILDING", ()))
        self.settlement_nouns = frozenset(words.get("SETTLEMENT_NOUN", ()))
        self.unnamed_settlements = frozenset(words.get("UNNAMED_SETTLEMENT", ()))
        self.seat_words = frozenset(words.get("SEAT_WORD", ()))
        self.institution_heads = frozenset(words.get("INSTITUTION_HEAD", ()))
        self.host_blockers = frozenset(words.get("HOST_BLOCKER", ()))
        self.host_between_stop = (self.host_blockers - {"to"}) | frozenset(words.get("HOST_BETWEEN_STOP", ()))
        self.lone_name_followers = frozenset(words.get("LONE_NAME_FOLLOWER", ()))
        self.building_name_particles = frozenset(words.get("BUILDING_NAME_PARTICLE", ()))
        self.audience_words = frozenset(words.get("AUDIENCE_WORD", ()))
        self.owned_buildings = frozenset(words.get("OWNED_BUILDING", ()))
        self.room_nouns = frozenset(words.get("ROOM_NOUN", ()))
        self.city_facility_heads = frozenset(words.get("CITY_FACILITY_HEAD", ()))
        self.return_words = frozenset(words.get("RETURN_WORD", ()))
        self.meet_verbs = frozenset(words.get("MEET_IN_VERB", ()))
        self.not_towns = frozenset(words.get("NOT_A_TOWN", ()))
        self.topic_nouns = frozenset(words.get("TOPIC_NOUN", ()))
        # (read right before "in" only: "firms with a presence in Ohio", "to invest in X")
        self.topic_or_business = self.topic_nouns | frozenset(words.get("BUSINESS_WORD", ()))
        self.site_nouns = frozenset(words.get("SITE_NOUN", ()))
        self.affiliated_persons = frozenset(words.get("AFFILIATED_PERSON", ()))
        self.town_event_heads = frozenset(words.get("TOWN_EVENT_HEAD", ()))
        self.where_words = frozenset(words.get("WHERE_WORD", ()))
        self.lodging_verbs = frozenset(words.get("LODGING_VERB", ()))
        self.homage_words = frozenset(words.get("HOMAGE_WORD", ()))
        self.transit_heads = frozenset(words.get("TRANSIT_HEAD", ()))
        self.role_nouns = frozenset(words.get("ROLE_NOUN", ()))
        self.topic_verbs = frozenset(words.get("TOPIC_VERB", ()))
        self.schedule_words = frozenset(words.get("SCHEDULE_WORD", ()))
        self.report_verbs = frozenset(words.get("REPORT_VERB", ()))
        self.posted_words = frozenset(words.get("POSTED_WORD", ()))
        self.residence_verbs = frozenset(words.get("RESIDENCE_VERB", ()))
        self.namesake_heads = frozenset(words.get("NAMESAKE_HEAD", ()))
        self.host_nouns = frozenset(words.get("HOST_NOUN", ()))
        self.journey_heads = frozenset(words.get("JOURNEY_HEAD", ()))
        self.arrival_verbs = frozenset(words.get("ARRIVAL_VERB", ()))
        self.country_nouns = frozenset(words.get("COUNTRY_NOUN", ()))
        self.region_heads = frozenset(words.get("REGION_HEAD", ()))
        self.gather_on_verbs = frozenset(words.get("GATHER_ON_VERB", ()))
        self.place_naming_nouns = self.host_nouns | self.journey_heads  # (:meth:`_add_told_places`)
        self.departure_verbs = frozenset(words.get("DEPARTURE_VERB", ()))
        #: lowercase words before "in" that are no noun the place could tell of (:meth:`_cue_for`)
        self.not_place_holders = self.event_cues | self.motion_cues | self.meet_verbs | self.stay_words \
            | self.lodging_verbs | self.arrival_verbs | self.return_words | self.departure_verbs | BE_WORDS \
            | STAY_ADVERBS | frozenset(words.get("TIME_NOUN", ())) | self.journey_heads
        #: the words a venue reading starts from
        self._trigger_words = PLACE_PREPOSITIONS | MOTION_PREPOSITIONS | RETURN_PREPOSITIONS | self.visit_verbs \
            | {"here", "for"}


    def annotate(self, doc: Doc) -> Doc:
        reading = self._reading(doc)
        # (a journey recalled, "during her visit to X on April 1-3" published in May, keeps its place: the
        # events keep that journey with its place as venue, and every event's venue is a venue, ANNOTATORS.md 1)
        spans = list(self._venues_at_triggers(doc, reading))
        self._add_hosts(doc, spans, reading.by_start, reading.event_tokens, reading.in_names)
        self._add_gathered_on(doc, spans, reading)
        self._add_told_places(doc, spans, reading)
        self._add_retold_countries(doc, spans, reading)
        _add_building_towns(doc, spans, reading.by_start, self._place, reading.in_names)
        _drop_locating_towns(doc, spans, reading.by_start, reading.in_names)
        _drop_locating_buildings(doc, spans)
        _mark_town_locations(doc, spans, reading.by_end)
        _country_of_the_story(spans, site_country(doc_value(doc, "source_url"), self.generic_domains,
                                                  self.government_domains))
        _short_forms(spans)
        _regions_without_head(spans, self.region_heads)
        _acronyms_by_name(doc, spans, reading.places)
        doc.spans[settings.SPANS_VENUES] = sorted(spans, key=lambda v: v.start)
        return doc

    def _reading(self, doc: Doc) -> SimpleNamespace:
        """What the venue rules read of the whole article once: its places (by first token),
        events, officials, dateline, building words, and the cities and countries it names."""
        places = spans_in(doc, settings.SPANS_PLACES)
        by_start: Dict[int, Span] = {s.start: s for s, v in ((s, span_value(s, "nf_place")) for s in places)
                                     if v and v.get("kind") != "demonym"}
        event_tokens = _tokens_of(doc, settings.SPANS_EVENTS) | self._calls_on(doc)
        dateline = self._dateline(doc)
        rows = self.patterns.match_rows(doc)  # (a Span only for the building kept at each end)
        buildings = {end: (start, label, rule_id) for start, end, label, rule_id in rows if label == "BUILDING"}
        in_names = _tokens_of(doc, settings.SPANS_OFFICIALS)
        article_cities, article_countries = _story_places(doc, by_start, in_names, dateline)
        return SimpleNamespace(
            places=places, by_start=by_start, event_tokens=event_tokens, dateline=dateline, in_names=in_names,
            # words inside an instrument's name ("the Declaration on Peace in Asia"): no venue's preposition
            in_instruments={t for s in spans_in(doc, settings.SPANS_INSTRUMENTS) for t in range(s.start + 1, s.end)},
            lowers=self._without_role_nouns(doc),
            buildings={end: Span(doc, start, end, label=label, span_id=rule_id)
                       for end, (start, label, rule_id) in buildings.items()},
            building_starts={start for start, _, label, _ in rows if label == "BUILDING_START"},
            article_cities=article_cities, article_countries=article_countries,
            clause_stops=self._clause_stops(doc), by_end={s.end: s for s in by_start.values()},
            dated_openings=_dated_openings(doc),
            # words that already name something else: places (demonyms too), events, people
            named=event_tokens | in_names | {t for p in places for t in range(p.start, p.end)})

    def _calls_on(self, doc: Doc) -> set:
        """ "called on Prime Minister X here", "calls on the President at X": a courtesy call told by
        its verb and "on" before a capitalised name or title is an event's cue (its two words);
        not "called on the Government to resign" (a "to" right after the name: an appeal) nor
        "called on all parties"."""
        found, words = set(), lower_words(doc)
        for i in token_indices(doc, "LOWER", self.call_verbs):
            j = i + 2 + (i + 2 < len(doc) and words[i + 2] == "the")
            if j >= len(doc) or words[i + 1] != "on" or not is_capitalised(doc[j]):
                continue
            end = j
            while end < len(doc) and is_capitalised(doc[end]):
                end += 1
            if end >= len(doc) or words[end] != "to":
                found.update((i, i + 1))
        return found

    def _clause_stops(self, doc: Doc) -> frozenset:
        """Where what was discussed (``TOPIC_VERB``: "discussed investment in Kenya"; a
        ``TOPIC_NOUN``: "briefed the meeting on the situation of refugees in Chad"), aimed at
        (a purpose infinitive: "talks to boost trade in Kenya", "to build a hospital in Malawi")
        or said (``REPORT_VERB``: "..., the spokesman said at a media briefing here") opens: the
        token indices of the verb and of such a "to"."""
        stops = set(token_indices(doc, "LOWER", self.topic_verbs | self.report_verbs))
        stops.update(k for k in token_indices(doc, "LOWER", self.topic_nouns) if doc[k].is_lower)
        for k in token_indices(doc, "LOWER", ("to",)):
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            # (not after a word of schedule: "is set to open on Friday in Apia" tells the event itself)
            if nxt is not None and nxt.is_lower and nxt.is_alpha and nxt.lower_ not in self.names.particles \
                    and nxt.lower_ not in NOT_INFINITIVES and nxt.lower_ not in self.event_cues \
                    and not (k > 0 and lower_words(doc)[k - 1] in self.schedule_words):
                stops.add(k)
        return frozenset(stops)

    def _without_role_nouns(self, doc: Doc) -> List[str]:
        """The doc's lowercased words, with a cue word that a determiner makes a person's role
        (``ROLE_NOUN``: "The host said ... investment in Vietnam", "the Chair noted"), or that
        an audience word after a verb of saying makes a talk to the press ("said at a media
        briefing here"; FACTS.md: no event), blanked (a copy; the shared list stays whole)."""
        lowers = lower_words(doc)
        roles = [k for k in token_indices(doc, "LOWER", self.role_nouns) if k > 0 and lowers[k - 1] in ROLE_DETERMINERS]
        # (and a talk to the press that something was said at: "said at a media briefing here",
        # "told a press conference in Nairobi"; "during a press conference in X" stays)
        roles += [k for k in token_indices(doc, "LOWER", self.event_cues) if k > 1 and lowers[k - 1] in self.audience_words
                  and any(lowers[j] in self.report_verbs for j in range(max(0, k - 5), k - 1))]
        if not roles:
            return lowers
        lowers = list(lowers)
        for k in roles:
            lowers[k] = ""
        return lowers

    def _venues_at_triggers(self, doc: Doc, r: SimpleNamespace) -> List[Span]:
        """The venues each trigger word introduces: a preposition of place or motion, a visit
        verb, "here", "back from", "for" after a verb of departing."""
        by_start, event_tokens, dateline, lowers = r.by_start, r.event_tokens, r.dateline, r.lowers
        building_args = (r.buildings, by_start, dateline, r.building_starts, r.article_cities, r.article_countries,
                         r.named)
        spans = []
        here = {"name": dateline["name"], "city": dateline["name"], "country": dateline["country"]} if dateline else None
        consumed = 0  # "at the Grand Hotel in Suva": the city belongs to the building's venue
        words = lower_words(doc)  # (the doc's words: ``lowers`` blanks a role noun; no Token per trigger)
        for i in token_indices(doc, "LOWER", self._trigger_words):
            prep = words[i]
            sent = sentence_of(doc, i)
            if prep == "for" and not self._journey_for(doc, lowers, i, sent, by_start, event_tokens):
                continue
            if self._headline(sent) and not (prep in PLACE_PREPOSITIONS and (
                    any(j in event_tokens for j in range(max(sent.start, i - 3), i)) or i > sent.start and lowers[i - 1] in self.event_cues)):
                continue  # a headline names a venue only right after its event: "... Summit in Lima", "Meeting Held In X"
            if prep == "here" or prep in RETURN_PREPOSITIONS:
                if prep == "here":
                    here, venue = self._here(doc, i, sent, by_start, here, event_tokens, lowers, r.clause_stops)
                else:
                    venue = self._back_from(doc, i, sent, by_start, event_tokens)
                if venue is not None and i >= consumed:
                    spans.append(venue)
                continue
            k = i + 1
            while k < sent.end and words[k] in ("the",) and k not in by_start:
                k += 1  # (not the "The" of a place's own name: "in The Hague")
            owner = _owner_before_name(doc, prep, i, k, sent)
            k += owner + _based_modifier(doc, k + owner, sent.end)  # ("at the New Baneswor-based Federal Parliament Building")
            if i < consumed or k >= sent.end:
                continue
            if i in r.in_names or i in r.in_instruments or self._not_where_it_happens(doc, lowers, i, sent):
                continue  # "Permanent Secretary at the Ministry" (a title)
            if prep in self.visit_verbs:
                venue = self._visited(doc, i, k, sent, by_start, self._building(doc, k, sent, *building_args))
                if venue is not None:
                    # "will visit Kenya, Ghana and the Gambia": each place of the list is visited
                    listed = [] if venue.id_ == "venue.building" else self._listed_places(doc, venue.end, sent, by_start)
                    spans.extend([venue] + listed)
                    consumed = max(span_value(venue, "nf_venue").pop("consumed", venue.end), venue.end,
                                   *(v.end for v in listed))
                continue
            # "to <place>" names where something happens only after a verb of going ("travel to");
            # "according to" names a source
            moving = prep == "for" or prep in MOTION_PREPOSITIONS and self._moving(doc, lowers, i, sent, spans)
            if prep in MOTION_PREPOSITIONS and not moving:
                continue  # "Special Envoy to the Forum": "to" names a place only after a verb of going
            if prep in MOTION_PREPOSITIONS and lowers[i - 1] in self.return_words:
                continue  # "after the visit to Algeria, the delegation returned to Ethiopia": home, no event's place
            if prep == "in" and (self._left_from(lowers, i, sent, event_tokens) or self._home_after_journey(lowers, i, sent)):
                continue  # "departed from the airport in Santiago for the summit": the place left; one come home to
            # ("ending the tour in X": "in" right after a noun of journey tells where the journey goes)
            near = self._cue_for(doc, lowers, i, sent, r) or moving or prep == "in" and (
                _stayed_in(lowers, i, sent, r.by_end) or _again_after_and(doc, lowers, i, sent, spans)
                or lowers[i - 1] in self.journey_heads)
            if not near and prep != "at":
                continue
            venue = self._building_or_room(doc, k, sent, *building_args)
            if owner and venue is None:  # (after an owner's pronoun only a building: "in his Kenya visit" is none)
                continue
            if venue is not None and (self._transit_stop(doc, lowers, i, venue)
                                      or prep == "at" and lowers[i - 1] in self.audience_words):
                continue  # "arrived at X International Airport", "will brief the media at X": no event's place
            if not near:
                # "at the X Convention Centre": a building's event may stand further off, in the
                # sentence or the one before it ("... during the meeting. She said at X that ...")
                if venue is not None and lowers[i - 1] not in self.audience_words \
                        and self._cue_around(doc, lowers, sent, event_tokens):
                    spans.append(venue)
                    consumed = span_value(venue, "nf_venue").pop("consumed", venue.end)
                continue
            found = [venue] if venue is not None else self._places_after(doc, i, k, sent, by_start, r.named, dateline,
                                                                         event_tokens)
            if found:
                spans.extend(found)
                consumed = max(span_value(found[0], "nf_venue").pop("consumed", found[0].end), found[-1].end)
        return spans

    def _moving(self, doc: Doc, lowers: List[str], i: int, sent: Span, spans: List[Span]) -> bool:
        """Whether "to" at ``i`` names where something happens: after a verb of going ("travel to"),
        again after "and" ("to Singapore ... and then to Fiji"), or right after a lowercase noun of
        an errand made abroad (``ERRAND_NOUN``: "will lead a three-day trade mission to Mexico",
        "completed a trade mission to China and Hong Kong"; not a body's name in the story, "the
        Regional Assistance Mission to X"); "according to" names a source."""
        if lowers[i - 1] == "according":
            return False
        if any(lowers[j] in self.motion_cues for j in range(max(sent.start, _motion_reach(lowers, i, sent)), i)) \
                or _again_after_and(doc, lowers, i, sent, spans):
            return True
        return i > sent.start and lowers[i - 1] in self.errand_nouns and doc[i - 1].is_lower

    def _cue_for(self, doc: Doc, lowers: List[str], i: int, sent: Span, r: SimpleNamespace) -> bool:
        """An event cue for the preposition at ``i`` (:func:`_cue_near`); but "in" right after a
        plain lowercase noun, with the cue ``FAR_CUE`` words or more before it ("This signing
        confirms the first road project in Samoa", "attended the conference, and toured housing
        units built by the private sector in Egypt", "stressed at the meeting that peace in
        Afghanistan ..."), tells where that noun is, not the event: only a cue nearer, or one
        after the place ("in Dubai ... to witness the signing"), makes the place a venue."""
        cue = partial(_cue_near, lowers, i, sent, r.event_tokens, self.event_cues, self.stay_words, self.lodging_verbs)
        if not cue(r.clause_stops, r.dated_openings, self.journey_heads):
            return False
        before = doc[i - 1]
        if lowers[i] != "in" or i <= sent.start or not (before.is_lower and before.is_alpha) \
                or before.lower_ in self.not_place_holders or before.lower_.endswith("ed") \
                or tuple(lowers[i - 2:i]) == UNDER_WAY:  # ("was signed in X"; "got under way in X": began there)
            return True
        cue_at = next((k for k in range(i - 1, sent.start - 1, -1) if lowers[k] in self.event_cues or k in r.event_tokens),
                      None)
        if cue_at is None or any(lowers[k] in PERSON_RELATIVES and lowers[k - 1] == "," for k in range(cue_at + 1, i)):
            return True  # "met X, who is also the deputy prime minister, in Y": a closed clause about a person is passed over
        return cue(r.clause_stops | {_words_back(doc, i, FAR_CUE - 1, sent.start)}, r.dated_openings, self.journey_heads)

    def _journey_for(self, doc: Doc, lowers: List[str], i: int, sent: Span, by_start: Dict[int, Span],
                     events: set) -> bool:
        """Whether "for" at ``i`` names where a journey goes to an event: after a verb of departing,
        also across the place left ("left Dhaka for Tokyo") and a day ("will leave Santiago on
        Sunday for Lima"), with the errand told after it ("left for Nepal to attend the summit",
        "departed for Lima on a state visit"); "concluded his visit and departed for Colombo" goes
        home."""
        date = next((d for d in _date_shapes(doc) if d.end == i and d.start > sent.start), None)
        at = i if date is None else date.start - (lowers[date.start - 1] == "on")
        place_left = next((p for p in by_start.values() if p.end == at and p.start > sent.start), None)
        before = at - 1 if place_left is None else place_left.start - 1
        before -= before > sent.start and lowers[before] == "here"  # ("left here for Lima")
        if before < 0 or lowers[before] not in self.departure_verbs:
            return False
        return any(lowers[j] in self.event_cues or j in events for j in range(i + 1, min(sent.end, i + CUE_WINDOW)))

    def _add_hosts(self, doc: Doc, spans: List[Span], by_start: Dict[int, Span], event_tokens: set, in_names: set) -> None:
        """The places that host an event, unless their sentence names its venue after them:
        "Canada will host the round at the Vancouver Convention Centre" (the building is the
        venue; not when another event is named between); "held in Goa, and Kerala will host the
        next one" (a place before leaves it be)."""
        placed = {sentence_of(doc, v.start).start: v.start for v in spans}
        starts = {v.start for v in spans}
        events = sorted(e.start for e in spans_in(doc, settings.SPANS_EVENTS))
        # ("Tonga will host the next X in 2027, the minister told the 5th X in Apia": a place told
        # after another event named between is that event's, and the host keeps its own)
        # ("Namibia hosts SADC summit / ... was held at X Centre, in Windhoek, Namibia": a headline's
        # host whose town the body names as a place is that town's country, no venue of its own)
        towns = {span_value(v, "nf_venue").get("country") for v in spans if span_value(v, "nf_venue").get("city")
                 and not self._title_line(doc, sentence_of(doc, v.start))}
        spans.extend(v for v in self._hosts(doc, by_start, event_tokens, in_names)
                     if (placed.get(sentence_of(doc, v.start).start, -1) <= v.start
                         or sum(v.start < e < placed[sentence_of(doc, v.start).start] for e in events) >= 2)
                     and v.start not in starts
                     and not (self._title_line(doc, sentence_of(doc, v.start)) and not span_value(v, "nf_venue").get("city")
                              and span_value(v, "nf_venue").get("country") in towns))

    def _title_line(self, doc: Doc, sent: Span) -> bool:
        """A headline: a title-case one (:meth:`_headline`), or the story's first line when it
        stands alone, a line break after it and no full stop ending it ("Namibia hosts
        successful SADC Summit")."""
        if self._headline(sent):
            return True
        first = next((t.i for t in doc if not t.is_space), None)
        if first is None or not sent.start <= first < sent.end:
            return False
        words = [t for t in sent if not t.is_space]
        return bool(words) and words[-1].text not in (".", "!", "?", ":") and (sent.end >= len(doc) or "\n" in sent.text)

    def _add_gathered_on(self, doc: Doc, spans: List[Span], r: SimpleNamespace) -> None:
        """ "ministers will be converging on Rome next week for the 39th session": a town or
        country right after a verb of gathering (``GATHER_ON_VERB``) and "on" is where the event
        its sentence names is."""
        starts, words = {v.start for v in spans}, lower_words(doc)
        for i in token_indices(doc, "LOWER", self.gather_on_verbs):
            k = i + 2
            if k >= len(doc) or words[i + 1] != "on" or k not in r.by_start or k in starts:
                continue
            sent = sentence_of(doc, i)
            if (span_value(r.by_start[k], "nf_place") or {}).get("kind") in ("city", "country") \
                    and any(words[j] in self.event_cues or j in r.event_tokens for j in range(sent.start, sent.end)):
                venue = self._place(doc, r.by_start[k], r.by_start)
                venue.id_ = "venue.gathered_on"
                spans.append(venue)
                starts.add(k)

    def _not_where_it_happens(self, doc: Doc, lowers: List[str], i: int, sent: Span) -> bool:
        """The preposition at ``i`` names no place of an event: a seat ("its headquarters in X"),
        a word glued inside another ("Chair-in-Office"), where a person works ("a source in the
        Foreign Ministry told", "an official at the Trade Ministry said"), where people
        sleep ("the leaders will stay at the X Hotel") or live ("was born in Kenya")."""
        if self._seat(doc, i, sent) or _in_compound(doc, i) or self._asked_to_host(lowers, i, sent) \
                or self._only_possible(doc, lowers, i, sent) or self._press_place(doc, lowers, i, sent):
            return True
        # (the noun after a determiner is a visit's stay: "during her stay in Tokyo", "during his
        # three-day stay in Tokyo": a length glued by its hyphen may stand between)
        det = _before_glued(lowers, i - 2, sent.start)
        lodging = lowers[i - 1] in self.lodging_verbs and not (det >= sent.start and lowers[det] in ERRAND_DETERMINERS)
        # "Ghana's ambassador in Rabat", "the Consulate General in X", "the Consul General in X";
        # "met the Turkish Ambassador to Ghana": the post, no place gone to
        posted = lowers[i] in ("in", "to") and (lowers[i - 1] in self.posted_words
                                                or lowers[i - 1] == "general" and lowers[i - 2] in self.posted_words)
        # (where a person lives or was born: "the minister, who has lived in Kenya for years")
        return i > sent.start and (posted or lowers[i] in PLACE_PREPOSITIONS and (
            lowers[i - 1] in self.affiliated_persons or lodging or lowers[i - 1] in self.residence_verbs))

    def _press_place(self, doc: Doc, lowers: List[str], i: int, sent: Span) -> bool:
        """Where a talk to the press is given (FACTS.md: press conferences are no events of their
        own): a ``PRESS_NOUN`` after an ``AUDIENCE_WORD`` ("media briefing", "press conference",
        "press release") right before "at" (a building; "had a media briefing at the X Hotel",
        "said in a press release at the Ministry"), unless "and" joins it to an occasion before
        it ("a bilateral meeting and a press conference at X"); or one opening the sentence as
        its subject, no event named between it and the preposition ("A press conference will be
        held on Thursday at the Press Centre", "In a joint media briefing at X in Y, ..."; there a bare
        "briefing" too: "A briefing will take place at the Ministry")."""
        def press(k: int, bare: bool = False) -> bool:
            return k > sent.start and lowers[k] in self.press_nouns and (
                lowers[k - 1] in self.audience_words or bare and lowers[k] in BARE_PRESS_NOUNS)
        if lowers[i] not in PLACE_PREPOSITIONS:
            return False
        if press(i - 1):  # (not a town: "during a press conference in Sepang" is where the story's people were)
            return lowers[i] == "at" and "and" not in lowers[max(sent.start, i - 4):i - 2]
        if self.press_nouns.isdisjoint(lowers[sent.start + 1:min(i, sent.start + PRESS_OPENING)]):
            return False  # (no noun of the press opens the sentence: found in one set test)
        opening = next((k for k in range(sent.start + 1, min(i, sent.start + PRESS_OPENING)) if press(k, True)), None)
        return opening is not None and not any(opening < e < i for e in _event_ends(doc))

    def _only_possible(self, doc: Doc, lowers: List[str], i: int, sent: Span) -> bool:
        """ "investors that could come into X", "so that others can hold their conferences in X in
        future": a place in a clause that a lowercase modal of possibility (``POSSIBLE_MODAL``)
        governs tells what may happen, no event of the article. Looked for back from the trigger
        at ``i`` (within ``POSSIBLE_REACH`` words) up to a comma or a form of "be" ("the summit,
        which could draw 40 leaders, will be held in X", "could be held in X" keep their place)."""
        texts = token_texts(doc)
        if self.possible_modals.isdisjoint(texts[max(sent.start, i - POSSIBLE_REACH):i]):
            return False  # (no modal in reach: most triggers; found in one set test)
        for j in range(i - 1, max(sent.start, i - POSSIBLE_REACH) - 1, -1):
            if texts[j] in self.possible_modals:
                return True
            if lowers[j] in (",", ";") or lowers[j] in BE_WORDS:
                return False
        return False

    def _asked_to_host(self, lowers: List[str], i: int, sent: Span) -> bool:
        """ "an invitation to host the Prime Minister in Tonga", "invited him to visit the X Museum in
        Lima": the place after the preposition at ``i`` in a clause of "to" and a verb of hosting or
        visiting that a word of asking (``ASKED_WORD``) opens is a journey asked for, none told."""
        if self.asked_words.isdisjoint(lowers[max(sent.start, i - CUE_WINDOW - ASKED_REACH):i]):
            return False  # (no word of asking in reach: most triggers; found in one set test)
        for j in range(i - 1, max(sent.start, i - CUE_WINDOW), -1):
            if lowers[j] == "to" and lowers[j + 1] in self.host_verbs | self.visit_verbs:
                return any(lowers[a] in self.asked_words for a in range(max(sent.start, j - ASKED_REACH), j))
            if lowers[j] in (",", ";") or lowers[j] in self.event_cues and lowers[j] not in self.host_verbs | self.visit_verbs:
                return False
        return False

    def _home_after_journey(self, lowers: List[str], i: int, sent: Span) -> bool:
        """ "arrived in Abuja on Friday evening after a three-day visit to X", "returned to Accra
        after his trip": the place that a verb of arriving or returning (``ARRIVAL_VERB``) right
        before the preposition at ``i`` comes to, with "after" and a noun of journey (``JOURNEY_HEAD``)
        after it, is where the journey ends (home), no event's place."""
        if not (i - 1 > sent.start and lowers[i - 1] in self.arrival_verbs):
            return False
        after = next((k for k in range(i + 2, min(sent.end, i + CUE_AFTER)) if lowers[k] in ("after", "following")), None)
        return after is not None and any(lowers[j] in self.journey_heads
                                         for j in range(after + 1, min(sent.end, after + JOURNEY_AFTER_WORDS)))

    def _left_from(self, lowers: List[str], i: int, sent: Span, event_tokens: set) -> bool:
        """Whether "in" at ``i`` places what a journey leaves from ("departed from the airport in
        Santiago"): "from" a few words before it with no verb of meeting, event word or comma
        between ("delegates from the region met in Suva" meet there)."""
        for j in range(i - 1, max(sent.start, i - ORIGIN_REACH - 1) - 1, -1):
            if lowers[j] in self.meet_verbs or lowers[j] in self.event_cues or j in event_tokens or lowers[j] == ",":
                return False
            if lowers[j] == "from":
                verb = j - 2 if j - 2 >= sent.start and lowers[j - 1].endswith("ly") else j - 1  # "departed immediately from"
                return verb >= sent.start and lowers[verb] in self.departure_verbs
        return False

    def _transit_stop(self, doc: Doc, lowers: List[str], i: int, venue: Span) -> bool:
        """A building one arrives at or leaves from ("the X International Airport", "the Port"),
        unless a verb of holding or meeting stands just before the preposition at ``i``."""
        return lowers[venue.end - 1] in self.transit_heads \
            and not any(lowers[j] in self.meet_verbs for j in range(max(0, i - 3), i))

    def _add_told_places(self, doc: Doc, spans: List[Span], r: SimpleNamespace) -> None:
        """Places that no preposition introduces but the phrase around them tells as an event's:
        a town naming it ("the Qingdao summit", "the Accra meeting"), and a place a "where" clause
        about an event follows ("the X Complex, where the summit will be held")."""
        starts = {v.start for v in spans}
        for start, place in r.by_start.items():
            info = span_value(place, "nf_place")
            if start in starts or start in r.in_names or info.get("kind") not in ("city", "region") or place.end >= len(doc):
                continue
            if _determined_town(doc, start, r.lowers, info.get("kind")) and doc[place.end].is_lower \
                    and r.lowers[place.end] in self.town_event_heads and not self._headline(sentence_of(doc, start)):
                venue = self._place(doc, place, r.by_start)
                venue.id_ = "venue.town_event"
                spans.append(venue)
                starts.add(start)
        for i in token_indices(doc, "LOWER", self.where_words):
            venue = self._where_place(doc, i, r)
            if venue is not None and venue.start not in starts:
                spans.append(venue)
                starts.add(venue.start)
        # (a noun of hosting or journey names the place: in its sentence, or right before or after
        # it; those words are looked up in the doc's word index, the other places are not read)
        nouns = set(token_indices(doc, "LOWER", self.place_naming_nouns))
        if not nouns:
            return
        told_in = {sentence_of(doc, j).start for j in nouns}
        for start, place in r.by_start.items():
            if start in starts or start in r.in_names \
                    or sentence_of(doc, start).start not in told_in and start - 2 not in nouns and place.end not in nouns \
                    or self._headline(sentence_of(doc, start)):
                continue
            rule = self._host_named(doc, place, r) or self._journey_named(doc, place, r)
            if rule == "venue.host_noun" and any(place.start < v.start < sentence_of(doc, start).end for v in spans):
                continue  # "Thailand will be the host country for the JC to be held in Chiang Rai": the place after it is
            if rule:
                venue = self._place(doc, place, r.by_start)
                venue.id_ = rule
                # "a tour of Texas, Arizona and California": each place of the list is toured
                listed = self._listed_places(doc, venue.end, sentence_of(doc, start), r.by_start) \
                    if rule == "venue.journey" and lower_words(doc)[start - 1] == "of" else []
                for each in [venue] + [v for v in listed if v.start not in starts]:
                    spans.append(each)
                    starts.add(each.start)

    def _add_retold_countries(self, doc: Doc, spans: List[Span], r: SimpleNamespace) -> None:
        """ "... Guinea-Bissau's highest honour during his three-day visit to the West African
        country": a country retold by "the", capitalised words of its region or kind and a noun of
        country (``COUNTRY_NOUN``), gone to (after a noun of journey or a verb of going and "to", a
        verb of arriving and "in", or a visit verb) is the last country the text named before it,
        in its sentence or the one before (rule ``venue.country_retold``)."""
        lowers, told = r.lowers, {span_value(v, "nf_venue").get("country") for v in spans}
        for j in token_indices(doc, "LOWER", self.country_nouns):
            t = j - 1
            while t > j - 1 - RETOLD_WORDS and t > 0 and (is_capitalised(doc[t]) or token_texts(doc)[t] in HYPHENS):
                t -= 1
            if t == j - 1 or lowers[t] != "the" or not doc[j].is_lower or t < 2:
                continue
            gone = lowers[t - 1] in self.visit_verbs or lowers[t - 1] == "to" and lowers[t - 2] in \
                self.journey_heads | self.motion_cues or lowers[t - 1] == "in" and lowers[t - 2] in self.arrival_verbs
            sent = sentence_of(doc, t)
            reach = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
            named = [p for p in r.by_start.values() if reach <= p.start < t
                     and span_value(p, "nf_place").get("kind") == "country" and p.start not in r.in_names]
            if not gone or not named or self._headline(sent):
                continue
            info = span_value(max(named, key=lambda p: p.start), "nf_place")
            if info.get("country") in told:
                continue
            venue = Span(doc, t + 1, j + 1, label="VENUE", span_id="venue.country_retold")
            set_span_value(venue, "nf_venue", {"name": max(named, key=lambda p: p.start).text, "city": info.get("city"),
                                               "country": info.get("country"), "place_kind": "country"})
            spans.append(venue)
            told.add(info.get("country"))

    def _host_named(self, doc: Doc, place: Span, r: SimpleNamespace) -> Optional[str]:
        """ "Sri Lanka as host nation", "Fiji, the host country,", "host nation Tonga", "Ghana will
        be the venue of the next summit": a place that a noun of hosting (``HOST_NOUN``) names the
        host of an event told in its sentence; the rule's id, else None."""
        sent, lowers, end = sentence_of(doc, place.start), lower_words(doc), place.end  # ("the host" unblanked)
        k = end + 1 if end < sent.end and lowers[end] in ("as", ",") else end
        while k < sent.end and lowers[k] in BE_WORDS:
            k += 1  # "will be the venue", "is the host"
        if k > end and k < sent.end and lowers[k] == "the":
            k += 1
        # (a noun: after "as" or "the"; "Ghana will host" is the verb, read by the host rule)
        after = k > end and k < sent.end and lowers[k] in self.host_nouns and (
            k == end + 1 and lowers[end] == "as" or lowers[k - 1] == "the")
        before = place.start - 1 > sent.start and (lowers[place.start - 1] in self.host_nouns or lowers[
            place.start - 1] in self.settlement_nouns | {"nation"} and lowers[place.start - 2] in self.host_nouns)
        if not (after or before) or not doc[place.start - 1 if before else k].is_lower:
            return None
        # (what it hosts, when "of" says it, is an event: not "the host of two million refugees")
        scope = range(k + 2, min(sent.end, k + 6)) if after and k + 1 < sent.end and lowers[k + 1] == "of" \
            else range(sent.start, sent.end)
        told = any(r.lowers[j] in self.event_cues and r.lowers[j] not in self.host_verbs or j in r.event_tokens
                   for j in scope)
        return "venue.host_noun" if told else None

    def _journey_named(self, doc: Doc, place: Span, r: SimpleNamespace) -> Optional[str]:
        """ "during his Kenya visit", "the Japan trip", "his tour of Zambia": a country that a noun of
        journey (``JOURNEY_HEAD``) is made to; a town or region after "of" too ("a working tour of
        Texas", "a tour of Mombasa"); the rule's id, else None."""
        lowers, info = r.lowers, span_value(place, "nf_place")
        if info.get("kind") not in ("country", "city", "region"):
            return None
        lead = place.start - 1
        owned = info.get("kind") == "country" and lead >= 0 and lowers[lead] in ROLE_DETERMINERS and place.end < len(doc) \
            and doc[place.end].is_lower and lowers[place.end] in self.journey_heads
        # (not "the visit of Kenya's president", "a visit of US governors to China", "the visit of
        # BiH Presidency": a country that a noun goes on after names who travels, not where)
        toured = lead > 0 and lowers[lead] == "of" and lowers[lead - 1] in self.journey_heads \
            and not (place.end < len(doc) and (token_texts(doc)[place.end] in POSSESSIVES or _goes_on(doc[place.end])
                                                and doc[place.end].text not in self.names.months_and_days))
        return "venue.journey" if owned or toured else None

    def _where_place(self, doc: Doc, i: int, r: SimpleNamespace) -> Optional[Span]:
        """The place or building before ", where" at ``i`` when the clause it opens tells of an
        event (a cue word, or an event named, in its first words)."""
        sent = sentence_of(doc, i)
        # ("arrived in Maputo from Uganda where he held talks": a place of the gazetteer may stand
        # right before "where", with no comma)
        bare = i - 1 >= sent.start and token_texts(doc)[i - 1] != "," \
            and next((p for p in r.by_start.values() if p.end == i), None)
        if i - 2 < sent.start or not bare and token_texts(doc)[i - 1] != "," or self._headline(sent):
            return None
        clause = range(i + 1, min(sent.end, i + 1 + CUE_WINDOW // 2))
        if not any(j in r.event_tokens or r.lowers[j] in self.event_cues and r.lowers[j] not in self.host_verbs
                   for j in clause):
            return None
        if bare:
            venue = self._place(doc, bare, r.by_start)
            venue.id_ = "venue.where"
            return venue
        place = next((p for p in r.by_start.values() if p.end == i - 1), None)
        k = i - 1
        while k - 1 >= sent.start and (is_capitalised(doc[k - 1]) or lower_words(doc)[k - 1] in self.building_name_particles):
            k -= 1
        lead = k - 1 if k - 1 > sent.start and r.lowers[k - 1] == "the" else k
        if lead > sent.start and r.lowers[lead - 1] in self._trigger_words:
            return None  # "at X in Santiago, where ...": the place after a preposition is read there
        if place is not None:
            venue = self._place(doc, place, r.by_start)
        else:
            if k == i - 1 or k in r.in_names or k > sent.start and r.lowers[k - 1] in self.affiliated_persons:
                return None
            venue = self._building(doc, k, sent, r.buildings, r.by_start, r.dateline, r.building_starts,
                                   r.article_cities, r.article_countries, r.named)
            if venue is None or venue.end != i - 1:
                return None
            span_value(venue, "nf_venue").pop("consumed", None)
        venue.id_ = "venue.where"
        return venue

    def _headline(self, sent: Span) -> bool:
        """A headline line; not a line of a hard-wrapped paragraph that opens with a lowercase
        word ("during the visit to X on the"), which goes on from the line before it."""
        if not self.names.in_headline(sent):
            return False
        first = next((t for t in sent if not t.is_space), None)
        return not (first is not None and first.is_lower and first.is_alpha)

    def _cue_around(self, doc: Doc, lowers: List[str], sent: Span, events: set) -> bool:
        """An event cue or a named event anywhere in ``sent`` or the sentence before it; or a word
        of a journey, a welcome or a homage in ``sent`` itself, where no word of lodging stands ("will
        formally welcome the President at the Royal Pavilion", "laid a wreath at the X Memorial";
        not "the delegation stays at the X Hotel")."""
        start = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
        if any(lowers[j] in self.event_cues or j in events for j in range(start, sent.end)):
            return True
        words = lowers[sent.start:sent.end]
        return any(w in self.motion_cues or w in self.homage_words for w in words) \
            and not any(w in self.lodging_verbs for w in words)

    def _building_or_room(self, doc, k, sent, *args) -> Optional[Span]:
        """The building named at ``k``, or the one a room named there is in ("in the main hall of
        the X Palace": the palace). ``args``: the rest of :meth:`_building`'s arguments."""
        room = self._room_of(doc, k, sent)
        venue = self._building(doc, room, sent, *args) if room is not None else None
        venue = venue or self._building(doc, k, sent, *args)
        return self._in_small_town(doc, venue, sent, args[2]) if venue is not None else None

    def _in_small_town(self, doc: Doc, venue: Span, sent: Span, dateline) -> Span:
        """ "at the X Conference Centre (XCC) in Diamniadio", "at the Vego hotel in Ganja": a town
        of the towns' data right after a building that took no place is the building's city."""
        value = span_value(venue, "nf_venue")
        # (after the building's words, "the Vego hotel in X"; a place of the gazetteer it took,
        # "at the Grand Pacific Hotel in Suva", is past them)
        after = _comma_in(doc, is_acronym_paren(doc, value.get("consumed", venue.end), sent.end), sent.end)
        town = self._small_town_at(doc, after + 1, sent, dateline) if after < sent.end and lower_words(doc)[after] in (",", "in") else None
        if town is None and value.get("city") is None and after < sent.end and lower_words(doc)[after] == "in":
            town = self._unlisted_town_at(doc, after + 1, sent, dateline)
        if town is not None:
            end, value["city"], value["country"] = town
            value["consumed"], value["small_town_at"] = end, (after + 1, end)
        return venue

    def _unlisted_town_at(self, doc: Doc, j: int, sent: Span, dateline):
        """ "at the Sani Abacha Indoor Stadium in Kofar Mata": capitalised name words no data
        knows, after a building that took no place and "in", ending where a town's name ends, are
        its town; the country the text names after it, else the dateline's (else none)."""
        end = j
        while end < sent.end and end - j < TOWN_WORDS and self.names.is_name_word(doc[end]) and doc[end].is_alpha \
                and not doc[end].is_upper and token_texts(doc)[end] not in self.names.months_and_days \
                and token_texts(doc)[end] not in self.not_towns and not any(pl.start <= end < pl.end for pl in spans_in(doc, settings.SPANS_PLACES)):
            end += 1
        if end == j or end < sent.end and not (doc[end].is_lower and doc[end].is_alpha and lower_words(doc)[end] != "of"
                                               or doc[end].is_space or token_texts(doc)[end] in (",", ".", ";", ":")):
            return None  # (a longer name: "in Honour of", "in Parliament House")
        return end, text_of(doc, j, end), _country_after(doc, end) or (dateline["country"] if dateline else None)

    def _small_town_at(self, doc: Doc, j: int, sent: Span, dateline):
        """(end, name, country) of a town of the towns' data named at ``j`` and ending where a
        name ends, whose country is its only one or the one the text names, else None."""
        for end in range(min(sent.end, j + TOWN_WORDS), j, -1):
            name = text_of(doc, j, end)
            # (a line break ends a name too: "... Leaders' Retreat in Nadi" closing a headline)
            if name in self.towns and (end == sent.end or doc[end].is_lower and doc[end].is_alpha or doc[end].is_space
                                       or token_texts(doc)[end] in (",", ".", ";", ":")):
                countries = self.towns[name]
                named = _country_after(doc, end) or (dateline["country"] if dateline else None)
                country = named if named in countries else countries[0] if len(countries) == 1 else None
                return (end, name, country) if country else None
        return None

    def _room_of(self, doc: Doc, k: int, sent: Span) -> Optional[int]:
        """Where the building's name starts after a room of it at ``k`` ("the Alexander hall of
        the Grand Kremlin Palace", "the conference room of the Ministry of X", "the ante chamber,
        X Government House,"), else None."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        for j in range(k, min(sent.end - 2, k + ROOM_WORDS)):
            if not doc[j].is_alpha:
                return None
            if lowers[j] in self.room_nouns and lowers[j + 1] == "of":
                start = j + 3 if lowers[j + 2] == "the" else j + 2
                return start if start < sent.end and is_capitalised(doc[start]) else None
            if lowers[j] in self.room_nouns and lowers[j + 1] == "," and doc[j].is_lower \
                    and is_capitalised(doc[j + 2]):
                return j + 2  # "at the ante chamber, Kano Government House,": the building set off by commas
        return None

    def _places_after(self, doc: Doc, i: int, k: int, sent: Span, by_start: Dict[int, Span], named: set, dateline,
                      events: set) -> List[Span]:
        """The place a preposition introduces, with the others of its list: "held in Lima,
        Quito and Bogota"."""
        venue = self._place_after(doc, i, k, sent, by_start, named, dateline, events)
        return [] if venue is None else \
            [venue] + self._listed_places(doc, venue.end, sent, by_start, span_value(venue, "nf_venue").get("country"))

    def _listed_places(self, doc: Doc, end: int, sent: Span, by_start: Dict[int, Span], country=None) -> List[Span]:
        """The places listed after the one ending at ``end`` ("in Lima, Quito and Bogota"), each
        read as a venue; none when one is a possessive (", Peru's minister said") or a clause's
        subject after ", and" (``CLAUSE_AUXILIARY``: "to Haiti, and Jamaica has agreed to help")."""
        country = country or next((span_value(v, "nf_place").get("country") for v in by_start.values() if v.end == end), None)
        return _listed_after(doc, end, sent.end, by_start, place=lambda span: self._place(doc, span, by_start),
                             stop=lambda span: self._possessed(doc, span.end, sent.end) or self._new_subject(doc, span, sent),
                             unknown=lambda j: self._listed_town(doc, j, sent, country) if country else None)

    def _listed_town(self, doc: Doc, j: int, sent: Span, country: str) -> Optional[Span]:
        """ "Pokhara, Annapurna Base Camp and Lumbini": capitalised name words the data lacks, as an
        item of a list of the places of one country, ending where an item ends (a comma, "and",
        the sentence's end or a lowercase word), are a town of that country (a site when its
        first word says so, ``SITE_NOUN``: no city)."""
        end = j
        while end < sent.end and end - j < TOWN_WORDS and self.names.is_name_word(doc[end]) and doc[end].is_alpha \
                and not doc[end].is_upper and token_texts(doc)[end] not in self.names.months_and_days \
                and token_texts(doc)[end] not in self.not_towns:
            end += 1
        if end == j or end < sent.end and not (lower_words(doc)[end] in (",", "and", ".", ";") or doc[end].is_lower):
            return None
        if any(s.start < end and j < s.end for key in (settings.SPANS_OFFICIALS, settings.SPANS_EVENTS) for s in spans_in(doc, key)):
            return None  # (a person or an event named in the list: "..., and President X said")
        name = text_of(doc, j, end)
        span = Span(doc, j, end, label="VENUE", span_id="venue.listed_town")
        set_span_value(span, "nf_venue", {"name": name, "city": None if lower_words(doc)[j] in self.site_nouns else name,
                                          "country": country})
        return span

    def _new_subject(self, doc: Doc, place: Span, sent: Span) -> bool:
        """ "..., and Jamaica has agreed": a place after a comma and "and" with a lowercase
        ``CLAUSE_AUXILIARY`` right after it opens a new clause."""
        texts = token_texts(doc)
        return place.start - 2 > sent.start and texts[place.start - 1] == "and" and texts[place.start - 2] == "," \
            and place.end < sent.end and texts[place.end] in self.clause_auxiliaries

    def _visited(self, doc: Doc, i: int, k: int, sent: Span, by_start: Dict[int, Span], building) -> Optional[Span]:
        """What a visit verb at ``i`` names: a building visited ("visited the Tema Fishing
        Harbour", ``building``), else a place right after the verb ("visits Australia this
        week", "will visit Fiji"; not the noun "the visit Fiji made", nor "visited Fiji's academy")."""
        if i - 1 > sent.start and lower_words(doc)[i - 1] == "to" \
                and any(lower_words(doc)[j] in self.asked_words for j in range(sent.start, i - 1)):
            return None  # "invited Premier Li to visit Pakistan", "asked whether he will visit X": a journey asked for, none told
        noun = i > sent.start and lower_words(doc)[i - 1] in ("the", "a", "an", "his", "her", "their")  # "the visit Fiji made"
        if noun and lower_words(doc)[i] == "visiting":
            return None  # "the visiting Kenyan Parliament delegation": an adjective of the guests, no place visited
        if building is not None:
            return building
        if k in by_start and self._visit_in_name(doc, i, by_start[k], sent):
            return None  # "in the context of Visit Nepal Year 2020": a campaign's name, no journey
        # (a country written with "the" is visited too: "will visit the Philippines", "visiting the UAE")
        if k in by_start and (k == i + 1 or self._country_after_the(doc, by_start[k], sent)
                              or self._region_after_the(doc, by_start[k])) and not noun \
                and not self._possessed(doc, by_start[k].end, sent.end):
            return self._place(doc, by_start[k], by_start)
        return None

    def _visit_in_name(self, doc: Doc, i: int, place: Span, sent: Span) -> bool:
        """ "the Visit Nepal Year 2020 campaign": a capitalised visit word inside a sentence (not a
        headline's), with the place right after it and a capitalised word (no day or month)
        after the place, opens a name."""
        return i > sent.start and doc[i].is_title and place.start == i + 1 and place.end < sent.end \
            and is_capitalised(doc[place.end]) and token_texts(doc)[place.end] not in self.names.months_and_days \
            and not self._headline(sent)

    def _place_after(self, doc: Doc, i: int, k: int, sent: Span, by_start: Dict[int, Span], named: set, dateline,
                     events: frozenset = frozenset()):
        """The place a preposition at ``i`` introduces (``k``: after "the"): "in the city of X",
        a place of the gazetteer ("in the Philippines"; not "in Zambia's capacity"), else a
        town it lacks ("met in X")."""
        if i > sent.start and lower_words(doc)[i - 1] in self.topic_or_business and doc[i - 1].is_lower:
            # "to discuss the situation in Somalia": the topic, not where (a capitalised one is a
            # word of a name: "the signing of the X for the Reef Project in Apia"); "firms with a
            # presence in Ohio", "to invest in X": where a business is
            return None
        venue = self._apposed_settlement(doc, k, sent, by_start) or self._demonym_settlement(doc, k, sent) \
            or self._capital_named_before(doc, i, k, sent, by_start)
        if venue is None and k > i + 1:
            venue = self._named_settlement(doc, k, sent, by_start, dateline)
        if venue is not None:
            return venue
        if k in by_start and (k == i + 1 or self._country_after_the(doc, by_start[k], sent)
                              or self._region_after_the(doc, by_start[k])):
            if self._possessed(doc, by_start[k].end, sent.end) or _paired_by_hyphen(doc, by_start[k], by_start):
                return None
            return self._possessive_town(doc, by_start[k], sent, by_start) or self._place(doc, by_start[k], by_start)
        town = self._unknown_town(doc, i, sent, named, dateline, events) \
            if lower_words(doc)[i] in ("in", "to", "at") and k == i + 1 else None  # ("to" only after a verb of going:
        if town is None and lower_words(doc)[i] in ("in", "to") and k <= i + 2 and k not in by_start:  # see the caller;
            town = self._unlisted_region(doc, i, k, sent, named)  # "in the Kurdistan Region"  # "at" a town of the towns' data only)
        return town

    def _capital_named_before(self, doc: Doc, i: int, k: int, sent: Span, by_start: Dict[int, Span]) -> Optional[Span]:
        """ "Samoa's premier is in Port Moresby ... He attended the leaders' meeting in the
        capital": a bare "the capital" (no name, demonym or "of" after it) is the last capital
        city the story named before it, if any."""
        if not (k == i + 2 and lower_words(doc)[i + 1] == "the" and lower_words(doc)[k] in self.unnamed_settlements):
            return None
        if k + 1 < sent.end and (is_capitalised(doc[k + 1]) or lower_words(doc)[k + 1] in ("of", ",")):
            return None  # "the capital Doha", "the capital of Peru", "the capital, Lima": read elsewhere
        capital = max((p for p in by_start.values() if p.end <= i and (span_value(p, "nf_place") or {}).get("capital")),
                      key=lambda p: p.start, default=None)
        if capital is None:
            return self._dateline_capital(doc, k, i, by_start)
        span = Span(doc, k - 1, k + 1, label="VENUE", span_id="venue.capital_named_before")
        info = span_value(capital, "nf_place")
        set_span_value(span, "nf_venue", {"name": info.get("city") or capital.text, "city": info.get("city") or capital.text,
                                          "country": info.get("country"), "place_kind": "city"})
        return span

    def _dateline_capital(self, doc: Doc, k: int, i: int, by_start: Dict[int, Span]) -> Optional[Span]:
        """ "WINDHOEK -- The forum will take place in the capital on 4 May": with no capital named
        before it, "the capital" of a story told from a capital is that city, unless the story
        has named another country before it (then it may be that country's capital)."""
        dateline = self._dateline(doc)
        if not dateline or not dateline.get("capital") \
                or any((span_value(p, "nf_place") or {}).get("country") not in (None, dateline["country"])
                       for p in by_start.values() if p.end <= i):
            return None
        span = Span(doc, k - 1, k + 1, label="VENUE", span_id="venue.capital_of_dateline")
        set_span_value(span, "nf_venue", {"name": dateline["name"], "city": dateline["name"],
                                          "country": dateline["country"], "place_kind": "city"})
        return span

    def _possessive_town(self, doc: Doc, country: Span, sent: Span, by_start: Dict[int, Span]) -> Optional[Span]:
        """ "met in Serbia's Smederevo", "held in Brazil's Belem": a town that a country's
        possessive owns is the place (a city of the gazetteer in that country, or a town of
        the towns' data there); "in Kenya's Rift Valley" (no town) leaves the country."""
        info = span_value(country, "nf_place")
        at = country.end + 1
        if info.get("kind") != "country" or at >= sent.end or token_texts(doc)[country.end] not in POSSESSIVES:
            return None
        if at in by_start:
            town = span_value(by_start[at], "nf_place")
            return self._place(doc, by_start[at], by_start) \
                if town.get("kind") == "city" and town.get("country") == info.get("country") else None
        for end in range(min(sent.end, at + TOWN_WORDS), at, -1):
            name = text_of(doc, at, end)
            if info.get("country") in self.towns.get(name, ()) and all(is_capitalised(t) for t in doc[at:end]) \
                    and (end == sent.end or not is_capitalised(doc[end])):
                span = Span(doc, at, end, label="VENUE", span_id="venue.small_town")
                set_span_value(span, "nf_venue", {"name": name, "city": name, "country": info.get("country")})
                return span
        return None

    def _unknown_town(self, doc: Doc, i: int, sent: Span, named: set, dateline, events=frozenset()) -> Optional[Span]:
        """ "will meet in Kratie between 12 and 14 January", "was held in Baucau on Friday": a
        capitalised name the gazetteer lacks, right after a verb of meeting and "in", that ends
        where a town's name ends (punctuation, a lowercase word, a date), is a town (a site when
        its first word says so, ``SITE_NOUN``: no city); its country the dateline's, if any. An
        event's name right before "in" says the same ("the 9th Andean Summit in Kratie"), and so
        does a settlement noun after the name ("talks on Saturday in Termez city"), and a comma
        closing it at the opening of a sentence that names an event ("In Capri, the minister will
        attend the G7 Meeting")."""
        opening = i == sent.start
        # (the event's head itself: "the Organization for Security and Co-operation in Europe" is a body's name)
        after_event = not opening and i - 1 in events and lower_words(doc)[i - 1] in self.event_cues
        meeting = not opening and (lower_words(doc)[self._before_date(doc, i, sent)] in self.meet_verbs or after_event)
        # a described event's name may end with the town: "held a trilateral meeting in Tiblisi"
        told = next((e.end for e in spans_in(doc, settings.SPANS_EVENTS) if e.start < i < e.end), i)
        end, particles = i + 1, 0
        while end < sent.end and end - i - particles <= TOWN_WORDS and (end not in named or end < told) and (
                self.names.is_name_word(doc[end]) and doc[end].is_alpha and not doc[end].is_upper
                and token_texts(doc)[end] not in self.names.months_and_days
                # "in Vale dos Vinhedos": a particle between the words of its name
                or end > i + 1 and lower_words(doc)[end] in self.names.particles and doc[end].is_lower
                and end + 1 < sent.end and (doc[end + 1].is_title or _in_word_hyphen(doc, end + 1))
                # "in Sharm el-Sheikh": an in-word hyphen before a capitalised part
                or end > i + 1 and _in_word_hyphen(doc, end) and end + 1 < sent.end and doc[end + 1].is_title):
            particles += doc[end].is_lower or token_texts(doc)[end] in HYPHENS
            end += 1
        if end == i + 1 or end - i - particles > TOWN_WORDS or end < told:
            return None  # (the event's name goes on after it: "the Summit in Honour of ...")
        name = text_of(doc, i + 1, end)
        text_country = _country_after(doc, end) or (dateline["country"] if dateline else None)
        town = self.towns.get(name, ())
        # a town of the data ("arrived in Nadi" near the summit): of one country, or of the one the
        # text names; not a person's ("in Newton's view")
        listed = (len(town) == 1 or text_country in town) and not (end < sent.end and token_texts(doc)[end] in POSSESSIVES)
        # "travel to Gros Islet, Saint Lucia": a name followed by its country after a comma is a town of it
        countried = end < sent.end and token_texts(doc)[end] == "," and _country_after(doc, end) is not None
        if lower_words(doc)[i] != "in":
            meeting = False  # "a visit to X": where a journey goes may be abroad, no town of the dateline's country
        fronted = opening and end < sent.end and token_texts(doc)[end] == "," and any(j in events for j in range(end, sent.end)) \
            and self._named_as_place_elsewhere(doc, i + 1, end)
        # "will travel to Namche, Pokhara and Lumbini": the first of a list of towns of the data
        in_list = None if listed or countried else self._list_country(doc, end, sent)
        text_country = text_country or in_list
        if not (meeting or listed or countried or fronted or in_list
                or end < sent.end and doc[end].is_lower and lower_words(doc)[end] in self.settlement_nouns):
            return None
        if end < sent.end and not (doc[end].is_lower and lower_words(doc)[end] != "of" or doc[end].is_space
                                   or token_texts(doc)[end] in (",", ".", ";", ":")):
            # "in Parliament House", "in Kratie (KTC)", "in Mount <known place>": a longer name;
            # "in Honour of", "in Memory of": an idiom, no town
            return None
        if any(token_texts(doc)[j] in self.not_towns for j in range(i + 1, end)):
            return None  # "held in English", "met in Camera"
        span = Span(doc, i + 1, end, label="VENUE", span_id="venue.small_town" if listed else "venue.town")
        # "held in Camp Kanombe": a site, no town; "met in Jeju Province": a region, no town
        region = lower_words(doc)[end - 1] in self.region_heads and end - 1 > i + 1
        city = None if lower_words(doc)[i + 1] in self.site_nouns or region else name
        # the country the text names, else the data's, when the dateline's country has no town of the name
        country = text_country if text_country in town or not listed or _country_after(doc, end) else town[0]
        set_span_value(span, "nf_venue", dict({"name": name, "city": city, "country": country}, **({"place_kind": "region"} if region else {})))
        return span

    def _list_country(self, doc: Doc, end: int, sent: Span) -> Optional[str]:
        """The country of the first town of the data in the list of places that goes on at ``end``
        (`_city_listed_after`: "..., Pokhara, Annapurna Base Camp and Lumbini"), else None."""
        if end >= sent.end or token_texts(doc)[end] not in (",", "and"):
            return None
        places = {p.start: p for p in spans_in(doc, settings.SPANS_PLACES)
                  if sent.start <= p.start < sent.end and (span_value(p, "nf_place") or {}).get("kind") in ("city", "region")}
        if not self._city_listed_after(doc, end, sent, places):
            return None
        return next((span_value(places[j], "nf_place").get("country") for j in sorted(places) if j > end), None)

    @staticmethod
    def _named_as_place_elsewhere(doc: Doc, start: int, end: int) -> bool:
        """Whether the capitalised name from ``start`` to ``end`` stands elsewhere in the text
        after a preposition of place or motion inside a sentence ("will be in Rome on 16 April and
        in Capri from 17 April"): a place's name, not a word that opens a phrase ("In Addition,")."""
        texts, lowers = token_texts(doc), lower_words(doc)
        name = texts[start:end]
        return any(texts[j:j + len(name)] == name and not doc[j - 1].is_sent_start
                   and lowers[j - 1] in PLACE_OR_MOTION_WORDS for j in token_indices(doc, "ORTH", (name[0],)) if j != start)

    @staticmethod
    def _before_date(doc: Doc, i: int, sent: Span) -> int:
        """The token before the preposition at ``i``, or before the date that stands right
        before it ("will be held from 3 to 5 June in X", "met on Monday in X"), with the
        preposition that opens the date."""
        date = next((d for d in _date_shapes(doc) if d.end == i and d.start > sent.start), None)
        if date is None:
            return i - 1
        j = date.start - 1
        return j - 1 if j > sent.start and doc[j].is_lower and lower_words(doc)[j] in ("on", "from", "between") else j

    def _back_from(self, doc: Doc, i: int, sent: Span, by_start: Dict[int, Span], events: set) -> Optional[Span]:
        """ "will return home from Cambodia after attending the forum": the place someone comes
        back (``RETURN_WORD``) from after an event (an "-ing" event cue soon after "after")."""
        k = i + 2 if i + 1 < sent.end and lower_words(doc)[i + 1] == "the" else i + 1
        if k not in by_start or by_start[k].start in events:
            return None
        if not any(lower_words(doc)[j] in self.return_words for j in range(max(sent.start, i - AFTER_REACH - 1), i)):
            return None  # "Delegates from Kenya arrived after attending ...": not coming back
        place = by_start[k]
        after = next((j for j in range(place.end, min(sent.end, place.end + AFTER_REACH)) if lower_words(doc)[j] == "after"), None)
        if after is None:
            return None
        if any(lower_words(doc)[j] in self.event_cues and lower_words(doc)[j].endswith("ing")
               for j in range(after + 1, min(sent.end, after + 1 + AFTER_REACH))):
            return self._place(doc, place, by_start)
        return None

    def _here(self, doc: Doc, i: int, sent: Span, by_start: Dict[int, Span], here, events: set, lowers: List[str],
              stops: frozenset = frozenset()):
        """What "here" means from ``i`` on, and the venue it names, if any: the dateline's city,
        until "was here in Singapore" names the place (the place written is then the venue)."""
        if i + 2 < sent.end and lower_words(doc)[i + 1] in PLACE_PREPOSITIONS and i + 2 in by_start:
            return span_value(self._place(doc, by_start[i + 2], by_start), "nf_venue"), None
        if not here or not _cue_near(lowers, i, sent, events, self.event_cues, stops=stops):
            return here, None
        span = Span(doc, i, i + 1, label="VENUE", span_id="venue.here")
        set_span_value(span, "nf_venue", dict(here))
        return here, span

    def _host_verb_after(self, doc: Doc, place: Span, sent: Span, by_start: Dict[int, Span]) -> Optional[int]:
        """The "host" a place is the subject of, with only auxiliaries and adverbs between, and
        perhaps where it lies ("X in the province of Y will host"), or the other places of a
        coordinated subject ("Kenya, Ghana and Peru will host")."""
        start = _coordination_end(doc, place.end, sent.end, by_start)
        if start == place.end:
            start = _past_own_country(doc, place, sent, by_start)  # "Sao Paulo, Brazil, will host"
        if start == place.end:
            start += self._relative_subject(doc, place, sent)  # "passed to Samoa, which will host the 12th Summit"
        if start + 4 < sent.end and lower_words(doc)[start] == "in" and lower_words(doc)[start + 1] == "the" \
                and lower_words(doc)[start + 2] in self.settlement_nouns and lower_words(doc)[start + 3] == "of":
            start += 4
            while start < sent.end and is_capitalised(doc[start]):
                start += 1
        for j in range(start, min(sent.end, start + 5)):
            if lower_words(doc)[j] in self.host_verbs:
                return j
            if token_texts(doc)[j] == "-" and j > start and lower_words(doc)[j - 1] == "co":
                continue  # "will co-host", written in three tokens
            if not (doc[j].is_lower and doc[j].is_alpha) or lower_words(doc)[j] in self.host_between_stop:
                return None
        return None

    @staticmethod
    def _relative_subject(doc: Doc, place: Span, sent: Span) -> int:
        """ "to Samoa, which will host", "the Cook Islands who will host": a relative pronoun (after
        a comma or not) makes the place the subject of the clause, whatever stands before it; how
        many tokens it takes, else 0."""
        k = place.end + (place.end < sent.end and token_texts(doc)[place.end] == ",")
        return k - place.end + 1 if k + 1 < sent.end and lower_words(doc)[k] in ("which", "who") else 0

    def _hosted_by(self, doc: Doc, place: Span, sent: Span) -> Optional[int]:
        """ "hosted by Ghana", "to be hosted by the Philippines": the host verb before a place
        that is its agent (a country or city; people and bodies are not places)."""
        j = place.start - 1
        if j > sent.start and lower_words(doc)[j] == "the":
            j -= 1
        if j - 1 >= sent.start and lower_words(doc)[j] == "by" and lower_words(doc)[j - 1] in self.host_verbs:
            if place.end < sent.end and (doc[place.end].is_title or token_texts(doc)[place.end] in POSSESSIVES):
                return None  # not "hosted by the Kenya Ports Authority", "hosted by Kenya's minister"
            co = j - 3 >= sent.start and token_texts(doc)[j - 2] == "-" and lower_words(doc)[j - 3] == "co"
            if co and place.end < sent.end and token_texts(doc)[place.end] in (",", "(", "and"):
                return None  # "co-hosted by Finland, Germany and the Commission": organisers, not the place
            return j - 1
        return None

    def _settlement_of(self, doc: Doc, start: int, sent: Span) -> bool:
        """ "the Chilean city of X will host": the place after "<settlement> of" is the subject;
        not after a preposition ("X in the province of Y will host": X is)."""
        if not (start - 2 >= sent.start and lower_words(doc)[start - 1] == "of" and lower_words(doc)[start - 2] in self.settlement_nouns):
            return False
        the = next((j for j in range(start - 3, max(sent.start, start - 6) - 1, -1) if lower_words(doc)[j] == "the"), None)
        return the is not None and (the == sent.start or lower_words(doc)[the - 1] not in self.host_blockers)

    def _hosts(self, doc: Doc, by_start: Dict[int, Span], events: set, in_names: set):
        """ "Ghana will host the fifth session", "which Nairobi will host in March", "hosted by
        the Philippines": a place that is the subject (or agent) of "host" is where the event is. Only auxiliaries and adverbs may stand
        between them, and an event must be named in the sentence ("Japan hosted two million
        tourists" is not a venue)."""
        # (the verb is a word of HOST_VERB in the place's sentence: only the places of the
        # sentences that hold one are read, looked up in the doc's word index)
        hosting = {sentence_of(doc, j).start for j in token_indices(doc, "LOWER", self.host_verbs)}
        if not hosting:
            return
        by_end = {s.end: s for s in by_start.values()}
        for start, place in by_start.items():
            sent = sentence_of(doc, start)
            if sent.start not in hosting or start in in_names or self._headline(sent):
                continue
            if _country_of_town_before(doc, start, sent, by_end):
                continue  # "Sao Paulo, Brazil, will host": the town's country, told with it
            first = _coordination_start(doc, start, sent.start, by_end)  # "Kenya and Peru will host"
            passive = self._hosted_by(doc, place, sent)
            # (a country written with "the" is the subject as well: "The Philippines will host")
            lead = first - 1 if first > sent.start and lower_words(doc)[first - 1] == "the" and _country_at(by_start, first) \
                else first
            if passive is not None:
                verb = passive  # "the meetings, which will be hosted by the Philippines in August"
            # (a date's month or day before it opens the clause: "On 5 March Prague will host the meeting")
            elif lead > sent.start and (lower_words(doc)[lead - 1] in self.host_blockers or doc[lead - 1].is_title
                                        and token_texts(doc)[lead - 1] not in self.names.months_and_days) \
                    and not self._settlement_of(doc, first, sent) and not self._relative_subject(doc, place, sent):
                continue  # "delegates from Japan will host", "the Japan Foundation"
            else:
                verb = self._host_verb_after(doc, place, sent, by_start)
            if verb is None or place.end < len(doc) and lower_words(doc)[place.end] == "to":
                continue  # "Malaysia to host ASEAN forum" is headline grammar: the body names the venue
            window = range(max(sent.start, start - CUE_WINDOW), min(sent.end, verb + CUE_WINDOW))
            if any(j != verb and (lower_words(doc)[j] in self.event_cues and lower_words(doc)[j] not in self.host_verbs or j in events)
                   for j in window):
                venue = self._place(doc, place, by_start)
                venue.id_ = "venue.host"
                yield venue

    def _dateline(self, doc: Doc):
        for span in spans_in(doc, settings.SPANS_DATELINE):
            if span_value(span, "nf_dateline"):
                return span_value(span, "nf_dateline")
        return None

    def _place(self, doc: Doc, place: Span, by_start: Dict[int, Span]) -> Span:
        """A city or country, widened to "City, Country" when the country follows."""
        info = span_value(place, "nf_place")
        end = place.end
        last = token_texts(doc)[place.end - 1]
        # "in Vina del Mar.": the full stop of a last word the tokenizer keeps with it ends the sentence
        written = place.text[:-1] if last[-1:] == "." and last[:-1].isalpha() and place.end - place.start > 1 else place.text
        value = {"name": written,  # as written (FACTS.md): "the Republic of Korea", not "South Korea"
                 # a city-state's entry carries its city ("Singapore")
                 "city": info.get("city") if info["kind"] in ("city", "country") else None,
                 "country": info.get("country"),
                 # (what kind of place: a country is one venue whatever rule found it, see records)
                 "place_kind": info["kind"]}
        outer_end = by_start[end + 1].end if end + 1 < len(doc) and token_texts(doc)[end] == "," and end + 1 in by_start else 0
        if outer_end and not (outer_end < len(doc) and token_texts(doc)[outer_end] in POSSESSIVES) \
                and not clause_subject_after(doc, place, self.clause_auxiliaries):
            # (not "Lima, Peru's minister"; not "in Lima, Peru has said": a country a clause's verb follows is its subject)
            outer = span_value(by_start[end + 1], "nf_place")
            # ("in Kevadia, Gujarat", "in Scotland, UK"; not two provinces of a list: "in Assam, Goa")
            if (outer["kind"] == "country" and info["kind"] in ("city", "region") or outer["kind"] == "region" and info["kind"] == "city") \
                    and outer.get("country") in (None, info.get("country")):
                end = by_start[end + 1].end
        if info["kind"] == "region" and end == place.end and end < len(doc) and lower_words(doc)[end] in self.region_heads:
            end += 1  # "visited Kanagawa Prefecture", "in Sichuan province": the name as written
        elif info["kind"] == "city" and end == place.end and self._region_head_at(doc, end):
            # "in Nagano Prefecture", "visited Kano State": a town's name with a region's head is the
            # region of that name (no city), in the town's country
            end += 1
            value.update(city=None, place_kind="region")
        # "in The Gambia", "to The Bahamas": a capitalised "The" inside a sentence is part of a country's name as written
        start = place.start - (info["kind"] == "country" and place.start > 0 and token_texts(doc)[place.start - 1] == "The"
                               and not doc[place.start - 1].is_sent_start)
        span = Span(doc, start, end, label="VENUE", span_id=f"venue.{info['kind']}")
        value["name"] = text_of(doc, start, end) if end > place.end or start < place.start else value["name"]
        set_span_value(span, "nf_venue", value)
        return span

    def _region_head_at(self, doc: Doc, end: int) -> bool:
        """A ``REGION_HEAD`` at ``end`` that closes a place's name ("in Nagano Prefecture on
        Friday", "in Cao Bang province,"): no capitalised word (but a day or month) goes on after
        it ("the Kano State Government" names a body), nor, after a lowercase head, a lowercase
        noun ("Lagos state officials" are people)."""
        if end >= len(doc) or lower_words(doc)[end] not in self.region_heads:
            return False
        if end + 1 >= len(doc):
            return True
        nxt = doc[end + 1]
        if is_capitalised(nxt):
            return token_texts(doc)[end + 1] in self.names.months_and_days
        # (a capitalised head closes a proper name: "the visit to Kano State ended on Friday")
        return doc[end].is_title or not (nxt.is_alpha and nxt.is_lower and not nxt.is_stop)

    def _region_after_the(self, doc: Doc, place: Span) -> bool:
        """ "in the Ashanti Region", "to the Nagano Prefecture", "in the Kurdistan Region": a town
        or region written with "the" is a place when a region's head closes its name."""
        return (span_value(place, "nf_place") or {}).get("kind") in ("city", "region") \
            and lower_words(doc)[place.start - 1] == "the" \
            and (self._region_head_at(doc, place.end) or len(place) > 1 and self._region_head_at(doc, place.end - 1))

    def _unlisted_region(self, doc: Doc, i: int, k: int, sent: Span, named: set) -> Optional[Span]:
        """ "met in the Kurdistan Region", "held in Jeju Province": capitalised name words no data
        knows, closed by a capitalised ``REGION_HEAD``, after "in" (and "the"), are a region (no
        city); its country the one the text names after it, else none (a region is often told
        of from abroad, so the dateline's country is no guide)."""
        # (a described event's name may end with the region: "held a meeting in the Kurdistan Region")
        told = next((e.end for e in spans_in(doc, settings.SPANS_EVENTS) if e.start < i < e.end), i)
        end = k
        while end < sent.end and end - k < TOWN_WORDS and (end not in named or end < told) and self.names.is_name_word(doc[end]) \
                and doc[end].is_alpha and not doc[end].is_upper and lower_words(doc)[end] not in self.region_heads \
                and token_texts(doc)[end] not in self.names.months_and_days and token_texts(doc)[end] not in self.not_towns:
            end += 1
        if end == k or end >= sent.end or not doc[end].is_title or not self._region_head_at(doc, end):
            return None
        span = Span(doc, k, end + 1, label="VENUE", span_id="venue.unlisted_region")
        set_span_value(span, "nf_venue", {"name": text_of(doc, k, end + 1), "city": None,
                                          "country": _country_after(doc, end + 1), "place_kind": "region"})
        return span

    @staticmethod
    def _country_after_the(doc: Doc, place: Span, sent: Span) -> bool:
        """ "in the Philippines", "to the Republic of Korea": a country written with "the" is a
        place as well; not when a capitalised word goes on ("in the Kenya Airways lounge")."""
        return (span_value(place, "nf_place") or {}).get("kind") == "country" and lower_words(doc)[place.start - 1] == "the" \
            and not (place.end < sent.end and doc[place.end].is_title)

    def _possessed(self, doc: Doc, end: int, limit: int) -> bool:
        """ "in Zambia's capacity as Chair", "in Kenya's interest": a possessive before a lowercase
        noun that is no settlement says whose, not where ("in Malaysia's capital" is a place)."""
        if not (end + 1 < limit and token_texts(doc)[end] in POSSESSIVES and doc[end + 1].is_lower):
            return False
        k = end + 1
        while k < limit and k < end + 4 and doc[k].is_lower and doc[k].is_alpha:
            if lower_words(doc)[k] in self.settlement_nouns:
                return False
            k += 1
        return True

    def _seat(self, doc: Doc, i: int, sent: Span) -> bool:
        """ "from its headquarters in Kigali", "an agency based in Lyon", "a terminal built at X": the
        "in" or "at" after a seat word locates a body or a thing; "met at the agency's headquarters
        in Accra" (a preposition of place shortly before) still makes X a venue."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        if lowers[i] not in ("in", "at") or i - 1 < sent.start or lowers[i - 1] not in self.seat_words:
            return False
        return not any(lowers[j] in PLACE_PREPOSITIONS for j in range(max(sent.start, i - 6), i - 1))

    def _apposed_settlement(self, doc: Doc, k: int, sent: Span, by_start: Dict[int, Span]) -> Optional[Span]:
        """ "in Kenya's capital Nairobi", "in the Kenyan capital, Nairobi", "in Korea's port city of
        Busan", "in the capital New Delhi": the city named after the settlement noun (that a
        country's name or demonym may own)."""
        j = k + 1 if is_capitalised(doc[k]) else k
        if k in by_start:
            j = by_start[k].end
        # "in the capital New Delhi", "in the port city, Mombasa": the noun alone before the city
        bare = j == k and k > sent.start and lower_words(doc)[k - 1] == "the" and lower_words(doc)[k] in self.settlement_nouns
        if j == k and not bare or j >= sent.end:
            return None
        if token_texts(doc)[j] in POSSESSIVES:
            j += 1
        noun = next((n for n in range(j, min(sent.end, j + 3)) if lower_words(doc)[n] in self.settlement_nouns), None)
        if noun is None or not all(doc[n].is_lower and doc[n].is_alpha for n in range(j, noun)):
            return None
        while noun + 1 < sent.end and lower_words(doc)[noun + 1] in self.settlement_nouns:
            noun += 1  # "port city"
        # ("..., Nairobi", "... of Busan")
        city = noun + 2 if noun + 2 < sent.end and lower_words(doc)[noun + 1] in (",", "of") else noun + 1
        if city in by_start and span_value(by_start[city], "nf_place").get("kind") == "city":
            return self._place(doc, by_start[city], by_start)
        return None

    def _demonym_settlement(self, doc: Doc, k: int, sent: Span) -> Optional[Span]:
        """ "in the Gambian capital", "to the Saudi capital": a settlement a demonym owns, named by
        its noun alone (``UNNAMED_SETTLEMENT``), is a place of that country; no city is named
        (one named after it, "the Kenyan capital, Nairobi", is read by :meth:`_apposed_settlement`)."""
        if k < 1 or lower_words(doc)[k - 1] != "the":
            return None
        demonym = next((p for p in spans_in(doc, settings.SPANS_PLACES) if p.start == k
                        and (span_value(p, "nf_place") or {}).get("kind") == "demonym"), None)
        if demonym is None or demonym.end >= sent.end or lower_words(doc)[demonym.end] not in self.unnamed_settlements:
            return None
        end = demonym.end + 1
        if end < sent.end and (is_capitalised(doc[end]) or token_texts(doc)[end] == "," and end + 1 < sent.end
                               and is_capitalised(doc[end + 1]) or lower_words(doc)[end] == "of"):
            return None  # ("the Kenyan capital Nairobi", "the Chilean capital of ...": a name follows)
        country = span_value(demonym, "nf_place").get("country")
        span = Span(doc, k, end, label="VENUE", span_id="venue.demonym_settlement")
        # "in Vienna this week ... in the Austrian capital on 7-8 December": the capital the story
        # names is the city (none named: no city, "the Gambian capital")
        capital = next((v for v in (span_value(p, "nf_place") for p in spans_in(doc, settings.SPANS_PLACES))
                        if v and v.get("capital") and v.get("country") == country), None) \
            if lower_words(doc)[demonym.end] == "capital" else None
        city = capital.get("city") if capital else None
        dateline = self._dateline(doc) if capital is None and lower_words(doc)[demonym.end] == "capital" else None
        if dateline and dateline.get("capital") and dateline["country"] == country:
            city = dateline["name"]  # ("NAIROBI -- ... talks in the Kenyan capital": the story's own)
        set_span_value(span, "nf_venue", {"name": city or span.text, "city": city, "country": country})
        return span

    def _named_settlement(self, doc: Doc, k: int, sent: Span, by_start: Dict[int, Span], dateline=None) -> Optional[Span]:
        """ "in the city of Luang Prabang", "in the ancient royal capital of Hue", "in the
        northwestern Iranian city of Tabriz", "in the Red Sea port of Jeddah": the place named
        (capitalised modifiers, a demonym or a region, may stand before the settlement noun);
        "in the city of Kofar Mata": a town no data knows (the dateline's country, if any)."""
        for j in range(k, min(sent.end - 2, k + SETTLEMENT_MODIFIERS + 1)):
            if not (doc[j].is_alpha and (doc[j].is_lower or doc[j].is_title) or token_texts(doc)[j] == "-" and j > k):
                return None
            # (the noun in lowercase: "the Port of Manila", "the City of London" name a facility, a district)
            if doc[j].is_lower and lower_words(doc)[j] in self.settlement_nouns and lower_words(doc)[j + 1] == "of" and j + 2 in by_start:
                return self._place(doc, by_start[j + 2], by_start)
            if doc[j].is_lower and lower_words(doc)[j] in self.settlement_nouns and lower_words(doc)[j + 1] == "of":
                town = self._unlisted_town_at(doc, j + 2, sent, dateline)
                if town is None:
                    return None
                span = Span(doc, j + 2, town[0], label="VENUE", span_id="venue.town")
                set_span_value(span, "nf_venue", {"name": town[1], "city": town[1], "country": town[2]})
                return span
        return None

    def _lone_name(self, doc: Doc, k: int, sent: Span, named, end: int = 0) -> bool:
        """ "held at the Riksdag", "at the Berlaymont by ...": one capitalised word after "the",
        with nothing that continues its name, is a building known by its name alone. Not an
        event ("at the Summit"), a body ("at the Council"), an acronym, a place or a person; and
        only after "at" ("in the Arctic", "in the Sahel" name regions)."""
        tok, end = doc[k], max(end, k + 1)  # (one word glued of several tokens: "Aiwan-e-Sadr")
        after_the = k >= 2 and lower_words(doc)[k - 1] == "the" and lower_words(doc)[k - 2] == "at"
        # "at Bangabhaban here", "at Akorda on Monday": also without "the", when the word is no
        # day or month and no town of the towns' data ("at Davos")
        # (also right after a visit verb: "visited Rajghat to lay a wreath", "toured Akorda on Monday")
        bare = k >= 1 and (lower_words(doc)[k - 1] == "at" or lower_words(doc)[k - 1] in self.visit_verbs) \
            and tok.text not in self.names.months_and_days and tok.text not in self.towns
        if not (after_the or bare) or k in named or not (tok.is_alpha and tok.is_title and len(tok) > 3):
            return False
        if tok.lower_ in self.event_cues or tok.lower_ in self.not_buildings:
            return False
        nxt = doc[end] if end < sent.end else None
        if not after_the:  # (no comma, "and" nor "in" before a name after a bare word: "the Charter on Rights
            # at Work, adopted", "met at Easter in Rome"; "at Bangabhaban in the evening" is one)
            in_time = nxt is not None and nxt.lower_ == "in" and end + 2 < sent.end and lower_words(doc)[end + 1] == "the" \
                and doc[end + 2].is_lower
            return nxt is None or nxt.text in (".", ";") or in_time or nxt.lower_ in self.lone_name_followers \
                and nxt.lower_ not in ("and", "in")
        return nxt is None or nxt.is_punct and nxt.text not in ("-", "'s", "’s") or nxt.lower_ in self.lone_name_followers

    def _cued_name(self, doc: Doc, k: int, end: int, sent: Span, named) -> bool:
        """ "held talks at the Temple Trees today", "was received at the Blue House on Monday": two
        or three capitalised words after "at the", right after an event's word, with nothing
        that continues the name, are a building known by its name alone. Not a place, an event
        ("at the Leaders Summit"), a body's word ("the Council") or a person."""
        words = lower_words(doc)
        if not (2 <= end - k <= CUED_NAME_WORDS and k >= 3 and words[k - 1] == "the" and words[k - 2] == "at"
                and words[k - 3] in self.event_cues):
            return False
        run = doc[k:end]
        if any(j in named for j in range(k, end)) or any(not (t.is_alpha and t.is_title) for t in run) \
                or any(t.lower_ in self.event_cues or t.lower_ in self.not_buildings for t in run) \
                or any(t.text in self.names.months_and_days for t in run) or run.text in self.towns:
            return False
        nxt = doc[end] if end < sent.end else None
        return nxt is None or nxt.is_punct and nxt.text not in ("-", "'s", "’s") or nxt.lower_ in self.lone_name_followers

    @staticmethod
    def _named_as_place(doc: Doc, place: Span, article_cities) -> bool:
        """ "is in Lima, Peru, attending the session ... at the Lima Convention Centre": the city
        that opens a building's name is also named as a place where things happen."""
        return any(c.text == place.text and c.start != place.start and c.start > 0
                   and lower_words(doc)[c.start - 1] in PLACE_PREPOSITIONS for c in article_cities)

    def _after_owner(self, doc: Doc, k: int, end: int) -> int:
        """ "the Ministry of Foreign Affairs' Pancasila Building": after an institution's plural
        possessive comes its building, the venue; "the Foreign Correspondents' Club" stays whole
        (its owners are people, no institution)."""
        for j in range(end - 2, k, -1):
            if _plural_possessive(doc, j) and any(lower_words(doc)[i] in self.institution_heads for i in range(k, j)):
                return j + 1
        return k

    def _story_city(self, doc: Doc, sent: Span, country: Optional[str], dateline, article_cities, building: int = -1,
                    abroad_of: Optional[str] = None):
        """A building's city when none is written beside it: the one city its own sentence is in
        or goes to before it, else the dateline's (a home-grown story names its buildings
        without their city; the real-press gold takes the dateline's city for them, "here" or
        not), else the city the story names most often; all in the building's country when
        that is known."""
        candidates = [c for c in article_cities if country in (None, span_value(c, "nf_place").get("country"))
                      and (abroad_of is None or span_value(c, "nf_place").get("country") != abroad_of)]
        if abroad_of is not None and dateline and dateline["country"] == abroad_of:
            dateline = None  # (a mission abroad is not in the home story's dateline city)
        # "will travel to Paris for ..., and a summit at the Elysee Palace", "LAHORE: ... After
        # landing in Islamabad, he met X at the Prime Minister House": one city that the
        # building's own sentence goes to or is in, before it, comes before the dateline's and
        # the story's most named one
        in_sentence = {span_value(c, "nf_place").get("city") or c.text: c for c in candidates if sent.start < c.start < building
                       and self._place_introduced(doc, c.start)}
        if len(in_sentence) == 1:
            name, place = next(iter(in_sentence.items()))
            # (not the place of another event told before the building: "adopted at the
            # seventh consultation in Bangkok, he told a press conference at Wisma Putra")
            if not dateline or place.start - 2 not in _tokens_of(doc, settings.SPANS_EVENTS):
                return name, span_value(place, "nf_place").get("country")
        gone_to = self._country_gone_to(doc, sent, building) if country is None else None
        if gone_to is None and country is None and not dateline and sent.start > 0:
            # "X landed in France on Wednesday. Macron hosted him at Elysee Palace.": a story with no
            # dateline, the country the sentence before goes to or is in (not the city it names most)
            gone_to = self._country_arrived_in(doc, sentence_of(doc, sent.start - 1))
        if gone_to and gone_to != abroad_of and not (dateline and dateline["country"] == gone_to):
            # "will travel to Kenya, where he will be received at State House": in the country the
            # sentence goes to or is in, not the dateline's; in its city only when the story
            # names one city of it as a place gone to or stayed in
            towns = {span_value(c, "nf_place").get("city") or c.text for c in article_cities
                     if span_value(c, "nf_place").get("country") == gone_to and self._place_introduced(doc, c.start)}
            return (next(iter(towns)) if len(towns) == 1 else None), gone_to
        if dateline and country in (None, dateline["country"]):
            return dateline["name"], dateline["country"]
        if candidates:  # the story's city: the one it names most often (the first of equals)
            counts = Counter(span_value(c, "nf_place").get("city") or c.text for c in candidates)
            place = max(candidates, key=lambda c: (counts[span_value(c, "nf_place").get("city") or c.text], -c.start))
            # (a city named once, after the building, of an occasion told apart: "at the President's
            # Office. ... during their visit to Bhutan in 2010 to attend the summit held in Thimphu")
            if counts[span_value(place, "nf_place").get("city") or place.text] > 1 or place.start < building:
                return span_value(place, "nf_place").get("city") or place.text, span_value(place, "nf_place").get("country")
        return None, country

    def _country_gone_to(self, doc: Doc, sent: Span, building: int) -> Optional[str]:
        """The one country that a preposition of place or motion, or a visit verb, introduces in
        ``sent`` before the building at ``building`` ("during his state visit to the US, he met
        X at the White House"), else None."""
        found = set()
        for place in spans_in(doc, settings.SPANS_PLACES):
            info = span_value(place, "nf_place") or {}
            if not sent.start < place.start < building or info.get("kind") != "country" or info.get("city"):
                continue
            k = place.start - 1 - (lower_words(doc)[place.start - 1] == "the")
            if self._place_introduced(doc, place.start) or lower_words(doc)[k] in PLACE_PREPOSITIONS | MOTION_PREPOSITIONS \
                    or lower_words(doc)[k] in self.visit_verbs:
                found.add(info.get("country"))
        return next(iter(found)) if len(found) == 1 else None

    def _settlement_between(self, doc: Doc, after: int, sent: Span) -> int:
        """ "at the Presidential Palace in the capital Ljubljana", "at the X Hall in the city of Y":
        after the "in" at ``after``, "the" and a settlement noun (and "of") stand before the town
        that locates the building; the position just before the town, else ``after``."""
        lowers = lower_words(doc)
        k = after + 1
        district = self._district_before_town(doc, after, sent)
        if district != after:
            return district
        # (a lowercase noun only: "the Guildhall in the City of London" names a district)
        if not (k + 2 < sent.end and lowers[after] == "in" and lowers[k] == "the" and lowers[k + 1] in self.settlement_nouns
                and doc[k + 1].is_lower):
            return after
        k += 2 + (lowers[k + 2] == "of")
        return k - 1 if k < sent.end and is_capitalised(doc[k]) else after

    def _district_before_town(self, doc: Doc, after: int, sent: Span) -> int:
        """ "at the Eko Convention Centre, Victoria Island, Lagos": after the comma at ``after``,
        a capitalised name the data lacks (a district) and another comma stand before the town
        of the data that locates the building; the position of that second comma, else ``after``."""
        if after >= sent.end or token_texts(doc)[after] != ",":
            return after
        places = {p.start for p in spans_in(doc, settings.SPANS_PLACES) if sent.start <= p.start < sent.end}
        end = after + 1
        while end < sent.end and end - after <= TOWN_WORDS and doc[end].is_alpha and doc[end].is_title \
                and end not in places and token_texts(doc)[end] not in self.names.months_and_days:
            end += 1
        if end == after + 1 or end + 1 >= sent.end or token_texts(doc)[end] != "," or end + 1 not in places:
            return after
        town = next(p for p in spans_in(doc, settings.SPANS_PLACES) if p.start == end + 1)
        return end if (span_value(town, "nf_place") or {}).get("kind") == "city" else after

    def _country_arrived_in(self, doc: Doc, sent: Span) -> Optional[str]:
        """The one country that a verb of going or arriving (``MOTION_CUE``, ``ARRIVAL_VERB``) and a
        preposition, or a visit verb, introduce in ``sent`` ("landed in France", "travelled to
        Peru", "is in Chile", "visited Chile"; not "the next Forum would be held in Tonga"), else None."""
        lowers, found = lower_words(doc), set()
        goers = self.motion_cues | self.arrival_verbs | BE_WORDS  # ("is in France for a state visit")
        for place in spans_in(doc, settings.SPANS_PLACES):
            info = span_value(place, "nf_place") or {}
            if not sent.start + 1 < place.start < sent.end or info.get("kind") != "country":
                continue
            k = place.start - 1 - (lowers[place.start - 1] == "the")
            if lowers[k] in self.visit_verbs or lowers[k] in PLACE_OR_MOTION_WORDS and lowers[k - 1] in goers:
                found.add(info.get("country"))
        return next(iter(found)) if len(found) == 1 else None

    def _place_introduced(self, doc: Doc, start: int) -> bool:
        """Whether a preposition of place or motion introduces the place at ``start``, also across
        a settlement noun ("arriving in the capital Doha", "in the city of Hue")."""
        k = start - 1
        if k > 0 and lower_words(doc)[k] == "of" and lower_words(doc)[k - 1] in self.settlement_nouns:
            k -= 1  # "the city of Hue"
        if k > 0 and lower_words(doc)[k] in self.settlement_nouns:
            k -= 1  # "the capital Doha"
            while k > 0 and lower_words(doc)[k] == "the":
                k -= 1
        return k >= 0 and lower_words(doc)[k] in PLACE_PREPOSITIONS | MOTION_PREPOSITIONS

    def _opening_place(self, doc: Doc, place: Span, name_end: int, by_start, article_countries, article_cities):
        """The city and country a place that opens a building's name gives it: its town
        ("Kuala Lumpur Convention Centre") when the story is there too, or when the name's head
        is a facility a city names after itself ("Doha International Airport" in a story from
        elsewhere); a house named after a town is not in it ("Hyderabad House" stands in New
        Delhi, ``NAMESAKE_HEAD``), but a town's house of more words is ("Kano Government House",
        "Lagos State House"), and "Korea National Diplomatic Academy" says the country only."""
        info = span_value(place, "nf_place")
        if lower_words(doc)[name_end - 1] in self.namesake_heads and place.end == name_end - 1:
            # "Hyderabad House" (in New Delhi), "Lancaster House" (in London): a house named after a town
            return None, info.get("country") if info["kind"] in ("country", "region") else None
        if lower_words(doc)[name_end - 1] in self.namesake_heads and info["kind"] == "city":
            return info.get("city") or place.text, info.get("country")  # "Kano Government House": the town's own
        story_there = any(c.get("country") == info.get("country") and (i < 0 or by_start[i].text != place.text)
                          for i, c in article_countries) or self._named_as_place(doc, place, article_cities)
        # ("Vancouver City Hall": a town's own hall stands in it)
        own_hall = place.end + 2 == name_end and lower_words(doc)[place.end:name_end] == ["city", "hall"]
        if info["kind"] == "city" and (story_there or own_hall or lower_words(doc)[name_end - 1] in self.city_facility_heads):
            return info.get("city") or place.text, info.get("country")
        return None, info.get("country") if info["kind"] in ("country", "region") else None

    def _opening_town(self, doc: Doc, k: int, name_end: int) -> tuple:
        """(city, country) of a town of the towns' data, of one country, that opens the name of a
        facility a city names after itself ("the Montego Bay Convention Centre"); else (None, None)."""
        if lower_words(doc)[name_end - 1] not in self.city_facility_heads:
            return None, None
        for end in range(min(name_end - 1, k + TOWN_WORDS), k, -1):
            countries = self.towns.get(text_of(doc, k, end))
            if countries and len(countries) == 1:
                return text_of(doc, k, end), countries[0]
        return None, None

    @staticmethod
    def _demonym_starts(doc: Doc) -> Dict[int, Span]:
        """The demonyms of the doc by first token ("Iraqi", "Kenyan")."""
        return {p.start: p for p in spans_in(doc, settings.SPANS_PLACES)
                if (span_value(p, "nf_place") or {}).get("kind") == "demonym"}

    def _demonym_owner(self, doc: Doc, k: int, name_end: int) -> Optional[str]:
        """ "held at the Iraqi Ministry of Foreign Affairs": a demonym opening a building's name
        places it in that state (its city then the story's city of that state); not a state's
        mission abroad ("the Indian Embassy", ``_mission``)."""
        if self._mission(doc, k, name_end):
            return None
        return (span_value(self._demonym_starts(doc)[k], "nf_place") or {}).get("country")

    def _headquarters_of(self, doc: Doc, k: int, sent: Span, dateline, article_cities) -> Optional[Span]:
        """ "at the headquarters of the General Secretariat": a body's seat written in lowercase
        before the body's name is the building."""
        if lower_words(doc)[k] not in self.owned_buildings or k + 2 >= sent.end or lower_words(doc)[k + 1] != "of":
            return None
        end = k + 1
        step = _name_goes_on(doc, end, sent.end, self.building_name_particles)
        if not step:
            return None
        while step:  # "of the Ministry of Foreign Affairs"
            end += step
            while end < sent.end and (is_capitalised(doc[end]) or _inside_name(doc, end, sent.end)):
                end += 1
            step = _name_goes_on(doc, end, sent.end, self.building_name_particles) or _body_name_goes_on(doc, k, end, sent.end)
        # ("at the office of the Prime Minister in Suva": the city told after it, a venue of its own only when named alone elsewhere;
        # "of the X Commission (XC), in Santiago": past the body's acronym)
        at = _comma_in(doc, is_acronym_paren(doc, end, sent.end), sent.end)  # (", in Pretoria": the comma's "in" stands for the building)
        town = next((p for p in spans_in(doc, settings.SPANS_PLACES) if p.start == at + 1 and at + 1 < sent.end
                     and lower_words(doc)[at] in ("in", ",") and span_value(p, "nf_place").get("kind") == "city"), None)
        if town is not None:
            info = span_value(town, "nf_place")
            city, country, consumed, town_at = info.get("city") or town.text, info.get("country"), town.end, town.start
        else:
            city, country = self._story_city(doc, sent, None, dateline, article_cities, k)
            consumed, town_at = end, None
        span = Span(doc, k, end, label="VENUE", span_id="venue.building")
        set_span_value(span, "nf_venue", {"name": span.text, "city": city, "country": country, "consumed": consumed,
                                          "town_at": town_at})
        return span

    def _name_end_before_city(self, doc: Doc, k: int, end: int, buildings: dict, by_start: Dict[int, Span]) -> int:
        """Where a building's name ends inside the capitalised run ``k:end``: before a day or month
        ("at the White House Wednesday morning"), or at its building word when a city closes the
        run ("at the Andean Secretariat Lima")."""
        while end > k + 1 and token_texts(doc)[end - 1] in self.names.months_and_days:
            end -= 1
        if end not in buildings and not (end + 1 < len(doc) and lower_words(doc)[end] in (",", "in") and end + 1 in by_start):
            # (not "the Kempinski Hotel Gold Coast City in Accra": a place after it, the run is the name)
            city = next((j for j in range(k + 1, end) if j in buildings and j in by_start and by_start[j].end == end
                         and span_value(by_start[j], "nf_place")["kind"] == "city"), None)
            end = city if city is not None else end
        return end

    def _city_building(self, doc, place: Span, sent, buildings, by_start, dateline) -> Optional[Span]:
        """The building named after a city's possessive ("Nairobi's Kenyatta International
        Convention Centre"), in that city; None when no building word ends the name after it."""
        start = place.end + 1
        end = _name_end(doc, start, sent.end)
        info = span_value(place, "nf_place")
        if end == start or not (end in buildings and buildings[end].start >= start) \
                or info.get("kind") not in ("city", "country"):
            return None
        venue = self._building(doc, start, sent, buildings, by_start, dateline)
        if venue is not None and info.get("kind") == "city":
            span_value(venue, "nf_venue").update(city=info.get("city") or place.text, country=info.get("country"))
        elif venue is not None:
            # "at Mexico's National Palace": the country's building; its city only as the text
            # places it there (not the dateline of a story from elsewhere)
            value = span_value(venue, "nf_venue")
            if value.get("town_at") is not None or lower_words(doc)[venue.end - 1] in self.owned_buildings:
                # "Pakistan's Embassy in Tehran": the town told after it; an embassy stands abroad
                return venue
            if value.get("country") != info.get("country") or dateline and dateline.get("country") != info.get("country"):
                value["city"] = None
            value["country"] = info.get("country")
        return venue

    def _building(self, doc, k, sent, buildings, by_start, dateline, building_starts=frozenset(), article_cities=(),
                  article_countries=(), named=frozenset()) -> Optional[Span]:
        """ "at the Kuala Lumpur Convention Centre", "at Istana Negara", "at Hotel Conrad, Nusa Dua"."""
        known = self.known_places.at(doc, k, sent.end)
        if known is not None:
            return self._known_building(doc, k, known, sent, by_start, dateline, article_cities, article_countries)
        end = self._name_end_before_city(doc, k, _name_end(doc, k, sent.end), buildings, by_start)
        if end == k:
            return self._headquarters_of(doc, k, sent, dateline, article_cities)
        if k in by_start and by_start[k].end == end and end + 1 < sent.end and token_texts(doc)[end] in POSSESSIVES:
            # "at Durban's Inkosi Albert Luthuli International Convention Centre": the city's building
            return self._city_building(doc, by_start[k], sent, buildings, by_start, dateline)
        extent = self._building_name(doc, k, end, sent, buildings, by_start, building_starts, named)
        if extent is None:
            return None
        k, end, name_end = extent
        if name_end is not None and k in by_start and by_start[k].end == name_end and k not in building_starts:
            # "at the Lima convention centre": the town itself (not a hotel chain's name: "the Shangri-La hotel")
            return self._place(doc, by_start[k], by_start)
        k = self._after_owner(doc, k, name_end or end)
        run = doc[k:name_end or end]
        # a place name that is itself the whole run is not a building ("in Kuala Lumpur")
        if k in by_start and by_start[k].end >= end:
            return None
        city, country, consumed, town_at = self._building_place(doc, k, end, name_end, sent, by_start, dateline,
                                                                article_cities, article_countries)
        held = _town_held(doc, k, name_end or end, by_start) if consumed == end else None
        if held is not None:  # ("at the bank's Manila headquarters": the town its name holds)
            city, country = held
        if k in building_starts and consumed == end:
            # "at Hilton Windhoek", "the Sofitel Rabat Jardin des Roses": a city inside a name that
            # a building's first word opens is where it stands (no place told after it)
            inner = next((by_start[j] for j in range(k + 1, name_end or end) if j in by_start
                          and span_value(by_start[j], "nf_place")["kind"] == "city"), None)
            if inner is not None:
                info = span_value(inner, "nf_place")
                city, country = info.get("city") or inner.text, info.get("country")
        span = Span(doc, k, name_end or end, label="VENUE", span_id="venue.building")
        set_span_value(span, "nf_venue", {"name": run.text, "city": city, "country": country, "consumed": consumed,
                                          "town_at": town_at})
        return span

    def _known_building(self, doc, k, known, sent, by_start, dateline, article_cities, article_countries) -> Span:
        """ "held talks at the Kremlin", "received at Dasman Palace", "at Lancaster house in London": a
        place of ``known_places.jsonl`` is a building (its capitalised run its name); where the text
        places it ("in London" after it) it stands, else in the table's country, in its city when
        the story names that city (a building's rule, ``venue.building``; the table line's id is
        kept in its value as ``known``)."""
        known_end, place = known
        end = max(known_end, self._name_end_before_city(doc, k, _name_end(doc, k, sent.end), {}, by_start))
        city, country, consumed, town_at = self._building_place(doc, k, end, None, sent, by_start, dateline,
                                                                article_cities, article_countries)
        if town_at is None:
            # (its city only as the story places it: the story's city (its sentence's, the dateline's,
            # the one named most) when that is the table's, else the table's city when its own
            # sentence names it, "at the Great Hall of the People in downtown Beijing")
            story, _ = self._story_city(doc, sent, place.country, dateline, article_cities, k)
            told = [c for c in (span_value(p, "nf_place").get("city") for p in article_cities if sent.start <= p.start < sent.end)
                    if same_city(c, place)]
            city, country = (story if same_city(story, place) else next(iter(told), None)), place.country
        span = Span(doc, k, end, label="VENUE", span_id="venue.building")
        set_span_value(span, "nf_venue", {"name": text_of(doc, k, end), "city": city, "country": country,
                                          "consumed": consumed, "town_at": town_at, "known": place.id})
        return span

    def _building_name(self, doc, k, end, sent, buildings, by_start, building_starts, named) -> Optional[tuple]:
        """Whether the capitalised run from ``k`` to ``end`` names a building, and where its name
        runs: (start, end, end of the name before a lowercase building word or None), else None."""
        owned = _owned_building_end(doc, k, end, sent.end, self.owned_buildings, buildings) \
            or _town_held_building_end(doc, end, sent.end, self.owned_buildings, by_start)
        if owned:
            end = owned  # "the ECOWAS Commission's Headquarters": a body's building by its name
        # (a hotel chain closing the name too: "at the Cavalieri Hilton in Rome", "the Islamabad Serena")
        is_building = bool(owned) or (end in buildings and buildings[end].start >= k) or k in building_starts \
            or end - 1 > k and end - 1 in building_starts \
            or any(b.start >= k and b.end <= end and self.patterns.meta(b.id_).get("inside_name") for b in buildings.values())
        # "the CasaPiedra convention centre": a lowercase building word after the name says what
        # the name is; it is not part of it
        lower_word = max((b for b in buildings.values() if b.start == end and doc[end].is_lower), key=len, default=None)
        name_end = None
        if lower_word is not None:  # (also after a name already known as one: "the Casa Piedra convention centre in X")
            # ... but a body's own building keeps its word: "the AU headquarters", "FAO headquarters"
            # ... and so does a lone acronym's: "the UN office in Geneva"
            acronym = end == k + 1 and doc[k].text.isupper() and len(doc[k].text) > 1
            name_end, end = None if lower_words(doc)[end] in self.owned_buildings or acronym else end, lower_word.end
            is_building = True
        # "at Bharat Mandapam, New Delhi": a name that a city follows is a building there
        # (not "in Narayanpur, Lakhimpur district": a town's name with a region's head is the region a town is in)
        if not is_building and end + 1 < sent.end and token_texts(doc)[end] == "," and end + 1 in by_start \
                and span_value(by_start[end + 1], "nf_place").get("kind") == "city" and k not in by_start \
                and not self._city_listed_after(doc, by_start[end + 1].end, sent, by_start) \
                and not self._region_head_at(doc, by_start[end + 1].end):
            is_building = True
        if not is_building and _one_word(doc, k, end) and self._lone_name(doc, k, sent, named, end):
            is_building = True
        if not is_building and self._cued_name(doc, k, end, sent, named):
            is_building = True
        if not is_building:
            return None
        while True:
            # "the Coordinating Ministry for Economic Affairs"; not "Lancaster House for Black Sea talks"
            step = _name_goes_on(doc, end, sent.end, self.building_name_particles) or int(
                end + 1 < sent.end and is_capitalised(doc[end + 1]) and lower_words(doc)[end] == "for"
                and lower_words(doc)[end - 1] in self.institution_heads)
            if not step:
                break
            # "the Department of State", "Palais des Nations"; "the Ministry of Fisheries and Aquaculture"
            end = _name_end(doc, end + step, sent.end)
        while end > k + 1 and token_texts(doc)[end - 1] in self.names.months_and_days:
            end -= 1  # "at the Great Hall of the People Tuesday": a day after the name is its date
        end = _before_person(doc, k, end)
        if name_end is None and end < sent.end and lower_words(doc)[end] == "headquarters" and token_texts(doc)[end - 1][:1].isupper():
            end += 1  # "the Ministry of Foreign Affairs headquarters": the building of that body
        if end + 1 < sent.end and token_texts(doc)[end] in POSSESSIVES and is_capitalised(doc[end + 1]):
            # "at Parliament's Legislative Council Chamber": the room or building inside it
            k = end = end + 1
            while end < sent.end and is_capitalised(doc[end]):
                end += 1
        return k, end, name_end

    @staticmethod
    def _city_listed_after(doc: Doc, j: int, sent: Span, by_start: Dict[int, Span]) -> bool:
        """ "will visit Bangalore, Chennai, New Delhi and Agra": another city after a comma or "and"
        at ``j`` makes the name before the first city one of a list of towns, not a building there;
        so does a list that "and" closes on a town or region, past capitalised names the data
        lacks ("will move to Namche, Pokhara, Annapurna Base Camp and Lumbini")."""
        lowers = lower_words(doc)
        while j + 1 < sent.end and lowers[j] in (",", "and"):
            kind = span_value(by_start[j + 1], "nf_place").get("kind") if j + 1 in by_start else None
            if kind == "city" or lowers[j] == "and" and kind == "region":
                return True
            if lowers[j] == "and" or kind is not None:
                return False
            end = _name_end(doc, j + 1, min(sent.end, j + 1 + TOWN_WORDS))
            if end == j + 1 or not all(doc[t].is_alpha for t in range(j + 1, end)):
                return False
            j = end
        return False

    def _mission(self, doc: Doc, k: int, end: int) -> bool:
        """Whether the building named from ``k`` to ``end`` is a state's mission abroad, an
        embassy, consulate (``POSTED_WORD``) or high commission: a country in its name is its
        owner, not its place."""
        words = lower_words(doc)[k:end]
        return any(word in self.posted_words or word == "high" and following == "commission"
                   for word, following in zip(words, words[1:] + [""]))

    def _building_place(self, doc, k, end, name_end, sent, by_start, dateline, article_cities, article_countries) -> tuple:
        """Where the building named from ``k`` to ``end`` stands: (city, country, the token after
        the words that said so): a place after it, "here", a city opening its name, "of" a country
        in it, else the story's city."""
        city, country, town_at, regional = None, None, None, False
        consumed = end + 1 if end < sent.end and lower_words(doc)[end] == "here" else end  # "the Skylight Hotel here"
        after = _comma_in(doc, is_acronym_paren(doc, end, sent.end), sent.end)  # "the ... Center (PICC) in Pasay City"
        if after < sent.end and after == end and after in by_start and span_value(by_start[after], "nf_place")["kind"] == "city":
            after -= 1  # "at the X Secretariat Jeddah": the city right after the building's word
        settled = self._settlement_between(doc, after, sent)  # "at the X Palace in the capital Y"
        if after + 1 < sent.end and (lower_words(doc)[after] in (",", "in") or after + 1 == end or settled != after) \
                and settled + 1 in by_start:
            after = settled
            # "at the Grand Pacific Hotel in Suva", "at Hotel Conrad, Nusa Dua"
            info = span_value(by_start[after + 1], "nf_place")
            city = info.get("city") if info["kind"] in ("city", "country") else None
            country = info.get("country")
            consumed = by_start[after + 1].end
            # "at the X Hall in Kano State", "in Sichuan province": in a region the text names, no town
            regional = info["kind"] == "region" or info["kind"] == "city" and self._region_head_at(doc, consumed)
            if info["kind"] == "city" and regional:
                city, consumed = None, consumed + 1
            elif info["kind"] == "city":
                town_at = after + 1  # the building's city; a venue of its own only when named alone (_add_building_towns)
            opening = span_value(by_start[k], "nf_place") if k in by_start else {}
            if city is None and opening.get("kind") == "city" and opening.get("country") == country:
                city = opening.get("city") or by_start[k].text  # "the Dubai Exhibition Centre, UAE"
        elif consumed > end and dateline:  # "at Hyderabad House here": the dateline's city, as "here" says
            city, country = dateline["name"], dateline["country"]
        elif k in by_start:
            city, country = self._opening_place(doc, by_start[k], name_end or end, by_start, article_countries,
                                               article_cities)
        else:
            city, country = self._opening_town(doc, k, name_end or end) if k not in self._demonym_starts(doc) \
                else (None, self._demonym_owner(doc, k, name_end or end))
        if country is None and k in self._demonym_starts(doc) and self._mission(doc, k, name_end or end):
            # "the Indian Embassy": a state's mission stands abroad, in the story's city of another state
            owner = (span_value(self._demonym_starts(doc)[k], "nf_place") or {}).get("country")
            return (*self._story_city(doc, sent, None, dateline, article_cities, k, abroad_of=owner), consumed, town_at)
        if country is None and not self._mission(doc, k, name_end or end):
            # "the Foreign Correspondents' Club of Thailand": "of" a country in the name (not "the
            # Embassy of Japan", "the Consulate General of Jamaica": a mission stands abroad)
            country = next((span_value(by_start[j], "nf_place").get("country") for j in range(k + 1, name_end or end)
                            if j in by_start and span_value(by_start[j], "nf_place")["kind"] == "country"
                            and lower_words(doc)[j - 1] == "of"), None)
        if city is None and not regional:
            city, country = self._story_city(doc, sent, country, dateline, article_cities, k)
            # ("the Saiki City Government Headquarters": a town the data lacks, written with "City")
            city = (None if k in by_start else _city_opening_name(doc, k, name_end or end)) or city
        return city, country, consumed, town_at


@Language.factory(
    "newsfacts_venues", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "span._.nf_place", "span._.nf_dateline", "span._.nf_event",
              "span._.nf_official"],
    assigns=["span._.nf_venue"],
)
def make_venue_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return VenueRecognizer(nlp, name, patterns_dir=patterns_dir)


def _goes_on(token) -> bool:
    """Whether ``token``, right after a place, goes on with the noun phrase the place stands in
    as a modifier ("US governors", "BiH Presidency"): a word that is no function word."""
    return token.is_alpha and not token.is_stop
