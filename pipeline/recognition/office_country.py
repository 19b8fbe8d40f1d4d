"""Whose government an official serves, read from the words around the office (FACTS.md).

The office's own words come first and are read with the title (``officials._title``): a
demonym or possessive before it ("Thai Prime Minister", "Kenya's Cabinet Secretary"), "of
<Country>" after it ("Foreign Minister of Ethiopia", "of the Lao People's Democratic
Republic"). When the title says nothing, the small rules here read the sentence around the
mention, each a named function that answers a country or None:

- :func:`led_delegation` "NAME will lead the Malaysian delegation"
- :func:`delegation_member` "the Mauritian delegation includes Ambassador NAME"
- :func:`delegation_led_by` "the Thai delegation was led by TITLE NAME"
- :func:`counterpart` "his Jordanian counterpart, Deputy Prime Minister NAME"
- :func:`on_behalf_of` "signed on behalf of the Republic of Ghana by TITLE NAME"
- :func:`acts_on_behalf_of` "TITLE NAME signed on behalf of the Government of Ghana"
- :func:`represented_by` "Singapore will be represented at the forum by TITLE NAME"
- :func:`other_dignitaries` "TITLE NAME, TITLE NAME and other Timorese dignitaries"
- :func:`its_office` "New Zealand ... will send its Deputy Prime Minister NAME"
- :func:`state_body` "NAME, State Secretary at the Hungarian Ministry of X"
- :func:`first_office_state` "Lao Party General Secretary and State President NAME"
- :func:`group_member` "to meet key Japanese officials, including Prime Minister NAME"
- :func:`party_alongside` "President NAME, his wife and a delegation of Sierra Leone left Hanoi"
- :func:`whose_office` "the United States and Saudi Arabia, whose deputy foreign minister, NAME, ..."

:func:`ministry_states` reads the ministries the text names with their state ("The Department
of Trade and Industry, South Africa", "Ministry of X, Tower Hill, Freetown"), whose portfolio a
bare minister's office may share (``officials._ministry_portfolios``).

:func:`visited_place_country` tells the opposite: the country an official travels to
("arrived in Dhaka", "an official visit to the Republic of Korea"), which is never his by
default. Word classes come from ``patterns/officials/words.jsonl``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Dict, List, Optional, Tuple

from spacy.tokens import Doc, Span

from .lexicon import lower_words, token_ids, token_indices, token_texts, word_within
from .extensions import span_value
from .names import HYPHENS, POSSESSIVES, is_possessive, sentence_of

#: Joiners of two names into one ("Thailand-Viet Nam", "Chile\u2013Peru").
HYPHENS_OF_NAMES = HYPHENS | {"\u2013"}
#: Place kinds that say whose an office is (a city says where, not whose).
STATE_KINDS = ("country", "demonym")
#: How far a rule looks from the mention, in tokens.
DELEGATION_REACH = 8
REPRESENT_REACH = 12
LIST_REACH = 80
#: How far a list of officials may run before "representing <State>" closes it.
REPRESENTING_REACH = 24
VISIT_REACH = 25
VISIT_PLACE_REACH = 10
#: How far before a mention a verb of meeting makes him the one met ("called on A, B and C").
MET_REACH = 30


@dataclass(frozen=True)
class OfficeContext:
    """An official's mention (tokens ``start``..``end``) in its sentence, with the places of
    the doc by first and by end token and the word classes of the officials' rule file."""
    doc: Doc
    sent: Span
    start: int
    end: int
    by_start: Dict[int, Span]
    by_end: Dict[int, Span]
    words: Dict[str, frozenset]
    #: the name particles (``names.jsonl``): "de", "van" ... continue a list of names
    name_particles: frozenset
    style_words: frozenset = frozenset()
    #: the tokens of the doc's office heads ("Minister", "foreign minister")
    office_tokens: frozenset = frozenset()

    def has(self, i: int, word_class: str) -> bool:
        """Whether the word at ``i`` (lowercased: these classes are lowercase) is of the class;
        read from the doc's word list, not a Token made for each look."""
        return self.lowers[i] in self.words[word_class]

    def any_of(self, start: int, end: int, word_class: str) -> bool:
        """Whether a word of ``start``..``end`` is of the class (:meth:`has` of each, in one set test)."""
        return not self.words[word_class].isdisjoint(self.lowers[start:end])

    @cached_property
    def lowers(self):  # read once per context: the rules look at many words
        return lower_words(self.doc)


#: "is"/"was" ("NAME, who is in the country"): with a visit cue, what opens a visit told after a mention
BEING_IN = frozenset({"is", "was"})
#: "by" ("He will be accompanied by A"): with an accompanying cue, what opens a list of escorts
BY = frozenset({"by"})


#: Nouns of a visiting party, whose listed members go with its head.
DELEGATION_NOUNS = ("delegation", "entourage")
#: Nouns of one state's party at talks that a named official leads ("the Indian side was led by
#: NAME"): the delegation, or the side of bilateral consultations, read only before "led by".
LED_PARTY_NOUNS = ("delegation", "side")


def place_kind(place: Optional[Span]) -> Optional[str]:
    return (span_value(place, "nf_place") or {}).get("kind") if place is not None else None


def country_ending_at(ctx: OfficeContext, k: int) -> Optional[str]:
    """The country of the country or demonym that ends at ``k``, or at a possessive at ``k``:
    "the Malaysian| delegation", "Vietnam's| delegation"."""
    if k - 1 >= ctx.sent.start and is_possessive(ctx.doc, k - 1):
        k -= 1
    place = ctx.by_end.get(k)
    return span_value(place, "nf_place").get("country") if place_kind(place) in STATE_KINDS else None


def _skip_back(ctx: OfficeContext, j: int, word_class: str) -> int:
    """The index before the run of ``word_class`` words (and commas) that ends at ``j``."""
    while j > ctx.sent.start and (ctx.has(j, word_class) or token_texts(ctx.doc)[j] == ","):
        j -= 1
    return j


def led_delegation(ctx: OfficeContext) -> Optional[str]:
    """ "NAME will lead the Malaysian delegation", "NAME, who is also head of Vietnam's delegation"."""
    doc, sent = ctx.doc, ctx.sent
    k = ctx.end
    while k < sent.end and k - ctx.end <= DELEGATION_REACH and ctx.has(k, "DELEGATION_LINK"):
        k += 1
    if k in ctx.by_start:
        k = ctx.by_start[k].end
        if k < sent.end and lower_words(doc)[k] in POSSESSIVES:
            k += 1
    if k < sent.end and k > ctx.end and lower_words(doc)[k] in ("delegation", "delegations") \
            and any(ctx.has(i, "DELEGATION_LEAD") for i in range(ctx.end, k)):
        return country_ending_at(ctx, k) or _country_after_of(ctx, k + 1)
    return None


def _country_after_of(ctx: OfficeContext, k: int) -> Optional[str]:
    """ "(a delegation) of Ghana", "from the Republic of Korea": the state named right after."""
    if not (k < ctx.sent.end and ctx.lowers[k] in ("of", "from")):
        return None
    k += 1 + int(k + 1 < ctx.sent.end and ctx.lowers[k + 1] == "the")
    place = ctx.by_start.get(k)
    return span_value(place, "nf_place").get("country") if place_kind(place) == "country" else None


def delegation_member(ctx: OfficeContext) -> Optional[str]:
    """ "the Mauritian delegation includes Ambassador NAME", "Kenya's delegation, including TITLE
    NAME", "The Chilean delegation is made up of TITLE NAME; ...", "The delegation of Botswana
    included TITLE NAME"."""
    k = ctx.start - int(ctx.start > ctx.sent.start and ctx.lowers[ctx.start - 1] == "the")
    if k - 3 >= ctx.sent.start and ctx.lowers[k - 1] == "of" and ctx.has(k - 2, "MEMBERSHIP_WORD"):
        j = _skip_back(ctx, _skip_back(ctx, k - 2, "MEMBERSHIP_WORD"), "AUXILIARY")
    elif k - 2 >= ctx.sent.start and ctx.has(k - 1, "DELEGATION_MEMBER"):
        j = _skip_back(ctx, k - 2, "AUXILIARY")
    else:
        return None
    if j - 1 > ctx.sent.start and ctx.lowers[j] in RELATIVE_PRONOUNS:
        j = _skip_back(ctx, j - 1, "AUXILIARY")  # "the Iraqi delegation(,) which included TITLE NAME"
    j = _before_leader_apposition(ctx, j)
    if ctx.lowers[j] in ("delegation", "delegations"):
        return _described_state_before(ctx, j)
    # "The delegation of Botswana included TITLE NAME": the state named after the party's noun
    place = ctx.by_end.get(j + 1)
    k = place.start - 1 if place is not None and place_kind(place) == "country" else ctx.sent.start
    k -= int(k > ctx.sent.start and ctx.lowers[k] == "the")
    if k - 1 >= ctx.sent.start and ctx.lowers[k] in ("of", "from") and ctx.lowers[k - 1] in DELEGATION_NOUNS:
        return span_value(place, "nf_place").get("country")
    return None


def _described_state_before(ctx: OfficeContext, j: int) -> Optional[str]:
    """The state of the party's noun at ``j``, right before it or before a few lowercase words
    that describe the party ("the Iraqi ministerial delegation", "Kenya's high-level delegation")."""
    for i in range(j, max(ctx.sent.start, j - GROUP_DESCRIBERS - 1), -1):
        country = country_ending_at(ctx, i)
        if country:
            return country
        if not (ctx.doc[i - 1].is_lower and ctx.doc[i - 1].is_alpha or token_texts(ctx.doc)[i - 1] in HYPHENS):
            return None
    return None


def _before_leader_apposition(ctx: OfficeContext, j: int) -> int:
    """ "The Serbian delegation, led by President NAME, consists of ...": the index before an
    apposition naming the party's leader that closes at ``j`` or right after it (its comma,
    which :func:`_skip_back` passes), else ``j``."""
    close = j if ctx.lowers[j] == "," else j + 1 if j + 1 < ctx.sent.end and ctx.lowers[j + 1] == "," else None
    if close is None:
        return j
    for i in range(close - 2, max(ctx.sent.start, close - DELEGATION_REACH - 2), -1):
        if ctx.lowers[i] == "," and ctx.has(i + 1, "DELEGATION_LEAD"):
            return i - 1
    return j


def representing(ctx: OfficeContext) -> Optional[str]:
    """ "Foreign Minister A and Defence Minister B, representing Peru, ...": the state that an
    official, or the list of officials he opens, is said to represent after the list (only
    names, offices and separators between; no other place)."""
    doc, lowers, k = ctx.doc, ctx.lowers, ctx.end
    # the list's offices may be written lowercase ("..., minister of Defense NAME and ...")
    while k < ctx.sent.end and k - ctx.end <= REPRESENTING_REACH and k not in ctx.by_start \
            and (lowers[k] in LIST_SEPARATORS or doc[k].is_title or ctx.has(k, "LIST_SMALL_WORD")
                 or k in ctx.office_tokens):
        k += 1
    # "..., from Ecuador": after a comma the state the listed officials come from
    while k < ctx.sent.end and k - ctx.end <= REPRESENTING_REACH and ctx.has(k, "AUXILIARY"):
        k += 1  # "A and B will represent Peru"
    if not (k + 1 < ctx.sent.end and (ctx.has(k, "REPRESENTING_WORD") or lowers[k] == "from" and lowers[k - 1] == ",")):
        return None
    k += 1 + int(lowers[k + 1] == "the")
    if k + 1 < ctx.sent.end and ctx.has(k, "GOVERNMENT_WORD") and lowers[k + 1] == "of":
        k += 2 + int(k + 2 < ctx.sent.end and lowers[k + 2] == "the")  # "the Government of (the) X"
    place = ctx.by_start.get(k)
    return span_value(place, "nf_place").get("country") if place_kind(place) == "country" else None


def listed_after(ctx: OfficeContext, before: OfficeContext) -> bool:
    """Whether the mention is the next item of a list after ``before`` in its sentence ("the
    delegation included A; B; and C"): only separators and the capitalised words of an office
    stand between them ("; National Security Adviser and Vice President ... NAME"), or a word
    of membership that goes on from the delegation's leader to its members ("The delegation of
    X was led by A, and included B and C")."""
    if before.sent.start != ctx.sent.start or before.end > ctx.start or ctx.start - before.end > LIST_GAP:
        return False
    doc, between = ctx.doc, range(before.end, ctx.start)
    # a bracketed acronym may close the office before ("Ambassador to the Caribbean Community (CARICOM);")
    # ("..., and Jordan's Ambassador to X NAME": a state's possessive opens the next item's office)
    listed = [ctx.lowers[i] in LIST_SEPARATORS or doc[i].is_title or doc[i].is_upper or token_texts(doc)[i] in "()"
              or is_possessive(doc, i) for i in between]
    if all(listed):
        return True
    return any(ctx.has(i, "DELEGATION_MEMBER") for i in between) and all(
        ok or ctx.has(i, "DELEGATION_MEMBER") or ctx.has(i, "AUXILIARY") for i, ok in zip(between, listed))


def delegation_of(ctx: OfficeContext) -> Optional[str]:
    """The state of the delegation the mention is a member or the leader of ("the Chilean
    delegation included TITLE NAME", "The delegation of X was led by TITLE NAME"), or of the
    group of officials he is listed in ("key Japanese officials, including TITLE NAME")."""
    return delegation_member(ctx) or delegation_led_by(ctx) or group_member(ctx)


def group_member(ctx: OfficeContext) -> Optional[str]:
    """ "to meet key Japanese officials, including Prime Minister NAME", "Sri Lankan high level
    diplomats including President NAME", "Participating Fijian Ministers included; Hon. NAME, TITLE",
    "Participating Australian Ministers were: NAME, TITLE": a state's group of officials (a few
    lowercase words between its demonym and the noun) that the mention is listed in, or whose
    list the mention opens after a verb of membership or "were" (and a colon or semicolon)."""
    k = _before_styles(ctx)
    k -= int(k - 1 > ctx.sent.start and ctx.lowers[k - 1] == "the")
    k -= int(k - 1 > ctx.sent.start and ctx.lowers[k - 1] in (":", ";"))
    if not (k - 3 >= ctx.sent.start and (ctx.lowers[k - 1] in GROUP_LIST_VERBS or ctx.has(k - 1, "DELEGATION_MEMBER"))):
        return None
    j = k - 2 - int(ctx.lowers[k - 2] == ",")
    if not ctx.has(j, "DIGNITARY_NOUN"):
        return None
    for i in range(j, max(ctx.sent.start, j - GROUP_DESCRIBERS - 1), -1):
        country = country_ending_at(ctx, i)
        if country:
            return country
        if not (ctx.doc[i - 1].is_lower or token_texts(ctx.doc)[i - 1] in HYPHENS):
            return None
    return None


#: How many words may describe a group of officials after its state ("key", "high level").
GROUP_DESCRIBERS = 3
#: The relative pronouns between a party's noun and its verb of membership ("the delegation, which included").
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
#: Words between a state's group of officials and the first of its list ("officials, including
#: NAME", "Ministers were; NAME"); the verbs of membership (``DELEGATION_MEMBER``) too.
GROUP_LIST_VERBS = ("including", "were")


def coordinated_after(ctx: OfficeContext, before: OfficeContext) -> bool:
    """Whether the mention is coordinated right after ``before`` in its sentence ("Turkish
    President A, along with Foreign Minister B and Defence Minister C"): only separators, the
    capitalised words of offices and names, and the words of a coordination ("along with",
    "as well as") stand between them, and at least one separator or such word."""
    if before.sent.start != ctx.sent.start or before.end > ctx.start or ctx.start - before.end > LIST_GAP:
        return False
    doc, lowers = ctx.doc, ctx.lowers
    between = range(before.end, ctx.start)
    # (a style written before the next office may stand between: "Slovenian President A, and HE Prime Minister B")
    return any(lowers[i] in LIST_SEPARATORS[1:3] or ctx.has(i, "COORDINATION_WORD") for i in between) and all(
        lowers[i] in LIST_SEPARATORS[1:] or doc[i].is_title or ctx.has(i, "COORDINATION_WORD")
        or token_texts(doc)[i] in ctx.style_words for i in between)


#: What stands between two items of a list of officials.
LIST_SEPARATORS = (";", ",", "and", "the")
#: How many words may stand between two items of such a list.
LIST_GAP = 8


def delegation_led_by(ctx: OfficeContext) -> Optional[str]:
    """ "the Thai delegation was led by TITLE NAME", "The Indian side was led by TITLE NAME",
    "the New Zealand-side was led by NAME"; "a delegation of Ghana headed by NAME" is left
    alone (the country follows)."""
    doc, k = ctx.doc, _before_styles(ctx)
    k -= int(k - 1 > ctx.sent.start and token_texts(doc)[k - 1].rstrip(".") in COURTESY_WORDS)
    if not (k - 3 >= ctx.sent.start and lower_words(doc)[k - 1] == "by" and lower_words(doc)[k - 2] in ("led", "headed")):
        return None
    j = _skip_back(ctx, k - 3, "AUXILIARY")
    if lower_words(doc)[j] in LED_PARTY_NOUNS:
        j -= int(j - 1 > ctx.sent.start and token_texts(doc)[j - 1] in HYPHENS_OF_NAMES)
        return country_ending_at(ctx, j)
    return _party_state_before(ctx, k - 2)


def _party_state_before(ctx: OfficeContext, led: int) -> Optional[str]:
    """ "a delegation of the Democratic Republic of Congo led by NAME", "The delegation, made up
    of members of Zambia's National Assembly, was led by NAME": the state the delegation is
    of or from, told between it and "led by"."""
    noun = next((i for i in range(led - 1, ctx.sent.start - 1, -1) if ctx.lowers[i] in DELEGATION_NOUNS), None)
    if noun is None:
        return _state_body_before(ctx, led)
    for i in range(noun + 1, led):
        place = ctx.by_start.get(i)
        if place is not None and place_kind(place) in ("country", "demonym") \
                and ctx.lowers[i - 1 - int(ctx.lowers[i - 1] == "the")] in ("of", "from"):
            return span_value(place, "nf_place").get("country")
    return None


def _state_body_before(ctx: OfficeContext, led: int) -> Optional[str]:
    """ "representatives from Japan Embassy led by Ambassador NAME", "a team of the Kenyan
    Ministry of Health headed by Dr NAME": the state of a state's own body (``STATE_BODY_HEAD``)
    named right before "led by" (its name may run on: "Ministry of Health")."""
    for i in range(led - 1, max(ctx.sent.start, led - 1 - STATE_BODY_REACH), -1):
        if ctx.has(i, "STATE_BODY_HEAD"):
            return country_ending_at(ctx, i)
        if ctx.lowers[i] in (",", ";", "and") or not (ctx.doc[i].is_title or ctx.lowers[i] in ("of", "for", "the", "&")):
            return None
    return None


#: How many words a state's body may run on for before "led by" ("Ministry of Foreign Affairs").
STATE_BODY_REACH = 6


def _before_styles(ctx: OfficeContext) -> int:
    """The mention's start moved back over styles written before the office ("by HE Minister")."""
    k = ctx.start
    while k - 1 > ctx.sent.start and token_texts(ctx.doc)[k - 1] in ctx.style_words:
        k -= 1
    return k


def counterpart(ctx: OfficeContext) -> Optional[str]:
    """ "his Jordanian counterpart, Deputy Prime Minister NAME", "her Kenyan counterparts, NAME"."""
    doc, k = ctx.doc, _before_styles(ctx)
    if k - 2 > ctx.sent.start and token_texts(doc)[k - 1] == "," and lower_words(doc)[k - 2] in ("counterpart", "counterparts"):
        return country_ending_at(ctx, k - 2)
    if k - 1 > ctx.sent.start and lower_words(doc)[k - 1] in ("counterpart", "counterparts"):
        return country_ending_at(ctx, k - 1)  # "his Namibian counterpart President NAME"
    return None


def on_behalf_of(ctx: OfficeContext) -> Optional[str]:
    """ "signed on behalf of the Republic of Ghana by TITLE NAME"."""
    doc, k = ctx.doc, _before_styles(ctx)
    if not (k - 1 > ctx.sent.start and lower_words(doc)[k - 1] == "by" and (k - 1) in ctx.by_end):
        return None
    place = ctx.by_end[k - 1]
    if any(lower_words(doc)[i] == "behalf" for i in range(max(ctx.sent.start, place.start - 6), place.start)):
        return country_ending_at(ctx, k - 1)
    return None


def acts_on_behalf_of(ctx: OfficeContext) -> Optional[str]:
    """ "TITLE NAME signed the agreement on behalf of the Government of Ghana", "NAME, Minister of
    Finance, signed on behalf of Ghana": the state the official acts for, later in his own clause
    (no other office, no "while" or semicolon between)."""
    lowers, breaks = ctx.lowers, ctx.words["CLAUSE_BREAK"]
    for k in range(ctx.end, min(ctx.sent.end - 3, ctx.end + BEHALF_REACH)):
        if k in ctx.office_tokens or lowers[k] in breaks:
            return None
        if lowers[k] == "on" and lowers[k + 1] == "behalf" and lowers[k + 2] == "of":
            j = k + 3 + int(lowers[k + 3] == "the")
            if j + 1 < ctx.sent.end and ctx.has(j, "GOVERNMENT_WORD") and lowers[j + 1] == "of":
                j += 2 + int(j + 2 < ctx.sent.end and lowers[j + 2] == "the")  # "the Government of (the) X"
            place = ctx.by_start.get(j)
            return span_value(place, "nf_place").get("country") if place_kind(place) == "country" else None
    return None


#: How far after an official "on behalf of" may stand in his clause.
BEHALF_REACH = 24


def represented_by(ctx: OfficeContext) -> Optional[str]:
    """ "Singapore will be represented at the forum by TITLE NAME", "Fiji was represented by
    NAME": the country that the official represents."""
    doc, k = ctx.doc, _before_styles(ctx)
    if k - 1 > ctx.sent.start and lower_words(doc)[k - 1] == "the":
        k -= 1
    if not (k - 2 > ctx.sent.start and lower_words(doc)[k - 1] == "by"):
        return None
    verb = next((j for j in range(k - 2, max(ctx.sent.start, k - REPRESENT_REACH) - 1, -1)
                 if ctx.has(j, "REPRESENT_VERB")), None)
    if verb is None or verb - 1 < ctx.sent.start:
        return None
    return country_ending_at(ctx, _skip_back(ctx, verb - 1, "AUXILIARY") + 1)


def other_dignitaries(ctx: OfficeContext) -> Optional[str]:
    """ "H.E. NAME, Secretary of State for X, H.E. NAME, Minister of Y and other Timorese
    dignitaries attended": a list of officials closed by their country. Only names, titles,
    punctuation and small words may stand between the mention and "other"."""
    marks = _list_marks(ctx)
    if marks is None:
        return None
    next_other, next_break = marks
    k = next_other[ctx.end] if ctx.end < len(next_other) else None
    if k is None or k >= min(ctx.sent.end - 2, ctx.end + LIST_REACH) or next_break[ctx.end] < k:
        return None
    place = ctx.by_start.get(k + 1)
    if place is not None and place_kind(place) in STATE_KINDS and place.end < ctx.sent.end \
            and ctx.has(place.end, "DIGNITARY_NOUN"):
        return span_value(place, "nf_place").get("country")
    return None


def may_list_others(lowers: List[str]) -> bool:
    """Whether a doc (its lowercased words) may hold an "and other" list at all: without the
    word "other" no mention has one, and the per-token marks of :func:`_list_marks` need not be
    computed (a test in C over the word list, where most docs end)."""
    return "other" in lowers


def _list_marks(ctx: OfficeContext):
    """For every token, the next "and other" ("other"'s index) and the next word that ends a
    list of officials (a lowercase word that is no small word or name particle), computed once
    per doc from its end, so that each official asks in constant time. None (also kept for
    the doc) when the doc has no "other" (:func:`may_list_others`)."""
    doc = ctx.doc
    cached = doc.user_data.get(_LIST_MARKS_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    lowers, n = lower_words(doc), len(doc)
    # (and none when no "other" follows "and": every mark would be None; found in the word index)
    if not may_list_others(lowers) or not any(k > 0 and lowers[k - 1] == "and" for k in token_indices(doc, "LOWER", _OTHER)):
        doc.user_data[_LIST_MARKS_KEY] = (n, None)
        return None
    next_other, next_break = [None] * (n + 1), [n] * (n + 1)
    small, lowercase = ctx.words["LIST_SMALL_WORD"], token_ids(doc, "IS_LOWER")  # (no Token made per word)
    for k in range(n - 1, -1, -1):
        next_other[k] = k if lowers[k] == "other" and k > 0 and lowers[k - 1] == "and" else next_other[k + 1]
        ends_list = lowers[k].isalpha() and lowers[k] not in ctx.name_particles and lowers[k] != "other" \
            and lowers[k] not in small and lowercase[k]
        next_break[k] = k if ends_list else next_break[k + 1]
    doc.user_data[_LIST_MARKS_KEY] = (n, (next_other, next_break))
    return next_other, next_break


_LIST_MARKS_KEY = "nf_official_list_marks"
_OTHER = frozenset({"other"})


def whose_office(ctx: OfficeContext) -> Optional[str]:
    """ "co-chaired by the United States and Saudi Arabia, whose deputy foreign minister, NAME,
    hosted the last round": the state that "whose" stands for, named right before it."""
    k = _before_styles(ctx)
    if not (k - 2 >= ctx.sent.start and ctx.lowers[k - 1] == "whose"):
        return None
    j = k - 1 - int(ctx.lowers[k - 2] == ",")
    return country_ending_at(ctx, j) if j > ctx.sent.start else None


def party_alongside(ctx: OfficeContext) -> Optional[str]:
    """ "President NAME, his wife and a high-ranking delegation of Sierra Leone left Hanoi",
    "Minister NAME and the Ghanaian delegation arrived": a state's party coordinated right after
    the mention (a few lowercase words on either side of "and", a determiner or possessive
    after it) goes with him."""
    lowers, limit = ctx.lowers, min(ctx.sent.end, ctx.end + PARTY_REACH)
    k = ctx.end
    while k < limit and lowers[k] != "and":
        if not (lowers[k] == "," or ctx.doc[k].is_lower and ctx.doc[k].is_alpha):
            return None  # "President NAME, Minister NAME and the delegation": not his alone
        k += 1
    if not (k + 1 < limit and lowers[k] == "and" and (ctx.has(k + 1, "POSSESSIVE_PRONOUN") or lowers[k + 1] in ("a", "an", "the"))):
        return None  # "NAME welcomed and thanked the delegation": a verb, no party of his
    k += 2
    while k < limit and lowers[k] not in DELEGATION_NOUNS:
        place = ctx.by_start.get(k)
        if place is not None and place_kind(place) in STATE_KINDS:
            k = place.end
        elif ctx.doc[k].is_lower or token_texts(ctx.doc)[k] in HYPHENS:
            k += 1
        else:
            return None
    return country_ending_at(ctx, k) or _country_after_of(ctx, k + 1) if k < limit else None


#: How far after a mention a party coordinated with him may end ("NAME, his wife and a high-ranking delegation").
PARTY_REACH = 12


def its_office(ctx: OfficeContext) -> Optional[str]:
    """ "New Zealand, which has yet to form a government, will send its Deputy Prime Minister
    NAME": "its" before the office is the state named last before it in the sentence."""
    k = _before_styles(ctx)
    if not (k - 1 > ctx.sent.start and ctx.lowers[k - 1] == "its"):
        return None
    for j in range(k - 2, ctx.sent.start - 1, -1):
        place = ctx.by_end.get(j + 1)
        if place is not None and place_kind(place) == "country" and not _inside_a_name(ctx, place):
            return span_value(place, "nf_place").get("country")
    return None


def the_countrys_office(ctx: OfficeContext) -> Optional[str]:
    """ "arrived in Chile, where the country's President NAME received him", "will see the King of
    X and then the country's Prime Minister NAME": "the country's" before the
    office, as "its", is the state named last before it, in its sentence or the one before."""
    k = _before_styles(ctx)
    if not (k - 3 >= ctx.sent.start and is_possessive(ctx.doc, k - 1) and ctx.lowers[k - 2] == "country"
            and ctx.lowers[k - 3] == "the"):
        return None
    first = sentence_of(ctx.doc, ctx.sent.start - 1).start if ctx.sent.start > 0 else ctx.sent.start
    for j in range(k - 4, first - 1, -1):
        place = ctx.by_end.get(j + 1)
        if place is not None and place_kind(place) == "country" and not _inside_a_name(ctx, place):
            return span_value(place, "nf_place").get("country")
    return None


def _inside_a_name(ctx: OfficeContext, place: Span) -> bool:
    """Whether a state's name is joined by a hyphen to another in a longer name ("the
    Thailand-Viet Nam Friendship Group, led by its Chairman"): "its" is then the body's, not
    the state's. A state's name before a capitalised word alone is not ("the Kenya Government
    delegation, led by its Foreign Minister": the body is the state's own)."""
    doc = ctx.doc
    joined = place.start > ctx.sent.start and token_texts(doc)[place.start - 1] in HYPHENS_OF_NAMES
    return joined or place.end < ctx.sent.end and token_texts(doc)[place.end] in HYPHENS_OF_NAMES


def list_item_country(ctx: OfficeContext) -> Optional[str]:
    """ "NAME, Vice President, Flemish Parliament, Belgium; NAME, ...": in a list of participants
    a state that closes the item, after the office and its body, says whose the office is."""
    doc, lowers, k = ctx.doc, ctx.lowers, ctx.end
    for _ in range(LIST_ITEM_PARTS):
        if not (k + 1 < ctx.sent.end and lowers[k] == ","):
            return None
        place = ctx.by_start.get(k + 1)
        if place is not None and place_kind(place) == "country":
            after = place.end
            closed = after >= ctx.sent.end or lowers[after] in (";", ".") or doc[after].is_space
            return span_value(place, "nf_place").get("country") if closed else None
        k += 1
        start = k
        while k < ctx.sent.end and k not in ctx.by_start and (
                doc[k].is_title or doc[k].is_upper or k > start and (
                    ctx.has(k, "LIST_SMALL_WORD") or ctx.has(k, "STATUS_WORD") or lowers[k] == "/")):
            k += 1
        if k == start:
            return None
    return None


def state_body(ctx: OfficeContext) -> Optional[str]:
    """ "NAME, State Secretary at the Hungarian Ministry of X", "NAME, a director in Kenya's
    Ministry of Trade", "Permanent Secretary NAME of the Ghanaian Foreign Ministry": a state's
    own body (``STATE_BODY_HEAD``) named inside the mention, or right after it behind a
    preposition, says whose the office is. A body named after any other word is another's
    ("NAME met officials at the Kenyan Ministry of Trade")."""
    k = ctx.end
    k += int(k < ctx.sent.end and ctx.lowers[k] == ",")  # "NAME, Permanent Secretary|, in the ... Ministry"
    tail = k + 1 < ctx.sent.end and ctx.has(k, "BODY_PREPOSITION")
    for j in range(ctx.start, min(ctx.sent.end, k + 3) if tail else ctx.end):
        place = ctx.by_start.get(j)
        if place is None or place_kind(place) not in STATE_KINDS or not _opens_body(ctx, place):
            continue
        before = ctx.lowers[j - 1] if j > ctx.sent.start else ""
        if j == ctx.start or before == "the" or ctx.has(j - 1, "BODY_PREPOSITION"):
            return span_value(place, "nf_place").get("country")
    return None


def _opens_body(ctx: OfficeContext, place: Span) -> bool:
    """Whether a state's name opens the name of one of its bodies: "the Kenyan| (Foreign)
    Ministry", "Kenya's| Ministry of Trade" (up to two portfolio words between)."""
    k = place.end + int(place.end < ctx.sent.end and is_possessive(ctx.doc, place.end))
    for j in range(k, min(ctx.sent.end, k + STATE_BODY_WORDS + 1)):
        if ctx.has(j, "STATE_BODY_HEAD"):
            return True
        if not ctx.doc[j].is_alpha or j in ctx.by_start:
            return False
    return False


#: How many portfolio words may stand between a state and its body's head ("Foreign Affairs").
STATE_BODY_WORDS = 2

#: How many comma-separated parts of a list item may stand between an official and his state.
LIST_ITEM_PARTS = 3


def first_office_state(ctx: OfficeContext) -> Optional[str]:
    """ "Chinese State Councillor and Minister of Foreign Affairs NAME", "Lao Party General
    Secretary and State President NAME": one holder's two offices joined by "and", the state
    written before the first; only the capitalised words of that office stand between (it ends
    on an office's head, so "Chinese President NAME and Prime Minister NAME2" are two people's),
    and a one-word office after "the" may be another's ("the Chinese Ambassador and Minister NAME")."""
    k = _before_styles(ctx)
    if not (k - 3 > ctx.sent.start and ctx.lowers[k - 1] == "and" and k - 2 in ctx.office_tokens):
        return None
    for i in range(k - 2, max(ctx.sent.start, k - 2 - FIRST_OFFICE_WORDS), -1):
        country = country_ending_at(ctx, i)
        if country:
            one_word = k - 1 - i == 1 and i - 1 >= ctx.sent.start and ctx.lowers[ctx.by_end[i].start - 1] == "the"
            return None if one_word else country
        if not (ctx.doc[i - 1].is_title or ctx.doc[i - 1].is_upper):
            return None
    return None


#: How many words the first of two offices joined by "and" may have ("Party General Secretary").
FIRST_OFFICE_WORDS = 5

COUNTRY_RULES: Tuple[Callable[[OfficeContext], Optional[str]], ...] = (
    led_delegation, delegation_member, delegation_led_by, counterpart, on_behalf_of, acts_on_behalf_of, represented_by,
    other_dignitaries, its_office, the_countrys_office, list_item_country, representing, state_body, first_office_state,
    group_member, party_alongside, whose_office,
)


def context_country(ctx: OfficeContext) -> Tuple[Optional[str], str]:
    """The country the first rule of :data:`COUNTRY_RULES` finds, with the rule's name."""
    for rule in COUNTRY_RULES:
        country = rule(ctx)
        if country:
            return country, rule.__name__
    return None, ""


def _own_visit_before(ctx: OfficeContext) -> Optional[str]:
    """ "During his visit to Sri Lanka, Foreign Minister NAME will ...": a visit of "his/her"
    told just before the mention, with the place visited between."""
    doc, lowers, visits = ctx.doc, lower_words(ctx.doc), ctx.words["VISIT_CUE"]
    for k in range(ctx.start - 1, max(ctx.sent.start, ctx.start - VISIT_PLACE_REACH) - 1, -1):
        if lowers[k] in visits and k - 1 >= ctx.sent.start and lower_words(doc)[k - 1] in ("his", "her", "their"):
            for j in range(k + 1, ctx.start):
                if place_kind(ctx.by_start.get(j)) in ("country", "city", "region"):
                    return span_value(ctx.by_start[j], "nf_place").get("country")
            return None
    return None


def _visit_of(ctx: OfficeContext) -> Optional[str]:
    """ "the state visit of President NAME to Canberra": a visit named before the mention,
    whose place follows it."""
    k = _before_styles(ctx)
    if not (k - 2 >= ctx.sent.start and ctx.lowers[k - 1] == "of" and ctx.has(k - 2, "VISIT_CUE")):
        return None
    if ctx.end + 1 < ctx.sent.end and ctx.lowers[ctx.end] in ("to", "in"):
        place = ctx.by_start.get(ctx.end + 1)
        if place_kind(place) in ("country", "city", "region"):
            return span_value(place, "nf_place").get("country")
    return None


def _origin_or_owner(ctx: OfficeContext, j: int) -> bool:
    """Whether the place at ``j`` follows "from" or "of" ("the" between): "a call from the
    President of China", "a letter from Ghana" tell where someone or something comes from or
    whose an office is, not where the official goes."""
    k = j - 1 - int(j - 1 > ctx.sent.start and ctx.lowers[j - 1] == "the")
    return k >= ctx.sent.start and ctx.lowers[k] in ("from", "of")


def visited_place_country(ctx: OfficeContext) -> Tuple[Optional[str], Optional[str]]:
    """The country an official goes to, told right after the mention: "NAME arrived in Dhaka",
    "NAME ... left last night to pay an official visit to the Republic of Korea", "NAME will be
    in Thailand on a two-day visit", "NAME paid courtesy calls on Lao leaders in Vientiane". A
    visitor keeps his own country: this one is never given to him by default (the dateline's
    or the story's); it is the host's. Second, the state where another's visit meets him ("A
    called on B during her visit to X"): the host's, never one he visits."""
    before = _own_visit_before(ctx) or _visit_of(ctx)
    if before:
        return before, None
    inviting = _inviting_host(ctx)
    if inviting:
        return None, inviting
    if _invited(ctx):
        return None, None  # "invited Premier NAME to visit Pakistan": a visit asked for, not made
    country, met = _visit_after(ctx)
    return (None, country) if met else (country, None)


def comes_to_the_country(ctx: OfficeContext) -> bool:
    """ "Prime Minister NAME arrived in the country on ... for a two-day official visit", "NAME,
    who is in the country for talks": a visit told after the mention to "the country", the
    land of the teller, makes him its guest (as "the visiting ..." does)."""
    lowers, sent, visits = ctx.lowers, ctx.sent, ctx.words["VISIT_CUE"]
    reach = min(sent.end - 3, ctx.end + VISIT_REACH)
    if not (word_within(ctx.doc, visits, ctx.end, reach) or word_within(ctx.doc, BEING_IN, ctx.end, reach)):
        return False  # no visit told in the window (what the walk below finds first)
    for k in range(ctx.end, reach):
        if lowers[k] in (";", ":", "while", "whereas", "which", "before", "after"):
            return False  # another's clause
        if lowers[k] in visits or lowers[k] in ("is", "was") and lowers[k + 1] == "in":
            j = k + 1
            if lowers[j:j + 3] not in (["in", "the", "country"], ["to", "the", "country"]) \
                    or j + 3 < sent.end and is_possessive(ctx.doc, j + 3):
                return False  # "a visit to the country's north": a tour of his own land
            # "arrived in the country from Tokyo after the summit": one back home
            return not any(word in COMING_HOME_WORDS for word in lowers[j + 3:sent.end])
    return False


#: Words after "arrived in the country" that tell one coming back home, not a guest.
COMING_HOME_WORDS = ("from", "after", "back", "home", "returned", "return", "returning")


def _inviting_host(ctx: OfficeContext) -> Optional[str]:
    """ "will travel to Angola for a state visit at the invitation of President NAME": the one
    who invites the visit told before him in the sentence is of the state it goes to (the place
    after its last "to")."""
    k = _before_styles(ctx)
    k -= int(k - 1 > ctx.sent.start and ctx.lowers[k - 1] == "the")
    if not (k - 3 >= ctx.sent.start and ctx.lowers[k - 1] == "of" and ctx.lowers[k - 2] == "invitation"):
        return None
    for j in range(k - 3, ctx.sent.start, -1):
        if ctx.lowers[j - 1] == "to" and place_kind(ctx.by_start.get(j)) in ("country", "city"):
            return span_value(ctx.by_start[j], "nf_place").get("country")
    return None


def _invited(ctx: OfficeContext) -> bool:
    """Whether a verb of inviting stands right before the mention ("also invited Premier NAME",
    "invites President NAME to ..."): the visit told after it is one asked of him."""
    k = _before_styles(ctx)
    k -= int(k - 1 > ctx.sent.start and ctx.lowers[k - 1] == "the")
    return k - 1 >= ctx.sent.start and ctx.has(k - 1, "INVITE_VERB")


def _visit_after(ctx: OfficeContext) -> Tuple[Optional[str], bool]:
    """The state a visit told after the mention goes to, and whether it is another's visit in
    which the mention is met (after a verb of meeting, "during her visit to X")."""
    doc, sent = ctx.doc, ctx.sent
    lowers, visits = lower_words(doc), ctx.words["VISIT_CUE"]
    k = ctx.end
    if k + 2 < sent.end and lowers[k] in ("is", "are") and lowers[k + 1] == "in" \
            and place_kind(ctx.by_start.get(k + 2)) in ("country", "city"):
        return span_value(ctx.by_start[k + 2], "nf_place").get("country"), False  # "NAME is in Beijing to ..."
    reach = min(sent.end, ctx.end + VISIT_REACH)
    if not word_within(doc, visits, ctx.end, reach):
        return None, False  # no visit told in the window: the walk below would find none
    met = ctx.any_of(max(sent.start, ctx.start - MET_REACH), ctx.start, "MEETING_VERB")
    for k in range(ctx.end, reach):
        if lowers[k] in (";", ":", "while", "whereas", "who", "which", "before", "after") \
                and not (lowers[k] == "who" and (k == ctx.end or k - 1 == ctx.end and lowers[k - 1] == ",")):
            return None, False  # another's clause; "NAME(,) who arrived in Stockholm" is his own
        if lowers[k] not in visits or _guest_adjective(ctx, k):
            continue
        owner = _visit_owner(ctx, k)
        if owner is not None and owner > ctx.end and lowers[owner] in POSSESSIVES \
                and (any(i in ctx.office_tokens for i in range(ctx.end, owner)) or ctx.doc[owner - 1].is_title and owner not in ctx.by_end):
            # "A is hosting Minister B ..., as part of the latter's visit to X", "A said that NAME's
            # visit was to thank X": B's visit, not A's
            continue
        # "A welcomed Chancellor B on his first visit to Athens": the one received visits, A hosts
        received = owner is not None and owner > ctx.end and ctx.has(owner, "POSSESSIVE_PRONOUN") \
            and any(ctx.has(i, "RECEIVING_VERB") for i in range(ctx.end, owner)) \
            and any(i in ctx.office_tokens for i in range(ctx.end, owner))
        after = range(k + 1, min(sent.end, k + VISIT_PLACE_REACH))
        before = range(k - 1, max(ctx.end, k - VISIT_PLACE_REACH) - 1, -1)
        for j in list(after) + list(before):
            if place_kind(ctx.by_start.get(j)) in ("country", "city", "region") and ctx.by_start[j].start >= ctx.end \
                    and not _origin_or_owner(ctx, j):
                return (span_value(ctx.by_start[j], "nf_place").get("country"),
                        received or _returns_home(ctx, k, ctx.by_start[j].end)
                        or met and owner is not None and ctx.has(owner, "POSSESSIVE_PRONOUN"))
        # "arrived here today on a two-day official visit to Nepal": a later cue may name it
    return None, False


def _returns_home(ctx: OfficeContext, k: int, place_end: int) -> bool:
    """ "President NAME arrived in Abuja on Friday after a three-day visit to X", "returned to
    Lima from a tour of Asia": an arrival (``ARRIVAL_VERB`` at ``k``) told as the end of a trip
    (``TRIP_NOUN`` after "after" or "from" later in the clause) is a return home: the place
    arrived in is his own state's, no visit."""
    if not ctx.has(k, "ARRIVAL_VERB"):
        return False
    for i in range(place_end, min(ctx.sent.end - 1, place_end + RETURN_REACH)):
        if ctx.lowers[i] in ("after", "from"):
            return ctx.any_of(i + 1, min(ctx.sent.end, i + 1 + VISIT_DESCRIBERS + 1), "TRIP_NOUN")
        if ctx.lowers[i] in (";", "while", "to", "for"):
            return False
    return False


#: How far after the place arrived in "after"/"from" may stand ("on Friday evening after").
RETURN_REACH = 8


def _visit_owner(ctx: OfficeContext, k: int) -> Optional[int]:
    """The word that says whose the visit at ``k`` is, before the words that describe it ("his|
    official visit", "the latter's| two-day working visit"): its index, or None."""
    doc, j = ctx.doc, k - 1
    while j > ctx.sent.start and k - j <= VISIT_DESCRIBERS and (
            doc[j].is_lower and doc[j].is_alpha and not ctx.has(j, "POSSESSIVE_PRONOUN")
            or token_texts(doc)[j] in HYPHENS or doc[j].like_num):
        j -= 1
    return j if j >= ctx.sent.start and j < k else None


#: How many words may describe a visit between its owner and its noun ("his first official state visit").
VISIT_DESCRIBERS = 5


def _guest_adjective(ctx: OfficeContext, k: int) -> bool:
    """Whether "visiting" at ``k`` describes another's office ("held talks with visiting Bangladeshi
    Prime Minister NAME at X House"), not a visit the mention makes ("NAME is visiting Japan"):
    no auxiliary before it, an office or a state after it."""
    if not ctx.has(k, "VISITING_WORD") or k - 1 >= ctx.sent.start and ctx.has(k - 1, "AUXILIARY"):
        return False
    nxt = k + 1
    return nxt < ctx.sent.end and (nxt in ctx.office_tokens or place_kind(ctx.by_start.get(nxt)) in STATE_KINDS)


def posted_to(ctx: OfficeContext) -> Optional[str]:
    """ "Ambassador of China to Nigeria NAME", "NAME, High Commissioner to Namibia": the state
    an envoy's office is served in, written inside the mention after "to". He is its guest, as
    a visitor is, and never of it by default."""
    for k in range(ctx.start, ctx.end - 1):
        if ctx.lowers[k] == "to":
            j = k + 1 + int(ctx.lowers[k + 1] == "the")
            place = ctx.by_start.get(j)
            if place is not None and place_kind(place) == "country" and place.end <= ctx.end:
                return span_value(place, "nf_place").get("country")
    return None


#: How far after an envoy's mention the credentials he presents are named ("presented a copy of
#: his credentials"), and how far before them when he is named after ("the credentials of Ambassador NAME").
CREDENTIALS_REACH = 8
CREDENTIALS_BEFORE = 3


def credentials_host(ctx: OfficeContext) -> Optional[str]:
    """ "Ambassador NAME presented his credentials to President NAME", "received the credentials
    of Ambassador NAME": a new envoy accredited by a state, its guest, who serves the state that
    sends him, never the host (as a visitor keeps his own). None when the mention presents no
    credentials; the receiver's state when written near ("to German President NAME", "to the
    King of Bhutan", "German President NAME received the credentials of ..."), else "" (the
    story's home receives him)."""
    if not ctx.any_of(ctx.start, ctx.end, "ENVOY_WORD"):
        return None
    region = None
    for k in range(ctx.end, min(ctx.sent.end, ctx.end + CREDENTIALS_REACH)):
        if ctx.has(k, "FACING_CUE"):
            return None  # "Ambassador NAME (the protocol chief) received the credentials": the host's
        if ctx.has(k, "CREDENTIALS_WORD"):
            region = range(k + 1, min(ctx.sent.end, k + 1 + CREDENTIALS_REACH))
            break
    for k in range(max(ctx.sent.start, ctx.start - CREDENTIALS_BEFORE), ctx.start if region is None else ctx.sent.start):
        if ctx.has(k, "CREDENTIALS_WORD"):
            region = range(ctx.sent.start, k)  # the receiver is named before
            break
    if region is None:
        return None
    for k in region:
        place = ctx.by_start.get(k)
        if place is not None and place_kind(place) in STATE_KINDS:
            return span_value(place, "nf_place").get("country") or ""
    return ""


def _delegation_subject(lowers, start: int, j: int) -> bool:
    """Whether the list cue at ``j`` lists a delegation's members: right after "delegation", or
    with a delegation the subject of its clause ("The delegation, which NAME is leading,
    comprises ...")."""
    if lowers[j - 1] in DELEGATION_NOUNS:
        return True
    clause = lowers[start:j]
    return any(w in DELEGATION_NOUNS for w in clause) and not any(w in (";", ":") for w in clause)


def _leads_party(ctx: OfficeContext) -> bool:
    """ "The delegation, made up of ..., was led by Mr. NAME": the head of a visiting party
    named before him in his sentence is one of it."""
    k = _before_styles(ctx)
    k -= int(k - 1 > ctx.sent.start and token_texts(ctx.doc)[k - 1].rstrip(".") in COURTESY_WORDS)
    if not (k - 2 > ctx.sent.start and ctx.lowers[k - 1] == "by" and ctx.lowers[k - 2] in ("led", "headed")):
        return False
    return any(w in DELEGATION_NOUNS for w in ctx.lowers[ctx.sent.start:k - 2])


#: Courtesy titles that may stand before a name after "led by".
COURTESY_WORDS = ("Mr", "Mrs", "Ms", "Madam", "Dr")


def accompanies(ctx: OfficeContext) -> bool:
    """Whether the mention is listed in a delegation with no state of its own, among those who
    go with the story's visitor: "accompanied by a delegation including former ministers A,
    Minister for X B, ...", "She is accompanied by Minister A and Ambassador B".
    Only names, offices, styles and small words stand between the cue and the mention, but for a
    few words that describe the list right after the cue ("former politicians")."""
    lowers, doc = ctx.lowers, ctx.doc
    if _leads_party(ctx):
        return True
    lookback = max(ctx.sent.start, ctx.start - LIST_LOOKBACK)
    if not (word_within(doc, ctx.words["ACCOMPANY_CUE"], lookback, ctx.start) or word_within(doc, BY, lookback, ctx.start)):
        return False  # no cue and no "by" before the mention: the walk below would find none
    # the words' flags from the doc's arrays: this walks back up to LIST_LOOKBACK words per mention
    spaces, lowercase, alphabetic = token_ids(doc, "IS_SPACE"), token_ids(doc, "IS_LOWER"), token_ids(doc, "IS_ALPHA")
    cues, small = ctx.words["ACCOMPANY_CUE"], ctx.words["LIST_SMALL_WORD"]
    described = None
    for j in range(ctx.start - 1, max(ctx.sent.start, ctx.start - LIST_LOOKBACK) - 1, -1):
        if lowers[j] in cues and j > ctx.sent.start and _delegation_subject(lowers, ctx.sent.start, j) \
                or _escorted_by(ctx, j):
            return described is None or described - j <= ACCOMPANY_DESCRIPTION
        if lowers[j] in (";", ".") or spaces[j]:
            return False
        if lowercase[j] and alphabetic[j] and lowers[j] not in small \
                and lowers[j] not in ctx.name_particles and described is None:
            described = j  # the lowercase word nearest the mention: it must still describe the list
    return False


def sends_message(ctx: OfficeContext) -> bool:
    """ "conveyed greetings from President NAME", "handed over a letter from Prime Minister NAME",
    "thanked for the greetings of President NAME", "handed over President NAME's message": the
    sender of what a visitor carries is of the visitor's side, never the host's."""
    k, end = _before_styles(ctx), ctx.end
    if end + 1 < ctx.sent.end and is_possessive(ctx.doc, end) and ctx.has(end + 1, "MESSAGE_NOUN"):
        return True
    k -= int(k - 1 > ctx.sent.start and ctx.has(k - 1, "POSSESSIVE_PRONOUN"))  # "a letter ... from his Prime Minister NAME"
    if k - 2 >= ctx.sent.start and ctx.lowers[k - 1] == "of":
        return ctx.has(k - 2, "MESSAGE_NOUN")
    if not (k - 2 >= ctx.sent.start and ctx.lowers[k - 1] == "from"):
        return False
    return ctx.any_of(max(ctx.sent.start, k - 1 - MESSAGE_REACH), k - 1, "MESSAGE_NOUN")


#: How far before "from" the thing sent may stand ("greetings and good wishes from").
MESSAGE_REACH = 5


def escorts_after(ctx: OfficeContext) -> Optional[int]:
    """ "A, B and senior officials are accompanying President NAME", "NAME, the Deputy Press
    Secretary ... were accompanying the Foreign Minister": the mention is in the subject of a
    verb of going along, written after it. Returns where the verb ends (what follows is whom they
    go with), None otherwise. Few lowercase words may stand between (the list's own)."""
    lowers = ctx.lowers
    lower, alpha = token_ids(ctx.doc, "IS_LOWER"), token_ids(ctx.doc, "IS_ALPHA")  # no Token made per word
    verbs, auxiliaries, small = ctx.words["ESCORTING_VERB"], ctx.words["ESCORT_AUXILIARY"], ctx.words["LIST_SMALL_WORD"]
    described = 0
    reach = min(ctx.sent.end, ctx.end + LIST_LOOKBACK)
    if not word_within(ctx.doc, verbs, ctx.end + 1, reach):
        return None  # no verb of going along after the mention: the walk below would find none
    for k in range(ctx.end, reach):
        if lowers[k] in verbs and k - 1 >= ctx.end and lowers[k - 1] in auxiliaries:
            return k + 1
        if lower[k] and alpha[k] and lowers[k] not in small \
                and lowers[k] not in auxiliaries and lowers[k] not in ctx.name_particles:
            described += 1
            if described > ESCORT_SUBJECT_WORDS:
                return None
    return None


#: How many lowercase words of its own a list of escorts may hold ("and senior officials").
ESCORT_SUBJECT_WORDS = 5


def _escorted_by(ctx: OfficeContext, j: int) -> bool:
    """ "He will be accompanied by A, B and C", "The minister was joined by A": "by" at ``j``
    after a verb of going along (a few words between: "joined at the talks by")."""
    if ctx.lowers[j] != "by":
        return False
    return ctx.any_of(max(ctx.sent.start, j - ESCORT_REACH), j, "ESCORT_VERB")


#: How far before "by" a verb of going along may stand ("was joined at the talks by").
ESCORT_REACH = 5
#: How many words after an accompanying cue may describe the list ("former politicians").
ACCOMPANY_DESCRIPTION = 3

#: How far apart, in tokens, an official and the one he faces may stand in a sentence.
FACING_REACH = 14
#: How far back a list's semicolon is looked for.
LIST_LOOKBACK = 60
#: How far before a "<Demonym> ..." office phrase a facing cue may stand ("in honour of the Chinese").
FACING_CUE_REACH = 4


@dataclass(frozen=True)
class OtherOffice:
    """Another official's mention (tokens ``start``..``end``) whose office tells its country."""
    start: int
    end: int
    country: str
    key: int = -1  # which mention it is, for one whose country is not told yet


def _has_cue(ctx: OfficeContext, start: int, end: int) -> bool:
    return ctx.any_of(start, end, "FACING_CUE")


def _listed(ctx: OfficeContext) -> bool:
    """Whether the mention is an item of a list ("...; Deputy Minister A and Vietnamese
    Ambassador B"): the last two items of a delegation's list are joined by "and" too."""
    before = ctx.lowers[max(ctx.sent.start, ctx.start - LIST_LOOKBACK):ctx.start]
    return ";" in before or bool(before) and before[-1] == ","


def _fellow_object(ctx: OfficeContext, other: OtherOffice, between: Tuple[int, int]) -> bool:
    """ "The visitor met A and paid a courtesy call on B", "... will meet with the Chairman,
    A, pay a courtesy call on B": the official before is met too (a facing cue stands before
    him), and the cue before this one opens a new predicate of the same subject (after "and"
    or a comma): the two are met side by side, neither faces the other."""
    cue = next((i for i in range(*between) if ctx.has(i, "FACING_CUE")), None)
    if cue is None or not any(ctx.lowers[i] in ("and", ",") for i in range(between[0], cue)):
        return False
    return _has_cue(ctx, max(ctx.sent.start, other.start - FACING_REACH), other.start)


def _faced_official(ctx: OfficeContext, others) -> Optional[str]:
    faced = faced_official(ctx, others)
    return faced.country if faced else None


def faced_official(ctx: OfficeContext, others) -> Optional[OtherOffice]:
    """ "NAME spoke with UK Foreign Secretary NAME", "Chinese Foreign Minister NAME met Foreign
    Minister NAME": the nearest other official of the sentence, with a facing cue between."""
    best = None
    for other in others:
        if other.end <= ctx.start:
            gap, between = ctx.start - other.end, (other.end, ctx.start)
            if _fellow_object(ctx, other, between):
                continue
        elif other.start >= ctx.end:
            gap, between = other.start - ctx.end, (ctx.end, other.start)
        else:
            continue
        # a comma between lists them side by side ("talks with A, a meeting with B"): no facing;
        # one closing the official's apposition does not count ("..., NAME, met with ...")
        inside = ctx.lowers[between[0] + (ctx.lowers[between[0]] == ","):between[1]]
        # "co-chaired by A, and Minister of Foreign Affairs of Mexico B", "President A and
        # Japanese Prime Minister B": an office whose state is told, after one whose is not
        paired = other.start >= ctx.end and inside == ["and"] and not _listed(ctx)
        if gap <= FACING_REACH and (paired or _has_cue(ctx, *between) and "," not in inside) \
                and (best is None or gap < best[0]):
            best = (gap, other)
    return best[1] if best else None


def _faced_phrase(ctx: OfficeContext) -> Optional[str]:
    """ "NAME and his Chinese counterpart", "NAME will host a dinner in honour of the Chinese
    foreign minister": a demonym after the mention, before "counterpart" or after a facing cue."""
    limit = min(ctx.sent.end, ctx.end + FACING_REACH)
    origin = _faced_origin(ctx, limit)
    if origin:
        return origin
    for k in range(ctx.end, limit):
        place = ctx.by_start.get(k)
        if place is None or place_kind(place) not in STATE_KINDS:
            continue  # "his Chinese counterpart", "talks with senior US government officials"
        if not any(j in ctx.office_tokens or ctx.has(j, "FACED_NOUN")
                   for j in range(place.end, min(ctx.sent.end, place.end + 3))):
            continue  # "with the Australian Federal Police": a body, not an office
        cue_before = _has_cue(ctx, max(ctx.end, k - FACING_CUE_REACH), k) or (
            k - 1 >= ctx.end and ctx.has(k - 1, "POSSESSIVE_PRONOUN")
            and place.end < ctx.sent.end and ctx.has(place.end, "FACED_NOUN"))
        if cue_before:
            return span_value(place, "nf_place").get("country")
    return None


def _faced_origin(ctx: OfficeContext, limit: int) -> Optional[str]:
    """ "NAME held talks with his counterparts from Peru, Chile and Bolivia", "met her
    counterpart from the Republic of Korea": a faced noun after an owner's determiner or a
    facing cue, then "from" and a state: the first state so named, which he faces."""
    for k in range(ctx.end, limit - 2):
        if not ctx.has(k, "FACED_NOUN") or ctx.lowers[k + 1] != "from":
            continue
        at = k + 2 + int(ctx.lowers[k + 2] == "the" and k + 3 < ctx.sent.end)
        place = ctx.by_start.get(at)
        owned = k - 1 >= ctx.end and ctx.has(k - 1, "POSSESSIVE_PRONOUN")
        if place is not None and place_kind(place) in STATE_KINDS \
                and (owned or _has_cue(ctx, max(ctx.end, k - FACING_CUE_REACH), k)):
            return span_value(place, "nf_place").get("country")
    return None


def faced_country(ctx: OfficeContext, others=()) -> Optional[str]:
    """The state an official stands opposite to in his sentence (he talks with, meets, hosts
    or calls its official, "his <Demonym> counterpart"): never his own."""
    return _faced_official(ctx, others) or _faced_phrase(ctx)


def story_pair(mentioned, coordinated) -> Tuple[str, ...]:
    """The two states a story is between: the pair it names coordinated most often ("India and
    Mexico", "PNG-Australia"), else the two it names most, when a third is named less than
    the second. ``mentioned``: the country of every state named in the body, in order;
    ``coordinated``: the pairs named together."""
    pairs = Counter(tuple(sorted(p)) for p in coordinated if p[0] != p[1])
    if pairs:
        return pairs.most_common(1)[0][0]
    ranked = Counter(mentioned).most_common(3)
    if len(ranked) < 2 or (len(ranked) == 3 and ranked[2][1] >= ranked[1][1]):
        return ()
    return ranked[0][0], ranked[1][0]


def other_of(pair: Tuple[str, ...], country: Optional[str]) -> Optional[str]:
    """The other state of a story's pair."""
    if country in pair and len(pair) == 2:
        return pair[1] if country == pair[0] else pair[0]
    return None


def settled_country(away: frozenset, home: Optional[str], pair: Tuple[str, ...]) -> Tuple[Optional[str], str]:
    """The country of an official whose office told none, with the rule's name: one who visits
    or faces a state of the story's pair serves the other ("NAME arrived in Canberra" in a
    Philippines-Australia story); else the story's home country, unless he visits or faces it."""
    others = {other_of(pair, country) for country in away} - {None}
    if len(others) == 1 and not others & away:
        return others.pop(), "story.pair"
    if home and home not in away:
        return home, "story.home"
    return None, ""


#: The home rules that read a story's home from the state its people go to or meet ("A trade
#: delegation from Saskatchewan is headed to Vietnam": Vietnam named most): a state whose regions
#: the story tells as its own outranks them (:func:`regional_home`).
REGION_OUTRANKED = ("named_most", "visit_host", "party_visit", "envoys_posted", "guests_host", "untold", "named_most_not_site")
#: How often a state's regions must be named (not as a destination) to tell the story's home.
REGION_HOME_LEAST = 2


def region_counts(doc: Doc, states, destination: Callable[[int], bool], units) -> Counter:
    """The states of the regions a story names (``states``: its place spans with their values),
    each as often as named, not as a destination (``destination``: whether the place at a token
    is gone to or held in); a town before a sub-national unit's word (``units``: "Kisii County",
    "Henan Province") names its region."""
    texts = token_texts(doc)
    return Counter(place["country"] for span, place in states
                   if (place.get("kind") == "region" or place.get("kind") == "city" and span.end < len(doc)
                       and texts[span.end] in units) and not destination(span.start))


def regional_home(regions: Counter, home: Optional[str], home_rule: str) -> Optional[str]:
    """The state a story is told from when its regions are the story's own: "The Madhya Pradesh
    Chief Minister will visit Japan ... investors in Madhya Pradesh", "a Utah trade mission to
    Mexico": a sub-national government's journey abroad, whose home the rules reading the state
    gone to or met (``REGION_OUTRANKED``) would give as the host. ``regions``: the states of the
    regions the story names, not as a destination ("to Ontario"), with their counts. The state
    whose regions lead, named at least ``REGION_HOME_LEAST`` times; None when it is the home."""
    if home_rule not in REGION_OUTRANKED or not regions:
        return None
    ranked = regions.most_common(2)
    state, count = ranked[0]
    if state == home or count < REGION_HOME_LEAST or len(ranked) > 1 and ranked[1][1] >= count:
        return None
    return state


#: How many first letters a demonym shares with its state's name ("Korea|n", "Congo|lese").
DEMONYM_STEM = 5


def story_demonym_country(demonym: str, named) -> Optional[str]:
    """The state an ambiguous demonym ("Korean", "Congolese", "Dominican": two states each)
    means in a story: the only state the story names whose name shares the demonym's stem
    ("Korean" in a story that names South Korea and not North Korea). ``named``: (name,
    country) of the states the story names."""
    stem = demonym[:DEMONYM_STEM].casefold()
    if len(demonym) < DEMONYM_STEM:
        return None
    found = {code for name, code in named if code and stem in name.casefold()}
    return found.pop() if len(found) == 1 else None


#: Nouns of a state's ministry named with its portfolio ("the Ministry of Trade", "Department for X").
MINISTRY_NOUNS = frozenset({"Ministry", "Department"})
#: Offices that head a ministry's portfolio ("Deputy Minister of Trade", "Secretary for X").
PORTFOLIO_HEADS = ("minister", "secretary")
#: How many capitalised comma-separated parts (a street, a district) may stand between a
#: ministry's name and the place that tells its state ("Ministry of X, Tower Hill, Freetown").
ADDRESS_PARTS = 2


def portfolio_key(words: str) -> str:
    """A portfolio compared by its words: lowercase, "&" read as "and", no commas."""
    return " ".join(words.replace("&", " and ").replace(",", " ").lower().split())


def office_portfolio(title: Optional[str]) -> str:
    """The portfolio of a minister's office, "Deputy Minister of Trade and Industry" -> "trade
    and industry"; "" when the office names none."""
    words = (title or "").split()
    for i in range(len(words) - 2):
        if words[i].lower() in PORTFOLIO_HEADS and words[i + 1].lower() in ("of", "for"):
            return portfolio_key(" ".join(words[i + 2:]))
    return ""


def _portfolio_end(doc: Doc, k: int, limit: int) -> int:
    """The end of a ministry's portfolio from ``k``: capitalised words, "and" or "&" between."""
    lowers = lower_words(doc)
    j = k
    while j < limit and (doc[j].is_title or lowers[j] in ("and", "&") and j + 1 < limit and doc[j + 1].is_title):
        j += 1
    return j


def ministry_states(doc: Doc, by_start: Dict[int, Span]) -> Dict[str, set]:
    """The states of the ministries the text names with their place ("The Department of Trade
    and Industry, South Africa", "the Ministry of X of Ghana", "Ministry of X, Tower Hill,
    Freetown"), by portfolio: portfolio -> set of states."""
    texts, lowers = token_texts(doc), lower_words(doc)
    found: Dict[str, set] = {}
    for i in token_indices(doc, "ORTH", MINISTRY_NOUNS):
        if i + 3 >= len(doc) or lowers[i + 1] not in ("of", "for"):
            continue
        end = _portfolio_end(doc, i + 2, min(len(doc), i + 14))
        k, parts = end, 0
        if k < len(doc) and lowers[k] == "of":
            k += 1 + int(k + 1 < len(doc) and lowers[k + 1] == "the")
        else:
            while k + 1 < len(doc) and texts[k] == "," and k + 1 not in by_start and parts < ADDRESS_PARTS:
                k, parts = _portfolio_end(doc, k + 1, min(len(doc), k + 6)), parts + 1  # a street, a district
            k += int(k < len(doc) and texts[k] == ",")
        place = by_start.get(k)
        state = span_value(place, "nf_place").get("country") if place_kind(place) in ("country", "city") else None
        if state and end > i + 2:
            found.setdefault(portfolio_key(doc[i + 2:end].text), set()).add(state)
    return found
