"""Events: meetings, summits, consultations, conferences, visits and signings.

Named events are capitalised runs ending in an event head ("25th ASEAN Summit", "13th
International Meeting of High Representatives for Security Matters (13th HROSM)"), or an
ordinal before an acronym whose long form is an event ("25th ASEAN SOMTC"). Descriptive
events are introduced with an article or a verb of holding: "a breakfast meeting",
"held talks", "his visit to Egypt". Heads are data (``patterns/events.jsonl``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import List, Optional, Tuple

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.events import TENS, WORD_ORDINALS as ORDINAL_VALUES, clean_event_name, event_ordinal
from .base import RuleComponent
from .extensions import doc_value, set_span_value, span_value
from .lengths import length_at
from .lexicon import longest_spans, lower_words, spans_in, token_indices, token_positions, token_texts
from .wordclasses import WordClasses
from .names import HYPHENS, NAMES_FILE, POSSESSIVES, NameWords, is_possessive
from .phrases import (APOSTROPHES, JOINING_DASHES, MAX_NAME_TOKENS, ORDINAL, PEOPLE, PHRASE_WORDS_FILE, PhraseWords, country_pair_start,
                      is_acronym_paren, is_capitalised, sent_of, split_coordination, text_of)

PATTERN_FILES = ("events.jsonl",)
BUILDING_FILE = "venues.jsonl"
#: The word classes the rules below consult (``patterns/event_words.jsonl``, documented there).
EVENT_WORDS_FILE = "event_words.jsonl"
#: The linking word classes the recogniser reads too (``MARGIN_WORD``: "on the sidelines of").
LINKING_WORDS_FILE = "linking_words.jsonl"
#: Lowercase words that may stand between the article and the head ("a bilateral meeting").
MODIFIERS = re.compile(r"^[a-z][a-z\-]+$")
DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Determiners before the people an event is with or between ("with his counterpart X").
PARTY_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
#: Groups sent to meet someone: "a delegation from the Andean Bank" (see ``_people_from``).
GROUP_NOUNS = frozenset({"delegation", "delegations", "team", "mission"})
#: Small words inside an office's title ("the Minister of Foreign Affairs of Mongolia").
TITLE_CONNECTORS = frozenset({"of", "for", "to"})
#: Heads of what one receives from a visitor: "received courtesy calls from", "received a visit from".
RECEIVED_HEADS = frozenset({"call", "calls", "visit", "visits"})
#: "the 12th round of the X", "the fifth edition of the X Forum": nouns of an ordinal that numbers the named event.
SERIES_PARTS = frozenset({"round", "edition"})
#: Possessives of people and groups ("their Andean counterparts' visit").
PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})
#: Participles before an owner's visit that describe the journey told elsewhere ("marking his first overseas visit").
MARKING_WORDS = frozenset({"marking", "marks", "marked"})
#: "his first summit" counts one person's occasions; "their first talks", "its 40th session" number
#: the editions of a pair's or a body's series.
ONE_PERSON_POSSESSIVES = frozenset({"his", "her"})
#: "in <place>" says where an event is, it is not part of its name.
LOCATION_WORDS = frozenset({"in"})
#: How many name words (and dashes) may stand between an ordinal and an acronym the text never
#: spells out ("the 20th Thailand – Laos JC")
MAX_PARTY_WORDS = 5
#: How many words the subject phrase of a head opening its sentence may have before its verb
#: ("Talks between the visiting French President and President X were due to take place")
MAX_SUBJECT_WORDS = 14
#: How many tokens a list of topics may run back to the word of talking that governs it ("discussed
#: bilateral cooperation, the situation in the region, accession to the EU and the dialogue ...")
MAX_TOPIC_LIST = 30
#: How many words may stand between an acronym opening a name in a headline and its head ("SADC
#: Energy Ministers Meeting")
MAX_HEADLINE_MODIFIERS = 3
#: How many words a vague time after a head may have ("later this month", "early next year")
MAX_VAGUE_TIME = 3
#: How many tokens (spaces among them) may stand before "meeting" in "During the meeting"
MAX_OPENING_TOKENS = 4
#: The head a sentence opening "During the meeting" names
MEETING_WORD = frozenset({"meeting"})
#: Words after a retold head that make it another event or a thing ("the meeting of the Council").
RETOLD_COMPLEMENTS = frozenset({"of", "between", "with"})
#: The rule of a meeting told by its verb and first named by a later "the meeting" (:meth:`EventRecognizer._first_retold`).
RETOLD_RULE = "event.lower.retold"
#: Words told after a ceremony's purpose in its name ("for the exchange of ten Memoranda of Understanding").
MAX_PURPOSE_WORDS = 6
#: Words between a signing and the passive participle of its witness ("was witnessed by", ", attended by").
PASSIVE_LINKS = frozenset({"was", "were", ","})
#: "X welcomed Y in Doha on Monday", "The leaders' meeting has opened in Kigali": a meeting told by
#: its host's verb or by its opening.
WELCOME_VERBS = frozenset({"welcomed", "welcomes", "opened"})
#: "after their meeting in Amman on Monday": an owner's noun dated or placed in its own clause ("the meeting held in
#: Lima on Monday went well" points back to a meeting told elsewhere).
OWNER_DETERMINERS = frozenset({"their", "his", "her"})
#: How many words the plural noun phrase of a group who meet may have ("the defence ministers")
MAX_GROUP_WORDS = 4
#: How many sentences (and tokens) after a gathering told by its verb may call it "the meeting"
MEETING_CALLED_WITHIN = 3
MEETING_CALLED_TOKENS = 200
#: How many words may open a sentence before a description its copula gives ("This would be the
#: President's")
MAX_COPULA_REACH = 8
#: The heads of a release's title line that names one occasion by whose it is ("Secretary X's
#: Meeting with Y", "... Call with Y") and the words that open such a line before the owner
#: ("Readout on", "Readout of").
READOUT_HEADS = frozenset({"meeting", "call"})
READOUT_OPENERS = frozenset({"readout", "on", "of"})
#: How many tokens a purpose clause may run between a signed document's name and the day of its
#: signing ("the signing of the X Communique to establish ties between A and B on 26 April 2022")
MAX_SIGNING_PURPOSE = 14
#: How many tokens an apposition between an event's head and its verb may have ("The summit,
#: the largest ever held in Africa, opened on Monday")
MAX_APPOSITION = 12
#: The rule suffix of the second visit of a journey to two places (:meth:`EventRecognizer._split_destinations`).
DESTINATION_SUFFIX = ".destination"
#: Rule suffix of a meeting with the second or a later official of a list met ("... and B").
LISTED_SUFFIX = ".listed"
#: The rule of an event's acronym after "the next" said to be held where or when (:meth:`EventRecognizer._next_edition`).
NEXT_ACRONYM_RULE = "event.next_acronym"
#: How many words the verb of "The next meeting will take place in X" may take before its place.
MAX_NEXT_VERB = 5
#: The suffix of a described head's rule when a name with capitals owns it ("the CARICOM summit",
#: "the Gulf summit"): a named event (FACTS.md), counted with no date or place of its own.
NAMED_SUFFIX = ".named"
#: How many tokens may stand between a journey's destination and its date before a next stop
#: ("a visit to Lima and Ica in Peru on 3 May, and Cusco on 5 May")
MAX_STOP_WORDS = 8
#: Ordinals written as words (the normaliser's table); the words that stand like them but give
#: no number ("inaugural") are the word class ``OPENING_WORD``.
WORD_ORDINALS = frozenset(ORDINAL_VALUES)
#: Word ordinals that number an edition reported now ("the eighth JCBC"): beyond the first
#: ("the first X", like "the inaugural X", is cited as the series' founding).
SERIES_ORDINALS = frozenset(word for word, value in ORDINAL_VALUES.items() if value > 1)
#: "forty-ninth": a tens word joined to a unit ordinal by a hyphen.
TENS_WORDS = frozenset(TENS)


def _compound_ordinal_start(doc: Doc, start: int, limit: int) -> int:
    """The start of "forty-ninth" when ``start`` is at its "ninth"."""
    if start - 2 >= limit and lower_words(doc)[start] in WORD_ORDINALS and token_texts(doc)[start - 1] == "-" \
            and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and lower_words(doc)[start - 2] in TENS_WORDS:
        return start - 2
    return start
#: "COP5", "CHOGM2024" is not one: an acronym and a number of at most three digits.
NUMBERED_ACRONYM = re.compile(r"^([A-Z]{2,})(\d{1,3})$")
NUMBER_SUFFIX = re.compile(r"\d+$")
#: The year of an edition written after its acronym ("CHOGM 2024").
YEAR = re.compile(r"^(?:19|20)\d\d$")
EDITION_NUMBER = re.compile(r"^[1-9]\d?$")
#: Plural nouns for groups of people: "a meeting of naval planners", "of senior officials".
#: Quotation marks around a modifier: held an "informal" meeting.
MODIFIER_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
#: an opening and a closing quotation mark of one quoted phrase
QUOTE_PAIRS = frozenset({('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019")})
#: Capitalised visit heads ("State Visit to India"): a visit told again after a described one.
NAMED_VISIT_RULES = frozenset({"event.visit", "event.state_visit", "event.official_visit", "event.working_visit"})
#: Prepositions before an acronym naming a gathering with no article ("ahead of APEC meeting in Lima").
ACRONYM_LEADS = frozenset({"to", "at", "for", "of", "during", "before", "after", "attend"})
#: Words of a coming edition that someone attends ("will attend the next meeting of X on 9 May").
COMING_WORDS = frozenset({"next", "upcoming"})
#: Counts of documents signed that are no numbers ("the signing of several instruments").
DOCUMENT_COUNTS = frozenset({"several", "multiple", "various", "numerous"})
#: Counts of the sides a meeting is between ("between the two governments", "between both sides").
SIDE_COUNTS = frozenset({"two", "both", "three", "four"})
#: Adjectives by their ending ("ministerial", "extraordinary", "consultative", "informal").
ADJECTIVE = re.compile(r"(?:al|ary|ive|ic)$")
#: An acronym an ordinal numbers: "31st ASOD", "9th ADSOM WG", "2nd SOMTC+3".
BARE_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+&]*[A-Z0-9]$")


def _lower_word_start(doc: Doc, k: int, limit: int, is_ordinal, compound: bool = False) -> Optional[int]:
    """Start of the lowercase word ending at ``k`` ("political"); with ``compound``, a
    hyphenated word right after a numeral ordinal is one word ("the 21st extra-ordinary
    session"; not "his first in-person meeting", a person's); None for an ordinal, a stop
    word or no word."""
    if k <= limit:
        return None
    tok = doc[k - 1]
    if not (tok.is_lower and tok.is_alpha) or is_ordinal(tok) or tok.is_stop:
        return None
    if k - 3 >= limit and token_texts(doc)[k - 2] in HYPHENS and not doc[k - 2].whitespace_ \
            and not doc[k - 3].whitespace_ and doc[k - 3].is_lower and doc[k - 3].is_alpha \
            and compound and k - 4 >= limit and is_ordinal(doc[k - 4]) and token_texts(doc)[k - 4][:1].isdigit():
        return k - 3
    return k - 1


#: How many words a fronted adverbial of time or place may have between a verb and its object
#: ("witnessed on Tuesday at the National Palace the signing of ...").
MAX_ADVERBIAL = 8

#: Copulas: a head after one and its article describes a subject, it tells no event.
COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
#: Heads a clause does not date: "a call for applications", "a session on X" (a part of the
#: event reported), "the launch of X" (no meeting, FACTS.md).
NO_CLAUSE_HEADS = frozenset({"call", "session", "launch"})
#: Words right after a bare head that make it a verb with its object ("meeting its targets").
CLAUSE_OBJECTS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
#: Words that set an occasion apart from the one reported ("the recent meeting in X").
OTHER_TIMES = frozenset({"recent", "future", "round"})
#: Marks that end a clause.
CLAUSE_MARKS = frozenset({",", ";", ":", "\u2014", "\u2013"})
#: Prepositions opening such an adverbial.
ADVERBIAL_PREPOSITIONS = frozenset({"on", "at", "in"})
#: Quantifiers before a group of people named by capitals ("met with various Heads of Mission").
GROUP_QUANTIFIERS = frozenset({"various", "several"})
# the rule of "discussed with X" (a meeting told by its verb, with "with" and whom it is with)
DISCUSS_VERB_RULE = "event.lower.discuss.verb"
#: "called on President X at State House on Monday": a courtesy call told by its verb.
CALL_ON_RULE = "event.lower.call_on.verb"
#: "spoke today with Foreign Minister X", "spoke by phone on Monday with X": a call told by its verb.
SPEAK_VERB_RULE = "event.lower.speak.verb"
# words right before "discussed" that end its subject or help the verb ("they also discussed with")
DISCUSSION_SUBJECT_ENDS = frozenset({"had", "has", "have", "also", "they", "he", "she", "then"})
#: "here" and the parts of a day that stand with a date between a verb and its complement ("met here
#: Sunday afternoon with X").
DAY_PARTS = frozenset({"here", "morning", "afternoon", "evening", "night"})
#: marks closing a dateline or a lead-in before a clause ("Lima, May 3 (ANI): X called on Y")
CLAUSE_BREAKS = frozenset({":", "\u2014", "\u2013", "--", "-"})
#: a person called on told by a pronoun ("X called on him at his office on Tuesday")
CALLED_PRONOUNS = frozenset({"him", "her"})
#: words opening a clause of its own before a verb ("X, who arrived on Friday, called on Y")
CLAUSE_OPENERS = frozenset({"who", "which", "after", "before", "since", "when", "while"})


def _before_adverbials(doc: Doc, k: int, limit: int) -> Optional[int]:
    """The token before ``k``, or, when "on Tuesday", "at Mexico's National Palace", "in Suva
    yesterday" (a preposition and capitalised words or a date, or a date alone) stands right
    before ``k``, the token before that; None at the sentence's start."""
    days = {i for span in spans_in(doc, settings.SPANS_DATES) for i in range(span.start, span.end)}
    j = k - 1
    while j > limit and k - j <= MAX_ADVERBIAL and (is_capitalised(doc[j]) or token_texts(doc)[j] in POSSESSIVES
                                                   or doc[j].like_num or lower_words(doc)[j] == "the" or j in days):
        j -= 1
    if j < k - 1 and j > limit and lower_words(doc)[j] in ADVERBIAL_PREPOSITIONS:
        return _before_adverbials(doc, j, limit)
    if j < k - 1 and j + 1 in days:
        return j  # "witnessed yesterday the signing of ..."
    return k - 1 if k - 1 >= limit else None


def _manner_compound_start(doc: Doc, k: int, limit: int) -> Optional[int]:
    """The start of "face-to-face", "one-on-one" (three words joined by two hyphens) ending at
    ``k``, when a determiner or a verb stands before it; else None."""
    if k - 6 < limit or not all(token_texts(doc)[i] in HYPHENS and not doc[i].whitespace_ and not doc[i - 1].whitespace_
                                for i in (k - 2, k - 4)):
        return None
    return k - 5 if all(doc[i].is_alpha and doc[i].is_lower for i in (k - 5, k - 3, k - 1)) else None


def _between_destinations(words: List[str]) -> Optional[List[str]]:
    """The words between the two places of a journey "to A and B" when they join them: "and", "and
    the", after a bracketed acronym of the first ("to the United Arab Emirates (UAE) and India");
    else None."""
    if len(words) >= 3 and words[0] == "(" and words[2] == ")" and words[1].isupper():
        words = words[3:]
    return words if words in (["and"], ["and", "the"]) else None


def _span_edges(doc: Doc, key: str, keep=None) -> dict:
    """The (start, end) of the spans of ``doc.spans[key]`` (those ``keep`` accepts) by their first
    token and by the token after them; read once per doc and key (kept in ``doc.user_data``)."""
    cache = doc.user_data.setdefault("nf_span_edges", {})
    name = f"{key}:{keep is not None}"
    if name not in cache:
        edges = {}
        for span in spans_in(doc, key):  # (the spans listed once per doc, not made again)
            if keep is None or keep(span):
                edges.setdefault(span.start, (span.start, span.end))
                edges[span.end] = (span.start, span.end)
        cache[name] = edges
    return cache[name]


def _dated_in_clause_before(doc: Doc, det: int, limit: int) -> bool:
    """ "X in March last year made a state visit to Y", "On 4 May 2019 the President paid a visit to
    Y": a visit introduced by "a"/"an" in a clause (back to the sentence's start or the last comma,
    semicolon or colon) that a date dates is an occasion of its own day, not a visit told before
    told again ("On Monday, during the visit to Y": the date stands in another clause)."""
    if det <= limit or doc[det - 1].lower_ not in ("a", "an"):
        return False
    dates = _span_edges(doc, settings.SPANS_DATES)
    for k in range(det - 1, limit - 1, -1):
        if doc[k].text in (",", ";", ":"):
            return False
        if dates.get(k + 1, (None, None))[1] == k + 1:  # (a date ends right after word k)
            return True
    return False


def _after_dateline(doc: Doc, start: int, head: int) -> int:
    """The first token at or after ``start`` that follows the dateline, when the dateline ends
    between ``start`` and ``head`` ("LIMA (AP) The Third Summit ...": no name begins in it)."""
    end = doc_value(doc, "dateline_end")
    if not end or doc[start].idx >= end or doc[head].idx < end:
        return start
    while start < head and doc[start].idx < end:
        start += 1
    return start


def _fronted_phrase(doc: Doc, comma: int, sent: Span, fronting_prepositions: frozenset) -> bool:
    """ "Upon the initiative of the Turkmen side, the meeting of ...": the first comma of a
    sentence opened by a preposition (``FRONTING_PREPOSITION``) closes a fronted phrase, not a
    name that an apposition describes."""
    return lower_words(doc)[sent.start] in fronting_prepositions and not any(t.text == "," for t in doc[sent.start:comma])


def _parties_only(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start``..``end`` holds only two or more countries joined by hyphens or dashes
    ("Kenya-Ghana", "Turkmenistan \u2013 Turkey"): the parties of what follows, no subject of
    their own."""
    texts = token_texts(doc)
    if not all(t[:1].isupper() or t in HYPHENS or t in JOINING_DASHES for t in texts[start:end]):
        return False  # asked of most described heads: the places are looked up only for capitals and dashes
    countries, i = 0, start
    by_start = {p.start: p.end for p in spans_in(doc, settings.SPANS_PLACES)
                if (span_value(p, "nf_place") or {}).get("kind") == "country"}
    while i < end:
        if i in by_start and by_start[i] <= end:
            countries, i = countries + 1, by_start[i]
        elif texts[i] in HYPHENS or texts[i] in JOINING_DASHES:
            i += 1
        else:
            return False
    return countries >= 2


#: Words between a place and the described head it places ("spoke at the X Hall during the talks").
_DURING_WORDS = frozenset({"during", "the", "a", "an", "their", "his", "her"})


def _place_right_before(doc: Doc, j: int, k: int) -> bool:
    """ "The President spoke at the X Conference Hall during the bilateral talks with Y": a place (a
    town starting at ``j``, with the capitalised words of a building after it) right before "during"
    and the head's article or owner (``k``) is where the head's event is held."""
    edges = {**_span_edges(doc, settings.SPANS_PLACES), **_span_edges(doc, settings.SPANS_VENUES)}
    place = edges.get(j)
    if place is None or place[1] >= k:
        return False
    end = place[1]
    while end < k and token_texts(doc)[end][:1].isupper():
        end += 1  # (a building named after its town: "the Hyderabad House Conference Hall")
    between = lower_words(doc)[end:k]
    return bool(between) and between[0] == "during" and all(w in _DURING_WORDS for w in between)


def _word_before(doc: Doc, k: int, limit: int) -> int:
    """The last token before ``k`` that is not the whitespace of a hard-wrapped line ("paid a\n
    two-day working visit": the word before a descriptive head's modifiers), ``limit`` - 1 when none."""
    j = k - 1
    while j >= limit and doc[j].is_space:
        j -= 1
    return j


def _title_line(doc: Doc, sent: Span) -> bool:
    """A title in sentence case: the story's first line, on a line of its own without a full stop,
    before a body ("ECOWAS leaders meet for an ordinary session in Abuja"). A described event there
    is the one the body reports again, in its own words."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None or sent.start != first.i or sent.end >= len(doc):
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    after = doc[sent.end - 1] if doc[sent.end - 1].is_space else doc[sent.end]
    return last is not None and last.text not in (".", "!", "?", ":", ";", ",") and "\n" in after.text + after.whitespace_ \
        and len(sent) <= 25


def _drop_title_repeats(doc: Doc, found: list) -> list:
    """A described event in a title line is the one the body reports in its own words, when the
    body names any event: "ECOWAS leaders meet for an ordinary session in Abuja" above "The
    62nd Ordinary Session of the Authority will take place on Sunday" (a bare head below it,
    "The session opens on Monday", is the title's event told again)."""
    title = [f for f in found if f[2].startswith("event.lower") and not f[2].endswith(".numbered")
             and _title_line(doc, sent_of(doc[f[0]]))]
    if not title or not any(sent_of(doc[f[0]]).start != sent_of(doc[title[0][0]]).start
                            and not (f[2].startswith("event.lower") and f[1] - f[0] == 1) for f in found):
        return found
    return [f for f in found if f not in title]


@lru_cache(maxsize=50_000)
def _fronted_date_start(doc: Doc, left: int, sent: Span) -> int:
    """ "On Tuesday, both leaders presided over the signing of X", "On 3 May, the envoys held
    talks": a date opening the sentence (after a preposition or not) and set off by the comma that
    ends at ``left`` is a fronted adverbial of time, which dates the main clause after it: the
    sentence's start, else ``left``."""
    if left - 1 <= sent.start or token_texts(doc)[left - 1] != ",":
        return left
    first = sent.start + (lower_words(doc)[sent.start] in FRONTED_TIME_PREPOSITIONS)
    fronted = any(d.start in (sent.start, first) and d.end == left - 1 for d in spans_in(doc, settings.SPANS_DATES))
    return sent.start if fronted else left


def _dated_by_fronting(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` stands in the main clause of a sentence opened by a fronted date
    (:func:`_fronted_date_start`): no comma, semicolon or colon between that date's comma and it."""
    sent = sent_of(doc[i])
    texts = token_texts(doc)
    left = next((j + 1 for j in range(i - 1, sent.start - 1, -1) if texts[j] in CLAUSE_MARKS), sent.start)
    return left > sent.start and _fronted_date_start(doc, left, sent) == sent.start


#: A signing's heads, one and several told together, introduced alike ("the signing took place",
#: "The signings took place on Christmas Eve", "witnessed the signing of X").
SIGNING_HEADS = frozenset({"signing", "signings"})

#: Prepositions that open a fronted date ("On Tuesday, ...", "In March 2023, ...").
FRONTED_TIME_PREPOSITIONS = frozenset({"on", "in"})


def _pair_end(doc: Doc, k: int, limit: int) -> Optional[int]:
    """The end of a pair of parties written as one hyphenated word from ``k`` ("ASEAN-Japan",
    "China-Africa": capitalised parts, no space between), else None."""
    j = k
    while j + 1 < limit and not doc[j].whitespace_ and (token_texts(doc)[j + 1] in HYPHENS or token_texts(doc)[j] in HYPHENS):
        j += 1
    return j + 1 if j > k and is_capitalised(doc[k]) and is_capitalised(doc[j]) and token_texts(doc)[j] not in HYPHENS else None


def _pair_start(doc: Doc, end: int, limit: int) -> Optional[int]:
    """The start of a pair of parties written as one hyphenated word ending right before ``end``,
    else None (see :func:`_pair_end`)."""
    j = end - 1
    while j - 1 >= limit and not doc[j - 1].whitespace_ and (token_texts(doc)[j - 1] in HYPHENS or token_texts(doc)[j] in HYPHENS):
        j -= 1
    return j if j >= limit and j < end - 1 and _pair_end(doc, j, end + 1) == end else None


def _same_head(doc: Doc, named: tuple, end: int) -> bool:
    """Whether the head ending at ``end`` is the head of the ``named`` event's name, or the
    letters of its numbered acronym ("the first Pacific COP" after "COP31")."""
    head, other = lower_words(doc)[end - 1], lower_words(doc)[named[1] - 1]
    return head == other or NUMBERED_ACRONYM.match(token_texts(doc)[named[1] - 1] or "") is not None \
        and other.rstrip("0123456789") == head


def _is_ordinal_text(text: str) -> bool:
    """Whether a word is written as an ordinal ("25th"): kept per word, each doc asks for all."""
    return bool(ORDINAL.match(text))


#: How many words after a body's name named by an office a verb of meeting may stand ("will meet").
MEET_AFTER_OFFICE = 3


class EventRecognizer(RuleComponent):
    pattern_files = PATTERN_FILES
    data_files = (BUILDING_FILE, EVENT_WORDS_FILE, LINKING_WORDS_FILE, NAMES_FILE, PHRASE_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        self._compile_words(WordClasses(self.rules[EVENT_WORDS_FILE], EVENT_WORDS_FILE))
        # "a meeting on the sidelines of the X Summit" is held beside X, not a part of it
        linking = WordClasses(self.rules[LINKING_WORDS_FILE], LINKING_WORDS_FILE)
        self.margin_words = linking["MARGIN_WORD"]
        # "During the meeting, ...": a sentence opened so speaks of the occasion told before it
        self.refer_prepositions = linking["REFER_PREPOSITION"]
        # "the visit of X to Peru": a journey's destination, told in its complement, is its place
        self.journey_heads = linking["TRAVEL_HEAD"]
        self.names = NameWords.of_rules(self.rules)
        self.phrases = PhraseWords.of_rules(self.rules, self.names)
        self.head_words = frozenset(
            e.pattern.split()[-1] for e in self.patterns.entries
            if isinstance(e.pattern, str) and e.label not in ("EVENT_VISIT_VERB", "EVENT_MEET_VERB")
        )
        self._event_names: dict = {}
        # "the Council meeting on Monday": a body's name before a lowercase head is a modifier of it
        self.body_heads = frozenset(
            e.pattern for e in self.patterns.entries
            if isinstance(e.pattern, str) and e.label == "EVENT_BODY_HEAD" and " " not in e.pattern)
        self.lower_body_heads = frozenset(h.lower() for h in self.body_heads)
        # (not the heads of a group or a journey sent somewhere, ``"destination": true``: "the delegation
        # held meetings" names no "delegation with X"; those are events only by :meth:`_no_destination`)
        self.lower_heads = frozenset(
            e.pattern.split()[-1] for e in self.patterns.entries
            if isinstance(e.pattern, str) and e.label == "EVENT_HEAD_LOWER" and self.patterns.meta(e.id).get("destination") is not True)
        # "Talks between X and Y were held ...": a sentence's first word, capitalised by its place,
        # is the lowercase head of that spelling (its rule, unless that rule makes no event)
        self.lower_rule = {
            e.pattern: e.id for e in self.patterns.entries
            if isinstance(e.pattern, str) and e.label == "EVENT_HEAD_LOWER" and " " not in e.pattern
            and e.pattern.islower() and self.patterns.meta(e.id).get("event") is not False}
        # the venue rules' building words ("Centre", "Harbour", "Palace") end a place one visits
        self.building_words = frozenset(
            e.pattern for e in self.rules[BUILDING_FILE]
            if e.label == "BUILDING" and isinstance(e.pattern, str) and " " not in e.pattern)

    def _compile_words(self, words: WordClasses) -> None:
        """The word classes of ``event_words.jsonl`` (documented there), one attribute each;
        a class the file lacks is an error naming the file."""
        self.introducers = words["INTRODUCER"]
        self.hold_verbs = words["HOLD_VERB"]
        self.head_building_words = words["BUILDING_WORD"]
        self.other_occurrence = words["OTHER_OCCURRENCE"]
        self.meet_verbs = words["MEET_VERB"]
        self.counterpart_nouns = words["COUNTERPART_NOUN"]
        self.plan_words = words["PLAN_WORD"]
        self.time_words = words["TIME_WORD"]
        self.happen_words = words["HAPPEN_WORD"]
        self.opening_verbs = words["OPENING_VERB"]
        self.gathering_heads = words["NAMED_GATHERING_HEAD"]
        self.announcing_words = words["ANNOUNCING_WORD"]
        self.habitual_words = words["HABITUAL_WORD"]
        self.announcing_adverbs = words["ANNOUNCING_ADVERB"]
        self.witness_verbs = words["WITNESS_VERB"]
        self.ceremony_purposes = words["CEREMONY_PURPOSE"]
        self.time_prepositions = words["TIME_PREPOSITION"]
        self.request_verbs = words["REQUEST_VERB"]
        self.nouns_after = words["NOUN_AFTER"]
        self.ordinal_determiners = words["ORDINAL_DETERMINER"]
        self.collectives = words["COLLECTIVE"]
        self.legislature_heads = words["LEGISLATURE_HEAD"]
        self.sign_verbs = words["SIGN_VERB"]
        self.talks_heads = words["TALKS_HEAD"]
        self.coordinated_series = words["COORDINATED_SERIES"]
        self.complement_words = words["COMPLEMENT_WORD"]
        self.place_name_heads = words["PLACE_NAME_HEAD"]
        self.name_introducers = words["NAME_INTRODUCER"]
        self.part_of_event = words["PART_OF_EVENT"]
        self.same_event = words["SAME_EVENT"]
        self.passive_auxiliaries = words["PASSIVE_AUXILIARY"]
        self.scheduled_words = words["SCHEDULED_WORD"]
        self.chair_words = words["CHAIR_WORD"]
        self.organiser_verbs = words["ORGANISER_VERB"]
        self.body_owners = words["BODY_OWNER"]
        self.duration_units = words["DURATION_UNIT"]
        self.fronting_prepositions = words["FRONTING_PREPOSITION"]
        self.opening_words = words["OPENING_WORD"]
        self.quality_words = words["QUALITY_WORD"]
        self.plural_heads = words["PLURAL_HEAD"]
        self.several_modifiers = words["SEVERAL_MODIFIER"]
        self.report_verbs = words["REPORT_VERB"]
        # a finite verb after a name ends the party ("on a state visit to X met Y", "the visit to X
        # follows ...", "X said"): meeting, happening, sequence and reporting verbs
        self.verbs_after_party = (self.meet_verbs | self.happen_words | self.report_verbs
                                  | {w for w in self.time_prepositions if w.endswith("s")})
        self.stance_verbs = words["STANCE_VERB"]
        self.describing_subjects = words["DESCRIBING_SUBJECT"]
        self.preside_verbs = words["PRESIDE_VERB"]
        self.receive_verbs = words["RECEIVE_VERB"]
        self.delegation_nouns = words["DELEGATION_NOUN"]
        self.world_regions = words["WORLD_REGION"]
        self.pair_nouns = words["PAIR_NOUN"]
        self.manner_prepositions = words["MANNER_PREPOSITION"]
        self.manner_nouns = words["MANNER_NOUN"]
        self.attend_verbs = words["ATTEND_VERB"]
        self.sitting_modifiers = words["SITTING_MODIFIER"]
        self.intent_words = words["INTENT_WORD"]
        self.topic_words = words["TOPIC_WORD"]
        self.act_heads = words["ACT_HEAD"]
        self.caption_marks = words["CAPTION_MARK"]
        self.numbered_parts = words["NUMBERED_PART"]
        self.clause_determiners = words["CLAUSE_DETERMINER"]
        self.verb_uses = words["VERB_USE"]
        self.retold_heads = words["RETOLD_HEAD"]
        self.retold_determiners = words["RETOLD_DETERMINER"]
        self.word_ordinals = WORD_ORDINALS | self.opening_words
        # words that are no modifiers of a descriptive head
        self.not_modifiers = self.introducers | self.hold_verbs | self.time_prepositions | self.report_verbs

    def _is_ordinal(self, token) -> bool:
        return bool(ORDINAL.match(token.text)) or token.lower_ in self.word_ordinals

    def _named(self, doc: Doc, head: Span):
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        sent = sent_of(head)
        left = _after_dateline(doc, sent.start, head.start)
        start = self.phrases.extend_left(doc, head.start, left, allow_ordinals=True, heads=self.head_words)
        # "the New Zealand\u2013Tonga Joint Forum": an en dash without spaces joins two names
        while head.start - MAX_NAME_TOKENS < start < head.start and start - 2 >= sent.start and texts[start - 1] in JOINING_DASHES \
                and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ and is_capitalised(doc[start - 2]):
            start = self.phrases.extend_left(doc, start - 1, sent.start, allow_ordinals=True, heads=self.head_words)
        start = self._country_pair(doc, start, left)
        # "the second Forum", "the first General Affairs Council": an ordinal written as a word
        if start - 1 > sent.start and lowers[start - 1] in self.word_ordinals and doc[start - 1].is_lower:
            word = _compound_ordinal_start(doc, start - 1, sent.start)  # "the seventy-fifth Session"
            if word > sent.start and lowers[word - 1] in self.ordinal_determiners \
                    or word < start - 1 and doc[word].is_title:
                start = word  # (not the verb: "Tonga will second Forum staff"; "and Forty-fifth Session" is a title)
        # "the 36th ordinary Session of the Assembly": a lowercase adjective after a numeral ordinal
        if start - 2 >= sent.start and ADJECTIVE.search(lowers[start - 1]) and doc[start - 1].is_lower \
                and doc[start - 1].is_alpha and ORDINAL.match(texts[start - 2]):
            start -= 2
        start = self._numbered_round(doc, start, sent.start)
        # "44th and 45th Asean Summits": ordinals joined by "and"
        while start - 2 >= max(sent.start, head.start - MAX_NAME_TOKENS) and lowers[start - 1] == "and" \
                and ORDINAL.match(texts[start - 2]):
            start -= 2
        start = self._left_edge(doc, start, head.start, sent.start)
        if start - 2 >= sent.start and YEAR.match(texts[start - 1]) and lowers[start - 2] == "the" and is_capitalised(doc[start]):
            start -= 1  # ("during the 2024 Andean Water Ministers Meeting": the edition's year opens its name)
        end = self.phrases.extend_right(doc, head.end, sent.end, stop=LOCATION_WORDS)
        if head.end - start == 1 and end > head.end and lowers[head.end] == "to":
            end = head.end  # "a mission sent by the Summit to Suva": a bare head names no "Summit to X"
        # ("Tuesday's Visit to X", "Monday's Andean Summit", "Tuesdays Visit": a day's possessive says
        # when; not "Monday's Summit", which would leave a bare head)
        if start < head.start and (texts[start] in self.names.months_and_days and texts[start + 1] in POSSESSIVES
                                   or texts[start][:-1] in self.names.months_and_days and texts[start].endswith("s")):
            trimmed = start + (2 if texts[start + 1] in POSSESSIVES else 1)
            start = trimmed if end - trimmed >= 2 else start
        # "East Asia Summit and Asean-United Nations Summit" are two events
        start, end = split_coordination(doc, start, head.start, head.end, end, self.head_words, self.coordinated_series)
        if end > head.end and lowers[head.end] == "and" \
                and not any(w in self.head_building_words for w in texts[head.end:end]):
            # "Envoy to the Pacific Islands Forum and Cook Islands Ministry of ...": a name ends at
            # its head ("Sands Expo and Convention Centre" is a building's name)
            end = head.end
        # "... Summits and Related Summits", "... Meeting (AMM) and Related Meetings"
        paren = is_acronym_paren(doc, end, sent.end)
        if paren + 2 <= sent.end and lowers[paren] == "and" and texts[paren + 1] in self.coordinated_series:
            end = paren
            k = end + 1
            while k < min(sent.end, end + MAX_NAME_TOKENS) and is_capitalised(doc[k]):
                k += 1
            if any(t.lower_.rstrip("s") in ("summit", "meeting", "session") for t in doc[end + 1:k]):
                end = k
        return start, end

    def _numbered_round(self, doc: Doc, start: int, limit: int) -> int:
        """ "the second round of China-Pakistan Strategic Dialogue", "the 12th round of the X
        Joint Commission", "the fifth edition of the X Forum": an ordinal before "round of (the)"
        or "edition of (the)" numbers the rounds of the named event, and opens its name."""
        lowers = lower_words(doc)
        of = start - 1 if start - 1 > limit and lowers[start - 1] == "the" else start
        if of - 3 >= limit and lowers[of - 1] == "of" and lowers[of - 2] in SERIES_PARTS and self._is_ordinal(doc[of - 3]) \
                and lowers[of - 3] not in self.opening_words:
            return of - 3
        return start

    def _left_edge(self, doc: Doc, start: int, head: int, limit: int) -> int:
        """Where a named event begins inside the capitalised run before its head.

        An ordinal opens the name ("REPORT The 23rd OSCE Ministerial Council" begins at
        "23rd"), and a name opened by an ordinal runs on across a complement ("the 14th ASEAN
        Senior Officials on Drugs Meeting")."""
        ordinal = next((k for k in range(start, head) if ORDINAL.match(token_texts(doc)[k])), None)
        if ordinal is not None:
            start = ordinal
        k = start
        limit = max(limit, head - MAX_NAME_TOKENS)
        while k - 2 >= limit and lower_words(doc)[k - 1] in self.complement_words and doc[k - 1].is_lower \
                and is_capitalised(doc[k - 2]):
            before = self.phrases.extend_left(doc, k - 1, limit, allow_ordinals=True)
            opener = next((j for j in range(before, k - 1) if ORDINAL.match(token_texts(doc)[j])), None)
            if opener is None:
                break
            start = k = opener
        return start

    def _series_acronym(self, doc: Doc, head_end: int, end: int) -> Optional[str]:
        """The acronym in brackets right after the head of "X Meeting (AMM) and Related Meetings"."""
        acronym, after = self._acronym(doc, head_end, end)
        return acronym if after < end and lower_words(doc)[after] == "and" else None

    def _acronym(self, doc: Doc, end: int, limit: int) -> tuple:
        after = is_acronym_paren(doc, end, limit)
        if after == end:
            return None, end
        inner = [w for w in token_texts(doc)[end + 1:after - 1] if not ORDINAL.match(w)]
        return " ".join(inner) or None, after

    def annotate(self, doc: Doc) -> Doc:
        instruments = spans_in(doc, settings.SPANS_INSTRUMENTS)
        inside_instrument = {i for span in instruments for i in range(span.start, span.end)}
        acronyms = doc_value(doc, "acronyms") or {}
        event_acronyms = {a for a, long in acronyms.items() if self._is_event_name(long)}
        every_match = self.patterns.match(doc)
        matches = [s for s in every_match if not self.names.in_headline(sent_of(s))]
        renamed = {}  # (start, end) -> a name the text implies ("signing ceremony", "Mercosur summit")
        found = self._named_events(doc, every_match, inside_instrument)  # (start, end, rule, acronym)
        found += self._acronym_events(doc, event_acronyms, inside_instrument)
        found += self._known_acronym_events(doc, every_match, acronyms, inside_instrument)
        # "the minister visited the Tema Fishing Harbour": a visit to a building, told by its verb
        for head in (s for s in matches if s.label_ == "EVENT_VISIT_VERB"):
            # (not "the visiting Foreign Minister X": an adjective after a determiner or an owner)
            if head.start > sent_of(head).start and not doc[head.start - 1].is_punct \
                    and lower_words(doc)[head.start - 1] not in PARTY_DETERMINERS | {"a", "an"} \
                    and token_texts(doc)[head.start - 1] not in POSSESSIVES:
                visit = self._visit_verb(doc, head, head.start, renamed, head.id_, buildings_only=True)
                if visit:
                    found.append(visit)
        numbered_acronyms = self._numbered_acronyms(doc, matches, found, event_acronyms, inside_instrument)
        # a dinner, a press conference: no event of its own (FACTS.md), nor the head inside it
        not_events = {i for s in matches if self.patterns.meta(s.id_).get("event") is False for i in range(s.start, s.end)}
        first_named = min((f[0] for f in found), default=len(doc))
        for head in [s for s in matches if s.label_ == "EVENT_HEAD_LOWER"] + self._opening_heads(doc, matches):
            if head.start in not_events or head.end - 1 in not_events or self._counted_reading(doc, head) \
                    or self._no_destination(doc, head):
                continue
            descriptive = self._numbered(doc, head) or self._descriptive(doc, head, renamed, first_named, found) \
                or self._group_met(doc, head, renamed, found)
            if descriptive and not descriptive[2].endswith(".numbered") and not self._occasion(doc, *descriptive[:2]) \
                    or descriptive and (self._bare(doc, head, descriptive) or self._group_not_sent(doc, head, descriptive, found)):
                continue  # "agreed to hold talks", "discussed trade and the dialogue between A and B"
            if descriptive:
                found.append(descriptive)
        for verb in (s for s in matches if s.label_ == "EVENT_MEET_VERB"):
            meeting = self._meeting_verb(doc, verb, renamed) or verb.id_ != DISCUSS_VERB_RULE \
                and (self._pair_met(doc, verb, renamed) or self._officials_met(doc, verb, renamed)
                     or self._group_met(doc, verb, renamed, found))
            if meeting and not self._occasion(doc, *meeting[:2]):
                continue  # "agreed to meet again next year": wished, not announced
            # ("met X at a bilateral meeting", "met X on the sidelines of the Expo": that event)
            # (not "met X ahead of the Lima Group meeting": an occasion before or after it is another)
            # (nor "met X, who arrived for a state visit, at the Palace": a visit holds meetings of its own)
            # (nor "met Li Peng, chairman of the X Conference,": an event named inside an apposition to whom)
            # (but "A and B met on the sidelines of the X Summit": beside it, a meeting of its own)
            beside = meeting and self._beside_another(doc, verb.end, sent_of(verb).end)
            # (but "called on X and met with Y": a call and a meeting, one of each)
            if meeting and (beside or not any(sent_of(doc[f[0]]).start == sent_of(verb).start and "visit" not in f[2]
                                   and not (CALL_ON_RULE in (f[2], verb.id_) and f[2] != verb.id_)
                                   and not (f[0] > verb.end and self._after_time_word(doc, f[0], verb.end))
                                   and not (f[0] >= meeting[1] and "," in token_texts(doc)[meeting[1]:f[0]]) for f in found)):
                found.append(meeting)
        found += self._credentials(doc, matches, found)
        found += self._received_meetings(doc, found, renamed)
        found += self._received_visitors(doc, found, renamed)
        found += self._first_retold(doc, found, renamed)
        found += self._received_delegations(doc, found, renamed)
        found = self._split_pair_lists(doc, self._split_ordinals(doc, self._join_dashed(doc, found), renamed), renamed)
        found = _drop_title_repeats(doc, self._drop_appositions(doc, found))
        found = [f for f in found if not self._office_of(doc, f[0], f[1])]
        found = self._drop_parts_of_named(doc, found)
        self._edition_pairs(doc, found, renamed, numbered_acronyms)
        self._body_sittings(doc, found, renamed)
        self._owned_short_forms(doc, found, renamed)
        self._numbered_acronym_editions(doc, found, renamed)
        self._visit_told_again(doc, found, renamed)
        found = self._split_destinations(doc, found, renamed)
        found = self._split_meetings_with_officials(doc, found, renamed)
        doc.spans[settings.SPANS_EVENTS] = self._spans(doc, found, renamed, numbered_acronyms, acronyms)
        return doc

    def _named_events(self, doc: Doc, matches: List[Span], inside_instrument: set) -> list:
        """Capitalised names ending in an event head, and bodies that meet in numbered sessions
        ("21st China-Singapore Joint Council for Bilateral Cooperation") or say they meet."""
        texts = token_texts(doc)  # (the doc's word lists, read once)
        found = []
        institutions = {s.end for s in matches if s.label_ == "EVENT_INSTITUTION"}
        bodies = {s.end: s.start for s in matches if s.label_ == "EVENT_BODY_NAME"}
        dates = spans_in(doc, settings.SPANS_DATES)
        date_starts = {s.start for s in dates}
        for head in longest_spans(s for s in matches if s.label_ == "EVENT_HEAD"):
            if inside_instrument.intersection(range(head.start, head.end)) and not self._edition_in_document_name(doc, head):
                continue
            if self.patterns.meta(head.id_).get("event") is False:
                continue  # "a State Banquet": a dinner is no event of its own (FACTS.md)
            start, end = self._named(doc, head)
            if end - start < 2 and not self._is_ordinal(doc[start]):
                continue
            if bodies.get(end, end) <= start and not self._is_ordinal(doc[start]) \
                    and not self._body_sits(doc, start, end, sent_of(head), date_starts):
                continue  # "the World Economic Forum published": a body known by name, unless it meets
            if self.names.in_headline(sent_of(head)) and not ORDINAL.match(texts[start]):
                title = self._readout_title(doc, head)  # ("Secretary X's Call with Minister Y")
                start, end = title or (self._headline_acronym_start(doc, start, head.start), end)
                # ("Ghana hosts AU Ministerial Committee Meeting" and "... the African Ministerial
                # Committee Meeting" in the story: the headline tells the story's event)
                if start is None or not title and any(m.label_ == "EVENT_HEAD" and m.text == head.text and m.start > head.end
                                        and not self.names.in_headline(sent_of(m))
                                        and self._shares_a_name_word(doc, start, head.start, m) for m in matches):
                    continue  # capitals say nothing in a headline; a numbered edition still names one
            if head.end in institutions and end == head.end and not self._is_ordinal(doc[start]):
                continue  # "Vietnam's National Assembly": a parliament, not a sitting of one
            if text_of(doc, head.start, head.end) in self.legislature_heads and end == head.end and head.start - 1 > start \
                    and texts[head.start - 1] in POSSESSIVES:
                continue  # "Brazil's Congress must ratify": a legislature
            if self._modifies_a_noun(doc, end, sent_of(head).end, numbered=self._is_ordinal(doc[start])) \
                    or self._names_a_body(doc, start, end, sent_of(head)):
                continue
            acronym = self._acronym(doc, end, sent_of(head).end)[0] or self._series_acronym(doc, head.end, end)
            found.append((start, end, head.id_, acronym))
        for head in longest_spans(s for s in matches if s.label_ == "EVENT_BODY_HEAD"):
            if inside_instrument.intersection(range(head.start, head.end)) and not self._edition_in_document_name(doc, head):
                continue
            start, end = self._named(doc, head)
            if self._modifies_a_noun(doc, end, sent_of(head).end) or self._names_a_body(doc, start, end, sent_of(head)):
                continue
            if self.names.in_headline(sent_of(head)) and not ORDINAL.match(texts[start]):
                continue
            if self._is_ordinal(doc[start]):
                found.append((start, end, head.id_, self._acronym(doc, end, sent_of(head).end)[0]))
            elif end - start >= 3 and texts[start] in self.names.months_and_days and texts[start].istitle() \
                    and start > sent_of(head).start and lower_words(doc)[start - 1] == "the":
                # "the June European Council": a month opening a body's name, one sitting of it
                found.append((start, end, head.id_ + ".sitting", self._acronym(doc, end, sent_of(head).end)[0]))
            elif end - start >= 2 and self._sitting_modifier(doc, start, sent_of(head).start):
                found.append((start - 1, end, head.id_ + ".sitting", self._acronym(doc, end, sent_of(head).end)[0]))
            elif end - start >= 2 and self._meets(doc, start, end, sent_of(head), date_starts):
                found.append((start, end, head.id_ + ".meets", self._acronym(doc, end, sent_of(head).end)[0]))
            elif end - start >= 2 and self._said_held(doc, start, end, sent_of(head)):
                found.append((start, end, head.id_ + ".happens", self._acronym(doc, end, sent_of(head).end)[0]))
        return found

    @staticmethod
    def _shares_a_name_word(doc: Doc, start: int, head: int, other: Span) -> bool:
        """Whether a headline's name (``start``..``head``) and the same head told in the story share
        a word before the head: "Ghana hosts AU Ministerial Committee Meeting" and "the African
        Ministerial Committee Meeting" tell one event; "CAREC Consultative Meeting on X" and "The
        First RJC Meeting will be convened" tell two."""
        ours = {w for w in lower_words(doc)[start:head] if w.isalpha()}
        before = lower_words(doc)[max(sent_of(other).start, other.start - MAX_NAME_TOKENS):other.start]
        return not ours or any(w in ours for w in before)

    @staticmethod
    def _readout_title(doc: Doc, head: Span) -> Optional[Tuple[int, int]]:
        """ "Secretary Lopez's Call with Chilean Foreign Minister Reyes", "Readout on President
        Lopez's Meeting with President Reyes of Chile": a release's title line naming one meeting
        or call by whose it is (a possessive of capitalised words right before the head) and whom
        it is with (after a lowercase "with": capitalised words, "of" and "the" between them, up to
        the line's end) names that occasion, though a headline's capitals say nothing else; (start,
        end) of the name."""
        sent, texts, lowers = sent_of(head), token_texts(doc), lower_words(doc)
        if lowers[head.end - 1] not in READOUT_HEADS or head.start - 2 < sent.start \
                or texts[head.start - 1] not in POSSESSIVES or head.end + 1 >= sent.end or texts[head.end] != "with":
            return None
        start = head.start - 1
        while start - 1 >= sent.start and head.start - start <= MAX_PARTY_WORDS and is_capitalised(doc[start - 1]) \
                and lowers[start - 1] not in READOUT_OPENERS:
            start -= 1
        end = sent.end
        while end > head.end + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct):
            end -= 1
        party = range(head.end + 1, end)
        if start == head.start - 1 or not party or not all(is_capitalised(doc[k]) or lowers[k] in ("of", "the", "and")
                                                           for k in party):
            return None
        return start, end

    @staticmethod
    def _headline_acronym_start(doc: Doc, start: int, head: int) -> Optional[int]:
        """ "Theme of AU Summit:", "SADC Energy Ministers Meeting opens": in a headline an acronym
        opening a short name right before its singular head is written so whatever the headline's
        case; where that name starts, else None."""
        if token_texts(doc)[head].endswith("s"):
            return None  # ("ASEAN FM Meetings": the several meetings the story tells by their names)
        for k in range(max(start, head - 1 - MAX_HEADLINE_MODIFIERS), head):
            if BARE_ACRONYM.match(token_texts(doc)[k]) and len(token_texts(doc)[k]) > 1 \
                    and all(t.is_alpha and t.is_title for t in doc[k + 1:head]):
                return k
        return None

    def _edition_in_document_name(self, doc: Doc, head: Span) -> bool:
        """ "the Resolution of the 21st Party Congress", "the Chair's Statement of the 44th Summit": a
        numbered edition after "of the" inside a document's name is the meeting that issued it, an
        event of its own (FACTS.md: named events are always events)."""
        start = self._named(doc, head)[0]
        return start >= 2 and self._is_ordinal(doc[start]) and lower_words(doc)[start - 1] == "the" \
            and lower_words(doc)[start - 2] == "of"

    def _acronym_events(self, doc: Doc, event_acronyms: set, inside_instrument: set) -> list:
        """ "25th ASEAN SOMTC": an ordinal and an acronym whose long form is an event; "the 31st
        ASOD opens on Monday": an ordinal numbering an acronym the text never spells out."""
        found = []
        # the positions of the doc's distinct words (the acronyms differ per doc: not token_indices'
        # process-wide cache of word sets); a word's id is the hash of its text
        positions = token_positions(doc, "ORTH")
        acronym_ids = [get_string_id(a) for a in event_acronyms]
        for tok in [doc[i] for i in sorted(i for a in acronym_ids for i in positions.get(a, ()))]:
            if not inside_instrument.intersection({tok.i}) and not self.names.in_headline(sent_of(tok)):
                start = self.phrases.extend_left(doc, tok.i, sent_of(tok).start, allow_ordinals=True)
                if start == tok.i and start > sent_of(tok).start and lower_words(doc)[start - 1] in SERIES_ORDINALS:
                    start -= 1  # "the eighth JCBC"; "the first X" is cited as the series' founding, not an event reported
                if start < tok.i and self._is_ordinal(doc[start]):
                    end = self._hyphen_suffix_end(doc, tok.i + 1)  # ("the 11th ADMM-Plus": the edition of the suffixed series)
                    found.append((start, end, "event.ordinal_acronym", text_of(doc, tok.i, end)))
                elif start == tok.i and self._next_edition(doc, tok.i):
                    found.append((start, tok.i + 1, NEXT_ACRONYM_RULE, tok.text))  # "the next FOC will be hosted in X": another
        texts = token_texts(doc)
        # the tokens of the doc's places, read once (not per ordinal)
        places = {t for span in spans_in(doc, settings.SPANS_PLACES) for t in range(span.start, span.end)}
        # an ordinal ("25th", always a number-like word) opens on a digit: only those few are read, in order
        # (each distinct word tested once: its tokens share its text)
        for i in sorted(i for at in positions.values() if texts[at[0]][:1].isdigit() and _is_ordinal_text(texts[at[0]])
                        for i in at):
            end = self._bare_acronym_end(doc, i, places)
            if end and not inside_instrument.intersection(range(i, end)) and not self.names.in_headline(sent_of(doc[i])) \
                    and not any(f[0] == i for f in found):
                first = end  # the acronym: the capitals closing the name ("JC" of "20th Thailand – Laos JC")
                while first > i + 1 and BARE_ACRONYM.match(texts[first - 1]):
                    first -= 1
                found.append((i, end, "event.ordinal_bare_acronym", text_of(doc, first, end)))
        return found

    @staticmethod
    def _hyphen_suffix_end(doc: Doc, end: int) -> int:
        """End of a capitalised word joined by a hyphen without spaces to the acronym ending at ``end``
        ("ADMM-Plus", "SOM-Plus"): one name with it; else ``end``."""
        texts = token_texts(doc)
        if end + 1 < len(doc) and texts[end] in HYPHENS and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].is_alpha and doc[end + 1].is_title:
            return end + 2
        return end

    def _bare_acronym_end(self, doc: Doc, i: int, places: set) -> Optional[int]:
        """End of "31st ASOD" / "9th ADSOM WG" / "20th Thailand – Laos JC" at ordinal ``i`` when nothing follows the acronym
        that it could modify: the sentence goes on with a verb, a small word or punctuation
        ("the 31st ASOD opens on Monday"), not with a noun ("the 3rd ASEAN member state")."""
        limit = sent_of(doc[i]).end
        k = i + 1
        # "the 20th Thailand – Laos JC": the parties (``places``: the doc's place tokens) before the acronym
        while k < limit and k - i <= MAX_PARTY_WORDS and (k in places or token_texts(doc)[k] in DASHES):
            k += 1
        parties, first = k > i + 1, k
        while k < limit and k - first <= 1 and BARE_ACRONYM.match(token_texts(doc)[k]):
            k += 1
        if k == first or not (parties or any(len(t.text) >= 3 for t in doc[first:k])) \
                or parties and token_texts(doc)[first - 1] in DASHES:
            return None
        return k if self._name_ends_at(doc, k, limit) else None

    def _name_ends_at(self, doc: Doc, k: int, limit: int) -> bool:
        """Whether a name ending before ``k`` modifies nothing after it: the sentence goes on with
        a verb, a small word or punctuation ("the 31st ASOD opens on Monday", "CHOGM will"),
        not with a noun ("the 3rd ASEAN member state", "CHOGM week")."""
        if k == limit or doc[k].is_punct and token_texts(doc)[k] != "-" or doc[k].is_stop and doc[k].is_lower:
            return True
        nxt = doc[k]
        if nxt.lower_ in self.scheduled_words or nxt.lower_ in self.meet_verbs or nxt.lower_ in self.happen_words:
            return True  # "the 20th Thailand – Laos JC set to be held", "the 2nd Fiji-Tonga JWG met"
        # "opens on", "closed here"
        return nxt.is_lower and nxt.is_alpha and nxt.lower_.endswith(("s", "ed")) and (
            k + 1 == limit or doc[k + 1].is_punct or doc[k + 1].is_stop)

    def _known_acronym_events(self, doc: Doc, matches: List[Span], acronyms: dict, inside_instrument: set) -> list:
        """ "CHOGM 2024 will open in Apia", "ahead of CHOGM": a meeting known by its acronym
        (``EVENT_ACRONYM``), written alone or with its year, when the text does not spell it out
        (then the long form is the event and the acronym its short form) and it modifies no noun
        after it ("CHOGM week", "the CHOGM Secretariat")."""
        found = []
        texts = token_texts(doc)
        for tok in (s for s in matches if s.label_ == "EVENT_ACRONYM"):
            if tok.text in acronyms or inside_instrument.intersection(range(tok.start, tok.end)):
                continue
            limit = sent_of(tok).end
            # ("CHOGM 2024", "TICAD 9": the edition's year or number goes with it)
            end = tok.end + 1 if tok.end < limit and (YEAR.match(texts[tok.end]) or EDITION_NUMBER.match(texts[tok.end])) else tok.end
            if self._name_ends_at(doc, end, limit) and not (self.names.in_headline(sent_of(tok)) and end == tok.end):
                # ("the 11th ADMM-Plus", "the tenth X": an ordinal right before it numbers its edition; "the
                # first X" is cited as the series' founding, as in ``_acronym_events``)
                start = tok.start - 1 if tok.start > sent_of(tok).start and tok.start - 1 not in inside_instrument \
                    and (_is_ordinal_text(texts[tok.start - 1]) or lower_words(doc)[tok.start - 1] in SERIES_ORDINALS) \
                    else tok.start
                found.append((start, end, tok.id_, tok.text))
        return found

    def _numbered_acronyms(self, doc: Doc, matches, found: list, event_acronyms: set, inside_instrument: set) -> dict:
        """ "would host COP5 in Cartagena": an event acronym (or head) with its edition's number
        joined on; appended to ``found``; returns (start, end) -> the edition's number."""
        numbered = {}
        series = self.head_words | {NUMBER_SUFFIX.sub("", a) for a in event_acronyms}
        for tok in (s for s in matches if s.label_ == "EVENT_NUMBERED_ACRONYM"):
            m = NUMBERED_ACRONYM.match(tok.text)
            if m and m.group(1) in series and not inside_instrument.intersection({tok.start}):
                # "the United Nations Climate Change Conference COP28": the named event's short form
                named = next((i for i, f in enumerate(found) if f[1] == tok.start), None)
                if named is not None:
                    s0, e0, rule, acronym = found[named]
                    found[named] = (s0, e0, rule, acronym or tok.text)
                    numbered[(s0, e0)] = int(m.group(2))
                    continue
                found.append((tok.start, tok.end, tok.id_, tok.text))
                numbered[(tok.start, tok.end)] = int(m.group(2))
        return numbered

    def _body_sittings(self, doc: Doc, found: list, renamed: dict) -> None:
        """ "the Executive Council meeting", when the text names "the 23rd Ordinary Session of
        the Executive Council", is that sitting of the body told in other words, not an event
        of its own: it takes the sitting's name (the head of either may be "meeting" or
        "session"). A named sitting that is another edition ("the next ...") is left alone."""
        sittings = {}
        lowers, texts = lower_words(doc), token_texts(doc)  # no Token made per word
        for start, end, _, _ in found:
            words = lowers[start:end]
            if "of" in words and words[0] != "of" and self.head_words.intersection(texts[start:end]) \
                    or "of" in words and any(self._is_ordinal(t) for t in doc[start:end]):
                at = words.index("of")
                body = [w for w in words[at + 1:] if w != "the"]
                sittings.setdefault(tuple(body), []).append((start, end))
        for start, end, rule, _ in found:
            if not rule.endswith(".numbered") or end - start < 3 or any(self._is_ordinal(t) for t in doc[start:end]) \
                    or start > 0 and lowers[start - 1] in self.other_occurrence:
                continue
            body = tuple(w for w in lowers[start:end - 1] if w != "the")
            named = sittings.get(body, [])
            if len(named) == 1:
                renamed[(start, end)] = clean_event_name(doc[named[0][0]:named[0][1]].text)

    def _owned_short_forms(self, doc: Doc, found: list, renamed: dict) -> None:
        """ "the ECO Council of Ministers meeting", "the SADC PF Plenary Assembly", when the text
        names "the 23rd Meeting of the Council of Ministers of the Economic Cooperation
        Organization (ECO)", "the 58th Plenary Assembly of the SADC Parliamentary Forum": the
        owner written first (its words, or capitals standing for them) and the rest as the
        numbered edition writes it before or after its "of" is that edition told short, not
        another event; an edition told as another ("the next ...") is left alone."""
        lowers, texts = lower_words(doc), token_texts(doc)
        editions = []  # (start, end, the positions of each part between "of"s, the ordinal and "the" left out)
        for start, end, _, _ in found:
            words = lowers[start:end]
            if self._is_ordinal(doc[start]) and "of" in words[1:]:
                parts, part = [], []
                for k in range(start + 1, end):
                    if lowers[k] == "of":
                        parts.append(part)
                        part = []
                    elif lowers[k] != "the":
                        part.append(k)
                parts.append(part)
                editions.append((start, end, parts))
        if not editions:
            return
        # each edition's short form (its words with its owner, the last "of" part, left out, its
        # head last: "Meeting of the Council of Ministers of the X" -> "Council of Ministers
        # Meeting"), made once and looked up (not compared with every event found)
        by_short: dict = {}
        for e_start, e_end, parts in editions:
            body = [w for part in parts[1:-1] for w in ["of"] + [lowers[k] for k in part]][1:]
            short = tuple(body + [lowers[k] for k in parts[0]])
            by_short.setdefault(short, []).append((e_start, e_end, [texts[k] for k in parts[-1]]))
        for start, end, _, _ in found:
            if end - start < 2 or (start, end) in renamed or any(self._is_ordinal(t) for t in doc[start:end]) \
                    or start > 0 and lowers[start - 1] in self.other_occurrence:
                continue
            matches = set()
            for n_owner in range(1, min(3, end - start)):
                rest = tuple(lowers[k] for k in range(start + n_owner, end) if lowers[k] != "the")
                for e_start, e_end, whose in by_short.get(rest, ()):
                    if len(matches) < 2 and self._owner_of(list(texts[start:start + n_owner]), whose):
                        matches.add((e_start, e_end))  # (two editions it may tell: none renamed)
            if len(matches) == 1 and next(iter(matches)) != (start, end):
                (e_start, e_end), = matches
                renamed[(start, end)] = clean_event_name(doc[e_start:e_end].text)

    def _numbered_acronym_editions(self, doc: Doc, found: list, renamed: dict) -> None:
        """ "The Pacific Islands Forum Leaders Meeting (PIFLM) opened in Honiara ... The 54th PIFLM
        will discuss climate": an ordinal and an acronym that one other event of the story, named
        in full with no number, defines is that event's edition told short (named as it, numbered
        by it), not another; not one told as another ("the last PIFLM") or with a date of its own
        ("The 4th PIFLM was held in Apia in 2023": an earlier edition)."""
        rules = ("event.ordinal_acronym", "event.ordinal_bare_acronym")
        unnumbered: dict = {}
        for start, end, rule, acronym in found:
            if acronym and rule not in rules and not any(self._is_ordinal(t) for t in doc[start:end]):
                unnumbered.setdefault(acronym, set()).add(clean_event_name(text_of(doc, start, end)))
        if not unnumbered:
            return
        dated = {sent_of(d).start for d in spans_in(doc, settings.SPANS_DATES)}
        for start, end, rule, acronym in found:
            names = unnumbered.get(acronym, ())
            if rule in rules and len(names) == 1 and sent_of(doc[start]).start not in dated \
                    and not (start > 0 and lower_words(doc)[start - 1] in self.other_occurrence):
                renamed[(start, end)] = next(iter(names))

    @staticmethod
    def _owner_of(told: List[str], whose: List[str]) -> bool:
        """Whether the owner's words ``told`` ("ECO", "SADC PF") stand for words of ``whose``
        ("Economic Cooperation Organization", "SADC Parliamentary Forum"): each one of them, or
        capitals that are initials of some of them in a row."""
        if not told or not whose:
            return False
        folded = {w.casefold() for w in whose}
        initials = "".join(w[0] for w in whose if w[:1].isupper())
        return all(w.casefold() in folded or w.isupper() and len(w) >= 2 and w in initials for w in told)

    def _visit_told_again(self, doc: Doc, found: list, renamed: dict) -> None:
        """ "arrived on a three-day official visit ... during the visit to Tehran", "the minister's
        visit to Turkey": when the first visit a story describes names no place, a later one with
        "the" or an owner and a place is that visit told again (it takes the first one's name), not
        another; when it names one, a later one to the same place with no day of its own is; not "the
        last visit to Turkey", "a visit to Iran", "visited Iran in 2019" (another occurrence)."""
        lowers = lower_words(doc)
        visits = sorted(f for f in found if f[2].startswith("event.lower") and "visit" in f[2] and not f[2].endswith(".numbered"))
        if not visits:
            return
        # ("a three-day state visit to New Delhi ... his first State Visit to India": a capitalised
        # head told after the described visit is that visit told again, as the lowercase one is)
        visits += sorted(f for f in found if f[2] in NAMED_VISIT_RULES and f[0] > visits[0][0])
        if len(visits) < 2:
            return
        # ("visited Kenya this week ... The visit to Addis Ababa": a visit told by its verb names its place too)
        first_place = token_texts(doc)[visits[0][1] - 1] if "to" in lowers[visits[0][0]:visits[0][1]] \
            or visits[0][2].endswith(".verb") else None
        first_country = self._place_ending(doc, visits[0][1]).get("country") if first_place else None
        name = renamed.get(visits[0][:2]) or clean_event_name(text_of(doc, *visits[0][:2]))
        for start, end, rule, _ in visits[1:]:
            det = start - 1 if start > 1 and self._is_ordinal(doc[start - 1]) else start  # ("Ana's first visit to X")
            owner = det > 0 and (lowers[det - 1] in PARTY_DETERMINERS or token_texts(doc)[det - 1] in POSSESSIVES)
            other = any(w in self.other_occurrence for w in lowers[max(0, start - 3):start]) or rule.endswith(".verb")
            # ("the state visit to India ... a visit of the President of Angola to India": the same place, one visit)
            # ("a visit to New Delhi ... the visit to India": the country the first place lies in)
            place = self._place_ending(doc, end)
            again = owner if first_place is None else token_texts(doc)[end - 1] == first_place \
                or place.get("kind") == "country" and first_country is not None and place.get("country") == first_country
            # (not "Marcos' state visit to Jakarta from 4 to 6 September 2022": a day of its own, another)
            sent = sent_of(doc[start])
            if again and not other and "to" in lowers[start:end] and not self._dated_after(doc, end, sent.end) \
                    and not _dated_in_clause_before(doc, det, sent.start):
                renamed[(start, end)] = name

    @staticmethod
    def _place_ending(doc: Doc, end: int) -> dict:
        """The place (``places`` span: name, kind, country) that ends right before ``end``, else {}."""
        return next((span_value(p, "nf_place") or {} for p in spans_in(doc, settings.SPANS_PLACES) if p.end == end), {})

    @staticmethod
    def _edition_pairs(doc: Doc, found: list, renamed: dict, numbered: dict) -> None:
        """ "the 38th and 39th X Summits", when the text names "the 38th X Summit" and "the 39th
        X Summit" apart as well, is a mention of the first (whose date and place it gives), not
        an event of its own; written alone it stays one ("44th and 45th X Summits and Related
        Summits")."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        by_ordinal = {}
        for start, end, _, _ in found:
            if ORDINAL.match(texts[start]) and not (start + 2 < end and lowers[start + 1] == "and"):
                by_ordinal.setdefault(texts[start].lower(), (start, end))
        for start, end, _, _ in found:
            if start + 3 < end and ORDINAL.match(texts[start]) and lowers[start + 1] == "and" \
                    and ORDINAL.match(texts[start + 2]):
                first, second = by_ordinal.get(texts[start].lower()), by_ordinal.get(texts[start + 2].lower())
                if first and second and doc[first[0] + 1].lower_ == lowers[start + 3]:
                    renamed[(start, end)] = clean_event_name(doc[first[0]:first[1]].text)
                    numbered[(start, end)] = event_ordinal(texts[start])

    def _spans(self, doc: Doc, found: list, renamed: dict, numbered_acronyms: dict, acronyms: dict) -> List[Span]:
        """One span per found event, the longest where they nest, with its value."""
        spans: List[Span] = []
        for start, end, rule, acronym in sorted(found):
            span = Span(doc, start, end, label="EVENT", span_id=rule)
            if any(s.start <= span.start and span.end <= s.end and (s.start, s.end) != (span.start, span.end) for s in spans[-8:]):
                continue
            while spans and span.start <= spans[-1].start and spans[-1].end <= span.end:
                spans.pop()
            text = text_of(doc, start, end)
            name = renamed.get((start, end)) or clean_event_name(text)
            if acronym is None:
                acronym = next((a for a, long in acronyms.items() if long.lower() == name.lower()), None)
            set_span_value(span, "nf_event", {
                "name": name, "acronym": acronym,
                "ordinal": numbered_acronyms.get((start, end)) or event_ordinal(text),
                # "the next Resources Ministers' Dialogue" is another meeting of the same series
                "another": start > 0 and lower_words(doc)[start - 1] in self.other_occurrence
                # ("a first meeting in March 2021 and virtual meeting in May 2022": each item its own)
                or rule.startswith("event.lower") and self._dated_list_item(doc, start - 1, end),
            })
            spans.append(span)
        return spans

    def _drop_parts_of_named(self, doc: Doc, found):
        """ "the closing ceremony of the 44th ASEAN Summit": a described part of a named event
        is that event, not one of its own; "the 18th session of the X Meeting" is the event; "a
        meeting on the sidelines of the X Summit" is held beside it, an event of its own."""
        # (a numbered sitting is named too: "the meetings of the 22nd session of the X Committee")
        named_starts = {f[0] for f in found if not f[2].startswith("event.lower") or f[2].endswith(".numbered")}
        out = []
        for item in found:
            start, end, rule, _ = item
            # ("the 18th session of the X Meeting" numbers a sitting of the series: the event itself)
            # (so does a word ordinal: "the third meeting of the General Assembly of X", "the first
            # meeting of the Conference of the Parties (COP 1)" is that sitting, named by its number)
            if rule.startswith("event.lower") and end < len(doc) and not ORDINAL.match(token_texts(doc)[start]) \
                    and not (rule.endswith(".numbered") and self._is_ordinal(doc[start])):
                k = next((j for j in range(start, min(end + 2, len(doc))) if lower_words(doc)[j] == "of"), None)
                if k is not None and not (k > start and lower_words(doc)[k - 1] in self.margin_words):
                    j = k + 2 if k + 2 < len(doc) and lower_words(doc)[k + 1] == "the" else k + 1
                    if j in named_starts:
                        continue
            out.append(item)
        return out

    def _is_event_name(self, text: str) -> bool:
        """Whether a long form names a meeting or a body that meets ("Joint Council for ..."), not
        an occasion whose head makes no event ("... Import Expo"); remembered, since the same long forms recur across a batch."""
        if text not in self._event_names:
            if len(self._event_names) > 10_000:
                self._event_names.clear()
            doc = self.nlp.make_doc(text)
            heads = self.patterns.match_rows(doc, labels=("EVENT_HEAD", "EVENT_BODY_HEAD"))
            # ("China International Import Expo (CIIE)": a head that makes no event names none)
            self._event_names[text] = any(self.patterns.meta(rule_id).get("event") is not False
                                          for _, _, _, rule_id in heads)
        return self._event_names[text]

    def _meets(self, doc: Doc, start: int, end: int, sent: Span, date_starts: set) -> bool:
        """A body named without a number is an event when the text says it meets: "the
        Joint Security Group (JSG) will meet in Lima", "leaders meet in Rome for the Nordic
        Council", "followed by the Ministerial Committee on Tuesday" (a day right after it);
        otherwise it is an organisation ("the President of the Nordic Council")."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        _, k = self._acronym(doc, end, sent.end)
        if k + 1 < sent.end and lowers[k] == "in" and is_capitalised(doc[k + 1]):
            j = k + 1  # "of the Organisation for Trade in Oceania on 3 May": a place before the day
            while j < min(sent.end, k + 4) and is_capitalised(doc[j]):
                j += 1
            k = j
        if k + 1 < sent.end and lowers[k] in ("on", "from") and k + 1 in date_starts:
            # "the Speaker of the Legislative Council on Monday" is the body's, not a sitting ("ahead
            # of the Nordic Council on Monday" is one)
            # (nor "a meeting at the National Assembly on Friday": the place of the event told before "at")
            # (nor "the bill was sent to the X Commission on Monday": the body a recipient)
            return start - 2 >= sent.start and lowers[start - 1] == "the" and lowers[start - 2] != "to" \
                and (lowers[start - 2] != "of" or self._after_time_word(doc, start, sent.start, margins=True)) \
                and not (lowers[start - 2] in ("at", "in") and any(
                    lowers[i] in self.lower_heads or token_texts(doc)[i] in self.head_words
                    for i in range(max(sent.start, start - 5), start - 2)))
        if self._after_time_word(doc, start, sent.start, margins=True) and (k == sent.end or doc[k].is_punct or k in date_starts
                                                              or lowers[k] in ("in", "at", "on")):
            return True  # "ahead of the European Council in Brussels": a time is told by a sitting
        told = k  # (where what is said of it starts: "will be held", ", to be held", "was held")
        k = self._past_coordinated_body(doc, k, sent.end)  # ("the X Committee and the Y Committee will convene")
        if k < sent.end and lowers[k] in ("will", "would", "shall", "to"):
            k += 1
        if k < sent.end and lowers[k] in self.meet_verbs:
            # "the X Council will convene its 1215th session": the session is the event, not the body;
            # "The Chief Executive of the X Council will meet ...": the office meets, not the body
            # ("The X Council meets annually": how often the body sits, no sitting told)
            return not (k + 1 < sent.end and (lowers[k + 1] in ("its", "their") or lowers[k + 1] in self.habitual_words)) \
                and not self._office_owned_by(doc, start, sent.start) and not self._convenes_an_event(doc, k + 1, sent.end)
        if start - 1 >= sent.start and (lowers[start - 1] == "the" or lowers[start - 1] in self.other_occurrence) \
                and not (start - 2 >= sent.start and lowers[start - 2] == "of") \
                and self._held_after(doc, told, sent.end):
            # "The previous Joint Commission was held in Male": a sitting said to be held (not "the
            # fifth session of the Joint Committee was held": the session was)
            return True
        return start - 2 >= sent.start and lowers[start - 1] == "the" and lowers[start - 2] == "for" \
            and any(w in self.meet_verbs for w in lowers[sent.start:start - 2])

    def _past_coordinated_body(self, doc: Doc, k: int, limit: int) -> int:
        """ "the Standing Committee of Senior Officials and the Finance Committee will convene": past
        another body's name joined by "and" (each item of an "and" is one sitting, FACTS.md), where
        what is said of both starts; else ``k``."""
        lowers = lower_words(doc)
        if not (k + 2 < limit and lowers[k] == "and"):
            return k
        j = k + 2 if lowers[k + 1] == "the" else k + 1
        while j < limit and (is_capitalised(doc[j]) or lowers[j] in ("of", "on", "for") and j + 1 < limit
                             and is_capitalised(doc[j + 1])):
            j += 1
        return j if j - 1 > k + 1 and token_texts(doc)[j - 1] in self.body_heads else k

    def _convenes_an_event(self, doc: Doc, j: int, limit: int) -> bool:
        """ "The X Commission convened an emergency meeting in Abuja": an article and an event head
        a few words after the body's verb of meeting name its object, the event, not a sitting of
        the body."""
        lowers, texts = lower_words(doc), token_texts(doc)
        if not (j < limit and lowers[j] in ("a", "an", "the")):
            return False
        return any(lowers[i] in self.lower_heads or texts[i] in self.head_words for i in range(j + 1, min(limit, j + 5)))

    @staticmethod
    def _office_owned_by(doc: Doc, start: int, limit: int) -> bool:
        """ "The Chief Executive of the X Council", "the Board of the Y Commission": a body's name
        after "of the" and a capitalised singular noun is the owner of an office or of an organ,
        which is the subject of what follows; not "Members of the X Council" (its members, several,
        meeting are its sitting)."""
        if start - 3 < limit or lower_words(doc)[start - 1] != "the" or lower_words(doc)[start - 2] != "of":
            return False
        owner = doc[start - 3]
        return owner.is_title and owner.is_alpha and not owner.lower_.endswith("s")

    def _said_held(self, doc: Doc, start: int, end: int, sent: Span) -> bool:
        """ "the X Council, which will be held on 10 May", "the X Council being held here": a body
        said to be held is one sitting of it, as a known body's name is (:meth:`_body_sits`); not
        "the 7th session of the X Commission, which was held in Y" (the session was held)."""
        lowers = lower_words(doc)
        k = start - 1 if start - 1 >= sent.start and lowers[start - 1] == "the" else start
        if k - 1 >= sent.start and lowers[k - 1] == "of" and not self._after_time_word(doc, start, sent.start, margins=True):
            return False  # (but "on the sidelines of the X Council being held here": its margins)
        return self._happens(doc, end, sent.end) or lowers[end:end + 2] == ["being", "held"]

    def _held_after(self, doc: Doc, k: int, limit: int) -> bool:
        """ "was held in Male", "will be held in Quito", "(JMC), to be held in Lima in 2025": a
        body's name said to be held (a sitting of it) right after it, or after the comma that opens
        a participle of what is planned."""
        lowers = lower_words(doc)
        if k + 1 < limit and lowers[k] == ",":
            return lowers[k + 1:k + 4] == ["to", "be", "held"]
        return self._said_to_happen(doc, k, limit, lenient=False)

    def _after_time_word(self, doc: Doc, start: int, limit: int, margins: bool = False) -> bool:
        """ "before the X Council", "ahead of the X Council", "prior to the X Council": a name
        after "the" and a preposition of time (a body's sitting, not the body, is a time)."""
        if start - 2 < limit or lower_words(doc)[start - 1] not in ("the", "a", "an"):
            return False
        word = lower_words(doc)[start - 2]
        # ``margins``: also "on the sidelines of the X Council in Y" (a body's sitting has margins,
        # the body none; a meeting on the sidelines of an event is still told beside it, no time)
        return word in self.time_prepositions or start - 3 >= limit and (
            (word, lower_words(doc)[start - 3]) in (("of", "ahead"), ("to", "prior"))
            or margins and word == "of" and lower_words(doc)[start - 3] in self.margin_words)

    def _sitting_modifier(self, doc: Doc, start: int, limit: int) -> bool:
        """ "the informal European Council", "an extraordinary Nordic Council": a word before a
        body's name after "the"/"an" that makes it one sitting of the body."""
        if start - 2 < limit or lower_words(doc)[start - 2] not in ("the", "an", "a"):
            return False
        return lower_words(doc)[start - 1] in self.sitting_modifiers and doc[start - 1].is_lower

    def _body_sits(self, doc: Doc, start: int, end: int, sent: Span, date_starts: set) -> bool:
        """A body known by name is a sitting of it when the text says it meets ("the X Forum
        will meet in Apia"), that it is held ("the X Forum, which will be held in Suva") or
        that someone attends it ("will attend the X Forum")."""
        if self._meets(doc, start, end, sent, date_starts) or self._happens(doc, end, sent.end):
            return True
        return start - 2 >= sent.start and lower_words(doc)[start - 1] == "the" \
            and lower_words(doc)[start - 2] in self.attend_verbs

    def _modifies_a_noun(self, doc: Doc, end: int, limit: int, numbered: bool = False) -> bool:
        """ "Sands Expo and Convention Centre", "International Conference Centre": the head
        is part of a building's or body's name, not an event; "at Foreign Ministerial level",
        "the 9th Ministerial council meeting": it modifies a lowercase noun."""
        texts, lowers = token_texts(doc), lower_words(doc)  # no Token made per look
        if any(texts[i] in self.head_building_words and not any(lowers[j] in self.lower_heads for j in range(i + 1, end))
               for i in range(max(0, end - 4), end)):
            # "National Exhibition and Convention Center in Shanghai" (not "the National Hotel and
            # Tourism Conference": an event head after the building word ends an event's name)
            return True
        # (the flags of the two words after the head: Tokens for those, not arrays of the doc)
        if end < limit and lowers[end] in self.nouns_after and doc[end].is_lower and not numbered:
            return True  # (an edition stays one: "the 18th X Summit process" tells of the 18th Summit)
        ahead = range(end, min(limit, end + 2))
        # (not "this Forty-Seventh Regular Meeting advances discussions": a word ending in "s"
        # before a lowercase head is a verb of the name, or a plural that modifies no noun)
        if any(lowers[i] in self.lower_heads and doc[i].is_lower and (i == end or not lowers[end].endswith("s"))
               for i in ahead) \
                and all(t.is_lower and t.is_alpha and not t.is_stop for t in (doc[i] for i in ahead)):
            return True  # the lowercase head names the event ("Ministerial council meeting")
        return end < limit and texts[end][:1].isupper() and doc[end].is_alpha

    def _names_a_body(self, doc: Doc, start: int, end: int, sent: Span) -> bool:
        """A name ending in an event head that names a body: the complement of an organisation
        noun ("the Organisation of the Islamic Conference"), the agent of organising ("organised
        by the Coastal Traders Association and the Lagos Business Forum"), the subject of holding
        a meeting ("the X Conference held an extraordinary session"). A numbered name is a
        meeting all the same ("organised by the 5th Youth Forum")."""
        if self._is_ordinal(doc[start]):
            return False
        if self._holds_a_meeting(doc, end, sent.end) or self._speaks(doc, end, sent.end):
            return True
        if end - start == 3 and token_texts(doc)[start] in self.body_heads and lower_words(doc)[start + 1] == "of" \
                and token_texts(doc)[end - 1] in self.head_words and token_texts(doc)[end - 1] not in self.body_heads:
            return True  # "the Commission of Inquiry": a body named by what it does
        limit = sent.start
        k = start - 1 if start - 1 >= limit and lower_words(doc)[start - 1] == "the" else start
        if k - 2 >= limit and lower_words(doc)[k - 1] == "of" and token_texts(doc)[k - 2] in self.body_owners:
            return True
        # back across the other organisers listed before it, to "by" after a verb of organising
        while k - 1 >= limit and start - k <= MAX_NAME_TOKENS * 2:
            word = doc[k - 1]
            if word.lower_ == "by":
                return k - 2 >= limit and lower_words(doc)[k - 2] in self.organiser_verbs
            if not (is_capitalised(word) or word.lower_ in ("the", "and", "of", "for") or word.text in (",", "&")):
                return False
            k -= 1
        return False

    def _speaks(self, doc: Doc, end: int, limit: int) -> bool:
        """ "the Assembly of Heads of State and Government called for calm", "the X Conference has
        said": a name without a number right before a verb of saying or of taking a stance is the
        body that speaks, not a sitting of it."""
        lowers = lower_words(doc)
        k = end + 1 if end < limit and lowers[end] in ("has", "have") else end
        return k < limit and (lowers[k] in self.report_verbs or lowers[k] in self.stance_verbs)

    def _holds_a_meeting(self, doc: Doc, end: int, limit: int) -> bool:
        """ "... (ACR) will hold its 54th meeting", "... held an extraordinary session": a verb of
        holding right after the name, and an event head a few words on."""
        k = self._acronym(doc, end, limit)[1]
        while k < limit and lower_words(doc)[k] in ("will", "would", "has", "have", "had", "also", "on", "today"):
            k += 1
        if not (k < limit and lower_words(doc)[k] in self.hold_verbs and lower_words(doc)[k] not in ("has", "have", "had")):
            return False
        ahead = slice(k + 1, min(limit, k + 5))
        return any(low in self.lower_heads or text in self.head_words
                   for low, text in zip(lower_words(doc)[ahead], token_texts(doc)[ahead]))

    def _numbered(self, doc: Doc, head: Span):
        """Numbered or named meetings written with a lowercase head: "5th meeting of the Joint
        Committee", "fifth round of negotiations", "30th Regional Border Committee meeting"."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        sent = sent_of(head)
        k = head.start
        for _ in range(2):  # "political" in "round of political consultations", "21st extra-ordinary session"
            k = _lower_word_start(doc, k, sent.start, self._is_ordinal, compound=k == head.start) or k
        if any(w in self.hold_verbs for w in lowers[k:head.start]):
            k = head.start  # "will first hold talks": an adverb and a verb, no numbered meeting
        if k - 2 > sent.start and lowers[k - 1] == "of" and lowers[k - 2] == "round":
            k -= 2
        k, start = self._group_of_people(doc, k, head, sent)
        if start is None and k > sent.start and self._is_ordinal(doc[k - 1]):
            start = k - 1
            if "visit" in text_of(doc, head.start, head.end).lower():
                return None  # "his first visit to Japan", "the 2nd official visit of the PM": a person's visits, no series
        elif start is None and k > sent.start and lowers[head.end - 1] not in GROUP_NOUNS \
                and (is_capitalised(doc[k - 1]) or texts[k - 1] == ")"
                     or self._plural_possessive_name(doc, k - 1, sent.start)):
            # (not "the Multinational Security Support mission", "the Chinese delegation": a body, a team)
            run = self.phrases.extend_left(doc, k, sent.start, allow_ordinals=True, heads=self.head_words)
            run = self._country_pair(doc, run, sent.start)
            if run > sent.start and lowers[run - 1] in self.word_ordinals:
                run -= 1  # "the first India-Philippines Joint Working Group meeting"
            elif run - 2 > sent.start and doc[run - 1].is_lower and ADJECTIVE.search(lowers[run - 1]) \
                    and lowers[run - 2] in self.word_ordinals:
                run -= 2  # "the first virtual Joint Council (JC) meeting"
            elif run - 3 >= sent.start and lowers[run - 2:run] == ["round", "of"] and self._is_ordinal(doc[run - 3]) \
                    and lowers[run - 3] not in self.opening_words:
                run -= 3  # "the third round of India-Nepal consultations": the ordinal numbers the rounds
            # (lowercase words between the name and the head only after an ordinal: "the 52nd
            # Ministerial council meeting", not "The Prime Minister held talks")
            # ("the Tuesday-Wednesday meetings": days or months say when, they name nothing)
            when = all(w in self.names.months_and_days or w in HYPHENS for w in texts[run:k])
            # "the ASEAN ministerial meeting", "a two-day SADC extraordinary summit": adjectives
            # between a name and the head (not verbs: "The Prime Minister held talks")
            described = k < head.start and all(ADJECTIVE.search(t.lower_) for t in doc[k:head.start])
            if run < k and (self._is_ordinal(doc[run]) or (k == head.start or described) and not when and (
                    self._name_introduced(doc, run, sent.start) and (k - run >= 2 or described))):
                start = run
        if start is None or lowers[start] in self.word_ordinals and start > sent.start \
                and (lowers[start - 1] in ONE_PERSON_POSSESSIVES or texts[start - 1] in POSSESSIVES
                     and start - 2 >= sent.start and is_capitalised(doc[start - 2])):
            # "marking his first SADC summit", "the PM's first meeting with X": a person's (or a
            # party's) occasions counted, not an edition of a series ("the summit's third
            # coordination meeting" numbers the series)
            return None
        if lowers[start] in self.word_ordinals and start - 2 >= sent.start and texts[start - 2] == "," \
                and (lowers[start - 1] == "the" or lowers[start - 1] in PERSONAL_POSSESSIVES) \
                and not _fronted_phrase(doc, start - 2, sent, self.fronting_prepositions) \
                and any(w in self.meet_verbs or w in self.hold_verbs for w in lowers[sent.start:start - 2]):
            # "A and B met in Lima, the first meeting between them since 2019", "..., their second
            # meeting this year": an apposition counting the occasion the clause before it tells
            return None
        if start + 1 < head.start and texts[start + 1].rstrip(".") in self.names.months_and_days:
            return None  # "scheduled on 24th Jan. The meeting will ...": a day of a month, no edition
        if doc[start].is_lower and lowers[start] in self.word_ordinals and start - 2 >= sent.start \
                and lowers[start - 1] == "the" and lowers[start - 2] in self.passive_auxiliaries:
            return None  # "This was the first official visit by a minister ...": what an event told is
        start = _compound_ordinal_start(doc, start, sent.start)
        end = self.phrases.extend_right(doc, head.end, sent.end, stop=LOCATION_WORDS)
        if head.end < end < sent.end and doc[end].is_lower and PEOPLE.search(lowers[end]) and is_capitalised(doc[end - 1]):
            end = self.phrases.extend_right(doc, end + 1, sent.end, stop=LOCATION_WORDS)  # ("of African ministers of Health")
        if end == head.end and doc[start].is_lower and any(w in self.numbered_parts for w in lowers[start:head.start]):
            return None  # "the second plenary session featured ...": a part of the event reported
        if end > head.end and lowers[head.end] == "and":
            end = head.end  # "Nordic Council session and NB8 meeting": two events
        if end == head.end and lowers[start] in self.opening_words and all(t.is_lower for t in doc[start:head.end]) \
                and not self._sentence_tells_when_or_where(doc, sent):
            return None  # "The inaugural session was attended by ...": a part told, named by no number, and no occasion of its own
        if end == head.end and start == k - 1:
            if self._described_by_copula(doc, start, sent.start):
                return None  # "This is our first meeting": what an occasion told elsewhere is
            end = self._topic(doc, end, sent.end)  # only an unnamed one: "the first workshop, on X,"
        return start, end, head.id_ + ".numbered", None

    def _group_of_people(self, doc: Doc, k: int, head: Span, sent: Span) -> tuple:
        """ "the Nordic-Baltic Eight foreign ministers' meeting": a named group of people meets;
        (where the lowercase words before the head begin, where the name begins or None)."""
        if k == head.start and k - 3 > sent.start and token_texts(doc)[k - 1] in ("'", "\u2019") \
                and doc[k - 2].is_lower and PEOPLE.search(lower_words(doc)[k - 2]):
            m = k - 2
            while m > sent.start and m > k - 5 and doc[m - 1].is_lower and doc[m - 1].is_alpha and not doc[m - 1].is_stop:
                m -= 1
            if m > sent.start and is_capitalised(doc[m - 1]):
                run = self.phrases.extend_left(doc, m, sent.start, allow_ordinals=True, heads=self.head_words)
                if run < m and (self._is_ordinal(doc[run]) or self._name_introduced(doc, run, sent.start) and m - run >= 2):
                    return m, run
        return k, None

    def _sentence_tells_when_or_where(self, doc: Doc, sent: Span) -> bool:
        """Whether a sentence names a date, a place or a building ("the X Centre will be the venue
        for the inaugural session")."""
        return any(t in self.head_building_words for t in token_texts(doc)[sent.start:sent.end]) \
            or any(sent.start <= s.start < sent.end for key in (settings.SPANS_DATES, settings.SPANS_PLACES)
                   for s in spans_in(doc, key))

    @staticmethod
    def _plural_possessive_name(doc: Doc, k: int, limit: int) -> bool:
        """ "the SCO Foreign Ministers' meeting": the apostrophe at ``k`` closes a capitalised
        plural, the people of a named meeting."""
        return k - 1 > limit and token_texts(doc)[k] in APOSTROPHES and not doc[k - 1].whitespace_ \
            and is_capitalised(doc[k - 1]) and token_texts(doc)[k - 1].endswith("s")

    def _name_introduced(self, doc: Doc, run: int, limit: int) -> bool:
        """Whether the words before a capitalised run make "<Name> meeting" a named event: "the
        Visegrad Group meeting", "to attend Andean Community meetings", "a special Coral Awards
        ceremony" (one lowercase modifier after an article)."""
        if run <= limit:
            return False
        if run - 4 > limit and token_texts(doc)[run - 2] in HYPHENS and not doc[run - 2].whitespace_ \
                and not doc[run - 3].whitespace_ and doc[run - 1].is_lower:
            run -= 3  # "the one-day ASEAN meeting": a hyphenated modifier before the name
        word = doc[run - 1]
        if word.lower_ in self.name_introducers:
            return True
        return run - 1 > limit and word.is_lower and word.is_alpha and not word.is_stop \
            and lower_words(doc)[run - 2] in ("a", "an", "the")

    def _descriptive(self, doc: Doc, head: Span, renamed: dict, first_named: int, found: list = ()):
        """ "a breakfast meeting", "held talks", "PM Modi's visit to Egypt" -> (start, end, rule, None);
        ``first_named``: where the first named event stands (a bare "the meeting" after it points back)."""
        sent = sent_of(head)
        head_text = text_of(doc, head.start, head.end)  # (read once: a Span's text joins its tokens)
        k, modifiers, round_of = self._modifiers(doc, head, sent)
        lowers = lower_words(doc)  # the words, not a Token made for each
        words = set(lowers[k:head.start])
        if words & self.same_event:
            return None  # "the current session of the Council": the event reported, named elsewhere
        if self._several(doc, head, head_text, k, words):
            return None  # "a series of the bloc's meetings", "bilateral meetings with his counterparts": several
        k = self._compound_start(doc, k, sent, head_text)
        before = doc[_word_before(doc, k, sent.start)] if _word_before(doc, k, sent.start) >= sent.start else None
        if self._means_of_holding(doc, k, sent.start):
            return None  # "held via a video conference": how it was held, not another event
        end = self._complement(doc, head.end, sent.end)
        if end == head.end and k < head.start and self._quoted_phrase(doc, k + 1, end, sent.end):
            end = max(end + 1, self._complement(doc, end + 1, sent.end))  # (past the closing quote)
        if before is not None:  # (past "first" of "her first official visit", "face-to-face")
            before, modifiers = self._word_before_name(doc, before, k, sent.start, modifiers)
        if words & self.part_of_event and end == head.end or self._part_of_reported(doc, head, before, k, end):
            return None  # "the opening ceremony": a part of the event reported
        if before is None:  # "Leaders' meetings will take place on ...": at the sentence's start, said to happen
            return (k, end, head.id_, None) if self._said_to_happen(doc, end, sent.end) \
                or self._subject_said_to_happen(doc, end, sent.end) else None
        if self._told_after_opening(doc, k, end, sent):
            return k, end, head.id_, None  # the same behind a fronted date or place; else read on (a list's item)
        if head_text == "visit" and k == head.start and (before.lower_ == "will" or self._planned_to(doc, before.i)
                                                         and lower_words(doc)[head.end] != "the"):
            # "the delegation will visit the Harbour Research Centre": a visit announced by its verb
            # ("plans to visit Indonesia in November", "is expected to visit X from 4 to 6 June";
            # not "is scheduled to visit the X Institute tomorrow": a stop of a journey's programme)
            return self._visit_verb(doc, head, k, renamed, "event.lower.visit.verb")
        # "the NATO summit in Warsaw", "the upcoming Gulf summit": a name with capitals (FACTS.md); its place
        # stays in the name ("the BRICS summit in Kazan" is not the "BRICS Media Summit" told before)
        named = (before.lower_ == "the" or self._announced(doc, before.i + 1, sent.start)) and head_text in self.gathering_heads \
            and self._named_by_capitals(doc, before.i + 1, head.start) \
            and not (first_named < head.start and self._town_before(doc, head.start)) \
            or self._gathering_name(doc, before.i + 1, head.start, head_text)
        clause = not named and not self._introduced(doc, head, before, end, modifiers, round_of, first_named)
        if clause and not self._clause_dated(doc, head, k, end, modifiers + round_of, found):
            return None
        if self._copula_describes(doc, k, before, head_text, sent.start, bare=end == head.end):
            return None
        if before.lower_ in ("a", "an", "the") and k - 2 >= sent.start and token_texts(doc)[k - 2] == "," \
                and not self._after_when_or_where(doc, k - 2) and not _fronted_phrase(doc, k - 2, sent, self.fronting_prepositions):
            return None  # "the X Summit, a high-level segment ...": an apposition describing X
        if before.lower_ in ("a", "an") and k - 2 >= sent.start and lower_words(doc)[k - 2] in self.request_verbs:
            return None  # "requested an urgent meeting": asked for, not held
        if end == head.end and end < sent.end and lower_words(doc)[end] in self.nouns_after:
            return None  # "a consultation body", "the meeting room": the head modifies a noun
        if head_text == "ceremony" and before.lower_ in ("a", "an") and k == head.start and k - 2 >= sent.start \
                and lower_words(doc)[k - 2] in ("at", "during", "in") \
                and any(w in self.sign_verbs for w in lower_words(doc)[sent.start:k - 2]):
            renamed[(k, end)] = "signing ceremony"  # "signed the accord at a ceremony"
            return k, end, "event.lower.ceremony.signed", None
        if before.lower_ in ("a", "an") and before.i == head.start - 1 and end == head.end and len(head) == 1 \
                and not (end + 1 < sent.end and lower_words(doc)[end] == "held" and lower_words(doc)[end + 1] in ("on", "in", "at")) \
                and not (end + 1 < sent.end and lower_words(doc)[end] in self.scheduled_words and lower_words(doc)[end + 1] in ("for", "on")) \
                and not (k - 2 >= sent.start and lowers[k - 2] in self.hold_verbs and self._when_or_where(doc, end, sent.end)) \
                and not self._beside_another(doc, end, sent.end):
            # a bare "a meeting" names nothing ("a signing ceremony", "a meeting held on 3 May",
            # "held a meeting at the Blue Palace on Monday", "at a meeting on the sidelines of the
            # X Summit" do)
            if not self._held_in_dated_clause(doc, head, k, end, modifiers + round_of, found):
                return None
            clause = True
        if self._owned_refers_back(doc, before, head_text, end == head.end, modifiers, end, sent.end):
            return None
        if before.text in POSSESSIVES and k == head.start and before.i - 2 >= sent.start \
                and lower_words(doc)[before.i - 1] in self.collectives and lower_words(doc)[before.i - 2] == "the":
            owner = self._collective_name(doc, before.i - 2, sent)
            if owner:  # "Mercosur leaders at the bloc's summit in Asuncion": the Mercosur summit
                if end > head.end and lower_words(doc)[head.end] in LOCATION_WORDS:
                    end = head.end
                renamed[(k, end)] = owner + " " + text_of(doc, k, end)
        if head_text == "launch" and end > head.end and self._instrument_at(doc, head.end + 1, end):
            return None  # "the launch of the X Roadmap" is the instrument's news, not a meeting
        return k, end, head.id_ + (".clause" if clause else NAMED_SUFFIX if named else ""), None

    def _told_after_opening(self, doc: Doc, k: int, end: int, sent: Span) -> bool:
        """A described head opening its clause behind a fronted date or place (:meth:`_subject_after_opening`),
        said to happen, in a sentence with a date or a place. Not so, it may be an item of a list of
        occasions ("since their first meeting in March 2021, talks in Quito in May ...")."""
        return self._subject_after_opening(doc, k, sent) and self._sentence_tells_when_or_where(doc, sent) \
            and (self._said_to_happen(doc, end, sent.end) or self._subject_said_to_happen(doc, end, sent.end))

    def _subject_after_opening(self, doc: Doc, k: int, sent: Span) -> bool:
        """Whether a described head starting at ``k`` opens its clause as the subject, behind what
        only sets the scene: a fronted date or place and its comma ("On 3 May, political
        consultations were held in X", "In Lima, talks took place ...") or the names of the two
        parties written as one word ("Kenya-Ghana consultations were held ..."). Said to happen
        there (:meth:`_said_to_happen`), with a date or a place in the sentence, it is an event as
        at the sentence's start (FACTS.md: a described event with its date or place)."""
        texts = token_texts(doc)
        if k - 1 > sent.start and texts[k - 1] == ",":
            return self._after_when_or_where(doc, k - 1) or _fronted_phrase(doc, k - 1, sent, self.fronting_prepositions)
        return k - 3 >= sent.start and _parties_only(doc, sent.start, k)

    def _clause_dated(self, doc: Doc, head: Span, k: int, end: int, modifiers: int, found) -> bool:
        """ "while holding bilateral talks with X in Vientiane", "the last round of talks crashed in
        July 2017 in X", "the summit planned in Managua on December 4": a described head no word
        before it introduces, after an article, an owner or a preposition, is an event when its own
        clause (up to a comma, a semicolon or the sentence's end; a relative "which"/"that" goes on)
        holds a date of a month or a day, or a place after "in"/"at"/"to", with no other event
        between them (FACTS.md: a described event counts with its date or its place)."""
        sent, lowers = sent_of(head), lower_words(doc)
        other = False  # ("the last consultative meeting in Lima": another edition is told by its date)
        while k - 1 > sent.start and (lowers[k - 1] in self.other_occurrence or lowers[k - 1] in self.word_ordinals):
            other = other or lowers[k - 1] in self.other_occurrence
            k, modifiers = k - 1, modifiers + 1  # ("the last round of peace talks", "the first official visit")
        if k <= sent.start or lowers[head.end - 1] in NO_CLAUSE_HEADS:
            return False
        word = lowers[k - 1]
        if not (word in self.clause_determiners or is_possessive(doc, k - 1) or word in self.time_prepositions
                or word in self.hold_verbs and word not in self.verb_uses):
            return False
        if k - 2 >= sent.start and lowers[k - 2] in self.verb_uses and word not in ("a", "an", "the") \
                or end == head.end and end < sent.end and lowers[end] in CLAUSE_OBJECTS:
            return False  # ("is meeting with", "for meeting its targets": a verb)
        if (word in ("a", "an", "the") or is_possessive(doc, k - 1)) \
                and any(w in COPULAS for w in lowers[max(sent.start, k - MAX_COPULA_REACH // 2):k - 1]):
            return False  # ("It is only the second state visit ever to X", "would be the Governor's last summit")
        if self._clause_refers_back(doc, head, k, end, modifiers, found) or not self._occasion(doc, k, end) \
                or word == "the" and k - 2 >= sent.start and lowers[k - 2] == "of":
            return False  # ("the outcome of the negotiations of X in Lima": a thing of the talks)
        dates = _span_edges(doc, settings.SPANS_DATES)
        left, right = self._clause_edges(doc, k, end, sent)
        heads, texts = {f[0] for f in found}, token_texts(doc)
        for j in self._clause_anchors(doc, left, right, k, end, self._destination_from(doc, head, end)):
            if k <= j < head.end or j < k and not (j in dates and self._governed_by_time(doc, k, sent)
                                                   or _place_right_before(doc, j, k)) \
                    or other and j not in dates:
                continue  # ("the June summit": a modifier names no day of it; a place before the head is another's)
            # (a fronted date: the head's own article is not "a" thing told between them)
            between = range(end, j) if j >= end else range(j + 1, k - (lowers[k - 1] in ("a", "an")))
            # (not "praised the X meeting in a speech in Oslo": a thing told between owns the place)
            # (nor "the summit before her term ends in June": a time phrase after it owns the date)
            if not any(i in heads or texts[i] in self.lower_heads or lowers[i] in ("a", "an")
                       or j > k and lowers[i] in self.time_prepositions
                       or j < k and lowers[i] in ("and", "but") for i in between):
                return True
        return False

    def _destination_from(self, doc: Doc, head: Span, end: int) -> int:
        """Where a place after "to" starts to count for a head's clause: inside the complement of a
        journey ("the visit of President X to Peru", "the visit by X to Fiji": the destination is its
        place, FACTS.md), past the complement of any other head."""
        return head.end if lower_words(doc)[head.end - 1] in self.journey_heads else end

    def _governed_by_time(self, doc: Doc, k: int, sent: Span) -> bool:
        """Whether a date before a head at ``k`` dates it: the head is the object of a preposition
        ("arrived in X on Monday for the latest round of talks", "at the meeting") or of a verb of
        holding ("held on Monday talks with X"), not of another verb, whose date it is ("welcomed
        on Monday the signing of X")."""
        lowers = lower_words(doc)
        g = k - 1
        if g > sent.start and (lowers[g] in ("a", "an", "the") or is_possessive(doc, g)):
            g -= 1
        return lowers[g] in self.hold_verbs or lowers[g] in self.time_prepositions \
            or lowers[g] in self.clause_determiners and lowers[g] not in ("a", "an", "the") and not is_possessive(doc, g) \
            or self._attends(doc, g, sent.start)

    def _attends(self, doc: Doc, g: int, limit: int) -> bool:
        """ "witnessed the signing of X", "presided over the signing of eight accords": a verb of
        attending (``WITNESS_VERB``) or of presiding (``PRESIDE_VERB`` and its particle "over")
        governs a head whose occasion it is there at, so the date of its clause is the occasion's
        (not "welcomed on Monday the signing of X": welcoming is done elsewhere)."""
        lowers = lower_words(doc)
        return lowers[g] in self.witness_verbs or lowers[g] == "over" and g > limit and lowers[g - 1] in self.preside_verbs

    def _held_in_dated_clause(self, doc: Doc, head: Span, k: int, end: int, modifiers: int, found) -> bool:
        """ "held a meeting with X at the Y Palace in Dubai today", "during a visit from X to the Y
        Terminal yesterday": a bare "a meeting" held (a ``HOLD_VERB``) or opening a time phrase (a
        ``TIME_PREPOSITION``), whose clause dates or places it (:meth:`_clause_dated`)."""
        lowers, sent = lower_words(doc), sent_of(head)
        if end + 1 < sent.end and lowers[end] == "with" and lowers[end + 1] == "the":
            return False  # ("held a meeting with the press in Suva on Monday": no party named)
        return k - 2 >= sent.start and (lowers[k - 2] in self.hold_verbs or lowers[k - 2] in self.time_prepositions) \
            and self._clause_dated(doc, head, k, end, modifiers, found)

    def _clause_refers_back(self, doc: Doc, head: Span, k: int, end: int, modifiers: int, found) -> bool:
        """Whether a head a clause dates points back to an event told before: "Monday's talks" (a
        day's possessive); "the two-day summit opened on Monday" after an event with the same head
        (no word of another occurrence, "the last round", "the next meeting", "the recent meeting",
        sets it apart); "the meeting in X" with no modifier and no "of"/"between"."""
        lowers, sent = lower_words(doc), sent_of(head)
        if is_possessive(doc, k - 1) and k - 2 >= 0 and (token_texts(doc)[k - 2] in self.names.months_and_days
                                                         or lowers[k - 2] in self.time_words):
            return True
        if lowers[k - 1] != "the" or end > head.end and lowers[head.end] in ("of", "between"):
            return False
        if end > head.end and lowers[head.end] == "by" and self._journey_destination(doc, head.start, end):
            return False  # ("the visit by President X to Fiji": who travelled where, told anew)
        if not modifiers:
            return True  # ("attended the ceremony on Friday", "the meeting held in Lima on Monday went well")
        # ("for the US visit" in a caption before "a working visit to the US"): a definite head
        # retells an event with the same head, told before it or after
        same = any(lowers[head.end - 1] in lowers[f[0]:f[1]] for f in found if not f[0] <= head.start < f[1]) \
            or any(self._introduced_elsewhere(doc, i) for i in token_indices(doc, "LOWER", (lowers[head.end - 1],))
                   if not sent.start <= i < sent.end)
        return same and not any(w in self.other_occurrence or w in self.word_ordinals or w in OTHER_TIMES
                                for w in lowers[k:head.start])

    def _introduced_elsewhere(self, doc: Doc, i: int) -> bool:
        """Whether the head word at ``i`` is told as an event of its own: "a working visit", "the
        36th conference", "the Gulf summit" (an article "a", an ordinal or a capitalised word
        within three words before it)."""
        start = sent_of(doc[i]).start
        return any(lower_words(doc)[j] in ("a", "an") or self._is_ordinal(doc[j]) for j in range(max(start, i - 3), i)) \
            or i - 1 > start and doc[i - 1].is_title and not self.names.in_headline(sent_of(doc[i]))

    @staticmethod
    def _clause_edges(doc: Doc, k: int, end: int, sent: Span) -> tuple:
        """The clause a head stands in: back to the last comma, semicolon or colon before ``k``,
        on to the first after ``end`` (past ", which"/", that" and a bracket)."""
        texts, lowers = token_texts(doc), lower_words(doc)
        left = next((i + 1 for i in range(k - 1, sent.start - 1, -1) if texts[i] in CLAUSE_MARKS), sent.start)
        left = _fronted_date_start(doc, left, sent)
        right, depth = end, 0
        while right < sent.end:
            t = texts[right]
            depth += (t == "(") - (t == ")")
            if depth <= 0 and t in CLAUSE_MARKS and not (right + 1 < sent.end and lowers[right + 1] in ("which", "that")
                                                         and right == end):
                break
            right += 1
        return left, right

    @staticmethod
    def _clause_anchors(doc: Doc, left: int, right: int, k: int, end: int, to_from: int = None) -> list:
        """Where dates (of a month or a day) and places (after "in", "at" or "to") of a clause
        stand, nearest to the head first; a place after "to" counts past the head's complement, or
        from ``to_from`` on (a visit's destination inside its complement, :meth:`_destination_from`)."""
        to_from = end if to_from is None else to_from
        lowers = lower_words(doc)
        anchors = []
        for d in spans_in(doc, settings.SPANS_DATES):
            if left <= d.start < right \
                    and len((span_value(d, "nf_date") or {}).get("start") or "") >= 7:
                anchors.append(d.start)
        for key in (settings.SPANS_PLACES, settings.SPANS_VENUES):
            for p in spans_in(doc, key):
                at = p.start - 1 - (p.start - 1 > left and lowers[p.start - 1] == "the")
                if left <= at and p.start < right and (lowers[at] in ("in", "at") or lowers[at] == "to" and at >= to_from):
                    anchors.append(p.start)
        return sorted(anchors, key=lambda j: min(abs(j - k), abs(j - end)))

    def _several(self, doc: Doc, head: Span, head_text: str, k: int, words: set) -> bool:
        """ "a series of the bloc's meetings", "bilateral meetings with his counterparts", "its related
        meetings": several occasions, none reported ("held bilateral meetings with his counterparts in New York on
        Monday" is one occasion, told where and when)."""
        sent, lowers = sent_of(head), lower_words(doc)
        # (a modifier of several, ``SEVERAL_MODIFIER``, or a participle right before it, which is no
        # modifier of a name: "its related meetings")
        several = words | set(lowers[max(sent.start, k - 1):k])
        return "series" in lowers[max(sent.start, k - 5):k] \
            or head_text in self.plural_heads and bool(several & self.several_modifiers) \
            and not self._several_told_where(doc, head.end, sent.end)

    def _several_told_where(self, doc: Doc, end: int, limit: int) -> bool:
        """ "bilateral meetings with his counterparts from Chile and Peru in Lima on Monday": where or
        when ("in", "on", "at" and a place or a date) in the clause after a plural head, before any
        punctuation or "to" (a purpose: "... with his counterparts to discuss trade")."""
        lowers = lower_words(doc)
        for j in range(end, min(limit, end + MAX_ADVERBIAL + 4)):
            if doc[j].is_punct or lowers[j] == "to":
                return False
            if lowers[j] in ADVERBIAL_PREPOSITIONS and self._when_or_where(doc, j, limit):
                return True
        return False

    def _announced(self, doc: Doc, j: int, limit: int) -> bool:
        """ "the upcoming Arab summit", "the just-concluded X summit", "the recently held X summit": a
        word announcing a name (at ``j``) after "the", an adverb of time (and a hyphen) between them."""
        lowers = lower_words(doc)
        if j - 2 < limit or lowers[j - 1] not in self.announcing_words:
            return False
        i = j - 2
        if i - 1 >= limit and lowers[i] in DASHES and lowers[i - 1] in self.announcing_adverbs:
            i -= 2
        elif lowers[i] in self.announcing_adverbs:
            i -= 1
        return i >= limit and lowers[i] == "the"

    def _copula_describes(self, doc: Doc, k: int, before, head_text: str, limit: int, bare: bool = False) -> bool:
        """ "the AHMM is a biennial meeting", "This is the PM's first meeting with X": a copula
        says what an occasion told elsewhere is, it tells none ("is holding talks in Lima" is a
        verb; "This is her first visit to Peru" may be where the story's journey gets its
        destination; "... that it was the President's first foreign visit", with no complement, gives none).
        The pronoun opens the sentence or a clause after "that"."""
        lowers = lower_words(doc)
        clause = next((j + 1 for j in range(k - 1, limit - 1, -1) if lowers[j] == "that"), limit)
        if ("visit" not in head_text.lower() or bare) and any(
                self._described_by_copula(doc, k, start) for start in {limit, clause} if start < k):
            return True
        return k - 2 >= limit and lower_words(doc)[k - 2] in ("is", "was", "are", "were") and before.lower_ != "on" \
            and before.lower_ not in self.hold_verbs

    def _described_by_copula(self, doc: Doc, k: int, limit: int) -> bool:
        """ "This is the PM's first meeting with X", "It would be Ana's final summit", "That was
        their second meeting this year": a pronoun opening the sentence and a form of "be" (a
        modal between) before a description starting at ``k`` (a determiner or an owner between):
        what an occasion the story tells is, not another one."""
        lowers = lower_words(doc)
        if k - limit > MAX_COPULA_REACH or lowers[limit] not in self.describing_subjects:
            return False
        be = next((j for j in range(limit + 1, min(k, limit + 3)) if lowers[j] in self.passive_auxiliaries), None)
        return be is not None and all(lowers[j] in ("the", "a", "an") or token_texts(doc)[j] in POSSESSIVES
                                      or is_capitalised(doc[j]) or lowers[j] in PERSONAL_POSSESSIVES | {"its"}
                                      or self._is_ordinal(doc[j]) for j in range(be + 1, k))

    def _beside_another(self, doc: Doc, end: int, limit: int) -> bool:
        """ "on the sidelines of", "on the margins of" right after a head: held beside another
        event, which gives it its place and day."""
        lowers = lower_words(doc)
        return end + 3 < limit and lowers[end] in ADVERBIAL_PREPOSITIONS and lowers[end + 1] == "the" \
            and lowers[end + 2] in self.margin_words and lowers[end + 3] == "of"

    def _occasion(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a described event is an occasion reported or announced, not one wished or
        agreed on ("agreed to hold consultations", "looks forward to a meeting") nor a topic talked
        about ("discussed trade and the dialogue between A and B", "regarding the ongoing talks"),
        unless the text says it is held ("..., the talks were held in Lima")."""
        sent = sent_of(doc[start])
        lowers, texts = lower_words(doc), token_texts(doc)
        if any(lowers[i] in self.act_heads and lowers[i + 1] == "of" for i in range(start, end - 1)):
            return False  # "supporting the reception of refugees": an act, not a gathering
        # (the marks are looked up in the doc's word index, not by a walk over the sentence)
        marks = [i for i in token_indices(doc, "LOWER", self.caption_marks)
                 if sent.start < i < sent.end - 1 and texts[i - 1] == "(" and texts[i + 1] == ")"]
        # (not "Brig (R) Ana Poe" inside an official's mention: a retired rank)
        if marks and any(not any(o.start < i < o.end for o in spans_in(doc, settings.SPANS_OFFICIALS)) for i in marks):
            return False  # "The meeting between Minister X (L) and Y in Hanoi": a photo's caption
        if self._said_to_happen(doc, end, sent.end, lenient=False) or self._happens(doc, end, sent.end) \
                or end + 1 < sent.end and lowers[end] == "held" and self._when_or_where(doc, end + 1, sent.end):
            return True
        # one with its own place or day is announced ("agreed to convene a conference in Cairo in
        # September", "will speak about the summit in Warsaw in July", "agreed to hold talks later
        # this month in Pyongyang")
        end = self._past_vague_time(doc, end, sent.end)
        if end + 1 < sent.end and lowers[end] in ("in", "at") and is_capitalised(doc[end + 1]) \
                or _span_edges(doc, settings.SPANS_DATES).get(end + 1, (None,))[0] == end + 1:
            return True
        k = start
        if k > sent.start and lowers[k - 1] in ("a", "an", "the") or lowers[k - 1] in self.introducers:
            k -= 1
        if k > sent.start and (lowers[k - 1] in self.hold_verbs or lowers[k - 1] in self.meet_verbs):
            k -= 1  # "agreed to hold regular consultations", "hope to pay a visit"
        # (a verb after "to": "agreed to a new round of talks in Geneva" agrees to the talks themselves)
        verb = lowers[k] in self.hold_verbs or lowers[k] in self.meet_verbs
        if verb and self._wished(doc, k, sent.start) or k - 1 > sent.start and lowers[k - 1] in ("and", "or") and any(
                self._wished(doc, j, sent.start) for j in range(max(sent.start, k - MAX_PARTY_WORDS - 3), k - 1)
                if lowers[j] in self.hold_verbs or lowers[j] in self.meet_verbs):
            return False  # ("agreed to hold maritime consultations and a strategic dialogue")
        if self._journey_destination(doc, start, end):
            return True  # ("discussed the upcoming visit of President X to Peru": a journey with its place)
        return not (start - 1 > sent.start and lowers[start - 1] == "the" and self._topic_of(doc, start - 1, sent.start))

    def _journey_destination(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a described journey from ``start`` to ``end`` names where it goes: a journey head
        and, past it, "to" (or "to the") and a place ("visit of President X to Peru", "the visit by X to
        the Republic of Fiji"): its place (FACTS.md), so an occasion of its own, no topic."""
        lowers = lower_words(doc)
        heads = [i for i in range(start, end) if lowers[i] in self.journey_heads]
        if not heads:
            return False
        edges = [_span_edges(doc, key) for key in (settings.SPANS_PLACES, settings.SPANS_VENUES)]
        for i in range(heads[0] + 1, end - 1):
            j = i + 1 + (lowers[i + 1] == "the")  # (the place's first word, looked up in the doc's edges)
            if lowers[i] == "to" and j < end and any(e.get(j, (None,))[0] == j for e in edges):
                return True
        return False

    def _past_vague_time(self, doc: Doc, end: int, limit: int) -> int:
        """The token after "later this month", "next week", "early next year" right after ``end``
        (a few lowercase words ending on a word of time, no date of their own), else ``end``."""
        for k in range(end, min(limit, end + MAX_VAGUE_TIME)):
            if not (doc[k].is_lower and doc[k].is_alpha):
                return end
            if lower_words(doc)[k] in self.time_words:
                return k + 1
        return end

    def _wished(self, doc: Doc, k: int, limit: int) -> bool:
        """ "agreed to | meet", "look forward to | meeting", "expressed readiness to | hold talks": a
        word of intent and "to" right before ``k``, perhaps a few words of time, place or party
        between them ("agreed on Monday in Quito to | hold talks")."""
        if not (k - 2 >= limit and lower_words(doc)[k - 1] == "to"):
            return False
        for j in range(k - 2, max(limit, k - 2 - MAX_PARTY_WORDS) - 1, -1):
            if lower_words(doc)[j] in self.intent_words:
                return True
            if doc[j].is_punct or lower_words(doc)[j] == "to" or lower_words(doc)[j] in self.hold_verbs or lower_words(doc)[j] in self.meet_verbs:
                return False
        return False

    def _topic_of(self, doc: Doc, det: int, limit: int) -> bool:
        """Whether "the" at ``det`` opens the object of a word of talking about ("regarding the
        talks"), or an item of a list of such objects ("discussed trade, the situation in the
        region and the dialogue between A and B"); not after a preposition of place or time
        ("discussed at the meeting")."""
        if det - 1 < limit:
            return False
        if lower_words(doc)[det - 1] in self.topic_words:
            return True
        if lower_words(doc)[det - 1] not in ("and", ","):
            return False
        for k in range(det - 2, max(limit, det - MAX_TOPIC_LIST) - 1, -1):
            word = lower_words(doc)[k]
            if word in self.topic_words:
                return True
            if word in (";", ":", "with", "at", "during") or word in self.hold_verbs or word in self.meet_verbs \
                    or word in self.lower_heads and doc[k].is_lower:
                return False  # ("discussed trade with X and the talks ..."; another event before it)
        return False

    def _subject_said_to_happen(self, doc: Doc, end: int, limit: int) -> bool:
        """ "Talks between the two presidents were held in Lima", "Meetings with local leaders took
        place": a head opening the sentence, whose subject phrase (lowercase words, no comma) runs
        on to a verb of happening ("were held", "took place", "were due to take place")."""
        lowers = lower_words(doc)
        for k in range(end, min(limit, end + MAX_SUBJECT_WORDS)):
            if doc[k].is_punct or lowers[k] in self.lower_heads:
                return False
            if lowers[k] in self.passive_auxiliaries or lowers[k] in self.happen_words:
                window = lowers[k:min(limit, k + 6)]  # ("were also held", "were due to take place")
                return "held" in window[:4] or any(w in ("take", "took", "takes") and after == "place"
                                                   for w, after in zip(window, window[1:]))
        return False

    def _opening_heads(self, doc: Doc, matches: List[Span]) -> List[Span]:
        """ "Talks between the two presidents were held in Lima": a capitalised head that opens its
        sentence, alone (no capitalised word after it), is the lowercase head, by its rule."""
        heads = []
        for span in matches:
            if span.label_ != "EVENT_HEAD" or len(span) != 1:
                continue
            rule = self.lower_rule.get(token_texts(doc)[span.start].lower())
            # ("..., in-person Summit in Quito in May 2021": a lowercase modifier before it in an item
            # of a dated list, the head capitalised with no name)
            k = span.start
            while k > sent_of(span).start and span.start - k < 4 and (doc[k - 1].is_lower and doc[k - 1].is_alpha
                                                                      or token_texts(doc)[k - 1] in HYPHENS):
                k -= 1
            listed = k < span.start and self._dated_list_item(doc, k - 1, span.end)
            if rule is not None and (span.start == sent_of(span).start or listed) \
                    and not (span.end < len(doc) and is_capitalised(doc[span.end])):
                heads.append(Span(doc, span.start, span.end, label="EVENT_HEAD_LOWER", span_id=rule))
        return heads

    def _word_before_name(self, doc: Doc, before, k: int, limit: int, modifiers: int) -> tuple:
        """The word that introduces a description whose name starts at ``k``, and its modifiers'
        count: past an ordinal counting a person's occasions ("her first official visit":
        "official visit" after "her") and past a manner compound ("held a face-to-face meeting":
        how it is held, left out of its name)."""
        if self._counts_own(doc, before, limit):
            before, modifiers = doc[before.i - 1], modifiers + 1
        compound = _manner_compound_start(doc, k, limit)
        return (doc[compound - 1] if compound is not None else before), modifiers

    def _counts_own(self, doc: Doc, ordinal, limit: int) -> bool:
        """ "her first official visit", "Abiy's first external visit", "his second meeting with X",
        "the first official visit of an Irish minister": an ordinal after a person's possessive (or,
        for a visit, any determiner) counts a person's occasions, not a series' editions: a
        described event, named without it ("their first trilateral talks", "the 2nd Meeting of
        the X" are numbered, read before)."""
        if not (self._is_ordinal(ordinal) and (ordinal.is_lower or ordinal.text[:1].isdigit())
                and ordinal.i - 1 >= limit and ordinal.lower_ not in self.opening_words):
            return False
        owner = doc[ordinal.i - 1]
        visit = any("visit" in t.lower_ for t in doc[ordinal.i + 1:ordinal.i + 4])
        # ("It is the first official visit of a Samoan leader since 2019": what a visit told
        # elsewhere is, no event of its own)
        described = owner.i - 1 >= limit and lower_words(doc)[owner.i - 1] in self.passive_auxiliaries
        return owner.lower_ in ONE_PERSON_POSSESSIVES or owner.text in POSSESSIVES \
            or visit and (owner.lower_ in self.introducers or owner.lower_ == "the") and not described

    @staticmethod
    def _when_or_where(doc: Doc, end: int, limit: int) -> bool:
        """ "on Thursday", "on 3 May", "in Lima", "at the Blue Palace" right after a head: a
        preposition of time or place before a date or a capitalised name."""
        if not (end + 1 < limit and lower_words(doc)[end] in ("on", "in", "at")):
            return False
        k = end + 2 if lower_words(doc)[end + 1] == "the" and end + 2 < limit else end + 1
        return doc[k].is_title or doc[k].like_num \
            or _span_edges(doc, settings.SPANS_DATES).get(end + 1, (None,))[0] == end + 1

    @staticmethod
    def _place_or_date_end(doc: Doc, j: int) -> int:
        """End of the place or date that a preposition at ``j`` opens ("in Lima", "on 6 April"), else ``j``."""
        for key in (settings.SPANS_DATES, settings.SPANS_PLACES, settings.SPANS_VENUES):
            span = _span_edges(doc, key).get(j + 1) or _span_edges(doc, key).get(j + 2)
            if span is not None and span[0] in (j + 1, j + 2):
                return span[1]
        return j

    @staticmethod
    def _after_when_or_where(doc: Doc, comma: int) -> bool:
        """ "On July 20, a meeting of ...", "In Lima, a meeting of ...": a comma closing a date or
        a place that opens the sentence sets off no apposition."""
        return any(comma in _span_edges(doc, key) for key in (settings.SPANS_DATES, settings.SPANS_PLACES))

    def _part_of_reported(self, doc: Doc, head: Span, before, k: int, end: int) -> bool:
        """ "the main session of the conference": a part of an event named elsewhere; "the
        two-day forum, which opened today": a duration after "the" refers back to the event
        reported, as after "their"/"its" ("will hold the one-day meeting", "the three-day visit to
        Oslo" are ones)."""
        if end > head.end and lower_words(doc)[head.end] == "of" and any(
                t.lower_ in self.lower_heads and t.is_lower for t in doc[head.end + 1:end]):
            return True
        if before is None or before.lower_ not in ("the", "their", "its") or "visit" in text_of(doc, head.start, head.end).lower() \
                or before.i > 0 and lower_words(doc)[before.i - 1] in self.hold_verbs:
            return False
        return any((length := length_at(doc, i, self.duration_units)) is not None and length.end <= head.start
                   for i in range(k, head.start))  # not "the two-way meeting"

    def _means_of_holding(self, doc: Doc, k: int, limit: int) -> bool:
        """Whether the descriptive phrase starting at ``k`` says how another event is held:
        after a preposition of means ("via a video conference", "over videoconference") or "in
        the format of" ("in the format of a video conference")."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        j = k - 1 if k - 1 >= limit and lowers[k - 1] in ("a", "an") else k
        if j - 1 < limit:
            return False
        if lowers[j - 1] in self.manner_prepositions:
            # (not "presided over a meeting": the particle of the verb, whose object the meeting is)
            return not (j - 2 >= limit and lowers[j - 2] in self.preside_verbs)
        return j - 2 >= limit and lowers[j - 1] == "of" and lowers[j - 2] in self.manner_nouns

    def _modifiers(self, doc: Doc, head: Span, sent: Span) -> tuple:
        """Where the words that modify a descriptive head begin ("a bilateral meeting", "an
        experts' meeting", "a new round of talks"): (start, how many, whether "round of")."""
        k = head.start
        modifiers = 0
        # "a new round of cease-fire talks": modifiers may stand between "round of" and the head
        j = k
        for _ in range(2):
            j = self._modifier_start(doc, j, sent.start, head) or j
        round_of = j - 2 > sent.start and lower_words(doc)[j - 1] == "of" and lower_words(doc)[j - 2] == "round"
        if round_of:
            k = j - 2  # "a new round of talks", "the next round of political consultations"
        while k > sent.start and modifiers < 4:
            tok = doc[k - 1]
            m = self._modifier_start(doc, k, sent.start, head)
            if m is None and tok.text in MODIFIER_QUOTES and k - 3 >= sent.start and token_texts(doc)[k - 3] in MODIFIER_QUOTES:
                m = k - 3 if self._modifier_start(doc, k - 1, sent.start, head) == k - 2 \
                    else self._quoted_name_start(doc, k, sent.start)  # (an "informal" meeting, the "Sunrise" summit)
            elif m is None and tok.text in MODIFIER_QUOTES:
                m = self._quoted_name_start(doc, k, sent.start)  # (the two-day "X Plus" meeting)
            elif m is None and modifiers and tok.lower_ == "and" and self._modifier_start(doc, k - 1, sent.start, head) is not None:
                m = self._modifier_start(doc, k - 1, sent.start, head)  # ("productive and wide-ranging talks")
            if m is not None:
                k = m
                modifiers += 1
            elif tok.text in ("'", "\u2019") and k - 2 >= sent.start and lower_words(doc)[k - 2].endswith("s") \
                    and doc[k - 2].is_alpha and modifiers < 3 and not self._owner_name_ends(doc, k - 1):
                k -= 2  # "an experts' meeting", "an investors' round table"
                modifiers += 1
            else:
                break
        if modifiers and self._quoted_phrase(doc, k, head.end, sent.end):
            k -= 1  # ('a "reconciliation meeting" in X': the quotes wrap the modifiers and the head)
        return k, modifiers, round_of

    @staticmethod
    def _quoted_name_start(doc: Doc, k: int, limit: int) -> Optional[int]:
        """Where a name in quotes ending with the closing mark right before ``k`` opens ('the "Lima
        Plus" meeting', 'the "Troika+" meeting'): its words capitalised, up to four tokens; else None."""
        for j in range(k - 3, max(limit, k - 7) - 1, -1):
            if (doc[j].text, doc[k - 1].text) in QUOTE_PAIRS:
                inner = doc[j + 1:k - 1]
                return j if inner[0].is_title and all(t.is_title or t.is_upper or t.text == "+" for t in inner) else None
            if doc[j].text in MODIFIER_QUOTES:
                return None
        return None

    @staticmethod
    def _quoted_phrase(doc: Doc, k: int, end: int, limit: int) -> bool:
        """Whether a quotation mark opens right before ``k`` and closes right at ``end`` (``QUOTE_PAIRS``),
        with no quotation mark inside: the words between are a descriptive phrase told in quotes."""
        if k - 1 < 0 or end >= limit or any(doc[j].text in MODIFIER_QUOTES for j in range(k, end)):
            return False
        return (doc[k - 1].text, doc[end].text) in QUOTE_PAIRS

    def _planned_to(self, doc: Doc, to: int) -> bool:
        """ "plans to", "is expected to", "is due to" (``PLAN_WORD`` before "to" at ``to``): what
        follows is announced, like "will"."""
        return to > 0 and lower_words(doc)[to] == "to" and lower_words(doc)[to - 1] in self.plan_words

    @staticmethod
    def _owner_name_ends(doc: Doc, k: int) -> bool:
        """Whether an official's name or a place ends right before ``k`` ("President Marcos' state
        visit", "the Philippines' visit"): an owner before a bare apostrophe, no modifier."""
        return any(_span_edges(doc, key).get(k, (None, None))[1] == k for key in (settings.SPANS_OFFICIALS, settings.SPANS_PLACES))

    def _bare(self, doc: Doc, head: Span, descriptive: tuple) -> bool:
        """ "The two ministers held discussions on the sidelines of X": a head marked ``"bare":
        false`` told with no modifier and no complement retells talks told before, no event."""
        # ("held comprehensive discussions on X", "gave a thorough briefing": a word of how good or
        # full they were, ``QUALITY_WORD``, is no modifier that makes them an occasion of their own)
        quality = all(w in self.quality_words for w in lower_words(doc)[descriptive[0]:head.start])
        return self.patterns.meta(head.id_).get("bare") is False and descriptive[1] == head.end \
            and (descriptive[0] == head.start or quality) and not self._with_counterpart(doc, head.end, sent_of(head).end)

    def _group_not_sent(self, doc: Doc, head: Span, descriptive: tuple, found: list) -> bool:
        """ "Malaysia's delegation to the 17th Session of X", "a mission to the summit": a group
        (``GROUP_NOUNS``) sent to an event is that event's party, no journey of its own; and a head
        marked ``"modified": true`` (delegation) is a journey only after a lowercase modifier of its
        own, "a trade delegation to Hanoi" (not "the Pakistani delegation to Goa", a state's team)."""
        if lower_words(doc)[head.end - 1] not in GROUP_NOUNS:
            return False
        lowers, start = lower_words(doc), descriptive[0]
        if head.end < len(doc) and lowers[head.end] == "to" \
                and any(head.end < f[0] <= head.end + 2 for f in found):
            return True
        return self.patterns.meta(head.id_).get("modified") is True \
            and not any(doc[i].is_lower and doc[i].is_alpha and not self._is_ordinal(doc[i]) for i in range(start, head.start))

    def _no_destination(self, doc: Doc, head: Span) -> bool:
        """A head marked ``"destination": true`` (a mission, a delegation, a trip: a group or a
        journey sent somewhere) is a visit only when a place follows "to" right after it: "a trade
        mission to Kenya", "led a delegation to Hanoi and Hue", "her trip to the Philippines"
        (ANNOTATORS.md, session 31). Not "the diplomatic mission in Kabul", "the accompanying
        delegation", "a mission to promote exports", "the mission to the United Nations": a body,
        a team or a purpose, no journey."""
        if self.patterns.meta(head.id_).get("destination") is not True:
            return False
        lowers, j, start = lower_words(doc), head.end, sent_of(head).start
        if head.start - 1 > start and is_capitalised(doc[head.start - 1]):
            return True  # ("the Pakistani delegation to Goa", "the OSCE mission to X": a state's or a body's team)
        if lowers[head.end - 1] in self.delegation_nouns and head.start - 1 >= start \
                and (lowers[head.start - 1] in PERSONAL_POSSESSIVES or is_possessive(doc, head.start - 1)):
            return True  # ("X and her delegation to Chile": the owner's team; "her mission to Chile" is her journey)
        i = head.start - 1 - (head.start - 2 > start and self._is_ordinal(doc[head.start - 1]))
        if i - 1 >= start and lowers[i] in PERSONAL_POSSESSIVES and (token_texts(doc)[i - 1] == "," or lowers[i - 1] in COPULAS):
            return True  # ("a visit to Peru, her second trip to X", "this is our third trip to X": the journey told, described)
        if j + 1 >= len(doc) or lowers[j] != "to":
            return True
        j += 1 + (j + 2 < len(doc) and lowers[j + 1] == "the")
        return _span_edges(doc, settings.SPANS_PLACES).get(j, (None,))[0] != j and not self._world_region(doc, j)

    def _world_region(self, doc: Doc, j: int) -> bool:
        """ "Asia", "Southeast Asia", "the Middle East": up to three capitalised words from ``j`` that
        end on a part of the world (``WORLD_REGION``), with no capitalised word after them (not
        "the Gulf Cooperation Council", a body)."""
        texts, end = token_texts(doc), j
        while end < min(len(doc), j + 3) and is_capitalised(doc[end]):
            end += 1
        return end > j and texts[end - 1] in self.world_regions and not (end < len(doc) and is_capitalised(doc[end]))

    def _with_counterpart(self, doc: Doc, j: int, limit: int) -> bool:
        """ "discussions with his host", "discussions with their Kenyan counterparts": whom the talks
        are with, named by an owner's determiner and a noun of one who holds the same office or
        receives the visitor (``COUNTERPART_NOUN``); a new occasion, no retelling."""
        words = lower_words(doc)
        if j + 2 >= limit or words[j] != "with" or words[j + 1] not in PARTY_DETERMINERS - {"the"}:
            return False
        k = j + 2 + (j + 3 < limit and is_capitalised(doc[j + 2]))
        return words[k] in self.counterpart_nouns or words[k].endswith("s") and words[k][:-1] in self.counterpart_nouns

    def _counted_reading(self, doc: Doc, head: Span) -> bool:
        """ "the first discussion of the standard", "a first strategic discussion on X": a head marked
        ``"reading": true`` (a singular "discussion") counted by a word ordinal a few words before it
        is one reading of an item on an agenda, no occasion of its own."""
        if not self.patterns.meta(head.id_).get("reading"):
            return False
        before = lower_words(doc)[max(sent_of(head).start, head.start - 3):head.start]
        return any(w in self.word_ordinals for w in before)

    def _meeting_verb(self, doc: Doc, verb: Span, renamed: dict):
        """A meeting told by its verb and whom it is with: "met with his Chinese counterpart Wang
        Yi in Beijing on Sunday" -> "meeting with his Chinese counterpart Wang Yi"; named by the
        noun a next sentence opens on when it points back ("The talks came ahead of ...").
        Like every described event it counts only with a date or a place (``records``)."""
        sent = sent_of(verb)
        if verb.start > sent.start and lower_words(doc)[verb.start - 1] in self.passive_auxiliaries:
            return None  # "the targets were met"
        j = verb.end
        dates = _span_edges(doc, settings.SPANS_DATES)
        # ("met briefly with", "met separately with": a manner adverb before whom)
        while j < sent.end and (lower_words(doc)[j] in self.time_words or lower_words(doc)[j] in DAY_PARTS
                                or dates.get(j, (None,))[0] == j or self._manner_adverb(doc, j)
                                or lower_words(doc)[j] == "on" and dates.get(j + 1, (None,))[0] == j + 1
                                or self._met_in_place_end(doc, j) > j):
            # "met yesterday with", "met here Sunday afternoon with", "met on Monday with": a time
            # (or "here") before whom; "met in Madrid on Monday with", "met in Samarkand the X": a place
            if self._met_in_place_end(doc, j) > j:
                j = self._met_in_place_end(doc, j)
                continue
            j += lower_words(doc)[j] == "on" and dates.get(j + 1, (None,))[0] == j + 1
            j = dates[j][1] if dates.get(j, (None,))[0] == j else j + 1
        j = self._set_off_place(doc, j, sent.end)  # ("met, at his residence, with X")
        discussed = verb.id_ == DISCUSS_VERB_RULE
        if discussed and not (j < sent.end and lower_words(doc)[j] == "with" and self._discussion_subject(doc, verb.start, sent)):
            return None  # ("the issues discussed with X", "discussed trade"): no occasion told by the verb
        if verb.id_ == SPEAK_VERB_RULE and not (j < sent.end and lower_words(doc)[j] == "with"):
            return None  # ("spoke to reporters", "spoke about trade"): only "spoke with" someone is a call
        if j < sent.end and lower_words(doc)[j] == "with":
            j += 1
        if j + 1 < sent.end and lower_words(doc)[j] in GROUP_QUANTIFIERS and is_capitalised(doc[j + 1]):
            j += 1  # "met with various Heads of Mission": one gathering of a group named by capitals
        if verb.id_ == CALL_ON_RULE and j < sent.end and lower_words(doc)[j] in CALLED_PRONOUNS:
            return self._call_on(doc, verb, j, j + 1, renamed)  # ("X called on him at his office on Tuesday")
        end, official = self._party(doc, j, sent.end, noun_end=False), None
        if end is None or not self._names_party(doc, j, end):
            official = self._official_met(doc, j, sent.end)  # ("met her counterpart, Ana Poe,", "met Lourenco")
            end = official[1] if official is not None else end
        if end is None or end < sent.end and token_texts(doc)[end] in POSSESSIVES:
            return None  # ("prices met the Government's target")
        if not self._names_party(doc, j, end) and not (official is not None and official[1] == end) \
                and not self._counterpart(doc, j, end):
            # "will meet with Honduran authorities", "met his seven Nordic colleagues": nobody named
            # (a name or a title has two words; "Tongan community leaders" names a group of people)
            return None
        if verb.id_ == CALL_ON_RULE:
            return self._call_on(doc, verb, j, end, renamed)
        if verb.id_ == SPEAK_VERB_RULE and not self._counterpart(doc, j, end) \
                and not any(j <= o.start < end for o in spans_in(doc, settings.SPANS_OFFICIALS)):
            return None  # ("spoke with the Associated Press"): a call is with an official
        end = self._whole_official(doc, j, end)
        if self._dated_by_report_only(doc, verb.start, end, sent):
            return None  # ("X will meet Y, the minister told reporters on Tuesday": the day of the telling)
        if self._purpose_of_journey(doc, verb.start, end, sent):
            return None  # ("paid a working visit to Poland in August to meet with his counterpart": the visit's)
        noun = "discussions" if discussed else "call" if verb.id_ == SPEAK_VERB_RULE else self._meeting_noun(doc, sent)
        renamed[(verb.start, end)] = noun + " with " + text_of(doc, j, end)
        return verb.start, end, verb.id_, None

    @staticmethod
    def _whole_official(doc: Doc, j: int, end: int) -> int:
        """End of whom a verb of meeting tells: the whole mention of the official that opens at ``j``
        (after a determiner) when it runs past ``end`` across an apposition's comma to a name or a
        title of capitalised words ("met on Saturday Slovakian Foreign Minister, Miroslav Lajcak";
        not "met Ana Poe, Director of the Bank for Peru and Chile": a description), else ``end``."""
        officials, texts = _span_edges(doc, settings.SPANS_OFFICIALS), token_texts(doc)
        for k in (j, j + 1):
            whole = officials.get(k)
            if whole is None or whole[0] != k or whole[1] <= end or (k > j and lower_words(doc)[j] not in PARTY_DETERMINERS):
                continue
            comma = next((i for i in range(whole[1] - 1, end - 1, -1) if texts[i] == ","), None)
            name = (span_value(next(o for o in spans_in(doc, settings.SPANS_OFFICIALS) if o.start == k), "nf_official")
                    or {}).get("name") or ""
            if comma is not None and comma + 1 < whole[1] and all(is_capitalised(t) for t in doc[comma + 1:whole[1]]) \
                    and text_of(doc, comma + 1, whole[1]).endswith(name.split()[-1] if name else "\0"):
                return whole[1]  # (the person's name after the comma, not a title: "met Ana Poe, Secretary General")
        return end

    def _purpose_of_journey(self, doc: Doc, v: int, end: int, sent: Span) -> bool:
        """ "X paid a working visit to Poland in August 2014 to meet with his counterpart Y": a meeting
        told by "to" and its verb after a journey of its sentence, with no date or place of its own
        after whom, is what the journey is for; its date and place are the journey's (no event of its
        own, as "During the visit, he met Y"; docs/annotating.md 4). Not "is scheduled to meet Y on
        Tuesday": its own day."""
        lowers = lower_words(doc)
        if v - 1 <= sent.start or lowers[v - 1] != "to" or not any(w in self.journey_heads for w in lowers[sent.start:v - 1]):
            return False
        return not self._when_or_where_after(doc, end, sent.end) and not any(
            end <= d.start < sent.end for d in spans_in(doc, settings.SPANS_DATES))

    def _dated_by_report_only(self, doc: Doc, v: int, end: int, sent: Span) -> bool:
        """Whether every date (of a month or a day) and place (after "in"/"at") of the sentence of a
        verb of meeting at ``v`` stands after a verb of telling that follows whom it tells ("X will
        meet Y, the minister told reporters on Tuesday"): the day or place of the announcement, none
        of the meeting's (dev convention 5)."""
        anchors = self._clause_anchors(doc, sent.start, sent.end, v, end)
        reports = [i for i in range(end, sent.end) if lower_words(doc)[i] in self.report_verbs]
        return bool(anchors) and bool(reports) and all(a > reports[0] for a in anchors)

    @staticmethod
    def _met_in_place_end(doc: Doc, j: int) -> int:
        """End of a place after "in" at ``j`` ("met in Madrid on Monday with X", "met in Samarkand
        the X"), else ``j``: a place (not a country's possessive, "in Spain's capital") between the
        verb and whom it tells."""
        if j + 1 >= len(doc) or lower_words(doc)[j] != "in":
            return j
        place = _span_edges(doc, settings.SPANS_PLACES).get(j + 1)
        if place is None or place[0] != j + 1 or place[1] < len(doc) and token_texts(doc)[place[1]] in POSSESSIVES:
            return j
        return place[1]

    def _call_on(self, doc: Doc, verb: Span, j: int, end: int, renamed: dict):
        """ "A delegation called on Interior Minister X here on Thursday", "called on President X
        at State House": a call paid on someone, when where or when follows whom; not "called on
        X to resign", "called on X on Monday to act" (an appeal: "to" after whom, unless a
        building is named right after whom, "called on X at State House to discuss trade")."""
        sent, lowers = sent_of(verb), lower_words(doc)
        official = _span_edges(doc, settings.SPANS_OFFICIALS).get(j)
        if official is not None and official[0] == j and official[1] > end:
            end = official[1]  # ("called on Minister for Interior Brig (R) Ana Poe": the official's whole mention)
        k = end + (end < sent.end and lowers[end] == "here")
        at_building = end + 1 < sent.end and lowers[end] == "at" and (is_capitalised(doc[end + 1])
                                                                       or lowers[end + 1] == "the" and end + 2 < sent.end
                                                                       and is_capitalised(doc[end + 2]))
        if not (k > end or self._when_or_where_after(doc, k, sent.end) or self._dated_before(doc, verb.start, sent)) \
                or "to" in lowers[end:sent.end] and not at_building:
            return None
        renamed[(verb.start, end)] = "call on " + text_of(doc, j, end)
        return verb.start, end, verb.id_, None

    @staticmethod
    def _dated_before(doc: Doc, v: int, sent: Span) -> bool:
        """ "Ambassador X yesterday evening called on Y", "On 3 May, X called on Y", "X on Tuesday
        called on Y": a date of the clause before a verb of calling on someone tells when the call
        was paid; not one before a colon or a dash (a dateline's: "Lima, May 3 (ANI): X called on Y"),
        nor one inside a clause of its own ("X, who arrived on Friday, called on Y")."""
        texts, lowers = token_texts(doc), lower_words(doc)
        start = max([sent.start] + [i + 1 for i in range(sent.start, v) if texts[i] in CLAUSE_BREAKS or texts[i].endswith(":")])
        dated = any(start <= d.start and d.end <= v for d in spans_in(doc, settings.SPANS_DATES))
        return dated and not any(lowers[i] in CLAUSE_OPENERS for i in range(start, v))

    @staticmethod
    def _set_off_place(doc: Doc, j: int, limit: int) -> int:
        """Past a place set off by commas between a verb of meeting and "with" ("met, at his
        residence, with X", "met, in Lima, with X"), or a lone comma before "with": the index of
        "with", else ``j``."""
        if j + 1 < limit and token_texts(doc)[j] == "," and lower_words(doc)[j + 1] == "with":
            return j + 1  # ("discussed on Wednesday, with X": a lone comma closing the time)
        if j + 2 >= limit or token_texts(doc)[j] != "," or lower_words(doc)[j + 1] not in ("at", "in"):
            return j
        close = next((k for k in range(j + 2, min(limit, j + MAX_PARTY_WORDS + 3)) if token_texts(doc)[k] == ","), None)
        return close + 1 if close is not None and close + 1 < limit and lower_words(doc)[close + 1] == "with" else j

    @staticmethod
    def _discussion_subject(doc: Doc, v: int, sent: Span) -> bool:
        """ "Minister X discussed with", "had discussed with", "they also discussed with": the word
        before the verb ends its subject or is an auxiliary; not "the issues discussed with X" (a
        participle after a lowercase noun tells a topic, no occasion)."""
        if v == sent.start:
            return False
        before = doc[v - 1]
        if before.text == "," and v - 2 >= sent.start:
            before = doc[v - 2]  # ("Ambassador X, Ana Poe, discussed": an apposition's comma)
            return is_capitalised(before)
        return is_capitalised(before) or before.lower_ in DISCUSSION_SUBJECT_ENDS

    @staticmethod
    def _manner_adverb(doc: Doc, j: int) -> bool:
        """ "briefly", "separately" right after a verb of meeting and right before "with"."""
        return doc[j].is_lower and lower_words(doc)[j].endswith("ly") and j + 1 < len(doc) and lower_words(doc)[j + 1] == "with"

    def _counterpart(self, doc: Doc, j: int, end: int) -> bool:
        """ "met with his Chinese counterpart on Friday": an owner's determiner, a capitalised word
        (the state) and a noun of the one who holds the same office there (``COUNTERPART_NOUN``)
        name one official; a bare "his counterpart" names nobody."""
        # (not "his Kenyan counterpart, Cabinet Secretary X, for a bilateral meeting": an apposition
        # names whom, and the meeting the sentence names is the one)
        k = j + (j < end and (lower_words(doc)[j] in PARTY_DETERMINERS or lower_words(doc)[j] in ("a", "an")))
        if k < end and self._people_from(doc, k, len(doc)) == end:
            return True  # ("met his counterpart from Guinea in Lima", "met officials of the X Bank": named by where they are from)
        return end - j == 3 and lower_words(doc)[j] in PARTY_DETERMINERS and is_capitalised(doc[j + 1]) \
            and lower_words(doc)[end - 1] in self.counterpart_nouns and (end == len(doc) or token_texts(doc)[end] != ",")

    def _people_from(self, doc: Doc, k: int, limit: int) -> Optional[int]:
        """ "his counterpart from Guinea", "their counterparts from Peru and Chile", "a delegation from
        the Andean Bank", "officials of the Ministry of Trade": a noun of people (``COUNTERPART_NOUN``,
        also plural; a plural noun of people, ``PEOPLE``; a group sent, ``GROUP_NOUNS``) and "from"
        or "of" a capitalised name: whom a meeting is with, named by where they are from. The end of
        the names (a list joined by commas or "and", a plural noun after the last), else None."""
        if k >= limit or not doc[k].is_lower:
            return None
        words = lower_words(doc)
        noun = words[k]
        if not (noun in self.counterpart_nouns or noun.endswith("s") and noun[:-1] in self.counterpart_nouns
                or noun in GROUP_NOUNS or PEOPLE.search(noun)):
            return None
        j = k + 1 + (k + 2 < limit and words[k + 1] in ("from", "of") and words[k + 2] == "the")
        if not (j + 1 < limit and words[k + 1] in ("from", "of") and is_capitalised(doc[j + 1])
                and token_texts(doc)[j + 1] not in self.names.months_and_days):
            return None
        end = self._name_run(doc, j + 1, min(limit, j + 1 + MAX_NAME_TOKENS))
        # ("the Ministry of Trade", "Peru and Chile": a name's "of" and a list of names)
        while end + 1 < limit and words[end] in (",", "and", "of") and is_capitalised(doc[end + 1]) \
                and token_texts(doc)[end + 1] not in self.names.months_and_days:
            end = self._name_run(doc, end + 1, min(limit, end + 1 + MAX_NAME_TOKENS))
        if end < limit and doc[end].is_lower and doc[end].is_alpha and not doc[end].is_stop \
                and words[end].endswith("s") and words[end] not in self.time_words:
            end += 1  # ("from Andean countries", "from member states")
        return end if end > j + 1 else None

    @staticmethod
    def _names_party(doc: Doc, j: int, end: int) -> bool:
        """Whether the words ``j``..``end`` after a verb of meeting name someone: a name or a title of
        two capitalised words, an office of a domain ("the Minister of Agriculture of Belarus"), or a
        group of people ("Tongan community leaders")."""
        return any(is_capitalised(doc[i]) and is_capitalised(doc[i + 1]) for i in range(j, end - 1)) \
            or is_capitalised(doc[end - 1]) and any(is_capitalised(doc[i]) and lower_words(doc)[i + 1] == "of"
                                                    and is_capitalised(doc[i + 2]) for i in range(j, end - 2)) \
            or end > j and doc[end - 1].is_lower and bool(PEOPLE.search(lower_words(doc)[end - 1]))

    @staticmethod
    def _official_met(doc: Doc, j: int, limit: int) -> Optional[tuple]:
        """The official (a person the text names, ``officials`` spans) that the object of a verb of
        meeting opens on, right away ("met Lourenco") or after a determiner and a few lowercase words
        ("her counterpart, Ana Poe", "the delegation headed by Ana Poe"): (start, end), else None."""
        officials = _span_edges(doc, settings.SPANS_OFFICIALS)
        k = j + 1 if j < limit and lower_words(doc)[j] in PARTY_DETERMINERS else j
        while k < min(limit, j + MAX_PARTY_WORDS) and not (k in officials and officials[k][0] == k) \
                and (doc[k].is_lower and doc[k].is_alpha and k > j or token_texts(doc)[k] == ","):
            k += 1  # ("the delegation headed by", "his counterpart,")
        return officials[k] if k < limit and k in officials and officials[k][0] == k else None

    def _pair_met(self, doc: Doc, verb: Span, renamed: dict):
        """ "Foreign Minister Ana Lopez and her Chilean counterpart Ian Poe met in Lima on Monday": a
        subject of two named parties joined by "and" opening the sentence, a verb of meeting, and
        where or when -> "meeting between <the parties>" (a described event, like "met with X")."""
        sent = sent_of(verb)
        start, v = sent.start, verb.start
        if v - 1 > start and lower_words(doc)[v - 1] in ("will", "would", "have", "has"):
            v -= 1  # "A and B will meet on Tuesday", "A and B have met in Lima"
        words = doc[start:v]
        joins = [t.i for t in words if t.lower_ == "and"]
        named = start + 1 if lower_words(doc)[start] == "the" else start  # ("The Greek Prime Minister X and ...")
        # each side ends on a name of two capitalised words ("Ana Lopez"; not "the Ambassador"), or
        # two states own one plural office ("Russian and French Foreign Ministers")
        if len(joins) != 1 or v - start > MAX_SUBJECT_WORDS \
                or not (all(k - 2 >= start and is_capitalised(doc[k - 1]) and is_capitalised(doc[k - 2]) for k in (joins[0], v))
                        or self._states_pair_office(doc, named, joins[0], v)):
            return None
        if any(t.is_punct and t.text not in HYPHENS and t.text not in APOSTROPHES for t in words) \
                or sum(t.is_lower for t in words) > 5 or any(t.lower_ in self.passive_auxiliaries for t in words):
            return None  # ("The targets were met", "Ana, Ian and Li met": not two parties)
        # ("A and B met on the sidelines of the X Summit in Moscow": beside an event, which places it)
        beside = self._beside_another(doc, verb.end, sent.end)
        if not (beside or self._when_or_where_after(doc, verb.end, sent.end)) \
                or any(t.lower_ == "with" for t in doc[verb.end:sent.end if beside else min(sent.end, verb.end + MAX_PARTY_WORDS)]):
            return None  # ("A and B met on Monday with their Bolivian counterparts": they met others)
        renamed[(start, v)] = "meeting between " + text_of(doc, named, v)
        return start, v, verb.id_, None

    def _officials_met(self, doc: Doc, verb: Span, renamed: dict):
        """ "... after Somali President Ana Lopez, and Egyptian Prime Minister Ian Poe, met in London",
        "Under Secretary of State for X and Y Ana Lopez and the Minister of Z Ian Poe met in Lima on
        Monday": named officials (``officials`` spans, two or more, joined only by commas, "and" and
        a determiner) right before a verb of meeting, then where or when and nobody else met "with":
        a meeting of its own (dev convention 1), named after its place when it follows the verb
        ("meeting in London", as the dev gold names one), else after whom ("meeting between ...")."""
        sent, lowers = sent_of(verb), lower_words(doc)
        v = verb.start - (verb.start - 1 > sent.start and lowers[verb.start - 1] in ("will", "would", "have", "has"))
        chain = [o for o in spans_in(doc, settings.SPANS_OFFICIALS) if sent.start <= o.start and o.end <= v]
        k = len(chain)
        while k and all(lowers[i] in (",", "and") or lowers[i] in PARTY_DETERMINERS
                        for i in range(chain[k - 1].end, chain[k].start if k < len(chain) else v)):
            k -= 1
        if len(chain) - k < 2 or not self._when_or_where_after(doc, verb.end, sent.end) \
                or any(t.lower_ == "with" for t in doc[verb.end:min(sent.end, verb.end + MAX_PARTY_WORDS)]):
            return None  # ("A and B met on Monday with their Bolivian counterparts": they met others)
        start = chain[k].start
        place = _span_edges(doc, settings.SPANS_PLACES).get(verb.end + 1)
        if lowers[verb.end] in ("in", "at") and place is not None and place[0] == verb.end + 1:
            renamed[(start, v)] = "meeting in " + text_of(doc, *place)
        else:
            renamed[(start, v)] = "meeting between " + text_of(doc, start, v).rstrip(" ,")
        return start, v, verb.id_, None

    @staticmethod
    def _states_pair_office(doc: Doc, start: int, join: int, v: int) -> bool:
        """ "Russian and French Foreign Ministers", "Kenyan and Ugandan defence ministers": two
        states (demonyms or countries, ``places`` spans) joined by "and", then a plural noun of
        people (``PEOPLE``) closing a short office before the verb: the two who hold it met."""
        places = {p.start: p.end for p in spans_in(doc, settings.SPANS_PLACES)
                  if (span_value(p, "nf_place") or {}).get("kind") in ("demonym", "country")}
        office = places.get(join + 1)
        return places.get(start) == join and office is not None and 0 < v - office <= 3 \
            and all(t.is_alpha for t in doc[office:v]) and bool(PEOPLE.search(lower_words(doc)[v - 1]))

    def _group_met(self, doc: Doc, verb: Span, renamed: dict, found: list = ()):
        """ "The defence ministers of A, B and C met in Mogadishu on Tuesday ... the meeting was
        crucial": a group of people (a plural noun of people heading the subject that opens the
        sentence) who meet where and when the words right after the verb say, and a later
        sentence that calls it "the meeting" -> "meeting of <the group>"; not "Ministers met to
        discuss the plan" (neither where nor when), nor a gathering the story never calls a meeting."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        sent = sent_of(verb)
        v = verb.start
        # "will meet", and "were meeting in Nairobi on Thursday": the head told as a verb
        if v - 1 > sent.start and (lowers[v - 1] in ("will", "would")
                                   or lowers[v] == "meeting" and lowers[v - 1] in self.passive_auxiliaries):
            v -= 1
        elif lowers[v] == "meeting":
            return None
        start = _after_dateline(doc, sent.start, v)
        start += start < v and lowers[start] == "the"
        run = start
        while run < v and run - start < MAX_GROUP_WORDS and doc[run].is_alpha and not doc[run].is_stop:
            run += 1
        if run == start or not (doc[run - 1].is_lower and PEOPLE.search(lowers[run - 1])) \
                or v - start > MAX_SUBJECT_WORDS or not self._when_or_where_after(doc, verb.end, sent.end) \
                or any(lowers[i] in self.passive_auxiliaries or lowers[i] in self.report_verbs
                       or lowers[i] in ("who", "which", "that", "with") for i in range(run, v)):
            return None
        # (a group of states with no later "the meeting": unless a named event is told in its
        # sentence or the one before, which is where the group met)
        before = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        if not (self._called_meeting_after(doc, sent) or self._group_of_states(doc, start, run, v)
                and not any(before <= f[0] < sent.end and not f[2].startswith("event.lower") for f in found)):
            return None
        renamed[(start, verb.end)] = "meeting of " + text_of(doc, start, run)
        return start, verb.end, verb.id_, None

    @staticmethod
    def _group_of_states(doc: Doc, start: int, run: int, v: int) -> bool:
        """ "The foreign ministers of Peru and Chile", "ASEAN defence ministers", "Nordic trade
        ministers": a group owned by states or a bloc (countries, demonyms or capitalised names
        after "of"; a demonym, a country or an acronym before the plural noun) meets as their
        envoys, a meeting with no later "the meeting" needed; not "Regional police chiefs" (no
        state owns them)."""
        places = {i for p in spans_in(doc, settings.SPANS_PLACES)
                  if (span_value(p, "nf_place") or {}).get("kind") in ("demonym", "country") for i in range(p.start, p.end)}
        lowers = lower_words(doc)
        if run < v and lowers[run] == "of":
            words = [i for i in range(run + 1, v) if lowers[i] not in ("and", ",", "the")]
            return bool(words) and all(i in places or is_capitalised(doc[i]) for i in words) and any(i in places for i in words)
        return any(i in places or doc[i].is_upper and len(doc[i]) > 1 for i in range(start, run))

    def _owned_refers_back(self, doc: Doc, before, head_text: str, bare: bool, modifiers: int, end: int,
                           limit: int) -> bool:
        """ "his meeting" without a complement refers back ("its plenary session" is a sitting;
        "her bilateral meeting on Thursday in Pokhara", "... later in the day" tell one)."""
        return before.lower_ in ("his", "her", "their", "its") and bare \
            and not head_text.endswith("s") and "visit" not in head_text.lower() \
            and not (modifiers and before.lower_ in ("its", "their")) \
            and not (modifiers and self._told_when_or_where(doc, end, limit))

    def _told_when_or_where(self, doc: Doc, end: int, limit: int) -> bool:
        """ "on Thursday", "in Pokhara", "today", "later in the day" right after a head."""
        return end < limit and (self._when_or_where_after(doc, end, limit) or lower_words(doc)[end] in self.time_words
                                or lower_words(doc)[end] in ("later", "earlier"))

    @classmethod
    def _when_or_where_after(cls, doc: Doc, j: int, limit: int) -> bool:
        """ "met in Lima", "met on Monday", and "met today in Athens", "met yesterday": where or
        when right after a verb of meeting (a date written with no preposition is one)."""
        return cls._when_or_where(doc, j, limit) or _span_edges(doc, settings.SPANS_DATES).get(j, (None,))[0] == j

    def _called_meeting_after(self, doc: Doc, sent: Span) -> bool:
        """Whether one of the next few sentences calls an occasion "the meeting" or "this
        meeting" (the lowercase head after a definite word), before any named event."""
        lowers = lower_words(doc)
        end, reach = sent.end, min(len(doc), sent.end + MEETING_CALLED_TOKENS)
        for _ in range(MEETING_CALLED_WITHIN):
            if end >= reach:
                return False
            nxt = sent_of(doc[end])
            for i in range(nxt.start + 1, min(nxt.end, reach)):
                # (not "the meeting room": the head modifies a noun)
                if lowers[i] == "meeting" and doc[i].is_lower and lowers[i - 1] in ("the", "this") \
                        and not (i + 1 < nxt.end and lowers[i + 1] in self.nouns_after):
                    return True
            end = nxt.end
        return False

    def _received_meetings(self, doc: Doc, found: list, renamed: dict) -> list:
        """ "The Minister received Ambassador Ana Poe on Sunday at the Ministry. During the
        meeting, ...": a visitor received (a named official, or a name) in a sentence that names
        no event, and the next sentence opening on "During the meeting" or "At the meeting":
        the reception is that meeting, named by its verb ("received <the visitor>")."""
        lowers, meetings = lower_words(doc), []
        officials = _span_edges(doc, settings.SPANS_OFFICIALS)
        told_of = {sent_of(doc[f[0]]).start for f in found}  # the sentences that name an event
        for i in token_indices(doc, "LOWER", MEETING_WORD):
            sent = sent_of(doc[i])
            if i - sent.start > MAX_OPENING_TOKENS:
                continue  # (a head deep in its sentence opens nothing: no pass over a long one)
            opening = [k for k in range(sent.start, i) if not doc[k].is_space]
            if len(opening) != 2 or lowers[opening[0]] not in self.refer_prepositions or lowers[opening[1]] != "the" \
                    or sent.start == 0:
                continue
            told = sent_of(doc[sent.start - 1])
            verb = next((k for k in range(told.start, told.end) if lowers[k] in self.receive_verbs), None)
            if verb is None or told.start in told_of \
                    or verb > told.start and lowers[verb - 1] in self.passive_auxiliaries:
                continue  # ("... was received by the Minister": the visitor is the subject)
            party = next((officials[k] for k in range(verb + 1, told.end) if k in officials and officials[k][0] == k), None)
            if party is None:
                continue
            # named by its verb, as the text tells it ("received a copy of the credentials of X"),
            # without the day and place told between ("received on Sunday at his office, X")
            told_between = party[0] > verb + 1 and (lowers[verb + 1] in ADVERBIAL_PREPOSITIONS
                                                    or any(t.is_punct for t in doc[verb + 1:party[0]]))
            renamed[(verb, party[1])] = self._reception_name(doc, told, party) if told_between or party[0] == verb + 1 \
                else text_of(doc, verb, party[1])
            meetings.append((verb, party[1], "event.lower.meeting.received", None))
        return meetings

    def _first_retold(self, doc: Doc, found: list, renamed: dict) -> list:
        """ "The two ministers met at the Ministry in Lima on Monday. [...] During the meeting, ...": a
        definite head (a ``RETOLD_DETERMINER`` or "his"/"her", up to two lowercase modifiers and a
        ``RETOLD_HEAD``, no complement or name after it) that comes before any event the doc names
        retells the meeting its story told by a verb: an event named by those words when the clause
        of the nearest such verb in a sentence before it gives a date of a month or a day or a place
        after "in"/"at" (FACTS.md: a described event counts with its date or its place); the event
        stands at the verb, where its date and place are told, and the head is a later mention of
        it. An owner's head ("after their meeting") may be dated or placed by its own clause."""
        first, lowers = min((f[0] for f in found), default=len(doc)), lower_words(doc)
        for i in token_indices(doc, "LOWER", self.retold_heads):
            if i >= first:
                break
            sent = sent_of(doc[i])
            k = i
            while k - 1 > sent.start and i - k < 2 and doc[k - 1].is_lower and (doc[k - 1].is_alpha or "-" in doc[k - 1].text) \
                    and lowers[k - 1] not in self.retold_determiners and lowers[k - 1] not in ONE_PERSON_POSSESSIVES \
                    and not doc[k - 1].is_stop:
                k -= 1
            if not doc[i].is_lower or k == sent.start or not (lowers[k - 1] in self.retold_determiners
                                                             or lowers[k - 1] in ONE_PERSON_POSSESSIVES) \
                    or self.names.in_headline(sent):
                continue
            if i + 1 < sent.end and (lowers[i + 1] in RETOLD_COMPLEMENTS or lowers[i + 1] in self.nouns_after
                                     or is_capitalised(doc[i + 1])):
                continue  # ("the meeting of the Council", "the meeting room": another or no event)
            if lowers[k - 1] in OWNER_DETERMINERS and self._own_clause_anchor(doc, k, i + 1, sent):
                return [(k, i + 1, RETOLD_RULE, None)]  # ("spoke in Amman on Monday after their meeting")
            v = self._verb_told_when_or_where(doc, i)
            if v is None:
                return []
            renamed[(v, v + 1)] = text_of(doc, k, i + 1)
            return [(v, v + 1, RETOLD_RULE, None)]
        return []

    def _own_clause_anchor(self, doc: Doc, k: int, end: int, sent: Span) -> bool:
        """Whether the clause of a head from ``k`` to ``end`` holds a date or place with no other
        head between them, one before it only a date and only when a time preposition governs the
        head ("spoke in Amman on Monday after their meeting"; as in :meth:`_clause_dated`; not "told
        a press briefing in Suva on Monday that the talks went well": the briefing's)."""
        texts, dates = token_texts(doc), _span_edges(doc, settings.SPANS_DATES)
        for j in self._clause_anchors(doc, *self._clause_edges(doc, k, end, sent), k, end):
            if j < k and not (j in dates and self._governed_by_time(doc, k, sent)):
                continue
            between = range(end, j) if j >= end else range(j + 1, k)
            if not any(texts[b] in self.lower_heads for b in between):
                return True
        return False

    def _verb_told_when_or_where(self, doc: Doc, head: int) -> Optional[int]:
        """The nearest verb of meeting, receiving, welcoming or opening in a sentence before the one
        of ``head`` (past the dateline, not in the headline) whose clause holds a date of a month or
        a day or a place after "in"/"at" ("held" alone tells no meeting: "held a press briefing")."""
        verbs = token_indices(doc, "LOWER", self.meet_verbs | self.receive_verbs | WELCOME_VERBS)
        # (a sentence before the head's: "welcomed on 4 May the talks on X" welcomes its object)
        for v in reversed(verbs[:bisect_left(verbs, sent_of(doc[head]).start)]):
            sent = sent_of(doc[v])
            if self.names.in_headline(sent):
                continue
            left, right = self._clause_edges(doc, v, v + 1, sent)
            if self._clause_anchors(doc, _after_dateline(doc, left, v), right, v, right + 1):
                return v  # (not "to" a place: where one goes)
        return None

    def _received_visitors(self, doc: Doc, found: list, renamed: dict) -> list:
        """ "The President received the visiting minister X at the Palace on Monday", "the Emir today
        received at Bayan Palace Sheikh X": a named official received by the sentence's subject, only
        a time or a place between the verb and the visitor, in a sentence that names no event: a
        meeting named by its verb ("received X"); like every described event it counts only with a
        date or a place (``records``). Not "received a letter from X", "hosted a dinner for X"."""
        lowers, meetings = lower_words(doc), []
        officials = _span_edges(doc, settings.SPANS_OFFICIALS)
        told_of = {sent_of(doc[f[0]]).start for f in found}  # the sentences that name an event
        taken = {f[0] for f in found}
        for verb in token_indices(doc, "LOWER", self.receive_verbs):
            sent = sent_of(doc[verb])
            if verb in taken or sent.start in told_of or verb == sent.start or self.names.in_headline(sent) \
                    or lowers[verb - 1] in self.passive_auxiliaries or doc[verb - 1].is_punct and lowers[verb - 1] != ",":
                continue  # ("was received by X": the visitor is the subject)
            party = self._visitor_at(doc, verb + 1, sent.end, officials)
            if party is None:
                continue
            name = renamed[(verb, party[1])] = self._reception_name(doc, sent, party)
            meetings.append((verb, party[1], "event.lower.meeting.received", None))
            if sent.end < len(doc):
                self._meeting_told_again(doc, found, sent_of(doc[sent.end]), name, renamed)
        return meetings

    def _reception_name(self, doc: Doc, sent: Span, party: Tuple[int, int]) -> str:
        """A visitor or a delegation received, told by the verb ("The Emir received Minister X at
        the Palace on Monday"): a meeting told by its verb, named as "met" names one (ANNOTATORS.md
        10: "met ... in Nairobi on Monday" -> "meeting"): the noun the next sentence retells it by,
        else "meeting", with whom ("meeting with Minister X")."""
        return self._meeting_noun(doc, sent) + " with " + text_of(doc, party[0], party[1])

    def _credentials(self, doc: Doc, matches: List[Span], found: list) -> list:
        """ "Ambassador X presented his credentials to President Y at the Palace on Monday", "the
        Emir received a copy of the credentials of Ambassador Z": the presentation of an envoy's
        credentials, told by its verb, named as the text tells it up to whom ("to", "of", "from" and
        a party); not where an event found already covers it (the reception told as "the meeting")."""
        taken = {i for f in found for i in range(f[0], f[1])}
        out = []
        for span in (s for s in matches if s.label_ == "EVENT_CREDENTIALS"):
            sent = sent_of(span)
            if taken.intersection(range(span.start, span.end)) or span.start > sent.start \
                    and lower_words(doc)[span.start - 1] in self.passive_auxiliaries:
                continue
            end = span.end
            if end + 1 < sent.end and lower_words(doc)[end] in ("to", "of", "from"):
                end = self._party(doc, end + 1, sent.end, noun_end=False) or end
            out.append((span.start, end, span.id_, None))
            taken.update(range(span.start, end))
        return out

    def _received_delegations(self, doc: Doc, found: list, renamed: dict) -> list:
        """ "The Speaker on Tuesday received a parliamentary delegation from Kenya", "hosted a
        delegation of investors at State House on Friday": a delegation (``DELEGATION_NOUN``)
        received by the sentence's subject, in a sentence that names no event: a visit named by its
        verb and whom ("received a parliamentary delegation from Kenya"); like every described
        event it counts only with a date or a place (``records``). Not "was received by a delegation"."""
        lowers, visits = lower_words(doc), []
        told_of = {sent_of(doc[f[0]]).start for f in found}  # the sentences that name an event
        for verb in token_indices(doc, "LOWER", self.receive_verbs):
            sent = sent_of(doc[verb])
            if sent.start in told_of or verb == sent.start or self.names.in_headline(sent) \
                    or lowers[verb - 1] in self.passive_auxiliaries:
                continue
            obj = self._object_past_adverbials(doc, verb + 1, sent.end)
            noun = None if obj is None else self._delegation_object(doc, obj, sent.end)
            if noun is None:
                continue
            end = self._delegation_origin(doc, noun + 1, sent.end)
            renamed[(verb, end)] = self._reception_name(doc, sent, (obj, end))
            visits.append((verb, end, "event.lower.delegation.received", None))
        return visits

    def _object_past_adverbials(self, doc: Doc, j: int, limit: int) -> Optional[int]:
        """Where the object of a verb opens on its article, past adverbials of time or place
        between them ("received at the Palace in Lima a delegation", "yesterday received a
        delegation"); None when anything else comes first."""
        lowers, opened = lower_words(doc), False  # (opened: after a preposition, "the" opens the place)
        for k in range(j, min(limit, j + MAX_ADVERBIAL * 2)):
            if lowers[k] in ("a", "an") or lowers[k] == "the" and not opened:
                return k
            if lowers[k] in ADVERBIAL_PREPOSITIONS or lowers[k] == "the":
                opened = True
            elif is_capitalised(doc[k]) or lowers[k] in self.time_words or doc[k].like_num or token_texts(doc)[k] == ",":
                opened = False
            else:
                return None
        return None

    def _delegation_object(self, doc: Doc, j: int, limit: int) -> Optional[int]:
        """Where the ``DELEGATION_NOUN`` stands that the object at ``j`` ends on: "a delegation",
        "a five-member parliamentary delegation", "a Kenyan business delegation"; None otherwise."""
        lowers = lower_words(doc)
        if not (j < limit and lowers[j] in ("a", "an", "the")):
            return None
        for k in range(j + 1, min(limit, j + MAX_GROUP_WORDS + 2)):
            if lowers[k] in self.delegation_nouns:
                return k
            if not (doc[k].is_alpha or doc[k].like_num or token_texts(doc)[k] in HYPHENS and not doc[k].whitespace_):
                return None
        return None

    @staticmethod
    def _delegation_origin(doc: Doc, k: int, limit: int) -> int:
        """The end of "from Kenya", "of the Embassy of Japan", "of Chinese investors" after a
        delegation (a capitalised run after "from" or "of"; after "of" lowercase nouns too), else ``k``."""
        lowers = lower_words(doc)
        if not (k < limit and lowers[k] in ("from", "of")):
            return k
        m = k + 1 + (k + 1 < limit and lowers[k + 1] == "the")
        n = m
        while n < limit and (is_capitalised(doc[n]) or lowers[n] in ("of", "and") and n + 1 < limit and is_capitalised(doc[n + 1])
                             or lowers[k] == "of" and doc[n].is_alpha and doc[n].is_lower and not doc[n].is_stop
                             and not lowers[n].endswith(("ed", "ing")) and n - m < MAX_GROUP_WORDS):
            # (not "led", "headed", "comprising": a participle opens what is said of the delegation)
            n += 1
        return n if n > m else k

    @staticmethod
    def _meeting_told_again(doc: Doc, found: list, nxt: Span, name: str, renamed: dict) -> None:
        """ "X received Y in Hanoi. According to the agency, the meeting between X and Y focused on
        ...", "At the outset of the meeting, which was held in Abu Dhabi, ...": a meeting with "the"
        in the next sentence is the reception told again (it takes the reception's name)."""
        for start, end, rule, _ in found:
            if nxt.start <= start < nxt.end and rule.startswith("event.lower.meeting") and not rule.endswith(".numbered") \
                    and start > 0 and lower_words(doc)[start - 1] == "the":
                renamed[(start, end)] = name

    def _visitor_at(self, doc: Doc, j: int, limit: int, officials: dict) -> Optional[tuple]:
        """The official that the object of a verb of receiving opens on, past adverbials of time or
        place ("today", "at Bayan Palace in the capital", "in his office yesterday") and a determiner with lowercase
        modifiers ("the visiting"): (start, end); None when anything else comes first ("a copy of")."""
        lowers, place = lower_words(doc), False
        for k in range(j, min(limit, j + MAX_ADVERBIAL * 2)):
            if k in officials and officials[k][0] == k:
                end = officials[k][1]
                return (k, end) if not (end < limit and token_texts(doc)[end] in POSSESSIVES) else None
            word = doc[k]
            if lowers[k] in ADVERBIAL_PREPOSITIONS:
                place = True
            elif not (word.text == "," or lowers[k] in self.time_words or lowers[k] in PARTY_DETERMINERS or is_capitalised(word)
                      or word.like_num or place and word.is_alpha and word.is_lower and not word.is_stop):
                return None
        return None

    def _meeting_noun(self, doc: Doc, sent: Span) -> str:
        """ "talks" when the next sentence opens on "The talks ..." ("During the meeting, ..."
        keeps "meeting"); else the noun phrase by which the next sentence retells the meeting
        (:meth:`_retold_noun`: "This ministerial meeting took place ...", "... for the previously
        unannounced meeting"), else "meeting" (dev convention 1: the text's noun names it)."""
        nxt = doc[sent.end:min(len(doc), sent.end + 4)]
        words = [t.lower_ for t in nxt if not t.is_space]
        for k in range(min(3, len(words) - 1)):
            if words[k] == "the" and words[k + 1] in self.lower_heads:
                return words[k + 1]
        return self._retold_noun(doc, sent) or "meeting"

    def _retold_noun(self, doc: Doc, sent: Span) -> Optional[str]:
        """The lowercase noun phrase with which the sentence after ``sent`` retells a meeting told by
        its verb: a definite or demonstrative word (``RETOLD_DETERMINER``), up to three lowercase
        modifiers and a head of meeting (``RETOLD_HEAD``) -> "ministerial meeting", "previously
        unannounced meeting"; not another one ("the next meeting", "the meeting of the Council",
        "the Council meeting", "the meeting room"), nor a head that names an event of its own
        (an ordinal, a capitalised word)."""
        if sent.end >= len(doc):
            return None
        nxt, lowers = sent_of(doc[sent.end]), lower_words(doc)
        heads = token_indices(doc, "LOWER", self.retold_heads)
        # (only the heads of the next sentence: found by bisection in the doc's sorted index)
        for i in heads[bisect_right(heads, nxt.start):bisect_left(heads, nxt.end)]:
            if not doc[i].is_lower:
                continue
            k = i
            while k - 1 > nxt.start and i - k < 3 and doc[k - 1].is_lower and doc[k - 1].is_alpha \
                    and lowers[k - 1] not in self.retold_determiners and not doc[k - 1].is_stop:
                k -= 1
            if lowers[k - 1] not in self.retold_determiners or any(
                    w in self.other_occurrence or w in self.word_ordinals or w in self.same_event for w in lowers[k:i]):
                continue
            if i + 1 < nxt.end and (lowers[i + 1] in ("of", "between") or lowers[i + 1] in self.nouns_after
                                    or is_capitalised(doc[i + 1])):
                continue  # ("the meeting of the Council": a body's sitting; "the meeting room")
            return text_of(doc, k, i + 1)
        return None

    def _visit_verb(self, doc: Doc, head: Span, k: int, renamed: dict, rule: str, buildings_only: bool = False):
        """The visit a verb reports: "will visit the Harbour Research Centre" -> "visit to the
        Harbour Research Centre"; with ``buildings_only`` the place must be a building ("visited the
        Tema Fishing Harbour", not "visited the United States", a visit told as background)."""
        sent = sent_of(head)
        j = head.end + 1 if head.end + 1 < sent.end and lower_words(doc)[head.end] == "the" else head.end
        end = j
        while end < min(sent.end, j + MAX_NAME_TOKENS) and (is_capitalised(doc[end]) or token_texts(doc)[end] in HYPHENS
                                                             and not doc[end].whitespace_):
            end += 1
        if end == j or token_texts(doc)[j] in self.names.months_and_days:
            return None
        end = self._listed_places(doc, j, end, sent.end)
        if buildings_only and token_texts(doc)[end - 1] not in self.building_words:
            # ("X on Wednesday visited Peru": the day right before the verb)
            dated_before = _span_edges(doc, settings.SPANS_DATES).get(k, (None, None))[1] == k
            if k > sent.start and lower_words(doc)[k - 1] in self.other_occurrence:
                return None  # ("last visited Peru in 2023": the one before, told as background)
            if dated_before or self._dated_after(doc, end, sent.end):
                rule = "event.lower.visit.verb"  # "visited Peru in January": a visit of its own, told by its day
            elif self._visit_reported(doc, k, j, end):
                rule = "event.lower.visit.reported.verb"  # "Minister X visited Peru", "is visiting Lima": its place told
            else:
                return None
        renamed[(k, end)] = "visit to " + text_of(doc, head.end, end)
        return k, end, rule, None

    @staticmethod
    def _visit_reported(doc: Doc, k: int, j: int, end: int) -> bool:
        """ "Minister Ana Lopez visited Peru, where ...", "She is visiting Lima at the invitation of
        ...": a visit told by its verb with no date is the visit the story reports, its place the named
        place it goes to (FACTS.md), when the verb is the predicate of a subject ending on a name
        ("visited") or is progressive after a form of "be" ("is visiting", "would be visiting");
        not "has also visited Peru", "ever visited Peru", "While visiting Lima," (a visit told as
        background, or the frame of another event)."""
        place = _span_edges(doc, settings.SPANS_PLACES).get(j)
        if place is None or place[0] != j or k <= sent_of(doc[k]).start:
            return False
        verb, before = lower_words(doc)[k], doc[k - 1]
        if verb == "visiting":
            return before.lower_ in COPULAS  # ("is visiting Lima": a visit under way or planned)
        return verb == "visited" and is_capitalised(before) and before.is_alpha

    @staticmethod
    def _listed_places(doc: Doc, start: int, end: int, limit: int) -> int:
        """End of the places listed from ``start`` when the capitalised run ``start``..``end`` is a
        place and places follow it joined by commas or "and" ("visited Lima, Cusco and Arequipa on
        Monday": one journey to the three); else ``end``."""
        places = _span_edges(doc, settings.SPANS_PLACES)
        if places.get(start, (None, None)) != (start, end):
            return end
        k = end
        while k + 1 < limit and token_texts(doc)[k] in (",", "and"):
            joined = token_texts(doc)[k] == "and" or lower_words(doc)[k + 1] == "and"
            j = k + 2 if token_texts(doc)[k] == "," and lower_words(doc)[k + 1] == "and" else k + 1
            place = places.get(j)
            if place is None or place[0] != j:
                break
            k = place[1]
            if joined:  # (the list closes on "and": "Apia, Samoa" is a town and its country)
                end = k
        return end

    @staticmethod
    def _dated_after(doc: Doc, end: int, limit: int) -> bool:
        """ "visited Peru in January this year", "visited Lima on Monday", "visited Quito last week", "will be
        visiting Quito from 5 May": a date right after a place, perhaps after a preposition of time."""
        k = end + 1 if end + 1 < limit and (lower_words(doc)[end] in ADVERBIAL_PREPOSITIONS
                                            or lower_words(doc)[end] in ("from", "between")) else end
        return k < limit and _span_edges(doc, settings.SPANS_DATES).get(k, (None,))[0] == k

    def _country_pair(self, doc: Doc, start: int, limit: int) -> int:
        """ "the second Nigeria \u2013 Sudan Joint Commission": two countries joined by a spaced dash
        open one name (:func:`.phrases.country_pair_start`), with the words before the first."""
        first = country_pair_start(doc, start, limit)
        return self.phrases.extend_left(doc, first, limit, allow_ordinals=True, heads=self.head_words) if first < start else start

    def _collective_name(self, doc: Doc, before: int, sent: Span) -> Optional[str]:
        """The body "the bloc" refers back to: the nearest capitalised name earlier in the
        sentence that is not a place ("Mercosur leaders ... the bloc's summit")."""
        places = spans_in(doc, settings.SPANS_PLACES)
        in_place = {i for p in places if sent_of(p).start == sent.start for i in range(p.start, p.end)}
        k = before
        while k > max(sent.start + 1, before - MAX_NAME_TOKENS):  # the sentence's first word is capitalised anyway
            k -= 1
            tok = doc[k]
            if is_capitalised(tok) and tok.is_alpha and tok.text not in self.names.sentence_words and tok.text not in self.names.months_and_days:
                if k in in_place or is_capitalised(doc[k - 1]) or k + 1 < before and is_capitalised(doc[k + 1]):
                    return None  # a place, or a longer name (an organisation's, a person's) is not resolved
                return tok.text
        return None

    @staticmethod
    def _instrument_at(doc: Doc, start: int, end: int) -> bool:
        spans = spans_in(doc, settings.SPANS_INSTRUMENTS)
        return any(start <= s.start < end for s in spans)

    def _modifier_start(self, doc: Doc, k: int, limit: int, head: Span) -> Optional[int]:
        """Start of the lowercase modifier ending at ``k`` ("bilateral", "high-level",
        "follow-up"), or None. A duration ("three-day") only modifies a visit: "a three-day
        forum" refers back to a named event, "his four-day visit to Oslo" is one."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        if k <= limit:
            return None
        tok = doc[k - 1]
        if k - 3 >= limit and texts[k - 2] in HYPHENS and not doc[k - 2].whitespace_ \
                and not doc[k - 3].whitespace_ and tok.is_alpha and tok.is_lower:
            j = k - 2
            if j - 2 >= limit and texts[j - 2] in HYPHENS and not doc[j - 2].whitespace_:
                return None  # "face-to-face", "one-on-one" say how a meeting is held, not which
            first = doc[j - 1]
            if not first.is_lower and not first.like_num:
                return None
            return j - 1  # "high-level", "a two-day meeting"
        if tok.text in HYPHENS or tok.lower_ in self.word_ordinals:
            return None  # ("his second state visit": the ordinal counts his visits, see _counts_own)
        if tok.lower_ in self.duration_units and k - 2 >= limit:
            length = length_at(doc, k - 2, self.duration_units)
            if length is not None and length.end == k:
                return k - 2  # "a two week visit", "a five day meeting": a length written without its hyphen
        # ("an unscheduled visit", "a planned meeting": a participle right after "a"/"an" is an adjective)
        participle = tok.lower_.endswith("ed") and not (k - 2 >= limit and lowers[k - 2] in ("a", "an"))
        # ("Official talks between ... were held": a sentence's first word is capitalised by its place)
        if MODIFIERS.match(tok.lower_ if k - 1 == limit else tok.text) and not tok.is_stop and not participle \
                and tok.lower_ not in self.not_modifiers \
                and not (tok.lower_.endswith("s") and k - 2 >= limit and lowers[k - 2] in self.lower_heads):
            return k - 1  # (not "follows" in "the meeting follows talks": a verb after an event's head)
        return None

    def _introduced(self, doc: Doc, head: Span, before, end: int, modifiers: int, round_of: bool, first_named: int) -> bool:
        """Whether the words before a descriptive head make it a new event rather than a
        reference back: "a breakfast meeting", "held talks", "Modi's visit", "for talks with",
        "the signing took place", "the global peace summit", "the meeting of X", "the next
        round of talks", "the high-level segment, which will be held on Monday"; never a head
        marked ``"clause": true`` ("held a conversation", "his journey"): its clause dates or places it."""
        if self.patterns.meta(head.id_).get("clause") is True:
            return False
        word = before.lower_
        head_text = text_of(doc, head.start, head.end)  # (read once: a Span's text joins its tokens)
        if "visit" in head_text and word in PERSONAL_POSSESSIVES and before.i > 0 and lower_words(doc)[before.i - 1] in MARKING_WORDS:
            return False  # ("a ceremonial welcome on Monday, marking his first overseas visit": the visit told, described)
        took_place = self._said_to_happen(doc, end, sent_of(head).end, lenient=False)
        if head_text in SIGNING_HEADS:  # ("The signings took place on Thursday")
            return took_place or self._signing_introduced(doc, head, before, end) or self._witnessed_by(doc, before, end) \
                or self._attended_bare(doc, head, before, end)
        if head_text == "signing ceremony" and word == "the" and before.i > 0 and lower_words(doc)[before.i - 1] in self.witness_verbs:
            return True  # "said at the signing ceremony", "attended the signing ceremony"
        if head_text == "signing ceremony" and self._witnessed_by(doc, before, end):
            return True
        if self._attended_ceremony(doc, head, before, end) or self._ceremony_for_signing(doc, head, before):
            return True
        if "visit" in head_text and word in ("the", "on") and end > head.end and lower_words(doc)[head.end] == "to":
            return True  # "during the official visit to Ghana of ...", "are on visit to Ghana": the place makes it one visit
        if is_possessive(doc, before.i):  # (also a bare apostrophe: "President Marcos' state visit to X")
            # "Wednesday's talks", "next month's summit": a time and a bare head point back to a
            # reported event ("today's cabinet meeting" describes one)
            bare = before.i + 1 == head.start and end == head.end
            return before.i == 0 or not bare or not (token_texts(doc)[before.i - 1] in self.names.months_and_days
                                                     or lower_words(doc)[before.i - 1] in self.time_words)
        if word in self.introducers or word in self.hold_verbs or self._dated_list_item(doc, before.i, end):
            return True
        if word == "and" and modifiers and self._after_introduced_head(doc, before.i):
            return True  # "after a tete-a-tete and bilateral meeting with X": the introducer of the first head is the second's
        if head_text.lower().split()[-1] in RECEIVED_HEADS and head.start - before.i >= 2:
            # "the Speaker received courtesy calls from the envoys", "paid three courtesy calls on
            # X": calls paid, a count of them told or not, named by a modifier ("received 300 calls
            # from citizens" is no visit)
            verb = before.i - 1 if before.like_num and before.i > sent_of(head).start else before.i
            if lower_words(doc)[verb] in self.receive_verbs or verb < before.i and lower_words(doc)[verb] in self.hold_verbs:
                return True
        if word == "the" and before.i > 0 and lower_words(doc)[before.i - 1] in self.hold_verbs:
            return True  # "will hold the one-day meeting in Dhaka"
        if word in self.word_ordinals and before.i > 1 and lower_words(doc)[before.i - 1] == "the" \
                and lower_words(doc)[before.i - 2] in self.hold_verbs:
            return True  # "held the first government-level talks on Sunday"
        if self._happens(doc, end, sent_of(head).end):
            return True
        limit = sent_of(head).end
        if word != "the" and end + 1 < limit and lower_words(doc)[end] == "held" and self._when_or_where(doc, end + 1, limit):
            return True  # "during bilateral talks held in Lima on Tuesday": a participle telling when or where
        if word == "the" and modifiers and end + 1 < limit and lower_words(doc)[end] == "held" \
                and self._when_or_where(doc, end + 1, limit) and self._when_or_where_after(doc, self._place_or_date_end(doc, end + 1), limit):
            return True  # "the ministerial forum held in Brisbane on 6 April": described, its place and its day told
        if word == "the" and end + 3 < limit and lower_words(doc)[end:end + 3] == ["to", "be", "held"] \
                and self._when_or_where(doc, end + 3, limit):
            return True  # "at the bilateral talks to be held in Chengdu": one announced where or when ("the meeting held in X" may point back)
        if word in ("for", "with"):
            return head_text.lower() in self.talks_heads and modifiers <= 1
        if word in self.time_prepositions:  # "following talks between X and Y"; not "after talks led by X"
            return head_text.lower() in self.talks_heads and modifiers <= 1 and end > head.end
        if word == "the":
            # "the meeting of X", "the bilateral meeting between X and Y": which one is said
            named_by = end > head.end and lower_words(doc)[head.end] in ("of", "between")
            # ("the SOM to prepare for the consultation would be held in X": the object of a
            # purpose is not what is held)
            purpose = before.i > 0 and lower_words(doc)[before.i - 1] in ("for", "to")
            # ("The summit opened on Monday" with no event named before it: the story's event)
            opens = head.start < first_named and self._opens_or_closes(doc, end, sent_of(head).end)
            # ("The high level meetings will be preceded by ...": several events named before it)
            several = head_text in self.plural_heads and end == head.end and first_named < head.start
            return (took_place or opens) and not purpose or modifiers >= 2 and not several or named_by
        if word in self.other_occurrence and before.i > 0 and lower_words(doc)[before.i - 1] == "the" \
                and (took_place or self._next_one_placed(doc, end, sent_of(head).end)):
            return True  # "The next trilateral summit will be held in Quito": another one, said to be held
        if word in COMING_WORDS and before.i > 1 and lower_words(doc)[before.i - 1] == "the" \
                and lower_words(doc)[before.i - 2] in self.attend_verbs and self._sentence_tells_when_or_where(doc, sent_of(head)):
            return True  # "On 9 May, he will attend the next consultative meeting of X": the coming one, dated
        return round_of and word in ("next", "new", "latest", "another")

    def _next_one_placed(self, doc: Doc, end: int, limit: int) -> bool:
        """ "The next meeting will take place in Tanzania", "The next summit will be in Skopje in
        February", "the next FOC will be hosted in X": another edition said to happen, or to be (or
        be hosted), where or when (after "will be" the place or day right there)."""
        lowers = lower_words(doc)
        if self._said_to_happen(doc, end, limit) and any(
                lowers[j] in ADVERBIAL_PREPOSITIONS and self._place_or_day_at(doc, j, limit)
                for j in range(end, min(limit, end + MAX_NEXT_VERB))):
            return True
        j = end + (end < limit and lowers[end] in ("will", "would"))
        if j + 1 >= limit or lowers[j] != "be":
            return False
        j += 1 + (lowers[j + 1] in self.receive_verbs)  # ("will be hosted in X": where its host receives it)
        return self._place_or_day_at(doc, j, limit)

    def _next_edition(self, doc: Doc, i: int) -> bool:
        """ "It was agreed that the next FOC will be hosted in Bangladesh": an acronym of an event
        after "the next" (``OTHER_OCCURRENCE``), said to happen, or to be, where or when, is that
        other edition (:meth:`_next_one_placed`)."""
        sent, lowers = sent_of(doc[i]), lower_words(doc)
        return i - 2 >= sent.start and lowers[i - 1] in self.other_occurrence and lowers[i - 2] == "the" \
            and self._next_one_placed(doc, i + 1, sent.end)

    def _after_introduced_head(self, doc: Doc, joiner: int) -> bool:
        """Whether "and" at ``joiner`` follows a lowercase head opened by an introducer a few words
        before it ("a tete-a-tete and", "held a working lunch meeting and"): a second head after it
        shares the first's introducer."""
        lowers = lower_words(doc)
        start = sent_of(doc[joiner]).start
        first = joiner - 1  # (the first token of a word written with hyphens: "tete-a-tete")
        while first - 1 > start and not doc[first - 1].whitespace_:
            first -= 1
        if first <= start or text_of(doc, first, joiner).lower() not in self.lower_heads:
            return False
        return any(lowers[i] in self.introducers or lowers[i] in self.hold_verbs
                   for i in range(max(start, first - 3), first))

    def _acronym_gathering(self, doc: Doc, j: int, head: int, head_text: str) -> bool:
        """ "to APEC meeting in Lima", "next year's NATO summit in Warsaw": an acronym alone right
        before a gathering head, with no article, after a lowercase preposition or a time's
        possessive, names the gathering (as "the APEC meeting" does)."""
        if not (j == head - 1 and j - 1 > sent_of(doc[j]).start and head_text in self.gathering_heads
                and BARE_ACRONYM.match(token_texts(doc)[j]) and len(token_texts(doc)[j]) > 1):
            return False
        lowers = lower_words(doc)
        after = doc[head + 1] if head + 1 < sent_of(doc[j]).end else None
        if after is not None and after.is_lower and after.is_alpha and not after.is_stop:
            return False  # ("spoke to CNN meeting reporters": the head modifies a noun)
        if token_texts(doc)[j - 1] in POSSESSIVES:
            return lowers[j - 2] in self.time_words
        return lowers[j - 1] in ACRONYM_LEADS

    def _gathering_name(self, doc: Doc, j: int, head: int, head_text: str) -> bool:
        """An acronym (:meth:`_acronym_gathering`) or a time-owned name (:meth:`_time_owned_name`)
        alone before a gathering head: its name."""
        return self._acronym_gathering(doc, j, head, head_text) or self._time_owned_name(doc, j, head, head_text)

    def _time_owned_name(self, doc: Doc, j: int, head: int, head_text: str) -> bool:
        """ "last month's Asean summit", "next year's Gulf summit": one capitalised word (an acronym
        in mixed case, a name) right before a gathering head after a time's possessive names the
        gathering, as an acronym there does (:meth:`_acronym_gathering`)."""
        if not (j == head - 1 and j - 2 > sent_of(doc[j]).start and head_text in self.gathering_heads
                and doc[j].is_title and doc[j].is_alpha and token_texts(doc)[j - 1] in POSSESSIVES
                and lower_words(doc)[j - 2] in self.time_words):
            return False
        after = doc[head + 1] if head + 1 < sent_of(doc[j]).end else None
        return not (after is not None and after.is_lower and after.is_alpha and not after.is_stop)

    def _compound_start(self, doc: Doc, k: int, sent: Span, head_text: str) -> int:
        """ "a Moroccan-Egyptian business forum": a capitalised compound before the modifiers of a
        head (``k``) belongs to it after an article, an announcing word, or an owner before a
        visit; also after a length ("a week-long Winter session of the Assembly"): where the
        description starts, else ``k``."""
        lowers, j = lower_words(doc), k
        if k - 2 >= sent.start and lowers[k - 2] in ("a", "an") and doc[k - 1].is_title and ADJECTIVE.search(lowers[k - 1]):
            return k - 1  # ("a Ministerial meeting of X took place in Y": an adjective capitalised, even a head's)
        # ("the MoU signing ceremony": an acronym written in mixed case as well)
        while j - 1 > sent.start and (doc[j - 1].is_title or token_texts(doc)[j - 1][:1].isupper() and doc[j - 1].is_alpha
                                      or token_texts(doc)[j - 1] in HYPHENS and not doc[j - 1].whitespace_) \
                and k - j < 3 and (token_texts(doc)[j - 1] not in self.head_words or token_texts(doc)[j - 1] in self.body_heads):
            j -= 1
        if j < k and (lowers[j - 1] in ("a", "an", "the") or self._announced(doc, j, sent.start)
                      or (lowers[j - 1] in PERSONAL_POSSESSIVES or token_texts(doc)[j - 1] in POSSESSIVES) and "visit" in head_text.lower()):
            return j  # ("the Andean foreign ministers' meeting will be held": the adjective belongs to it)
        if self._gathering_name(doc, k - 1, k, head_text):
            return k - 1  # ("in the lead up to APEC meeting in Lima", "next year's NATO summit")
        i = j
        while j < k and i - 1 > sent.start and k - i < 5 and doc[i - 1].is_lower and MODIFIERS.match(lowers[i - 1]) \
                and not doc[i - 1].is_stop and lowers[i - 1] not in self.not_modifiers:
            i -= 1
        if i < j and lowers[i - 1] in ("a", "an"):
            return i  # ("at the start of an elaborate State reception ceremony": adjectives before the capitals)
        # ("a two-day Ministerial session", "a week-long Winter session": a length before the capitals)
        i = next((i for i in range(max(sent.start, j - 4), j) if (length := length_at(doc, i, self.duration_units)) is not None
                  and length.end == j), None)
        if i is None and j - 3 > sent.start and lowers[j - 3] in self.duration_units and token_texts(doc)[j - 2] in HYPHENS \
                and lowers[j - 1] == "long":
            i = j - 3
        # ("his three-day India visit": an owner before the length of a visit)
        return i if j < k and i is not None and (lowers[i - 1] in ("a", "an", "the") or "visit" in head_text.lower()
                                                 and (lowers[i - 1] in PERSONAL_POSSESSIVES or token_texts(doc)[i - 1] in POSSESSIVES)) else k

    def _dated_list_item(self, doc: Doc, joiner: int, end: int) -> bool:
        """ "their first virtual meeting in March 2021, an in-person summit in Quito in September 2021
        and virtual talks in March 2022": a head after a comma or "and" that closes the date of the
        item before it, with its own date or place right after it, is an item of a list of
        occasions, each told with its time (FACTS.md: items of a list are separate events)."""
        if joiner < 1 or token_texts(doc)[joiner] not in (",", "and"):
            return False
        closed = _span_edges(doc, settings.SPANS_DATES).get(joiner)
        if closed is None or closed[1] != joiner:
            return False
        # the item before: a head a few words before its date ("meeting in March 2021", "talks in
        # Quito in May 2021"; not "finalise the plan for 2026-2030 and conclude talks on the X")
        lowers, sent = lower_words(doc), sent_of(doc[joiner])
        if not any(w.lower() in self.lower_heads for w in lowers[max(sent.start, closed[0] - 6):closed[0]]):
            return False
        if not (end + 1 < sent.end and lowers[end] in ("on", "in", "at")):
            return False
        k = end + 2 if lowers[end + 1] == "the" and end + 2 < sent.end else end + 1
        return _span_edges(doc, settings.SPANS_DATES).get(k, (None,))[0] == k \
            or _span_edges(doc, settings.SPANS_PLACES).get(k, (None,))[0] == k

    def _attended_ceremony(self, doc: Doc, head: Span, before, end: int) -> bool:
        """ "attended the swearing-in ceremony in Delhi on Sunday", "at the welcome ceremony on
        Friday": a ceremony that a modifier describes, attended (``WITNESS_VERB`` before "the"),
        with where or when right after it; a bare "the ceremony" points back."""
        return lower_words(doc)[head.end - 1] == "ceremony" and before.lower_ == "the" and before.i + 1 < head.start \
            and before.i > sent_of(head).start and lower_words(doc)[before.i - 1] in self.witness_verbs \
            and self._told_when_or_where(doc, end, sent_of(head).end)

    def _attended_bare(self, doc: Doc, head: Span, before, end: int) -> bool:
        """ "Present at the MOU signing were X and Y", "attended the signing": a signing with no
        complement, after "the" and a ``WITNESS_VERB``, is the occasion attended, as "attended the
        signing ceremony" is (FACTS.md); its day and place are those of the signing told by its
        verb (``linking``). Not "witness the signing of several instruments" (what is signed, told
        but left out of the name: :meth:`_counted_documents`)."""
        lowers = lower_words(doc)
        return end == head.end and (end >= len(doc) or lowers[end] != "of") and before.lower_ == "the" \
            and before.i > 0 and lowers[before.i - 1] in self.witness_verbs

    def _signing_introduced(self, doc: Doc, head: Span, before, end: int) -> bool:
        """ "witnessed the signing of the X Accord", "recalled the signing of the X Accord in Suva
        last week"; "welcomed the signing", "witnessed the signing of several documents" report no
        ceremony."""
        word = before.lower_
        named = end > head.end + 1 and lower_words(doc)[head.end] == "of"
        verb = _before_adverbials(doc, before.i, sent_of(head).start)
        if named and word != "the" and end == self._counted_documents(doc, head.end, sent_of(head).end) \
                and (word in self.witness_verbs or word == "by" and before.i > 0
                     and lower_words(doc)[before.i - 1] in self.time_prepositions):
            return True  # "followed by signing of several instruments at the X House": counted, where or when told
        return named and word == "the" and (verb is not None and lower_words(doc)[verb] in self.witness_verbs
                                            or self._signed_when_or_where(doc, head.end, sent_of(head).end))

    def _ceremony_purpose_end(self, doc: Doc, end: int, limit: int) -> int:
        """End of "for the exchange of ten Memoranda of Understanding", "held for signing a memorandum"
        right after "ceremony": the ``CEREMONY_PURPOSE`` and what is signed or exchanged, up to
        MAX_PURPOSE_WORDS words (numbers and words, "of" inside), else ``end``."""
        lowers = lower_words(doc)
        if end == 0 or lowers[end - 1] != "ceremony":
            return end
        j = end + 1 if end < limit and lowers[end] in self.hold_verbs else end
        if not (j + 1 < limit and lowers[j] == "for"):
            return end
        j += 2 if lowers[j + 1] == "the" else 1
        if not (j < limit and lowers[j] in self.ceremony_purposes):
            return end
        k, last = j + 1, j + 1
        while k < min(limit, j + 1 + MAX_PURPOSE_WORDS) and (doc[k].is_alpha or doc[k].like_num) \
                and (lowers[k] in ("of", "a", "an", "the") or not doc[k].is_stop):
            k += 1
            last = k if lowers[k - 1] not in ("of", "a", "an", "the") else last
        return last

    def _ceremony_for_signing(self, doc: Doc, head: Span, before) -> bool:
        """ "attended the ceremony for the exchange of ten MoUs", "a ceremony held for signing an
        accord": a bare ceremony whose complement, "for" (a participle of holding before it or
        not) and a ``CEREMONY_PURPOSE`` ("signing", "exchange"), says it is held for a signing
        is that signing's occasion, counted like every described event only with its day or place."""
        lowers, limit = lower_words(doc), sent_of(head).end
        j = head.end + 1 if head.end < limit and lowers[head.end] in self.hold_verbs else head.end
        if not (j + 1 < limit and lowers[j] == "for" and before.lower_ in ("a", "an", "the") and before.i + 1 == head.start):
            return False
        j += 2 if lowers[j + 1] == "the" else 1
        return j < limit and lowers[j] in self.ceremony_purposes

    def _witnessed_by(self, doc: Doc, before, end: int) -> bool:
        """ "The signing of the accord was witnessed by X", "at the signing ceremony, attended by
        Y": a signing after "the" whose witness is told after it by a passive ``WITNESS_VERB``
        and "by" (with "was"/"were" or a comma between) is an occasion someone attended, as
        "witnessed the signing" is (its day and place are the signing's: ``linking``)."""
        limit = sent_of(before).end
        lowers = lower_words(doc)
        j = end + 1 if end < limit and lowers[end] in PASSIVE_LINKS else end
        return before.lower_ == "the" and j + 1 < limit and lowers[j] in self.witness_verbs \
            and lowers[j].endswith("ed") and lowers[j + 1] == "by"

    def _signed_when_or_where(self, doc: Doc, of: int, limit: int) -> bool:
        """ "recalled the signing of the X Accord in Suva last week", "spoke of the signing of the X
        Communique to establish ties between A and B on 26 April 2022": the signing of a document
        named with capitals (an instrument right after "of" and its article), with where or when
        right after the name, or after a purpose clause ("to" and a lowercase verb) that no comma
        ends, is an occasion whatever verb tells it (FACTS.md: a described event with its day or
        place)."""
        lowers = lower_words(doc)
        start = of + 2 if of + 1 < limit and lowers[of + 1] == "the" else of + 1
        name = next((s for s in spans_in(doc, settings.SPANS_INSTRUMENTS) if s.start == start), None)
        if name is None or name.end >= limit:
            return False
        if self._place_or_day_at(doc, name.end, limit):
            return True
        if not (name.end + 1 < limit and lowers[name.end] == "to" and doc[name.end + 1].is_lower):
            return False
        for j in range(name.end + 2, min(limit, name.end + MAX_SIGNING_PURPOSE)):
            if lowers[j] in (",", ";", ":") or doc[j].is_sent_start:
                return False
            if lowers[j] == "on" and self._place_or_day_at(doc, j, limit):
                return True
        return False

    @staticmethod
    def _place_or_day_at(doc: Doc, k: int, limit: int) -> bool:
        """ "in Suva", "at the X Palace", "on 26 April 2022", "last month" at ``k``: a place after
        "in"/"at", or a day or month (not a bare year: "last year" dates no occasion) right there or
        after "on"/"in"."""
        if k >= limit:
            return False
        lowers, dates = lower_words(doc), _span_edges(doc, settings.SPANS_DATES)
        at = k + 1 if lowers[k] in ("in", "at", "on") else k
        date = next((d for d in spans_in(doc, settings.SPANS_DATES) if d.start == at), None) if at in dates else None
        if date is not None:
            return len((span_value(date, "nf_date") or {}).get("start") or "") >= 7
        place = at + (at < limit and lowers[at] == "the")
        return at > k and lowers[k] != "on" and any(_span_edges(doc, key).get(place, (None,))[0] == place
                                                   for key in (settings.SPANS_PLACES, settings.SPANS_VENUES))

    def _said_to_happen(self, doc: Doc, end: int, limit: int, lenient: bool = True) -> bool:
        """ "... took place", "... was held", "... will be held" say that it happens; ``lenient``
        also "... will also take place" and "..., which will be held on" (a head with no
        article: "Leaders' meetings will take place on ...", where "The meeting will take
        place" points back)."""
        skipped = ("also", "will", "would", "to", "be") if lenient else ()
        words = [w for w in lower_words(doc)[end:min(end + 5, limit)] if w not in skipped]
        if words[:1] and words[0] in self.scheduled_words and words[1:2] in (["for"], ["on"]) \
                or len(words) > 1 and words[0] in self.passive_auxiliaries and words[1] in self.scheduled_words:
            return True  # "the session set for Wednesday", "the talks are scheduled to ..."
        if words[:2] in (["took", "place"], ["takes", "place"], ["take", "place"], ["was", "held"],
                         ["were", "held"], ["is", "held"], ["are", "held"]) or words[:3] == ["will", "be", "held"]:
            return True
        return lenient and (words[:1] == ["held"] or self._happens(doc, end, limit))

    @staticmethod
    def _town_before(doc: Doc, k: int) -> bool:
        """ "the Durban summit" after a summit named before it: a town right before the head says
        where the event told before is, it names no other (a short form, FACTS.md)."""
        return any(p.end == k and (span_value(p, "nf_place") or {}).get("kind") == "city"
                   for p in spans_in(doc, settings.SPANS_PLACES))

    def _named_by_capitals(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the modifiers of a head (``start``..``end``) hold a name written with capitals:
        an acronym anywhere ("the SADC Council of Ministers meeting") or a capitalised word right
        before the head ("the Gulf summit"); not a day or a month, nor a title line's capitals
        ("the Nordic ministers' meeting" is a description)."""
        sent = sent_of(doc[start]) if start < len(doc) else None
        if sent is None or start >= end or self.names.in_headline(sent):
            return False
        last = doc[end - 1]
        while last.i - 1 > start and (last.text in MODIFIER_QUOTES or last.text == "+"):
            last = doc[last.i - 1]  # ('the "Lima Plus" meeting', 'the "Troika +" meeting': a name in quotes)
        name = last.text.rstrip("+") if last.i < end - 1 else last.text  # ('the "Troika+" meeting')
        return any(BARE_ACRONYM.match(t.text) and len(t) > 1 for t in doc[start:end]) \
            or name.isalpha() and name.istitle() and last.text not in self.names.months_and_days

    def _opens_or_closes(self, doc: Doc, end: int, limit: int) -> bool:
        """ "The summit opened on Monday", "The conference, the largest held in Africa, will close
        on 4 May": the head is the subject of a verb of opening or closing (past, present or
        with "will"), after an apposition set off by commas."""
        lowers = lower_words(doc)
        k = end
        if k < limit and lowers[k] == ",":
            k = next((j + 1 for j in range(k + 1, min(limit, k + MAX_APPOSITION)) if lowers[j] == ","), k)
        while k < limit and lowers[k] in ("will", "also", "officially", "formally"):
            k += 1
        # ("The summit opens with a Special Debate ...": what it opens with is the event told)
        return k < limit and lowers[k] in self.opening_verbs and not (k + 1 < limit and lowers[k + 1] == "with")

    def _happens(self, doc: Doc, end: int, limit: int) -> bool:
        """ "..., which will be held on", "... that began in April": a clause saying it happens."""
        k = end + 1 if end < limit and token_texts(doc)[end] == "," else end
        if not (k < limit and lower_words(doc)[k] in ("which", "that")):
            return False
        return any(w in self.happen_words for w in lower_words(doc)[k + 1:min(k + 4, limit)])

    def _topic(self, doc: Doc, end: int, limit: int) -> int:
        """End of the topic after a numbered lowercase head: "the first workshop, on ASEAN protocol
        and consular affairs, will": up to punctuation or a small word other than "and"."""
        k = end + 1 if end + 2 < limit and token_texts(doc)[end] == "," and lower_words(doc)[end + 1] == "on" else end
        if k + 1 < limit and lower_words(doc)[k] == "on" and (doc[k + 1].is_lower or doc[k + 1].is_upper) and doc[k + 1].is_alpha \
                and not doc[k + 1].is_stop:
            # "a workshop on ASEAN protocol and consular affairs", "the first workshop, on X, will":
            # the topic, up to punctuation or a small word other than "and"
            j = k + 1
            while j < limit and j < k + 8 and doc[j].is_alpha and (not doc[j].is_stop or lower_words(doc)[j] == "and") \
                    and token_texts(doc)[j] not in self.names.months_and_days:
                j += 1
            while j > k + 1 and lower_words(doc)[j - 1] == "and":
                j -= 1
            if j > k + 1 and (j == limit or not doc[j].is_alpha or doc[j].is_stop):
                return j
        return end

    def _complement(self, doc: Doc, end: int, limit: int) -> int:
        """End of what follows a descriptive head: "visit to Egypt", "talks with President
        el-Sisi", "a briefing on Yemen", "the meeting of Nordic-Baltic Eight defence ministers",
        "talks between the GCC and Russia", "a visit to his counterpart Ali Musa"."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        counted = self._counted_documents(doc, end, limit)
        if counted > end and (self._told_when_or_where(doc, counted, limit) or _dated_by_fronting(doc, end - 1)):
            return counted  # "the signing of three agreements in Suva on Monday", "On Tuesday, ... the signing of eight agreements"
        if end + 2 < limit and lowers[end] == "of" and lowers[end + 1] in ("the", "a", "an") and doc[end + 2].is_lower:
            nouns = self._noun_after(doc, end + 2, limit)  # "the meetings of the working groups"
            return nouns if nouns > end + 2 else end  # (not "the meetings of the" before a verb)
        if end + 2 < limit and lowers[end] == "to" and lowers[end + 1] in self.sign_verbs:
            # "a ceremony to sign seven cooperation documents"
            k = end + 2
            while k < min(limit, end + 6) and doc[k].is_lower and (doc[k].is_alpha and not doc[k].is_stop or doc[k].like_num):
                k += 1
            return k if k > end + 2 else end
        purpose = self._ceremony_purpose_end(doc, end, limit)
        if purpose > end:
            return purpose  # "the ceremony for the exchange of ten MoUs", "a ceremony held for signing an accord"
        if end + 1 < limit and lowers[end] in ("of", "for") and doc[end + 1].is_lower:
            # "a meeting of naval planners", "a forum for environmental defenders": the people
            for width in (3, 2, 1) if lowers[end] == "of" else (2, 1):  # the longest
                words = doc[end + 1:end + 1 + width]
                if end + 1 + width <= limit and all(t.is_alpha and t.is_lower and not t.is_stop for t in words) \
                        and (PEOPLE.search(words[-1].lower_) or lowers[end] == "of" and words[-1].lower_ in self.lower_body_heads):
                    return end + 1 + width  # (also a body: "a meeting of cabinet standing committee")
        if end < limit and lowers[end] == "by":
            # "a visit by Russian President X to North Korea": who makes it, then where it goes
            by = self._party(doc, end + 1, limit, noun_end=False)
            if by is None or by < limit and texts[by] in POSSESSIVES:
                return end
            return self._complement(doc, by, limit) if by < limit and lowers[by] == "to" else by
        if end < limit and lowers[end] in ("between", "with", "to"):
            parties = self._parties(doc, end + 1, limit, pair=lowers[end] == "between")
            if parties is not None:
                # "an official visit to Vietnam's neighbour": no place or person of its own
                return end if parties < limit and texts[parties] in POSSESSIVES else parties
            group = self._group_party(doc, end + 1, limit) if lowers[end] == "with" \
                else self._both_sides(doc, end + 1, limit) if lowers[end] == "between" else None
            if group is not None:
                return group  # "a meeting with the visiting delegation from Japan", "with stakeholders"
        topic = self._topic(doc, end, limit) if end < limit and lowers[end] == "on" else end
        if topic > end and self._told_when_or_where(doc, topic, limit):
            return topic  # "a session on climate finance in Apia on Monday": its topic, then where or when
        nxt = end + 2 if end + 2 < limit and lowers[end + 1] in ("the", "a", "an") else end + 1
        if not (nxt < limit and lowers[end] in ("to", "with", "in", "between", "of", "on")
                and is_capitalised(doc[nxt])):
            return end
        if texts[nxt] in self.names.months_and_days:
            return end  # "a meeting on Monday": a date, not part of the name
        j = self._name_run(doc, nxt, min(limit, nxt + MAX_NAME_TOKENS))
        if lowers[end] == "of":  # "the meeting of the Coral Sea Community (CSC) Council of Ministers"
            j = self.phrases.extend_right(doc, j, limit, stop=LOCATION_WORDS)
            close = next((i for i in range(j + 1, min(limit, j + MAX_NAME_TOKENS)) if texts[i] == ")"), None) \
                if j < limit and texts[j] == "(" else None
            if close is not None and close + 1 < limit and is_capitalised(doc[close + 1]) \
                    and all(is_capitalised(t) or t.is_lower and t.is_stop for t in doc[j + 1:close]):
                # "the meeting of the CEEAC (Economic Community of Central African States) Council of
                # Ministers": the long form of an acronym in brackets, then the name goes on
                j = self.phrases.extend_right(doc, self._name_run(doc, close + 1, limit), limit, stop=LOCATION_WORDS)
            j = self._journey_onward(doc, end, j, limit)
        if lowers[end] == "on":
            j = self._noun_after(doc, j, limit)  # "courtesy calls on Fijian leaders"
            official = _span_edges(doc, settings.SPANS_OFFICIALS).get(nxt)
            if official is not None and official[0] == nxt and official[1] > j:
                j = official[1]  # "a courtesy call on President of Sri Lanka Ana Poe": the person called on
        if j < limit and texts[j] in POSSESSIVES:
            # "a visit to Singapore's Transport Minister X": the person visited; "a visit to
            # Vietnam's neighbour", "the negotiations of Britain's exit": no place of its own
            if j + 1 < limit and is_capitalised(doc[j + 1]) and texts[j + 1] not in self.names.months_and_days:
                return self._name_run(doc, j + 1, min(limit, j + 1 + MAX_NAME_TOKENS))
            return end
        if lowers[end] == "of":
            # "... of <Name> defence ministers": a group of people named by the run
            for width in (1, 2):
                if j + width <= limit and all(t.is_lower and t.is_alpha and not t.is_stop for t in doc[j:j + width]) \
                        and texts[j + width - 1].endswith("s"):
                    return j + width
        return j

    def _journey_onward(self, doc: Doc, end: int, j: int, limit: int) -> int:
        """End of a journey's complement "of" its traveller ending at ``j`` when the traveller's
        apposition or companions stand before "to" and the place ("the visit of President X and his
        delegation to Lima", "the visit of Ana Poe, Minister for Foreign Affairs of Peru, to Chile",
        "the visit of the X-led delegation to Lima"): who travelled where, as "by" tells it; else ``j``."""
        texts, lowers = token_texts(doc), lower_words(doc)
        if lowers[end - 1] not in self.journey_heads or j >= limit:
            return j
        k = j + (lowers[j] in self.delegation_nouns)  # ("the X-led delegation")
        if k < limit and texts[k] == ",":  # an apposition of capitalised words and small ones
            close = next((i for i in range(k + 1, min(limit, k + MAX_NAME_TOKENS)) if texts[i] == ","), None)
            if close is None or not all(is_capitalised(t) or t.is_lower and t.is_stop for t in doc[k + 1:close]):
                return j
            k = close + 1
        elif k + 2 < limit and lowers[k] == "and" and lowers[k + 1] in PARTY_DETERMINERS:
            m = k + 2
            while m < min(limit, k + 4) and doc[m].is_lower and doc[m].is_alpha and lowers[m] != "to":
                m += 1  # ("and his delegation", "and the accompanying delegation")
            k = m if lowers[m - 1] in self.delegation_nouns else j
        nxt = k + 1 + (k + 1 < limit and lowers[k + 1] == "the")
        if k == j or not (nxt < limit and lowers[k] == "to" and is_capitalised(doc[nxt])
                          and texts[nxt] not in self.names.months_and_days):
            return j
        return self._name_run(doc, nxt, min(limit, nxt + MAX_NAME_TOKENS))

    def _counted_documents(self, doc: Doc, end: int, limit: int) -> int:
        """End of "of" and a count of documents after a signing: "the signing of three agreements",
        "of 10 cooperation documents", "of four Memoranda of Understanding", "of two MoUs"; else
        ``end`` (kept by ``_complement`` only when where or when follows it: "the signing of eight
        documents, including ..." tells neither)."""
        lowers = lower_words(doc)
        if not (end + 2 < limit and lowers[end - 1] == "signing" and lowers[end] == "of"
                and (doc[end + 1].like_num or lowers[end + 1] in DOCUMENT_COUNTS)):
            return end
        k = end + 2
        if is_capitalised(doc[k]) or BARE_ACRONYM.match(token_texts(doc)[k].rstrip("s")):
            return self.phrases.extend_right(doc, self._name_run(doc, k, min(limit, k + MAX_NAME_TOKENS)), limit, stop=LOCATION_WORDS)
        nouns = self._noun_after(doc, k, limit)
        return nouns if nouns > k else end

    def _noun_after(self, doc: Doc, j: int, limit: int) -> int:
        """End of up to two lowercase nouns at ``j`` ("Fijian leaders", "of the working
        groups") when a small word or punctuation follows them; else ``j`` (a verb: "Japan
        held in Tokyo")."""
        k = j
        # ("Tongan community leaders yesterday": a time word is no noun, and ends them as a small word)
        # ("the working groups" are nouns; "Nepal beginning tomorrow" is a participle)
        while k < min(limit, j + 2) and doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop \
                and not lower_words(doc)[k].endswith("ed") and lower_words(doc)[k] not in self.happen_words \
                and not (lower_words(doc)[k].endswith("ing") and not (k + 1 < limit and doc[k + 1].is_lower and doc[k + 1].is_alpha
                                                               and not doc[k + 1].is_stop and lower_words(doc)[k + 1] not in self.time_words)) \
                and lower_words(doc)[k] not in self.time_words:
            k += 1
        return k if k > j and (k == limit or doc[k].is_punct or doc[k].is_stop or lower_words(doc)[k] in self.time_words) else j

    def _name_run(self, doc: Doc, j: int, limit: int) -> int:
        """End of the capitalised name at ``j``: "President el-Sisi", "Prayut Chan-o-cha",
        "the Republic of Korea" ("of" inside a place's name), "Ali bin Musa"."""
        while j < limit:
            tok = doc[j]
            joined = tok.is_lower and tok.is_alpha and not tok.whitespace_ and j + 1 < limit \
                and token_texts(doc)[j + 1] in HYPHENS or tok.is_lower and token_texts(doc)[j - 1] in HYPHENS \
                and not doc[j - 1].whitespace_
            particle = tok.lower_ in self.names.particles and j + 1 < limit and is_capitalised(doc[j + 1]) \
                and is_capitalised(doc[j - 1])
            place_of = tok.lower_ == "of" and j + 1 < limit and is_capitalised(doc[j + 1]) \
                and token_texts(doc)[j - 1] in self.place_name_heads
            if is_capitalised(tok) or tok.text in HYPHENS and not tok.whitespace_ or joined or particle or place_of:
                j += 1
                continue
            break
        return j

    @staticmethod
    def _taking_place(doc: Doc, j: int, limit: int) -> bool:
        """ "taking place", "took place", "takes place" at ``j``: a verb, no noun of a party."""
        return j + 1 < limit and lower_words(doc)[j] in ("taking", "took", "takes", "take") and lower_words(doc)[j + 1] == "place"

    def _parties(self, doc: Doc, start: int, limit: int, pair: bool) -> Optional[int]:
        """End of the people after "between" ("between foreign minister Ali and his Chinese
        counterpart", "between the GCC and Russia"; with ``pair`` both sides, joined by "and") or
        after "with"/"to" ("with his counterpart Ali Musa"), else None."""
        first = self._party(doc, start, limit, noun_end=pair)
        if first is None or not pair:
            return first
        if first + 1 < limit and lower_words(doc)[first] == "and":
            return self._party(doc, first + 1, limit, noun_end=True)
        return None

    def _party(self, doc: Doc, j: int, limit: int, noun_end: bool) -> Optional[int]:
        """End of one side of a meeting: words ending on a name ("foreign minister Ali", "Fiji's
        Trade Minister Ana Tora"), or after a determiner on a lowercase noun ("the Tongan
        delegation"; with ``noun_end`` also without a name: "between X and his counterpart");
        None when it names nobody ("with his counterpart")."""
        opened = j
        determined = j < limit and lower_words(doc)[j] in PARTY_DETERMINERS and doc[j].is_lower
        j += determined
        origin = self._people_from(doc, j + (not determined and j < limit and lower_words(doc)[j] in ("a", "an")), limit)
        if origin is not None:
            return origin  # ("with his counterparts from Andean countries", "with officials of the X Ministry")
        end, lowercase = None, 0
        while j < min(limit, opened + MAX_NAME_TOKENS):
            tok = doc[j]
            if is_capitalised(tok) and tok.text not in self.names.months_and_days:
                j = end = self._name_run(doc, j, limit)
                lowercase = 0
                if j + 1 < limit and (token_texts(doc)[j] in POSSESSIVES or lower_words(doc)[j] in TITLE_CONNECTORS) \
                        and is_capitalised(doc[j + 1]) and token_texts(doc)[j + 1] not in self.names.months_and_days:
                    j += 1  # "Fiji's Trade Minister Ana Tora", "US Ambassador to Fiji Jane Doe"
                continue
            if not (tok.is_lower and tok.is_alpha and not tok.is_stop and not tok.lower_.endswith("ed")) or lowercase == 2 \
                    or tok.lower_ in self.time_words or tok.lower_ in self.time_prepositions or tok.lower_ in self.verbs_after_party \
                    or self._taking_place(doc, j, limit) \
                    or j + 1 < limit and (tok.lower_, lower_words(doc)[j + 1]) in (("prior", "to"), ("ahead", "of")):
                break  # "a visit to Norway today", "Ana Poe of Canada prior to ...": a time, not a noun of theirs
            j += 1
            lowercase += 1
            if determined and (noun_end or end is not None) and (j == limit or doc[j].is_punct or doc[j].is_stop):
                end = j  # "his Chinese counterpart is likely", "the Tongan delegation in"
        if end is not None and not determined and end < limit and doc[end].is_lower and doc[end].is_alpha \
                and not doc[end].is_stop:
            # "Tongan community leaders at ...": a name before the nouns it modifies, or none
            if lower_words(doc)[end] in ("later", "earlier") or lower_words(doc)[end] in self.time_words \
                    or lower_words(doc)[end] in self.verbs_after_party or self._taking_place(doc, end, limit):
                # ("talks with President X later in the day": a time, not a noun of theirs; "a visit to
                # Nepal follows ...", "a visit to Nepal taking place in May": a verb)
                return end
            nouns = self._noun_after(doc, end, limit)
            # ("a visit to Nepal beginning tomorrow": a participle)
            verb = lower_words(doc)[end].endswith(("ed", "ing")) or lower_words(doc)[end] in self.happen_words
            return nouns if nouns > end else end if verb else None  # ("Japan held in Tokyo")
        return end

    def _group_party(self, doc: Doc, j: int, limit: int) -> Optional[int]:
        """End of a group named by lowercase words after "with": an owner's determiner or none, up
        to two modifiers and a noun of people, a ``DELEGATION_NOUN`` or a ``COUNTERPART_NOUN`` ("the
        visiting delegation", "senior officials", "his counterparts"), then "from" or "of" and a capitalised run ("from
        Japan", "of the World Bank"); None when no such noun ends the words before a small word."""
        lowers = lower_words(doc)
        k = j + (j < limit and lowers[j] in PARTY_DETERMINERS)
        noun = None
        for n in range(k, min(limit, k + 3)):
            if not (doc[n].is_alpha and doc[n].is_lower and not doc[n].is_stop) or lowers[n] in self.time_words:
                break
            if PEOPLE.search(lowers[n]) or lowers[n] in self.delegation_nouns or lowers[n].rstrip("s") in self.counterpart_nouns:
                noun = n + 1
        if noun is None or noun < limit and doc[noun].is_alpha and doc[noun].is_lower and not doc[noun].is_stop:
            return None
        if noun + 1 < limit and lowers[noun] in ("from", "of"):
            m = noun + 1 + (lowers[noun + 1] == "the")
            if m < limit and is_capitalised(doc[m]) and token_texts(doc)[m] not in self.names.months_and_days:
                return self.phrases.extend_right(doc, self._name_run(doc, m, min(limit, m + MAX_NAME_TOKENS)), limit,
                                                 stop=LOCATION_WORDS)
        # (a bare "her counterpart" names nobody: the head alone; "his counterparts from Chile" do)
        return None if lowers[noun - 1].rstrip("s") in self.counterpart_nouns else noun

    def _both_sides(self, doc: Doc, j: int, limit: int) -> Optional[int]:
        """End of both sides named by a count and a plural noun after "between": "the two
        governments", "both sides", "the three leaders" (a ``PAIR_NOUN`` or a noun of people);
        None otherwise ("between the two" alone names nobody)."""
        lowers = lower_words(doc)
        k = j + (j < limit and lowers[j] == "the")
        if not (k + 1 < limit and lowers[k] in SIDE_COUNTS):
            return None
        k += 1
        for n in (k, k + 1):  # (one modifier may stand before the noun: "the two neighbouring countries")
            if n < limit and doc[n].is_lower and (lowers[n] in self.pair_nouns or PEOPLE.search(lowers[n])):
                return n + 1
            if not (n < limit and doc[n].is_lower and doc[n].is_alpha and not doc[n].is_stop):
                return None
        return None

    def _office_of(self, doc: Doc, start: int, end: int) -> bool:
        """ "the current Chair of the Pacific Summit": a name after an office that presides over
        it names the series the office belongs to, not a meeting reported; an ordinal ("the Chair
        of the 25th Pacific Summit") or a place or day after it ("as the chair of the Pacific
        Summit in Suva today") makes it the meeting reported. A name found opening on the office
        itself ("Chairman of Forum of X", "Secretary of X Municipal Committee") is read the same way."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        k = start - 1 if start > 0 and lowers[start - 1] == "the" else start
        if end - start > 2 and lowers[start] in self.chair_words and lowers[start + 1] == "of":
            k = start + 2  # ("was elected Chairman of Forum of 36 States ...": the office opens the name it found)
        # ("president of Nigeria -Egypt Business Forum": a party and its hyphen left out of the name)
        if k >= 4 and token_texts(doc)[k - 1] in HYPHENS and doc[k - 2].is_title and lowers[k - 3] == "of":
            k -= 2
        if k < 2 or lowers[k - 1] != "of" or lowers[k - 2] not in self.chair_words:
            return False
        located = end < len(doc) and (lowers[end] in ("in", "at", "on") or lowers[end] in self.time_words)
        # ("Members of the X Dialogue will meet in Doha": its members, several, meeting are its sitting)
        members = lowers[k - 2].endswith("s") and self._meets_after(doc, end)
        return not located and not members and not any(self._is_ordinal(t) for t in doc[start:end])

    def _meets_after(self, doc: Doc, end: int) -> bool:
        """Whether a verb of meeting stands within a few words after a body's name (an auxiliary
        before it: "Members of the X Dialogue will meet in Doha")."""
        lowers = lower_words(doc)
        return any(lowers[k] in self.meet_verbs for k in range(end, min(len(doc), end + MEET_AFTER_OFFICE)))

    @staticmethod
    def _drop_appositions(doc: Doc, found):
        """ "the ASEAN Foreign Ministers' Retreat (AMM Retreat) in Cebu, the first major meeting
        under ...": a bracketed short form is the acronym of the event before it, and a described
        event set off by a comma after a named one in the same sentence describes that event."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        out = []
        for item in sorted(set(found)):
            start, end, rule, acronym = item
            prev = out[-1] if out else None
            same_sent = prev is not None and sent_of(doc[prev[0]]).start == sent_of(doc[start]).start
            if same_sent and start - 1 == prev[1] and doc[prev[1]].text == "(" and end < len(doc) and texts[end] == ")":
                out[-1] = (prev[0], prev[1], prev[2], prev[3] or text_of(doc, start, end))
                continue
            # ("the X Conference, the world's largest conference on security": a possessive and
            # lowercase words between the article and the description)
            det = start
            while det - 1 > 0 and start - det < MAX_PARTY_WORDS and (texts[det - 1] in POSSESSIVES
                                                                      or doc[det - 1].is_lower and doc[det - 1].is_alpha
                                                                      and lowers[det - 1] not in ("the", "a", "an")):
                det -= 1
            appositive = det - 2 >= 0 and lowers[det - 1] in ("the", "a", "an") and texts[det - 2] == ","
            listed = end < len(doc) and lowers[end] in ("and", ",", "or")
            if same_sent and ".lower." in "." + rule and appositive and not listed and not prev[2].startswith("event.lower"):
                continue
            # (a list goes on after a comma with another item: "..., the Y Forum, the Z Summit and ...")
            listed = listed and not (texts[end] == "," and end + 1 < len(doc) and doc[end + 1].is_lower
                                     and lowers[end + 1] not in ("and", "or", "the"))
            if same_sent and appositive and not listed and det == start and doc[start].is_lower \
                    and det - 2 == is_acronym_paren(doc, prev[1], len(doc)) and _same_head(doc, prev, end):
                continue  # "COP31, the first Pacific COP to be hosted by X": the named one described again
            out.append(item)
        return out

    def _split_ordinals(self, doc: Doc, found, renamed: dict):
        """ "the 40th and 41st ASEAN Summits": ordinals joined by "and" before one plural name are
        that many editions, one event each (FACTS.md), each named by its ordinal and the name in
        the singular; the first ones' mentions are their ordinals. With its related meetings ("...
        Summits and Related Summits") the series stays one event, as a lone "X Summits and
        Related Summits" is."""
        out, split = [], set()
        for start, end, rule, acronym in found:
            plural = token_texts(doc)[end - 1]
            if text_of(doc, start, end - 1).lower() + " " + plural[:-1].lower() in split:
                continue  # "Aside from the ASEAN Summits, ...": the editions told before, together
            ordinals = [start]
            while ordinals[-1] + 2 < end and doc[ordinals[-1] + 1].lower_ == "and" \
                    and ORDINAL.match(doc[ordinals[-1] + 2].text):
                ordinals.append(ordinals[-1] + 2)
            if rule.startswith("event.lower") or len(ordinals) < 2 or not ORDINAL.match(token_texts(doc)[start]):
                out.append((start, end, rule, acronym))
                continue
            last = ordinals[-1]
            head = end - 1 if token_texts(doc)[end - 1].endswith("s") and token_texts(doc)[end - 1][:-1] in self.head_words else None
            # ("the 44th and 45th X Summits and Related Summits" is one series of meetings, as one is)
            if head is None or any(t.text in self.coordinated_series for t in doc[last:end]):
                out.append((start, end, rule, acronym))
                continue
            name = text_of(doc, last + 1, head) + " " + token_texts(doc)[head][:-1]
            split.add(name.lower())
            for k in ordinals[:-1]:
                renamed[(k, k + 1)] = token_texts(doc)[k] + " " + name
                out.append((k, k + 1, rule, acronym))
            renamed[(last, end)] = token_texts(doc)[last] + " " + name
            out.append((last, end, rule, acronym))
        return out

    def _split_pair_lists(self, doc: Doc, found, renamed: dict):
        """ "the ASEAN-Japan and ASEAN-Korea Summits", "the 26th ASEAN-China, 25th ASEAN-Japan and
        24th ASEAN-Korea Summits": pairs of parties (hyphenated, each perhaps after its ordinal)
        listed before one plural head are that many events (FACTS.md: the items of an "and"), each
        named by its pair and the head in the singular; the mention of each but the last is its
        pair. Not "the ASEAN and East Asia Summits" (no pairs: where one item ends is not told),
        nor a series with its related meetings ("... Summits and Related Summits")."""
        texts, lowers = token_texts(doc), lower_words(doc)
        out = []
        for item in found:
            start, end, rule, acronym = item
            items = None if rule.startswith("event.lower") or not (texts[end - 1].endswith("s") and texts[end - 1][:-1] in self.head_words) \
                or any(texts[i] in self.coordinated_series for i in range(start, end)) else self._listed_pairs(doc, start, end)
            if not items:
                out.append(item)
                continue
            (last, pair_end), tail = items[-1], " ".join(filter(None, (text_of(doc, items[-1][1], end - 1), texts[end - 1][:-1])))
            for k, k_end in items[:-1]:
                renamed[(k, k_end)] = text_of(doc, k, k_end) + " " + tail
                out.append((k, k_end, rule, None))
            renamed[(last, end)] = text_of(doc, last, pair_end) + " " + tail
            out.append((last, end, rule, acronym))
        return out

    def _listed_pairs(self, doc: Doc, start: int, end: int) -> Optional[List[Tuple[int, int]]]:
        """The items (start, end of its pair) of a list of pairs of parties before the plural head
        ending ``end`` (:meth:`_split_pair_lists`), the last one's in the name found and the others
        in it or before it; None when there is no such list."""
        sent = sent_of(doc[start])
        ands = [i for i in range(start, end - 1) if lower_words(doc)[i] == "and"]
        last = ands[-1] + 1 if ands else start
        pair = last + 1 if self._is_ordinal(doc[last]) else last
        pair_end = _pair_end(doc, pair, end - 1)
        if pair_end is None or last - 1 < sent.start or lower_words(doc)[last - 1] != "and":
            return None
        items, sep = [(last, pair_end)], last - 1
        while True:
            first = _pair_start(doc, sep, sent.start)
            if first is None:
                break
            first = first - 1 if first - 1 >= sent.start and self._is_ordinal(doc[first - 1]) else first
            items.insert(0, (first, sep))
            if not (first - 1 > sent.start and token_texts(doc)[first - 1] == ","):
                break
            sep = first - 1
        return items if len(items) > 1 else None

    def _split_destinations(self, doc: Doc, found, renamed: dict):
        """ "will visit A and B", "visited A and B", "official visits to A and B", "a state visit to A
        and B": a journey told by its verb or a journey head to two places joined by "and" is one
        visit to each (FACTS.md: the items of an "and" are separate events; ANNOTATORS.md 3), each
        named by the words before its place ("official visits to B"), the second one's mention its
        place; a list of three or more places stays one journey."""
        out = []
        for start, end, rule, acronym in found:
            described = rule.startswith("event.lower") and not rule.endswith(".numbered")
            pair = self._two_destinations(doc, start, end, rule.endswith(".verb")) if described else None
            if pair and self._dated_next_stop(doc, end) is not None:
                pair = None  # ("a visit to A and B in X on 3 May, and C on 5 May": stops of one journey, dated)
            name = renamed.get((start, end)) or clean_event_name(text_of(doc, start, end))
            tail = pair and text_of(doc, pair[0].start, end)
            if pair and name.endswith(tail) and len(name) > len(tail):
                first, second = pair
                before = name[:len(name) - len(tail)]
                renamed[(start, first.end)] = before + first.text
                # ("to the United Arab Emirates and India": the article is the first place's)
                renamed[(second.start, second.end)] = (before[:-4] if before.endswith(" the ") and
                                                       lower_words(doc)[second.start - 1] != "the" else before) + second.text
                out += [(start, first.end, rule, acronym), (second.start, second.end, rule + DESTINATION_SUFFIX, acronym)]
                continue
            out.append((start, end, rule, acronym))
            stop = self._dated_next_stop(doc, end) if described else None
            place = stop and next((p for p in self._places_in(doc, sent_of(doc[start])) if p.end == end), None)
            if place is not None and name.endswith(place.text) and len(name) > len(place.text):
                renamed[(stop.start, stop.end)] = name[:len(name) - len(place.text)] + stop.text
                out.append((stop.start, stop.end, rule + DESTINATION_SUFFIX, acronym))
        return out

    def _split_meetings_with_officials(self, doc: Doc, found, renamed: dict):
        """ "held separate meetings today with A, the X Minister, and B", "held meetings with
        Minister A, Minister B and Minister C": a plural meeting head (``PLURAL_HEAD``) whose "with"
        (a time between) opens a list of named officials closed by "and" is one meeting with each
        (FACTS.md: the items of an "and" are separate events), each named "<modifiers> meetings with
        <official>" (the head as written); the first keeps the head in its mention, the others' mention is their item."""
        out = []
        for start, end, rule, acronym in found:
            items = self._officials_listed_after(doc, start, end) if rule.startswith("event.lower") else None
            if not items:
                out.append((start, end, rule, acronym))
                continue
            head, lowers = items.pop(0), lower_words(doc)
            modifiers = " ".join(w for w in lowers[start:head] if w.isalpha() and doc[lowers.index(w, start)].is_lower
                                 and w not in PARTY_DETERMINERS | {"a", "an"})
            # (the head as written: "meetings with A" is no occasion told again by "the meeting")
            noun = " ".join(filter(None, (modifiers, token_texts(doc)[head], "with ")))
            for n, (k, k_end) in enumerate(items):
                first = start if n == 0 else k
                # (named by the person before an apposition's comma: "with A, the X Minister,")
                comma = next((c for c in range(k + 1, k_end) if token_texts(doc)[c] == ","), k_end)
                renamed[(first, k_end)] = noun + text_of(doc, k, comma)
                out.append((first, k_end, rule if n == 0 else rule + LISTED_SUFFIX, acronym if n == 0 else None))
        return out

    def _officials_listed_after(self, doc: Doc, start: int, end: int) -> Optional[list]:
        """[head, (start, end) of each official met] when the head found ``start``..``end`` is a
        plural meeting head followed by "with" (a time or a date between) and two or more officials
        listed with commas and a closing "and"; else None. An item opens after its comma or "and"
        (the office told before the name belongs to it: "..., Minister for Trade of Chile Ana Poe")."""
        lowers, texts, sent = lower_words(doc), token_texts(doc), sent_of(doc[start])
        head = next((k for k in range(start, end) if lowers[k] in self.plural_heads), None)
        if head is None:
            return None
        dates, j = _span_edges(doc, settings.SPANS_DATES), head + 1
        while j < sent.end and j - head <= MAX_VAGUE_TIME and (lowers[j] in self.time_words or dates.get(j, (None,))[0] == j
                                                               or lowers[j] == "on" and dates.get(j + 1, (None,))[0] == j + 1):
            j += lowers[j] == "on" and dates.get(j + 1, (None,))[0] == j + 1
            j = dates[j][1] if dates.get(j, (None,))[0] == j else j + 1
        if not (j + 1 < sent.end and lowers[j] == "with"):
            return None
        officials = sorted(o for o in ((o.start, o.end) for o in spans_in(doc, settings.SPANS_OFFICIALS))
                           if j < o[0] and o[1] <= sent.end)
        items, k, closed = [], j + 1, False
        for o_start, o_end in officials:
            gap = range(k, o_start)
            if not items and (o_start - k > MAX_PARTY_WORDS or any(doc[g].is_punct and texts[g] not in "()" for g in gap)):
                return None
            seps = [g for g in gap if texts[g] == "," or lowers[g] == "and"]
            if items and (not seps or o_start - k > MAX_APPOSITION
                          or any(doc[g].pos_ in ("VERB", "AUX") or texts[g] in ".;:" for g in gap)):
                break
            if items and any(not (is_capitalised(doc[g]) or lowers[g] in TITLE_CONNECTORS | {"&", "the"})
                             for g in range(seps[-1] + 1, o_start)):
                break
            closed = closed or bool(items) and lowers[seps[-1]] == "and"
            # (an item between two separators that opens on a capital, whose official was not found,
            # ", Minister for Supply of Peru Tomas Vega and", ends the list told; not ", of Chile, and")
            if items and any(b - a > 2 and is_capitalised(doc[a + 1]) for a, b in zip(seps, seps[1:])):
                break
            items.append((seps[-1] + 1 if items else k, o_end))
            k = o_end
        return [head] + items if len(items) >= 2 and closed else None

    @staticmethod
    def _places_in(doc: Doc, sent: Span) -> list:
        """The places and venues of a sentence (spans, once each), in text order."""
        return sorted({(p.start, p.end): p for key in (settings.SPANS_PLACES, settings.SPANS_VENUES)
                       for p in spans_in(doc, key) if sent.start <= p.start and p.end <= sent.end}.values(),
                      key=lambda p: p.start)

    def _dated_next_stop(self, doc: Doc, end: int) -> Optional[Span]:
        """ "a visit to Lima on 19-20 May, and Cusco on 21-22 May", "a visit to Lima and Ica, Peru on
        3 May and Cusco on 5 May": after a journey's destination ending at ``end`` and its date,
        a place joined by "and" with a date of its own (after "on" or "from"), past a region set off
        by a comma or after "in", is the journey's next stop: a visit of its own (FACTS.md: the
        items of an "and" are separate events), else None."""
        lowers, sent = lower_words(doc), sent_of(doc[end - 1])
        if not any(w in self.journey_heads for w in lowers[sent.start:end]):
            return None
        dates = _span_edges(doc, settings.SPANS_DATES)
        places_at = {p.start: p for p in self._places_in(doc, sent)}
        first = next((d for d in range(end, min(sent.end, end + MAX_STOP_WORDS)) if dates.get(d, (None,))[0] == d), None)
        texts = token_texts(doc)
        if first is None or any(lowers[i] not in ("and", ",", "in", "on", "from", "the") and not texts[i][:1].isupper()
                                for i in range(end, first - 1)):
            return None  # (only more places between: "and Ica, Peru", "in Peru")
        j = dates[first][1]
        j += j < sent.end and lowers[j] == ","
        stop = places_at.get(j + 1) if j < sent.end and lowers[j] == "and" else None
        if stop is None:
            return None
        k = stop.end
        if k + 1 < sent.end and lowers[k] in (",", "in"):
            k += 1  # (past its region: "Cusco, Peru", "Cusco in Peru")
            while k < sent.end and texts[k][:1].isupper():
                k += 1
        return stop if k + 1 < sent.end and lowers[k] in ("on", "from") and dates.get(k + 1, (None,))[0] == k + 1 else None

    def _two_destinations(self, doc: Doc, start: int, end: int, verb: bool) -> Optional[tuple]:
        """The two places of a journey's destination "A and B" (spans), the first one after "to"
        (or right after the verb: "visited A and B") and inside the mention from ``start`` to
        ``end``, the second one ending it or right after it, else None; only a visit told by its
        verb (``verb``) or by a journey head."""
        lowers, texts = lower_words(doc), token_texts(doc)
        if not (verb or any(w in self.journey_heads or w[-1:] == "s" and w[:-1] in self.journey_heads
                            for w in lowers[start:end])):
            return None
        sent = sent_of(doc[start])
        # (not an acronym in brackets after its place: "the United Arab Emirates (UAE)")
        places = [p for p in self._places_in(doc, sent) if not (p.start > sent.start and p.end < sent.end
                                                                and texts[p.start - 1] == "(" and texts[p.end] == ")")]
        for i, first in enumerate(places[:-1]):
            second = places[i + 1]
            lead = first.start - 1 - (lowers[first.start - 1] == "the")
            if not start <= lead < first.start or not (lowers[lead] == "to" or lead == start) \
                    or end not in (first.end, second.end) or _between_destinations(texts[first.end:second.start]) is None:
                continue
            after = texts[second.end] if second.end < sent.end else "."
            if lowers[lead - 1:lead] in (["and"], [","]) or after in (",", "and") and second.end < sent.end - 1 \
                    and (lowers[second.end + 1] == "and" or after == "and") or after in ("'s", "’s"):
                return None  # (a list of three or more: one journey; "A and B's ...": an owner)
            return first, second
        return None

    def _join_dashed(self, doc: Doc, found):
        """Two named parts joined by a spaced dash are one event title (A - 13th B)."""
        found = sorted(set(found))
        out = []
        for item in found:
            if out:
                prev = out[-1]
                if item[0] == prev[1] + 1 and doc[prev[1]].text in DASHES and not prev[2].startswith("event.lower"):
                    out[-1] = (prev[0], item[1], prev[2], item[3] or prev[3])
                    continue
            out.append(item)
        return out


@Language.factory(
    "newsfacts_events", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "span._.nf_place", "span._.nf_instrument", "doc._.acronyms"],
    assigns=["span._.nf_event"],
)
def make_event_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return EventRecognizer(nlp, name, patterns_dir=patterns_dir)
