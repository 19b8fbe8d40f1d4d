"""Officials: named people given an office, rank or role.

Rules (``patterns/officials/``): office heads (``titles.jsonl``), the words that may stand
inside a title (``title_words.jsonl``) and honorifics/courtesy titles (``honorifics.jsonl``).
A mention is read around each office head, in the two orders press uses:

- title first: ``[Country's|Demonym] [modifiers] HEAD [of/for/to complement] [,] HONORIFIC* NAME``
  ("Deputy Home Minister Datuk Seri Dr Shamsul Anuar Nasarah", "Russian Federation's
  Minister of Foreign Affairs, S.V. Lavrov");
- name first (apposition): ``HONORIFIC* NAME , [the] [Demonym] TITLE`` ("H.E. Dr. Xiao
  Jianguo, Chinese Ambassador to Timor-Leste").

Later short forms ("Shamsul Anuar said", "Secretary Blinken") become mentions of the same
official; the merged values go to ``Span._.nf_official`` (see ``normalisation.names``).
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import compress, groupby
from dataclasses import dataclass, replace
from typing import Any, Dict, List, Optional, Sequence, Set, Tuple

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.places import site_country, site_labels
from ..normalisation.names import RELATIONAL_TITLES, honorific_form, merge_officials, OfficialMention, replace_mention
from .base import RuleComponent
from .extensions import doc_value, set_span_value, span_value
from .lexicon import (PatternFileError, longest_spans, lower_words, spans_in, token_ids, token_indices, token_positions, word_within,
                      token_texts)
from .office_country import (DELEGATION_NOUNS, LIST_LOOKBACK, ministry_states, office_portfolio, comes_to_the_country, credentials_host, LIST_GAP, coordinated_after, FACING_REACH, OfficeContext, OtherOffice, accompanies, context_country,
                             delegation_member, delegation_of, escorts_after, faced_country, faced_official, listed_after, other_of,
                             place_kind, posted_to, region_counts, regional_home, sends_message, settled_country, story_demonym_country, story_pair,
                             visited_place_country)
from .phrases import JOINING_DASHES, char_token_bounds, is_acronym_paren, span_text, text_of, tokenised_text
from .wordclasses import word_classes_of
from .names import BARE_APOSTROPHES, HYPHENS, NAMES_FILE, POSSESSIVES, NameWords, is_possessive, sentence_of
from .holders import KnownHolders, _subsequence as _holder_subsequence, holder_key

PATTERN_FILES = ("officials/titles.jsonl", "officials/honorifics.jsonl", "officials/title_words.jsonl")
COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "to", "on", "at"})
#: How many units set off by commas an apposed office may take, and how many words each.
UNITS_AFTER_COMMA = 2
UNIT_REACH = 9
#: Small words inside a unit's name ("Ministry of Foreign Affairs and Trade").
UNIT_JOINERS = frozenset({"and", "of", "the", "&", "for"})
#: Kinds of place whose name before a local office stays in its title ("Shanghai Mayor").
LOCAL_PLACE_KINDS = frozenset({"city", "region"})
#: Prepositions that make a place before an office where something happens ("in Lagos Governor NAME said").
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "across", "near"})
#: How many tokens a name read by ``NameWords.read_name`` spans at most (7 name words and the
#: particles or hyphens between them): a known holder's last word stands within it (``_named_known_holders``)
HOLDER_NAME_REACH = 12
#: How many words before a known holder's name an office's head or a style may stand (``_named_known_holders``)
HOLDER_CUE_REACH = 4
#: How many lowercase words a relative clause between a plural office and the verb opening its list of holders may hold.
RELATIVE_LIST_WORDS = 4
#: An acronym written with a period after each letter ("A.D.B.").
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}")
#: How many officials of untold state listed before an envoy of a told state make him one of their party.
PARTY_ENVOY_ITEMS = 2
#: How many lowercase words a body written lowercase may hold after "the" ("information and digital diplomacy office").
LOWERCASE_BODY_WORDS = 6
#: words that open an office in apposition after a name and its comma
APPOSITION_DETERMINERS = ("the", "a", "an", "his", "her", "their")
#: A relative clause that gives a named person's office ("NAME, who is president of ...");
#: with "also" the office is a second one, weaker than any other given.
RELATIVE_CUES = tuple(tuple(c.split()) for c in (
    "who also serves as", "who serves as", "who is also", "who was also", "who is currently", "who is", "who was",
    "as"))  # "appointed NAME, as the Executive Director on X", "NAME, as Chair of the X, opened"
_RELATIVE_CUE_ENDS = frozenset(c[-1] for c in RELATIVE_CUES)
#: a bracketed acronym of one to three words in capitals with more of the office after it
INNER_ACRONYM = re.compile(r" \((?:(?:[A-Z][A-Z.&-]+|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}) ?){1,3}\)(?= \w)")
#: "World Health Organization", "World Food Programme", "World Bank": the world bodies; "World Energy
#: Council", "World Association of X Agencies", "World Economic Forum": the world's councils,
#: associations and forums, which serve no single government either.
WORLD_BODY = re.compile(r"\bWorld(?: (?:[A-Z][a-z]+|of|and|&))* (?:Organi[sz]ation|Programme|Bank|Fund|Union|Council|Association"
                        r"|Forum|Federation)\b|\bWorld Bank\b"
                        # the acronyms of the UN's agencies and programmes: "UNOPS", "UNFPA", "UNRWA"
                        r"|\bUN[A-Z]{2,5}\b")
#: The key, in the officials' span group ``attrs``, of the rule id that gave each official's
#: country (or why it stayed null), by lowercase name: see :func:`country_sources`.
COUNTRY_SOURCES = "country_sources"
#: The rules that read an official's state from the words of his own mention (his office, "of
#: <State>" after his name): a visitor so named is a guest of the story's home.
OWN_WORDS_RULES = ("country.title_", "country.office_word", "country.name_of", "country.possessive_after_comma",
                   "country.counterpart_from", "country.respective_states", "country.plural_list_holder",
                   "country.shared_list")
#: The rules that tell an official's state by a demonym or a possessive before his office
#: ("Indian High Commissioner NAME", "Kenya's Cabinet Secretary NAME"): how a story names a guest's
#: state; its own officials it gives bare offices.
GUEST_TOLD_RULES = ("country.title_demonym", "country.title_possessive")
#: The source of a country known from the holder's name (:meth:`OfficialRecognizer._known_holders`).
KNOWN_HOLDER = "person.known_holder"
#: Why an officer of a body serving no government has no state (:meth:`OfficialRecognizer._non_state_offices`).
NON_STATE = "null.non_state_body"
#: Offices that name one only as the counterpart of another official: never of that one's state.
COUNTERPART_TITLES = frozenset({"counterpart", "counterparts"})
#: The closed word classes of the officials' rules (see patterns/README.md).
WORDS_FILE = "officials/words.jsonl"
#: holders of national offices known by name (:mod:`.holders`)
HOLDERS_FILE = "officials/holders.jsonl"
#: How many officials a list must hold for its members to be read as one state's party
#: (:meth:`_list_mates`; "President A and President B" is two sides).
LIST_MATES = 3
#: Offices that, written alone, belong to an international organisation.
BARE_INTERNATIONAL_TITLES = frozenset({"Secretary-General", "Secretary General", "High Representative",
                                       "Under-Secretary-General", "Assistant Secretary-General"})
#: "... of the Secretary-General ...": an office that serves the holder of a bare international one.
OF_INTERNATIONAL_TITLE = re.compile(r"\bof the (?:%s)\b" % "|".join(
    sorted((re.escape(t) for t in BARE_INTERNATIONAL_TITLES), key=len, reverse=True)))
#: How many words before an office another office that names its state may stand in ("Custodian of the Two Holy Mosques").
OFFICE_REACH = 8
#: The longest official's mention, in tokens, that a neighbour's facing is looked for in.
MENTION_REACH = 40
#: The label of a demonym read as the one state the story names that it may mean ("Korean").
STORY_DEMONYM = "NF_STORY_DEMONYM"
#: Dashes that, spaced, stand for an apposition's comma.
SPACED_DASHES = frozenset({"\u2013", "\u2014", "-"})
#: how many other places of a word in capitals are read for a name it opens (:meth:`_family_name_in_caps`)
MAX_CAPS_NAME_LOOKS = 20
#: Words that join two states named together: "India and Mexico", "PNG-Australia", "US/UK".
STATE_JOINERS = frozenset({"and", "-", "\u2013", "/", "&", "the"})


def country_sources(doc: Doc) -> Dict[str, str]:
    """The rule id that gave each official's country, or why it stayed null ("null.untold",
    "null.international" ...), by the official's lowercase name (the record's key)."""
    group = doc.spans.get(settings.SPANS_OFFICIALS)
    return dict(group.attrs.get(COUNTRY_SOURCES, {})) if group is not None else {}


#: Words before an adjectival "visiting" ("the visiting Minister"; "after visiting Governor NAME" is the verb).
GUEST_DETERMINERS = ("the", "a", "an", "our", "his", "her", "their")

class _WordClasses(dict):
    """The word classes of ``officials/words.jsonl``: a class the rules ask for and the file
    lacks is an error naming the file (empty when no such file was loaded at all)."""

    def __init__(self, classes, *, strict: bool):
        super().__init__(classes)
        self.strict = strict

    def __missing__(self, label: str) -> frozenset:
        if self.strict:
            raise PatternFileError(f"{WORDS_FILE}: no words for the class {label}")
        return frozenset()


def _preposition_before(doc: Doc, k: int, limit: int) -> str:
    """The preposition that introduces the words at ``k`` ("of" in "of the Republic of Kenya")."""
    j = k - 1
    while j > limit and lower_words(doc)[j] == "the":
        j -= 1
    return lower_words(doc)[j]


def _hyphen_joint(doc: Doc, k: int, limit: int) -> bool:
    """ "-in-Office", "-in-Chief", "-at-Large": a lowercase particle between hyphens that joins
    a capitalised word to the office before it."""
    texts = token_texts(doc)
    if not (k + 3 < limit and texts[k] in HYPHENS and texts[k + 2] in HYPHENS):
        return False
    spaced = token_ids(doc, "SPACY")  # (the doc's word arrays: no Token made per look)
    return not (spaced[k] or spaced[k + 1] or spaced[k + 2]) and bool(token_ids(doc, "IS_LOWER")[k + 1]) \
        and bool(token_ids(doc, "IS_ALPHA")[k + 1]) and len(texts[k + 1]) <= 3 and bool(token_ids(doc, "IS_TITLE")[k + 3])


def _glued_compound_end(doc: Doc, k: int, limit: int) -> int:
    """End of a capitalised word glued by a hyphen to the next ("Co-operation", "Agro-processing":
    the tokenizer splits them in three), or 0."""
    if not (k + 2 < limit and token_texts(doc)[k + 1] in HYPHENS):
        return 0
    title, alpha, spaced = token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_ALPHA"), token_ids(doc, "SPACY")
    if title[k] and alpha[k] and not (spaced[k] or spaced[k + 1]) and alpha[k + 2] \
            and (token_ids(doc, "IS_LOWER")[k + 2] or title[k + 2]):
        return k + 3
    return 0


def _mixed_case_acronym(word: str) -> bool:
    """ "HoR", "MoFA", "DoD": an acronym written with a small letter inside it."""
    return 3 <= len(word) <= 6 and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and word.isalpha()


#: Title words written before an office as its prefix, glued by a hyphen or set apart by a
#: spaced dash ("Vice – Governor").
DASHED_PREFIXES = frozenset({"Vice", "Deputy"})


def _spaced_dash(doc: Doc, k: int) -> bool:
    """A dash with spaces on both sides, standing for an apposition's comma: "Dr NAME – Head of
    the Secretariat", "Ambassador to CARICOM – NAME"."""
    if not (token_texts(doc)[k] in SPACED_DASHES and k > 0):
        return False
    spaced = token_ids(doc, "SPACY")  # (no Token made per look)
    return bool(spaced[k - 1]) and bool(spaced[k])


# words before capitalised words that make them a body's name, not a person's ("from Standard
# Chartered Regional Director ...", "the Kenya Ports Authority Managing Director")
_BODY_OPENERS = ("the", "a", "an", "from", "of", "at")


def _plural(office: str) -> str:
    """The plural of a one-word office: "Ministers", "Secretaries", "Speakers"."""
    if office.endswith("y") and office[-2:-1] not in "aeiou":
        return office[:-1] + "ies"
    if office.lower().endswith("man"):
        return office[:-3] + "men"  # "Chairmen", "spokesmen"
    return office + "s"


def _place_country(span: Optional[Span]) -> Optional[str]:
    if span is None or not span_value(span, "nf_place"):
        return None
    return span_value(span, "nf_place").get("country")


def _outermost_titles(titles, n_tokens: int):
    """The (head, title) pairs whose head lies inside no longer title: "Deputy" in "Deputy
    Home Minister" is a modifier, not an office of its own. Longer titles are entered first
    into a prefix-maximum tree (Fenwick) of their ends by start, so each head asks "does a
    longer title start at or before me and end at or after me?" in log time: a list of
    10,000 office words stays linear, not pairwise."""
    tree = [0] * (n_tokens + 2)

    def enter(start: int, end: int) -> None:
        i = start + 1
        while i < len(tree):
            tree[i] = max(tree[i], end)
            i += i & -i

    def reach(start: int) -> int:  # the furthest end of the titles entered starting <= start
        i, best = start + 1, 0
        while i > 0:
            best = max(best, tree[i])
            i -= i & -i
        return best

    def length(i: int) -> int:
        return titles[i][1].outer_end - titles[i][1].start

    keep = [False] * len(titles)
    for _, group in groupby(sorted(range(len(titles)), key=length, reverse=True), key=length):
        group = list(group)  # titles of one length do not hide each other: ask, then enter
        for i in group:
            keep[i] = reach(titles[i][0].start) < titles[i][0].end
        for i in group:
            enter(titles[i][1].start, titles[i][1].outer_end)
    return [pair for pair, kept in zip(titles, keep) if kept]


#: How many capitalised words an institution's name after an office's comma may have.
INSTITUTION_RUN = 5
#: How far into a mention an owner's office in the possessive may end ("Chief Minister's").
OWNER_REACH = 4


@dataclass
class _Title:
    start: int  # first token of the title text
    end: int  # end of the title text (country complement stripped)
    outer_end: int  # end including a stripped "of <Country>"
    country: Optional[str] = None
    rule: str = ""
    country_rule: str = ""  # which rule gave ``country`` (the trace of bench/country_sources.py)
    lead: int = 0  # first token including a leading country/demonym
    text: Optional[str] = None  # the title's words when a state's name was cut from its middle
    state_named: bool = False  # "of <Country>" inside it: a state's office, whatever else it holds
    head_end: int = 0  # end of the office's head, where its complement begins
    status: str = ""  # a status word written before the state cut from the title ("acting Punjab Governor")

    def words(self, doc: Doc) -> str:
        return f"{self.status} {self._words(doc)}" if self.status else self._words(doc)

    def _words(self, doc: Doc) -> str:
        # a body's acronym in brackets is no word of the office, in its complement or before its
        # head: "Director of the SCO Regional Anti-Terrorist Structure (SCO RATS) Executive
        # Committee", "National Assembly (NA) Chairwoman" (the dev gold's "National Assembly
        # Chairwoman"), "Department of Foreign Affairs (DFA) Secretary"
        return self.text or INNER_ACRONYM.sub("", text_of(doc, self.start, self.end))


#: The capitalised name of a body written right before an office ("Adana Chamber of Industry| Vice
#: President NAME"), read back over at most ``BODY_BEFORE_CHARS`` characters.
_BODY_BEFORE = re.compile(r"(?:(?:[A-Z][\w'\u2019&-]*|of|and|the|&) +)+$")
BODY_BEFORE_CHARS = 80
#: The longest tail of a word made of the characters a capitalised word of ``_BODY_BEFORE`` holds.
_BODY_WORD_TAIL = re.compile(r"[\w'\u2019&-]*\Z")
_BODY_SMALL_WORDS = ("of", "and", "the", "&")


def _body_before(window: str) -> str:
    """``_BODY_BEFORE.search(window)``'s text ("" when none), read back word by word from the
    end: the search tries every start in the window and reads the run on from each."""
    end = len(window) - 1 if window.endswith("\n") else len(window)  # ($: before a final newline too)
    k = len(window[:end].rstrip(" "))
    if k == end:
        return ""  # (a match ends in a space)
    start = None
    while k > 0:
        chunk_start = window.rfind(" ", 0, k) + 1
        chunk = window[chunk_start:k]
        tail = _BODY_WORD_TAIL.search(chunk).start()  # a capitalised word starts at or after it
        q = next((i for i in range(tail, len(chunk)) if "A" <= chunk[i] <= "Z"), None)
        small = [len(chunk) - len(w) for w in _BODY_SMALL_WORDS if chunk.endswith(w)]
        if small:
            q = min(small) if q is None else min(q, *small)
        if q is None:
            break
        start = chunk_start + q
        if q > 0:
            break
        k = len(window[:chunk_start].rstrip(" "))
    return window[start:end] if start is not None else ""
#: The body of an office's complement read on after the mention ("Executive Chair| of Chambers
#: Wales North"): "of", "at" or "for" and a capitalised run.
_BODY_AFTER = re.compile(r" (?:of|at|for) (?:the )?[A-Z][\w'\u2019&-]*(?: (?:[A-Z][\w'\u2019&-]*|of|and|&))*")


def _office_body_words(text: str, mention, acronyms: Dict[str, str]) -> str:
    """The words of the body an office is held in, written outside its title: the capitalised
    run glued before the mention ("National Chamber of Commerce of Sri Lanka| President NAME"),
    the complement read on after it ("NAME, Executive Chair| of Chambers Wales North"), and the
    long forms of the acronyms the text defines that the mention's own words and that
    run name ("Chairman of the Executive Committee of JCCI", "the Jhelum Chamber of Commerce and
    Industry (JCCI)")."""
    before = _body_before(text[max(0, mention.start - BODY_BEFORE_CHARS):mention.start])
    after = _BODY_AFTER.match(text, mention.end, mention.end + BODY_BEFORE_CHARS)
    told = " ".join([before, text[mention.start:mention.end], after.group(0) if after else ""])
    long_forms = [acronyms[w] for w in re.findall(r"[A-Z][A-Za-z&]+", told) if w in acronyms]
    return " ".join([told] + long_forms)


def _word_before(text: str, start: int) -> str:
    """The lowercase word written right before ``start`` ("then" in "then-foreign minister")."""
    words = re.split(r"[\s\-\u2013]+", text[max(0, start - WORD_BEFORE_CHARS):start].rstrip(" -\u2013"))
    return words[-1].casefold() if words else ""


#: How many characters before a mention the word before it is looked for in.
WORD_BEFORE_CHARS = 16


def _body_states(doc: Doc) -> List[Tuple[Span, Dict[str, Any]]]:
    """The place spans of the body (after the dateline) that name a state, each with its
    ``nf_place`` value, read once (each ``span._`` read builds an Underscore object). Read once
    per doc while :meth:`OfficialRecognizer.annotate` reads it (after its :meth:`_read_places`,
    which settles the places' values): some rules of a doc ask again (the list is not to be changed)."""
    read = _BODY_STATES_READ[0]  # (one tuple: read and written whole)
    if read is not None and read[0] is doc and read[1] is not None:
        return read[1]
    states = _read_body_states(doc)
    if read is not None and read[0] is doc:
        _BODY_STATES_READ[0] = (doc, states)
    return states


class _CharCover:
    """The characters inside any of some (start, end) character ranges (the ends excluded),
    merged into disjoint runs once, so that each question "is this character inside one?"
    is a bisection, not a pass over every range."""

    def __init__(self, ranges: Sequence[Tuple[int, int]]):
        self.starts: List[int] = []
        self.ends: List[int] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)  # touching or overlapping: one run
            else:
                self.starts.append(start)
                self.ends.append(end)

    def __contains__(self, char: int) -> bool:
        i = bisect_right(self.starts, char) - 1
        return i >= 0 and char < self.ends[i]


def _flags(doc: Doc, *attrs: str) -> Tuple[List[int], ...]:
    """The doc's arrays of the token flags ``attrs`` ("IS_TITLE", "IS_ALPHA" ...: 1 or 0 per
    token, :func:`.lexicon.token_ids`), for rules that look at many words: no Token made per look."""
    return tuple(token_ids(doc, attr) for attr in attrs)


#: (the doc annotate reads, its body states once read, else None); None out of annotate
_BODY_STATES_READ: list = [None]


def _read_body_states(doc: Doc) -> List[Tuple[Span, Dict[str, Any]]]:
    body_start = doc_value(doc, "body_start") or 0
    states = []
    for span in spans_in(doc, settings.SPANS_PLACES):
        if span.start_char >= body_start:
            place = span_value(span, "nf_place")
            if place and place.get("country"):
                states.append((span, place))
    return states


#: How many capitalised words a company's name may have next to its noun or before an office.
COMPANY_NAME_REACH = 4
#: How many words may stand between a verb of going along and whom it names ("the visiting").
ESCORTED_REACH = 3
#: How many auxiliaries or commas may stand between the one escorted and the passive verb ("A will be accompanied by").
ESCORTED_SUBJECT_GAP = 3
#: The word after a passive verb of going along that opens the list of escorts.
BY_WORD = frozenset({"by"})
#: How many capitalised words after an office and a comma may name a body ("Chief Whip, African
#: National Congress") rather than a person.
BODY_AFTER_COMMA_REACH = 4
#: What may close an office in brackets after a name: the bracket, or a comma or colon before its body.
BRACKET_CLOSERS = (")", ",", ":", ";")
#: The shortest body acronym that, as a label of a web address, makes it the body's own site
#: ("eala.org"); a longer one may open a label ("sadcpf.org").
BODY_LABEL_LENGTH = 3
#: How many words after a visiting party's verb ("is in", "arrive", "stay") its place may stand.
PARTY_PLACE_REACH = 4
#: How many words a body's name may have before a lowercase office ("Pension Fund Regulatory and
#: Development Authority chairman").
BODY_NAME_REACH = 8
#: How many words a portfolio or a body's name may have right after an office, with no
#: preposition ("DG Narcotics Control NAME", "Chairman Pakistan Telecommunication Authority").
BARE_PORTFOLIO_REACH = 5
#: How many lowercase words (hyphens included) may describe an official between his state's
#: possessive and his office ("Fiji's recently-elected Prime Minister").
DESCRIBING_REACH = 4
#: The shortest word whose ending alone (``PORTFOLIO_SUFFIX``) makes it a portfolio, not a name.
PORTFOLIO_SHAPE_LENGTH = 9
#: How many words (a style, "the") may stand between a word of meeting and the official met.
MET_CUE_REACH = 3
#: How many capitalised words after a town may still make it the opening of a body's name.
TOWN_BODY_REACH = 3
#: How many words an office's complement the rules cannot read ("of the 30-member bloc") may
#: have before the comma that a closed apposition's name follows.
LOOSE_COMPLEMENT_REACH = 10

#: "Ministers from the three Andean countries, A, Peru, B, Chile": the words of a group of states
#: described before a list of holders each with its state, and the plural nouns that close it
PAIRED_GROUP_REACH = 7
PAIRED_GROUP_NOUNS = frozenset({"countries", "states", "nations", "governments", "members"})


def _any_of(texts: List[str]) -> "re.Pattern[str]":
    """An expression found in a string when the string holds any of ``texts`` (its ``search``
    is ``any(t in string for t in texts)``, one search instead of a test per text)."""
    return re.compile("|".join(re.escape(t) for t in sorted(set(texts))) if texts else r"(?!)")


class OfficialRecognizer(RuleComponent):
    pattern_files = PATTERN_FILES
    data_files = (WORDS_FILE, NAMES_FILE, HOLDERS_FILE)
    #: the words of titles (``title_words``) are read by the rules, not matched as spans
    data_labels = ("TITLE_WORD",)

    def compile(self) -> None:
        super().compile()
        # a rule set without the file (an empty pipeline restored from bytes) has empty classes
        entries = (self.rules or {}).get(WORDS_FILE)
        self.words = _WordClasses(word_classes_of(entries, WORDS_FILE, phrases=("INTERNATIONAL_BODY_NAME", "BODY_SEAT_CITY", "ROLE_VERB", "SOLE_OFFICE", "LOCAL_OFFICE",
                                                                      "ROYAL_ADDRESS", "NON_STATE_OFFICE"))
                                  if entries is not None else {}, strict=entries is not None)
        self.names = NameWords.of_rules(self.rules)
        #: the parts of hyphenated words of a state's formal name ("Co", "operative"), read by _state_word
        self._state_word_parts = frozenset(part for w in self.words.get("STATE_WORD", ()) if "-" in w for part in w.split("-"))
        self._compile_holders()
        #: offices a few states give: first word -> (head word, states) (:meth:`_shared_offices`)
        self.shared_offices = {e.pattern: (e.meta["head"].lower(), tuple(e.meta["countries"])) for e in entries or ()
                               if e.label == "SHARED_OFFICE" and e.meta.get("head") and e.meta.get("countries")}
        self.international_bodies = self.words["INTERNATIONAL_BODY"]
        #: each international body's name as :meth:`_international` finds it in a padded title
        self.body_name_forms = tuple((f" {name} ", f" {name}'s ") for name in self.words["INTERNATIONAL_BODY_NAME"])
        # (one search for any of them, not a substring test per name: asked of every title)
        self.body_name_in = _any_of([name for name, _ in self.body_name_forms])
        self.body_name_or_possessive_in = _any_of([form for pair in self.body_name_forms for form in pair])
        #: the body words that name a body alone ("UN"; not "African" of "African Union")
        self.whole_bodies = self.international_bodies - self.words["PARTIAL_BODY_WORD"]
        #: the bodies' acronyms as a label of a site's address writes them (:meth:`_body_site`),
        #: and the longer ones, which may open a label ("sadcpf")
        self.body_site_labels = frozenset(w.lower() for w in self.international_bodies
                                          if w.isupper() and len(w) >= BODY_LABEL_LENGTH)
        self.body_site_openers = tuple(sorted(a for a in self.body_site_labels if len(a) > BODY_LABEL_LENGTH))
        self.name_internal_styles = self.words["NAME_INTERNAL_STYLE"]
        self.title_words = frozenset(
            e.pattern for e in self.patterns.entries if e.label == "TITLE_WORD" and isinstance(e.pattern, str)
        )
        self._variant_cache: Dict[str, Tuple[int, ...]] = {}
        #: (the doc :meth:`annotate` reads, its places): :meth:`_places` while it runs
        self._doc_places: Optional[Tuple[Doc, tuple]] = None
        self.role_verbs = sorted((tuple(p.split()) for p in self.words["ROLE_VERB"]), key=len, reverse=True)
        self.role_verb_ends = frozenset(phrase[-1] for phrase in self.role_verbs)
        self._tokenizer_exceptions = frozenset(getattr(self.nlp.tokenizer, "rules", None) or ())
        styles = [e for e in self.patterns.entries if e.label == "HONORIFIC" and isinstance(e.pattern, str)]
        # (a form of address may stand where a style does: "Honourable Minister X")
        addresses = [e for e in self.patterns.entries if e.label == "COURTESY" and isinstance(e.pattern, str)]
        offices = {e.pattern for e in self.patterns.entries if e.label == "TITLE" and isinstance(e.pattern, str)}
        #: office words that are also styles: a style when another title follows in apposition
        #: ("Ambassador Taye Astke-Selassie, Foreign Minister of Ethiopia")
        self.style_titles = frozenset(e.pattern for e in styles) & offices
        self.portfolio_suffixes = tuple(sorted(self.words["PORTFOLIO_SUFFIX"]))
        self.adjective_suffixes = tuple(sorted(self.words["ADJECTIVE_SUFFIX"]))
        #: one-word offices: "Governor Jakarta" is an office and a town, not one name
        self.office_words = frozenset(p for p in offices if " " not in p)
        self.offices = frozenset(offices)
        #: the words that open an office ("Inspector" of "Inspector General"): their plural is an office's
        self.office_openers = self.office_words | frozenset(p.split()[0].split("-")[0] for p in offices if p[:1].isupper())
        position = {e.pattern: e.meta.get("position") for e in styles + addresses}
        #: styles written before an office as well as before the name ("H.E. Foreign Minister X"),
        #: and the words they are made of ("by HE Minister ...", "the Hon.")
        self.pre_title_styles = frozenset(p for p, where in position.items() if where == "before_office")
        self.style_words = frozenset(w for p in self.pre_title_styles for w in p.split()) | {"the", "The"}
        #: styles only right before a name word and after none (Myanmar "U", "Daw")
        self.context_styles = frozenset(p for p, where in position.items() if where == "before_name_word")
        #: styles only before another style (Brunei "Dayang Hajah Aminah")
        self.chained_styles = frozenset(p for p, where in position.items() if where == "before_style")
        #: offices of one country ("Taoiseach" -> IE), from the "country" field of a title rule
        #: one-word offices whose plural heads a list of holders ("Presidents A (Namibia), B ...")
        self.plural_offices = {_plural(p): p for p in offices if p.isalpha() and p[0].isupper()}
        # ("Foreign ministers A (Honduras) and B (Guatemala)": press writes the plural in lowercase too)
        self.plural_offices.update({plural.lower(): office for plural, office in list(self.plural_offices.items())})
        # "his Slovak and Polish counterparts, A and B, respectively": a relational office in the plural
        self.plural_offices.update({_plural(p): p for p in offices if p in RELATIONAL_TITLES})
        #: (one set made and hashed once, not once per doc: token_indices keys its look-ups on it)
        self.plural_office_words = frozenset(self.plural_offices)
        #: styles written as one word ("HE", "HRH", "Dr"): never a modifier of the office after them
        self.one_word_styles = frozenset(e.pattern for e in self.patterns.entries if e.label in ("HONORIFIC", "COURTESY")
                                         and isinstance(e.pattern, str) and " " not in e.pattern)
        self.office_countries = {
            e.pattern: e.meta["country"] for e in self.patterns.entries
            if e.label == "TITLE" and isinstance(e.pattern, str) and e.meta.get("country")
        }

    def _compile_holders(self) -> None:
        """The known office holders' table and the look-ups read from it while a doc is read."""
        self.known_holders = KnownHolders.of_entries((self.rules or {}).get(HOLDERS_FILE))
        # the first and last words of the table's names of two words or more (_holder_flags)
        self._holder_words = tuple({words[at] for entries in index.values() for words, _ in entries if len(words) >= 2}
                                   for index, at in ((self.known_holders.by_first, 0), (self.known_holders.by_last, -1)))
        self._holder_word_memo: Dict[str, Tuple[bool, bool]] = {}
        #: (the ids of the words asked, of those that are a last word) (:meth:`_holder_last_words`)
        self._holder_word_ids: Tuple[Set[int], Set[int]] = (set(), set())

    # -- lexical layer -------------------------------------------------------------------
    def _lexical(self, doc: Doc):
        heads, honorifics = [], {}
        for span in self.patterns.match(doc, labels=("TITLE", "HONORIFIC", "COURTESY")):
            if span.label_ == "TITLE":
                heads.append(span)
            elif span.label_ in ("HONORIFIC", "COURTESY"):
                prev = honorifics.get(span.start)
                if prev is None or len(span) > len(prev):
                    honorifics[span.start] = span
        # "Sultan bin Saad": a style or office word right before "bin" is a given name
        heads = [h for h in heads if not self._before_patronymic(doc, h.end)]
        honorifics = {k: v for k, v in honorifics.items() if not self._before_patronymic(doc, v.end)}
        # "Foreign Minister Amir Khan", "Speaker of the Knesset Amir Ohana": an office that is also
        # a given name is the name when an office's word stands right before it
        heads = [h for h in heads if not (span_text(h) in self.words["GIVEN_NAME_OFFICE"] and h.start > 0
                                          and token_texts(doc)[h.start - 1] in self.title_words)]
        heads = [h for h in heads if not self._family_name_office(doc, h, heads)]
        # "the EU Member States": an office word before a plural noun of states modifies it
        heads = [h for h in heads if not (h.end < len(doc) and token_texts(doc)[h.end] in self.words["STATES_NOUN"])]
        # "the keynote speaker NAME": an office only with its body after "of" ("the speaker of the Assembly")
        # ("Assembly speaker NAME": a legislature written before it names the body too)
        heads = [h for h in heads if not (span_text(h) in self.words["COMPLEMENT_ONLY_OFFICE"]
                                          and (h.end >= len(doc) or lower_words(doc)[h.end] != "of")
                                          and not (h.start > 0 and token_texts(doc)[h.start - 1] in self.words["LEGISLATURE_WORD"]))]
        # "will chair", "to head": a verb, not an office
        heads = [h for h in heads if not (span_text(h).islower() and h.start > 0 and lower_words(doc)[h.start - 1] in self.words["VERB_CUE"])]
        # ("Chief of Army Staff General NAME": a word of an office's head is no name word before a rank)
        self._contextual_honorifics(doc, honorifics, {i for h in heads for i in range(h.start, h.end)})
        # "Chief" inside "Air Chief Marshal" is part of a rank, not an office
        inside_rank = {i for span in honorifics.values() if len(span) > 1 for i in range(span.start, span.end)}
        heads = [h for h in heads if not (h.start in inside_rank and h.end - 1 in inside_rank
                                          and not any(o.start == h.start and len(o) == len(h) for o in honorifics.values()))]
        return longest_spans(heads), honorifics

    def _office_inside_name(self, doc: Doc, head: Span, places, honorifics) -> bool:
        """ "Foreign Minister Hossein Amir Abdollahian", "Reza Amir-Nouri": an office that is also
        a given name, between a name word (no place, no office word) and a name word or an
        in-word hyphen, is a word of that name ("Kuwait Amir Sheikh NAME" stays an office)."""
        k, end = head.start, head.end
        if span_text(head) not in self.words["GIVEN_NAME_OFFICE"] or k == 0 or end >= len(doc) \
                or k - 1 in places[1] or end in honorifics or not doc[k - 1].whitespace_:
            return False
        before, after = doc[k - 1], doc[end]
        if not self.names.is_name_word(before) or before.text in self.title_words or before.is_sent_start:
            return False
        glued = after.text in HYPHENS and not head[-1].whitespace_ and not after.whitespace_
        return glued or self.names.is_name_word(after) and after.text not in self.title_words

    def _family_name_office(self, doc: Doc, head: Span, heads) -> bool:
        """ "Foreign Minister Julie Bishop said": an office that is also a family name, right
        after the one name word that follows another office, and before no name word and no
        complement, is the end of that name."""
        k = head.start
        if span_text(head) not in self.words["FAMILY_NAME_OFFICE"] or k < 2 or not self.names.is_name_word(doc[k - 1]) \
                or token_texts(doc)[k - 1] in self.title_words or not any(h.end == k - 1 for h in heads):
            return False
        nxt = doc[head.end] if head.end < len(doc) else None
        return nxt is None or not (self.names.is_name_word(nxt) or nxt.lower_ in ("of", "for", "to"))

    def _before_patronymic(self, doc: Doc, k: int) -> bool:
        return k < len(doc) and token_texts(doc)[k] in self.names.patronymics

    def _contextual_honorifics(self, doc: Doc, honorifics: Dict[int, Span], head_starts) -> None:
        """Styles that are honorifics only in context, in place: Myanmar "U"/"Daw" directly
        before a name word and after no name word ("General U Aung", not "John U Smith");
        Brunei "Awang"/"Dayang" only before another style ("Awang Haji"; "Datuk Amar Awang Tengah"
        is a name); a
        Brunei "Pehin ..." style runs over its capitalised words to the next style."""
        ends = {span.end for span in honorifics.values()}
        for start in sorted(honorifics):
            span = honorifics.get(start)
            if span is None or len(span) != 1:
                continue
            text = span_text(span)
            if text in self.context_styles:
                nxt = doc[start + 1] if start + 1 < len(doc) else None
                prev = doc[start - 1] if start > 0 else None
                after_name = prev is not None and self.names.is_name_word(prev) and start not in ends \
                    and prev.i not in head_starts
                # "Minister for Federal Affairs and General Administration NAME": before a
                # portfolio word "General" is a word of the office, no rank
                if nxt is None or not (self.names.is_name_word(nxt) and len(nxt) > 1) or after_name \
                        or nxt.text in self.title_words:
                    del honorifics[start]
            elif text in self.chained_styles and start + 1 not in honorifics:
                del honorifics[start]
            elif text == "Pehin":
                k = start + 1
                while k < len(doc) and k - start <= 6 and (k == start + 1 or k not in honorifics) and doc[k].is_title:
                    k += 1
                if k > start + 1 and k in honorifics:  # "Pehin Datu Kesuma Jaya" + "Dato Seri Setia"
                    for inner in range(start + 1, k):
                        honorifics.pop(inner, None)
                    honorifics[start] = Span(doc, start, k, label=span.label_, span_id=span.id_)
                    ends.add(k)

    def _places(self, doc: Doc) -> Tuple[Dict[int, Span], Dict[int, Span]]:
        """The doc's places by first token and by end, read once while :meth:`annotate` runs
        (kept in ``_doc_places`` until its end: a Span held after it would keep its doc alive)."""
        if self._doc_places is not None and self._doc_places[0] is doc:
            return self._doc_places[1]
        return self._read_places(doc)

    def _read_places(self, doc: Doc) -> Tuple[Dict[int, Span], Dict[int, Span]]:
        by_start, by_end = {}, {}
        spans = list(spans_in(doc, settings.SPANS_PLACES))
        values = [span_value(s, "nf_place") or {} for s in spans]
        named = [(span_text(s), v.get("country")) for s, v in zip(spans, values) if v.get("kind") == "country"]
        ends = {s.end for s in spans}
        for span, place in zip(spans, values):
            if self._town_ends_a_name(doc, span, place, ends):
                continue
            if place.get("kind") == "demonym" and not place.get("country") and named:
                country = story_demonym_country(span_text(span), named)
                if country:  # a span of this component's own, so that the places' values stay
                    span = Span(doc, span.start, span.end, label=STORY_DEMONYM)
                    set_span_value(span, "nf_place", {**place, "country": country})
            by_start[span.start] = span
            by_end[span.end] = span
        return by_start, by_end

    def _town_ends_a_name(self, doc: Doc, span: Span, place: dict, place_ends) -> bool:
        """ "Lok Sabha Speaker", "Vidhan Sabha": a town's name right after a capitalised word that
        is no place, office or sentence word is the end of another name, and tells no state."""
        if place.get("kind") != "city" or span.start == 0:
            return False
        start, end = span.start, span.end
        # the doc's word arrays, no Token made per look (a sentence start's flag is 1)
        sent_start, title, alpha = _flags(doc, "SENT_START", "IS_TITLE", "IS_ALPHA")
        if sent_start[start] == 1:
            return False
        # a sentence's first word is capitalised anyway: then the name must go on after the town
        runs_on = end < len(doc) and title[end] and alpha[end]
        prev = token_texts(doc)[start - 1]
        return bool(alpha[start - 1] and title[start - 1] and (runs_on or not sent_start[start - 1] == 1)) \
            and prev not in self.office_words \
            and prev not in self.names.sentence_words and lower_words(doc)[start - 1] not in self.names.small_words \
            and start not in place_ends

    def _is_title_word(self, token) -> bool:
        return token.text in self.title_words or token.text in self.international_bodies

    @staticmethod
    def _list_closes(doc: Doc, k: int, limit: int) -> int:
        """ "Trade, Investments and Industry": after a comma, capitalised words that reach an
        "and" + capitalised word within a few tokens are a portfolio list, not a name. Returns
        the index of that "and" (0 when there is none)."""
        j = k
        while j < limit and j - k < 2 and doc[j].is_title:
            j += 1
        return j if j > k and j + 1 < limit and lower_words(doc)[j] == "and" and doc[j + 1].is_title else 0

    @staticmethod
    def _qualifier(doc: Doc, k: int, limit: int, by_start) -> int:
        """ "(Strategy)", "(Agriculture and Agrifood)": a bracketed portfolio after an office
        belongs to it; returns the index after ")" (0 when there is none). An acronym
        ("(WHO)") or a place ("(Kenya)") is no portfolio."""
        if k >= limit or token_texts(doc)[k] != "(" or k + 1 in by_start:
            return 0
        j = k + 1
        while j < limit and j - k <= 6 and (doc[j].is_title or lower_words(doc)[j] in ("and", "&", ",")):
            j += 1
        if j < limit and token_texts(doc)[j] == ")" and j > k + 1 and doc[k + 1].is_title:
            return j + 1
        return 0

    def _in_title(self, doc: Doc, k: int, limit: int) -> bool:
        """Whether the capitalised word at ``k`` continues a title's complement: a portfolio or
        organisation word, an acronym ("of SADC"), a single letter ("Committee E"), or an
        unknown word that a portfolio word follows ("High Technology", "Mineral Resources")."""
        texts = token_texts(doc)  # (the doc's word arrays: no Token made per look)
        text = texts[k]
        if text in self.title_words or text in self.international_bodies or self._state_word(doc, k) \
                or text in self.words["COMPANY_WORD"]:
            return True
        if self._title_compound(doc, k, limit):
            return True  # "and Co-operation", "of Agro-processing"
        if token_ids(doc, "IS_LOWER")[k] and text.capitalize() in self.words["INSTITUTION_WORD"] and k + 1 < limit \
                and lower_words(doc)[k + 1] in ("of", "for"):
            return True  # "in the ministry of Trade": the institution written lowercase
        titled = token_ids(doc, "IS_TITLE")[k]
        if token_ids(doc, "IS_UPPER")[k] and token_ids(doc, "IS_ALPHA")[k] and len(text) <= 6 and not self._initial(doc, k, limit) \
                and not self._family_name_in_caps(doc, k, limit) \
                or titled and _hyphen_joint(doc, k + 1, limit):
            return True  # "of SADC", "Chair-in-Office"; not "... Affairs F S Mufamadi"
        if titled and len(text) >= PORTFOLIO_SHAPE_LENGTH and lower_words(doc)[k].endswith(self.portfolio_suffixes):
            return True  # "of Modernization", "of Decentralisation": a portfolio the word lists lack, no name
        return bool(titled and k + 1 < limit and texts[k + 1] in self.title_words) or self._company_run(doc, k, limit)

    def _family_name_in_caps(self, doc: Doc, k: int, limit: int) -> bool:
        """ "Minister of Foreign Affairs SOK Chenda Sophea": a word in capitals before a given
        name is the holder's family name, not an acronym of the complement, when the story
        writes it elsewhere as a name word ("Sok") or opening another name outside a complement
        ("Prime Minister HUN Manet", "Mr. CHOI Yong-jun"); an acronym of a body ("of NASC NAME")
        is written neither way."""
        if not self.names._is_family_name_in_caps(doc, k, limit):
            return False
        texts, lowers, positions = token_texts(doc), lower_words(doc), token_positions(doc, "ORTH")
        written = texts[k].capitalize()
        if written in self.names.not_name_words:
            return False
        if positions.get(doc.vocab.strings[written]):
            return True
        return any(0 < j and j + 1 < len(doc) and lowers[j - 1] not in ("of", "the", "for", "at")
                   and self.names._is_family_name_in_caps(doc, j, len(doc)) and texts[j + 1] not in self.offices
                   and texts[j + 1] not in self.title_words and texts[j + 1] != texts[k + 1]
                   for j in positions.get(doc.vocab.strings[texts[k]], ())[:MAX_CAPS_NAME_LOOKS] if j != k)

    def _title_compound(self, doc: Doc, k: int, limit: int) -> int:
        """End of a portfolio word written with a hyphen at ``k`` ("Co-operation",
        "Agro-processing", "Co-ordination"): the word, or it without its hyphen, or its second
        part is a title word; 0 otherwise (a name: "Mashaba-Dube")."""
        end = _glued_compound_end(doc, k, limit)
        if not end:
            return 0
        first, second = token_texts(doc)[k], token_texts(doc)[k + 2]
        forms = (f"{first}-{second}", f"{first}{second}".capitalize(), second.capitalize())
        return end if any(form in self.title_words for form in forms) else 0

    def _body_name_run(self, doc: Doc, k: int, limit: int, by_start) -> int:
        """The end of a body's own name that the rules do not know, as the object of a title's
        complement: after "of"/"the", up to three capitalised words that reach an organisation
        word ("Chairman of Qaumi Watan Party NAME") or "of <Country>" ("Speaker of the Majlis of
        Iran NAME"); 0 when there is none. Only as the object of a preposition: after a title
        word the same words are a name ("Minister of Foreign Affairs NAME of Indonesia")."""
        if not (0 < k < limit and lower_words(doc)[k - 1] in ("of", "the")):
            return 0
        j = k
        while j < limit and j - k < 3 and doc[j].is_title and doc[j].is_alpha and j not in by_start \
                and token_texts(doc)[j] not in self.title_words and token_texts(doc)[j] not in self.names.sentence_words:
            j += 1
        if j == k or j >= limit:
            return 0
        if token_texts(doc)[j] in self.title_words and token_texts(doc)[j] in self.words["BODY_HEAD_WORD"]:
            return j + 1
        # a sub-national unit written lowercase before its state: "of X province| of the Republic of Y" (session 24)
        j += int(j + 2 < limit and doc[j].is_lower and doc[j].text.capitalize() in self.words["SUBNATIONAL_UNIT"]
                 and lower_words(doc)[j + 1] == "of")
        place = by_start.get(j + 1 + int(j + 2 < limit and lower_words(doc)[j + 1] == "the")) \
            if lower_words(doc)[j] == "of" else None
        if place is not None and (span_value(place, "nf_place") or {}).get("kind") == "country":
            return j
        return 0

    def _initial(self, doc: Doc, k: int, limit: int) -> bool:
        """A single capital before another or before a name word: the initials of a name ("F S
        Mufamadi"), not a body's letter ("Committee E")."""
        texts = token_texts(doc)
        if len(texts[k]) != 1 or k + 1 >= limit:
            return False
        nxt = texts[k + 1]  # (the doc's word arrays: no Token made per look)
        return bool(len(nxt) == 1 and token_ids(doc, "IS_UPPER")[k + 1]) \
            or self.names.is_name_text(nxt, bool(token_ids(doc, "IS_ALPHA")[k + 1])) and nxt not in self.title_words

    def _noun_of_adjective(self, doc: Doc, k: int, end: int, last_good: int, limit: int, honorific_starts) -> bool:
        """ "Director of the National Institute for Strategic |Initiatives|", "director-general of
        the National |Trust| Dame NAME", "Director General of the British |Chambers|": a capitalised
        adjective (by its ending, ``ADJECTIVE_SUFFIX``, or a demonym) that the complement reached
        needs its noun, the capitalised word at ``k``; no name of one word stands after it. Not
        when a name word follows that word ("Minister for the Pacific Zed Seselja")."""
        texts, title, alpha = token_texts(doc), token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_ALPHA")
        if k != last_good or k - 1 <= end or not (title[k] and alpha[k] and title[k - 1]) or k in honorific_starts:
            return False
        place = self._places(doc)[1].get(k)
        if place is not None:
            adjective = place_kind(place) == "demonym"  # "the British |Chambers|"; not "of Nepal |NAME|"
        else:
            adjective = lower_words(doc)[k - 1].endswith(self.adjective_suffixes)
        if not adjective:
            return False
        nxt = k + 1
        return nxt >= limit or not self.names.is_name_text(texts[nxt], bool(alpha[nxt])) \
            or nxt in honorific_starts or texts[nxt] in self.title_words or texts[nxt] in self.words["THING_HEAD"]

    def _company_run(self, doc: Doc, k: int, limit: int) -> bool:
        """ "Borneo Grid Berhad": capitalised words that run on to a company word."""
        j = k
        texts, title, upper, alpha = token_texts(doc), token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_UPPER"), token_ids(doc, "IS_ALPHA")
        while j < limit and j - k <= 4 and (title[j] or upper[j]) and alpha[j]:
            if texts[j] in self.words["COMPANY_WORD"]:
                return True
            j += 1
        return False

    # -- title ---------------------------------------------------------------------------
    def _title(self, doc: Doc, head: Span, sent: Span, places, head_starts=frozenset(),
               honorific_starts=frozenset()) -> _Title:
        """The office around ``head``: modifiers on the left, the country before it, the words
        that close it and its complement on the right, the country's "of <Country>" cut out."""
        by_start, by_end = places
        start = self._title_start(doc, head, sent, by_end, head_starts)
        title = _Title(start=start, end=head.end, outer_end=head.end, rule=head.id_, lead=start, head_end=head.end)
        self._country_before_title(doc, head, sent, by_end, title)
        title.start = self._unit_place_start(doc, title, sent, by_end)
        title.start = self._local_place_start(doc, title, sent, by_end)
        # "former Thai Prime Minister", "acting Punjab Governor": the status word before the place
        # that is cut from the title stays ("former Prime Minister", "acting Governor")
        lead = title.lead if title.lead < title.start else by_end[title.start].start if title.start in by_end else title.start
        # (not after a determiner: "NAME is the new Australian High Commissioner" holds the office)
        if sent.start < lead < title.start and lower_words(doc)[lead - 1] in self.words["STATUS_WORD"] \
                and (lead - 2 < sent.start or lower_words(doc)[lead - 2] not in APPOSITION_DETERMINERS):
            title.status = token_texts(doc)[lead - 1]
        end = self._closing_words(doc, head, sent, by_start, honorific_starts)
        if not span_text(head).islower():  # "Secretary Excise Dr NAME", "Chairman PTA Mr. NAME"
            bare = self._bare_portfolio_end(doc, end, sent.end, honorific_starts, head_starts, by_start)
            state = next((by_start[j] for j in range(end, bare) if place_kind(by_start.get(j)) in ("country", "region", "city")
                          and _place_country(by_start[j])), None)
            if state is not None and title.country is None:  # "Chairman Pakistan Telecommunication Authority"
                title.country, title.country_rule = _place_country(state), f"country.title_{place_kind(state)}"
            end = bare
        title.end = title.outer_end = end
        end = self._acronym_before_complement(doc, end, sent.end)  # "Minister of State (MoS)| for X"
        if end < sent.end and (lower_words(doc)[end] in COMPLEMENT_PREPOSITIONS or self._in_institution(doc, end, sent.end, by_start)
                               or self._institution_after_comma(doc, end, sent.end, by_start)
                               or self._served_in(doc, end, end, sent.end, by_start)):
            last_good, country_tail = self._complement(doc, end, sent, by_start, honorific_starts,
                                                       lower_head=span_text(head).islower())
            last_good = self._named_office_served(doc, end, last_good, sent.end, head_starts) or last_good
            if last_good > end + 1:
                title.end = title.outer_end = last_good
                self._cut_country_tail(doc, head, title, country_tail, end, by_start)
                self._cut_body_state(doc, title, by_start)
        if title.text is None and span_text(head).islower() and "(" in token_texts(doc)[title.start:head.start]:
            # "Pension Fund ... Authority (PFRDA) chairman": the body's acronym is no word of the office
            title.text = INNER_ACRONYM.sub("", title._words(doc))
        return title

    def _acronym_before_complement(self, doc: Doc, end: int, limit: int) -> int:
        """Where the complement of the office ending at ``end`` starts when the office's acronym in
        brackets stands between them, "Minister of State (MoS) for External Affairs", "Secretary
        of State (SoS) for Wales": the preposition after the bracket; else ``end``. The acronym is
        no word of the title (:data:`INNER_ACRONYM`)."""
        if end < limit and token_texts(doc)[end] == "(":
            after = self._bracketed_acronym_end(doc, end, limit)
            if after and after < limit and lower_words(doc)[after] in COMPLEMENT_PREPOSITIONS:
                return after
        return end

    def _cut_body_state(self, doc: Doc, title: _Title, by_start) -> None:
        """ "State Secretary of the Serbian Ministry of Defence", "Speaker of the Lithuanian
        Seimas", "Minister ... at the United Kingdom's Foreign Office": a state's demonym or name
        (and its possessive) after "the" and before the first word of its own body
        (``STATE_BODY_NAME``) inside the complement leaves the title (FACTS.md), and tells the
        office's state when nothing before did; an embassy's stays ("of Chinese Embassy")."""
        if title.text is not None:
            return
        lowers, texts = lower_words(doc), token_texts(doc)
        for k in range(title.head_end + 1, title.end):
            place = by_start.get(k)
            if lowers[k - 1] not in ("the", "of") or place_kind(place) not in ("demonym", "country") or not _place_country(place):
                continue
            owned = place.end < title.end and lowers[place.end] in POSSESSIVES
            after = place.end + int(owned)
            # "Member of China's Central Military Commission": a state in the possessive owns the
            # body whose capitalised name follows, whatever its first word; else the body's first
            # word must be a state body's own, after "the" ("of Chinese Embassy" stays)
            # ("head of Kenyan delegation": a state's delegation is the state's body too)
            if after < title.end and (owned and doc[after].is_title
                                      or lowers[k - 1] == "the" and texts[after] in self.words["STATE_BODY_NAME"]
                                      or lowers[after] in DELEGATION_NOUNS and after + 1 == title.end):
                title.text = f"{text_of(doc, title.start, k)} {text_of(doc, after, title.end)}"
                if title.country is None:
                    title.country, title.country_rule = _place_country(place), "country.title_body_state"
                return

    @staticmethod
    def _closes_other_office(doc: Doc, k: int, limit: int, head_starts) -> bool:
        """Whether the capitalised words ending at ``k`` follow another office closely
        ("secretary for Finance NAME| and Central Bank governor"): its complement and holder, not
        the first words of a body's name coordinated with "and"."""
        j = k
        while j > limit and doc[j - 1].is_title and doc[j - 1].is_alpha:
            j -= 1
        # (an office inside the run too: "Defence Minister NAME| and Assembly Speaker")
        return any(i in head_starts for i in range(max(limit, j - 3), k + 1))

    def _unit_place_start(self, doc: Doc, title: _Title, sent: Span, by_end) -> int:
        """ "Kano State Governor", "Northern Province Governor", "Embu County Governor": an office
        that opens on a sub-national unit's word (``SUBNATIONAL_UNIT``) keeps the name of that
        place before it, which is no state; its state, if the place tells one, stays the title's
        country. A state's name never joins ("Kenya's County Governor")."""
        start = title.start
        if token_texts(doc)[start] not in self.words["SUBNATIONAL_UNIT"] or start <= sent.start:
            return start
        place = by_end.get(start)
        k = start
        if place is not None:
            if place_kind(place) in ("country", "demonym") or title.lead != place.start:
                return start
            k = place.start  # "Former Bomet County Governor": a status word may stand before the place
            return k - 1 if k > sent.start and token_texts(doc)[k - 1].lower() in self.words["STATUS_WORD"] else k
        while k > sent.start and start - k < 2 and doc[k - 1].is_title and doc[k - 1].is_alpha \
                and token_texts(doc)[k - 1] not in self.names.sentence_words and not self._is_title_word(doc[k - 1]):
            k -= 1
        if k > sent.start and token_texts(doc)[k - 1].lower() in self.words["STATUS_WORD"]:
            k -= 1  # "Former Bomet County Governor"
        return k

    def _local_place_start(self, doc: Doc, title: _Title, sent: Span, by_end) -> int:
        """ "Shanghai Mayor", "Kisii Governor", "Nova Scotia Premier", "Yekaterinburg mayor": a
        city's or a region's name written right before a local office (``LOCAL_OFFICE``: mayor,
        governor, premier ...) names the place the office governs, which is no state: it stays
        in the title (FACTS.md: only the country leaves it), and its state, if it tells one,
        stays the title's country. Not a state's name or demonym ("Thai Governor"), nor a
        possessive ("Lagos's Governor"), nor a place after a preposition ("in Lagos Governor
        NAME said": where, not whose); a status word before it stays ("former Kisii Governor")."""
        start = title.start
        place = by_end.get(start)
        if place is None or place_kind(place) not in LOCAL_PLACE_KINDS or place.start < sent.start:
            return start
        head = self._office_head(token_texts(doc)[start:title.head_end])
        if head not in self.words["LOCAL_OFFICE"] and head.rpartition(" ")[2] not in self.words["LOCAL_OFFICE"]:
            return start
        k = place.start
        if k > sent.start and lower_words(doc)[k - 1] in PLACE_PREPOSITIONS:
            return start
        title.rule = f"{title.rule}.local_place"
        return k - 1 if k > sent.start and lower_words(doc)[k - 1] in self.words["STATUS_WORD"] else k

    def _named_office_served(self, doc: Doc, end: int, last: int, limit: int, head_starts) -> int:
        """Where a complement ends before the office it serves when that office's holder is named
        right after it: "Spokesman for Prime Minister NAME, NAME2, said", "Chief Press Secretary
        to Kano State Governor NAME": the name is the served office's, so the complement stops at
        "for"/"to". Not when the complement goes on after the name ("Special Adviser to President
        NAME on Media, NAME2"), nor after "the" ("Chief of Staff to the President NAME"); 0 when
        there is no such office."""
        if not (end < limit and lower_words(doc)[end] in ("to", "for")):
            return 0
        j = end + 1
        while j < last and j not in head_starts and doc[j].is_title:
            j += 1  # the served office's modifiers: "Kano State", "Prime"
        if j >= last or j not in head_starts:
            return 0
        k = j + 1
        while k < last and token_texts(doc)[k] in self.title_words:
            k += 1  # the rest of the served office: "Prime |Minister|"
        name_end = self.names.read_name(doc, k, limit) if k == last else k
        if name_end - k < 2 or name_end < limit and lower_words(doc)[name_end] in COMPLEMENT_PREPOSITIONS:
            return 0
        return end

    def _institution_after_comma(self, doc: Doc, k: int, limit: int, by_start=None) -> bool:
        """ "Minister of State, Ministry of Foreign Affairs NAME", "Permanent Secretary, Ministry of
        Finance, NAME", "NAME, Principal Secretary, Kenya's Department for X": the institution
        after a comma (and a state's possessive) is the office's."""
        if token_texts(doc)[k] != ",":
            return False
        state = (by_start or {}).get(k + 1)
        if state is not None and place_kind(state) == "country" and state.end + 1 < limit and is_possessive(doc, state.end):
            k = state.end  # the state's possessive stands where the comma did
        j = k + 1
        while j < k + 3 and j + 1 < limit and token_texts(doc)[j] in self.title_words and doc[j].is_title \
                and token_texts(doc)[j] not in self.words["INSTITUTION_WORD"]:
            j += 1  # "Director, Federal Ministry of Health, NAME", "..., State Ministry of Health"
        return j + 1 < limit and token_texts(doc)[j] in self.words["INSTITUTION_WORD"] and lower_words(doc)[j + 1] in ("of", "for") \
            or self._institution_run_end(doc, k + 1, limit) > 0

    def _institution_run_end(self, doc: Doc, k: int, limit: int) -> int:
        """ "NAME, secretary, Trade Relations Division, Ministry of Commerce", "chief
        representative, JICA Bangladesh Office": a name of capitalised words after an office's
        comma that ends in an ``INSTITUTION_WORD`` (before a comma or the sentence's end) is the
        institution the office is held in: its end, 0 when there is none."""
        texts, j = token_texts(doc), k
        while j < limit and j - k < INSTITUTION_RUN and doc[j].is_alpha and (doc[j].is_title or doc[j].is_upper):
            j += 1
            if texts[j - 1] in self.words["INSTITUTION_WORD"] and j - k >= 2 \
                    and (j == limit or texts[j] in (",", ".", ";") or lower_words(doc)[j] in ("of", "for")):
                return j
        return 0

    def _in_institution(self, doc: Doc, k: int, limit: int, by_start) -> bool:
        """ "Permanent Secretary in the Ministry of ...", "Minister in the Prime Minister's
        Department": "in" opens the complement when an institution's name follows."""
        j = k + 2 if k + 1 < limit and lower_words(doc)[k + 1] == "the" else k + 1
        # ("Permanent Secretary in the ministry of Trade NAME": the institution written lowercase too)
        return lower_words(doc)[k] == "in" and j < limit and j not in by_start \
            and (token_texts(doc)[j] in self.title_words or doc[j].is_lower and token_texts(doc)[j].capitalize() in self.title_words
                 and j + 1 < limit and lower_words(doc)[j + 1] in ("of", "for"))

    def _hyphened_title_word(self, doc: Doc, start: int, limit: int, by_end) -> bool:
        """Whether a capitalised title word is glued by a hyphen to the office word at ``start``
        ("Vice-Chairman", "Vice-Speaker", "Vice-Governor"): one word of the office, as its spaced
        form ("Vice Chairman") is."""
        if start - 2 < limit or start - 1 in by_end or start - 2 in by_end:
            return False
        hyphen, word = doc[start - 1], doc[start - 2]
        return hyphen.text in HYPHENS and not hyphen.whitespace_ and not word.whitespace_ \
            and word.is_title and doc[start].is_title and self._is_title_word(word)

    def _joined_start(self, doc: Doc, start: int, limit: int, by_end) -> int:
        """Where the title goes on before ``start`` over a joint: a title word glued on by a
        hyphen ("Vice-Chairman", "First Vice-Speaker"); an office or a prefix joined by a spaced
        dash or a slash (:meth:`_dash_joined_office`), an office of words that are no title words
        whole ("High Representative/Vice-President"); else ``start``."""
        if self._hyphened_title_word(doc, start, limit, by_end):
            return start - 2
        if self._dash_joined_office(doc, start, limit, by_end):
            return next((start - 1 - n for n in (3, 2) if start - 1 - n >= limit
                         and text_of(doc, start - 1 - n, start - 1) in self.offices), start - 2)
        return start

    def _dash_joined_office(self, doc: Doc, start: int, limit: int, by_end) -> bool:
        """Whether a spaced dash before the office at ``start`` joins it to the same holder's
        office written before it ("Deputy Prime Minister – Minister of Foreign Affairs NAME", the
        style of some foreign ministries), or to a prefix written apart from it ("Vice –
        Governor"): the word before the dash is an office or such a prefix, capitalised, no place."""
        slash = start - 2 >= limit and token_texts(doc)[start - 1] == "/" and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_  # "High Representative/Vice-President NAME"
        if start - 2 < limit or not (slash or _spaced_dash(doc, start - 1)) or start - 2 in by_end or start - 1 in by_end:
            return False
        word = doc[start - 2]
        return word.is_title and doc[start].is_title \
            and (doc[start].text in self.office_words or self._is_title_word(doc[start])) \
            and (word.text in self.office_words or word.text in DASHED_PREFIXES)

    def _title_start(self, doc: Doc, head: Span, sent: Span, by_end, head_starts) -> int:
        """First token of the title: capitalised modifiers ("Deputy Home"), lists ("Investment,
        Trade and Industry"); a style ("Foreign Minister Ambassador Tesfaye") takes none: what
        precedes it is an office; a lowercase office takes lowercase portfolio words ("health
        minister", "foreign affairs secretary")."""
        texts = token_texts(doc)  # (the doc's word lists, read once)
        start = head.start
        head_text = text_of(doc, head.start, head.end)  # read once, not at every step
        while start > sent.start and head_text not in self.style_titles:
            tok = doc[start - 1]
            if not span_text(head).islower() and self._body_acronym_before(doc, start, sent.start):
                start -= 3  # "World Health Organization (WHO) Regional Director": the body's name goes on before
                continue
            # (a body's acronym in mixed case is a word of the title too: "The AfDB Country Manager")
            # "Chief Minister's Deputy Press Secretary": the office it serves stays; "Vice-Chairman",
            # "Deputy Prime Minister – Minister of ...": a word or an office joined on (_joined_start)
            step = self._served_office_before(doc, start, sent.start, by_end)
            step = step if step < start else self._joined_start(doc, start, sent.start, by_end)
            if step < start:
                start = step
                continue
            if start in by_end or not (tok.is_title or tok.is_upper or tok.text in self.international_bodies):
                if tok.text in (",", "and") and start - 2 >= sent.start and self._is_title_word(doc[start - 2]) \
                        and start - 1 not in by_end \
                        and (self._is_title_word(doc[start]) or start in head_starts) \
                        and (tok.text == "and" or start - 2 in head_starts
                             or any(t.lower_ == "and" for t in doc[start:head.start])):
                    # a comma inside a list of portfolios ("Trade, Industry and Investment
                    # Minister") or of offices ("Minister, Chairman of ..."); else it closes
                    # what came before ("from the Foreign Office, Foreign Minister NAME")
                    start -= 1
                    continue
                if tok.text == "and" and start - 5 >= sent.start and texts[start - 2] == "," \
                        and texts[start - 4] == "," and self._is_title_word(doc[start - 3]) \
                        and self._is_title_word(doc[start - 5]) and self._is_title_word(doc[start]):
                    # a serial comma before the "and" of a list of one-word portfolios: "Trade,
                    # Industry, and Energy Minister" (not "Secretary at the Ministry of Foreign
                    # Affairs, and Assistant Secretary NAME": two offices)
                    start -= 2
                    continue
                break
            # a whole office coordinated before this one: "Director General and Inspector General of Police"
            # (not a hyphenated one: "the UN Secretary-General and General Assembly President NAME" are two)
            whole = next((n for n in (2, 3) if start - n >= sent.start and start - n in head_starts
                          and text_of(doc, start - n, start) in self.offices
                          and all(t.is_alpha for t in doc[start - n:start - 1])), 0)
            if whole and start < head.start:
                start -= whole
                continue
            # an acronym of a body or a meeting before the office ("ASEAN SOM Leader", "SADC Chair")
            if self._is_title_word(tok) or (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 6
                                            and tok.text not in self.names.post_nominals
                                            and tok.text not in self.one_word_styles):
                start -= 1
                continue
            break
        if start - 2 >= sent.start and texts[start - 1] in HYPHENS and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_title and start < head.start:
            # never start inside a word: "UN Secretary-General and General Assembly President
            # NAME" walked back over "and" to "General"; as with "Vice-President and Finance
            # Minister NAME", the office is the one after the "and"
            start = next((j + 1 for j in range(start, head.start) if texts[j] in (",", "and")), start)
        # (the sentence's first word is capitalised: "External affairs minister NAME said")
        while head_text.islower() and start > sent.start and not doc[start - 1].is_stop \
                and (doc[start - 1].is_lower or start - 1 == sent.start and doc[start - 1].is_title) \
                and texts[start - 1].capitalize() in self.title_words and start not in by_end:
            start -= 1
        if span_text(head).islower() and start - 2 > sent.start and texts[start - 1] in HYPHENS \
                and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
                and (doc[start - 2].is_lower or doc[start - 2].is_title) \
                and texts[start - 2].capitalize() in self.title_words:
            start -= 2  # "vice-chairperson", "Vice-minister": a title word joined to the office by a hyphen
        if span_text(head).islower():
            start = self._body_name_start(doc, start, head.start, sent.start, by_end, head_starts)
        else:
            start = self._glued_body_start(doc, start, head.start, sent.start, by_end, head_starts)
        start = self._owning_ministry_start(doc, start, head.start, sent.start, by_end)
        if start > sent.start and texts[start - 1] in self.words["STATUS_WORD"]:
            start -= 1  # "former Foreign Minister", "Botswana's new President"
        return start

    def _owning_ministry_start(self, doc: Doc, start: int, head_start: int, limit: int, by_end) -> int:
        """Where the title opens when a state's ministry (``OWNING_MINISTRY`` "of" its portfolio)
        is written right before it, the portfolio's words read into the title already ("Ministry
        of| Defence Permanent Secretary", "Ministry of| External Affairs spokesperson") or up to
        two more capitalised words of it ("Department of| Homeland| Security Assistant
        Secretary"): the ministry owns the office and stays in the title (FACTS.md, "Home
        Ministry secretary-general"); ``start`` when none is."""
        texts = token_texts(doc)
        j = start
        while j - 1 > limit and start - j < 2 and doc[j - 1].is_title and doc[j - 1].is_alpha and j not in by_end \
                and texts[j - 1] not in self.words["OWNING_MINISTRY"]:
            j -= 1
        if j < head_start and j - 2 >= limit and lower_words(doc)[j - 1] == "of" and j - 1 not in by_end \
                and texts[j - 2] in self.words["OWNING_MINISTRY"]:
            return j - 2
        return start

    def _served_office_before(self, doc: Doc, start: int, limit: int, by_end) -> int:
        """Where an office in the possessive before the title begins, when one is written there
        ("Chief Minister's| Deputy Press Secretary", "The King's| Palace Affairs Minister": one
        capitalised word of the portfolio the title words lack may stand between); ``start``
        when there is none, or a state's possessive ("Kenya's", the title's country)."""
        j = start - 1 if start - 1 > limit and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and token_texts(doc)[start - 1] not in self.title_words and start - 1 not in by_end else start
        if not (j - 2 >= limit and is_possessive(doc, j - 1) and j - 1 not in by_end and doc[j - 2].is_title
                and token_texts(doc)[j - 2] in self.offices):
            return start
        return j - 2

    def _body_name_start(self, doc: Doc, start: int, head_start: int, limit: int, by_end, head_starts) -> int:
        """ "Securities and Futures Commission chairman", "the Porgera Development Authority board
        chairman", "Pension Fund Regulatory and Development Authority (PFRDA) chairman": a
        lowercase office after the capitalised name of a body (ending in a ``BODY_HEAD_WORD``,
        its acronym in brackets after it) is that body's; the title holds the whole name, up to
        BODY_NAME_REACH words, "and"/"of"/"&" inside it. Stops at a state (read as the title's
        country), a sentence word ("The"), a style or a possessive; ``start`` when no body ends there."""
        texts = token_texts(doc)
        cap_end = next((i for i in range(start, head_start + 1) if doc[i].is_lower), head_start)
        k = start
        if k == cap_end and k - 4 >= limit and texts[k - 1] == ")" and texts[k - 3] == "(" and doc[k - 2].is_upper:
            k -= 3  # the body's acronym: "(PFRDA)| chairman"
        last = cap_end - 1 if cap_end > start else k - 1
        if last < limit or texts[last] not in self.words["BODY_HEAD_WORD"] or not doc[last].is_title:
            return start
        j = self._body_name_back(doc, min(k, last), last, limit, by_end, head_starts)
        return j if j < start else start

    def _body_name_back(self, doc: Doc, j: int, last: int, limit: int, by_end, head_starts) -> int:
        """First word of a body's name whose words run back from ``j`` (its head word at
        ``last``): capitalised words, "and"/"of"/"&" inside, up to BODY_NAME_REACH words; stops at
        a place (the title's country), a sentence word, a style or another office's holder."""
        while j > limit and last - j < BODY_NAME_REACH and j not in by_end:
            prev = doc[j - 1]
            if prev.is_alpha and (prev.is_title or prev.is_upper) and prev.text not in self.names.sentence_words \
                    and prev.text not in self.one_word_styles:
                j -= 1
            elif prev.lower_ in ("and", "&", "of") and j - 2 >= limit and doc[j - 2].is_title and j - 1 not in by_end \
                    and not self._closes_other_office(doc, j - 2, limit, head_starts):
                j -= 1
            else:
                break
        town = by_end.get(j) if j in by_end and last - j < BODY_NAME_REACH else None
        if town is not None and town.start >= limit and (span_value(town, "nf_place") or {}).get("kind") == "city":
            return town.start  # a town's name opens the body's: "Adana Chamber of Commerce President"
        while j < last and not doc[j].is_title:
            j += 1  # never open on "and"/"of"
        return j

    def _glued_body_start(self, doc: Doc, start: int, head_start: int, limit: int, by_end, head_starts) -> int:
        """ "Road Fund Chief Executive Officer", "Forest Development Corporation Chairman",
        "Chamber of Industry Vice President": a capitalised office whose title words reach back
        into a body's name (a ``BODY_HEAD_WORD`` among them, or "<head word> of" right before
        them) is that body's: a title never opens inside a name, so it takes the whole name, as
        :meth:`_body_name_start` does for a lowercase office; ``start`` when no body is there."""
        texts, lowers = token_texts(doc), lower_words(doc)
        heads = [i for i in range(start, head_start) if texts[i] in self.words["BODY_HEAD_WORD"] and doc[i].is_title]
        # ("Office of| Prime Minister": an office right after "of" names the body, heads none of it)
        one_word = start + 1 < head_start and texts[start + 1] in HYPHENS and not doc[start].whitespace_  # "Prime-Minister"
        if not heads and start < head_start and not one_word and start - 2 >= limit and lowers[start - 1] == "of" \
                and start - 1 not in by_end and texts[start - 2] in self.words["BODY_HEAD_WORD"] and doc[start - 2].is_title:
            heads = [start - 2]
        if not heads or start in by_end:
            return start
        j = self._body_name_back(doc, start, heads[-1], limit, by_end, head_starts)
        return j if j < start else start

    def _body_acronym_before(self, doc: Doc, k: int, limit: int) -> bool:
        """Whether a body's bracketed acronym ends at ``k``, right after the title words of its
        name: "United Nations Development Programme (UNDP)| Resident Representative"."""
        return self._acronym_bracket_before(doc, k, limit) and self._is_title_word(doc[k - 4])

    @staticmethod
    def _acronym_bracket_before(doc: Doc, k: int, limit: int) -> bool:
        """Whether an acronym in brackets ("(WHO)", "(A.D.B.)", "(PH)") ends at ``k``, after a word."""
        return k - 4 >= limit and token_texts(doc)[k - 1] == ")" and token_texts(doc)[k - 3] == "(" and doc[k - 2].is_upper \
            and (doc[k - 2].is_alpha or DOTTED_ACRONYM.fullmatch(token_texts(doc)[k - 2]) is not None)

    def _country_before_title(self, doc: Doc, head: Span, sent: Span, by_end, title: _Title) -> None:
        """The country written before the title: "Thai Prime Minister", "Russia's Minister",
        "Sarawak Deputy Premier"; else the one the office itself names ("Taoiseach")."""
        start = title.start
        before = start
        if before > sent.start and is_possessive(doc, before - 1):
            before -= 1
        elif self._acronym_bracket_before(doc, before, sent.start) and before - 3 in by_end:
            before -= 3  # "Philippine (PH) Trade Secretary", "Republic of Korea (ROK) Minister": the state's code
        elif not span_text(head).islower():
            # "India's visiting Foreign Minister", "Fiji's recently-elected Prime Minister": words
            # that describe the holder stand between the state's possessive and its office
            k = self._describing_words_start(doc, start, sent.start)
            if k < start and k - 1 > sent.start and is_possessive(doc, k - 1) and k - 1 in by_end:
                before = k - 1
        country = _place_country(by_end.get(before))
        if country:
            title.country = country
            title.lead = by_end[before].start
            title.country_rule = "country.title_possessive" if before < start else \
                f"country.title_{place_kind(by_end[before])}"
        elif self.office_countries:
            # "Taoiseach", "Tánaiste and Minister for ...": the office says whose it is
            title.country = self.office_countries.get(span_text(head)) or next(
                (self.office_countries[t.text] for t in doc[start:head.end] if t.text in self.office_countries), None)
            # "Custodian of the Two Holy Mosques(,) King NAME": such an office written right before this one
            written_before = text_of(doc, max(sent.start, start - OFFICE_REACH), start).rstrip(" ,")
            # "State Councilor and Foreign Minister NAME": one holder's two offices, the first says whose
            written_before = written_before[:-4].rstrip() if written_before.endswith(" and") else written_before
            title.country = title.country or next(
                (country for office, country in self.office_countries.items() if written_before.endswith(office)), None)
            title.country_rule = "country.office_word" if title.country else ""

    @staticmethod
    def _describing_words_start(doc: Doc, k: int, limit: int) -> int:
        """Where lowercase words before ``k`` begin ("visiting", "recently-elected", "long
        serving"): up to DESCRIBING_REACH words, joined by in-word hyphens; never a function word."""
        j = k
        while j > limit and k - j < DESCRIBING_REACH:
            tok = doc[j - 1]
            if tok.is_alpha and tok.is_lower and not tok.is_stop:
                j -= 1
            elif tok.text in HYPHENS and not tok.whitespace_ and j - 2 > limit and not doc[j - 2].whitespace_ \
                    and doc[j - 2].is_lower:
                j -= 1
            else:
                break
        return j

    def _closing_words(self, doc: Doc, head: Span, sent: Span, by_start, honorific_starts) -> int:
        """End of the office before its complement: title words that close it ("Chief of Army
        Staff"), "-General", "-designate", a bracketed portfolio ("(Strategy)")."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        end = head.end
        while end + 1 < sent.end and texts[end] in HYPHENS and not doc[end].whitespace_:
            if lowers[end + 1] in ("general", "designate", "elect"):
                end += 2  # "Commissioner-General", "Minister-designate"
            elif _hyphen_joint(doc, end, sent.end):
                end += 4  # "Chairperson-in-Office", "Commander-in-Chief", "Ambassador-at-Large"
            else:
                break
        if end + 1 < sent.end and lowers[end] in ("designate", "elect"):
            end += 1  # "Ambassador designate of X", "High Commissioner Designate of X": written apart
        while end < sent.end and texts[end] in self.title_words and end not in by_start \
                and end not in honorific_starts \
                and not (end + 1 < sent.end and self.names.is_name_word(doc[end + 1]) and texts[end + 1] not in self.title_words):
            end += 1
            # "Ambassador Extraordinary and Plenipotentiary": "and" between two closing words
            if end + 2 < sent.end and lowers[end] == "and" and texts[end - 1] in self.title_words \
                    and texts[end + 1] in self.title_words and not self.names.is_name_word(doc[end + 2]):
                end += 1
        end = self._qualifier(doc, end, sent.end, by_start) or end
        return end

    def _complement(self, doc: Doc, end: int, sent: Span, by_start, honorific_starts, lower_head: bool = False):
        """The complement after "of/for/to/on/at": "of Foreign Affairs", "of the Lao People's Democratic
        Republic", ", Republic of X"; after a lowercase office, lowercase ("state minister for foreign
        affairs"). Returns its end and the country or demonym inside it (token, country, kind)."""
        # (after a capitalised office too: "Minister of |agriculture| NAME", "Speaker of |parliament| NAME")
        k = self._lowercase_run(doc, end + 1, sent.end)
        last_good = k if k > end + 1 else end
        country_tail: Optional[Tuple[int, str]] = None
        texts, lowers, title, lowercase, alpha = token_texts(doc), lower_words(doc), *_flags(doc, "IS_TITLE", "IS_LOWER", "IS_ALPHA")
        while k < sent.end:
            step = self._royal_or_possessive_step(doc, k, end, sent.end, by_start, honorific_starts)
            if step:
                k, last_good = abs(step), (step if step > 0 else last_good)
                continue
            if k in honorific_starts:
                break  # "... of Public Security Major General Khamphet": the rank opens the name
            if k in by_start and (lowercase[k - 1] or not alpha[k - 1]
                                  or span_value(by_start[k], "nf_place").get("kind") in ("country", "demonym")):
                country_tail = self._complement_place(doc, by_start[k], end) or country_tail
                # after a lowercase office, lowercase portfolio words after the state: "head of Malian |diplomacy|"
                k = last_good = self._after_complement_place(doc, by_start[k].end, sent.end, lower_head)
                continue
            if self._in_title(doc, k, sent.end) or self._second_office(doc, k, end) or self._noun_of_adjective(doc, k, end, last_good, sent.end, honorific_starts):
                k = last_good = self._title_compound(doc, k, sent.end) or k + 1
                continue
            if (lower_head or lowercase[k - 1]) and k == last_good and lowers[k] == "and":
                # "minister of foreign affairs and |international trade|," : the last lowercase portfolio
                # of a list, where it ends; after a capital office also before its holder: "Minister of mines and |energy| NAME"
                run = self._lowercase_run(doc, k + 1, sent.end)
                if run > k + 1 and (run == sent.end or not alpha[run] or self._names_next(doc, run, sent.end)):
                    k = last_good = run
                    continue
            if lower_head and lower_words(doc)[k - 1] == "the" and self._lowercase_portfolio_end(doc, k, sent.end) > k:
                k = last_good = self._lowercase_portfolio_end(doc, k, sent.end)  # "leader of the |opposition|"
                continue
            # "of the Majlis| of Iran", "of Qaumi Watan| Party"; "of Mexico| in Honduras|, NAME"
            # "head of |the press office|" after a lowercase office: a body written lowercase
            body_end = self._body_name_run(doc, k, sent.end, by_start) or self._served_in(doc, k, end, sent.end, by_start) \
                or lower_head and self._lowercase_body_end(doc, k, sent.end)
            if body_end:
                k = last_good = body_end
                continue
            if self._possessive_in_name(doc, k, end, sent.end):
                k += 1  # "People's Democratic Republic", "the National People's Congress"
                continue
            has_next = k + 1 < sent.end  # (the word after, k + 1, is in the sentence)
            if title[k] and has_next and lowers[k + 1] in ("and", ",") and k + 2 < sent.end \
                    and title[k + 2]:
                k = last_good = k + 1  # an unknown portfolio word inside a list: "Ecology and Natural Resources"
                continue
            if lowers[k] == "the" and lowers[k - 1] == "and" and has_next and title[k + 1] \
                    and k + 2 < sent.end and texts[k + 2] == "," and k + 1 not in honorific_starts:
                k = last_good = k + 2  # the last of a portfolio list: "Tourism and the Gaeltacht,"
                continue
            if lowers[k] in ("the", "and", "&", "of", "for", "at", "to", "on") and has_next and (
                lowers[k + 1] == "the" or self._in_title(doc, k + 1, sent.end) or k + 1 in by_start or self._office_served(doc, k + 1, end)
                or lower_head and lowers[k] == "the" and self._lowercase_portfolio_end(doc, k + 1, sent.end) > k + 1
                or self._body_name_run(doc, k + 1, sent.end, by_start)
                # the word after "and" closes a portfolio list: "Fisheries and Oceans"; not a style
                # opening the next person ("... of Cameroon and His Excellency NAME")
                or lowers[k] == "and" and title[k + 1] and k + 1 not in honorific_starts and (
                    k + 2 >= sent.end or not self.names.is_name_text(texts[k + 2], bool(alpha[k + 2])) or texts[k + 1].endswith("s"))
            ):
                if lowers[k] == "and" and title[k + 1] and not self._in_title(doc, k + 1, sent.end) and k + 1 not in by_start:
                    k += 2
                    last_good = k
                    continue
                k += 1
                continue
            if texts[k] == ",":
                step, reached = self._comma_step(doc, k, end, sent.end, by_start, honorific_starts)
                if step == k:
                    break
                k, last_good = step, (step if reached else last_good)
                continue
            step = self._complement_mark_step(doc, k, sent.end, by_start, last_good, country_tail)
            if step is None:
                break
            k, last_good, country_tail = step
        return last_good, country_tail

    def _after_complement_place(self, doc: Doc, k: int, limit: int, lower_head: bool) -> int:
        """Where the complement goes on after a place ending at ``k``: after a lowercase office,
        over lowercase portfolio words ("head of Malian |diplomacy|"); after a capitalised one,
        over the place's unit written lowercase before the name ("Governor of Murmansk |region| NAME")."""
        if lower_head:
            return self._lowercase_run(doc, k, limit)
        if k + 1 < limit and doc[k].is_lower and token_texts(doc)[k].capitalize() in self.words["SUBNATIONAL_UNIT"] \
                and not doc[k + 1].is_lower:
            return k + 1
        return k

    def _royal_or_possessive_step(self, doc: Doc, k: int, end: int, limit: int, by_start, honorific_starts) -> int:
        """Where a complement goes on over a monarch's form of address or a possessive at ``k``:
        the next token, positive when the complement may end there, negative when it may not; 0
        when there is none. "Director of the Office of His Majesty NAME" (the monarch served);
        "of the Egypt African Businessmen's Association" (a body's name runs on over its
        possessive); "Minister for Health and Pacific People's Dr NAME" (a portfolio's
        possessive before the holder's style)."""
        texts = token_texts(doc)
        royal = self._royal_address_end(doc, k, limit)
        if royal:
            return royal
        title = token_ids(doc, "IS_TITLE")  # (no Token made per look)
        if title[k] and k not in by_start and k + 2 < limit and texts[k + 1] in POSSESSIVES \
                and texts[k + 2] in self.words["BODY_HEAD_WORD"]:
            return -(k + 1)
        if texts[k] in POSSESSIVES and k + 1 in honorific_starts and k - 1 > end and title[k - 1]:
            return k + 1
        return 0

    def _royal_address_end(self, doc: Doc, k: int, limit: int) -> int:
        """The end of a monarch's form of address right after "of" or "to" in a complement
        ("Adviser to His Majesty", "Office of Her Royal Highness"), 0 when there is none."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        if lowers[k] in ("of", "to"):
            k += 1  # (at the preposition, or past it)
        elif lowers[k - 1] not in ("of", "to"):
            return 0
        for n in (3, 2):
            if k + n <= limit and " ".join(token_texts(doc)[k:k + n]) in self.words["ROYAL_ADDRESS"]:
                return k + n
        return 0

    def _complement_mark_step(self, doc: Doc, k: int, limit: int, by_start, last_good: int, country_tail):
        """Where a complement goes on over the bracket, hyphen or dash at ``k``, as (next token, last
        good end, country tail); None when the mark ends it."""
        tok = doc[k]
        qualified = self._qualifier(doc, k, limit, by_start) if tok.text == "(" else 0
        if qualified:
            return qualified, qualified, country_tail  # "Deputy Chief of Army Staff (Strategy)"
        acronym_end = self._bracketed_acronym_end(doc, k, limit) if tok.text == "(" else 0
        if acronym_end:
            return acronym_end, last_good, country_tail  # "(WHO)", "(SCO RATS)" stay out unless the title goes on
        if tok.text in HYPHENS and not tok.whitespace_:  # "... and OSCE Chairperson-in-Office"
            return (k + 4, k + 4, country_tail) if _hyphen_joint(doc, k, limit) else (k + 1, last_good, country_tail)
        if tok.text in JOINING_DASHES and not tok.whitespace_ and not doc[k - 1].whitespace_ \
                and k + 1 < limit and doc[k + 1].is_title:
            if country_tail is not None and by_start.get(country_tail[0]) is not None \
                    and by_start[country_tail[0]].end == k:
                country_tail = None  # a body of two countries serves neither
            return k + 1, last_good, country_tail
        return None

    @staticmethod
    def _bracketed_acronym_end(doc: Doc, k: int, limit: int) -> int:
        """The index after ")" of a body's acronym in brackets at ``k``, of one to three words in
        capitals ("(WHO)", "(SCO RATS)"); 0 when there is none."""
        j = k + 1
        while j < limit and j - k <= 3 and doc[j].is_alpha and (doc[j].is_upper or _mixed_case_acronym(token_texts(doc)[j])):
            j += 1
        return j + 1 if j > k + 1 and j < limit and token_texts(doc)[j] == ")" else 0

    def _lowercase_body_end(self, doc: Doc, k: int, limit: int) -> int:
        """End of a body written lowercase after a lowercase office's preposition: "the| press
        office", "the| information and digital diplomacy office" (a few lowercase words ending in a
        body's head, ``BODY_HEAD_WORD``); 0 when there is none."""
        if not (k + 1 < limit and lower_words(doc)[k] == "the" and lower_words(doc)[k - 1] in COMPLEMENT_PREPOSITIONS):
            return 0
        for j in range(k + 1, min(limit, k + 1 + LOWERCASE_BODY_WORDS)):
            if not (doc[j].is_lower and doc[j].is_alpha):
                return 0
            # not "the group" alone, unless a comma closes the apposition there and the
            # clause goes on: "NAME, chairman of the board, said" (not "chair of the group, Smith")
            # ("chairman of the board of directors of X": the body's own complement goes on after it)
            if token_texts(doc)[j].capitalize() in self.words["BODY_HEAD_WORD"] and (
                    j > k + 1 or j + 2 < limit and token_texts(doc)[j + 1] in (",", ";") and doc[j + 2].is_lower
                    or j + 2 < limit and lower_words(doc)[j + 1] == "of" and doc[j + 2].is_alpha):
                return j + 1
        return 0

    def _second_office(self, doc: Doc, k: int, end: int) -> bool:
        """Whether the one-word office at ``k`` goes on the complement: a second office ("... and
        the Deputy Supreme Commander"), or the office served ("Chief of Staff to the President")."""
        return token_texts(doc)[k] in self.office_words and k - 1 > end and doc[k - 1].is_title \
            and token_texts(doc)[k - 1] in self.title_words or self._office_served(doc, k, end)

    def _office_served(self, doc: Doc, k: int, end: int) -> bool:
        """Whether the one-word office at ``k`` is the one the office being read serves, after
        "to the" or "of the" in its complement: "Chief of Staff to the President"."""
        return k - 2 >= end and token_texts(doc)[k] in self.office_words and lower_words(doc)[k - 1] == "the" \
            and lower_words(doc)[k - 2] in ("to", "of")

    def _served_in(self, doc: Doc, k: int, end: int, limit: int, by_start) -> int:
        """End of "in <place>" at ``k`` inside a complement, before the comma or the name that
        leads to the holder: "the Ambassador of Mexico in Honduras, NAME", "US Ambassador in
        Dhaka NAME" (where the office is served); else 0."""
        at = k + 1 + int(k + 1 not in by_start and k + 2 < limit and lower_words(doc)[k + 1] == "the")  # "in the Netherlands"
        place = by_start.get(at) if lower_words(doc)[k] == "in" and k >= end else None
        if place is None or place.end >= limit or (k == end and token_texts(doc)[k - 1] not in self.words["ENVOY_WORD"]):
            return 0
        kind = span_value(place, "nf_place").get("kind")
        if token_texts(doc)[place.end] == "," and kind == "country" and k > end:
            return place.end
        nxt = doc[place.end]
        # (two words of a name, particles between: "Georges de La Roche")
        named = self.names.is_name_word(nxt) and nxt.text not in self.title_words and place.end + 1 < limit \
            and self.names.read_name(doc, place.end, limit) >= place.end + 2
        return place.end if named and kind in ("country", "city") else 0

    def _possessive_in_name(self, doc: Doc, k: int, end: int, limit: int) -> bool:
        """Whether the possessive at ``k`` is inside a name the complement goes on with: a state's
        ("Lao People's Democratic Republic") or a body's ("the National People's Congress", "the
        Workers' Party")."""
        tok = doc[k]
        if not (tok.text in POSSESSIVES or tok.text in BARE_APOSTROPHES and lower_words(doc)[k - 1].endswith("s")) \
                or k + 1 >= limit:
            return False
        if tok.text in POSSESSIVES and self._state_word(doc, k - 1) and self._state_word(doc, k + 1):
            return True
        return doc[k - 1].is_title and k - 1 > end and doc[k + 1].is_title and (
            self._in_title(doc, k + 1, limit) or token_texts(doc)[k + 1] in self.words["BODY_HEAD_WORD"])

    def _comma_step(self, doc: Doc, k: int, end: int, limit: int, by_start, honorific_starts) -> Tuple[int, bool]:
        """Where a complement goes on after the comma at ``k``, and whether it reaches there
        (``k`` when it ends): a title word, a state that closes the office ("Senator of
        Flanders, Belgium"), a portfolio list ("Trade, Investments and Industry")."""
        nxt = k + 1
        if nxt + 1 < limit and doc[nxt].is_upper and doc[nxt].is_alpha and len(doc[nxt]) <= 3 \
                and self.names.is_name_word(doc[nxt + 1]) and token_texts(doc)[nxt + 1] not in self.title_words \
                and not doc[nxt + 1].is_upper:
            return k, False  # "Director General of Police, GP Singh": a name's initials, no body's acronym
        if nxt < limit and self._in_title(doc, nxt, limit) and nxt not in honorific_starts:
            return nxt, False
        if nxt + 1 < limit and lower_words(doc)[nxt] == "and" and doc[k - 1].is_title \
                and any(t.text == "," for t in doc[end:k - 1]) \
                and nxt + 1 not in honorific_starts and self._in_title(doc, nxt + 1, limit):
            return nxt, False  # the serial comma closing a list: "for Trade, Investment, and Energy"
        kind = (span_value(by_start[nxt], "nf_place") or {}).get("kind") if nxt in by_start else None
        if kind == "country":
            # "Ambassador to Japan, Korea and China": the states it is served in, not its own
            return (k, False) if any(t.lower_ == "to" for t in doc[end:k]) else (nxt, False)
        institution = self._institution_run_end(doc, nxt, limit)
        if institution:
            return institution, True  # "secretary, Trade Relations Division, Ministry of Commerce"
        list_end = self._list_closes(doc, nxt, limit)
        if list_end and not any(self._in_title(doc, i, limit) for i in range(nxt, list_end + 2)):
            list_end = 0  # "Governor of the Central Bank, Ama Boateng and Kofi Asare": two holders, no portfolios
        return (list_end, True) if list_end else (k, False)

    def _complement_place(self, doc: Doc, place: Span, end: int) -> Optional[Tuple[int, str, str]]:
        """A place in a complement as (token, country, kind) when it says whose the office is: a
        state or region after "of", "the" or the office itself, a country after a comma. A place
        after a capitalised word is more likely a name ("... Development Bambang Surya")."""
        k = place.start
        kind = (span_value(place, "nf_place") or {}).get("kind")
        j = k - 1
        while j > end and (lower_words(doc)[j] in ("the", "of") or self._state_word(doc, j)):
            j -= 1
        if lower_words(doc)[j] == "to" or lower_words(doc)[j] == "in" and j < k - 1:
            return None  # "Ambassador of X to the (Republic of) Korea", "... in the Netherlands": where it is served, never whose
        if kind == "region" and place.end < len(doc) and token_texts(doc)[place.end] in self.title_words \
                and token_texts(doc)[place.end] not in self.words["SUBNATIONAL_UNIT"]:
            return None  # "Head of North East Division": a region's name in a body's, no state's office
        # ("Vice Governor of Yunnan Province": the unit's own word after it keeps it the region)
        if kind == "demonym" and place.end < len(doc) and token_texts(doc)[place.end] in self.words["PORTFOLIO_NOUN"]:
            return None  # "Undersecretary of American Affairs": the field of the office, not its state
        if kind == "demonym" and place.end < len(doc) and token_texts(doc)[place.end] in self.words["NATIONALS_ABROAD"]:
            # "Minister of Foreign Affairs and Senegalese Abroad": a portfolio of the state's own
            # nationals abroad says whose the office is; the demonym stays in the title
            return k, _place_country(place) or "", "nationals"
        # (a state's formal name between: "of the Co-operative Republic of X", "of the Republic X")
        formal = self._state_word(doc, k - 1) and lower_words(doc)[j + 1] in ("of", "the")
        if (k == end + 1 or lower_words(doc)[k - 1] in ("of", "the") or formal) and kind in ("country", "demonym", "region") \
                or token_texts(doc)[k - 1] == "," and kind == "country" and not self._listed_state(doc, k - 1) \
                or lower_words(doc)[k - 1] == "for" and kind == "country" and (
                    self._sent_to_body(doc, end, k - 1) or self._portfolio_told(doc, end, k - 1)) \
                or kind == "city" and self._town_office(doc, place):
            return k, _place_country(place) or "", kind
        return None

    def _portfolio_told(self, doc: Doc, end: int, k: int) -> bool:
        """Whether the office's own portfolio fills the words from ``end`` to the "for" at ``k``
        ("Minister| of Health, Sport and Youth| for X"): a state named after it with "for"
        is the one whose minister he is, no place where the office is served ("Envoy for X")."""
        lowers, texts = lower_words(doc), token_texts(doc)
        words = range(end + 1, k)
        return end < k and lowers[end] in ("of", "for") and any(
            texts[i] in self.title_words and not self._state_word(doc, i) for i in words) \
            and all(texts[i] in self.title_words or lowers[i] in ("and", ",", "&") for i in words) \
            and not any(texts[i] in self.whole_bodies for i in words) \
            and self.body_name_in.search(f" {text_of(doc, end + 1, k)} ") is None  # no body's office: "of the IFC for X"

    def _listed_state(self, doc: Doc, comma: int) -> bool:
        """Whether the comma at ``comma`` follows a state's name: "for Peru, Chile and
        Bolivia" lists the states an office covers; the one after the comma is an item of the
        list, not the owner (", Republic of X" after a portfolio)."""
        by_end = self._doc_places[1][1] if self._doc_places and self._doc_places[0] is doc else {}
        return place_kind(by_end.get(comma)) == "country"

    def _sent_to_body(self, doc: Doc, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` send the office "to" an international body
        ("to the OECS", "to the United Nations"): a state named after them with "for" is the one
        that sends it."""
        lowers, texts = lower_words(doc), token_texts(doc)
        to = next((i for i in range(start, end) if lowers[i] == "to"), None)
        if to is None:
            return False
        words = texts[to + 1:end]
        text = f" {' '.join(words)} "
        return any(w in self.international_bodies and w not in self.words["PARTIAL_BODY_WORD"] for w in words) \
            or self.body_name_in.search(text) is not None

    def _town_office(self, doc: Doc, place: Span) -> bool:
        """ "Mayor of Cincinnati", "Governor of Jakarta": a town right after "of" is where the
        office governs, in its state; not a town that opens the name of a body or a thing ("of
        Nanyang Technological University", "of the Istanbul Cultural Centre"); a town whose
        own government is named ("of the Istanbul Metropolitan Municipality") is one."""
        lowers, texts = lower_words(doc), token_texts(doc)
        the = int(lowers[place.start - 1] == "the" and place.start > 1)
        if lowers[place.start - 1 - the] != "of":
            return False
        k = place.end
        while k < len(doc) and k < place.end + TOWN_BODY_REACH and (doc[k].is_title or doc[k].is_upper):
            if texts[k] in self.words["SUBNATIONAL_UNIT"]:
                return True  # "Mayor of the Istanbul Metropolitan Municipality": the town's own government
            if texts[k] in self.words["THING_HEAD"] or texts[k] in self.words["BODY_HEAD_WORD"]:
                return False
            k += 1
        return not the

    def _lowercase_portfolio_end(self, doc: Doc, k: int, limit: int) -> int:
        """ "leader of the |opposition|": lowercase portfolio words after "the" in a lowercase
        office's complement; not a body's head alone ("chair of the committee" names no body of
        its own, see :meth:`_lowercase_body_end`)."""
        end = self._lowercase_run(doc, k, limit)
        # only before the holder's name: "head of the family, NAME" is no office
        named = end + 1 < limit and self.names.is_name_word(doc[end]) and self.names.is_name_word(doc[end + 1])
        return end if end > k and named and not any(t.text.capitalize() in self.words["BODY_HEAD_WORD"] for t in doc[k:end]) else k

    def _names_next(self, doc: Doc, k: int, limit: int) -> bool:
        """Two name words at ``k``: a holder's name right after an office's portfolio."""
        return k + 1 < limit and self.names.is_name_word(doc[k]) and self.names.is_name_word(doc[k + 1])

    def _lowercase_run(self, doc: Doc, k: int, limit: int) -> int:
        """End of the lowercase portfolio words at ``k`` after a lowercase office: "state
        minister for |foreign affairs|", "head of |mission| of the X Branch"."""
        while k < limit and doc[k].is_lower and token_texts(doc)[k].capitalize() in self.title_words:
            k += 1
        return k

    def _lowercase_portfolios(self, doc: Doc, k: int, limit: int) -> int:
        """End of lowercase portfolios joined by "and" at ``k``: "ministers of |trade and industry|"."""
        end = self._lowercase_run(doc, k, limit)
        while end > k and end + 1 < limit and lower_words(doc)[end] == "and":
            k, end = end + 1, self._lowercase_run(doc, end + 1, limit)
        return end if end > k else k - 1

    def _cut_country_tail(self, doc: Doc, head: Span, title: _Title, country_tail, end: int, by_start) -> None:
        """ "Commercial Counselor of Chinese Embassy", "Governor of Catamarca": "of <place>" says
        whose office it is ("Special Envoy for Sudan", "Ambassador to Fiji" say where it is
        served). A state's name leaves the title: "Foreign Minister of Ethiopia", "Prime
        Minister of the Lao People's Democratic Republic", "President of Sierra Leone and ECOWAS
        Authority Chairman", "Ambassador ... of the Republic of Indonesia to Brunei"."""
        if country_tail is None or not country_tail[1]:
            return
        tail_start, code, kind = country_tail
        if kind == "nationals":
            title.country_rule = title.country_rule if title.country else "country.title_nationals"
            title.country = title.country or code
            return
        lead = tail_start  # (over a formal name's words first: "of the Co-operative| Republic of X")
        while lead - 1 > end and self._state_word(doc, lead - 1):
            lead -= 1
        preposition = _preposition_before(doc, lead, end)
        cut = tail_start
        while cut > head.end and (lower_words(doc)[cut - 1] in ("of", "the") or self._state_word(doc, cut - 1)
                                  or self._government_after_complement(doc, cut - 1, head.end)):
            cut -= 1
        # a state's formal name after a portfolio says whose office it is as "of" does ("Minister
        # of Health for the Republic of X"); a bare "for X" is where it is served ("Envoy for X")
        formal = any(self._state_word(doc, i) for i in range(tail_start, by_start[tail_start].end)) \
            or cut < tail_start and self._state_word(doc, tail_start - 2) \
            or self._sent_to_body(doc, head.end, cut) \
            or preposition == "for" and self._portfolio_told(doc, end, cut - 1)
        # ("Commissioner to the OECS for X": X's envoy to the body; "Minister of Health for X": X's minister)
        if not (preposition == "of" or preposition == "," or preposition == "for" and formal):
            return
        title.country_rule = title.country_rule if title.country else \
            f"country.title_{'comma' if preposition == ',' else preposition}_{kind}"
        title.country = title.country or code
        phrase_end = self._state_name_end(doc, by_start[tail_start].end, title.end)
        if preposition == "," or lower_words(doc)[cut - 1] == "for":
            cut -= 1  # the comma or "for" leaves with the state: "Minister for Trade, Republic of X"
        if kind != "country" and phrase_end == by_start[tail_start].end:
            return  # "of Chinese Embassy": a demonym alone is part of the office's name
        if kind in ("city", "region") and token_texts(doc)[by_start[tail_start].end] in self.words["SUBNATIONAL_UNIT"]:
            return  # "Governor of Kano State": a sub-national place, no state, as in "Kano State Governor"
        if cut > head.end and token_texts(doc)[cut - 1] in self.words["NAMED_WITH_COUNTRY"]:
            return  # "Governor of the State Bank of Viet Nam": the country is part of the bank's name
        if phrase_end == title.end:
            title.end = cut
        elif preposition == "," and is_possessive(doc, phrase_end):  # ", Kenya's Department for X"
            title.text = f"{text_of(doc, title.start, tail_start)} {text_of(doc, phrase_end + 1, title.end)}"
            title.state_named = True
        elif lower_words(doc)[phrase_end] in ("and", "to", "on", "for") or lower_words(doc)[phrase_end] == "in" and (
                phrase_end + 1 in by_start or lower_words(doc)[phrase_end + 1] == "the" and phrase_end + 2 in by_start):
            # ("Ambassador of X in Y": the envoy's state leaves as before "to Y")
            title.text = f"{text_of(doc, title.start, cut)} {text_of(doc, phrase_end, title.end)}"
            title.state_named = True

    def _government_after_complement(self, doc: Doc, k: int, head_end: int) -> bool:
        """ "Minister of European Affairs |of the Government| of X": a state's government named
        after the office's own complement says whose the office is, as "of the Republic" does."""
        lowers = lower_words(doc)
        return token_texts(doc)[k] in self.words["GOVERNMENT_WORD"] and k - 2 > head_end \
            and lowers[k - 1 - int(lowers[k - 1] == "the")] == "of" \
            and any(lowers[i] in ("of", "for") for i in range(head_end, k - 2))

    def _state_word(self, doc: Doc, k: int) -> bool:
        """Whether the word at ``k`` is one of a state's formal name, or a part of one written with a
        hyphen ("Co-operative Republic of Guyana": "Co", "-", "operative")."""
        text = token_texts(doc)[k]
        if text in self.words["STATE_WORD"]:
            return True
        return (text in self._state_word_parts or text in HYPHENS) and any(self._glued_state_word(doc, s) for s in (k - 2, k - 1, k))

    def _glued_state_word(self, doc: Doc, s: int) -> bool:
        texts = token_texts(doc)
        return 0 <= s and s + 2 < len(doc) and texts[s + 1] in HYPHENS and not doc[s].whitespace_ \
            and not doc[s + 1].whitespace_ and f"{texts[s]}-{texts[s + 2]}" in self.words["STATE_WORD"]

    def _state_name_end(self, doc: Doc, k: int, limit: int) -> int:
        """End of a state's formal name after its country or demonym: "Lao| People's Democratic
        Republic|"."""
        while k < limit and (self._state_word(doc, k) or lower_words(doc)[k] in POSSESSIVES and k > 0
                             and self._state_word(doc, k - 1) and k + 1 < limit and self._state_word(doc, k + 1)):
            k += 1
        return k

    # -- people --------------------------------------------------------------------------
    def _honorifics_before(self, doc: Doc, end: int, limit: int, honorific_ends) -> Tuple[int, List[Span]]:
        found = []
        k = end
        while k > limit and k in honorific_ends:
            span = honorific_ends[k]
            found.insert(0, span)
            k = span.start
        return k, found

    def _honorifics_after(self, start: int, limit: int, honorifics) -> Tuple[int, List[Span]]:
        found = []
        k = start
        while k < limit:
            if k in honorifics:
                found.append(honorifics[k])
                k = honorifics[k].end
            elif k + 1 in honorifics and honorifics[k + 1].doc[k].lower_ == "the":
                k += 1  # "..., the Hon. NAME"
            elif found and k + 1 < limit and found[-1].doc[k].text == "," and found[-1].text.istitle() \
                    and found[-1].doc[k + 1].is_title and k + 1 not in honorifics:
                k += 1  # "Ambassador to X, His Excellency, NAME": a style set off by commas
            else:
                break
        return k, found

    def annotate(self, doc: Doc) -> Doc:
        heads, honorifics = self._lexical(doc)
        # the longest ending here wins ("Lt Gen" over "Gen")
        honorific_ends = {span.end: span for span in sorted(honorifics.values(), key=len)}
        inside_honorific = {i: span for span in honorifics.values() for i in range(span.start, span.end)}
        places = self._read_places(doc)
        self._doc_places, _BODY_STATES_READ[0] = (doc, places), (doc, None)  # (the places' values are settled now)
        heads = [h for h in heads if not self._office_inside_name(doc, h, places, honorifics)]
        mentions: List[OfficialMention] = []
        head_starts = frozenset(h.start for h in heads)
        head_tokens = frozenset(i for h in heads for i in range(h.start, h.end))
        honorific_starts = frozenset(honorifics)
        titles = [
            (head, self._title(doc, head, sentence_of(doc, head.start), places, head_starts, honorific_starts))
            for head in heads if not self.names.in_headline(sentence_of(doc, head.start))
            or self._after_name_line(doc, sentence_of(doc, head.start).start, inside_honorific)
        ]
        # a head inside another's title is a modifier of it ("Deputy" in "Deputy Home Minister")
        titles = _outermost_titles(titles, len(doc))
        claimed = set()  # the names read after a title
        for head, title in titles:
            appositive = self._name_before(doc, head, title, places, honorifics, honorific_ends, inside_honorific,
                                           head_tokens)
            forward = self._name_after(doc, head, title, places, honorifics, head_starts, honorific_ends)
            # "Secretary Manalo" binds tighter than "Partners, Secretary"; but in a list
            # "A, Minister of X, B, Counselor of Y" a title belongs to the name before it
            tail = self._complement_tail(doc, head, title, forward) if forward and appositive else 0
            if tail:
                # "NAME, Minister of Emergency Situations, received": the "name" after the
                # title closes its complement; the apposition's title runs over it
                company = self._company_office(doc[title.start:tail])
                appositive = replace_mention(appositive, title=self._tail_title(doc, title, tail, places[0]),
                                             end=max(appositive.end, doc[tail - 1].idx + len(doc[tail - 1])),
                                             international=appositive.international or company,
                                             country=None if company else appositive.country)
                forward = None
            if forward and not forward.comma_gap and not span_text(head).islower():
                appositive = None
            if appositive and self._holder_of_office_before(doc, appositive, forward, claimed):
                appositive = None
            if appositive:
                mentions.append(appositive)
            elif forward:
                mentions.append(forward)
                if not forward.title_is_style:
                    claimed.add(forward.name_span)
        mentions = self._joined_offices(doc, titles, self._respective_holders(doc, titles, self._ranks_yield(mentions), honorifics))
        mentions += [m for m in self._plural_title_lists(doc, places, honorifics) if m.name_span not in {n.name_span for n in mentions}]
        mentions.extend(self._shared_office_list(doc, mentions, places, head_tokens | honorific_starts))
        mentions.extend(self._named_known_holders(doc, mentions, head_tokens, inside_honorific))
        mentions = self._read_countries(doc, mentions, places, head_tokens)
        officials = self._passing_status_out(self._bare_short_offices(merge_officials(mentions)))
        named_again: List[Tuple[int, int, int]] = []  # later mentions by part of a name
        if officials:
            self._styled_full_names(doc, officials, honorifics)
            self._office_anaphora(doc, titles, mentions, officials)
            # found once: the names and mentions they depend on are settled by now
            named_again = self._short_form_matches(doc, officials, self._mention_tokens(doc, officials))
            self._country_by_name(doc, officials, places, named_again)
            self._stand_ins(doc, officials, named_again)
            self._deputies(officials)
            self._owned_offices(doc, officials)
            self._ministry_portfolios(doc, officials, places)
            self._settle_untold(doc, mentions, officials)
        spans = []
        for official in officials:
            for m in official.mentions:
                bounds = char_token_bounds(doc, m.start, m.end)
                if bounds is None:
                    continue
                span = Span(doc, bounds[0], bounds[1], label="OFFICIAL", span_id=m.rule)
                spans.append(span)
                set_span_value(span, "nf_official", official.value())
        spans.extend(self._short_forms(doc, officials, named_again))
        doc.spans[settings.SPANS_OFFICIALS] = spans
        # the trace of :func:`country_sources` (bench/country_sources.py), never part of the record
        doc.spans[settings.SPANS_OFFICIALS].attrs[COUNTRY_SOURCES] = {
            official.name.lower(): official.country_source for official in officials}
        self._doc_places = _BODY_STATES_READ[0] = None
        return doc

    def _named_known_holders(self, doc: Doc, mentions: List[OfficialMention], head_tokens, styles) -> List[OfficialMention]:
        """ "Mutharika met Zambia's NAME", "signed by President A and NAME", "Sheikh NAME embarked":
        a name of two words or more that is a full name of ``holders.jsonl`` (its words a
        subsequence of the person's, sharing the first or the last; one state's), written with no
        office the rules read, is an official when a mark of a role stands by it: an office's
        head or a style up to ``HOLDER_CUE_REACH`` words before it or an office's head right
        after it, or a state's possessive right before it (session 24; both readings of read-s24
        list them: the text tells the office elsewhere); title untold. Not a person already
        found (a name word shared), nor a name run on by a capitalised word ("NAME Stadium")."""
        found = {w for m in mentions for w in holder_key(m.name)}
        covered = {i for m in mentions for i in range(*m.name_span)}
        texts, title, alpha = token_texts(doc), token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_ALPHA")
        # where a role mark stands (:meth:`_role_mark_by`): an office's head, a style, a possessive
        marks = sorted(head_tokens.union(styles, token_indices(doc, "ORTH", POSSESSIVES)))
        flags = self._holder_word_memo  # a word -> whether it is a first, a last word of a known name
        out: List[OfficialMention] = []
        k, lasts = 0, None  # (lasts: where a last word of a known name stands, read at the first need)
        for at_title in compress(range(len(doc)), title):  # (a name opens with a capitalised word)
            if at_title < k:
                continue
            k = at_title
            if k in covered or k in head_tokens or k in styles or k > 0 and k - 1 not in styles \
                    and self.names.is_name_text(texts[k - 1], bool(alpha[k - 1])):
                continue
            sent = sentence_of(doc, k)
            at = bisect_left(marks, k - HOLDER_CUE_REACH)
            if at == len(marks) or marks[at] >= sent.end + 3:
                k = sent.end  # no role mark in reach of a name read here nor later in the sentence
                continue
            if not (flags.get(texts[k]) or self._holder_flags(texts[k]))[0]:
                if lasts is None:
                    lasts = self._holder_last_words(doc)
                at = bisect_left(lasts, k)
                if at == len(lasts) or lasts[at] >= min(sent.end, k + HOLDER_NAME_REACH):
                    continue  # neither opens nor ends a name of the table within a name's reach
            end = self.names.read_name(doc, k, sent.end)
            key = holder_key(text_of(doc, k, end)) if end - k >= 2 else ()
            if len(key) >= 2 and not found.intersection(key) and not (end < sent.end and title[end] and alpha[end]) \
                    and not any(i in covered or i in head_tokens for i in range(k, end)) \
                    and self._role_mark_by(doc, k, end, head_tokens, styles) and self._full_holder(key):
                found.update(key)
                hons, j = [], k
                while j - 1 in styles:  # the styles before the name are his: "Sheikh NAME"
                    hons.insert(0, styles[j - 1])
                    j = styles[j - 1].start
                out.append(OfficialMention(
                    start=doc[j].idx, end=doc[end - 1].idx + len(doc[end - 1]), name=text_of(doc, k, end),
                    name_tokens=tuple(w for w in texts[k:end] if w not in HYPHENS), title=None,
                    honorifics=[honorific_form(span_text(h)) for h in hons if h.label_ == "HONORIFIC"],
                    country=None, rule="person.known_holder_named", name_span=(k, end)))
            k = max(end, k + 1)
        return out

    def _holder_last_words(self, doc: Doc) -> List[int]:
        """Where a word stands that is the last word of a known name (:meth:`_holder_flags`), in
        order: each distinct word asked once per process (kept by its id; a word's id is the hash
        of its text), the doc's words then found among the kept ones as a set."""
        positions = token_positions(doc, "ORTH")
        seen, lasts = self._holder_word_ids
        if len(seen) > 200_000:  # (bounded over a long run, as the words' memo)
            seen.clear()
            lasts.clear()
        new = positions.keys() - seen
        if new:
            flags, texts = self._holder_word_memo, token_texts(doc)
            for orth in new:
                text = texts[positions[orth][0]]
                if (flags.get(text) or self._holder_flags(text))[1]:
                    lasts.add(orth)
            seen.update(new)
        return sorted(i for orth in positions.keys() & lasts for i in positions[orth])

    def _holder_flags(self, text: str) -> Tuple[bool, bool]:
        """Whether a word is the first word of a name of two words or more in ``holders.jsonl`` (as
        :func:`.holders.holder_key` writes it), and whether it is the last word of one (kept per
        word). A known name opens with a first word or ends with a last word (:meth:`_full_holder`),
        so :meth:`_named_known_holders` reads a name only where one of them stands (reading every
        capitalised word as a name cost a fifth of the officials stage)."""
        memo = self._holder_word_memo
        firsts, lasts = self._holder_words
        if len(memo) > 200_000:  # (bounded over a long run: the words of one batch)
            memo.clear()
        if not text[:1].isupper():  # (a name's first and last words are written with a capital)
            hit = (False, False)
        elif text.isalpha() and text.isascii():  # (holder_key of a plain word: its lowercase)
            word = text.lower()
            hit = (word in firsts, word in lasts)
        else:
            key = holder_key(text)
            hit = (any(w in firsts for w in key), any(w in lasts for w in key))
        memo[text] = hit
        return hit

    @staticmethod
    def _role_mark_by(doc: Doc, start: int, end: int, head_tokens, styles) -> bool:
        """An office's head or a style in the few words before a name, an office's head right
        after it ("NAME the spokesperson"), or a state's possessive right before it."""
        before = range(max(0, start - HOLDER_CUE_REACH), start)
        return any(i in head_tokens or i in styles for i in before) \
            or any(i in head_tokens for i in range(end, min(len(doc), end + 3))) \
            or start > 0 and token_texts(doc)[start - 1] in POSSESSIVES

    def _full_holder(self, key: Tuple[str, ...]) -> bool:
        """Whether one state's line of ``holders.jsonl`` of two words or more is a subsequence of the
        name's words sharing its first or last word (:meth:`KnownHolders.country_of` without surnames)."""
        table = self.known_holders
        states = {c for words, c in table.by_last.get(key[-1], []) + table.by_first.get(key[0], [])
                  if len(words) >= 2 and _holder_subsequence(words, key)}
        return len(states) == 1

    def _ranks_yield(self, mentions: List[OfficialMention]) -> List[OfficialMention]:
        """ "Senator the Hon. NAME, Minister of Foreign Affairs of X": a legislator's rank written
        alone before the name (``YIELDING_RANK``) yields to the office told in apposition right
        after it; it is no honorific either. Alone, "Senator NAME" keeps it."""
        apposed = {m.name_span for m in mentions if m.apposition and m.title}
        ranks = self.words["YIELDING_RANK"]
        return [replace_mention(m, title="", title_is_style=True)
                if not m.apposition and m.name_span in apposed and m.title in ranks else m for m in mentions]

    def _respective_holders(self, doc: Doc, titles, mentions: List[OfficialMention], honorifics) -> List[OfficialMention]:
        """ "signed by the Minister of Finance and the Governor of the Central Bank, A and B(,
        respectively)": two offices coordinated before two names coordinated after a comma are
        theirs in order; the first name, read after the second office, takes the first."""
        by_lead = {doc[min(t.lead, t.start)].idx: t for _, t in titles}
        ends = {t.outer_end: t for _, t in titles}
        out = list(mentions)
        for n, m in enumerate(mentions):
            title = by_lead.get(m.start)
            if title is None or m.apposition or not m.comma_gap or m.honorifics:
                continue
            sent = sentence_of(doc, m.name_span[0])
            lead = min(title.lead, title.start) - int(lower_words(doc)[min(title.lead, title.start) - 1] == "the")
            first = ends.get(lead - 1) if lead - 1 > sent.start and lower_words(doc)[lead - 1] == "and" else None
            k = m.name_span[1]
            if first is None or k + 1 >= sent.end or lower_words(doc)[k] != "and":
                continue
            i, styles = self._honorifics_after(k + 1, sent.end, honorifics)
            end = self.names.read_name(doc, i, sent.end)
            if end - i < 2 or any(o.name_span == (i, end) for o in mentions):
                continue
            out[n] = replace(m, title=first.words(doc), country=first.country or m.country, rule=f"{first.rule}+respective_name",
                             country_rule=first.country_rule if first.country else m.country_rule)
            out.append(replace(m, start=doc[i].idx, end=doc[end - 1].idx + len(doc[end - 1]), name=text_of(doc, i, end),
                               name_tokens=tuple(w for w in token_texts(doc)[i:end] if w not in HYPHENS),
                               honorifics=[honorific_form(span_text(h)) for h in styles if h.label_ == "HONORIFIC"],
                               name_span=(i, end), rule=f"{title.rule}+respective_name"))
        return out

    def _holder_of_office_before(self, doc: Doc, appositive: OfficialMention, forward, claimed) -> bool:
        """Whether the name of an apposition is the holder of the office read before it, not of
        this one: "TITLE, NAME, the TITLE, Mr. NAME", "Minister of X NAME, minister of Y NAME" (a
        name follows this office too); "the Minister of Environmental Protection NAME, the Deputy
        Prime Minister in charge of ...": the name was read back into the office before it."""
        start, end = appositive.name_span
        if forward and any(end == e for _, e in claimed) \
                and (self._full_name(doc, forward) or self._listed_single_name(doc, forward)):
            return True
        return any(end == e and start < s for s, e in claimed)

    def _joined_offices(self, doc: Doc, titles, mentions: List[OfficialMention]) -> List[OfficialMention]:
        """ "Vice-President and Minister of Foreign Affairs NAME", "FAO Assistant Director-General
        and the Regional Representative for X NAME": an office that names no holder of its own,
        joined by "and" right before another office read before its holder's name, is the same
        holder's; his title is both. Not after a determiner ("the UN Secretary-General and
        General Assembly President NAME": two people)."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        by_lead = {doc[min(t.lead, t.start)].idx: t for _, t in titles}
        by_end = {t.outer_end: t for _, t in titles}
        out = list(mentions)
        for n, m in enumerate(mentions):
            second = by_lead.get(m.start)
            j = min(second.lead, second.start) - 1 if second is not None and m.name_span[0] >= second.outer_end else -1
            j -= int(j > 0 and lowers[j] == "the")
            first = by_end.get(j) if j > 0 and lowers[j] == "and" else None
            lead = min(first.lead, first.start) if first is not None else 0
            # (nor after a name, "NAME MP and Philippines' Secretary NAME", nor before a state's own office)
            if first is None or lead == 0 or lowers[lead - 1] in ("the", "a", "an") \
                    or second.lead < second.start and not self._state_after_opening_office(doc, first, second, lead) \
                    or self.names.is_name_word(doc[lead - 1]) \
                    or token_texts(doc)[lead - 1] in HYPHENS and not doc[lead - 1].whitespace_ \
                    or sentence_of(doc, lead).start != sentence_of(doc, j).start \
                    or any(o.start < doc[j].idx and o.end > doc[lead].idx for o in mentions):
                continue
            country = m.country or first.country
            out[n] = replace(m, start=doc[lead].idx, country=country,
                             title=f"{first.words(doc)} {text_of(doc, first.outer_end, min(second.lead, second.start))} {m.title}",
                             country_rule=m.country_rule if m.country else first.country_rule if country else "")
        return out

    @staticmethod
    def _state_after_opening_office(doc: Doc, first: _Title, second: _Title, lead: int) -> bool:
        """ "..., Forum Chair and Fiji's Prime Minister NAME": the state before the second office
        is the holder's when the first office, told no state of its own, opens its clause (the
        sentence's start, a comma, a bracket); never after a name or its post-nominal ("NAME MP
        and Philippines' Secretary NAME": two people)."""
        return first.lead >= first.start and second.lead < second.start and is_possessive(doc, second.start - 1) \
            and (lead == sentence_of(doc, lead).start or token_texts(doc)[lead - 1] in (",", "(", ";", ":"))

    def _styled_full_names(self, doc: Doc, officials, honorifics) -> None:
        """ "Mr Jane Wambui and Mr Ali Noor were sworn in ... Mr Wambui took the oath as Cabinet
        Secretary": an official known by the family name alone takes the one full name that a
        courtesy title or style gives the same family name elsewhere in the text."""
        taken = {o.name for o in officials}
        full: Dict[str, set] = {}
        for style in honorifics.values():
            end = self.names.read_name(doc, style.end, sentence_of(doc, style.start).end)
            # ("His Majesty King NAME": the office after the style is no given name)
            if end - style.end >= 2 and token_texts(doc)[style.end] not in self.office_words:
                full.setdefault(token_texts(doc)[end - 1], set()).add(text_of(doc, style.end, end))
        for official in officials:
            names = full.get(official.name, set()) if len(official.name.split()) == 1 else set()
            if len(names) == 1 and not names & taken:
                official.name = next(iter(names))
        self._written_full_names(doc, officials, honorifics)  # then the fuller names without a style

    def _written_full_names(self, doc: Doc, officials, honorifics) -> None:
        """ "between Javier Milei and ... In President Milei's letter": an official the rules
        found by the family name alone takes the one fuller name that the text writes for that
        family name elsewhere (FACTS.md: the name in its fullest written form), with or without
        an office by it, when ``holders.jsonl`` knows that fuller name as one state's holder
        (a kinsman's name, "Madame Rachael Marape", "Heeraben Modi", is no office holder's).
        The fuller name is the run of name words right before the family name, no office,
        style or place among them; not in a headline, not run on by a capitalised word or a
        particle ("NAME Stadium", "Lula da Silva"); two fuller names, or one another official
        already bears, leave the name as it is."""
        taken = {o.name for o in officials}
        styled = {k for span in honorifics.values() for k in range(span.start, span.end)}
        texts, title, places = token_texts(doc), token_ids(doc, "IS_TITLE"), self._places(doc)[0]
        in_place = {k for span in places.values() for k in range(span.start, span.end)}
        for official in officials:
            if " " in official.name or len(official.name) < 3:
                continue
            full = set()
            for k in token_indices(doc, "ORTH", [official.name]):
                sent = sentence_of(doc, k)
                # "Luiz Inácio Lula da Silva": a particle's tail may run on a holder's name
                tail = self._particle_tail(doc, k + 1, sent.end)
                if tail == k + 1 and k + 1 < sent.end and (title[k + 1] or lower_words(doc)[k + 1] in self.names.particles) \
                        or self.names.in_headline(sent):
                    continue
                j = k
                while j > sent.start and j - 1 not in styled and j - 1 not in in_place \
                        and self.names.is_name_text(texts[j - 1], True) and texts[j - 1] not in self.title_words \
                        and texts[j - 1] not in self.office_words and k - j < 4:
                    j -= 1
                if (j < k or tail > k + 1) and self._full_holder(holder_key(text_of(doc, j, tail))):
                    full.add(text_of(doc, j, tail))
            if len(full) == 1 and not full & taken:
                official.name = full.pop()

    def _particle_tail(self, doc: Doc, k: int, limit: int) -> int:
        """The end of a name's tail of particles and one name word at ``k`` ("da Silva", "van
        der Berg"); ``k`` when there is none."""
        j = k
        while j < min(limit, k + 3) and lower_words(doc)[j] in self.names.particles:
            j += 1
        return j + 1 if k < j < limit and doc[j].is_title and self.names.is_name_text(token_texts(doc)[j], True) else k

    def _plural_title_lists(self, doc: Doc, places, honorifics) -> List[OfficialMention]:
        """ "Presidents Hage Moyo from Namibia, Jean Kabila (DRC) and Ana Sousa (Angola)": a
        plural office before a list of two or more names gives each the office; a country
        after a name ("(Malawi)", "from Namibia") is that holder's. "The Slovak and Czech
        ministers, A and B, respectively", "the Presidents of Chad and Niger, A and B": as
        many states listed with the office as holders are the holders', in their order."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        found: List[OfficialMention] = []
        for k in token_indices(doc, "ORTH", self.plural_office_words):
            sent = sentence_of(doc, k)
            start = self._plural_office_phrase_start(doc, k, sent.start)  # "High Commissioners"
            while start > sent.start and (texts[start - 1] in self.title_words or doc[k].is_lower
                                          and doc[start - 1].is_lower and texts[start - 1].capitalize() in self.title_words
                                          and texts[start - 1] not in self.words["STATUS_WORD"]):
                start -= 1  # "Foreign Ministers", "the four prime ministers"
            opening = k + 1
            while opening + 1 < sent.end and lowers[opening] in ("of", "and", "for") \
                    and texts[opening + 1] in self.title_words:
                opening += 2  # "Heads of State and Government", "Ministers of Foreign Affairs"
                while opening < sent.end and texts[opening] in self.title_words and opening not in places[0]:
                    opening += 1
            if doc[k].is_lower and opening == k + 1 and opening + 1 < sent.end and lowers[opening] == "of":
                # "Egyptian and Jordanian ministers of trade and industry, A and B": a lowercase portfolio
                opening = max(opening, self._lowercase_portfolios(doc, opening + 1, sent.end))
            if start > sent.start and texts[start - 1] in self.words["STATUS_WORD"] and start < k:
                start -= 1  # "former committee chairmen A and B"
            office = self.plural_offices[texts[k]]
            # "leaders of X and Y", "the prime ministers": written lowercase
            office = office.lower() if doc[k].is_lower and all(t.is_lower for t in doc[start:k]) else office
            title = " ".join([t.text for t in doc[start:k]] + [office]
                             + [t.text for t in doc[k + 1:opening]])
            states = self._state_list(doc, start, sent.start, places[1], backwards=True)
            if not states and opening + 1 < sent.end and lowers[opening] == "of":
                states = self._state_list(doc, opening + 1, sent.end, places[0])
                opening = self._state_list_end(doc, opening + 1, sent.end, places[0]) if states else opening
            if not states and opening + 1 < sent.end and lowers[opening] == "of":
                opening = self._place_list_comma(doc, opening + 1, sent.end, places[0]) or opening
            own = None if states else self._plural_owner_state(doc, start, sent.start, places[1])
            bare = doc[k].is_lower and start == k and not states and not self._bare_plural_opens(doc, k, sent.start) \
                and not (own and self._bare_plural_opens(doc, own[1], sent.start))
            # (a lowercase plural only after a title word, "Foreign ministers A and B"; not "former ministers")
            holders, after = ([], opening) if bare else self._list_holders(doc, opening, sent, title, places, honorifics)
            if not holders and not states:
                # "his counterparts from Peru (A), Chile (B)", "Ministers from X, A, Y, B": each holder with its
                # state; "Ministers and Ambassadors from ...": two offices shared, each holder's untold
                shared = any(texts[j] in self.plural_office_words for j in (k - 2, k + 2) if 0 <= j < len(doc)) \
                    and "and" in (lowers[k - 1], lowers[min(k + 1, len(doc) - 1)])
                holders, after = self._state_paired_holders(doc, opening, sent, None if shared else title, places, honorifics)
            if bare and not holders:
                continue
            states = states or self._respective_states_after(doc, after, sent.end, places[0])
            if own and len(holders) >= 2 and not states:
                # "Lebanon's Ministers of Industry and Agriculture, A and B": one state's holders of as
                # many portfolios, one each in their order (one state has one holder of each office)
                holders = self._respective_portfolios(holders, [t.text for t in doc[start:k]] + [office],
                                                      texts[k + 1:opening])
            if own and holders and not states:
                # "with US envoys A, B and C", "Kenya's ministers A and B": one state owning the plural office owns each holder's
                holders = [replace_mention(h, country=h.country or own[0],
                                           country_rule=h.country_rule if h.country else "country.plural_office_state")
                           for h in holders]
            if holders and len(states) == len(holders):
                # "the foreign ministers of Chile and Peru, A and B", "Norway's and Finland's
                # ministers A and B (respectively)": as many states as holders, theirs in order
                holders = [replace_mention(h, country=h.country or state,
                                           country_rule=h.country_rule if h.country else "country.respective_states")
                           for h, state in zip(holders, states)]
            found.extend(holders)
        return found

    @staticmethod
    def _respective_portfolios(holders: List[OfficialMention], office: List[str], complement: List[str]
                               ) -> List[OfficialMention]:
        """The holders, each with his own portfolio when the complement ("of Industry and
        Agriculture", "for Trade, Health and Energy") lists as many as there are holders."""
        if len(complement) < 4 or complement[0] not in ("of", "for") or "and" not in complement:
            return holders
        portfolios, words = [], []
        for word in complement[1:] + [","]:
            if word in (",", "and"):
                if words:
                    portfolios.append(" ".join(words))
                words = []
            else:
                words.append(word)
        if len(portfolios) != len(holders):
            return holders
        return [replace_mention(h, title=" ".join(office + [complement[0], portfolio]))
                for h, portfolio in zip(holders, portfolios)]

    def _state_paired_holders(self, doc: Doc, k: int, sent: Span, title: Optional[str], places,
                              honorifics) -> Tuple[List[OfficialMention], int]:
        """The holders of a plural office each listed with its state, from ``k`` on: "his
        counterparts from Peru (A), Chile (B) and Bolivia (C)", "Ministers from the Republic of
        X, H.E. A, the Republic of Y, H.E. B", "The Ministers from the three Andean countries,
        A, Peru, B, Chile and C, Bolivia"; none unless two or more. Two offices shared ("Ministers
        and Ambassadors from ...") leave each holder's title untold."""
        texts, lowers, limit = token_texts(doc), lower_words(doc), sent.end
        if k + 1 < limit and lowers[k] == "and" and texts[k + 1] in self.plural_office_words:
            k += 2
        i = k + int(k < limit and texts[k] == ",")
        if i < limit and lowers[i] in ("from", "of"):
            i += 1
            if self._paired_state(doc, i, limit, places[0])[0] is None:
                # "from the three Andean countries, A, ...": a group of states described before the list
                comma = next((j for j in range(i, min(limit, i + PAIRED_GROUP_REACH)) if texts[j] == ","), None)
                if comma is None or lowers[comma - 1] not in PAIRED_GROUP_NOUNS:
                    return [], k
                i = comma + 1
        holders: List[OfficialMention] = []
        while i < limit:
            item = self._paired_item(doc, i, limit, places, honorifics)
            if item is None:
                break
            start, end, styles, country, after = item
            holders.append(OfficialMention(
                start=doc[start].idx, end=doc[end - 1].idx + len(doc[end - 1]), name=text_of(doc, start, end),
                name_tokens=tuple(w for w in texts[start:end] if w not in HYPHENS), title=title,
                honorifics=[honorific_form(span_text(h)) for h in styles if h.label_ == "HONORIFIC"],
                country=country, rule="title.paired_list+name", name_span=(start, end),
                country_rule="country.paired_list_holder"))
            i = after + int(after < limit and texts[after] == ",")
            i += int(i < limit and lowers[i] == "and")
            if i == after:
                break
        return (holders, i) if len(holders) >= 2 else ([], k)

    def _paired_state(self, doc: Doc, k: int, limit: int, by_start) -> Tuple[Optional[str], int]:
        """A country at ``k``, its article and formal name with it ("the Republic of X", "X
        Islands"), as (country, end); (None, k) when there is none."""
        j = k
        while j < min(limit, k + PAIRED_GROUP_REACH) and j not in by_start \
                and (lower_words(doc)[j] in ("the", "of") or self._state_word(doc, j)):
            j += 1  # "the Federal Republic of X"
        place = by_start.get(j)
        if place is None or place_kind(place) != "country" or not _place_country(place):
            return None, k
        return _place_country(place), self._state_name_end(doc, place.end, limit)

    def _paired_item(self, doc: Doc, i: int, limit: int, places, honorifics):
        """One holder listed with its state at ``i``: "Peru (A)", "Peru, H.E. A" or "A, Peru", as
        (name start, name end, styles, country, index after the item); None when there is none."""
        texts = token_texts(doc)
        country, j = self._paired_state(doc, i, limit, places[0])
        if country is not None:
            if not (j + 1 < limit and texts[j] in ("(", ",")):
                return None
            start, styles = self._honorifics_after(j + 1, limit, honorifics)
            end = self._paired_name_end(doc, start, limit, places, styles)
            if texts[j] == "(":
                return (start, end, styles, country, end + 1) if end and end < limit and texts[end] == ")" else None
            return (start, end, styles, country, end) if end else None
        start, styles = self._honorifics_after(i, limit, honorifics)
        end = self._paired_name_end(doc, start, limit, places, styles)
        if not end or not (end + 1 < limit and texts[end] == ","):
            return None
        country, after = self._paired_state(doc, end + 1, limit, places[0])
        return (start, end, styles, country, after) if country is not None else None

    def _paired_name_end(self, doc: Doc, start: int, limit: int, places, styles) -> int:
        """The end of a listed holder's name of two words or more at ``start``, 0 when there is none
        (a place, or a title word opening it without a style)."""
        end = self.names.read_name(doc, start, limit)
        if end - start < 2 or self._is_place(places, start, end) \
                or not styles and token_texts(doc)[start] in self.title_words \
                or any(w in self.offices for w in token_texts(doc)[start:end]):
            return 0
        return end

    @staticmethod
    def _plural_owner_state(doc: Doc, start: int, limit: int, by_end) -> Optional[Tuple[str, int]]:
        """ "US envoys", "Kenyan ministers", "Kenya's ministers": the one state (a country or a
        demonym, or a country's possessive) right before a plural office, and where it starts."""
        end = start - int(start - 1 > limit and is_possessive(doc, start - 1))
        place = by_end.get(end)
        if place is None or place.start < limit or place_kind(place) not in ("country", "demonym") \
                or end < start and place_kind(place) != "country":
            return None
        if place.start > limit and token_texts(doc)[place.start - 1] in ("and", ",", "&", "/"):
            return None  # "Chinese and US envoys": a list of states, read by _state_list
        return _place_country(place), place.start

    def _plural_office_phrase_start(self, doc: Doc, k: int, limit: int) -> int:
        """Where an office of several words opens whose last word is the plural at ``k``: "the
        High Commissioners A and B" ("High Commissioner" is an office, "High" no title word);
        ``k`` when there is none."""
        texts = token_texts(doc)  # (the doc's word lists, read once)
        singular = self.plural_offices[texts[k]]
        for j in range(k - 1, max(limit, k - 3) - 1, -1):
            if " ".join(texts[j:k] + [singular]) in self.offices:
                return j
        return k

    def _bare_plural_opens(self, doc: Doc, k: int, limit: int) -> bool:
        """ "accompanied by ministers A, B and C", "Ministers A and B": a bare lowercase plural
        office after a word that opens a noun phrase (a preposition, a verb, a comma, the
        sentence's start) lists its holders; not after a word of status or any other describing
        word ("former ministers A and B", "opposition senators A and B"). A possessive owner
        opens it too ("the two countries' presidents A and B")."""
        return k == limit or lower_words(doc)[k - 1] in self.words["PLURAL_LIST_LEAD"] or is_possessive(doc, k - 1)

    def _respective_states_after(self, doc: Doc, k: int, limit: int, by_start) -> List[Optional[str]]:
        """ "A and B, respectively of Rwanda and Tanzania": the states listed after the holders
        with a word of respectivity, in their order ([] when none)."""
        k += int(k < limit and token_texts(doc)[k] == ",")
        if not (k + 1 < limit and lower_words(doc)[k] in self.words["RESPECTIVE_WORD"]):
            return []
        k += 1 + int(lower_words(doc)[k + 1] in ("of", "from"))
        return self._state_list(doc, k, limit, by_start)

    @staticmethod
    def _state_list(doc: Doc, k: int, limit: int, places, backwards: bool = False) -> List[Optional[str]]:
        """The states of a list of countries or demonyms joined by commas and "and" that starts
        at ``k`` (``places`` by start), or ends there (``backwards``, ``places`` by end), in
        text order; [] unless it names two or more."""
        states: List[Optional[str]] = []
        while limit < k if backwards else k < limit:
            if backwards and k - 1 > limit and is_possessive(doc, k - 1):
                k -= 1  # "Norway's and Finland's ministers"
            place = places.get(k)
            if place is None or (span_value(place, "nf_place") or {}).get("kind") not in ("country", "demonym"):
                break
            states.append(_place_country(place))
            j = place.start - 1 if backwards else place.end
            if not (limit <= j if backwards else j + 1 < limit) or token_texts(doc)[j] not in (",", "and"):
                break
            if backwards:
                k = j - int(token_texts(doc)[j] == "and" and j - 1 > limit and token_texts(doc)[j - 1] == ",")
            else:
                k = j + 1 + int(token_texts(doc)[j] == "," and lower_words(doc)[j + 1] == "and")
        states = states[::-1] if backwards else states
        return states if len(states) >= 2 and all(states) else []

    def _place_list_comma(self, doc: Doc, k: int, limit: int, by_start) -> int:
        """ "the Governors of Kano, Enugu, and Rivers States, A, B and C": a list of two or more
        places of any kind at ``k`` (a plural noun of states may close it) and the comma after
        it, where the holders open; 0 when there is none."""
        texts, count = token_texts(doc), 0
        while k < limit and (k in by_start or texts[k] in (",", "and")):
            count += k in by_start
            k = by_start[k].end if k in by_start else k + 1
        if k < limit and k > 0 and texts[k - 1] != "," and texts[k] in self.words["STATES_NOUN"]:
            k += 1  # "Rivers States"
        elif k > 0 and texts[k - 1] == ",":
            k -= 1
        return k if count >= 2 and k < limit and texts[k] == "," else 0

    def _state_list_end(self, doc: Doc, k: int, limit: int, places) -> int:
        """The index after the list of states at ``k`` and the comma after it."""
        while k < limit and (k in places or token_texts(doc)[k] in (",", "and")):
            k = places[k].end if k in places else k + 1
        return k

    def _shared_office_list(self, doc: Doc, mentions: List[OfficialMention], places,
                            styled=frozenset()) -> List[OfficialMention]:
        """ "Fijian Prime Minister A, Samoa's B and Tonga's C": after an office with its state,
        names each after a state's possessive, in a list, hold the same office for their state;
        not when an office or a style follows the possessive ("Kuwait's Crown Prince NAME":
        ``styled`` holds the tokens of offices and the first of styles)."""
        by_start, named = places[0], {m.name_span for m in mentions}
        found: List[OfficialMention] = []
        for m in mentions:
            if not (m.country and m.title and not m.apposition):
                continue
            sent, k = sentence_of(doc, m.name_span[0]), m.name_span[1]
            while k + 2 < sent.end and token_texts(doc)[k] in (",", "and"):
                k += 2 if token_texts(doc)[k] == "," and lower_words(doc)[k + 1] == "and" else 1
                place = by_start.get(k)
                if place is None or (span_value(place, "nf_place") or {}).get("kind") != "country" \
                        or place.end >= sent.end or not is_possessive(doc, place.end):
                    break
                start = place.end + 1
                end = self.names.read_name(doc, start, sent.end)
                if end - start < 2 or (start, end) in named or start in by_start \
                        or any(i in styled for i in range(start, end)):
                    break
                found.append(OfficialMention(
                    start=doc[k].idx, end=doc[end - 1].idx + len(doc[end - 1]), name=text_of(doc, start, end),
                    name_tokens=tuple(w for w in token_texts(doc)[start:end] if w not in HYPHENS), title=m.title,
                    honorifics=[], country=span_value(place, "nf_place").get("country"), rule="title.shared_list+name",
                    country_rule="country.shared_list",
                    name_span=(start, end)))
                k = end
        return found

    def _holder_country(self, doc: Doc, end: int, limit: int, by_start) -> Tuple[Optional[str], int]:
        """The country written after a listed holder: "(Malawi)", "( South Africa)", "from
        Namibia"; returns it and the index after it."""
        j = end
        if j < limit and token_texts(doc)[j] in ("(", "from", "of"):
            k = j + 1 + int(token_texts(doc)[j] == "of" and j + 1 < limit and lower_words(doc)[j + 1] == "the")
            place = by_start.get(k)
            if place is not None and (span_value(place, "nf_place") or {}).get("kind") in ("country", "demonym"):
                after = place.end + 1 if token_texts(doc)[j] == "(" and place.end < limit and token_texts(doc)[place.end] == ")" else place.end
                if token_texts(doc)[j] == "of":  # "of the Republic of South Africa"
                    after = self._state_name_end(doc, place.end, limit)
                if token_texts(doc)[j] in ("from", "of") or after > place.end:
                    return span_value(place, "nf_place").get("country"), after
            if token_texts(doc)[j] == "(":  # "(European Union)": a body the holder serves, no state
                # ("(Municipality of Larena)": its name's own "of" too)
                close = next((i for i in range(k, min(limit, k + 6)) if token_texts(doc)[i] == ")"), None)
                if close is not None and close > k and (doc[k].is_title or doc[k].is_upper) and all(
                        t.is_title or t.is_upper or lower_words(doc)[t.i] in ("of", "the", "and") for t in doc[k:close]):
                    return None, close + 1
        return None, end

    def _list_holders(self, doc: Doc, k: int, sent: Span, title: str, places,
                      honorifics) -> Tuple[List[OfficialMention], int]:
        """The holders listed from ``k`` on, after a plural office, each with its styles and
        the country after it, and where the list ends; none unless there are two or more."""
        holders, i = [], self._list_opening(doc, k, sent.end)
        # "the ministers, A and B", "the four prime ministers -- A of X, B of Y"
        i += int(i == k and i < sent.end and (token_texts(doc)[i] in (",", "--", ";", ":") or _spaced_dash(doc, i)))
        if i > k and i + 1 < sent.end and lower_words(doc)[i] in self.words["RESPECTIVE_WORD"] and token_texts(doc)[i + 1] == ",":
            i += 2  # "the Danish and Swedish ministers – respectively, A and B": their states in order
        while i < sent.end:
            i, styles = self._honorifics_after(i, sent.end, honorifics)
            end = self.names.read_name(doc, i, sent.end)
            # "..., and Executive Councillor NAME": another office opens the next item, no holder of this one
            if end - i < 2 or self._is_place(places, i, end) or not styles and token_texts(doc)[i] in self.title_words \
                    or any(w in self.offices for w in token_texts(doc)[i + 1:end]):
                break  # "..., Santa Mayor NAME": an office inside the item opens a holder of its own
            portfolio = self._listed_portfolio(doc, end, sent.end, places[0])  # "NAME (Interior)"
            country, after = (None, portfolio) if portfolio else self._holder_country(doc, end, sent.end, places[0])
            holders.append(OfficialMention(
                start=doc[i].idx, end=doc[end - 1].idx + len(doc[end - 1]), name=text_of(doc, i, end),
                name_tokens=tuple(w for w in token_texts(doc)[i:end] if w not in HYPHENS),
                title=f"{title} {text_of(doc, end, portfolio)}" if portfolio else title,
                honorifics=[honorific_form(span_text(h)) for h in styles if h.label_ == "HONORIFIC"],
                country=country, rule="title.plural_list+name", name_span=(i, end),
                country_rule="country.plural_list_holder" if country else ""))
            i = after
            if i < sent.end and token_texts(doc)[i] == ",":
                i += 1
            if i < sent.end and lower_words(doc)[i] == "and":
                i += 1
            if i == after:
                break  # no comma, no "and": the list has ended
        return (holders, i) if len(holders) >= 2 else ([], i)

    def _listed_portfolio(self, doc: Doc, k: int, limit: int, by_start) -> int:
        """The end of a bracketed portfolio after a listed holder ("A (Interior), B (Health)"),
        0 when there is none: each word a portfolio word, none a body's ("(European Union)" is
        the body the holder serves)."""
        end = self._qualifier(doc, k, limit, by_start)
        words = [t for t in doc[k + 1:end - 1] if t.is_title] if end else []
        return end if words and all(t.text in self.title_words and t.text not in self.international_bodies
                                    for t in words) else 0

    def _list_opening(self, doc: Doc, i: int, limit: int) -> int:
        """The first holder after a plural office: past a verb that opens the list, with one
        participle before it and a colon after ("Ministers appointed include: A, B"), or a short
        relative clause ("Ministers who attended the talks include A, B"), or past a colon
        ("Deputy Ministers named: A, B"); else ``i``."""
        j = i + int(i + 1 < limit and doc[i].is_lower and doc[i].is_alpha and not doc[i].is_stop
                    and (lower_words(doc)[i + 1] in self.words["LIST_OPENER"] or token_texts(doc)[i + 1] == ":"))
        if j == i and i < limit and lower_words(doc)[i] in ("who", "that"):
            # "Cabinet Secretaries who attended the session include A (Health), B (Energy)": a
            # short relative clause of lowercase words before the verb that opens the list
            k = i + 1
            while k < min(limit, i + 1 + RELATIVE_LIST_WORDS) and doc[k].is_lower and doc[k].is_alpha \
                    and lower_words(doc)[k] not in self.words["LIST_OPENER"]:
                k += 1
            j = k if k > i + 1 and k < limit and lower_words(doc)[k] in self.words["LIST_OPENER"] else i
        if j < limit and lower_words(doc)[j] in self.words["LIST_OPENER"]:
            j += 1
        return j + int(j < limit and token_texts(doc)[j] == ":") if j > i or i < limit and token_texts(doc)[i] == ":" else i

    def _context(self, doc: Doc, m: OfficialMention, places, head_tokens=frozenset()) -> Optional[OfficeContext]:
        bounds = char_token_bounds(doc, m.start, m.end)
        if bounds is None:
            return None
        return OfficeContext(doc=doc, sent=sentence_of(doc, bounds[0]), start=bounds[0], end=bounds[1],
                             by_start=places[0], by_end=places[1], words=self.words,
                             name_particles=self.names.particles, style_words=self.style_words,
                             office_tokens=head_tokens)

    def _read_countries(self, doc: Doc, mentions: List[OfficialMention], places,
                        head_tokens=frozenset()) -> List[OfficialMention]:
        """Each mention's country from the sentence around it when its title told none
        (:mod:`office_country`), the country it visits and the state it faces (never its own
        by default)."""
        read, contexts = [], []
        for m in mentions:
            ctx = self._context(doc, m, places, head_tokens)
            if ctx is not None:
                told = {}  # (one copy of the mention with all it reads)
                if m.country is None and not m.international:
                    country, rule = context_country(ctx)
                    if country:
                        told = dict(country=country, rule=f"{m.rule}+country.{rule}", country_rule=f"country.{rule}")
                escorting = escorts_after(ctx)
                visiting, hosting = visited_place_country(ctx)
                accredited_by = credentials_host(ctx)  # a new envoy: the state he is sent to, "" when untold
                m = replace_mention(m, visiting=visiting, hosting=hosting, posted=posted_to(ctx) or accredited_by or None,
                                    visitor=self._visitor(ctx) or accredited_by == "" or comes_to_the_country(ctx),
                                    accompanies=accompanies(ctx) or sends_message(ctx) or escorting is not None,
                                    escorts=self._escorted(doc, mentions, escorting, ctx.sent.end)
                                    or self._escorted_before(doc, mentions, ctx), **told)
            read.append(m)
            contexts.append(ctx)
        self._delegation_list(read, contexts)
        self._party_envoys(read, contexts)
        self._accompanying_list(read, contexts)
        self._coordinated_offices(read, contexts)
        told = sorted((OtherOffice(ctx.start, ctx.end, m.country) for m, ctx in zip(read, contexts)
                       if ctx is not None and m.country), key=lambda o: o.start)
        starts = [o.start for o in told]
        # every official, told or not: the one faced may get his state from the story
        everyone = sorted((OtherOffice(ctx.start, ctx.end, "", key=i) for i, ctx in enumerate(contexts)
                           if ctx is not None), key=lambda o: o.start)
        all_starts = [o.start for o in everyone]
        result = []
        for m, ctx in zip(read, contexts):
            if ctx is not None and not m.international:  # a told one's too: whom he faces tells the story's side
                faced = faced_official(ctx, self._near(everyone, all_starts, ctx))
                facing = faced_country(ctx, self._near(told, starts, ctx))
                faces = (read[faced.key].start, read[faced.key].end) if faced else None
                if (facing, faces) != (m.facing, m.faces):  # (most face no one: no copy)
                    m = replace_mention(m, facing=facing, faces=faces)
            result.append(m)
        return result

    @staticmethod
    def _delegation_list(read: List[OfficialMention], contexts) -> None:
        """ "The Emirati delegation included A; B; and C", "The delegation of X was led by A and
        included B and C": each official listed after the first member or the leader of a
        delegation of a told state serves it, when his office told none. Every listed mention
        keeps the list's first (``list_first``: :meth:`_list_mates`)."""
        first = 0
        for i in range(1, len(read)):
            ctx, before = contexts[i], contexts[i - 1]
            if ctx is None or before is None or not listed_after(ctx, before):
                first = i
                continue
            m = read[i] = replace_mention(read[i], list_first=(read[first].start, read[first].end))
            if m.country is None and not m.international and contexts[first] is not None:
                country = delegation_of(contexts[first])
                if country:
                    read[i] = replace_mention(m, country=country, rule=f"{m.rule}+country.delegation_member",
                                              country_rule="country.delegation_member")

    @staticmethod
    def _party_envoys(read: List[OfficialMention], contexts) -> None:
        """ "Prime Minister A, Foreign Minister B, ... and Jordan's Ambassador to Kuwait C attended
        the talks": an envoy of a told state listed after two or more officials whose offices
        tell none is one of his state's party; his post says where the party is, not whose the
        story is (the post is not read as the story's host)."""
        for i in range(PARTY_ENVOY_ITEMS, len(read)):
            m = read[i]
            if not (m.posted and m.country and m.posted != m.country):
                continue
            items = range(i - PARTY_ENVOY_ITEMS, i)
            if all(contexts[j] is not None and contexts[j + 1] is not None and listed_after(contexts[j + 1], contexts[j])
                   and not read[j].country and not read[j].international for j in items):
                read[i] = replace_mention(m, posted=None)

    @staticmethod
    def _accompanying_list(read: List[OfficialMention], contexts) -> None:
        """ "The Prime Minister was accompanied by A, Minister of X; B, Permanent Secretary; and
        C": each official listed after one who goes along with the visitor goes along too (the
        cue stands before the first item only)."""
        for i in range(1, len(read)):
            ctx, before = contexts[i], contexts[i - 1]
            if read[i - 1].accompanies and not read[i].accompanies and ctx is not None and before is not None \
                    and listed_after(ctx, before):
                read[i] = replace_mention(read[i], accompanies=True)

    def _coordinated_offices(self, read: List[OfficialMention], contexts) -> None:
        """ "Turkish President A, along with Foreign Minister B and Defence Minister C": an
        office that tells no state, written before its holder's name and coordinated right after
        another such office of a told state, is of that state; not the same office ("French
        Foreign Minister A and Federal Foreign Minister B" are two states'), nor a body's (but
        the state's legislature's: "Lao President A and National Assembly President B"), nor
        after an envoy's, a visitor's or an office set off by commas (lists of two sides)."""
        body_words = self.words["BODY_HEAD_WORD"]
        for i in range(1, len(read)):
            m, prev, ctx, before = read[i], read[i - 1], contexts[i], contexts[i - 1]
            if m.country or m.international or m.apposition or not prev.country or prev.international \
                    or prev.apposition or ctx is None or before is None or not m.title or not prev.title \
                    or prev.comma_gap or prev.posted:  # "X's High Commissioner to Y, NAME, and ...": a list of two sides
                continue
            titles = sorted((m.title, prev.title), key=len)
            legislature = [w for w in m.title.split() if w in self.words["LEGISLATURE_WORD"]]
            same = titles[1].lower().endswith(titles[0].lower()) and not legislature
            if same or self._visitor(before) or not coordinated_after(ctx, before) \
                    or any(w in body_words and w not in legislature for w in m.title.split()):
                continue
            read[i] = replace_mention(m, country=prev.country, rule=f"{m.rule}+country.coordinated",
                                      country_rule="country.coordinated")

    @staticmethod
    def _visitor(ctx: OfficeContext) -> bool:
        """ "Visiting Sri Lankan President NAME and Prime Minister NAME": a visitor's office, whose
        state the office coordinated after it does not share (the host's). Not the verb ("after
        visiting Governor NAME", "visiting the Governor"): the one visited is the host's; the
        adjective opens the sentence or follows a determiner or a facing cue ("met visiting ...")."""
        v = ctx.start if ctx.has(ctx.start, "VISITING_WORD") else ctx.start - 1
        if v < ctx.sent.start or not ctx.has(v, "VISITING_WORD"):
            return False
        return v == ctx.sent.start or ctx.lowers[v - 1] in GUEST_DETERMINERS or ctx.has(v - 1, "FACING_CUE")

    @staticmethod
    def _escorted(doc: Doc, mentions: List[OfficialMention], k: Optional[int], limit: int) -> Optional[Tuple[int, int]]:
        """The mention right after a verb of going along at ``k`` ("are accompanying President
        NAME"): whom the escorts go with; None when no named official follows in the sentence."""
        if k is None or k >= limit:
            return None
        start, end = doc[k].idx, doc[limit - 1].idx + len(doc[limit - 1])
        after = [m for m in mentions if start <= m.start < end]
        first = min(after, key=lambda m: m.start, default=None)
        if first is None or doc.char_span(start, first.start, alignment_mode="expand") is None \
                or len(tokenised_text(doc)[start:first.start].split()) > ESCORTED_REACH:
            return None
        return first.start, first.end

    def _escorted_before(self, doc: Doc, mentions: List[OfficialMention], ctx: OfficeContext) -> Optional[Tuple[int, int]]:
        """ "Minister A was accompanied by High Commissioner B and Attaché C", "Minister A, joined
        by B, toured the port": the named official right before a passive verb of going along
        (``ESCORT_VERB``; only auxiliaries or a comma between), whose "by" opens the list the
        mention is in, is whom the mention goes with (his state is the mention's); None otherwise."""
        lowers, verbs, auxiliaries = ctx.lowers, self.words["ESCORT_VERB"], self.words["ESCORT_AUXILIARY"]
        if not word_within(doc, BY_WORD, max(ctx.sent.start, ctx.start - LIST_LOOKBACK), ctx.start):
            return None
        for j in range(ctx.start - 1, max(ctx.sent.start + 1, ctx.start - LIST_LOOKBACK) - 1, -1):
            if lowers[j] != "by":
                continue
            if lowers[j - 1] not in verbs or not accompanies(ctx):
                return None
            k = j - 2
            while k > ctx.sent.start and j - 1 - k <= ESCORTED_SUBJECT_GAP and (lowers[k] in auxiliaries or lowers[k] == ","):
                k -= 1
            end = doc[k].idx + len(doc[k])
            subject = next((m for m in mentions if m.end == end), None)
            return (subject.start, subject.end) if subject is not None else None
        return None

    @staticmethod
    def _near(told: List[OtherOffice], starts: List[int], ctx: OfficeContext) -> List[OtherOffice]:
        """The offices with a told state in reach of the mention, in its sentence (found by
        bisection: a long list of officials stays linear)."""
        lo = bisect_left(starts, max(ctx.sent.start, ctx.start - FACING_REACH - MENTION_REACH))
        hi = bisect_right(starts, min(ctx.sent.end, ctx.end + FACING_REACH))
        return [o for o in told[lo:hi] if ctx.sent.start <= o.start and o.end <= ctx.sent.end]

    def _office_anaphora(self, doc: Doc, titles, mentions: Sequence[OfficialMention], officials) -> None:
        """ "The Guatemalan minister also said ...", "..., said the Guatemalan minister": an office
        with its state and no name, opening a sentence or speaking, speaks again of the one named official who holds an office of that head, and
        tells his state when nothing else did."""
        spans = [(m.start, m.end) for m in mentions]
        for head, title in titles:
            if not title.country or title.lead == title.start:
                continue
            lead = title.lead - int(title.lead > 0 and lower_words(doc)[title.lead - 1] == "the")
            # "On Monday, Oman's Foreign Minister said"; the speaker after an inverted verb of saying
            # or "according to": "..., said the Omani minister", "According to the Omani minister, ..."
            opens = sentence_of(doc, lead).start == lead or token_texts(doc)[lead - 1] == "," \
                or lower_words(doc)[lead - 1] in self.words["SPEECH_VERB"] \
                or lead >= 2 and lower_words(doc)[lead - 2] == "according" and lower_words(doc)[lead - 1] == "to"
            if not opens or any(a <= doc[head.start].idx < b for a, b in spans):
                continue
            holders = [person for person in officials
                       if person.title and f" {span_text(head).lower()} " in f" {person.title.lower()} "]
            if len(holders) == 1 and holders[0].country is None \
                    and not any(m.international for m in holders[0].mentions):
                holders[0].country = title.country
                holders[0].country_source = "person.office_anaphora"

    @staticmethod
    def _ministry_portfolios(doc: Doc, officials, places) -> None:
        """ "The Department of Trade and Industry, South Africa ... The Deputy Minister of Trade
        and Industry, NAME": a minister of the portfolio of a ministry the text names with its
        state (one state for that portfolio) serves that state, when nothing else told his."""
        untold = [person for person in officials if person.country is None and office_portfolio(person.title)
                  and not any(m.international for m in person.mentions)]
        states = ministry_states(doc, places[0]) if untold else {}
        for person in untold:
            found = states.get(office_portfolio(person.title), ())
            if len(found) == 1:
                person.country, person.country_source = next(iter(found)), "person.ministry_portfolio"

    def _settle_untold(self, doc: Doc, mentions, officials) -> None:
        """The states of those whose words told none: a known holder's (:meth:`_known_holders`),
        else the story's (:meth:`_settle_countries`), whose home is read from the text alone."""
        home = self._home_country(doc, mentions, officials)
        ends = {s.end: s for s in spans_in(doc, settings.SPANS_PLACES)}
        regional = regional_home(region_counts(doc, _body_states(doc), lambda k: self._destination(doc, k, ends),
                                               self.words["SUBNATIONAL_UNIT"]), *home)
        home = (regional, "regional") if regional else home
        self._shared_offices(doc, officials)
        self._non_state_offices(doc, officials)
        self._known_holders(officials)
        self._list_mates(officials)
        self._settle_countries(doc, officials, *home)

    @staticmethod
    def _list_mates(officials) -> None:
        """ "Foreign Affairs Secretary A, Tourism Secretary B, Trade Secretary C and D signed the
        agreements", "The meeting was attended by Foreign Minister A, Finance Minister B, and C":
        a list of ``LIST_MATES`` officials or more in which known holders of national offices
        whose words told no state (:meth:`_known_holders`) serve one state, no member is told
        another and none is an international body's, is that state's party: those whose state is
        untold serve it too, before the story's fallbacks. A member whose own words tell his state
        ("Indian Minister A") is no evidence: in a list the demonym marks the guest among hosts."""
        lists: Dict[Tuple[int, int], list] = {}
        for person in officials:
            for m in person.mentions:
                if m.list_first:
                    lists.setdefault(m.list_first, []).append(person)
        owners = {(m.start, m.end): person for person in officials for m in person.mentions}
        for first, listed in lists.items():
            members = list({id(p): p for p in [owners[first]] + listed}.values()) if first in owners else []
            if len(members) < LIST_MATES or any(m.international for p in members for m in p.mentions):
                continue
            told = {p.country for p in members if p.country and p.country_source.startswith(KNOWN_HOLDER)}
            if len(told) != 1 or any(p.country and p.country not in told for p in members):
                continue
            for person in members:
                if person.country is None and person.country_source != NON_STATE:
                    person.country, person.country_source = next(iter(told)), "person.list_mate"

    def _non_state_offices(self, doc: Doc, officials) -> None:
        """ "Vice-Chancellor NAME", "Mozambique Chamber President NAME", "President of X-Y Friendship
        Association NAME": an office of a university, a chamber of commerce, an association or a
        newspaper (``NON_STATE_OFFICE``) serves no government (FACTS.md): no state from its own
        words nor from the story; one the text gives by his part in a state's delegation or
        representation ("Singapore will be represented by NAME") stays. The body may be named
        outside the title too (:func:`_office_body_words`: "Adana Chamber of Industry Vice
        President NAME", "NAME, Chairman of JCCI" with the acronym defined in the text)."""
        phrases = [f" {p} " for p in self.words["NON_STATE_OFFICE"]]
        acronyms = getattr(doc._, "acronyms", None) or {}
        text = tokenised_text(doc)  # (doc.text joins every token each time it is read)
        for person in officials:
            if person.country is not None and not person.country_source.startswith(OWN_WORDS_RULES):
                continue
            told = [person.title or ""] + [_office_body_words(text, m, acronyms) for m in person.mentions]
            words = " " + " ".join(re.split(r"[^\w]+", " ".join(told).casefold())) + " "
            if any(p in words for p in phrases):
                person.country, person.country_source = None, NON_STATE

    def _shared_offices(self, doc: Doc, officials) -> None:
        """ "Union Minister NAME" in a story that names Myanmar (or a town of it) and not India: an
        office that only a few states give (``SHARED_OFFICE``: its first word, its head word and
        their states) serves the one of them the story names, when his words told no state
        (general knowledge as data); none when it names two of them or none."""
        named = None  # the states the story names, read once and only when an office needs them
        for person in officials:
            if person.country is not None or any(m.international for m in person.mentions):
                continue
            for m in person.mentions:
                words = (m.title or "").replace("-", " ").split()
                office = self.shared_offices.get(words[0]) if words else None
                if not (office and office[0] in {w.lower() for w in words[1:]}):
                    continue
                if named is None:
                    named = {place["country"] for _, place in _body_states(doc)} | {self._dateline_country(doc)}
                states = set(office[1]) & named
                if len(states) == 1:
                    person.country, person.country_source = states.pop(), "country.office_word_story"
                    break

    def _passing_status_out(self, officials):
        """ "the new High Commissioner", "the newly-appointed Minister": a status word of a holder
        already in office (``PASSING_STATUS``) marks where the title begins but is no word of the
        office (both readings); "incoming" (not yet in office), "former", "acting" and ordinals
        name another standing and stay."""
        for person in officials:
            first, _, rest = (person.title or "").partition(" ")
            if rest and first in self.words["PASSING_STATUS"]:
                person.title = rest
        return officials

    @staticmethod
    def _bare_short_offices(officials):
        """ "Foreign Ministry Secretary General NAME ... said Secretary General NAME": a bare office
        of international bodies (``BARE_INTERNATIONAL_TITLES``) that ends a state's fuller office
        of the same person is that office's short form, not a body's: the person serves no body."""
        for person in officials:
            bare = {m.title for m in person.mentions if m.international and m.title in BARE_INTERNATIONAL_TITLES}
            if not bare or not any(not m.international and m.title and m.title.endswith(tuple(f" {b}" for b in bare))
                                   for m in person.mentions):
                continue
            person.mentions = [replace_mention(m, international=False) if m.title in bare else m for m in person.mentions]
            if person.country is None and not any(m.international for m in person.mentions):
                person.country_source = ""
        return officials

    def _known_holders(self, officials) -> None:
        """ "talks with President Paul Kagame", told from Gabon: a person whose words and context
        told no state, named as a known holder of a national office (:mod:`.holders`), serves
        that office's state, before any fallback of the story (FACTS.md, general knowledge)."""
        sole = self.words["SOLE_OFFICE"]
        for person in officials:
            if any(m.international for m in person.mentions) or person.country_source == NON_STATE:
                continue
            if person.country is None:
                country, how = self.known_holders.match(person.name, (person.title or "").casefold() in sole)
                if country:
                    person.country, person.country_source = country, f"{KNOWN_HOLDER}_{how}" if how else KNOWN_HOLDER
                continue
            # a full name the table knows outweighs a state read from the words around it
            # ("the Sultan of Brunei and Prime Minister NAME", "talks between X and Prime Minister NAME"):
            # those readings err where a sentence names two states' people, the table does not; a
            # demonym or a possessive written on the office itself ("Peruvian President NAME") wins
            if person.country_source.startswith(GUEST_TOLD_RULES):
                continue
            known = self.known_holders.full_name_country(person.name)
            if known and known != person.country:
                person.country, person.country_source = known, f"{KNOWN_HOLDER}_over_context"

    def _owned_offices(self, doc: Doc, officials) -> None:
        """The states of offices owned by another office or official (:meth:`_office_owners`,
        :meth:`_pronoun_owners`), when nothing else told them."""
        self._office_owners(doc, officials)
        self._pronoun_owners(doc, officials)

    def _office_owners(self, doc: Doc, officials) -> None:
        """ "the Prime Minister's Deputy Press Secretary NAME", "the President's Special Envoy
        NAME": one on the staff of an office held in the story by named officials of one told
        state serves that state, when nothing else told his."""
        for person in officials:
            if person.country is not None or any(m.international for m in person.mentions):
                continue
            for m in person.mentions:
                bounds = char_token_bounds(doc, m.start, m.end)
                k = bounds[0] if bounds is not None else 0
                k -= int(k > 0 and lower_words(doc)[k - 1] == "the")
                # (the owner's office read into the title: "President's Press Secretary NAME")
                k = next((i + 1 for i in range(k, min(k + OWNER_REACH, len(doc) - 1)) if is_possessive(doc, i)
                          and token_texts(doc)[i - 1] in self.office_words), k)
                if not (k > 1 and is_possessive(doc, k - 1) and token_texts(doc)[k - 2] in self.office_words):
                    continue
                j = k - 2
                while j > 0 and token_texts(doc)[j - 1] in self.title_words:
                    j -= 1
                office = f" {text_of(doc, j, k - 1).lower()}"
                states = {other.country for other in officials if other is not person and other.country
                          and f" {(other.title or '').lower()}".endswith(office)}
                away = {c for n in person.mentions for c in (n.visiting, n.facing, n.posted) if c}
                if len(states) == 1 and not states & away:  # "The President's Envoy A met Kenyan President B"
                    person.country, person.country_source = states.pop(), "person.office_owner"
                    break

    def _pronoun_owners(self, doc: Doc, officials) -> None:
        """ "UN Secretary-General A will not attend. This was announced by his press secretary
        B", "President A's Special Envoy B": one whose office is owned by "his"/"her" or by a
        named official serves whom the official named last before him (in his sentence or the
        one before) serves: that one's state, or an international body. Not a counterpart or
        colleague, who is of another side."""
        starts = sorted(((m.start, m.end, person) for person in officials for m in person.mentions), key=lambda x: x[:2])
        for person in officials:
            if person.country is not None or any(m.international for m in person.mentions):
                continue
            for m in person.mentions:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or span.start < 2 or (m.title or "").casefold() in RELATIONAL_TITLES - {"deputy"}:
                    continue
                owned_by = lower_words(doc)[span.start - 1] in self.words["POSSESSIVE_PRONOUN"]
                named_owner = is_possessive(doc, span.start - 1) and [  # "President A's Envoy B"
                    other for _, end, other in starts if end == doc[span.start - 2].idx + len(doc[span.start - 2])]
                if not owned_by and not named_owner:
                    continue
                reach = sentence_of(doc, span.start).start
                reach = sentence_of(doc, reach - 1).start if reach > 0 else reach
                before = named_owner or [other for start, _, other in starts
                                         if doc[reach].idx <= start < m.start and other is not person]
                if not before or before[-1] is person:
                    continue
                owner = before[-1]
                if any(n.international for n in owner.mentions):
                    person.mentions = [replace_mention(n, international=True) for n in person.mentions]
                elif owner.country:
                    person.country, person.country_source = owner.country, "person.pronoun_owner"
                break

    def _deputies(self, officials) -> None:
        """Deputies whose office is the deputy's of an office held in the story: a body's
        (:meth:`_body_deputies`), a state's envoy's (:meth:`_mission_deputies`)."""
        self._body_deputies(officials)
        self._mission_deputies(officials)

    def _body_deputies(self, officials) -> None:
        """ "UNEP Executive Director A ... Deputy Executive Director B": one whose office is the
        deputy's of an office of an international body held in the story (an office of two words
        or more: "Vice President" may be a state's) serves that body and no state."""
        heads = {self._office_head(person.title.split()) for person in officials
                 if person.title and any(m.international for m in person.mentions)}
        heads.discard("")
        for person in officials:
            words = (person.title or "").replace("-", " ").split()
            if person.country or not words or words[0].lower() not in self.words["RANK_PREFIX"] \
                    or any(m.international for m in person.mentions):
                continue
            head = self._office_head(words[1:])
            if head in heads and len(head.split()) >= 2:
                person.mentions = [replace_mention(m, international=True) for m in person.mentions]

    def _mission_deputies(self, officials) -> None:
        """ "Consul General of China in Mumbai A ... Deputy Consul General B": the deputy of an
        envoy's office that the story gives to one state's envoy serves in the same mission, that
        state's; not the home of a story filed where the mission is posted."""
        envoy_words = {word.lower() for word in self.words["ENVOY_WORD"]}
        held: Dict[str, set] = {}
        for person in officials:
            head = self._office_head(person.title.split()) if person.country and person.title else ""
            if envoy_words & set(head.split()):
                held.setdefault(head, set()).add(person.country)
        for person in officials:
            words = (person.title or "").replace("-", " ").split()
            if person.country or len(words) < 2 or words[0].lower() not in self.words["RANK_PREFIX"] \
                    or any(m.international for m in person.mentions):
                continue
            states = held.get(self._office_head(words[1:]), ())
            if len(states) == 1:
                person.country = next(iter(states))
                person.country_source = "story.mission_deputy"

    def _office_head(self, words: List[str]) -> str:
        """The office words of a title, lowercase, without its body's name or acronym and before
        its complement: "UNEP Executive Director" -> "executive director", "Secretary-General of
        ASEAN" -> "secretary general"."""
        head = []
        for word in " ".join(words).replace("-", " ").split():
            if word.lower() in COMPLEMENT_PREPOSITIONS or word.lower() == "in":
                break
            if word in self.international_bodies or word.isupper() and word.isalpha() or word.lower() == "the":
                continue
            head.append(word.lower())
        return " ".join(head)

    def _settle_countries(self, doc: Doc, officials, home: Optional[str], home_rule: str = "") -> None:
        """The country of each person whose mentions told none: the other state of the story's
        pair for one who visits or faces a state of it, else the story's home country
        (:func:`office_country.settled_country`); none for officers of international bodies."""
        pair = self._story_pair(doc, [(m.start, m.end) for person in officials for m in person.mentions])
        site = self._site_country(doc)
        if home and pair and home not in pair and home == self._dateline_country(doc):
            pair = ()  # "NEW DELHI -- ... met on the sidelines of the meeting in South Africa": told from home
        if home_rule == "regional" and home not in pair:
            pair = ()  # "A delegation from Saskatchewan ... ties with Vietnam ... outside of China": the region's
        faced = {m.facing for person in officials if person.country is None for m in person.mentions} & set(pair)
        # one whose office told his state, facing the pair's other state, tells the side as well
        # ("Taoiseach A and her Portuguese counterpart B"); one whose state only a demonym or a
        # possessive told ("Indian High Commissioner A and Executive Chairman B") is the guest of
        # the story, told from the side he faces: his own state is the one faced
        for person in officials:
            if person.country in pair:
                guest = person.country_source.startswith(GUEST_TOLD_RULES)
                faced |= {person.country if guest else m.facing for m in person.mentions
                          if m.facing and m.facing == other_of(pair, person.country)}
        if (home is None or home in faced) and len(faced) == 1 and not self._dateline_country(doc):
            home = other_of(pair, next(iter(faced)))  # told from the side that faces the other
            home_rule = "pair_side"
        if home is None and home_rule == "untold":
            home, home_rule = self._pair_other_home(officials, pair) or (home, home_rule)
        unsettled = [person for person in officials if person.country is None and person.country_source != NON_STATE
                     and not any(m.international for m in person.mentions)]
        companies = self._company_officers(doc, unsettled)
        unsettled = [person for person in unsettled if id(person) not in companies]
        # those who go with the story's visitors visit where they visit
        visited = Counter(m.visiting for person in officials for m in person.mentions
                          if m.visiting and m.visiting != person.country)
        trip = visited.most_common(1)[0][0] if len(visited) == 1 else self._bare_trip(officials)
        if trip is None and not visited and home and any(m.accompanies for person in unsettled for m in person.mentions):
            trip = next(iter(self._party_visit(doc)), None)  # a party's visit told of the party, no official
        party_state = self._party_state(officials, trip)
        hosts = self._party_hosts(doc, officials, trip)
        meeting_places = self._meeting_places(doc)
        escorted = self._escorted_states(officials)
        for person in unsettled:
            if escorted.get(id(person)):
                person.country = escorted[id(person)]  # "... are accompanying President NAME": his
                person.country_source = "story.escorted"
                continue
            goes_along = any(m.accompanies for m in person.mentions)
            if party_state and (goes_along or trip and any(m.visiting == trip for m in person.mentions)):
                person.country = party_state if party_state != "?" else None
                person.country_source = "story.party_state" if person.country else "null.party_of_two_states"
                continue
            hosting = {m.hosting for m in person.mentions if m.hosting}
            if len(hosting) == 1 and not any(m.visiting for m in person.mentions):
                person.country = hosting.pop()  # "a visit to X at the invitation of President NAME": X's
                person.country_source = "story.host_of_visit"
                continue
            met_in = self._met_in(doc, person, meeting_places)
            if met_in and met_in != home or person in hosts:
                person.country = met_in or trip  # "In Suva, talks with Prime Minister NAME": a host on a tour
                person.country_source = "story.met_in" if met_in else "story.party_host"
                continue
            away = frozenset(c for m in person.mentions for c in (m.visiting, m.facing, m.posted) if c) \
                | ({trip} if trip and goes_along else frozenset())
            if home and any(m.visitor for m in person.mentions):
                away |= {home}  # "Visiting Minister NAME", "Ambassador NAME presented his credentials": the host's guest
            person.country, rule = settled_country(away, home, pair)
            if not person.country and home in away and site and site not in away:
                # "President NAME will travel to Angola" on a .zm site naming no pair: the site's
                person.country, rule = site, "story.visitor_site"
            person.country_source = f"{rule}.{home_rule}" if rule == "story.home" else rule or (
                "null.home_is_away" if home else f"null.no_home.{home_rule or 'untold'}")
        self._settle_facing(officials, [person for person in unsettled if person.country is None], pair)
        self._counterparts_abroad(officials, [person for person in unsettled if person.country == home], home, pair)
        self._second_holders(doc, officials, [person for person in unsettled if person.country == home], home, pair)
        self._consular_sides([person for person in unsettled if person.country == home], home_rule)
        for person in officials:
            if person.country is None and any(m.international for m in person.mentions):
                person.country_source = "null.international"
            elif person.country is None and not person.country_source:
                person.country_source = "null.untold"

    @staticmethod
    def _pair_other_home(officials, pair: Tuple[str, ...]) -> Optional[Tuple[str, str]]:
        """ "Costa Rica will host Chilean President A ... A will meet President B": a story between
        two states that tells none of its own, whose officials' own words give one state of the
        pair only ("Chilean President", "President of the People's Republic of China"), gives
        its bare offices to the other: the side it names its guests from. None otherwise."""
        told = {person.country for person in officials if person.country
                and person.country_source.startswith(OWN_WORDS_RULES)}
        if len(pair) != 2 or len(told) != 1 or not told <= set(pair):
            return None
        if any(person.country and person.country not in told and not person.country_source.startswith(KNOWN_HOLDER)
               for person in officials):
            return None
        return other_of(pair, next(iter(told))), "pair_other"

    def _company_officers(self, doc: Doc, unsettled) -> set:
        """Those whose office is held in a body the story calls a company ("Chinese group Hexing
        Electrical ... Hexing Electrical Chairman NAME", "General Electric Company ... Chief
        Executive Officer of GE, NAME"): they serve no state, whatever the story's home
        (``COMPANY_NOUN``); the ids of those people, whose source is set."""
        placed = {k for span in spans_in(doc, settings.SPANS_PLACES) for k in range(span.start, span.end)}
        companies = self._company_names(doc, placed) if unsettled else set()
        found = set()
        lowers = lower_words(doc)
        for person in unsettled:
            for m in person.mentions:
                bounds = char_token_bounds(doc, m.start, m.end)
                if bounds is None:
                    continue
                before = bounds[0]
                if before >= 2 and is_possessive(doc, before - 1) and lowers[before - 2] in self.words["COMPANY_NOUN"]:
                    person.country_source = "null.company"  # "the mining giant's chairman NAME", "the firm's CEO NAME"
                    found.add(id(person))
                    break
                if not companies:
                    continue
                while before > 0 and bounds[0] - before < COMPANY_NAME_REACH and self._company_word(doc, before - 1, placed):
                    before -= 1  # "Hexing Electrical| Chairman NAME"
                if set(self._capital_runs(doc, before, bounds[1], placed | set(range(*m.name_span)))) & companies:
                    person.country_source = "null.company"
                    found.add(id(person))
                    break
        return found

    def _company_names(self, doc: Doc, placed: set) -> set:
        """The names the story calls a company: the capitalised words right after or right before
        a company noun ("group Hexing Electrical", "General Electric Company"), and the initials
        of the latter ("GE")."""
        names = set()
        for k in token_indices(doc, "LOWER", self.words["COMPANY_NOUN"]):
            names.update(self._capital_runs(doc, k + 1, min(len(doc), k + 1 + COMPANY_NAME_REACH), placed, first=True))
            start = k
            while start > 0 and k - start < COMPANY_NAME_REACH and self._company_word(doc, start - 1, placed, offices=True):
                start -= 1
            run = token_texts(doc)[start:k]
            if run:
                names.add(" ".join(run))
                if len(run) >= 2:
                    names.add("".join(word[0] for word in run))  # "General Electric" -> "GE"
        return names

    def _company_word(self, doc: Doc, k: int, placed: set, offices: bool = False) -> bool:
        """A capitalised word that may be part of a company's name: no word of a place or of a
        state (``placed``), no small word, no office word unless ``offices`` ("General Electric")."""
        tok = doc[k]
        return (tok.is_title or tok.is_upper) and tok.is_alpha and not tok.is_stop and k not in placed \
            and (offices or tok.text not in self.title_words and tok.text not in self.office_openers)

    def _capital_runs(self, doc: Doc, start: int, end: int, skip: set, first: bool = False) -> List[str]:
        """The runs of company-name words between ``start`` and ``end`` (none in ``skip``), as
        text; ``first``: only the run that opens at ``start``."""
        runs, run = [], []
        for k in range(start, end):
            if k not in skip and self._company_word(doc, k, skip):
                run.append(token_texts(doc)[k])
                continue
            if run:
                runs.append(" ".join(run))
                run = []
            if first:
                break
        return runs + ([" ".join(run)] if run else [])

    def _consular_sides(self, homed, home_rule: str) -> None:
        """A consul serves abroad, in the town of his post: given the home of a story filed there
        (its dateline), a bare "Consul General NAME" is the guest of that state, not its own; and
        where a consulate's story gives its consuls its state (the site's, the state named most),
        the mayor or governor they meet there ("Consul General A attended the reception of Mayor
        B") is the host's, whose state the story does not tell."""
        def head(person) -> set:
            return set(self._office_head((person.title or "").split()).split())
        consuls = [person for person in homed if head(person) & self.words["CONSULAR_WORD"]]
        locals_ = [person for person in homed if self._office_head((person.title or "").split())
                   in self.words["LOCAL_OFFICE"]]
        if not consuls:
            return
        for person in consuls if home_rule == "dateline" else locals_:
            person.country = None
            person.country_source = "null.consular_side"

    def _second_holders(self, doc: Doc, officials, homed, home: Optional[str], pair: Tuple[str, ...]) -> None:
        """ "President A bade farewell to the US ambassador ... the successor appointed by President
        B will promote ties between the US and Somalia": a state has one holder of a sole office
        (``SOLE_OFFICE``: president, prime minister ...), so a second one given the story's home by
        a bare office, after another holder of the home's (told, or given the home before him),
        serves the other state of the story's pair when his sentence names that state."""
        other_state = other_of(pair, home)
        if not other_state:
            return
        sole, past = self.words["SOLE_OFFICE"], self.words["PAST_HOLDER_WORD"]
        first = {id(person): min(m.start for m in person.mentions) for person in officials if person.mentions}
        named = [s.start for s, place in _body_states(doc) if place["country"] == other_state]
        for person in homed:
            office = (person.title or "").casefold()
            if office not in sole or any(_word_before(tokenised_text(doc), m.start) in past for m in person.mentions):
                continue  # "then-foreign minister NAME", "the late President NAME": another time's holder
            if not any(other is not person and other.country == home and (other.title or "").casefold() == office
                       and (first[id(other)] < first[id(person)] or not other.country_source.startswith("story."))
                       for other in officials):
                continue
            sentences = {sentence_of(doc, bounds[0]).start for bounds in
                         (char_token_bounds(doc, m.start, m.end) for m in person.mentions) if bounds is not None}
            if any(sentence_of(doc, k).start in sentences for k in named):
                person.country, person.country_source = other_state, "story.second_holder"

    @staticmethod
    def _counterparts_abroad(officials, homed, home: Optional[str], pair: Tuple[str, ...]) -> None:
        """ "President NAME will visit Rwanda ... talks between the Head of State and his
        counterpart NAME": one whose only office is "counterpart", given the story's home, is
        the counterpart of the official named last before him; when that one is of the home,
        he serves the other state of the story's pair (none when the story has no pair)."""
        mentions = sorted(((m.start, person) for person in officials for m in person.mentions), key=lambda x: x[0])
        for person in homed:
            if not home or any((m.title or "").casefold() not in COUNTERPART_TITLES for m in person.mentions):
                continue
            for mention in person.mentions:
                before = [other for start, other in mentions if start < mention.start and other is not person]
                if before and before[-1].country == home:
                    person.country = other_of(pair, home)
                    person.country_source = "story.counterpart_pair" if person.country else "null.counterpart_of_home"
                    break

    @staticmethod
    def _escorted_states(officials) -> Dict[int, str]:
        """For each person who goes along with a named official whose state is told, that state."""
        owner = {(m.start, m.end): person for person in officials for m in person.mentions}
        found = {}
        for person in officials:
            states = {owner[m.escorts].country for m in person.mentions
                      if m.escorts in owner and owner[m.escorts] is not person and owner[m.escorts].country}
            if len(states) == 1:
                found[id(person)] = states.pop()
        return found

    def _party_hosts(self, doc: Doc, officials, trip: Optional[str]) -> List:
        """Those the party of the story's one trip meets there: one who faces the visitor or one
        who goes with him ("NAME, accompanied by A, met with B in Washington"), or one met in a
        sentence that tells of the party ("In the meeting with B, the delegation discussed ..."),
        and neither visits nor goes along himself, is of the state visited."""
        if not trip:
            return []
        owner = {(m.start, m.end): person for person in officials for m in person.mentions}
        party = {id(person) for person in officials
                 if any(m.accompanies or m.visiting == trip for m in person.mentions)}
        party_sentences = {sentence_of(doc, i).start for i, word in enumerate(lower_words(doc)) if word in DELEGATION_NOUNS}
        return [person for person in officials if id(person) not in party and any(
            m.faces and id(owner.get(m.faces)) in party or self._met_by_party(doc, m, party_sentences)
            for m in person.mentions)]

    def _met_in(self, doc: Doc, person, meeting_places: Dict[int, set]) -> Optional[str]:
        """The state of the place where a person whose office tells no state is met: a word of
        meeting just before his mention, in a sentence that tells one place "in" which it
        happens ("In Port Vila, the delegation will meet with Prime Minister NAME", "Meetings in
        Apia with Prime Minister NAME"); ``meeting_places``: those states by sentence."""
        for mention in person.mentions:
            bounds = char_token_bounds(doc, mention.start, mention.end)
            if bounds is None or not self._meeting_cue_before(doc, bounds[0]):
                continue
            states = meeting_places.get(sentence_of(doc, bounds[0]).start, ())
            if len(states) == 1:
                return next(iter(states))
        return None

    def _meeting_places(self, doc: Doc) -> Dict[int, set]:
        """For each sentence, the states of the towns and countries it names after "in" (never a
        seat of international bodies: "in New York" at the UN tells no host)."""
        found: Dict[int, set] = {}
        lowers = lower_words(doc)
        for k, place in self._places(doc)[0].items():
            if k > 0 and lowers[k - 1] == "in" and place_kind(place) in ("city", "country") \
                    and span_text(place) not in self.words["BODY_SEAT_CITY"]:
                found.setdefault(sentence_of(doc, k).start, set()).add((span_value(place, "nf_place") or {}).get("country"))
        return found

    def _meeting_cue_before(self, doc: Doc, k: int) -> bool:
        lowers = lower_words(doc)
        return any(lowers[i] in self.words["FACING_CUE"] or lowers[i] in self.words["MEETING_VERB"]
                   for i in range(max(sentence_of(doc, k).start, k - MET_CUE_REACH), k))

    def _met_by_party(self, doc: Doc, mention: OfficialMention, party_sentences) -> bool:
        """Whether the mention is whom a visiting party meets: a word of meeting or facing just
        before it ("the meeting with Mr. NAME", "the delegation also met Minister NAME") in a
        sentence that names the party (a delegation; ``party_sentences``: their starts)."""
        bounds = char_token_bounds(doc, mention.start, mention.end)
        return bounds is not None and sentence_of(doc, bounds[0]).start in party_sentences \
            and self._meeting_cue_before(doc, bounds[0])

    @staticmethod
    def _bare_trip(officials) -> Optional[str]:
        """The story's one trip when its officials visit several states: the one state visited by
        those whose offices tell no state, the teller's own ("Prime Minister NAME arrived in
        Russia ... an invitation to President NAME to visit Pakistan": the trip is to Russia)."""
        visited = {m.visiting for person in officials if person.country is None
                   for m in person.mentions if m.visiting}
        return visited.pop() if len(visited) == 1 else None

    @staticmethod
    def _party_state(officials, trip: Optional[str]) -> Optional[str]:
        """The state of the party that makes the story's one trip: the visitor and those who go
        with him ("She is accompanied by ... the Ambassador of X to Y, ..."), when the offices of
        the party tell one state, other than the one visited ("?" when they tell two). With no
        trip told, the party is those listed going along ("He is flanked by Finance Minister A
        and X's Communications Director B")."""
        party = [person for person in officials  # no trip told: those listed going along
                 if any(m.accompanies or trip and m.visiting == trip for m in person.mentions)]
        told = {person.country for person in party if person.country and person.country != trip}
        if len(told) > 1:
            return "?"  # visitors of two states on one trip: whose party is not told
        return told.pop() if len(told) == 1 and len(party) >= 2 else None

    @staticmethod
    def _settle_facing(officials, unsettled, pair: Tuple[str, ...]) -> None:
        """ "Minister NAME held talks with Ambassador NAME": one left without a state who faces an
        official whose state the story settled serves the other state of the story's pair."""
        owner = {(m.start, m.end): person for person in officials for m in person.mentions}
        for person in unsettled:
            faced = [owner.get(m.faces) for m in person.mentions if m.faces]
            states = {other.country for other in faced if other is not None and other is not person and other.country}
            if len(states) == 1:
                person.country = other_of(pair, states.pop()) or person.country
                person.country_source = "story.facing_pair" if person.country else person.country_source

    def _story_pair(self, doc: Doc, offices=()) -> Tuple[str, ...]:
        """The two states the story is between (:func:`office_country.story_pair`), from the
        states its body names (countries and demonyms) and those it names coordinated ("India
        and Mexico", "PNG-Australia")."""
        states = [(s, place) for s, place in _body_states(doc) if place.get("kind") in ("country", "demonym")]
        states.sort(key=lambda state: state[0].start)
        lowers = lower_words(doc)
        joined = [b[0].start - a[0].end in (1, 2) and all(w in STATE_JOINERS for w in lowers[a[0].end:b[0].start])
                  for a, b in zip(states, states[1:])]
        listed = [b[0].start - a[0].end in (1, 2) and all(w in STATE_JOINERS or w == "," for w in lowers[a[0].end:b[0].start])
                  for a, b in zip(states, states[1:])]
        # a pair joined alone ("India and Mexico"), not two items of a longer list ("a tour to
        # Kazakhstan, Kyrgyzstan and Uzbekistan"), nor two places gone to ("will travel to Italy
        # and the Holy See"): the traveller's state is neither
        ends = {span.end: span for span in spans_in(doc, settings.SPANS_PLACES)}
        coordinated = [(states[i][1]["country"], states[i + 1][1]["country"]) for i, linked in enumerate(joined)
                       if linked and not (i > 0 and listed[i - 1]) and not (i + 1 < len(listed) and listed[i + 1])
                       and not self._destination(doc, states[i][0].start, ends)]
        sides = self._sides(doc, states, offices)  # once, not once per state
        return story_pair([place["country"] for _, place in states if place["country"] in sides], coordinated)

    def _sides(self, doc: Doc, states, offices) -> set:
        """The states that may be a side of the story: of a tour ("her visit to Kyrgyzstan ... a
        tour to Kazakhstan, Kyrgyzstan and Uzbekistan"), the states named only where someone goes
        are none; a single state gone to is ("Foreign Minister NAME came to Uganda")."""
        ends = {span.end: span for span in spans_in(doc, settings.SPANS_PLACES)}
        named = {place["country"] for span, place in states if not self._destination(doc, span.start, ends)
                 or span.end < len(doc) and is_possessive(doc, span.end)  # "a visit to Vietnam's neighbour"
                 or any(a <= span.start_char < b for a, b in offices)}  # "Ambassador to Ghana": a posting
        gone_to = {place["country"] for _, place in states} - named
        return named if len(gone_to) > 1 else named | gone_to

    def _tail_title(self, doc: Doc, title: _Title, tail: int, by_start) -> str:
        """The words of an office run to ``tail`` over a complement read first as a name, a
        state's body inside it cut as in any office ("... at the Zambian Ministry of X")."""
        longer = replace(title, end=tail, outer_end=tail, text=None)
        self._cut_body_state(doc, longer, by_start)
        return longer.text or text_of(doc, title.start, tail)

    def _complement_tail(self, doc: Doc, head: Span, title: _Title, forward: OfficialMention) -> int:
        """When the words read as a name after a title with a complement ("Minister of
        Emergency Situations,", "Commander of the Cyber Crime Investigation Bureau,",
        "... Investment Promotion for Commerce and Industry,") rather close that complement:
        the end of the complement, running to the closing comma; 0 when they read as a name.
        Only a single word or words ending in an office word, with no honorific before them,
        straight after a complement ("Secretary Manalo, who" has none)."""
        sent = sentence_of(doc, head.start)
        start, end = forward.name_span
        while end < sent.end and token_texts(doc)[end] in self.title_words:
            end += 1  # "... Cyber Fraud Suppression| Bureau": a body word no name holds
        if forward.comma_gap or forward.honorifics or start != title.outer_end or title.end != title.outer_end:
            return 0
        if not any(w in COMPLEMENT_PREPOSITIONS for w in lower_words(doc)[head.end:title.outer_end]):
            return 0
        if end - start > 1 and token_texts(doc)[end - 1] not in self.title_words:
            return 0
        k = end
        if k < sent.end and lower_words(doc)[k] in COMPLEMENT_PREPOSITIONS:
            # the complement goes on: "Promotion for Commerce and Industry,"
            j = k + 1
            while j < sent.end and j - k <= 10 and (doc[j].is_title or lower_words(doc)[j] in ("of", "for", "and", "the", "&", "on", "to")):
                j += 1
            if j < sent.end and token_texts(doc)[j] == "," and doc[j - 1].is_title:
                return j
        if k >= sent.end or token_texts(doc)[k] in (",", ".", ";", ")") or doc[k].is_space:
            return end
        return 0

    def _bare_portfolio_end(self, doc: Doc, k: int, limit: int, honorifics, head_starts, by_start) -> int:
        """Where an office's portfolio or body written right after it, with no preposition, ends:
        "Secretary Excise Dr NAME", "DG Narcotics Control NAME NAME", "Chairman PTA Mr. NAME"
        (title words or an acronym, then a style or a name of two words or more), "Chairman Pakistan
        Telecommunication Authority (PTA)" (capitalised words that reach a ``BODY_HEAD_WORD``, a
        body's name, never a person's); ``k`` when the words after the office are a name."""
        texts = token_texts(doc)
        title, upper, alpha = token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_UPPER"), token_ids(doc, "IS_ALPHA")  # no Token per look
        j = k
        while j < limit and j - k < BARE_PORTFOLIO_REACH and j not in honorifics and j not in head_starts \
                and (title[j] or upper[j]) and alpha[j]:
            j += 1
            if texts[j - 1] in self.words["BODY_HEAD_WORD"] and texts[j - 1] in self.title_words \
                    and (j >= limit or not (title[j] and alpha[j])):
                return j  # a body's name ends here
        j = k
        while j < limit and j - k < BARE_PORTFOLIO_REACH and j not in honorifics and j not in head_starts and (
                place_kind(by_start.get(j)) in ("region", "city") and j == k  # "IGP Punjab NAME", "Commissioner Lahore NAME"
                or texts[j] in self.title_words and title[j]
                or upper[j] and alpha[j] and 2 <= len(texts[j]) <= 6
                and texts[j] not in self.names.post_nominals and texts[j] not in self.one_word_styles
                or lower_words(doc)[j] in ("and", "&") and texts[j - 1] in self.title_words and j + 1 < limit
                and texts[j + 1] in self.title_words):
            j = by_start[j].end if j in by_start else j + 1
        if j == k and k + 1 < limit and title[k] and alpha[k] and k not in honorifics and k not in head_starts \
                and self._institution_after_comma(doc, k + 1, limit, by_start):
            return k + 1  # "Director Pharmacy, State Ministry of Health, NAME": the portfolio, then its ministry
        if j == k or j >= limit or lower_words(doc)[j - 1] in ("and", "&"):
            return k
        if self.known_holders.full_name_country(text_of(doc, k, max(k, self.names.read_name(doc, k, limit))), opens=True):
            return k  # a known holder's given name, not a town or a body: "Prime Minister KP Sharma Oli"
        # a name of two words: "Senator Kamina Lopez-Poma" is a given name and one hyphenated
        # word, no town of the office ("Commissioner Lahore Ali Khan")
        # the place alone set off by a comma before the name: "Chief Minister Punjab, NAME" (session 24)
        at = j + int(texts[j] == "," and k in by_start and by_start[k].end == j)
        return j if j in honorifics or len(text_of(doc, at, max(at, self.names.read_name(doc, at, limit))).split()) >= 2 else k

    def _office_plural(self, word: str) -> bool:
        """ "The Deputy Governors, A and B", "Deputy Inspectors-General of Police A and B": the
        plural of an office after its modifier is the office, never a name."""
        return word in self.plural_office_words or len(word) > 3 and word.endswith("s") and word[:-1] in self.office_openers

    def _full_name(self, doc: Doc, mention: OfficialMention) -> bool:
        """A name that reads as a person's for sure: after a style, or of two words or more none
        of which stands in titles ("Trade" after "Secretary-General," is a portfolio)."""
        start, end = mention.name_span
        return bool(mention.honorifics) or end - start >= 2 and not any(
            t.text in self.title_words for t in doc[start:end])

    def _listed_single_name(self, doc: Doc, mention: OfficialMention) -> bool:
        """ "attended by the Minister of X, A B, the Minister of Education, Adamu, and the ...": one
        name word set off by commas after an office that "the" opens, closed by a comma or "and",
        is an item of a list of offices and holders, no portfolio of the office before."""
        start, end = mention.name_span
        lead = char_token_bounds(doc, mention.start, mention.end)
        return bool(mention.comma_gap) and end - start == 1 and doc[start].text not in self.title_words \
            and lead is not None and lead[0] > 0 and lower_words(doc)[lead[0] - 1] == "the" \
            and end < len(doc) and lower_words(doc)[end] in (",", "and")

    def _possessive_state(self, doc: Doc, k: int, limit: int, by_start) -> Tuple[Optional[str], int]:
        """ "incoming SADC chair, Madagascar's NAME": a state's possessive between the comma and
        the name is the holder's state; returns it and where the name starts."""
        place = by_start.get(k)
        if place is None or (span_value(place, "nf_place") or {}).get("kind") != "country" or place.end + 1 >= limit \
                or not is_possessive(doc, place.end) or not doc[place.end + 1].is_title \
                or token_texts(doc)[place.end + 1] in self.title_words:  # "Serbia's First Deputy Prime Minister NAME"
            return None, k
        return span_value(place, "nf_place").get("country"), place.end + 1

    def _portfolio_after_comma(self, doc: Doc, k: int, limit: int, title: _Title) -> int:
        """ "Minister of State, Aviation, NAME": portfolio words between two commas after an
        office are its own, and the name follows them. Returns where the name starts."""
        j = k
        while j < limit and j - k < 3 and token_texts(doc)[j] in self.title_words:
            j += 1
        body_end = self._comma_body_end(doc, k, limit)  # "Principal Secretary, Vidhan Sabha, NAME"
        if body_end > k and body_end < limit and lower_words(doc)[body_end] in ("at", "of"):
            body_end = self._owner_body_end(doc, body_end, limit)  # "Deputy Director, X Department at the Y Fund, NAME"
        j = max(j, body_end)
        # the body's acronym in brackets after it stays out of the title, and a comma after it
        # may be left out: "Director-General, X Agency (XA) NAME", "CEO, Y Council (YC), NAME" (session 24)
        acronym = self._bracketed_acronym_end(doc, j, limit) if body_end > k and j < limit and token_texts(doc)[j] == "(" else 0
        name_at = (acronym + int(acronym < limit and token_texts(doc)[acronym] == ",")) if acronym else j + 1
        if j == k or name_at >= limit or not acronym and token_texts(doc)[j] != "," \
                or self.names.read_name(doc, name_at, limit) == name_at:
            return k
        title.text = f"{title._words(doc)}, {text_of(doc, k, j)}"
        return name_at

    def _owner_body_end(self, doc: Doc, k: int, limit: int) -> int:
        """After a body's name and "at"/"of" at ``k``, the end of the body it belongs to when a
        comma closes it ("Department| at the International Monetary Fund|, NAME"); ``k`` else."""
        j = k + 1 + int(k + 1 < limit and lower_words(doc)[k + 1] == "the")
        start = j
        while j < limit and j - start < BODY_AFTER_COMMA_REACH + 2 and doc[j].is_alpha and (
                doc[j].is_title or doc[j].is_upper or lower_words(doc)[j] in ("and", "of", "&") and j > start):
            j += 1
        return j if j > start and j < limit and token_texts(doc)[j] == "," and doc[j - 1].is_title else k

    def _comma_body_end(self, doc: Doc, k: int, limit: int) -> int:
        """ "Chief Whip, Democratic Alliance", "Counsellor, Consular Department", "Deputy Director,
        Monetary and Capital Markets Department": capitalised words (and "and" between two of
        them) after an office and a comma that reach a body's word name the body, not a person.
        Returns the end of the body's words (``k`` when they name none)."""
        j = k
        while j < limit and j - k < BODY_AFTER_COMMA_REACH + 2 and doc[j].is_alpha and (
                doc[j].is_title or doc[j].is_upper
                or lower_words(doc)[j] in ("and", "&") and j > k and j + 1 < limit and doc[j + 1].is_title):
            j += 1
            if token_texts(doc)[j - 1] in self.words["BODY_HEAD_WORD"] or token_texts(doc)[j - 1] in self.words["INSTITUTION_WORD"]:
                return j
        return k

    def _name_after(self, doc: Doc, head: Span, title: _Title, places, honorifics,
                    head_starts=frozenset(), honorific_ends=None) -> Optional[OfficialMention]:
        """Title first: "Deputy Home Minister Datuk Seri Dr Shamsul Anuar Nasarah"."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        sent = sentence_of(doc, head.start)
        k = is_acronym_paren(doc, title.outer_end, sent.end)  # "... Organisation (WHO), Tedros"
        k = k if k > title.outer_end or k >= sent.end or texts[k] != "(" \
            else self._bracketed_acronym_end(doc, k, sent.end) or k  # "... Representatives (HoR), NAME"
        holder_state, k = self._counterpart_origin(doc, head, k, sent.end, places[0])
        holder_rule = "country.counterpart_from" if holder_state else ""
        loose = 0 if k != title.outer_end or title.text or self._after_named_apposition(doc, min(title.lead, title.start), sent) \
            else self._loose_complement_end(doc, k, sent.end, places[0],
                                            any(t.lower_ in COMPLEMENT_PREPOSITIONS for t in doc[head.end:k]))
        if loose:
            k = is_acronym_paren(doc, loose, sent.end)  # "The head of the 30-member bloc, NAME, said": checked closed below
        comma_gap = k < sent.end and (texts[k] == "," or _spaced_dash(doc, k))
        if comma_gap and title.lead == head.start and title.end == head.end and span_text(head) in self.names.post_nominals:
            return None  # "NAME, MP, Parliamentary Secretary ...": bare letters before a comma close a name, open none
        if comma_gap:
            k += 1
            seat = places[0].get(k)
            if seat is not None and place_kind(seat) == "city" and seat.end + 1 < sent.end \
                    and texts[seat.end] == "," and seat.end + 1 in honorifics:
                k = seat.end + 1  # "Commander of the 23 Armoured Brigade, Yola, Brigadier General NAME": its seat
                holder_state, holder_rule = holder_state or _place_country(seat), holder_rule or "country.title_comma_city"
            k = self._portfolio_after_comma(doc, k, sent.end, title)
            k += int(k + 1 < sent.end and texts[k] in self.words["RETIRED_MARK"])  # ", retired NAME"
            state, k = self._possessive_state(doc, k, sent.end, places[0])
            holder_rule = holder_rule or ("country.possessive_after_comma" if state else "")
            holder_state = holder_state or state
        name_start, hons = self._honorifics_after(k, sent.end, honorifics)
        # "H.E. Minister of Labour Dr NAME", "Hon. Minister for Health NAME": the style is the person's
        lead = min(title.lead, title.start)
        lead -= int(lead > 0 and lowers[lead - 1] == "the")  # "His Excellency the Secretary-General, NAME"
        style = (honorific_ends or {}).get(lead)
        styles_before_title = int(style is not None and span_text(style) in self.pre_title_styles)
        if styles_before_title:
            hons = [style] + hons
        name_end = self.names.read_name(doc, name_start, sent.end)
        # a name never runs into an honorific or an office ("Deputy Premier Datuk Amar ..."); a
        # style word that ends the name styles no one after it: a family name ("Francine Baron;")
        name_end = next((i for i in range(name_start + 1, name_end)
                         if (i in honorifics and lowers[i - 1] not in self.names.particles
                             and texts[i] not in self.name_internal_styles and honorifics[i].end < name_end)
                         or i in head_starts),
                        name_end)
        if name_end == name_start or name_start in head_starts or self._is_place(places, name_start, name_end) \
                or self._office_plural(texts[name_start]) \
                or self._names_a_thing(doc, name_start, name_end, sent.end) \
                or comma_gap and not hons and self._comma_body_end(doc, name_start, sent.end) > name_start:
            return None  # "his counterpart, Foreign Minister Park": the next title, not a name
        if loose:
            # ("Speaker of the parliament, Hon. NAME met ...": a style after the comma marks the holder)
            if not ((self._closed_apposition(doc, name_end, sent.end) or hons) and (name_end - name_start >= 2 or hons)):
                return None
            title = replace(title, end=loose, outer_end=loose)
        # "incoming SADC chair, Madagascar's NAME": the state named with him is his
        international = self._international(doc, title) and not title.state_named and not holder_state
        country = title.country or holder_state
        country_rule = title.country_rule if title.country else holder_rule
        of = name_end + int(name_end < sent.end and texts[name_end] in self.names.post_nominals)  # "NAME MP of Canada"
        owner = self._state_name_start(doc, of + 1, sent.end)
        if owner < sent.end and lowers[of] == "of" and owner in places[0]:
            country_rule = country_rule if country else "country.name_of"
            country = country or _place_country(places[0][owner])  # "Xanana Gusmao of Timor-Leste", "... of the United States"
        return OfficialMention(
            start=doc[min(title.lead, title.start)].idx,
            end=doc[name_end - 1].idx + len(doc[name_end - 1]),
            name=text_of(doc, name_start, name_end),
            name_tokens=tuple(w for w in texts[name_start:name_end] if w not in HYPHENS),
            title=self._portfolio_after_name(doc, head, title, of, sent.end, places[0]),
            honorifics=[honorific_form(span_text(h)) for h in hons if h.label_ == "HONORIFIC"],
            country=None if international else country, international=international,
            rule=f"{title.rule}+name", country_rule=country_rule if country else "",
            # (a style stands right before the name: not "the Ambassador of X, NAME", cut to its head)
            title_is_style=span_text(head) in self.style_titles and title.start == head.start and title.end == head.end
            and title.outer_end == head.end and not comma_gap,
            styles_before_title=int(bool(styles_before_title) and hons[0].label_ == "HONORIFIC"),
            name_span=(name_start, name_end), comma_gap=comma_gap,
        )

    def _portfolio_after_name(self, doc: Doc, head: Span, title: _Title, k: int, limit: int, by_start) -> str:
        """The title's words, with the portfolio written after the holder's name when the office
        came bare before it: "Minister NAME of Foreign Affairs" is the "Minister of Foreign
        Affairs" (capitalised portfolio words after "of"; no place: "NAME of Kenya" is his state)."""
        words = title.words(doc)
        if not (title.start == head.start and title.end == head.end and k + 2 <= limit
                and lower_words(doc)[k] == "of" and k + 1 not in by_start):
            return words
        end = k + 1
        while end < limit and doc[end].is_title and token_texts(doc)[end] in self.title_words and end not in by_start \
                or end + 1 < limit and lower_words(doc)[end] == "and" and end > k + 1 and doc[end + 1].is_title \
                and token_texts(doc)[end + 1] in self.title_words:
            end += 1
        return f"{words} {text_of(doc, k, end)}" if end > k + 1 and not doc[end - 1].lower_ == "and" else words

    @staticmethod
    def _counterpart_origin(doc: Doc, head: Span, k: int, limit: int, by_start) -> Tuple[Optional[str], int]:
        """ "his counterpart from Poland(,) NAME", "... from the Republic of Poland": the state after
        "from" at ``k`` (a state's article is no name's) and the index after it; (None, k) else."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        at = k + 1 + int(k + 2 < limit and lowers[k + 1] == "the")
        origin = by_start.get(at) if at < limit and lowers[k] == "from" \
            and span_text(head).lower() == "counterpart" else None
        if origin is not None and (span_value(origin, "nf_place") or {}).get("kind") == "country":
            return _place_country(origin), origin.end
        return None, k

    def _state_name_start(self, doc: Doc, k: int, limit: int) -> int:
        """Where the state's own name starts in the words from ``k`` after "of": past "the" and
        the words of a formal name before another "of" ("of the Republic of| Niger", "of the
        Kingdom of| Bhutan"); ``k`` (past "the") when there are none."""
        lowers, texts = lower_words(doc), token_texts(doc)
        k += int(k + 1 < limit and lowers[k] == "the")
        j = k
        while j < limit and texts[j] in self.words["STATE_WORD"]:
            j += 1
        if j == k or not (j + 1 < limit and lowers[j] == "of"):
            return k
        return j + 1 + int(j + 2 < limit and lowers[j + 1] == "the")

    def _described_office_start(self, doc: Doc, head: Span, k: int, limit: int) -> int:
        """ "NAME, the visionary Chairman of X": lowercase describing words between the
        apposition's determiner after a comma and a capitalised office stay out of its title."""
        if k - 1 > limit and lower_words(doc)[k - 1] in self.words["STATUS_WORD"] \
                and lower_words(doc)[k - 2] in APPOSITION_DETERMINERS:
            return k - 1  # "NAME is the new Australian High Commissioner": the status word before the state
        j = self._describing_words_start(doc, k, limit)
        if j == k or span_text(head).islower() or j - 2 <= limit or token_texts(doc)[j - 2] != "," \
                or lower_words(doc)[j - 1] not in APPOSITION_DETERMINERS:
            return k
        return j

    def _name_before(self, doc: Doc, head: Span, title: _Title, places, honorifics, honorific_ends,
                     inside_honorific, head_tokens=frozenset()) -> Optional[OfficialMention]:
        """Name first, in apposition: "H.E. Dr. Xiao Jianguo, Chinese Ambassador to Timor-Leste"."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        sent = sentence_of(doc, head.start)
        k = title.lead
        while span_text(head).islower() and k > sent.start and k > title.lead - 2 and doc[k - 1].is_lower \
                and doc[k - 1].is_alpha and not doc[k - 1].is_stop:
            k -= 1  # "group chief executive officer", "senior adviser"
        # "NAME, UNESCO's Assistant Director-General": the body whose office it is
        body_start = k
        if k - 2 > sent.start and lowers[k - 1] in POSSESSIVES and not doc[k - 2].is_lower:
            body_start = k - 2
            while body_start - 1 > sent.start and (doc[body_start - 1].is_title or doc[body_start - 1].is_upper) \
                    and doc[body_start - 1].is_alpha:
                body_start -= 1
        body = doc[body_start:k - 1] if body_start < k else None
        k = body_start
        # "NAME, the foreign minister", "Rui Costa, her Chilean counterpart, ..."
        k = self._described_office_start(doc, head, k, sent.start)
        if k > sent.start and lowers[k - 1] in APPOSITION_DETERMINERS:
            k -= 1
        cue = self._relative_cue(doc, k, sent.start)
        k -= len(cue)  # "NAME, who is (also) president of the X Bank, told"
        role = 0 if cue else self._role_verb_before(doc, k, sent.start)
        k -= role  # "NAME will serve as Acting Prime Minister": no comma
        line_break = role > 0
        if k == sent.start and not cue and not role and k >= 3 and doc[k - 1].is_space and "\n" in texts[k - 1]:
            # a list of one line a name, the next its office: "H.E. NAME,\nMinister of ..."; without
            # the comma when the office fills its line and the name's line opens with a style
            if texts[k - 2] == ",":
                k -= 1
            elif self._name_line_start(doc, k - 1, inside_honorific) is not None and self._line_ends(doc, title.outer_end):
                line_break = True
            sent = sentence_of(doc, k - 2)
        glued = not (cue or role or line_break) and self._glued_apposition(doc, k, head, title, sent)
        # "Mr NAME (Chief Whip, X Party) and Ms NAME (Whip)": the office in brackets after a name
        bracketed = k > sent.start + 1 and texts[k - 1] == "(" and title.outer_end < sent.end \
            and texts[title.outer_end] in BRACKET_CLOSERS
        if not (k > sent.start + 1 and (texts[k - 1] == "," or _spaced_dash(doc, k - 1) or line_break or glued
                                        or bracketed)):
            return None
        if k == title.lead == head.start and title.end == head.end and span_text(head) in self.names.post_nominals:
            return None  # "Hon. NAME, MLA, Minister of ...": bare letters after a name are post-nominals
        if span_text(head).islower() and title.outer_end == head.end and title.lead == title.start \
                and not (texts[k - 1] == "," and self._closed_apposition(doc, title.outer_end, sent.end)):
            return None  # ", the prime minister said" is too weak a cue; ", Kenya's envoy" is not
        name_start, name_end = self.names.read_name_backwards(doc, k - 1 + int(role > 0 or glued), sent.start)
        # a name never runs back over an honorific or an office ("Deputy Premier Datuk Amar NAME")
        for i in range(name_end - 1, name_start - 1, -1):  # its first word too: "Senator NAME, Minister of X"
            if i in head_tokens or (i in inside_honorific and texts[i] not in self.name_internal_styles
                                    and (i == 0 or lowers[i - 1] not in self.names.particles)):
                name_start = inside_honorific[i].end if i in inside_honorific else i + 1
                break
        while name_start < name_end and name_start in inside_honorific:
            name_start = inside_honorific[name_start].end  # honorifics were read as name words
        lead, hons = self._honorifics_before(doc, name_start, sent.start, honorific_ends)
        # a single name word needs a style or "who is" ("Vilay, who is Minister of ..., said")
        if name_end == name_start or not ((name_end - name_start >= 2) or hons or cue):
            return None
        if glued and (name_end - name_start < 2 or self._names_on_after(doc, lead, sent.start, head_tokens)
                      or self._body_words(doc[name_start:name_end])):
            return None
        if self._is_place(places, name_start, name_end) or not hons and name_start > sent.start \
                and lowers[name_start - 1] == "the":  # "from the Vidhan Mahal, the President": a thing
            return None
        title, international = self._apposed_title(doc, head, title, sent, places[0], role == 1 and lowers[k] == "as",
                                                   head_tokens)
        international = international or body is not None and any(t.text in self.international_bodies for t in body)
        return OfficialMention(
            start=doc[lead].idx, end=doc[title.end - 1].idx + len(doc[title.end - 1]),
            name=text_of(doc, name_start, name_end),
            name_tokens=tuple(w for w in texts[name_start:name_end] if w not in HYPHENS),
            title=title.words(doc),
            honorifics=[honorific_form(span_text(h)) for h in hons if h.label_ == "HONORIFIC"],
            country=None if international else title.country, international=international,
            rule=f"name+{title.rule}", country_rule=title.country_rule, name_span=(name_start, name_end), apposition=True,
            secondary="also" in cue,
        )

    def _loose_apposed_title(self, doc: Doc, head: Span, title: _Title, sent: Span, by_start, bare_as: bool) -> _Title:
        """The title of an apposition run to the comma that closes a complement the rules read
        loosely ("NAME, Minister of Solid Minerals Development, NAME"; after a bare "as" also to the
        sentence's end: "... and NAME as Acting Regent of Buru."); a state opening a body's name
        inside it is the office's ("chairman of the board of the Ghana Ports Authority")."""
        loose = 0 if title.text else self._loose_complement_end(doc, title.outer_end, sent.end, by_start,
                                                                 closers=(",", ";") + ((".",) if bare_as else ()))
        if not loose:
            return title
        title = replace(title, end=loose, outer_end=loose)
        body_state = next((by_start[j] for j in range(head.end, loose) if place_kind(by_start.get(j)) == "country"
                           and self._opens_body_name(doc, by_start[j].end, loose)), None)
        if title.country is None and body_state is not None:
            title = replace(title, country=_place_country(body_state), country_rule="country.title_of_country")
        return title

    def _apposed_title(self, doc: Doc, head: Span, title: _Title, sent: Span, by_start, bare_as: bool,
                       head_tokens) -> Tuple[_Title, bool]:
        """The title of an apposed office, run loosely to its comma and on over its units
        (:meth:`_units_after_comma`), and whether it is an international body's office (read on
        the office with and without its units: "Assistant Secretary-General, Trade and X")."""
        office = self._loose_apposed_title(doc, head, title, sent, by_start, bare_as)
        title = self._units_after_comma(doc, office, sent, by_start, head_tokens)
        if title.end > title.head_end + 1:  # the run read loosely may hold the state of a body too
            title = replace(title)
            self._cut_body_state(doc, title, by_start)
        return title, (self._international(doc, title) or self._international(doc, office)) and not title.state_named

    def _units_after_comma(self, doc: Doc, title: _Title, sent: Span, by_start, head_tokens) -> _Title:
        """ "NAME, Secretary, Economic Development, ...", "NAME, Deputy Secretary, Americas Group,
        Ministry of Foreign Affairs", "NAME, President, FPCCI and NAME2": after an apposed office
        that ends on a comma, up to two units of it set off by commas (portfolio words, a body's
        acronym, a body's or a ministry's name: ``_unit_end``) stay in its title, as written
        (session 23); not a name, a state ("NAME, Minister, Kenya"), nor another office."""
        if title.text is not None:
            return title
        end, outer = title.end, title.end
        for _ in range(UNITS_AFTER_COMMA):
            if outer + 1 >= sent.end or token_texts(doc)[outer] != ",":
                break
            unit = self._unit_end(doc, outer + 1, sent.end, by_start, head_tokens)
            if unit == outer + 1:
                break
            end = outer = unit
            state = by_start.get(unit + 1) if unit + 1 < sent.end and lower_words(doc)[unit] == "of" else None
            if place_kind(state) == "country" and (state.end == sent.end or token_texts(doc)[state.end] in (",", ".", ";")):
                outer = state.end  # "..., Foreign Affairs of the Ministry of Foreign Affairs of Colombia": the state leaves
                if title.country is None:
                    title = replace(title, country=_place_country(state), country_rule="country.title_of_country")
                break
        return title if end == title.end else replace(title, end=end, outer_end=outer)

    def _unit_end(self, doc: Doc, k: int, limit: int, by_start, head_tokens) -> int:
        """The end of the longest run of unit words from ``k`` (title words, acronyms, body and
        institution words; "and", "of", "the", "&", "for" between them) that a comma, a full stop,
        a semicolon, "and", "of" and a state, or the sentence's end closes; ``k`` when none."""
        texts, lowers = token_texts(doc), lower_words(doc)
        best, j = k, k
        while j < limit and j - k < UNIT_REACH:
            tok = doc[j]
            if j in head_tokens or place_kind(by_start.get(j)) in ("country", "demonym"):
                break
            if tok.is_alpha and (texts[j] in self.title_words or tok.is_upper and 2 <= len(tok) <= 6
                                 and texts[j] not in self.names.post_nominals and texts[j] not in self.one_word_styles):
                j += 1
                if j == limit or texts[j] in (",", ".", ";") or lowers[j] == "and" \
                        or lowers[j] == "of" and place_kind(by_start.get(j + 1)) == "country":
                    best = j  # (a state after "of" leaves the unit: "... Foreign Affairs| of Colombia.")
            elif lowers[j] in UNIT_JOINERS and j > k:
                j += 1
            else:
                break
        return best

    @staticmethod
    def _relative_cue(doc: Doc, k: int, limit: int) -> Tuple[str, ...]:
        """The words before an office at ``k`` that give it to the name before their comma: "who
        is (also)", "who serves as", "as"; () when there are none. "NAME will serve as X" is a
        role verb's, not this: "as" counts only right after the comma."""
        cue = next((c for c in RELATIVE_CUES if k - len(c) > limit and lower_words(doc)[k - 1] == c[-1]
                    and tuple(t.lower_ for t in doc[k - len(c):k]) == c), ()) \
            if k > limit and lower_words(doc)[k - 1] in _RELATIVE_CUE_ENDS else ()
        return () if cue == ("as",) and token_texts(doc)[k - 2] != "," else cue

    def _owner_preposition(self, doc: Doc, j: int, limit: int) -> bool:
        """Whether "of" introduces the state at ``j`` (across "the", lowercase words and a
        state's formal words: "of the sisterly Sultanate of| Oman")."""
        i = j - 1
        while i > limit and (lower_words(doc)[i] == "the" or doc[i].is_lower and doc[i].is_alpha and lower_words(doc)[i] != "of"
                             or self._state_word(doc, i)):
            i -= 1
        return lower_words(doc)[i] == "of"

    def _after_named_apposition(self, doc: Doc, lead: int, sent: Span) -> bool:
        """Whether the office at ``lead`` follows a name and a comma ("A, Chief of Staff to the
        President, B, Minister of ..."): in such a list it is the name before's office."""
        k = lead - int(lead > sent.start and lower_words(doc)[lead - 1] in ("the", "a", "an"))
        return k - 2 >= sent.start and token_texts(doc)[k - 1] == "," and self.names.is_name_word(doc[k - 2]) \
            and token_texts(doc)[k - 2] not in self.names.sentence_words

    def _loose_complement_end(self, doc: Doc, k: int, limit: int, by_start, in_complement: bool = False,
                              closers=(",",)) -> int:
        """The comma after an office's complement that its rules could not read ("President of
        the 12th assembly,", "Representative in Ghana,", "head of the 30-member bloc,"), or
        could read only in part ("Envoy to the Pacific| region,"): a preposition and a few
        words, no verb or pronoun among them; 0 when there is none. The name after the comma
        must close its apposition (checked by the caller)."""
        lowers = lower_words(doc)  # (the doc's word lists, read once)
        opens = k < limit and (lowers[k] in COMPLEMENT_PREPOSITIONS or lowers[k] == "in")
        if not (opens or in_complement and k < limit and doc[k].is_alpha and doc[k].is_lower):
            return 0
        for j in range(k + int(opens), min(limit, k + LOOSE_COMPLEMENT_REACH)):
            tok = doc[j]
            if tok.text in closers:
                return j if j > k + int(opens) else 0
            acronym_end = self._bracketed_acronym_end(doc, j, limit) if tok.text == "(" else 0
            if acronym_end and acronym_end < limit and token_texts(doc)[acronym_end] in closers:
                return j if j > k + int(opens) else 0  # "of Vastra Gotaland (VGR), NAME": the body's acronym
            if j in by_start and (span_value(by_start[j], "nf_place") or {}).get("kind") == "country" \
                    and self._owner_preposition(doc, j, k) and not self._opens_body_name(doc, by_start[j].end, limit):
                return 0  # "... of the sisterly Sultanate of Oman": whose the office is, read elsewhere
            if tok.is_stop and tok.lower_ not in self.words["COMPLEMENT_FUNCTION_WORD"] or tok.is_space \
                    or tok.is_punct and tok.text not in HYPHENS and tok.text not in POSSESSIVES:
                return 0
        return 0

    def _opens_body_name(self, doc: Doc, k: int, limit: int) -> bool:
        """Whether the state that ends at ``k`` opens a body's name ("of the Ghana| Ports
        Authority"): capitalised words after it reach a ``BODY_HEAD_WORD``."""
        j = k
        while j < limit and j - k < 4 and doc[j].is_title and doc[j].is_alpha:
            if token_texts(doc)[j] in self.words["BODY_HEAD_WORD"]:
                return True
            j += 1
        return False

    def _glued_apposition(self, doc: Doc, k: int, head: Span, title: _Title, sent: Span) -> bool:
        """A name right before a capitalised office that has more than its head, with no comma:
        "opened by NAME Ambassador of Norway to Kenya", "NAME Second Secretary at the embassy"."""
        # "signed by NAME the World Bank Country Manager": "the" alone between them, the comma left out
        k += int(k == title.lead - 1 and lower_words(doc)[k] == "the")
        return k == title.lead and k - 2 >= sent.start and not span_text(head).islower() \
            and (title.start < head.start or title.end > head.end) and self.names.is_name_word(doc[k - 1 - int(lower_words(doc)[k - 1] == "the")])

    @staticmethod
    def _names_on_after(doc: Doc, lead: int, limit: int, head_tokens) -> bool:
        """Whether the words before a name glued to its office run on from other capitalised
        words or an office ("Minister NAME Ambassador of ..."): then the name is not plainly the
        office's holder."""
        return lead > limit and (lead - 1 in head_tokens or doc[lead - 1].is_title or doc[lead - 1].is_upper
                                 or lower_words(doc)[lead - 1] in _BODY_OPENERS)

    def _body_words(self, words: Span) -> bool:
        """Whether capitalised words read as a name hold a word of a body's name ("Bangkok
        Metropolitan Administration Deputy Governor"): a glued office is then the body's."""
        return any(t.text in self.title_words or t.text in self.words["BODY_HEAD_WORD"]
                   or t.text in self.words["COMPANY_WORD"] or t.text in self.words["INSTITUTION_WORD"]
                   or t.text in self.words["THING_HEAD"] for t in words)

    @staticmethod
    def _closed_apposition(doc: Doc, end: int, limit: int) -> bool:
        """ "NAME, the foreign minister, said": a lowercase office that a comma, semicolon or
        full stop closes is in apposition to the name before it (not "..., the minister said")."""
        return end < limit and token_texts(doc)[end] in (",", ";", ".") or end == limit and doc[end - 1].is_alpha

    def _role_verb_before(self, doc: Doc, k: int, limit: int) -> int:
        """The length of a verb phrase that gives the name before it the office after it ("will
        serve as", "was appointed"), ending at ``k``; 0 when there is none."""
        lowers = lower_words(doc)
        if k < 1 or lowers[k - 1] not in self.role_verb_ends:
            return 0  # most names: no phrase could end here
        for phrase in self.role_verbs:
            n = len(phrase)
            if k - n > limit + 1 and tuple(lowers[k - n:k]) == phrase:
                return n
        return 0

    def _name_line_start(self, doc: Doc, brk: int, inside_honorific) -> Optional[int]:
        """The first token of the line that ends at the line break ``brk`` when that line is a
        style and a name alone ("His Excellency Andrej Gregor Rode"), or a name of two to four
        words alone (a signature block: "Jane Doe\nDepartment Spokesperson"); else None."""
        # back to the last whitespace token: a line break is one (a token's trailing whitespace
        # is a single space or nothing); read from the doc's array, not a Token per word
        spaces = token_ids(doc, "IS_SPACE")
        i = brk
        while i > 0 and not spaces[i - 1]:
            i -= 1
        line = range(i, brk)
        styled = i in inside_honorific
        if len(line) < (3 if styled else 2) or i > 0 and "\n" not in token_texts(doc)[i - 1]:
            return None
        names = [j for j in line if j not in inside_honorific]
        if len(names) < 2 or any(not (self.names.is_name_word(doc[j]) or lower_words(doc)[j] in self.names.particles
                                      or token_texts(doc)[j] in HYPHENS) for j in names):
            return None
        # a signature block without a style: a line of two to four name words, no office word
        if not styled and (len(names) > 4 or any(token_texts(doc)[j] in self.title_words for j in names)):
            return None
        return i

    def _after_name_line(self, doc: Doc, k: int, inside_honorific) -> bool:
        """Whether the line at ``k`` follows a line of a style and a name alone: it is that
        person's office ("His Excellency NAME\nHigh Commissioner of the Republic of Ghana"), not
        a headline, however capitalised."""
        return k >= 3 and doc[k - 1].is_space and "\n" in token_texts(doc)[k - 1] \
            and self._name_line_start(doc, k - 1, inside_honorific) is not None

    @staticmethod
    def _line_ends(doc: Doc, k: int) -> bool:
        return k >= len(doc) or doc[k].is_space and "\n" in token_texts(doc)[k] or "\n" in doc[k - 1].whitespace_

    def _international(self, doc: Doc, title: _Title) -> bool:
        """An office of an international body: "UN Secretary-General", "Director-General of
        the WHO", a bare "Secretary-General"; not "Ambassador to ASEAN" (that serves a state)."""
        first = title.start
        while first < title.outer_end - 1 and doc[first].is_upper and doc[first].is_alpha:
            first += 1  # "AL Secretary-General": a body's acronym before an office of bodies
        if text_of(doc, first, title.outer_end) in BARE_INTERNATIONAL_TITLES:
            return True
        if OF_INTERNATIONAL_TITLE.search(text_of(doc, title.start, title.outer_end)):
            return True  # "Special Envoy of the Secretary-General on Climate Ambition": the body's envoy
        lowers, texts = lower_words(doc), token_texts(doc)  # the words, not a Token made for each
        if title.country and title.lead < title.start and (is_possessive(doc, title.start - 1) or any(
                lowers[i] == "and" and i > title.start and texts[i - 1] in self.title_words
                for i in range(title.start, title.outer_end))):
            # "Fiji's Prime Minister and Chair of the Forum": a state's officer who also chairs a
            # body; "Lao's ASEAN SOM Leader": a state's officer in a body
            return False
        destination = next((i for i in range(title.start, title.outer_end) if lowers[i] == "to"), title.outer_end)
        # "Minister for EU Integration", "Secretary of State for Exiting the European Union": a
        # state's office whose portfolio names a body serves the state, not the body
        destination = self._portfolio_start(lowers, title.start, destination)
        served = range(title.start, destination)
        if any(lowers[i] == "national" for i in served):
            return False  # "the national secretary of SADC": a state's officer for the body's affairs
        partial = self.words["PARTIAL_BODY_WORD"]
        # "Country Director, Asian Development Bank, NAME": the body read after a comma is the office's
        after_comma = title.text.split(", ", 1)[1] if title.text and ", " in title.text else ""
        if any(texts[i] in self.international_bodies and texts[i] not in partial for i in served) \
                or any(w in self.international_bodies and w not in partial for w in after_comma.split()):
            return True
        # "Minister of African Integration", "National Human Rights Commission": the words of a
        # body's name count only as the whole name
        text = f" {text_of(doc, title.start, destination)} {after_comma} "
        return self.body_name_or_possessive_in.search(text) is not None \
            or WORLD_BODY.search(text) is not None or self._company_office(doc[title.start:title.outer_end])

    def _portfolio_start(self, lowers, start: int, end: int) -> int:
        """Where the portfolio of a state's office opens ("Minister| for EU Integration",
        "Secretary of State| for Exiting ..."): its first complement, or the one after "of State",
        right after a ``PORTFOLIO_OFFICE`` word; ``end`` when there is none."""
        for i in range(start + 1, end):
            if lowers[i] not in ("for", "of"):
                continue
            if lowers[i - 1] in self.words["PORTFOLIO_OFFICE"]:
                return i
            if not (i + 1 < end and lowers[i + 1] == "state"):
                break
        return end

    def _company_office(self, words: Span) -> bool:
        """A company's officer ("chief executive officer of X Berhad") serves no state either."""
        texts = token_texts(words.doc)
        return any(texts[i] in self.words["COMPANY_WORD"] for i in range(words.start, words.end))

    def _names_a_thing(self, doc: Doc, start: int, end: int, limit: int) -> bool:
        """ "King Sejong International Conference Center", "President Kennedy Airport", "Queen
        Sirikit National Convention Center": after a title, capitalised words that run on into
        the head of a building, body or prize name a thing after a person, not the person."""
        k = start
        texts, title, upper, alpha = token_texts(doc), token_ids(doc, "IS_TITLE"), token_ids(doc, "IS_UPPER"), token_ids(doc, "IS_ALPHA")
        while k < limit and k < end + 3 and (title[k] or upper[k] and alpha[k]):
            if texts[k] in self.words["THING_HEAD"]:
                return True
            k += 1
        return False

    def _is_place(self, places, start: int, end: int) -> bool:
        span = places[0].get(start)
        return span is not None and span.end >= end

    def _home_country(self, doc: Doc, mentions: Sequence[OfficialMention] = (), officials=()) -> Tuple[Optional[str], str]:
        """The country a story is told from: its dateline's (unless the story is filed from
        abroad: the dateline's state named only where things happen, another named most),
        else the host of a foreign visitor, else the one it names most often, if that one
        clearly leads and the story is no multilateral one (officials of three states or more),
        else the state of the site it was read on (its country-code domain), when the story
        names it. Returns the country and which of these rules gave it (or why there is none)."""
        if self._body_site(doc):
            return None, "body_site"  # an international body's own release: its officers serve no state
        dateline = self._dateline_country(doc)
        named_most, counts = self._named_most(doc, mentions)
        if dateline and self._at_a_bodys_seat(doc):
            dateline = None  # "NEW YORK -- ... at the UN General Assembly": where, not whose
        site = self._site_country(doc)
        if dateline:
            # "JAKARTA -- Secretary NAME highlighted Philippine priorities at the meeting held in Jakarta"
            if named_most and not counts.get(dateline) and counts[named_most] >= 2:
                return named_most, "named_most_not_dateline"
            if site and site != dateline and self._government_site(doc) \
                    and self._site_home(doc, site, {m.country for m in mentions}):
                return site, "government_site"  # a government's own release filed from abroad
            return dateline, "dateline"
        # a story told by the host names a visitor's state with his office ("Pakistani Prime
        # Minister NAME is in Beijing"); one told by the visitor's side gives him a bare office
        # and tells his state otherwise ("President NAME will lead the Ghanaian delegation on a
        # State Visit to X"): the state visited is no home of it
        visits = [m for m in mentions if m.visiting and m.country != m.visiting]
        # no state leads the count: the site's, named as often as any ("Kenya" four times beside
        # "the United Kingdom" on a .ke site while its minister flies to Zambia)
        lead = named_most if counts[named_most] >= 2 else \
            site if site and counts[site] >= 2 and counts[site] == max(counts.values()) else None
        visitor_home = self._visitor_home(visits, officials, lead, site)
        if visitor_home:
            return visitor_home, "visitor_home"
        hosts = Counter(m.visiting for m in visits if m.country is None or m.country_rule.startswith(OWN_WORDS_RULES))
        hosts.update(m.hosting for m in mentions if m.hosting)  # "A called on B during her visit to X"
        why = "visit_host"
        if not hosts and visits:
            sides = Counter(m.country for m in visits if m.country)
            if len(sides) == 1:
                return next(iter(sides)), "visitor_side"
        if not hosts and self._party_of_another(doc, mentions):
            hosts.update(self._party_visit(doc))  # "A delegation from X is in Ghana for a study visit"
            why = "party_visit"
        if not hosts:
            hosts.update(self._guests_host(doc, mentions))  # "the visiting Pakistani Prime Minister NAME"
            why = "guests_host"
        # envoys posted in one state ("Ambassador of X to Nigeria", "envoy to Nigeria") make it the
        # host: two or more, or one posted in a state the story is between (one alone may be met
        # abroad: "will meet the U.S. Ambassador to Greece" on a tour of Europe)
        # (not one posted in the guests' state: "Philippine Ambassador to Japan NAME" met the visiting
        # Japanese Prime Minister at the airport, home with him)
        guests = {m.country for m in mentions if m.visitor and m.country}
        posts = Counter(m.posted for m in mentions if m.posted and not m.visiting and m.country != m.posted
                        and m.posted not in guests)
        if posts:
            pair = self._story_pair(doc, [(m.start, m.end) for m in mentions])
            why = why if hosts else "envoys_posted"
            hosts.update({state: n for state, n in posts.items() if n >= 2 or state in pair})
        if hosts:
            return hosts.most_common(1)[0][0], why  # a foreign visitor's host: "Australia's minister will be in Thailand"
        if len({m.country for m in mentions if m.country}) >= 3:
            site = self._site_home(doc, site, {m.country for m in mentions})  # the site's, if of the story
            return (site, "site_domain") if site else (None, "multilateral")
        if named_most:
            return self._named_most_home(doc, mentions, named_most, counts, site)
        venue_state = self._host_venue_state(doc, mentions) if not counts else None
        if venue_state:
            return venue_state, "host_venue"
        site = site if set(counts) <= {site} else self._site_home(doc, site)  # naming no other state, or it
        return (site, "site_domain") if site else (None, "untold")

    def _named_most_home(self, doc: Doc, mentions: Sequence[OfficialMention], named_most: str, counts: Counter,
                         site: Optional[str]) -> Tuple[Optional[str], str]:
        """The home of a story from the state it names most (see :meth:`_home_country`)."""
        if named_most in {m.country for m in mentions if m.visitor}:
            return None, "named_most_guest"  # "the visiting Chilean Minister ... the Chilean delegation": the guest's
        if not site or site == named_most:
            return named_most, "named_most"
        # a state named most on another state's site is what the story is about, not whose
        # its officials are ("the Palestinian people" on a Ghanaian site): no home; unless the
        # story is between the two ("ties between New Zealand and Solomon Islands" on a .nz
        # site): the site's side tells its own officers by bare offices
        pair = self._story_pair(doc, [(m.start, m.end) for m in mentions])
        if {site, named_most} == set(pair):
            return site, "site_side"
        # "US Vice President NAME told the Forum ... from New Zealand's perspective" on a .nz
        # site: the state named most has only officials its offices name, as a host names its
        # guests; the site's state, named again, tells its own by bare offices
        guests = [m for m in mentions if m.country == named_most]
        if guests and all(m.country_rule.startswith(GUEST_TOLD_RULES + ("country.title_country",)) for m in guests) \
                and counts[site] >= 2:
            return site, "site_teller"
        return None, "named_most_not_site"

    @staticmethod
    def _site_home(doc: Doc, site: Optional[str], held=frozenset()) -> Optional[str]:
        """The state of the story's site as its home, when the story names it: a place of it ("the
        summit chaired by President NAME in Harare" at a .zw address, "Norway leads the forum"),
        or an office of it among ``held`` (the states the officials' offices tell). A site's
        domain is weak evidence, read only where the text gives no home."""
        named = set(held) | {place["country"] for _, place in _body_states(doc)}
        return site if site and site in named else None

    def _body_site(self, doc: Doc) -> bool:
        """Whether the article was read on an international body's own site: a label of its address
        is a body's acronym or opens with one ("ecowas.int", "eala.org", "sadcpf.org",
        "ceeac-eccas.org"; not "reliefweb.int", which carries others' news). Its dateline is the body's seat and the states it names
        are its members: none of them is its officers' home."""
        labels = site_labels(doc_value(doc, "source_url"))
        parts = [part for label in labels[:-1] for part in label.split("-")]
        return any(part in self.body_site_labels or part.startswith(self.body_site_openers) for part in parts)

    def _government_site(self, doc: Doc) -> bool:
        """Whether the article was read on a government's own site ("mfa.gov.et", "www.gov.ws")."""
        return bool(self.words["GOVERNMENT_DOMAIN"] & set(site_labels(doc_value(doc, "source_url"))[:-1]))

    def _site_country(self, doc: Doc) -> Optional[str]:
        """The state of the site the article was read from, by its country-code domain
        (:func:`newsfacts.normalisation.places.site_country`), or None."""
        return site_country(doc_value(doc, "source_url"), self.words["GENERIC_DOMAIN"],
                            self.words["GOVERNMENT_DOMAIN"])

    @staticmethod
    def _visitor_home(visits: Sequence[OfficialMention], officials, named_most: Optional[str],
                      site: Optional[str]) -> Optional[str]:
        """The home of a story told by a visitor's side: its visitors are given bare offices
        ("Foreign Minister NAME arrived in Beijing"; the host's side writes "Pakistani Foreign
        Minister NAME"), and the state it names most (twice or more), gone to nowhere, is another
        than those visited ("Pakistan is eager to strengthen ties"), on no site of a state visited."""
        visited = {m.visiting for m in visits}
        at = {(m.start, m.end) for m in visits}
        visitors = [person for person in officials if any((m.start, m.end) in at for m in person.mentions)]
        told = any(m.country for m in visits) or any(person.country for person in visitors)  # "... of Tanzania" elsewhere
        if not visits or told or not named_most or named_most in visited:
            return None
        return named_most if site is None or site == named_most else None

    def _guests_host(self, doc: Doc, mentions: Sequence[OfficialMention]) -> List[str]:
        """The host of a story's guests of one state ("the visiting Pakistani Prime Minister
        NAME"): the other state of the story's pair."""
        guests = {m.country for m in mentions if m.visitor and m.country}
        if len(guests) != 1:
            return []
        guest = next(iter(guests))
        host = other_of(self._story_pair(doc, [(m.start, m.end) for m in mentions]), guest)
        # no pair ("The visiting Singaporean Secretary of Defence ... Minister NAME" naming no
        # other state): the state of the site the story was read on, when it is another
        site = self._site_country(doc)
        host = host or (site if site and site != guest else None)
        return [host] if host else []

    def _host_venue_state(self, doc: Doc, mentions: Sequence[OfficialMention]) -> Optional[str]:
        """In a story that names states only as the places of its events, the one state of
        those places when an official hosts, chairs or opens an event ("the summit chaired by
        President NAME in Harare", "Prime Minister NAME will inaugurate the conference"): the
        host is at home there; one who only attends may have travelled."""
        lowers = lower_words(doc)
        verbs = self.words["EVENT_HOST_VERB"]
        host_sentences = {sentence_of(doc, i).start for i, word in enumerate(lowers) if word in verbs}
        starts = (char_token_bounds(doc, m.start, m.end) for m in mentions)
        if not any(bounds is not None and sentence_of(doc, bounds[0]).start in host_sentences for bounds in starts):
            return None
        states = {place["country"] for _, place in _body_states(doc) if place.get("country")}
        return states.pop() if len(states) == 1 else None

    def _party_visit(self, doc: Doc) -> List[str]:
        """The state a visiting party that is no named official goes to: "A five-member delegation
        from the National Assembly of Zambia is in Ghana", "the delegation will arrive in Islamabad",
        "During their stay in Bangladesh, the delegation ...": the host of the story."""
        lowers = lower_words(doc)
        by_start = self._places(doc)[0]
        visits = self.words["VISIT_CUE"]
        seen = set()
        for k, word in enumerate(lowers):
            if word not in DELEGATION_NOUNS or sentence_of(doc, k).start in seen:
                continue
            sent = sentence_of(doc, k)
            seen.add(sent.start)
            for j in range(sent.start, sent.end - 1):
                # "their stay in X" tells the party's host, not a visit of the official after it
                cue = lowers[j] in visits or lowers[j] == "stay" or lowers[j] in ("is", "are") and lowers[j + 1] == "in"
                place = next((by_start[i] for i in range(j + 1, min(sent.end, j + PARTY_PLACE_REACH))
                              if i in by_start and lowers[i - 1] in ("in", "to", "the")
                              and lowers[i - 1 - int(lowers[i - 1] == "the")] in ("in", "to")), None) if cue else None
                country = (span_value(place, "nf_place") or {}).get("country") if place is not None else None
                if country and (span_value(place, "nf_place") or {}).get("kind") in ("country", "city", "region"):
                    return [country]
        return []

    def _party_of_another(self, doc: Doc, mentions: Sequence[OfficialMention]) -> bool:
        """Whether a visiting party is told as another state's guest, so that where it goes is the
        story's home: marked as a guest ("the visiting delegation", "a delegation from the
        Parliament of Malawi", "the Tongan delegation") or led by one whose own words tell his
        state ("a delegation headed by NAME, Vice Chairman of China's ..."). A party led by a bare
        office ("a delegation led by Governor NAME visited Japan") is the teller's own: the place
        it goes to is no home of the story."""
        lowers = lower_words(doc)
        by_start, by_end = self._places(doc)
        leads, visiting = self.words["DELEGATION_LEAD"], self.words["VISITING_WORD"]
        bounds = [(m, char_token_bounds(doc, m.start, m.end)) for m in mentions]
        for k, word in enumerate(lowers):
            if word not in DELEGATION_NOUNS:
                continue
            sent = sentence_of(doc, k)
            before = range(max(sent.start, k - PARTY_PLACE_REACH), k)
            if any(lowers[i] in visiting or i + 1 in by_end for i in before):
                return True  # "the visiting delegation", "the Tongan delegation"
            if k + 1 < sent.end and lowers[k + 1] in ("from", "of") and any(
                    i in by_start for i in range(k + 2, min(sent.end, k + 2 + PARTY_PLACE_REACH + 2))):
                return True  # "a delegation from the Parliament of Malawi"
            for m, span in bounds:
                if span is None or not sent.start <= span[0] < sent.end or m.international:
                    continue
                between = range(min(k, span[0]), max(k, span[0]))
                if any(lowers[i] in leads for i in between) and m.country:
                    return True  # "a delegation headed by NAME, Vice Chairman of China's ..."
        return False

    def _named_most(self, doc: Doc, mentions: Sequence[OfficialMention]) -> Tuple[Optional[str], Counter]:
        """The state the body names most often (countries, demonyms and cities alike), if it
        clearly leads, with the counts. Places that only say where something happens ("held in
        Switzerland", "a visit to Australia") or whose an office is ("UK Foreign Secretary")
        do not count: they tell nothing about the others."""
        in_offices = _CharCover([(m.start, m.end) for m in mentions])
        ends = {s.end: s for s in spans_in(doc, settings.SPANS_PLACES)}
        counted = [place for s, place in _body_states(doc)
                   if not self._destination(doc, s.start, ends) and s.start_char not in in_offices]
        counts = Counter(place["country"] for place in counted)
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
            return ranked[0][0], counts
        # a state named once, and nothing else ("at the heart of New Zealand's engagement");
        # one who faces it ("met the Thai delegation") is not given it (settled_country)
        return (ranked[0][0] if len(counted) == 1 else None), counts

    def _at_a_bodys_seat(self, doc: Doc) -> bool:
        """Whether the story is filed from the seat of an international body it names (New
        York and the UN, Geneva, Brussels): the dateline tells where the meeting is, not whose
        the officials are."""
        dateline = self._dateline(doc)
        if not dateline or dateline.get("name") not in self.words["BODY_SEAT_CITY"]:
            return False
        body_start = doc_value(doc, "body_start") or 0
        body = tokenised_text(doc)[body_start:]
        return any(doc[i].idx >= body_start for i in token_indices(doc, "ORTH", self.whole_bodies)) \
            or any(name in body for name in self.words["INTERNATIONAL_BODY_NAME"])

    @staticmethod
    def _dateline(doc: Doc) -> Optional[dict]:
        """The first dateline's value (name, country), or None."""
        return next((span_value(s, "nf_dateline") for s in spans_in(doc, settings.SPANS_DATELINE)
                     if span_value(s, "nf_dateline")), None)

    @staticmethod
    def _dateline_country(doc: Doc) -> Optional[str]:
        dateline = OfficialRecognizer._dateline(doc)
        return dateline.get("country") if dateline else None

    @staticmethod
    def _destination(doc: Doc, k: int, ends=None, prepositions=("in", "to", "at")) -> bool:
        """A place after "in", "to" or "at" ("the" between), or after such a place and a comma
        ("in Geneva, Switzerland"): where, not whose."""
        lowers = lower_words(doc)  # no Token made per look
        j = k - 1
        if j >= 0 and lowers[j] == "the":
            j -= 1
        if j >= 1 and lowers[j] == "," and ends and j in ends:
            return OfficialRecognizer._destination(doc, ends[j].start, prepositions=prepositions)
        if j >= 2 and lowers[j] == "and" and ends:
            # "to Brazil and Argentina", "to Kingston, Jamaica, and Belmopan": a place coordinated
            # after one gone to is gone to as well ("in Paris and Berlin" may be whose)
            before = j - int(lowers[j - 1] == ",")
            if before in ends:
                return OfficialRecognizer._destination(doc, ends[before].start, ends, ("to",))
        return j >= 0 and lowers[j] in prepositions

    def _variant_orths(self, variant: str) -> Tuple[int, ...]:
        """The ORTH ids of ``variant`` as the tokenizer splits it (cached: names recur)."""
        orths = self._variant_cache.get(variant)
        if orths is None:
            if len(self._variant_cache) > 50_000:  # bounded: a long batch names many people
                self._variant_cache.clear()
            words = variant.split(" ")
            if all(w.isalpha() and w not in self._tokenizer_exceptions for w in words):
                # plain words are tokens as they stand: their ids are their hashes
                orths = tuple(get_string_id(w) for w in words)
            else:  # "Al-Sabah", "O'Brien", "Ma.": as the tokenizer splits them
                orths = tuple(tok.orth for tok in self.nlp.make_doc(variant))
            self._variant_cache[variant] = orths
        return orths

    @staticmethod
    def _short_forms(doc: Doc, officials, named_again: List[Tuple[int, int, int]]) -> List[Span]:
        """Later mentions by part of the name ("Shamsul Anuar said", "Lavrov"), from
        :meth:`_short_form_matches`."""
        found = []
        for start, end, owner in named_again:
            span = Span(doc, start, end, label="OFFICIAL", span_id="official.short_form")
            set_span_value(span, "nf_official", officials[owner].value())
            found.append(span)
        return found

    def _short_form_matches(self, doc: Doc, officials, covered: set) -> List[Tuple[int, int, int]]:
        """Where parts of the officials' names stand outside ``covered`` tokens, as (start, end,
        index of the official): only variants one official owns, each run once, longest first."""
        owners: Dict[str, set] = {}
        for idx, official in enumerate(officials):
            for variant in official.short_forms():
                owners.setdefault(variant, set()).add(idx)
        # token sequences of the variants only one official owns, by their first token;
        # a dictionary scan instead of a PhraseMatcher built for every document
        by_first: Dict[int, List[Tuple[Tuple[int, ...], str]]] = {}
        for variant, who in owners.items():
            orths = self._variant_orths(variant) if len(who) == 1 else ()
            if orths:
                by_first.setdefault(orths[0], []).append((orths, variant))
        if not by_first:
            return []
        doc_orths = token_ids(doc, "ORTH")
        positions = token_positions(doc, "ORTH")
        matches = [
            (start, start + len(orths), variant)
            for start in sorted(i for orth in by_first.keys() & positions.keys() for i in positions[orth])
            for orths, variant in by_first[doc_orths[start]]
            if tuple(doc_orths[start:start + len(orths)]) == orths
        ]
        covered = set(covered)
        found = []
        for start, end, variant in sorted(matches, key=lambda m: (m[0], -(m[1] - m[0]))):
            if covered.intersection(range(start, end)):
                continue
            # the whole capitalised run must be the variant, not part of another name
            if start > 0 and self.names.is_name_word(doc[start - 1]) or end < len(doc) and self.names.is_name_word(doc[end]):
                continue
            found.append((start, end, next(iter(owners[variant]))))
            covered.update(range(start, end))
        return found

    @staticmethod
    def _mention_tokens(doc: Doc, officials) -> set:
        """The tokens of the officials' mentions."""
        covered = set()
        for person in officials:
            for m in person.mentions:
                bounds = char_token_bounds(doc, m.start, m.end)
                if bounds is not None:
                    covered.update(range(*bounds))
        return covered

    def _country_by_name(self, doc: Doc, officials, places, named_again: List[Tuple[int, int, int]]) -> None:
        """ "Heads of state arriving include Ana Lima of Cabo Verde ... president Ana Lima": a
        state written right after a bare mention of an official's name ("of X", "(X)"), or its
        possessive before it ("Djibouti's NAME"), is his when nothing else told one
        (``named_again``: :meth:`_short_form_matches`)."""
        unsettled = {i for i, person in enumerate(officials)
                     if person.country is None and not any(m.international for m in person.mentions)}
        if not unsettled:
            return
        by_start, by_end = places
        for start, end, owner in named_again:
            if owner not in unsettled:
                continue
            country, _ = self._holder_country(doc, end, sentence_of(doc, start).end, by_start)
            place = by_end.get(start - 1) if start > 0 and is_possessive(doc, start - 1) else None
            if country is None and place is not None and (span_value(place, "nf_place") or {}).get("kind") == "country":
                country = span_value(place, "nf_place").get("country")
            if country:
                officials[owner].country = country
                officials[owner].country_source = "person.name_of"
                unsettled.discard(owner)


    def _stand_ins(self, doc: Doc, officials, named_again: List[Tuple[int, int, int]]) -> None:
        """ "President NAME will be represented by Foreign Minister A and Trade Minister B": who
        stands in for an official of a told state serves it, when nothing else told his."""
        ends = {end: owner for _, end, owner in named_again}
        starts: Dict[int, int] = {}
        for owner, person in enumerate(officials):
            for m in person.mentions:
                bounds = char_token_bounds(doc, m.start, m.end)
                if bounds is not None:
                    ends.setdefault(bounds[1], owner)
                    starts.setdefault(bounds[0], owner)
        of_bodies = {owner for owner, person in enumerate(officials) if any(m.international for m in person.mentions)}
        for k, owner in sorted(starts.items()):
            person = officials[owner]
            if person.country is not None or owner in of_bodies:  # once per person: a long list stays linear
                continue
            represented = self._represented_official(doc, k, ends)
            if represented is not None and represented != owner and officials[represented].country:
                person.country = officials[represented].country
                person.country_source = "person.stand_in"

    def _represented_official(self, doc: Doc, k: int, ends: Dict[int, int]) -> Optional[int]:
        """The official (by index) written before "(will be) represented by" that reaches the
        mention at ``k``, past the offices and names of a list ("by A and Minister B")."""
        sent = sentence_of(doc, k)
        j = k - 1
        while j > sent.start and k - j <= LIST_GAP and lower_words(doc)[j] != "by" \
                and (lower_words(doc)[j] in ("and", ",") or doc[j].is_title):
            j -= 1
        if not (j - 1 > sent.start and lower_words(doc)[j] == "by" and lower_words(doc)[j - 1] in self.words["REPRESENT_VERB"]):
            return None
        i = j - 2
        while i > sent.start and lower_words(doc)[i] in self.words["AUXILIARY"]:
            i -= 1
        return ends.get(i + 1)


@Language.factory(
    "newsfacts_officials", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "span._.nf_place", "span._.nf_dateline", "doc._.body_start"],
    assigns=["span._.nf_official"],
)
def make_official_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return OfficialRecognizer(nlp, name, patterns_dir=patterns_dir)
