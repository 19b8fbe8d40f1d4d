"""Instruments: named plans, programmes, agreements, treaties, MoUs, declarations, laws.

Head words and their kinds are data (``patterns/instruments.jsonl``). A name is the
capitalised run around a head (see :mod:`.phrases`); its period comes from a year range
right after it: "(2026–2035)", "for 2023-2025", "2021- 2027", "for the 2025/26-2029/30 period".
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Dict, Optional

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.events import word_ordinal
from ..normalisation.instruments import (NAME_POSSESSORS, acronym_forms, clean_instrument_name, drop_acronyms, initials_of,
                                         is_generic_name, merge_variants, short_form)
from .base import RuleComponent
from .extensions import doc_value, set_span_value, span_value
from .lexicon import longest_spans, lower_words, spans_in, token_ids, token_indices, token_positions, token_texts
from .wordclasses import WordClasses
from .names import HYPHENS, NAMES_FILE, NameWords
from .phrases import (APOSTROPHES, JOINING_DASHES, MAX_NAME_TOKENS, PHRASE_WORDS_FILE, RANGE_CONNECTORS, RANGE_SEPARATORS, YEAR, PhraseWords,
                      country_pair_start, is_acronym_paren, is_capitalised, sent_of, sentences, split_coordination, text_of)

PATTERN_FILES = ("instruments.jsonl",)
#: the label of heads that name a document only when the text treats the name as one
_CUED_HEAD = "CUED_INSTRUMENT_HEAD"
#: What opens and closes a document's title after "titled" ("(...)", quotes).
#: Kinds of what is said: a quote after "the statement" is more often a quotation than a title.
_SAID_KINDS = frozenset({"statement", "declaration"})
#: the mark of an owner's possessive before a name ("the party's National Convention")
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
#: The longest quoted title read after a lowercase head, in tokens.
_MAX_QUOTED_TITLE = 12
_TITLE_CLOSER_OF = {"(": {")"}, '"': {'"', "\u201d"}, "\u201c": {"\u201d", '"'},
                    "\u2018": {"\u2019", "'"}, "'": {"'", "\u2019"}}
#: A Roman numeral that numbers a document in a series ("Work Plan IV", "NDP III"); not "I".
_ROMAN = re.compile(r"^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$")
#: What says a number follows ("Law No. 72").
_NUMBER_SIGNS = frozenset({"No.", "No", "no.", "Nr.", "Number", "#"})
#: Words that join a new clause, with its own subject unless an auxiliary follows ("and will run ...")
_CLAUSE_LINKS = frozenset({"and", "but", "while", "whereas", "as", "after", "because", "when"})
#: How far (tokens) after a name "the 2024-2026 period" may still be its period.
_LATER_PERIOD_REACH = 25
#: tokens of lowercase words that may describe a generic name between its article and it
#: ("a mutually beneficial", "the long-awaited")
_DESCRIBING_REACH = 4
#: units after a number word that make it part of a name ("Five Year Plans", "Twenty Point Programmes")
_COUNTED_UNITS = frozenset({"year", "years", "point", "points", "day", "days"})
#: tokens of complement (a connector and its object) after the head before "with" may go on
_DEEP_REACH = 3
#: items in a comma list before a plural head that make it a list of names ("A, B and C Programmes")
_LISTED_NAMES = 3
#: tokens after a name's capitalised words that the title of a listed document may still run
#: ("- Memorandum of Understanding between the Ministry of X of the Republic of Y and ...")
_ITEM_REACH = 45
#: the longest title-case phrase in brackets inside a law's name, and its small words
_BRACKET_WORDS = 6
_BRACKET_CONNECTORS = ("of", "and", "for", "on", "the")
#: kinds of documents that are signed one by one: "the X and Y Agreements" are two of them
_SIGNED_KINDS = ("agreement", "treaty", "convention", "memorandum")
#: tokens before a colon that the plural head announcing a list of titles may stand ("the joint statements adopted are:")
_LIST_LEAD_REACH = 6
#: the longest title, in tokens, listed on its own line after such a colon ("Women, Peace and Security")
_MAX_LISTED_TITLE = 12
#: tokens a clause inserted between commas after a sentence's subject may run (", adopted on Monday,")
_INSERT_REACH = 12
#: A stage's word glued to its number by a hyphen, one token ("Phase-2")
_GLUED_STAGE = re.compile(r"^([A-Z][a-z]+)-(\d{1,2})$")
#: Dashes that join two parties with spaces around them ("EU - Moldova", "EU \u2013 Moldova").
_PARTY_DASHES = HYPHENS | {"\u2013", "\u2014"}
#: The word classes the rules below consult (``patterns/instrument_words.jsonl``).
INSTRUMENT_WORDS_FILE = "instrument_words.jsonl"


def _listed_before(doc: Doc, start: int, limit: int) -> int:
    """Start of the capitalised items listed with commas before ``start`` ("APSC, AEC and ...")."""
    while start - 2 >= limit and token_texts(doc)[start - 1] == ",":
        j = start - 2
        while j >= limit and (is_capitalised(doc[j]) or token_texts(doc)[j] in HYPHENS):
            j -= 1
        if j + 1 >= start - 1:
            break
        start = j + 1
    return start


def _acronymed_listed_before(doc: Doc, start: int, limit: int) -> int:
    """Start of the items listed before ``start`` that each end in their bracketed acronym
    ("the Political Community (PC), Economic Community (EC) and ..."), else ``start``."""
    while True:
        k = start - 1
        if k >= limit and lower_words(doc)[k] == "and":
            k -= 1
        if k >= limit and token_texts(doc)[k] == ",":
            k -= 1
        if k == start - 1 or k - 3 < limit or token_texts(doc)[k] != ")":
            return start
        j = k - 1
        while j > limit and token_texts(doc)[j] != "(" and k - j <= 4:
            j -= 1
        if token_texts(doc)[j] != "(" or is_acronym_paren(doc, j, k + 1) != k + 1:
            return start
        first = j
        while first - 1 >= limit and (is_capitalised(doc[first - 1]) or token_texts(doc)[first - 1] in HYPHENS):
            first -= 1
        if first == j:
            return start
        start = first


#: How far (tokens) a list of capitalised items inside a name may run: "Culture, Sports and
#: Tourism" is short; farther, the commas are the sentence's, not the name's.
MAX_LISTED_ITEMS_TOKENS = 8


def _closes_with_and(doc: Doc, k: int, limit: int) -> bool:
    """Whether the items of a list from ``k`` (capitalised words, commas) close with "and" and a
    capitalised word within a few tokens: "Culture, Sports and Tourism", "Land and Natural ..."."""
    for j in range(k, min(limit - 1, k + MAX_LISTED_ITEMS_TOKENS)):
        if lower_words(doc)[j] == "and":
            return j > k and is_capitalised(doc[j + 1])
        if not (is_capitalised(doc[j]) or token_texts(doc)[j] == ","):
            return False
    return False


def _singular(word: str) -> str:
    """ "Strategies" -> "Strategy", "Plans" -> "Plan"."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _spaced_party_start(doc: Doc, start: int, limit: int) -> int:
    """ "the EU - Moldova Association Agreement", "the Sri Lanka \u2013 Pakistan Joint Statement": a
    first party joined by a spaced dash opens the name: an acronym after a lowercase word (not a
    dateline's dash), or a country (:func:`.phrases.country_pair_start`)."""
    k = start - 2
    if k > limit and token_texts(doc)[start - 1] in _PARTY_DASHES and doc[start - 1].whitespace_ \
            and doc[k].whitespace_ and doc[k].is_alpha and doc[k].is_upper and len(doc[k]) <= 5 \
            and doc[k - 1].is_lower:
        return k
    return country_pair_start(doc, start, limit)


def _glued_party_start(doc: Doc, start: int, limit: int) -> int:
    """ "the Kenya\u2013Uganda Trade Agreement", "the EU\u2014Moldova Association Agreement": an en or em
    dash with no space on either side joins a capitalised first party to the name after it, as a
    hyphen does; the token after the dash when it may join (the caller extends left from the
    dash), else ``start``. Not after a dateline written in capitals ("NAIROBI\u2013Kenya ...")."""
    k = start - 1
    if k - 1 < limit or token_texts(doc)[k] not in JOINING_DASHES or doc[k].whitespace_ or doc[k - 1].whitespace_:
        return start
    first = doc[k - 1]
    if not (is_capitalised(first) and first.is_alpha) or (first.is_upper and len(first) > 5 and k - 1 == limit):
        return start
    ends = doc_value(doc, "dateline_end")
    return start if ends and first.idx < ends else k


def _reach(length: int, spans: list) -> "_Reach":
    """For each token, the furthest end of the given (start, end) spans starting at or before it:
    a span at ``i`` lies inside one of them when ``reach[i] >= its end`` (linear, not pairwise)."""
    return _Reach(length, spans)


class _Reach:
    """:func:`_reach` as a sequence of ``length + 1`` values (-1 before the first span), read
    by bisection from the spans' sorted starts: a few spans per doc, not a list per token."""

    def __init__(self, length: int, spans: list):
        self.length = length
        pairs = sorted((start, end) for start, end in spans if start <= length)
        self.starts = [start for start, _ in pairs]
        self.ends = list(accumulate((end for _, end in pairs), max))  # the running maximum

    def __getitem__(self, i: int) -> int:
        if not -self.length - 1 <= i <= self.length:
            raise IndexError("reach index out of range")
        k = bisect_right(self.starts, i % (self.length + 1)) - 1
        return max(self.ends[k], -1) if k >= 0 else -1


def _title_bracket_open(doc: Doc, close: int, limit: int) -> Optional[int]:
    """The "(" of the bracket closing at ``close`` when it holds a short phrase in title case
    ("(Amendment)", "(Number of Judges)", "(Amendment, Repeal and Validation)"): a part of a
    law's name, not an acronym ("(SAFTA)") nor a number ("(No. 139)"); else None."""
    j = next((j for j in range(close - 1, max(limit, close - _BRACKET_WORDS - 1) - 1, -1) if token_texts(doc)[j] == "("), None)
    if j is None or j + 1 == close:
        return None
    inside = doc[j + 1:close]
    if not (is_capitalised(inside[0]) and inside[0].is_alpha and not inside[0].is_upper and is_capitalised(inside[-1])):
        return None
    if all(t.is_alpha and is_capitalised(t) or t.text == "," or t.is_lower and t.lower_ in _BRACKET_CONNECTORS for t in inside):
        return j
    return None


def _bracketed_word_start(doc: Doc, start: int, limit: int) -> int:
    """ "the Online Safety (Amendment) Bill 2025", "the Supreme Court (Number of Judges)
    (Amendment) Bill": a bracketed phrase in title case inside a law's name, with the
    capitalised words before it."""
    k = start
    while k - 1 > limit and token_texts(doc)[k - 1] == ")":
        j = _title_bracket_open(doc, k - 1, limit)
        if j is None or j - 1 <= limit:
            break
        if token_texts(doc)[j - 1] == ")":  # two brackets in a row: the words before the first
            before = _bracketed_word_start(doc, j, limit)
            if before == j:
                # "the Malaysian Aviation Commission (MAVCOM) (Dissolution) Bill": a body's acronym first
                opened = next((i for i in range(j - 3, max(limit, j - 6), -1) if token_texts(doc)[i] == "("), None)
                if opened is None or is_acronym_paren(doc, opened, j) != j or not is_capitalised(doc[opened - 1]):
                    break
                j = opened
            else:
                k = before
                continue
        if token_texts(doc)[j - 1] in APOSTROPHES and j - 2 > limit and is_capitalised(doc[j - 2]) and doc[j - 2].is_alpha \
                and not doc[j - 2].whitespace_:
            j -= 1  # "the County Governments' (Revenue Raising Process) Bill": a plural possessive before the bracket
        elif not (is_capitalised(doc[j - 1]) and doc[j - 1].is_alpha):
            break
        k = j
        # "the Registration of Births and Deaths (Amendment) Act": "of"/"and" between its words
        while k - 1 > limit and (token_texts(doc)[k - 1][:1].isupper() and doc[k - 1].is_alpha
                                 or k - 2 > limit and lower_words(doc)[k - 1] in ("of", "and") and doc[k - 1].is_lower
                                 and token_texts(doc)[k - 2][:1].isupper() and doc[k - 2].is_alpha):
            k -= 1
    return k


def _roman_numbered(doc: Doc, end: int, limit: int) -> int:
    """A name goes on with the Roman numeral of its place in a series: "Work Plan IV", "the
    Fisheries Work Plans III and IV"."""
    if end < limit and _ROMAN.match(token_texts(doc)[end]):
        end += 1
        if end + 1 < limit and lower_words(doc)[end] == "and" and _ROMAN.match(token_texts(doc)[end + 1]):
            end += 2
    return end


def _numbered(doc: Doc, end: int, limit: int) -> int:
    """A name goes on with its number: "Investment Law No. 72", "Law No. 17 of 2020", "Protocol 16"
    (a year is no such number: "Vision 2045" is read as a name's year)."""
    if end < limit and _ROMAN.match(token_texts(doc)[end]):
        return _roman_numbered(doc, end, limit)
    # a bare number only before what it is "to" or the year "of" it ("Act 2 retells ...": a play's act), or
    # one of three digits or more that is no year ("Republic Act 11054")
    bare = end + 1 < limit and token_texts(doc)[end].isdigit() and not YEAR.match(token_texts(doc)[end]) \
        and is_capitalised(doc[end - 1]) and (lower_words(doc)[end + 1] in ("to", "of") or len(token_texts(doc)[end]) >= 3)
    if bare or end + 1 < limit and token_texts(doc)[end] in _NUMBER_SIGNS and token_texts(doc)[end + 1][:1].isdigit():
        end += 1 if bare else 2  # "Protocol 16 to X", "Republic Act 11054", "Law No. 72"
        # "Decree No. 45/2021", "Decree No. 2025-1431": a number of parts written against each other
        if end + 1 < limit and (token_texts(doc)[end] == "/" or token_texts(doc)[end] in HYPHENS) and not doc[end - 1].whitespace_ \
                and not doc[end].whitespace_ and token_texts(doc)[end + 1].isdigit():
            end += 2
        if end + 1 < limit and lower_words(doc)[end] == "of" and YEAR.match(token_texts(doc)[end + 1]):
            end += 2
    return end


def _year_range(value: Optional[dict]) -> Optional[dict]:
    """A date range written in months ("from January 2024 to December 2030") as the years of a
    document's period (FACTS.md: periods are years); other values as they are."""
    if value and len(value["start"] or "") == 7 and len(value["end"] or "") == 7 and value["start"][:4] != value["end"][:4]:
        return {"start": value["start"][:4], "end": value["end"][:4]}
    return value


def _same_acronym_merged(doc: Doc, candidates: list) -> None:
    """ "the National Action Plan on Human Rights (NAP)" ... "the National Action Plan (NAP)": a
    name given the same bracketed acronym as a longer name of its kind, which opens with it, is
    a shorter writing of that document; it takes the longer name (and its period when it has none)."""
    by_acronym: Dict[tuple, list] = {}
    for start, end, _, value in candidates:
        after = _acronym_paren_end(doc, end, len(doc))
        if after > end:
            by_acronym.setdefault((value["kind"], _bracketed_acronym(doc, end, after)), []).append(value)
    for values in by_acronym.values():
        longest = max(values, key=lambda v: len(v["name"]))
        for value in values:
            if value is not longest and longest["name"].startswith(value["name"] + " "):
                value.update(name=longest["name"], start=value.get("start") or longest.get("start"),
                             end=value.get("end") or longest.get("end"))


def _sentence_capitals_dropped(doc: Doc, candidates: list) -> list:
    """ "Five-year Strategic Action Plan unveiled" ... "the government's five-year Strategic Action
    Plan": a word that opens its sentence is capitalised by its place; when the text writes it in
    lowercase before the rest of the name, it describes the document and is no word of its name."""
    kept = []
    for start, end, rule, value in candidates:
        k = start + 3 if start + 3 < end and token_texts(doc)[start + 1] in HYPHENS and not doc[start].whitespace_ \
            and not doc[start + 1].whitespace_ else start + 1
        first = text_of(doc, start, k)
        if doc[start].is_sent_start and k + 1 < end and first[:1].isupper() and not first.isupper() \
                and value["name"].startswith(first + " ") \
                and re.search(r"\b" + re.escape(first.lower()) + r"\s+" + re.escape(value["name"][len(first) + 1:]), doc.text):
            value = dict(value, name=value["name"][len(first) + 1:])
            start = k
        kept.append((start, end, rule, value))
    return kept


def _describing_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``start``..``end`` between an article opening its sentence and a name only
    describe the document ("The five-year ...", "The first ...", "The new ...", "The long-awaited
    ..."): hyphened compounds, numbers, ordinals, "new", "revised", "updated" (not "The ministry
    says ...": a clause)."""
    texts, lowers = token_texts(doc), lower_words(doc)
    for k in range(start, end):
        glued = texts[k] in HYPHENS or k + 1 < end and texts[k + 1] in HYPHENS and not doc[k].whitespace_ \
            or k > start and texts[k - 1] in HYPHENS and not doc[k - 1].whitespace_
        if not (glued or doc[k].like_num or word_ordinal(lowers[k]) is not None or lowers[k] in ("new", "revised", "updated")):
            return False
    return True


def _short_span(span: Span) -> Optional[dict]:
    """ "(2003-06)" after a name: years with a two-digit end the date reader takes for a month
    (June 2003) are a period when the end is later than the start (2003..2006); else None."""
    m = _SHORT_SPAN.match(span.text)
    if m is None or int(m.group(2)) <= int(m.group(1)[2:]):
        return None
    return {"start": m.group(1), "end": m.group(1)[:2] + m.group(2)}


#: a year and a two-digit end, one token or three ("2003-06", "2003 \u2013 06")
_SHORT_SPAN = re.compile(r"^((?:19|20)\d\d)\s*[-\u2010\u2011\u2013\u2014]\s*(\d\d)$")


#: tokens on each side of "and" that make a listed name two items of the list ("Construction of X
#: Complex and Flood Protection Programme"), not one name with "and" inside ("Sanitation and Hygiene Programme")
_ITEM_WORDS = (3, 2)


def _listed_item_bounds(doc: Doc, start: int, head: Span, end: int, limit: int) -> tuple:
    """ "the projects include Rural Roads, National Health Sector Program and Improvement of Child
    Care": a name that follows a listing comma after a capitalised item is one item of the list;
    "and" right after its head opens the next item, no word of this name; "and" between a run of
    three words or more and two capitalised words or more before the head closes the item before
    ("..., Construction of X Complex and Flood Protection Sector Program")."""
    item = start  # the item may open before the name: ", Upgrading of the Lake Road Bridge and ..."
    while item - 1 > limit and item > start - _ITEM_WORDS[0] and (is_capitalised(doc[item - 1]) or lower_words(doc)[item - 1] in ("of", "the")):
        item -= 1
    if not (item - 2 >= limit and token_texts(doc)[item - 1] == "," and is_capitalised(doc[item - 2])
            and is_capitalised(doc[item]) and lower_words(doc)[item] != "the"):
        return start, end  # (not "In Suva, Fiji, the X and Y Strategy": an item opens on its capitalised word)
    if end > head.end + 1 and lower_words(doc)[head.end] == "and" and is_capitalised(doc[head.end + 1]):
        end = head.end
    k = next((k for k in range(head.start - 1, start, -1) if lower_words(doc)[k] == "and" and doc[k].is_lower), None)
    if k is not None and k - item >= _ITEM_WORDS[0] and head.start - (k + 1) >= _ITEM_WORDS[1] \
            and all(is_capitalised(t) for t in doc[k + 1:head.start]):
        start = k + 1
    return start, end


def _listed_words_start(doc: Doc, start: int, head: int, limit: int, place_ends: Dict[int, int]) -> int:
    """ "the Women, Peace and Security Agenda": one-word items (not places: "in Suva, Peace and
    ...") before a comma open a name whose run joins its last item with "and"; the start of the
    first item, else ``start``."""
    if lower_words(doc)[start + 1] != "and":
        return start
    k = start
    while k - 3 >= limit and token_texts(doc)[k - 1] == "," and is_capitalised(doc[k - 2]) and doc[k - 2].is_alpha \
            and k - 2 not in place_ends and (token_texts(doc)[k - 3] == "," or doc[k - 3].is_lower or lower_words(doc)[k - 3] == "the"):
        k -= 2
    return k


def _hyphened_start(doc: Doc, start: int, limit: int) -> int:
    """ "the General Co-operation Agreement": a capitalised word hyphened to a lowercase one is
    one word of the name; the start of that word, else ``start``."""
    k = start
    if k - 3 >= limit and doc[k - 1].is_lower and doc[k - 1].is_alpha and token_texts(doc)[k - 2] in HYPHENS \
            and not doc[k - 2].whitespace_ and not doc[k - 3].whitespace_ and is_capitalised(doc[k - 3]):
        return k - 3
    return k


def _counted_start(doc: Doc, start: int, head: Span, limit: int) -> int:
    """ "the 100 Day Action Plan": a number with the unit it counts opens the name; so does a number
    hyphened to a lowercase unit before a generic name, which it makes one document's ("the 71-point
    Road Map", "the 10-year Strategy"); not before a name of its own ("the 6-year X Health Strategy"
    describes it), not a year, not a number written in words ("its second three-year Strategic
    Plan"), and not after "a"/"an" ("a 25-year Agreement": a document described, not named)."""
    if start - 1 > limit and lower_words(doc)[start] in _COUNTED_UNITS and doc[start - 1].like_num \
            and not YEAR.match(token_texts(doc)[start - 1]):
        return start - 1
    k = start - 3
    if k - 1 >= limit and doc[start - 1].is_lower and lower_words(doc)[start - 1] in _COUNTED_UNITS \
            and token_texts(doc)[start - 2] in HYPHENS and not doc[k].whitespace_ and not doc[start - 2].whitespace_ \
            and token_texts(doc)[k].isdigit() and not YEAR.match(token_texts(doc)[k]) \
            and not _indefinite_before(doc, k, limit) \
            and (start == head.start or is_generic_name(text_of(doc, start, head.end))):
        return k
    return start


def _ordinal_start(doc: Doc, start: int, head: Span, limit: int) -> int:
    """ "the 11th Five-Year Plan", "the 12th Malaysia Plan": an ordinal in figures before a name's
    capitalised words places the document in its series, as "the Eleventh Five-Year Plan" written in
    words does, and is a word of its name (not in another name's complement: "of the 20th X")."""
    if start < head.start and start - 1 >= limit and _ORDINAL_TOKEN.match(token_texts(doc)[start - 1]) \
            and _ordinal_before(doc, start, limit):
        return start - 1
    return start


def _indefinite_before(doc: Doc, k: int, limit: int) -> bool:
    """ "a 25-year Agreement", "a shared 10-year Strategy": "a"/"an" before ``k``, a few lowercase
    words that describe the document between."""
    j = k - 1
    while j > limit and k - j <= _DESCRIBING_REACH and doc[j].is_lower and doc[j].is_alpha and lower_words(doc)[j] not in ("a", "an") \
            and not doc[j].is_stop:
        j -= 1
    return j >= limit and lower_words(doc)[j] in ("a", "an")


def _plural_of(doc: Doc, start: int, end: int) -> bool:
    """ "between the Academies of Sciences", "between Ministries of Agriculture": a party opening
    on a plural noun and "of" names the two sides at once."""
    k = start + 1 if lower_words(doc)[start] == "the" else start
    return k + 2 < end and lower_words(doc)[k + 1] == "of" and is_capitalised(doc[k]) and token_texts(doc)[k].endswith("s") \
        and not token_texts(doc)[k].endswith("ss")


def _place_particle_start(doc: Doc, start: int, limit: int, place_ends: Dict[int, int]) -> int:
    """ "the Dar es Salaam Declaration", "the Sharm el-Sheikh Plan": a name opening inside a place
    written with a lowercase particle opens with the place; so does one after a short lowercase
    particle hyphened to it and a capitalised word before ("el-Sheikh", "al-Quds")."""
    inside = [p for p, end in place_ends.items() if limit <= p < start < end]
    if inside:
        return min(inside)
    k = start
    if k - 3 >= limit and token_texts(doc)[k - 1] in HYPHENS and not doc[k - 1].whitespace_ and doc[k - 2].is_lower \
            and doc[k - 2].is_alpha and len(doc[k - 2]) <= 3 and not doc[k - 2].whitespace_ \
            and doc[k - 3].whitespace_ and is_capitalised(doc[k - 3]):
        return k - 3
    return k


_ORDINAL_TOKEN = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _ordinal_before(doc: Doc, start: int, limit: int) -> bool:
    """An ordinal in figures or a capitalised ordinal word right before ``start`` ("19th", "Eighteenth"),
    not in the complement of another name."""
    k = start - 1
    if k - 2 >= limit and lower_words(doc)[k - 1] == "the" and lower_words(doc)[k - 2] == "of":
        return False  # "the Draft Bill of the 20th Amendment": the complement of another document's name
    return k >= limit and (_ORDINAL_TOKEN.match(token_texts(doc)[k]) is not None
                           or token_texts(doc)[k][:1].isupper() and word_ordinal(lower_words(doc)[k]) is not None)


def _sentence_case_lead(doc: Doc, start: int, limit: int) -> bool:
    """ "Somali cabinet approves 9th National Development Plan": in a headline written in sentence
    case, a lowercase word (its verb) right before a capitalised run (and its ordinal) shows that
    the run's capitals are a name's; in title case the run reaches the line's start."""
    k = start - 1
    if k > limit and (_ORDINAL_TOKEN.match(token_texts(doc)[k]) or YEAR.match(token_texts(doc)[k])):
        k -= 1
    return k >= limit and doc[k].is_lower and doc[k].is_alpha and len(doc[k]) > 3


#: Plural heads whose plural is their first word ("Memoranda of Understanding").
_PLURAL_FIRST = frozenset({"memoranda", "memorandums"})


def _plural_head(doc: Doc, head: Span) -> bool:
    return token_texts(doc)[head.end - 1].endswith("s") or lower_words(doc)[head.start] in _PLURAL_FIRST


def _counts(doc: Doc, k: int, head: Span) -> bool:
    """ "Seven MoU Agreements", "Two Framework Agreements", "Five Memoranda of Understanding": a
    number word opening the run before a plural head counts the documents; "Five Year Plans",
    "Twenty Point Programmes" name a span or a series (a unit follows the number)."""
    return doc[k].is_alpha and doc[k].like_num and word_ordinal(lower_words(doc)[k]) is None \
        and _plural_head(doc, head) and not (k + 1 < head.end and lower_words(doc)[k + 1] in _COUNTED_UNITS) \
        and not (k + 1 < len(doc) and token_texts(doc)[k + 1] in HYPHENS)


_SMALL_COUNT = re.compile(r"^\d{1,2}$")


def _count_before(doc: Doc, start: int) -> bool:
    """A number of two or more right before a name, counting documents: "signed four MoUs", "three
    Memorandum of Understanding" (not "Phase 2 Agreement", "No. 3 Plan": a capitalised word or a
    number sign before the number; not an ordinal)."""
    k = start - 1
    if k < 0 or not (doc[k].is_alpha and doc[k].like_num or _SMALL_COUNT.match(token_texts(doc)[k])) \
            or word_ordinal(lower_words(doc)[k]) is not None or lower_words(doc)[k] in ("one", "1"):
        return False
    # (nor the end of a range of years: "the 2026\u201330 Water Strategy")
    if k and (token_texts(doc)[k - 1] in _NUMBER_SIGNS or is_capitalised(doc[k - 1]) or token_texts(doc)[k - 1] in RANGE_SEPARATORS):
        return False
    return not token_texts(doc)[k][:1].isupper() or k == 0 or doc[k].is_sent_start


def _counted_singular(doc: Doc, start: int, head: Span) -> bool:
    """ "signed three Memorandum of Understanding between X and Y": a count before a singular head
    numbers documents that press writes with a singular noun; it names none."""
    return not _plural_head(doc, head) and _count_before(doc, start)


def _subtitle_spelt(doc: Doc, start: int, end: int, after: int) -> int:
    """ "the Flagship Programme in Fisheries: Boats for Fish and Jobs (BFJ)": the subtitle that the
    bracketed acronym after the name spells (not the whole name) is the name; the words before its
    colon describe it. Else ``start``."""
    colon = next((k for k in range(end - 2, start, -1) if token_texts(doc)[k] == ":"), None)
    if colon is None or after <= end:
        return start
    acronym = token_texts(doc)[end + 1].upper()
    return colon + 1 if initials_of(text_of(doc, colon + 1, end).split()) == acronym \
        and initials_of(text_of(doc, start, end).replace(":", " ").split()) != acronym else start


def _office_portfolio(doc: Doc, start: int, head: Span) -> bool:
    """ "Tom Reed, Director of Planning and Strategy", "the Vice President for Policy and Strategy at
    the bank, NAME": a capitalised run right after the "of"/"for" of an official's title (no article
    between) is the office's portfolio, no document."""
    k = next((j for j in range(head.start - 1, max(start - 2, -1), -1) if lower_words(doc)[j] in ("of", "for")
              and doc[j].is_lower and j + 1 < len(doc) and is_capitalised(doc[j + 1])), None)
    return k is not None and any(o.start < k and head.end <= o.end for o in spans_in(doc, settings.SPANS_OFFICIALS))


def _bracketed_qualifier(doc: Doc, start: int, end: int) -> bool:
    """ "the Mines (Development and Regulation) Amendment Bill": a name that fills a bracket after
    which a capitalised name goes on is a bracketed word of that name, no document of its own."""
    return start >= 1 and token_texts(doc)[start - 1] == "(" and end + 1 < len(doc) \
        and token_texts(doc)[end] == ")" and is_capitalised(doc[end + 1])


def _unnamed_plural(name: str, generic: bool) -> bool:
    """A plural name of generic words, its parties left out: "the signing of Memoranda of
    Understanding between X and Y in various sectors" (the parties tell who signs, not which
    documents)."""
    return generic or is_generic_name(name.split(" between ")[0])


def _body_portfolio(doc: Doc, start: int, head: Span, organisations: frozenset) -> bool:
    """ "the Ministry of Transport, Mobility and Urban Agenda", "the Department for Planning and
    Strategy": fields listed right after the "of"/"for" of a ministry's, a department's or an
    office's name (no article between), ending in a head of one word, are its portfolio, no
    document ("the Ministry of Health and Wellness Strategic Plan" is the ministry's plan)."""
    return start >= 2 and lower_words(doc)[start - 1] in ("of", "for") and doc[start - 1].is_lower \
        and token_texts(doc)[start - 2] in organisations and len(head) == 1 \
        and any(lower_words(doc)[k] in ("and", ",") for k in range(start, head.start))


def _bracketed_portfolio(doc: Doc, head: Span) -> bool:
    """ "Minister in the Prime Minister's Department (Law and Institutional Reform) NAME": a head
    opening a bracket inside an official's title is his portfolio, no document."""
    return head.start > 0 and token_texts(doc)[head.start - 1] == "(" \
        and any(o.start < head.start and head.end < o.end for o in spans_in(doc, settings.SPANS_OFFICIALS))


def _in_body_name(doc: Doc, start: int, head: int, bodies: frozenset, place_ends: Dict[int, int]) -> bool:
    """ "the Commission on Maritime Law": a head ending the complement of a body (a body head,
    then a preposition) ends the body's name, not a document's; a bracketed acronym between
    ("Meeting on Crime (SOMTC) Work Programme") closes the body's name first; a head of two
    words or more ("Work Plan") names the body's document; so does a head after a body named
    by whom or where it is of ("the Council of Europe Convention on Cybercrime")."""
    for k in range(start + 1, head):
        if doc[k].is_lower and doc[k].is_alpha and lower_words(doc)[k] not in ("and", "the") and token_texts(doc)[k - 1] in bodies:
            if lower_words(doc)[k] == "of" and all(is_capitalised(t) for t in doc[k + 1:head]) \
                    or any(place_ends.get(p) == head for p in range(k + 1, head)):
                return False  # "the Council of Europe Convention": the body's own document
            return not any(t.text == "(" for t in doc[k:head])
    return False


def _acronym_period(doc: Doc, i: int, limit: int) -> Optional[tuple]:
    """(start, end, last token) of the years in the bracket after a name that gives its acronym
    with them: "(NDP III 2021-2025)", "(NSP 1/2017-2024)"; else None."""
    if not (i + 4 < limit and token_texts(doc)[i] == "(" and doc[i + 1].is_upper and len(doc[i + 1]) >= 2):
        return None
    close = next((k for k in range(i + 2, min(limit, i + 9)) if token_texts(doc)[k] == ")"), None)
    if close is None or close - 3 < i + 2:
        return None
    first, dash, last = doc[close - 3], doc[close - 2], doc[close - 1]
    if YEAR.match(first.text) and dash.text in _PARTY_DASHES and YEAR.match(last.text) and first.text < last.text:
        return first.text, last.text, close + 1
    return None


def _subtitle_periods(doc: Doc, candidates: list) -> None:
    """ "the Ten Year Programme: A Plan for Growth (2020-2030)": a document named again after a
    colon after "A" is the same document, and the period given with the second name is the first's
    too (after "The" a colon opens a sentence)."""
    by_start = {c[0]: c[3] for c in candidates}
    for start, end, _, value in candidates:
        if value["start"] is None and value["end"] is None and end + 2 < len(doc) and token_texts(doc)[end] == ":":
            other = by_start.get(end + 2) if lower_words(doc)[end + 1] in ("a", "an") else None
            if other is not None:
                value["start"], value["end"] = other["start"], other["end"]


def _numbered_to(doc: Doc, candidates: list) -> list:
    """ "Protocol No. 15 to the Convention on X": a numbered document "to" another is named with
    it (the other keeps its own entry)."""
    by_start = {c[0]: c for c in candidates}
    joined = []
    for start, end, rule, value in candidates:
        numbered = token_texts(doc)[end - 2] in _NUMBER_SIGNS or token_texts(doc)[end - 1].isdigit() and not YEAR.match(token_texts(doc)[end - 1])
        if end + 1 < len(doc) and numbered and lower_words(doc)[end] == "to":
            other = by_start.get(end + 2 if lower_words(doc)[end + 1] == "the" else end + 1)
            if other is not None:
                name = clean_instrument_name(doc[start:other[1]].text)
                value = dict(value, name=name)
                end = other[1]
        joined.append((start, end, rule, value))
    return joined


def _joint_heads(doc: Doc, candidates: list) -> list:
    """ "the Mining Strategy and Roadmap": two heads joined by "and" with nothing between them
    name one document, of the first head's kind; the run up to the first head is no other."""
    ends = {(c[0], c[1]): c for c in candidates}
    kept = []
    for start, end, rule, value in candidates:
        first = ends.get((start, end - 2))
        if first is not None and end - 2 > start and lower_words(doc)[end - 2] == "and":
            value = dict(value, kind=first[3]["kind"])
        kept.append((start, end, rule, value))
    whole = {(c[0], c[1]) for c in kept}
    return [c for c in kept if not ((c[0], c[1] + 2) in whole and c[1] + 1 < len(doc) and doc[c[1]].lower_ == "and")]


def _field_of_office(doc: Doc, head: Span, limit: int, end: int, process_nouns: frozenset = frozenset()) -> bool:
    """ "the Faculty of Law", "the Minister of Law and Justice", "the Chief of Protocol", "the
    Director-General for Programme and Planning": a one-word head right after a capitalised word
    and "of" or "for" names a field, not a document (unless
    a number or year follows it: "Implementation of Agenda 2063", "Ratification of Protocol 16"; nor
    after what is done with a document: "the Proposal of Agreement on X" is a draft of one)."""
    if not (len(head) == 1 and head.start - 2 >= limit and token_texts(doc)[head.start - 1] in ("of", "for")
            and is_capitalised(doc[head.start - 2]) and not doc[head.start - 2].like_num
            and token_texts(doc)[head.start - 2] not in process_nouns):
        return False
    after = doc[head.end] if head.end < end else None
    return after is None or not (after.like_num or after.text[:1].isdigit() or _ROMAN.match(after.text)
                                 or after.text in _NUMBER_SIGNS)


_FISCAL_YEAR = re.compile(r"^(?:FY)?((?:19|20)\d\d)$")
#: a year after a head, written alone or as a fiscal year ("the X Plan FY2026-FY2030"): no word of another name
_YEAR_OR_FISCAL = re.compile(r"^(?:FY)?(?:19|20)\d\d$")
#: The second year of a range written against its dash ("2020/21 -2024/25": "-2024" is one token)
_GLUED_YEAR = re.compile(r"^[-\u2013]((?:19|20)\d\d)$")


def _fiscal_year_end(doc: Doc, k: int, pattern=_FISCAL_YEAR) -> Optional[tuple]:
    """(year, next token) of a year at ``k``: "FY2026", "2021/22" or "FY2021/22" (its end
    year), else None."""
    m = pattern.match(token_texts(doc)[k]) if k < len(doc) else None
    if m is None:
        return None
    year = m.group(1)
    if k + 2 < len(doc) and token_texts(doc)[k + 1] == "/" and token_texts(doc)[k + 2].isdigit() and len(token_texts(doc)[k + 2]) == 2:
        return year[:2] + token_texts(doc)[k + 2], k + 3
    return year, k + 1


#: the last two digits of a fiscal span's end, "FY" glued after them or not ("2012-15FY")
_SHORT_FISCAL_END = re.compile(r"^(\d\d)(FY)?$")


def _short_fiscal_end(doc: Doc, first: tuple, fiscal: bool) -> Optional[tuple]:
    """ "FY2026-30", "2012-15FY": the end of a fiscal span written with its last two digits (after
    "FY", or with "FY" glued to its end: "2026-30" is read by the date reader), else None."""
    k = first[1] + 1
    m = _SHORT_FISCAL_END.match(token_texts(doc)[k]) if k < len(doc) else None
    if m is None or not (fiscal or m.group(2)):
        return None
    year = first[0][:2] + m.group(1)
    return (year, k + 1) if year > first[0] else None


def _fiscal_period(doc: Doc, k: int) -> Optional[tuple]:
    """(start, end, last token) of a span of fiscal years the date reader leaves: "(FY2026-FY2030)",
    "FY2021/22 to FY2025/26" (2021..2026), "2020/21 -2024/25" (2020..2025), else None."""
    first = _fiscal_year_end(doc, k)
    if first is None or first[1] >= len(doc):
        return None
    if doc[first[1]].text in RANGE_CONNECTORS:
        last = _fiscal_year_end(doc, first[1] + 1) or _short_fiscal_end(doc, first, token_texts(doc)[k].startswith("FY"))
    else:
        last = _fiscal_year_end(doc, first[1], _GLUED_YEAR)
    if last is None:
        return None
    end = last[1] + (last[1] < len(doc) and doc[last[1]].text == ")")
    return _FISCAL_YEAR.match(token_texts(doc)[k]).group(1), last[0], end


def _only_places(doc: Doc, k: int, end: int, place_ends: Dict[int, int]) -> bool:
    """True when ``doc[k:end]`` holds places only, joined by commas or "and" ("Tuvalu and Kiribati")."""
    if k >= end:
        return False
    while k < end:
        if k in place_ends:
            k = place_ends[k]
        elif lower_words(doc)[k] in ("and", ","):
            k += 1
        else:
            return False
    return k == end


def _nested_periods(candidates: list) -> None:
    """ "the Plan of Action to Implement the Joint Declaration on X (2026-2030)": the period after
    a name that ends another's is the outer name's; the inner one has none of its own."""
    outer_periods = {}
    for start, end, _, value in candidates:
        if value["start"] or value["end"]:
            outer_periods.setdefault(end, []).append((start, value["start"], value["end"]))
    for start, end, _, value in candidates:
        if any(o_start < start and (o_first, o_last) == (value["start"], value["end"])
               for o_start, o_first, o_last in outer_periods.get(end, ())):
            value["start"] = value["end"] = None


def _quoted_acronym_end(doc: Doc, i: int, limit: int) -> int:
    """End of a bracketed acronym in quotes at ``i``, "the" perhaps before it ("(\u2018GGP\u2019)",
    "(the \u201cGGP\u201d)", "('GGP')"), else ``i``."""
    texts = token_texts(doc)
    k = i + 1 + (i + 1 < limit and texts[i + 1] == "the")
    if not (k + 3 < limit and texts[i] == "(" and texts[k] in _TITLE_CLOSER_OF and texts[k + 2] in _TITLE_CLOSER_OF[texts[k]]
            and texts[k + 3] == ")"):
        return i
    word = texts[k + 1]
    return k + 4 if word.isalnum() and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and len(word) <= 10 else i


def _bracketed_acronym(doc: Doc, end: int, after: int) -> str:
    """The acronym of the bracket ``end``..``after`` (:func:`_acronym_paren_end`), without quotes."""
    return text_of(doc, after - 3, after - 2) if _quoted_acronym_end(doc, end, after) == after else text_of(doc, end + 1, after - 1)


def _acronym_paren_end(doc: Doc, i: int, limit: int) -> int:
    """End of a bracketed acronym at ``i`` ("(MOU)", and mixed-case ones an instrument's name
    takes: "(MoU)", "(AfCFTA)"; one in quotes, "(\u2018GGP\u2019)"), else ``i``."""
    quoted = _quoted_acronym_end(doc, i, limit)
    if quoted > i:
        return quoted
    after = is_acronym_paren(doc, i, limit)
    if after == i and i + 2 < limit and token_texts(doc)[i] == "(" and token_texts(doc)[i + 2] == ")":
        word = token_texts(doc)[i + 1]
        if word.isalpha() and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and len(word) <= 8:
            return i + 3
    return after


def _after_list_colon(doc: Doc, start: int) -> bool:
    """The line opening at ``start`` (or its "the") follows a colon that opens a list, right
    before it or at the end of an earlier line of the list ("The documents signed:\nAgreement on
    X\nProgramme on Y")."""
    k = start - 1
    while k >= 0 and (doc[k].is_space or "\n" in token_texts(doc)[k] or lower_words(doc)[k] == "the"):
        k -= 1
    if k >= 0 and token_texts(doc)[k] == ":":
        return True
    # an earlier item of the same list: the line before opens on a capital and the colon ends the line before that
    line_start = k
    while line_start > 0 and "\n" not in token_texts(doc)[line_start - 1]:
        line_start -= 1
    return line_start < k and is_capitalised(doc[line_start]) and not any(
        token_texts(doc)[j] in (".", "!", "?") for j in range(line_start, k + 1)) and _after_list_colon(doc, line_start)


def _whole_line_title(doc: Doc, start: int, end: int, sent: Span) -> bool:
    """ "Joint Statement between the People's Republic of China and the Republic of the
    Philippines" as a line of its own: a name that is the whole line, its small words in
    lowercase, is the title of the document the text gives (a headline's verb, "Sign", would
    stand outside the name)."""
    spaces, punct = token_ids(doc, "IS_SPACE"), token_ids(doc, "IS_PUNCT")
    words = [i for i in range(sent.start, sent.end) if not spaces[i] and not punct[i]]
    # a headline's colon gives its point ("Agenda of X Summit: Trade First"), a title has none, unless
    # the body writes the words before it again ("X Statement on Y: Z" ... "a X Statement on y")
    colon = next((k for k in range(start, min(end + 1, sent.end)) if token_texts(doc)[k] == ":"), None)
    retold = colon is not None and colon - start >= 3 and len(re.findall(
        re.escape(text_of(doc, start, colon)), doc.text, flags=re.IGNORECASE)) > 1
    return bool(words) and words[0] == start and (words[-1] == end - 1 or retold and colon == end) \
        and (colon is None or retold) and any(doc[k].is_lower and doc[k].is_alpha for k in range(start, colon or end))


def _lowercase_content(sent: Span) -> bool:
    """A headline with a lowercase word that is no small word ("Joint Statement of the Ministers
    of the Central Asian countries") is written in sentence case: its capitals are names'. The part
    of a compound after its hyphen ("Sign Co-operation Agreement") is lowercase in title case too."""
    return any(t.is_lower and t.is_alpha and not t.is_stop and len(t) > 3 and not _after_hyphen(t) for t in sent)


def _after_hyphen(token) -> bool:
    """ "operation" of "Co-operation": a word glued to the hyphen of a compound."""
    i, doc = token.i, token.doc
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_


#: Quotes that open a title ("\u201c", "\u2018"), and straight ones that may open or close one
_OPENING_QUOTES = frozenset({"\u201c", "\u2018"})
_STRAIGHT_QUOTES = frozenset({'"', "'"})
#: How far (tokens) a quoted title inside a name's complement may run
_QUOTED_REACH = 12
#: Quotes around a period's years after a name ("the X Strategy '2025-2030'")
_PERIOD_QUOTES = _OPENING_QUOTES | _STRAIGHT_QUOTES | {"\u201d", "\u2019"}


def _years_only(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start``..``end`` are two years and what joins them ("2025-2030", "2025 to
    2030"): a period in quotes, no title (one year may be a word of it: "Vision 2030")."""
    texts = token_texts(doc)[start:end]
    return all(YEAR.match(t) or t in RANGE_SEPARATORS or t in ("to", "and") for t in texts) \
        and sum(bool(YEAR.match(t)) for t in texts) == 2
#: How far (tokens from its start) a name that opens a quoted title may run to the closing quote,
#: and how many lowercase words that are no small words its complement may hold
_QUOTED_NAME_REACH = 20
_QUOTED_NAME_LOWERCASE = 6
#: Words (from the capitalised word after "as a") a complement must run on for "as" to be its
_AS_REACH = 3
#: Small words that open a lowercase phrase between a name and the participle that tells its
#: signing ("The MoU between the two sides was signed"), and how far that phrase may run
_LOWERCASE_COMPLEMENT_LEADS = ("between", "on", "for", "with")
_LOWERCASE_COMPLEMENT_REACH = 6
#: Small words between the generic words of a listed title's capitalised start ("MoU on Cooperation")
_GENERIC_JOINERS = ("on", "in", "for", "and")
#: Words after which a capitalised word following a party's comma is the party's place ("X, India and Y")
_PLACE_FOLLOWERS = ("and", "on", "for", "to", "in", "regarding")
#: Small words that open the lowercase subject of a generic name ("a Treaty on allied relations"),
#: and how many words that subject may hold
_TOPIC_LEADS = ("on", "concerning", "regarding")
_TOPIC_REACH = 5
#: Small words after such a subject before "the" and the body it is of
_TOPIC_BODY_LEADS = ("of", "within")


def _opens_quote(doc: Doc, k: int) -> bool:
    """Whether the quote at ``k`` opens a quoted phrase: a curly opening quote, or a straight
    one with a space before it and none after it (not one written against the word before)."""
    text = token_texts(doc)[k]
    if text in _OPENING_QUOTES:
        return True
    return text in _STRAIGHT_QUOTES and k > 0 and bool(doc[k - 1].whitespace_) and not doc[k].whitespace_ \
        and k + 1 < len(doc)


def _quoted_run_end(doc: Doc, k: int, limit: int) -> int:
    """End (after its closing quote) of a quoted title at ``k`` whose words are capitalised or
    small ("\u201cGreen Corridor Partnership\u201d", "'Blue Seas for All'"), else ``k``."""
    if not (k + 2 < limit and _opens_quote(doc, k) and is_capitalised(doc[k + 1])):
        return k
    closers = _TITLE_CLOSER_OF[token_texts(doc)[k]]
    for j in range(k + 2, min(limit, k + _QUOTED_REACH)):
        if token_texts(doc)[j] in closers:
            return j + 1
        if token_texts(doc)[j] in (",", ".") and j + 1 < limit and token_texts(doc)[j + 1] in closers:
            return j + 2  # 'for the "Project for X Scholarship," a grant of ...': the comma inside the quotes
        if not (token_texts(doc)[j][:1].isupper() or token_texts(doc)[j][:1].isdigit() or token_texts(doc)[j] in HYPHENS
                or doc[j].is_lower and doc[j].is_stop):
            return k
    return k


def _verb_to(doc: Doc, k: int, limit: int) -> bool:
    """ "... between the two chambers aims to;", "... seeks to promote": a verb of the third person
    and its "to" with no article after it open the item's clause; its title ended before ("the transfer of
    persons to the" is a noun's complement)."""
    word = lower_words(doc)[k]
    if not (doc[k].is_lower and doc[k].is_alpha and word.endswith("s") and not word.endswith("ss")
            and k + 1 < limit and lower_words(doc)[k + 1] == "to"):
        return False
    after = doc[k + 2] if k + 2 < limit else None
    return after is None or not after.is_alpha or after.is_lower and after.lower_ not in ("the", "a", "an")


def _after_semicolon(doc: Doc, start: int) -> bool:
    """The name opens an item of a list written with semicolons ("...; the Protocol on X;
    Framework Agreement and ...")."""
    k = start - 1 if start >= 1 and lower_words(doc)[start - 1] == "the" else start
    k -= k >= 2 and lower_words(doc)[k - 1] == "and" and token_texts(doc)[k - 2] == ";"  # the last item: "...; and MoU on Y"
    return k >= 1 and token_texts(doc)[k - 1] == ";"


def _phrase_end_heads(entries) -> Dict[str, tuple]:
    """Last word -> the words before it, of each head of several words whose last word is no
    head alone ("Memorandum of Cooperation": "Cooperation" -> ("Memorandum", "of"))."""
    heads = [e.pattern.split() for e in entries if e.label == "INSTRUMENT_HEAD" and isinstance(e.pattern, str)]
    single = {words[0] for words in heads if len(words) == 1}
    found: Dict[str, set] = {}
    for words in heads:
        if len(words) > 1 and words[-1] not in single:
            found.setdefault(words[-1], set()).add(tuple(words[:-1]))
    return {word: tuple(prefixes) for word, prefixes in found.items()}


#: The number of an item of a list: "1", "12", "iv", "b" (before "." or ")", or in brackets).
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-h])$")


def _coordinated(doc: Doc, start: int, end: int, bounds: set) -> bool:
    """ "the Trade Agreement and Investment Agreement": a name joined by "and" (or a listing
    comma) to another name found is one more document of a list, not a mention of that one."""
    k = end + 1 if end + 1 < len(doc) and lower_words(doc)[end] in ("and", ",") else None
    if k is not None and lower_words(doc)[k] == "the":
        k += 1
    j = start - 1 if start >= 1 and lower_words(doc)[start - 1] == "the" else start
    j = j - 1 if j >= 1 and lower_words(doc)[j - 1] in ("and", ",") else None
    return any(s == k for s, _ in bounds) or j is not None and any(e == j for _, e in bounds)


def _conjuncts_kept_apart(doc: Doc, candidates: list, written: list) -> None:
    """ "the Youth Programme and Rural Youth Programme": two names joined by "and" that the
    merging of variants made one name are two documents; each gets back its name as written."""
    by_start = {c[0]: (c, name) for c, name in zip(candidates, written)}
    for c, name in zip(candidates, written):
        k = c[1] + 2 if c[1] + 2 < len(doc) and lower_words(doc)[c[1]] == "and" and lower_words(doc)[c[1] + 1] == "the" else c[1] + 1
        if c[1] < len(doc) and lower_words(doc)[c[1]] in ("and", ",") and k in by_start:
            other, other_name = by_start[k]
            if other[3]["name"] == c[3]["name"] and other_name != name:
                c[3]["name"], other[3]["name"] = name, other_name


def _headline_names(doc: Doc, candidates: list) -> list:
    """Names of their own in the headline (a first line with no full stop): "X and Y sign Memorandum
    of Understanding on tourism" retells the body's "signed a Memorandum of Understanding", which
    is that document and brings in no other."""
    texts = token_texts(doc)  # (the doc's word list, no Token made)
    line_end = next((i for i, text in enumerate(texts) if "\n" in text), 0)
    if any(text in (".", "!", "?") for text in texts[:line_end]):
        return []
    return [v["name"] for start, _, _, v in candidates if start < line_end and not is_generic_name(v["name"])]


def _after_item_number(doc: Doc, start: int) -> bool:
    """ "Signed:\n  1. Memorandum of ...", "\n(ii) Protocol on ...": ``start`` opens a line after
    the number of an item of a list."""
    k = start - 1
    if k >= 2 and token_texts(doc)[k] in (".", ")") and _ITEM_NUMBER.match(token_texts(doc)[k - 1]):
        k -= 2
        if k >= 1 and token_texts(doc)[k] == "(" and token_texts(doc)[k + 2] == ")":
            k -= 1
        return k >= 0 and "\n" in token_texts(doc)[k]
    return False


def _without_acronyms(doc: Doc, start: int, end: int) -> str:
    """The text of ``doc[start:end]`` without the bracketed acronyms of its parties ("between the
    Agence Kampuchea Presse (AKP) and ...": they say who signed); one before "between" is the
    name's own ("the Meeting on Crime (SOMTC) Work Programme")."""
    between = next((k for k in range(start, end) if lower_words(doc)[k] == "between"), end)
    if not any(t.text == "(" for t in doc[between:end]):
        return text_of(doc, start, end)
    parts, k = [], start
    while k < end:
        after = _acronym_paren_end(doc, k, end) if k > between else k
        if after > k:
            if after < end and token_texts(doc)[after] in (",", ";") and parts:
                parts[-1] = parts[-1].rstrip()  # "(AIU), India": the comma goes against the word before
            k = after
            continue
        parts.append(doc[k].text_with_ws)
        k += 1
    return "".join(parts).strip()


class InstrumentRecognizer(RuleComponent):
    pattern_files = PATTERN_FILES
    data_files = (INSTRUMENT_WORDS_FILE, NAMES_FILE, PHRASE_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        words = WordClasses(self.rules[INSTRUMENT_WORDS_FILE], INSTRUMENT_WORDS_FILE, phrases=("SITE_TERM",))
        #: words between an instrument's name and the year range of its period
        self.period_lead_words = words["PERIOD_LEAD"]
        #: after the parties a name goes on with its subject, not with where it was signed
        self.parties_stop = words["PARTIES_STOP"]
        #: a plural noun that names one party of many ("between the Member States on X")
        self.plural_parties = words["PLURAL_PARTY"]
        #: a word right before the head that makes it a communication, not a document ("Press Statement")
        self.not_document_words = words["NOT_DOCUMENT"]
        #: heads that name a document only with a complement ("Outlook on X")
        self.complement_heads = words["COMPLEMENT_HEAD"]
        self._compile_name_edges(words)
        #: heads that name a document only with a name before them ("the Kigali Amendment")
        self.named_before_heads = words["NAMED_BEFORE_HEAD"]
        #: "in the field of": nouns of a lowercase phrase inside a capitalised complement
        self.field_nouns = words["FIELD_NOUN"]
        #: heads that also name the field of an office or a body ("Director of Trade Policy")
        self.field_heads = words["FIELD_HEAD"]
        #: heads of bodies and meetings that a complement may run into ("... of Action Coordinating Committee")
        self.body_ends = words["BODY_END"]
        #: words between a name and the one year its period runs to ("until 2030")
        self.period_end_words = words["PERIOD_END_LEAD"]
        #: "the Implementation of Agenda 2063": acts upon a document, before "of" and its name
        self.process_nouns = words["PROCESS_NOUN"]
        #: "within the Framework of X": words before "the" and a bare head that make it an idiom
        self.idiom_leads = words["IDIOM_LEAD"]
        self.idiom_heads = words["IDIOM_HEAD"]
        #: "- Joint Action Program": marks that open an item of a list at a line's start
        self.list_bullets = words["LIST_BULLET"]
        #: "National Development Plan Three": number words that place a document in its series
        self.series_words = words["SERIES_WORD"]
        self._compile_quotes_and_stages(words)
        #: "The X Strategy covers 2026-2030": verbs whose subject's period follows (not "plan of X spans")
        self.period_verbs = words["PERIOD_VERB"]
        #: connectors after a name's period that go on with its complement ("(2021-2025) to Implement ...")
        self.period_inner_connectors = words["PERIOD_INNER_CONNECTOR"]
        self.names = NameWords.of_rules(self.rules)
        self.phrases = PhraseWords.of_rules(self.rules, self.names)
        self.head_words = frozenset(
            e.pattern.split()[-1] for e in self.patterns.entries if isinstance(e.pattern, str) and e.label != _CUED_HEAD
        )
        #: words that end a head only after the rest of it ("Cooperation" of "Memorandum of
        #: Cooperation"), with the words before them in each such head
        self.phrase_end_heads = _phrase_end_heads(self.patterns.entries)
        #: heads of bodies that are never documents ("Commission", "Committee")
        self.body_only_heads = frozenset(self.phrases.body_heads - self.head_words)
        #: verbs that end the clause of a name ("the X Plan was praised ..."): no period after them
        self.clause_verbs = words["CLAUSE_VERB"]
        #: lowercase heads a capitalised name stands before ("the Sembrando Vida program")
        self.lower_named_heads = words["LOWER_NAMED_HEAD"]
        #: "with", "from": they go on with a name deep in its complement ("Persons with Disabilities")
        self.deep_connectors = words["DEEP_CONNECTOR"]
        #: ... unless it names a body ("the World Bank programme")
        self.body_words = words["BODY_WORD"]
        #: words of a party's name: a run after "with" that holds one names a party, not a subject
        self.party_words = frozenset(self.phrases.organisation_words | self.phrases.body_heads | self.body_words
                                     | self.plural_parties)
        #: lowercase words after a listed document's capitalised words that go on with its title
        #: ("- Memorandum of Cooperation in the forensic field;"); not "and" (another document)
        self.item_connectors = frozenset((self.phrases.inner_connectors | self.phrases.party_connectors | {"between"}) - {"and"})
        #: ", which ...": a relative clause that tells of the name before it
        self.relative_words = words["RELATIVE"]
        #: "titled", "dubbed": the quoted or bracketed title after them names the document before
        self.title_cues = words["TITLE_CUE"]
        #: "Other", "Such": a determiner capitalised at a sentence start opens no name
        self.determiners = words["DETERMINER"]
        #: "the Water Bill in Parliament": where a document is debated, after its name
        self.seat_words = words["SEAT"]
        #: "will sign Agreed Minutes": a verb of signing or adopting names the generic document after it
        self.document_verbs = words["DOCUMENT_VERB"]
        #: "the", "its": determiners after which a capitalised generic name is one document's
        self.generic_leads = words["GENERIC_LEAD"]
        #: the kind of a lowercase head ("the action plan, titled ..."), from the heads' own kinds
        self.lower_head_kinds = {
            e.pattern.lower(): e.meta.get("kind", "other") for e in self.patterns.entries
            if e.label == "INSTRUMENT_HEAD" and isinstance(e.pattern, str) and e.pattern.isalpha()
        }

    def _compile_name_edges(self, words: WordClasses) -> None:
        #: a website's own terms ("Privacy Policy"), no government's when nothing capitalised goes before them
        self.site_terms = words["SITE_TERM"]
        #: "the signing of", "set out in": words before a preposition that make a cued head's name a document's
        self.document_cue_nouns = words["DOCUMENT_CUE_NOUN"]
        self.document_cue_verbs = words["DOCUMENT_CUE_VERB"]
        #: "a", "an": articles after which a capitalised generic name names no document (ANNOTATORS.md 8)
        self.indefinite_leads = words["INDEFINITE_LEAD"]
        #: "between", "with": words that open a document's parties
        self.party_leads = words["PARTY_LEAD"]
        #: "on", "for": words after the parties that open the document's subject ("... on Border Trade")
        self.subject_leads = words["SUBJECT_LEAD"]
        #: "He said the X Plan will run ...": words after which a name opens a reported clause
        self.report_leads = words["REPORT_LEAD"]
        #: "the Director of the National Malaria Control Programme": offices of a programme that is a body
        self.body_offices = words["BODY_OFFICE"]
        #: "the Ministry of Transport and Urban Agenda": bodies whose "of"/"for" names their portfolio
        self.portfolio_bodies = words["PORTFOLIO_BODY"]
        #: "This", "It": after a name's colon they open a clause, no subtitle ("X Agreement: This MoU ...")
        self.subject_pronouns = words["CLAUSE_SUBJECT"]
        #: "several", "both": words that count the documents of a plural head ("several Memoranda ..."),
        #: and nouns that count them after their "of" ("a series of Agreements")
        self.plural_counts = words["PLURAL_COUNT"]
        self.count_nouns = words["COUNT_NOUN"]
        #: "Including", "Amid": title-case prepositions that end what comes before a name
        self.title_case_breaks = words["TITLE_CASE_BREAK"]
        #: the people who issue a document: their plural possessive is a word of its name ("the G20 Leaders' Declaration")
        self.author_possessives = words["AUTHOR_POSSESSIVE"]
        #: complement nouns whose "in <place>" places the subject ("on the Situation in Myanmar")
        self.placed_subjects = words["PLACED_SUBJECT"]
        #: heads that name a document only with a number or a complement after them ("Resolution 2719")
        self.qualified_heads = words["QUALIFIED_HEAD"]
        #: heads of one word ("Communique", "Agreement"): a capitalised run ending in one names a document
        self.single_heads = frozenset(e.pattern for e in self.patterns.entries
                                      if isinstance(e.pattern, str) and e.label == "INSTRUMENT_HEAD" and " " not in e.pattern)

    def _compile_quotes_and_stages(self, words: WordClasses) -> None:
        #: heads of several words written in sentence case inside a quoted title ("the 'Road map for X'")
        self.sentence_case_heads = {
            tuple(e.pattern.lower().split()): e.meta.get("kind", "other") for e in self.patterns.entries
            if e.label == "INSTRUMENT_HEAD" and isinstance(e.pattern, str) and " " in e.pattern
        }
        #: "with respect to", "in regard to": the noun of a preposition written in three words
        self.preposition_nouns = words["PREPOSITION_NOUN"]
        #: "the Summit on X Programme": heads of meetings whose complement may name a document discussed
        self.meeting_heads = words["MEETING_HEAD"]
        #: "under the theme 'X Agenda for Y'": words before a quoted theme or slogan
        self.theme_words = words["THEME_WORD"]
        #: "the Agreement on the X Project, Phase 2": words that number a stage after the name's comma
        self.series_parts = words["SERIES_PART"]
        #: heads written in full ("Agreement", "Work Plan"): a plural head whose singular is one of
        #: them names several documents ("Agreements"; not "Agreed Minutes", "Exchange of Notes")
        self.head_texts = frozenset(e.pattern for e in self.patterns.entries
                                    if e.label == "INSTRUMENT_HEAD" and isinstance(e.pattern, str))
        #: heads of what is said as well as written: statements, declarations, and the communiqués
        #: marked "said" (kind "other": FACTS.md gives no kind to a communiqué, whose head is none of them)
        said = [e for e in self.patterns.entries if e.label == "INSTRUMENT_HEAD" and isinstance(e.pattern, str)
                and (e.meta.get("kind") in _SAID_KINDS or e.meta.get("said"))]
        self.said_rules = frozenset(e.id for e in said)
        self.said_lower_heads = frozenset(e.pattern.lower() for e in said if e.pattern.isalpha())
        #: "attended the Annual Convention of X": heads that also name a gathering, and the words
        #: that tell one around its name (of recurrence inside, before it, after it)
        self.gathering_senses = words["GATHERING_SENSE"]
        self.gathering_modifiers = words["GATHERING_MODIFIER"]
        self.gathering_owners = words["GATHERING_OWNER"]
        self.gathering_cues = words["GATHERING_CUE"]
        self.gathering_verbs = words["GATHERING_VERB"]
        #: heads read only with a cue that the text treats the name as a document's ("Partnership")
        self.cued_rules = frozenset(e.id for e in self.patterns.entries if e.label == _CUED_HEAD)
        #: the last word of each head rule's patterns ("instrument.act": "Act")
        self.rule_last_words: Dict[str, set] = {}
        for e in self.patterns.entries:
            if e.label == "INSTRUMENT_HEAD" and isinstance(e.pattern, str):
                self.rule_last_words.setdefault(e.id, set()).add(e.pattern.split()[-1])

    def _document_cued(self, doc: Doc, start: int, end: int, rule: str) -> bool:
        """True unless the name ``doc[start:end]`` was read around a head that names a document only
        when the text treats it as one (CUED_INSTRUMENT_HEAD: "Partnership", also a tie between
        states): then no other head may stand in it ("the X Partnership and Alliance Program" is the
        programme's name), and a DOCUMENT_CUE_VERB of signing, adopting or negotiating ("adopted the X
        Partnership"; not "launched", which an initiative or a body takes as well), or a
        DOCUMENT_CUE_NOUN and its preposition ("the signing of the X Partnership", "negotiation of an
        enhanced Y Partnership", "set out in our Z Partnership") must lead it, its article, an
        opening quote and lowercase describing words between."""
        if rule not in self.cued_rules:
            return True
        if any(token_texts(doc)[k] in self.head_words for k in range(start, end)):
            return False
        limit = sent_of(doc[start]).start
        quoted = int(start - 1 > limit and _opens_quote(doc, start - 1))
        lead = self._lead_before(doc, start - 1 - quoted, start, limit, bool(quoted))
        if lead > limit and (lower_words(doc)[lead] in self.generic_leads or lower_words(doc)[lead] in self.indefinite_leads):
            lead -= 1
        if lead < limit:
            return False
        word = lower_words(doc)[lead]
        return word in self.document_cue_verbs or word in ("of", "on", "in") and lead - 1 >= limit \
            and lower_words(doc)[lead - 1] in self.document_cue_nouns

    def _told_as_gathering(self, doc: Doc, start: int, end: int) -> bool:
        """ "attended the Annual Convention of the X Association", "the X Teachers Convention opened on
        Friday": a name whose head also names a gathering (GATHERING_SENSE) is the gathering's, no
        document signed or adopted (FACTS.md), when its sentence tells one: a word of recurrence before
        its head, a body of members owning it with no complement after the head, a cue of being at, attending, holding or hosting it right before the name (its article,
        an owner's possessive, numbers and words of recurrence between), or a verb of a gathering's course
        right after it (auxiliaries between). "ratified the Fourth X Convention" stays a document."""
        texts, lower = token_texts(doc), lower_words(doc)
        head = next((k for k in range(start, end) if texts[k] in self.gathering_senses), None)
        if head is None:
            return False
        if any(lower[k] in self.gathering_modifiers for k in range(start, head)) \
                or head == end - 1 and any(texts[k] in self.gathering_owners for k in range(start, head)):
            return True  # "the Annual Convention", "the X Labour Party Convention" (not "... Convention on Y")
        sent = sent_of(doc[start])
        k = start - 1
        while k >= sent.start and (lower[k] in self.generic_leads or lower[k] in self.gathering_modifiers
                                   or lower[k] in _POSSESSIVE_MARKS or doc[k].like_num or _ORDINAL_TOKEN.match(texts[k])):
            k -= 2 if lower[k] in _POSSESSIVE_MARKS else 1  # "the party's": the owner's word goes with its mark
        if k >= sent.start and lower[k] in self.gathering_cues:
            return True
        k = end
        while k < sent.end and (lower[k] in self.clause_verbs or lower[k] in ("be", "been")):  # "will be held"
            k += 1
        return k < sent.end and lower[k] in self.gathering_verbs

    def _titled_run(self, doc: Doc, k: int, limit: int) -> Optional[int]:
        """End of a capitalised run after the head that ends in a target year, which names
        the instrument: "National Development Strategy European Moldova 2030"; not a run that
        names a meeting or a body ("the Treaty Event 2008")."""
        j = k
        if j < limit and token_texts(doc)[j] in self.process_nouns:
            return None  # "the Pacific Plan Review 2013 Report": what is done with the document
        while j < limit and j - k < 5 and token_texts(doc)[j][:1].isupper() and doc[j].is_alpha:
            if token_texts(doc)[j] in self.body_ends or token_texts(doc)[j] in self.head_words:
                return None  # "the Trade Policy Framework 2025-2030": the later head names it
            j += 1
        if j > k and j < limit and YEAR.match(token_texts(doc)[j]):
            return j + 1
        return None

    def _before_place(self, doc: Doc, head_end: int, end: int, place_ends: Dict[int, int]) -> int:
        """ "the Fisheries Strategy and Action Plan in Apia": a name ends before "in <place>" that
        ends it (where it was adopted), and before "in Parliament" (where it is debated);
        "Traffic in Cultural Property" and "the Statement on the Situation in Myanmar" go on."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        for k in range(head_end, end - 1):
            if lowers[k] == "in" and texts[k - 1] in self.placed_subjects:
                continue
            if lowers[k] in ("in", "at") and (place_ends.get(k + 1, -1) >= end or texts[end - 1] in self.seat_words
                                                   and all(is_capitalised(t) or t.lower_ == "the" for t in doc[k + 1:end])):
                return k
        # "the X Programme in Nepal's southern plains": a place that owns what follows the name
        if end - head_end >= 3 and lowers[end - 1] in ("'s", "\u2019s") and lowers[end - 3] == "in" \
                and place_ends.get(end - 2, -1) == end - 1:
            return end - 3
        return end

    def _before_holding_document(self, doc: Doc, head_end: int, end: int) -> int:
        """ "the Suva Agreement in the Palikir Communique": a name ends before "in" and a capitalised
        run ending in another head, the document that mentions it ("Cooperation in the Field of X" goes on)."""
        if end - head_end < 3 or token_texts(doc)[end - 1] not in self.single_heads:
            return end
        for k in range(head_end, end - 2):
            if lower_words(doc)[k] == "in" and all(is_capitalised(t) or t.lower_ == "the" for t in doc[k + 1:end]):
                return k
        return end

    def _generic_named(self, doc: Doc, start: int, end: int, limit: int, speaks: bool = False, whole_end: int = 0) -> bool:
        """ "the Memorandum of Understanding", "a Plan of Action", "will sign Agreed Minutes": a
        capitalised generic name of two words or more, after an article or a verb of signing or
        adopting, not opening the sentence ("The National Plan speaks to ..." refers back), or
        opening an item of a list. Lowercase words that describe the document may stand between
        ("a mutually beneficial Free Trade Agreement", "signed the landmark Joint Declaration")."""
        # 'signed the "Exchange of Notes"': a generic name quoted whole is a title, led from before its quote
        quoted = start - 1 > limit and _opens_quote(doc, start - 1) and end < len(doc) \
            and token_texts(doc)[end] in _TITLE_CLOSER_OF[token_texts(doc)[start - 1]]
        lead = self._lead_before(doc, start - 1 - quoted, start, limit, quoted)
        led = lead > limit and (lower_words(doc)[lead] in self.generic_leads
                                or lower_words(doc)[lead] in self.document_verbs and not self._told_as_sort(doc, start, end, whole_end)
                                or token_texts(doc)[lead] in APOSTROPHES and doc[lead - 1].is_upper and doc[lead - 1].is_alpha
                                or self._owner_possessive(doc, lead, limit))
        # "The Memorandum of Understanding was signed by ...": the sentence tells this document's signing;
        # "The Joint Statement said ...": a document that speaks is the one its meeting issued (describing
        # words between: "The five-year Strategic Plan was unveiled ...")
        led = led or lead == limit and lower_words(doc)[lead] == "the" and _describing_only(doc, lead + 1, start) \
            and (speaks or self._told_signed(doc, end))
        # "a signing ceremony for Exchange of Notes and ...", "the signing of Agreed Minutes": what is signed
        led = led or self._signing_of(doc, lead, limit) or self._bare_told_signed(doc, start, end, limit)
        listed = self._opens_list_item(doc, start) or _after_semicolon(doc, start)
        # "- Protocol on plant quarantine;": one generic word and its subject opening an item of a list
        # ("the Agreement on visas" refers back; after "a" it names none, ANNOTATORS.md 8)
        one_word = whole_end > end and listed
        return (end - start >= 2 or one_word) and (led or listed) \
            and all(t.text[:1].isupper() for t in doc[start:end] if t.is_alpha and not t.is_stop)

    def _bare_told_signed(self, doc: Doc, start: int, end: int, limit: int) -> bool:
        """ "one of them being Bilateral Trade Agreement which was signed in 2005": a generic name
        with no article, told signed by a relative clause right after it, is the signed document."""
        lead = start - 1
        if not (lead >= limit and doc[lead].is_lower and doc[lead].is_alpha and lower_words(doc)[lead] not in self.generic_leads
                and lower_words(doc)[lead] not in self.indefinite_leads and end + 1 < len(doc)
                and lower_words(doc)[end] in ("which", "that")):
            return False
        return self._told_signed(doc, end + 1)

    @staticmethod
    def _owner_possessive(doc: Doc, lead: int, limit: int) -> bool:
        """ "the government's five-year Strategic Action Plan", "the ministry's Strategic Plan": the
        possessive of a lowercase noun after "the" determines one document, as "its" does."""
        return token_texts(doc)[lead] in APOSTROPHES and lead - 2 >= limit and doc[lead - 1].is_lower \
            and doc[lead - 1].is_alpha and lower_words(doc)[lead - 2] == "the"

    @staticmethod
    def _signing_of(doc: Doc, lead: int, limit: int) -> bool:
        """``lead`` is the "of" of "the signing of" or the "for" of "a signing ceremony for"."""
        return lead - 1 > limit and lower_words(doc)[lead] in ("for", "of") and (
            lower_words(doc)[lead - 1] == "signing" or lead - 2 > limit and lower_words(doc)[lead - 2: lead] == ["signing", "ceremony"])

    def _sort_complement_after(self, doc: Doc, end: int) -> bool:
        """ "the signing of MoU between X and Y", "signing of Memorandum of Understanding (MoU) for
        the fields of health": a generic name with no article, its parties or a lowercase subject
        right after it (its bracketed acronym between), is the sort of document signed, as after "a"
        (ANNOTATORS.md 8); "the signing of Agreed Minutes on Friday" names the document, and so do
        parties written as a title writes them, "between the Government of X and ..."."""
        stop = sent_of(doc[end - 1]).end
        k = _acronym_paren_end(doc, end, stop)
        if k + 1 >= stop:
            return False
        titled = lower_words(doc)[k + 1] == "the" and k + 2 < stop and is_capitalised(doc[k + 2])
        return lower_words(doc)[k] in self.party_leads and not titled \
            or lower_words(doc)[k] in self.subject_leads and doc[k + 1].is_lower

    @staticmethod
    def _told_as_sort(doc: Doc, start: int, end: int, whole_end: int) -> bool:
        """ "X and Y sign Cooperation Agreement" over "X and Y signed a Cooperation Agreement with ...":
        a headline drops its articles, so a generic name right after a verb is read with the article
        the text gives the same words elsewhere; after "a"/"an" it is a sort of document, none named.
        A subject of its own after it ("sign MoU on coastal tourism") tells which document."""
        if whole_end > end:
            return False
        name = text_of(doc, start, end)
        return re.search(r"\b[Aa]n?\s+(?:[a-z-]+\s+)?" + re.escape(name) + r"\b", doc.text) is not None

    def _lead_before(self, doc: Doc, lead: int, start: int, limit: int, quoted: bool = False) -> int:
        """The word that leads a name from ``lead`` back, over the lowercase words that describe the
        document ("our first five-year Strategic Plan", "the long-awaited Joint Declaration", "a new, revised")."""
        while lead > limit and start - lead <= _DESCRIBING_REACH + quoted and (
                doc[lead].is_lower and doc[lead].is_alpha and (not doc[lead].is_stop or doc[lead].like_num or word_ordinal(lower_words(doc)[lead]))
                and lower_words(doc)[lead] not in self.document_verbs  # "our first five-year Strategic Plan"
                or token_texts(doc)[lead] in HYPHENS and not doc[lead].whitespace_ and not doc[lead - 1].whitespace_
                and doc[lead - 1].is_lower  # "the long-awaited Joint Declaration"
                or token_texts(doc)[lead] == "," and lead < start - 1 and doc[lead - 1].is_lower):  # "a new, revised"
            lead -= 1
        return lead

    def _indefinite_generic(self, doc: Doc, start: int, end: int, limit: int) -> bool:
        """ "signed a Memorandum of Understanding (MoU) with X", "- A Memorandum of Understanding
        between X and Y on ...", "the signing of a Treaty of Friendship": a capitalised generic name
        after an indefinite article (describing words between) tells what sort of document was
        signed, not which one (ANNOTATORS.md 8); its parties or a lowercase subject after it name
        none either. Not a quoted title, nor a name with a word of its own ("an Agreement on
        Cooperation in Animal Health"); the caller keeps one
        given its period ("a Work Programme for 2026-2028")."""
        if start - 1 < limit or _opens_quote(doc, start - 1):
            return False
        lead = self._lead_before(doc, start - 1, start, limit)
        if lead < limit or lower_words(doc)[lead] not in self.indefinite_leads and not self._signing_of(doc, lead, limit):
            return False
        cut = next((k for k in range(start + 1, end) if lower_words(doc)[k] in self.party_leads), end)
        own = self._before_document_subject(doc, start, cut)
        if lower_words(doc)[lead] not in self.indefinite_leads and not self._sort_complement_after(doc, own):
            return False  # "the signing of Agreed Minutes on Friday": no article, nothing after it tells a sort
        return is_generic_name(clean_instrument_name(text_of(doc, start, own))) and not self._subject_after_parties(doc, cut, end)

    def _before_document_subject(self, doc: Doc, start: int, cut: int) -> int:
        """ "an MoU on Development Plan (2024-2029)": a generic head whose subject is another document,
        a capitalised run ending in a head of one word, is a sort of document, the subject its name
        (FACTS.md: the named instrument inside another is listed; the sort, after "a", is none).
        The position of that subject's lead, else ``cut``."""
        lead = next((k for k in range(start + 1, cut - 1) if lower_words(doc)[k] in self.subject_leads), None)
        return lead if lead is not None and self._names_document(doc, lead + 1, cut) else cut

    def _names_document(self, doc: Doc, start: int, end: int) -> bool:
        """A capitalised run, its article aside, that ends in a head of one word ("the X Exchange Program")."""
        start += start < end and lower_words(doc)[start] == "the"
        return end - start >= 2 and token_texts(doc)[end - 1] in self.single_heads \
            and all(is_capitalised(t) or t.is_punct for t in doc[start:end])

    def _subject_after_parties(self, doc: Doc, cut: int, end: int) -> bool:
        """ "an Agreement between the Government of X and the Government of Y on Border Trade": a
        capitalised subject after the parties names the document, as it would right after the head."""
        if cut >= end:
            return False
        k = self._party_end(doc, cut + 1, end)
        if k < end and lower_words(doc)[k] == "and":
            k = self._party_end(doc, k + 1, end, last=True)
        if not (k + 1 < end and lower_words(doc)[k] in self.subject_leads):
            return False
        subject = clean_instrument_name(text_of(doc, k + 1, end))
        # "... on the Vietnam-Singapore Talent Exchange Program": the subject is a document of its own
        return subject[:1].isupper() and not is_generic_name(subject) and not self._names_document(doc, k + 1, end)

    def _told_signed(self, doc: Doc, end: int) -> bool:
        """A past participle of signing or adopting follows the name, its auxiliaries between:
        "... was signed by", "... will be formally adopted", "... signed today" (not "... speaks to")."""
        stop = sent_of(doc[end - 1]).end
        k = _acronym_paren_end(doc, end, stop)
        closing = self._inserted_clause_end(doc, k, stop)
        if closing is not None:
            # "The Framework Agreement, signed in Lusaka, covers ...", "The MoU, which was signed by ...,":
            # the inserted clause tells the signing; else the verb after it may ("The Plan, ..., was adopted")
            if self._told_signed(doc, k + 1 + (lower_words(doc)[k + 1] in self.relative_words)):
                return True
            k = closing + 1
        k = self._lowercase_complement_end(doc, k, stop)
        start = k
        while k < stop and k - start <= 3 and doc[k].is_lower and (
                lower_words(doc)[k] in self.clause_verbs or lower_words(doc)[k] in ("be", "been", "being") or lower_words(doc)[k].endswith("ly")):
            k += 1
        return k < stop and lower_words(doc)[k] in self.document_verbs and lower_words(doc)[k].endswith("ed")

    def _listed_kept_apart(self, doc: Doc, candidates: list, written: list) -> None:
        """ "- Declaration of the Pacific Alliance about Youth", "- Declaration of the Pacific Alliance
        for X": items of one list, each a document, that the merging of variants made one name
        get back their names as written (a mention in the text keeps the merged one)."""
        by_name: Dict[str, list] = {}
        for c, name in zip(candidates, written):
            if self._opens_listed_item(doc, c[0]):
                by_name.setdefault(c[3]["name"], []).append((c, name))
        for items in by_name.values():
            if len({name for _, name in items}) > 1:
                for c, name in items:
                    c[3]["name"] = name

    def _lowercase_complement_end(self, doc: Doc, k: int, stop: int) -> int:
        """ "The Memorandum of Understanding between the two countries was signed": a short
        lowercase phrase after the name ("between the two sides", "on trade") stands between it
        and its participle; the end of that phrase, else ``k``."""
        if not (k < stop and doc[k].is_lower and lower_words(doc)[k] in _LOWERCASE_COMPLEMENT_LEADS):
            return k
        j = k + 1
        while j < stop and j - k <= _LOWERCASE_COMPLEMENT_REACH and (doc[j].is_lower and doc[j].is_alpha or doc[j].like_num) \
                and lower_words(doc)[j] not in self.clause_verbs and lower_words(doc)[j] not in self.document_verbs:
            j += 1
        return j if j > k + 1 else k

    def _bulleted_item(self, doc: Doc, start: int) -> bool:
        """``start`` opens an item after a bullet or a number at a line's start, or after a semicolon."""
        return start >= 1 and (_after_semicolon(doc, start) or _after_item_number(doc, start)
                               or "\n" not in token_texts(doc)[start - 1] and self._opens_list_item(doc, start))

    def _opens_list_item(self, doc: Doc, start: int) -> bool:
        """ "The agreements signed are:\n- Joint Action Program ...": a name that opens a line,
        after a bullet or not (a headline is read elsewhere), is an item of a list of documents."""
        k = start - 1
        while k >= 1 and token_texts(doc)[k] in self.list_bullets and token_texts(doc)[k - 1] in self.list_bullets:
            k -= 1  # "\u2022 \u2013 Agreement on ...": a bullet and a dash open one item
        return start >= 1 and "\n" in token_texts(doc)[start - 1] or k >= 1 and token_texts(doc)[k] in self.list_bullets \
            and "\n" in token_texts(doc)[k - 1] or _after_item_number(doc, start)

    def _party_run(self, doc: Doc, k: int, limit: int) -> int:
        """End of the capitalised words of a party from ``k``, across "of"/"the" inside it, a
        possessive between two capitalised words ("the Lao People's Democratic Republic") and
        the commas of an office's list of fields ("the Ministry of Water, Land and Natural
        Resources": the "and" that closes the list is read by :meth:`_party_end`), and the
        bracketed acronym after capitalised words ("the Ministry of Foreign Affairs (MOFA) of X")."""
        first = k
        while k < limit:
            acronym_end = _acronym_paren_end(doc, k, limit) if k > first and is_capitalised(doc[k - 1]) else k
            if acronym_end > k:
                k = acronym_end
                continue
            j = k
            # "the Ministry for the Green Transition": "for" after an office's word goes on with its portfolio
            while j < limit and j > first and (lower_words(doc)[j] in ("of", "the") or lower_words(doc)[j] == "for"
                                               and token_texts(doc)[j - 1] in self.phrases.organisation_words):
                j += 1
            if j > first and j + 1 < limit and is_capitalised(doc[j - 1]) and is_capitalised(doc[j + 1]) and (
                    token_texts(doc)[j] in APOSTROPHES and not doc[j - 1].whitespace_
                    or token_texts(doc)[j] == "," and any(t.lower_ == "of" for t in doc[first:j])
                    and _closes_with_and(doc, j + 1, limit)):
                j += 1
            if not (j < limit and is_capitalised(doc[j])):
                break
            k = j + 1
        # "the Omani government", "the UAE government": a state's office written lowercase after its name
        if first < k < limit and doc[k].is_lower and token_texts(doc)[k].capitalize() in self.phrases.organisation_words:
            k += 1
        return k

    def _party_end(self, doc: Doc, k: int, limit: int, last: bool = False) -> int:
        """End of one party starting at ``k`` ("the Government of X", "the Ministry of the
        Interior of the Republic of X"), or ``k`` when none starts there. "and" before a
        capitalised word stays inside a party ("the Ministry of Planning and Investment") when
        another "and" follows (the first party) or when it is the last party."""
        start = k
        k += 1 if k < limit and lower_words(doc)[k] == "the" else 0
        first = k
        k = self._party_run(doc, k, limit)
        while k > first and k + 1 < limit and lower_words(doc)[k] == "and" and token_texts(doc)[k + 1][:1].isupper() \
                and token_texts(doc)[k + 1] not in self.phrases.sentence_words:
            j = self._party_run(doc, k + 1, limit)
            if self._holds_head(doc, k + 1, j):
                break
            if not last and not (j < limit and lower_words(doc)[j] == "and"):
                break
            k = j
        if k == first:
            return start
        # "the Association of Indian Universities (AIU), India and ...": the party's country after a comma
        if k + 2 < limit and token_texts(doc)[k] == "," and is_capitalised(doc[k + 1]) and doc[k + 1].is_alpha \
                and (lower_words(doc)[k + 2] in _PLACE_FOLLOWERS or token_texts(doc)[k + 2] in (",", ";", ".", ":")) \
                and token_texts(doc)[k + 1] not in self.phrases.sentence_words:
            k += 2
        return k

    def _holds_head(self, doc: Doc, start: int, end: int) -> bool:
        """True when ``doc[start:end]`` holds an instrument's head that is no field of an office
        named in it ("the Plan of Action" does; "the Ministry of Law and Justice" does not)."""
        office = None
        for k in range(start, end):
            if token_texts(doc)[k] in self.phrases.organisation_words and k + 1 < end and lower_words(doc)[k + 1] == "of":
                office = k
            elif lower_words(doc)[k] == "the" and k > start and lower_words(doc)[k - 1] in ("and", ","):
                office = None  # "... of Law and the Plan of Action": another noun phrase
            elif token_texts(doc)[k] in self.head_words and office is None:
                return True
        return False

    def _parties(self, doc: Doc, head_end: int, end: int, limit: int) -> int:
        """A name that is its head alone names its parties: "the Agreement between the Government
        of X and the Government of Y on Visa Exemption" (not "the Kigali Accord between X and Y"),
        "the Joint Statement of the Republic of X and the Kingdom of Y on ...". """
        limit = min(limit, end + MAX_NAME_TOKENS)
        if end + 1 < limit and lower_words(doc)[end] == "between":
            k = self._party_end(doc, end + 1, limit)
            if k > end + 1 and (token_texts(doc)[k - 1] in self.plural_parties or _plural_of(doc, end + 1, k)) \
                    and not (k < limit and lower_words(doc)[k] == "and"):
                # one party of many: "the Plan of Cooperation between the Member States on X"
                return self.phrases.extend_right(doc, k, limit, stop=self.parties_stop,
                                                 connectors=self.phrases.party_connectors)
            if k == end + 1 or not (k < limit and lower_words(doc)[k] == "and"):
                return end
        elif head_end < end and lower_words(doc)[head_end] == "of" and end + 1 < limit and lower_words(doc)[end] == "and":
            k = end  # the first party is read already ("of the Republic of X")
        else:
            return end
        second = self._party_end(doc, k + 1, limit, last=True)
        if second == k + 1 or self._holds_head(doc, k + 1, second) \
                or self._holds_official(doc, k + 1, second):
            return end  # "... of the Summit and the Plan of Action": another instrument
        return self.phrases.extend_right(doc, second, limit, stop=self.parties_stop,
                                         connectors=self.phrases.party_connectors)

    def _parties_and_complement(self, doc: Doc, head_end: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """End of a generic name with its parties and the complement after them: "the Convention
        between X and Y for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion
        with respect to Taxes on Income" goes on after the parties as it would after the head."""
        before = self._listed_complement(doc, head_end, end, limit, place_ends)
        end = self._parties(doc, head_end, before, limit)
        if end == before:
            return end
        end = self._parallel_complement(doc, head_end, self._deep_complement(doc, head_end, end, limit, place_ends), limit)
        return self._complex_preposition(doc, head_end, end, limit, place_ends)

    @staticmethod
    def _quoted_title(doc: Doc, end: int, limit: int) -> int:
        """A quoted title right after the name is part of it: Program "Moldova vremurilor bune".
        A straight quote opens one only with a space before it and none after it; written
        against the name ('the "X Plan" and ...') it closes the name's own quotes."""
        if end < limit and _opens_quote(doc, end):
            for j in range(end + 1, min(limit, end + 10)):
                if token_texts(doc)[j] in ('"', "\u201d", "\u2019", "'"):
                    return j + 1 if j > end + 1 and not _years_only(doc, end + 1, j) else end
        return end

    def _period_after(self, doc: Doc, end: int, dates_by_start: Dict[int, Span]):
        """(start, end, last token) of a year period right after a name, or None."""
        k = end
        limit = min(len(doc), end + 5)
        # "(2026-2030)", "for the years 2027-2029", "covering the period 2025-2027", "over 2026-2035"
        while k < limit and lower_words(doc)[k] in self.period_lead_words:
            k += 1
        # "the X Strategy \u2013 2026\u20132030", "the X Plan: 2025-2029": a spaced dash or a colon before the years
        if k == end and k + 1 < limit and (token_texts(doc)[k] == ":" or token_texts(doc)[k] in _PARTY_DASHES
                                           and doc[k].whitespace_ and k > 0 and doc[k - 1].whitespace_):
            k += 1
        # "the Digital Strategy until 2030": a period with its end only
        open_start = k < limit and lower_words(doc)[k] in self.period_end_words
        # "the X Strategy '2025-2030'", "(\u201c2026-2035\u201d)": the years in quotes
        quoted = k + 1 < len(doc) and token_texts(doc)[k] in _PERIOD_QUOTES and (k + 1) in dates_by_start and not open_start
        k += quoted
        span = dates_by_start.get(k + 1 if open_start else k)
        if span is None or not span_value(span, "nf_date"):
            return _fiscal_period(doc, k)
        value = _short_span(span) or _year_range(span_value(span, "nf_date"))
        if open_start and len(span) == 1 and YEAR.match(span.text):
            value = {"start": None, "end": span.text}
        elif len(value["start"]) != 4 or len(value["end"]) != 4 or value["start"] == value["end"]:
            return None  # a period is a span of years ("last year" is not one)
        last = span.end
        if quoted and last < len(doc) and token_texts(doc)[last] in _PERIOD_QUOTES:
            last += 1
        if last < len(doc) and lower_words(doc)[last] == "period":
            last += 1
        if last < len(doc) and token_texts(doc)[last] == ")":
            last += 1
        return value["start"], value["end"], last

    def _continued_after_acronym(self, doc: Doc, end: int, limit: int) -> tuple:
        """ "the Memorandum of Understanding (MoU) on Fisheries between X and Y": a name goes on
        after its bracketed acronym with a complement. (end, acronym bounds or None)."""
        after = _acronym_paren_end(doc, end, limit)
        if after == end or not (after + 1 < limit and doc[after].is_lower):
            return end, None
        if lower_words(doc)[after] == "between":  # the parties follow: read by :meth:`_parties`
            return after, (end, after)
        if lower_words(doc)[after] in self.phrases.inner_connectors and (is_capitalised(doc[after + 1]) or after + 2 < limit
                                                                   and lower_words(doc)[after + 1] == "the" and is_capitalised(doc[after + 2])):
            return self.phrases.extend_right(doc, after, limit), (end, after)  # "(MoU) on (the) Recruitment of X"
        return end, None

    def _year_before(self, doc: Doc, start: int, limit: int, generic: bool, dates_by_end: Dict[int, Span]):
        """A year or range right before a name: a range is its period ("the 2026-2030 Action
        Plan"); a single year is part of the name when it is a target ("the 2050 Strategy", "the
        2030 Agenda for ..."), not when it dates a name of its own ("the 2015 Paris Agreement").
        (name start, period start, period end)."""
        span = dates_by_end.get(start)
        if span is None or span.start <= limit or not span_value(span, "nf_date"):
            return start, None, None
        value = span_value(span, "nf_date")
        if len(value["start"]) != 4 or len(value["end"]) != 4:
            return start, None, None
        if value["start"] != value["end"]:
            return start, value["start"], value["end"]
        # (an undated text that writes no other year: the year is a target, "the 2050 Strategy for X";
        # with other years it may date a past signing, "the 1998 X Agreement and 2014 Y Agreement")
        published = (doc_value(doc, "published") or "")[:4]
        undated_target = not published and not any(s.text != span.text and any(c.isdigit() for c in s.text)
                                                   for s in dates_by_end.values())
        if len(span) == 1 and YEAR.match(span.text) and (generic or undated_target or published and span.text > published):
            return span.start, None, None
        return start, None, None

    def _bounds(self, doc: Doc, head: Span, sent: Span, place_ends: Dict[int, int]):
        """(start, end, acronym inside) of the name around a head, or None when the head
        modifies another noun ("Kuala Lumpur Convention Centre")."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        titled_end = self._titled_run(doc, head.end, sent.end)
        close = next((k for k in range(head.end + 2, min(sent.end - 1, head.end + _BRACKET_WORDS + 2)) if texts[k] == ")"), None) \
            if head.end < sent.end and texts[head.end] == "(" else None
        if close is not None and _title_bracket_open(doc, close, head.end) == head.end and texts[close + 1] in self.head_words:
            return None  # "the Banking Regulation (Amendment) Act": the head is a word of the Act's name
        if head.end < sent.end and texts[head.end][:1].isupper() and not _YEAR_OR_FISCAL.match(texts[head.end]) \
                and titled_end is None and texts[head.end] not in self.phrases.title_connectors \
                and lowers[head.end] != "between" \
                and texts[head.end] not in _NUMBER_SIGNS and not _ROMAN.match(texts[head.end]) \
                and texts[head.end] not in self.series_words and self._staged(doc, head.end, sent.end) == head.end:
            return None
        if head.end + 1 < sent.end and texts[head.end] == "&" and is_capitalised(doc[head.end + 1]):
            return None  # "the Bill & Melinda Gates Foundation", "Plan & Design Ltd": a word of a longer name
        if _field_of_office(doc, head, sent.start, sent.end, self.process_nouns) or _bracketed_portfolio(doc, head):
            return None
        start = self._inner_document_start(doc, self.phrases.extend_left(doc, head.start, sent.start, heads=self.head_words),
                                           head.start)
        hyphened = _hyphened_start(doc, _place_particle_start(doc, start, sent.start, place_ends), sent.start)
        if hyphened < start:
            start = self.phrases.extend_left(doc, hyphened, sent.start, heads=self.head_words)
        start = _listed_words_start(doc, start, head.start, sent.start, place_ends) if start + 1 < head.start else start
        start = self._after_lead_words(doc, start, head.start)
        if start < head.start and _counts(doc, start, head):
            start += 1  # "signed Seven MoU Agreements": how many, not which
        else:
            start = _ordinal_start(doc, _counted_start(doc, start, head, sent.start), head, sent.start)  # "the 100 Day Action Plan"
        # "(Faster) Implementation of Agenda 2063": what is done with a document is no part of its name
        start = max([k + 2 for k in range(start, head.start - 1)
                     if texts[k] in self.process_nouns and lowers[k + 1] == "of"], default=self._after_stage(doc, start, head.start))
        if start == head.start and self._in_idiom(doc, head, sent.start):
            return None
        if len(head) == 1 and _in_body_name(doc, start, head.start, self.body_only_heads, place_ends):
            start = self._discussed_at_meeting(doc, start, head.start)
            if start is None:
                return None
        start = self._party_start(doc, start, head.start, sent.start) if start < head.start else start
        start = self._after_owner(doc, start, head.start, place_ends)
        # "the Agreement concerning Training of X": a subject after "concerning" is the name's too
        end = titled_end or self._numbered_on(doc, self.phrases.extend_right(
            doc, head.end, sent.end, connectors=self.phrases.party_connectors, owned=True), sent.end)
        if not titled_end:
            end = self._quoted_complement(doc, end, sent.end)
            end = self._field_phrase(doc, head.end, self._gerund_article(doc, head.end, end, sent.end), sent.end, place_ends)
            end = self._parallel_complement(doc, head.end, self._deep_complement(doc, head.end, end, sent.end, place_ends),
                                            sent.end)
            end = self._complex_preposition(doc, head.end, end, sent.end, place_ends)
            end = self._before_recipient(doc, head.end, end)
        if end == head.end and end < sent.end and texts[end] in self.series_words \
                and not (end + 1 < sent.end and texts[end + 1][:1].isupper()):
            end += 1  # "the National Development Plan Three" (not "the Plan One Ministers")
        inner = None
        if not titled_end:
            end, inner = self._continued_after_acronym(doc, end, sent.end)
            if inner and _only_places(doc, inner[1] + 1, end, place_ends):
                end, inner = inner[0], None  # "the Sustainable Development Goals (SDGs) for Fiji": whose, not which
        # "the Agreement between X and Y", "the Executive Programme for Z between X and Y": a name of
        # generic words names its parties (not "the Kigali Accord between X and Y")
        if not titled_end and (start == head.start or is_generic_name(clean_instrument_name(text_of(doc, start, head.end)))):
            # "the Treaty of Amity, Trade and Good Neighbourliness between X and Y": the subjects, then the parties
            end = self._parties_and_complement(doc, head.end, end, sent.end, place_ends)
        if not titled_end:
            end = self._listed_complement(doc, head.end, end, sent.end, place_ends)
        end = self._before_place(doc, head.end, self._stage_numbered(doc, head.end, end, sent.end), place_ends)
        end = self._before_holding_document(doc, head.end, end)
        # "the Istanbul Declaration and D-8 Istanbul Plan of Action": two instruments
        start, end = self._coordination_split(doc, start, head, end)
        if inner and inner[1] >= end:
            inner, end = None, min(end, inner[0])
        bracketed = _bracketed_word_start(doc, start, sent.start)
        start = self._after_lead_words(doc, bracketed, head.start) if bracketed < start else start
        if inner is None and not titled_end:
            end = self._topic_complement(doc, start, self._listed_title_end(doc, start, end, sent.end), sent.end, place_ends)
        if self._names_a_body(doc, head.end, end):
            return None
        start, end = _listed_item_bounds(doc, start, head, end, sent.start)
        return start, self._subtitle(doc, self._quoted_title(doc, end, sent.end), sent.end), inner

    def _party_start(self, doc: Doc, start: int, head: int, limit: int) -> int:
        """The start of a name whose first party a dash joins to the rest ("the EU - Moldova
        Association Agreement", "the Kenya\u2013Uganda Trade Agreement"), else ``start``."""
        start = _spaced_party_start(doc, start, limit)
        for _ in range(3):  # "the Kenya\u2013Uganda\u2013Tanzania Tripartite Agreement": each party in turn
            dash = _glued_party_start(doc, start, limit) if start < head else start
            if dash == start:
                break
            start = self.phrases.extend_left(doc, dash, limit, heads=self.head_words)
        return start

    def _after_owner(self, doc: Doc, start: int, head: int, place_ends: Dict[int, int]) -> int:
        """Start of a name after the possessive of who owns it, which is no part of it: a country
        ("Chile's Law No. 21.600"), a body named by its acronym ("NATO's Open Door Policy") or by
        two capitalised words or more ("the SADC Secretariat's Annual Plan", "the United Nations'
        2030 Agenda"); "the Government's Activity Program", "the Women's Plan" and the issuers'
        "the G20 Leaders' Declaration" keep theirs."""
        owner_end = place_ends.get(start, -1)
        if start < owner_end < head and token_texts(doc)[owner_end] in APOSTROPHES:
            return owner_end + 1
        if start + 1 < head and doc[start].is_upper and doc[start].is_alpha and len(doc[start]) >= 2 \
                and token_texts(doc)[start + 1] in APOSTROPHES:
            return start + 2
        for k in range(start + 2, head):
            if token_texts(doc)[k] in APOSTROPHES and not doc[k - 1].whitespace_ and all(is_capitalised(t) for t in doc[start:k]) \
                    and token_texts(doc)[k - 1] not in NAME_POSSESSORS and token_texts(doc)[k - 1] not in self.author_possessives:
                return k + 1
        return start

    def _after_lead_words(self, doc: Doc, start: int, head: int) -> int:
        """Start of a name after words that open no name: a determiner opening the sentence ("Other
        Agenda items"), a title-case verb of signing ("Malawi, Zambia Sign Memorandum Of ...")."""
        while start < head and lower_words(doc)[start] in self.determiners:
            start += 1
        return max([k + 1 for k in range(start, head) if lower_words(doc)[k] in self.document_verbs
                    or lower_words(doc)[k] in self.title_case_breaks and not doc[k].is_lower], default=start)

    def _opens_listed_item(self, doc: Doc, start: int) -> bool:
        """The name opens an item of a list: a line (after a bullet or not), or what follows a
        semicolon ("...; the Agreement on X; Exchange of Notes on Y")."""
        k = start - 1 if start >= 1 and lower_words(doc)[start - 1] == "the" else start
        return self._opens_list_item(doc, k) or _after_semicolon(doc, start)

    def _listed_title_end(self, doc: Doc, start: int, end: int, limit: int) -> int:
        """ "Documents signed:\n- Memorandum of Understanding on cooperation in labour and employment;": a
        generic name that opens an item of a list of documents and goes on with a lowercase
        complement is the item's whole title, up to the item's end (";", ".", a comma, the line's end). Not when
        the item goes on as a clause (an auxiliary, "which": "- The MoU on X was signed by ..."), holds a
        year that is not its period's or runs longer than a title. The item's title ends before its
        period ("- Program of cooperation between X and Y for 2025-2026;")."""
        # its parties name no document: "4. Agreement between the Government of X and the Government of Y on
        # holding joint exercises;" is generic up to "between"
        # "1. Decision of the X Council on the establishment of Y;": the body that issues a decision or
        # a resolution, after its "of", names no document either (it issues many): its subject does
        parties = next((k for k in range(start + 1, end) if lower_words(doc)[k] == "between"
                        or lower_words(doc)[k] == "of" and token_texts(doc)[k - 1] in self.qualified_heads), end)
        # "MoU on Cooperation in the proposed development of X": generic words and the small words between them
        generic = " ".join(w for w in clean_instrument_name(text_of(doc, start, parties)).split() if w not in _GENERIC_JOINERS)
        # "- MoU on Promoting exchange between X and Y;": a capitalised gerund after the head's small word
        # opens the complement its lowercase object goes on with
        gerund = end - 2 > start and end + 1 < limit and lower_words(doc)[end - 2] in _GENERIC_JOINERS \
            and token_texts(doc)[end - 1].endswith("ing") and is_capitalised(doc[end - 1]) and doc[end].is_lower and doc[end].is_alpha
        if gerund:
            generic = " ".join(generic.split()[:-1])
        if not (end + 1 < limit and doc[end].is_lower and (lower_words(doc)[end] in self.item_connectors or gerund)
                and self._opens_listed_item(doc, start) and generic and is_generic_name(generic)):
            return end  # "- Defence Cooperation Agreement on training": its capitals name it already
        item_end = self._item_end(doc, end, limit)
        # a line of its own with no bullet, no number and nothing listed before it ("...:") that
        # runs to the line's end is a subheading ("Memorandum of understanding aims"), no item
        if item_end > end and (item_end >= limit or "\n" in token_texts(doc)[item_end]) and not self._bulleted_item(doc, start) \
                and not _after_list_colon(doc, start):
            return end
        return item_end

    def _topic_complement(self, doc: Doc, start: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """ "signed a Memorandum of Understanding on development cooperation", "a Treaty on allied
        relations", "the Program of Cooperation in the field of tourism for 2019-2020": a name of
        generic words only is told apart by its subject, written lowercase after "on" ("concerning",
        "regarding", "in the field of"); the subject is the name's. It is a few lowercase words that
        end the phrase: before a verb, a party ("between", "with"), a period, a place or punctuation.
        Not an article's noun phrase ("on the sidelines of", "on behalf of"), nor a subject that runs
        on into capitals ("on trade Minister X said")."""
        words = lower_words(doc)
        if not (end + 1 < limit and doc[end].is_lower and doc[end - 1].is_alpha and not doc[end - 1].is_lower):
            return end
        if not self._generic_run(doc, start, end) or token_texts(doc)[end - 1].endswith("s"):
            return end  # "the Damascus Declaration on a series of issues": its capitals name it already; "MoUs on X": several
        first = end + 1 if words[end] in _TOPIC_LEADS else end + 4 if end + 4 < limit and words[end] == "in" \
            and words[end + 1] == "the" and words[end + 2] in self.field_nouns and words[end + 3] == "of" else None
        if first is None:
            return end
        k = first
        while k < limit and k - first < _TOPIC_REACH and self._topic_word(doc, k, limit, k > first):
            k += 1
            # "on trade and investment": an "and" between two such words joins them
            k += k + 1 < limit and words[k] == "and" and self._topic_word(doc, k + 1, limit, True) and not words[k + 1].endswith("ed")
        if k == first or is_generic_name(text_of(doc, first, k)):
            return end  # "a MoU on cooperation in education": a subject of generic words tells no document apart
        if k + 2 < limit and words[k] in _TOPIC_BODY_LEADS and words[k + 1] == "the" and is_capitalised(doc[k + 2]) \
                and k + 2 not in place_ends and token_texts(doc)[k + 2] not in self.names.sentence_words:
            # "a Declaration on strengthening integration within the Eurasian Economic Union": the body
            # the subject is of (no place: "on climate change in Africa") goes on with it
            j = k + 2
            while j < limit and is_capitalised(doc[j]):
                j += 1
            return self.phrases.extend_right(doc, j, limit)
        if k < limit and (is_capitalised(doc[k]) or words[k] in ("of", "'s", "’s") or k in place_ends
                          or token_texts(doc)[k] in HYPHENS and not doc[k - 1].whitespace_):
            return end
        return k

    @staticmethod
    def _generic_run(doc: Doc, start: int, end: int) -> bool:
        """The capitalised words are generic ones and the small words between them ("MoU on Cooperation")."""
        generic = " ".join(w for w in clean_instrument_name(text_of(doc, start, end)).split() if w not in _GENERIC_JOINERS)
        return bool(generic) and is_generic_name(generic)

    def _topic_start(self, doc: Doc, start: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """Where the lowercase subject of a generic name (:meth:`_topic_complement`) begins, its
        small word included ("on", "in the field of"), else ``end`` (a quoted title's lowercase
        words are no such subject)."""
        k = end
        while k > start and doc[k - 1].is_lower:
            k -= 1
        words = lower_words(doc)
        lead = k if k < end and words[k] in _TOPIC_LEADS else k if k + 4 < end and words[k] == "in" and words[k + 1] == "the" \
            and words[k + 3] == "of" and words[k + 2] in self.field_nouns else None
        return lead if lead is not None and lead > start and self._generic_run(doc, start, lead) \
            and self._topic_complement(doc, start, lead, limit, place_ends) == end else end

    def _topic_word(self, doc: Doc, k: int, limit: int, later: bool) -> bool:
        """A lowercase word of a generic name's subject: no small word, no verb, not a participle
        with its object after the subject's first word ("on climate change outlining their concerns")."""
        word = lower_words(doc)[k]
        return doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop and word not in self.clause_verbs \
            and word not in self.document_verbs and not (later and word.endswith("ing") and k + 1 < limit and doc[k + 1].is_stop)

    def _item_end(self, doc: Doc, end: int, limit: int) -> int:
        """End of the title of a listed item that goes on from ``end`` with a lowercase complement
        (see :meth:`_listed_title_end`), else ``end``."""
        k = end
        while k < limit and (token_texts(doc)[k] not in (";", ".", ",") or self._listing_comma(doc, k, limit)) and "\n" not in token_texts(doc)[k]:
            if k > end + 1 and (token_texts(doc)[k] == "(" or YEAR.match(token_texts(doc)[k]) and lower_words(doc)[k - 1] in self.period_lead_words):
                break  # "... for 2025-2026", "... (2025-2027)": the period, after the title
            if k > end + 1 and (lower_words(doc)[k] == "dated" or lower_words(doc)[k] in self.document_verbs):
                break  # "... on visas signed on 7 July 2000;", "... dated July 7, 2000": when, after the title
            if k > end + 1 and token_texts(doc)[k] in HYPHENS and doc[k - 1].whitespace_ and doc[k].whitespace_:
                break  # "... to India - It envisages ...": a spaced dash opens the item's description
            if k - end >= _ITEM_REACH or lower_words(doc)[k] in self.clause_verbs or lower_words(doc)[k] in self.relative_words \
                    or _verb_to(doc, k, limit) \
                    or YEAR.match(token_texts(doc)[k]) or token_texts(doc)[k] in ("(", ":"):
                return end
            k += 1
        while k > end + 1 and doc[k - 1].is_lower and lower_words(doc)[k - 1] in self.period_lead_words:
            k -= 1
        # "Agreements to be Signed ...": small words alone before the verb are no subject, no title
        return k if k > end + 1 and not all(doc[j].is_stop for j in range(end, k)) else end

    def _listing_comma(self, doc: Doc, k: int, limit: int) -> bool:
        """The comma at ``k`` lists subjects inside an item's title: the item ends with a semicolon
        and no verb of signing or clause follows the comma ("- Program on trade, transport, and
        energy cooperation for 2025-2027;", not "- Agreement on fisheries, signed by ...;")."""
        if token_texts(doc)[k] != ",":
            return False
        for j in range(k + 1, min(limit, k + _ITEM_REACH)):
            if token_texts(doc)[j] == ";":
                return True
            if token_texts(doc)[j] in (".", ",", ":") or "\n" in token_texts(doc)[j] or lower_words(doc)[j] in self.document_verbs \
                    or lower_words(doc)[j] in self.clause_verbs or lower_words(doc)[j] in self.relative_words:
                return token_texts(doc)[j] == "," and self._listing_comma(doc, j, limit)
        return False

    def _listed_lowercase_head(self, doc: Doc, head: int, dates_by_start: Dict[int, Span]):
        """(start, end, rule, value) of a listed document titled in sentence case with a lowercase
        head after capitalised words: "- Cooperation program between X and Y for 2024-2025;",
        "; Work plan on Z"; else None. The title runs to the item's end (see :meth:`_item_end`)."""
        start = head
        while start >= 1 and head - start < 3 and doc[start - 1].is_alpha and not doc[start - 1].is_stop:
            start -= 1
        # one item of a list that bullets or numbers its items (a line alone may be a sentence: "Peru
        # plans on ..."), its first word capitalised, one document (a singular head)
        if start == head or not is_capitalised(doc[start]) or token_texts(doc)[start] in self.names.sentence_words \
                or lower_words(doc)[head].endswith("s") or not self._bulleted_item(doc, start) \
                or not (head + 2 < len(doc) and doc[head + 1].is_lower and lower_words(doc)[head + 1] in self.item_connectors):
            return None
        end = self._item_end(doc, head + 1, sent_of(doc[head]).end)
        if end == head + 1:
            return None
        period = self._period_after(doc, end, dates_by_start)
        return start, end, "instrument.listed_lowercase_head", {
            "name": clean_instrument_name(text_of(doc, start, end)), "kind": self.lower_head_kinds[lower_words(doc)[head]],
            "start": period[0] if period else None, "end": period[1] if period else None}

    def _titles_listed_after(self, doc: Doc, colon: int) -> list:
        """ "Below are the joint statements:\n\nWomen, Peace and Security\n\nCountering Terrorism": titles
        in title case, one a line (or an item after a bullet or a semicolon), after a colon that a
        lowercase plural head announces, are documents of that head's kind; the list ends at the first
        line that is no such title. Items holding a head are read by the head rule."""
        kind = next((self.lower_head_kinds[_singular(lower_words(doc)[j])] for j in range(colon - 1, max(-1, colon - 1 - _LIST_LEAD_REACH), -1)
                     if doc[j].is_lower and lower_words(doc)[j].endswith("s") and _singular(lower_words(doc)[j]) in self.lower_head_kinds), None)
        if kind is None or colon + 1 >= len(doc) or "\n" not in token_texts(doc)[colon + 1] and token_texts(doc)[colon + 1] not in self.list_bullets:
            return []
        found, k = [], colon + 1
        while k < len(doc):
            while k < len(doc) and (token_texts(doc)[k] in self.list_bullets or not token_texts(doc)[k].strip()):
                k += 1
            end = k
            while end < len(doc) and "\n" not in token_texts(doc)[end] and token_texts(doc)[end] not in (";", "."):
                end += 1
            words = [t for t in doc[k:end] if t.is_alpha]
            if any(token_texts(doc)[i] in self.single_heads for i in range(k, end)):
                k = end + 1  # "- Agreement on Visas;": the head rule reads it
                continue
            if not words or end - k > _MAX_LISTED_TITLE or not all(t.is_title or t.is_stop and t.is_lower for t in words) \
                    or words[0].is_lower:
                break
            found.append((k, end, "instrument.listed_title", {"name": clean_instrument_name(text_of(doc, k, end)), "kind": kind,
                                                              "start": None, "end": None}))
            k = end + 1
        return found

    def _deep_complement(self, doc: Doc, head_end: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """ "the Convention on the Rights of Persons with Disabilities", "... for the Protection of
        All Persons from Enforced Disappearance": deep in a complement (a connector and its
        object already read), "with" or "from" and a capitalised word that names no place go on
        with the name ("the Agreement with Japan", "an MoU on Trade with Peru" do not); so does an
        article and capitals after them ("... Community with a Shared Future")."""
        while end + 2 < limit and end - head_end >= _DEEP_REACH and lower_words(doc)[end] in self.deep_connectors and doc[end].is_lower:
            word = end + 2 if lower_words(doc)[end + 1] in ("a", "an") and doc[end + 1].is_lower else end + 1
            if not (is_capitalised(doc[word]) and word not in place_ends and token_texts(doc)[word] not in self.names.sentence_words
                    and token_texts(doc)[word] not in self.names.months_and_days):
                break
            further = self.phrases.extend_right(doc, end, limit, connectors=self.phrases.party_connectors | self.deep_connectors)
            if further <= word or any(t.text in self.party_words or t.text.endswith("s") and _singular(t.text) in self.party_words
                                      for t in doc[word:further]):
                break  # "... in Health with the Ministries of Health": a party, not the subject
            if lower_words(doc)[end] == "as" and (word == end + 1 or further - word < _AS_REACH):
                break  # "... as a Catalyst for Achieving X" goes on; "signed X as Chair", "as a Party" say a role
            end = further
        return end

    def _complex_preposition(self, doc: Doc, head_end: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """ "... the Prevention of Fiscal Evasion with respect to Taxes on Income": a preposition of
        several words (PREPOSITION_NOUN) deep in a complement goes on with the name when
        capitalised words follow it (not a place); "praised with respect to its scope" does not."""
        if not (end - head_end >= _DEEP_REACH and end + 3 < limit and doc[end].is_lower
                and lower_words(doc)[end] in ("with", "in") and lower_words(doc)[end + 1] in self.preposition_nouns
                and lower_words(doc)[end + 2] in ("to", "of") and is_capitalised(doc[end + 3]) and end + 3 not in place_ends
                and token_texts(doc)[end + 3] not in self.names.sentence_words):
            return end
        return self.phrases.extend_right(doc, end + 2, limit)

    def _gerund_article(self, doc: Doc, head_end: int, end: int, limit: int) -> int:
        """ "the Action Plan on Building a Community with a Shared Future": title case leaves the
        article after a capitalised gerund of the complement lowercase; the name goes on."""
        if not (head_end < end and end + 1 < limit and token_texts(doc)[end - 1][:1].isupper() and lower_words(doc)[end - 1].endswith("ing")
                and lower_words(doc)[end] in ("a", "an") and doc[end].is_lower and is_capitalised(doc[end + 1])
                and token_texts(doc)[end + 1] not in self.names.sentence_words):
            return end
        k = end + 1
        while k < limit and (is_capitalised(doc[k]) or token_texts(doc)[k] in HYPHENS and not doc[k].whitespace_):
            k += 1
        return self.phrases.extend_right(doc, k, limit)

    def _before_period_words(self, doc: Doc, head_end: int, end: int, dates_by_start: Dict[int, Span]) -> int:
        """ "the Programme of Action for X for the Decade 2022-2031": capitalised words that lead a
        period ("for the Decade", "for the Period") before the years end the name; they are no
        words of it."""
        if end not in dates_by_start or not token_texts(doc)[end - 1][:1].isupper() or not doc[end - 1].is_alpha:
            return end
        k = end
        while k - 1 >= head_end and doc[k - 1].is_alpha and lower_words(doc)[k - 1] in self.period_lead_words:
            k -= 1
        return k if k < end and doc[k].is_lower else end

    def _inner_document_start(self, doc: Doc, start: int, head: int) -> int:
        """ "the Memorandum of Understanding on X-Y Development Plan": a head read across "on",
        "for" or "to" right after another instrument's head names a document inside that one
        (which its own head reads whole): its name starts after the preposition."""
        inner = max((k + 1 for k in range(start + 1, head - 1) if doc[k].is_lower and lower_words(doc)[k] in ("on", "for", "to")
                     and token_texts(doc)[k - 1] in self.head_words
                     and all(is_capitalised(t) or t.text in HYPHENS for t in doc[k + 1:head])), default=None)
        return start if inner is None else inner

    def _discussed_at_meeting(self, doc: Doc, start: int, head: int) -> Optional[int]:
        """ "the Extraordinary Summit on X Y Development Programme": after a meeting's head and its
        preposition, two capitalised words or more before the head name the document the meeting
        discusses (its start); a body's field ("the Commission on Maritime Law") names none."""
        k = next((k for k in range(start + 1, head) if doc[k].is_lower and doc[k].is_alpha), None)
        if k is None or token_texts(doc)[k - 1] not in self.meeting_heads or head - (k + 1) < 2 \
                or not all(is_capitalised(t) for t in doc[k + 1:head]):
            return None
        return k + 1

    def _staged(self, doc: Doc, k: int, limit: int) -> int:
        """End of a stage's word and number right after a head, a dash between or not ("the X
        Strategy Phase IV", "the X Strategy-Phase I": the stage of the document is its name's, as
        a number word of its series is), else ``k``."""
        texts = token_texts(doc)
        j = k + (k < limit and texts[k] in HYPHENS)
        glued = _GLUED_STAGE.match(texts[j]) if j < limit else None
        if glued and glued.group(1) in self.series_parts:
            return j + 1  # "the X Programme Phase-2": one token
        if not (j + 1 < limit and texts[j] in self.series_parts):
            return k
        # "Phase-II", "Phase - 2": a dash between the stage's word and its number
        n = j + 1 + (j + 2 < limit and texts[j + 1] in _PARTY_DASHES)
        number = doc[n]  # ("I." at the sentence's end is one token, an initial's)
        return n + 1 if _ROMAN.match(number.text) or number.text in ("I", "I.") or number.text.isdigit() and len(number) <= 2 \
            or number.text in self.series_words else k

    def _after_stage(self, doc: Doc, start: int, head: int) -> int:
        """ "Phase Three of Vision 2030", "the Third Phase of X", "Stage 2 of the Y Plan": a stage
        of a document and its "of" open no name; the name starts after them, else at ``start``."""
        texts = token_texts(doc)
        for k in range(start, head - 1):
            if texts[k] in self.series_parts:
                number = k + 1 < head and (texts[k + 1].isdigit() or _ROMAN.match(texts[k + 1]) or texts[k + 1] in self.series_words)
                of = k + 1 + bool(number)
                if of < head and lower_words(doc)[of] == "of" and (number or k > start):
                    return of + 1
        return start

    def _stage_numbered(self, doc: Doc, head_end: int, end: int, limit: int) -> int:
        """ "the Agreement on the X Project, Phase 2", "the Exchange of Notes on Y in Tonga, Phase
        II": a stage's number after a comma ends a name whose complement names a project (a
        number, a Roman numeral or a number word; not "Phase one of which ..."); a stage's number
        right after the head is the name's (:meth:`_staged`)."""
        if end == head_end:
            return self._staged(doc, head_end, limit)
        if not (end > head_end and end + 2 < limit and token_texts(doc)[end] == "," and token_texts(doc)[end + 1] in self.series_parts
                and is_capitalised(doc[end - 1])):
            return end
        number = doc[end + 2]
        # "Phase I": after a stage's word the one-letter numeral is no pronoun
        if number.text.isdigit() and len(number) <= 2 or _ROMAN.match(number.text) or number.text == "I" \
                or number.text in self.series_words:
            return end + 3
        return end

    def _quoted_complement(self, doc: Doc, end: int, limit: int) -> int:
        """ "the Declaration on the \u201cGreen Corridor Partnership\u201d", "a Framework for the 'Clean
        Seas'": a connector whose object is a quoted title goes on with the name, to the closing
        quote."""
        if not (end + 2 < limit and doc[end].is_lower and lower_words(doc)[end] in self.phrases.inner_connectors):
            return end
        j = end + 1 + (lower_words(doc)[end + 1] in ("the", "a", "an"))
        closed = _quoted_run_end(doc, j, limit)
        return closed if closed > j else end

    def _field_phrase(self, doc: Doc, head_end: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """ "the MoU for Cooperation in the field of Renewable Energy": "in the field of" (area,
        sphere ...) written lowercase inside a capitalised complement goes on with the name (not
        before a place: "the Plan on Water in the area of Kigali")."""
        if end > head_end and end + 4 < limit and lower_words(doc)[end] == "in" and lower_words(doc)[end + 1] == "the" \
                and doc[end + 2].is_lower and lower_words(doc)[end + 2] in self.field_nouns and lower_words(doc)[end + 3] == "of" \
                and is_capitalised(doc[end + 4]) and end + 4 not in place_ends:
            return self.phrases.extend_right(doc, end + 3, limit)
        return end

    def _before_recipient(self, doc: Doc, head_end: int, end: int) -> int:
        """ "submitted the X Agreement to AUC Chairperson Moussa Faki": "to" whose object is an
        official (a title and a name) ends the name there; the official received the document,
        he is no word of its name ("the Plan on Energy, Transport and Works Minister X opened"
        is read by the list rules)."""
        starts = {o.start for o in spans_in(doc, settings.SPANS_OFFICIALS) if head_end < o.start < end}
        for k in range(head_end, end - 1):
            # the official's title may open with its body's name: "to AUC Chairperson X"
            if lower_words(doc)[k] == "to" and any(
                    j in starts and all(t.lower_ == "the" or is_capitalised(t) for t in doc[k + 1:j])
                    for j in range(k + 1, min(end, k + 4))):
                return k
        return end

    def _names_a_body(self, doc: Doc, head_end: int, end: int) -> bool:
        """ "the Protocol on Trade in Services Committee": a complement that runs on into a body's
        or a meeting's head, with no "the" or "of" before its capitalised words, names a body
        after the document ("the Treaty Establishing the East African Community" names a treaty,
        "the Joint Statement of ASEAN Ministers Meeting" the meeting's statement)."""
        if end - head_end < 3 or token_texts(doc)[end - 1] not in self.body_ends:
            return False
        # a capitalised connector of a title ("Convention Against Corruption") is one of its small words
        lowers = [k for k in range(head_end, end) if doc[k].is_lower and doc[k].is_alpha
                  or token_texts(doc)[k] in self.phrases.title_connectors]
        # an "and" deep in the complement joins capitalised words of one run ("in the Fisheries and Ocean
        # Sector"): the word before that run tells whose it is; right after the head it makes the head a
        # word of the body's name ("the Justice Law and Order Sector")
        while len(lowers) > 1 and lower_words(doc)[lowers[-1]] == "and":
            lowers.pop()
        last_lower = lowers[-1] if lowers else None
        # "the Statement of ASEAN Ministers Meeting" is the meeting's statement ("the Bill of Rights
        # Network" is no body's bill)
        owned = ("the", "a", "an", "of") if token_texts(doc)[end - 1] in self.meeting_heads else ("the", "a", "an")
        return last_lower is not None and lower_words(doc)[last_lower] not in owned and end - last_lower > 2

    def _listed_complement(self, doc: Doc, head_end: int, end: int, limit: int, place_ends: Dict[int, int]) -> int:
        """ "the Programme of Cooperation in Countering Terrorism, Separatism and Extremism": a
        complement whose last word opens a list of capitalised items closed by "and" goes on to
        the last item (no item a place: "the Plan on Trade, Fiji and Samoa agreed")."""
        # "... for Well-being, Development and ...": a capitalised word hyphened to a lowercase one is one item
        hyphened = end - 3 >= head_end and token_texts(doc)[end - 2] in HYPHENS and not doc[end - 2].whitespace_ \
            and not doc[end - 3].whitespace_ and is_capitalised(doc[end - 3])
        if not (end + 3 < limit and token_texts(doc)[end] == "," and (is_capitalised(doc[end - 1]) or hyphened)
                and any(t.is_lower and t.lower_ in self.phrases.inner_connectors for t in doc[head_end:end])):
            return end
        k = end
        while k < limit and k - end < 2 * MAX_LISTED_ITEMS_TOKENS and token_texts(doc)[k] in (",", "and"):
            closing = lower_words(doc)[k] == "and" or k + 1 < limit and lower_words(doc)[k + 1] == "and"
            k += 2 if token_texts(doc)[k] == "," and closing else 1
            if closing and k + 1 < limit and lower_words(doc)[k] in ("their", "its") and doc[k].is_lower:
                k += 1  # "... Psychotropic Substances and their Precursors"
            if k >= limit or not is_capitalised(doc[k]) or k in place_ends:
                return end
            while k < limit and (is_capitalised(doc[k]) or token_texts(doc)[k] in HYPHENS and not doc[k].whitespace_
                                 or lower_words(doc)[k] == "of" and k + 1 < limit and is_capitalised(doc[k + 1])):
                k += 1
            if closing:
                # "... on Energy, Transport and Works Minister X said": an official's title is no item
                if self._holds_official(doc, end, k):
                    return end
                # "the Pact on Stability, Security and Development in the Great Lakes Region": the
                # complement goes on after the list
                return self.phrases.extend_right(doc, k, limit)
        return end

    def _coordination_split(self, doc: Doc, start: int, head: Span, end: int) -> tuple:
        """The one name around ``head`` in a coordination ("the Istanbul Declaration and D-8 Plan
        of Action"). Two parts with the same head are one name when they share another word
        ("Research Programs and Thematic Research Programs"), two when they share none ("the
        Coastal Shipping Agreement and Motor Vehicle Agreement")."""
        end = self._before_named_conjunct(doc, head.end, end)
        def split(same_head_splits: bool) -> tuple:
            return split_coordination(doc, start, head.start, head.end, end, self.head_words,
                                      is_name=lambda text: not is_generic_name(clean_instrument_name(text)),
                                      same_head_splits=same_head_splits)
        kept = self._split_at_head(doc, start, end, split(False))
        apart = self._split_at_head(doc, start, end, split(True))
        if apart == kept or head[-1].text.endswith("s"):
            return kept  # plural heads list kinds of one document ("Cadet Programs and Field Programs")
        words = {t.lower_ for t in doc[apart[0]:apart[1]] if t.is_alpha and not t.is_stop} - {t.lower_ for t in head}
        other = doc[start:apart[0]] if apart[0] > start else doc[apart[1]:end]
        shared = words & {t.lower_ for t in other if t.is_alpha and not t.is_stop}
        return kept if shared and not self._two_full_names(doc, start, apart, end) else apart

    def _two_full_names(self, doc: Doc, start: int, apart: tuple, end: int) -> bool:
        """ "the National Films Policy and National Culture Policy": each side of the "and" is a
        name of its own, two capitalised words or more ending in the same singular head, so that
        the words they share ("National") are words of both names, not of one."""
        other = (start, apart[0] - 1) if apart[0] > start else (apart[1] + 1, end)
        sides = [doc[apart[0]:apart[1]], doc[other[0]:other[1]]]
        return all(len(side) >= 2 and all(is_capitalised(t) for t in side) and side[-1].text == sides[0][-1].text
                   for side in sides)

    def _before_named_conjunct(self, doc: Doc, head_end: int, end: int) -> int:
        """End of a name before "and the" and a capitalised run, hyphened words included, that ends
        in a head and names a document of its own: "the Charter of the OAS and the Inter-American
        Democratic Charter" (the run may reach past ``end``); not "... of X and the Government of Y"."""
        stop = sent_of(doc[head_end - 1]).end
        for k in range(head_end, end):
            if not (lower_words(doc)[k] == "and" and k + 2 < stop and lower_words(doc)[k + 1] == "the" and is_capitalised(doc[k + 2])):
                continue
            j = k + 2
            while j < stop and (is_capitalised(doc[j]) or token_texts(doc)[j] in HYPHENS and not doc[j].whitespace_
                                and not doc[j - 1].whitespace_):
                j += 1
            if token_texts(doc)[j - 1] in self.head_words and not is_generic_name(clean_instrument_name(text_of(doc, k + 2, j))):
                return k
        return end

    def _split_at_head(self, doc: Doc, start: int, end: int, parts: tuple) -> tuple:
        """The bounds a coordination split gives, unless the word before the "and" it split at
        is a head only as the end of a longer head that is not written there: "the X Cooperation
        and Friendship Treaty" is one name ("Memorandum of Cooperation and Y Treaty" is two)."""
        if parts[0] > start:
            last = parts[0] - 2  # the word before "and"
        elif parts[1] < end:
            last = parts[1] - 1
            # "the Treaty of Friendship and Cooperation between X and Y": the word after "and" is a head
            # only as the end of a longer head ("Memorandum of Cooperation") not written there
            if parts[1] + 1 < end and lower_words(doc)[parts[1]] == "and" \
                    and token_texts(doc)[parts[1] + 1] in self.phrase_end_heads:
                return start, end
        else:
            return parts
        prefixes = self.phrase_end_heads.get(token_texts(doc)[last])
        if prefixes is None or any(last - len(p) >= 0 and tuple(token_texts(doc)[last - len(p):last]) == p for p in prefixes):
            return parts
        return start, end

    def _numbered_on(self, doc: Doc, end: int, limit: int) -> int:
        """A name goes on with its number, and after it with what it is "to": "Amended Protocol II
        to the Convention on Certain Conventional Weapons"."""
        numbered = _numbered(doc, end, limit)
        if end < numbered < limit and lower_words(doc)[numbered] == "to":
            return self.phrases.extend_right(doc, numbered, limit, connectors=self.phrases.party_connectors)
        return numbered

    def _the_x_of_y(self, doc: Doc, k: int, limit: int) -> int:
        """End of the capitalised words after "the" at ``k`` up to "of" ("the Avoidance of"), or
        ``k`` when they are none, hold a head or a body's word, or no "of" follows them."""
        j = k + 1
        while j < limit and is_capitalised(doc[j]) and token_texts(doc)[j] not in self.head_words \
                and token_texts(doc)[j] not in self.phrases.body_heads and token_texts(doc)[j] not in self.phrases.organisation_words \
                and token_texts(doc)[j] not in self.phrases.sentence_words:
            j += 1
        return j if j > k + 1 and j + 1 < limit and lower_words(doc)[j] == "of" and is_capitalised(doc[j + 1]) else k

    @staticmethod
    def _holds_official(doc: Doc, start: int, end: int) -> bool:
        """True when an official's mention (his title included) overlaps ``doc[start:end]``:
        "and the Secretary-General of X Y" opens a clause, it is no party nor complement."""
        return any(o.start < end and o.end > start for o in spans_in(doc, settings.SPANS_OFFICIALS))

    def _parallel_complement(self, doc: Doc, head_end: int, end: int, limit: int) -> int:
        """ "the Agreement for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion":
        a complement "the X of Y" goes on with "and the Z of W" of the same shape, which would
        otherwise open a name of its own (that one holds no head nor a body's word)."""
        last_the = max((k for k in range(head_end, end - 2) if lower_words(doc)[k] == "the"), default=None)
        if last_the is None or self._the_x_of_y(doc, last_the, end) == last_the \
                or not (end + 3 < limit and lower_words(doc)[end] == "and" and lower_words(doc)[end + 1] == "the"):
            return end
        of = self._the_x_of_y(doc, end + 1, limit)
        if of == end + 1:
            return end
        new_end = self.phrases.extend_right(doc, of, limit)
        if any(w in self.head_words or w in self.phrases.body_heads for w in token_texts(doc)[of:new_end]) \
                or self._holds_official(doc, end, new_end):
            return end  # "... of Tourism and the Director of Tourism X spoke"
        return new_end

    def _subtitle(self, doc: Doc, end: int, limit: int) -> int:
        """A title-case subtitle after a colon is part of the name: "the Kuala Lumpur Declaration
        on ASEAN 2045: Our Shared Future" (not "the Plan: The ministers ..." nor one word)."""
        if not (end + 2 < limit and token_texts(doc)[end] == ":" and lower_words(doc)[end + 1] not in ("the", "a", "an")
                and lower_words(doc)[end + 1] not in self.determiners and lower_words(doc)[end + 1] not in self.subject_pronouns):
            return end
        k = end + 1
        # small words inside ("Ocean of Peace"), but not "and": "the Plan: Fiji and Tonga agreed ..."
        # ... and prepositions ("Rising above Challenges")
        while k < limit and (is_capitalised(doc[k]) or doc[k].like_num or doc[k].is_lower and lower_words(doc)[k] != "and"
                             and (len(doc[k]) <= 3 or doc[k].is_stop and doc[k].is_alpha)
                             and k + 1 < limit and is_capitalised(doc[k + 1])
                             or self._closing_and(doc, k, limit)):
            k += 1
        words = [t for t in doc[end + 1:k] if t.text[:1].isupper()]
        # a lowercase word that is no small word after it ("...: Leaders from Fiji welcomed it") makes it a clause
        clause = any(t.is_lower and len(t) > 3 for t in doc[end + 1:k]) and k < limit and doc[k].is_lower \
            and doc[k].is_alpha and not doc[k].is_stop
        return k if len(words) >= 2 and not clause and (k == limit or not token_texts(doc)[k][:1].isupper()) else end

    @staticmethod
    def _closing_and(doc: Doc, k: int, limit: int) -> bool:
        """ "...: Boats for Fish and Jobs (BFJ)": an "and" before the subtitle's last capitalised word,
        the sentence's end or a bracket right after it (not "the Plan: Fiji and Tonga agreed ...")."""
        return lower_words(doc)[k] == "and" and k + 2 < limit and is_capitalised(doc[k + 1]) \
            and token_texts(doc)[k + 2] in ("(", ".", ",", ";")

    def _office_of_programme(self, doc: Doc, head: Span, start: int, limit: int) -> bool:
        """ "the Director of the National Malaria Control Programme", "Programme Manager of the X
        Programme", "Director of the X Programme, NAME": a programme that holds an office, or whose
        office an official's title names, is a body (an agency), no document."""
        if self.patterns.meta(head.id_).get("kind") != "programme":
            return False
        if any(o.start < start and head.end <= o.end for o in spans_in(doc, settings.SPANS_OFFICIALS)):
            return True
        k = start - 1 if start - 1 >= limit and lower_words(doc)[start - 1] == "the" else start
        return k - 2 >= limit and lower_words(doc)[k - 1] == "of" and token_texts(doc)[k - 2] in self.body_offices

    def _release_head(self, doc: Doc, head: Span, limit: int) -> bool:
        """A head after a word that makes it a communication or a page's form field ("Press Statement",
        "Verification Code"), not after "Joint" ("Joint Press Statement": the parties'), or a site's own
        terms ("I accept the Privacy Policy")."""
        if head.start - 1 >= limit and text_of(doc, head.start - 1, head.end) in self.site_terms:
            return not (head.start - 2 >= limit and is_capitalised(doc[head.start - 2]))  # "I accept the Privacy Policy"
        return head.start > limit and token_texts(doc)[head.start - 1] in self.not_document_words \
            and not (head.start - 1 > limit and token_texts(doc)[head.start - 2] == "Joint")

    def _candidate(self, doc: Doc, head: Span, dates_by_start, dates_by_end, place_ends):
        """(start, end, rule, value) of the instrument named around a head, or None."""
        sent = sent_of(head)
        head_text = text_of(doc, head.start, head.end)  # (read once: a Span's text joins its tokens)
        headline = self.names.in_headline(sent)
        if self._release_head(doc, head, sent.start):
            return None  # "the Ministry's Press Statement": a release, not an instrument ("Joint Press Statement": the parties')
        bounds = self._bounds(doc, head, sent, place_ends)
        if bounds is None or _bracketed_qualifier(doc, bounds[0], bounds[1]):
            return None  # (none; "the X (Development and Regulation) Amendment Bill": a word of the bill's name)
        start, end, inner = bounds
        if self._office_of_programme(doc, head, start, sent.start) or _counted_singular(doc, start, head) \
                or _office_portfolio(doc, start, head) or _body_portfolio(doc, start, head, self.portfolio_bodies):
            return None  # a programme that is a body; "three Memorandum of Understanding": how many, not which
        end = self._quoted_name_end(doc, start, end, sent.end) if inner is None else end
        if self._bracketed_alias(doc, start, end):
            return None  # "the Fisheries Act, 2024 (Act 1146)": the number the name before is known by
        end = self._before_period_words(doc, head.end, self._authored(doc, head, end, sent.end), dates_by_start)
        if self._in_theme(doc, start, sent.start):
            return None  # 'under the theme "A Shared Agenda for X"': what a meeting is about, no document
        # "California and Peru Sign Agreement to Strengthen Economic, Environmental Ties": a capitalised
        # verb of signing inside the line shows it is in title case, a headline even with its comma
        headline = headline or start - 1 > sent.start and lower_words(doc)[start - 1] in self.document_verbs \
            and token_texts(doc)[start - 1][:1].isupper()
        if headline and not (_sentence_case_lead(doc, start, sent.start) or _lowercase_content(sent)
                             or _whole_line_title(doc, start, end, sent)):
            return None  # a title-case headline capitalises every word: no sign of a name
        if head_text in self.complement_heads and (end == head.end or lower_words(doc)[head.end] != "on"):
            return None  # "the World Economic Outlook (for Africa)": a report, not a document of this kind
        if head_text in self.qualified_heads and not (end > head.end and (
                doc[head.end].like_num or lower_words(doc)[head.end] in ("of", "on") or token_texts(doc)[head.end] in _NUMBER_SIGNS)):
            return None  # "the Centre for Conflict Resolution": a field; "Resolution 2719", "the Resolution on X" are documents
        if head_text in self.named_before_heads and start == head.start and _ordinal_before(doc, start, sent.start):
            start, bounds = start - 1, (start - 1,) + tuple(bounds[1:])  # "the 19th Amendment": its place in the series names it
        if head_text in self.named_before_heads and (start == head.start or head.start > 0 and token_texts(doc)[head.start - 1] == "("):
            return None  # "the Amendment to the Protocol", "the X (Amendment of Provisions) Bill"
        if head_text in self.field_heads and (self._names_a_field(doc, head.start, sent.start)
                                              or self._bare_field(doc, start, sent.start)):
            return None  # "Vice Minister of Environmental Policy": the field of an office, not a document
        opening = dates_by_start.get(end - 1)
        if opening is not None and opening.end > end and end - 1 >= head.end:
            end -= 1  # "the Strategy 2020 -2040": the year opens its period, it is no year of its name
        # a bracketed acronym right after the name belongs to it but not to its name
        after = _acronym_paren_end(doc, end, sent.end)
        start = _subtitle_spelt(doc, start, end, after)
        text = _without_acronyms(doc, start, end) if inner is None else doc[start:inner[0]].text + " " + doc[inner[1]:end].text
        name = clean_instrument_name(text)
        generic = is_generic_name(name)
        if self._plural_head(head_text) and (self._counted_plural(doc, start, sent.start, generic) or _unnamed_plural(name, generic)) \
                or generic and self._count_noun_before(doc, start, sent.start):
            # "the Joint Declarations signed in 2019 and 2021", "signed four Memoranda of Understanding
            # (MoU) in ...", "signed Memorandums of Understanding (MoUs) in seven fields": several
            # documents, none named (ANNOTATORS.md 8: a generic plural, its acronym or period after it);
            # "signed a number of Memorandum of Understanding (MoU)": how many, not which
            return None
        start, before_start, before_end = self._year_before(doc, start, sent.start, generic, dates_by_end)
        if start < bounds[0]:  # "the Tonga 2035 National Development Strategy"
            start = self._after_owner(doc, self.phrases.extend_left(doc, start, sent.start), bounds[0], place_ends)
            name = clean_instrument_name(doc[start:bounds[0]].text + " " + name)
            generic = False
        # "a 2021-2022 Action Plan": the period before a generic name stands between it and its article
        named_from = dates_by_end[start].start if before_start else start
        speaks = head.id_ in self.said_rules
        topic = self._topic_start(doc, start, end, sent.end, place_ends)  # "signed a Treaty on allied relations": led as a generic name is
        period = self._period_after(doc, after, dates_by_start) or _acronym_period(doc, end, sent.end)
        if end - start < 2 or (generic or topic < end) and not (self._generic_named(doc, named_from, topic, sent.start, speaks, end)
                                               or self._own_acronym(doc, end, after, sent.end)
                                               or self._own_period(doc, after, dates_by_start)) \
                or (not (period or before_start) or period and self._before_document_subject(doc, start, end) < end) \
                and self._indefinite_generic(doc, named_from, min(topic, end), sent.start):
            return None  # ...; "signed a Memorandum of Understanding (MoU) with X", "an MoU on X Plan (2024-2029)": a sort
        if period and inner is None:
            named_on = self._before_place(doc, period[2], self._named_on_after_period(doc, period[2], sent.end, generic), place_ends)
            if named_on > period[2]:  # "the Plan of Action (2021-2025) to Implement the X Declaration"
                name = clean_instrument_name(name + " " + doc[period[2]:named_on].text)
                end = named_on
        # a year inside the name ("Vision 2045", "Climate Change Act 2008") is no period (FACTS.md)
        period_start, period_end = period[:2] if period else (before_start, before_end)
        kind = self.patterns.meta(head.id_).get("kind", "other")
        return start, end, head.id_, {"name": name, "kind": kind, "start": period_start, "end": period_end}

    def _quoted_name_end(self, doc: Doc, start: int, end: int, limit: int) -> int:
        """ 'and "Programme for Poverty Reduction Strategy in support of the Health Sector".': a name
        that opens a quoted title runs to the closing quote, lowercase words of its complement
        included (a few; no clause: a quoted remark has its verb, '"The Agreement will help," he said')."""
        if not (start >= 1 and _opens_quote(doc, start - 1)) or end >= limit:
            return end
        closers = _TITLE_CLOSER_OF[token_texts(doc)[start - 1]]
        if end + 1 < limit and lower_words(doc)[end] in ("and", "or") and doc[end + 1].is_lower:
            return end  # 'a "National Plan and not a party plan"': "and" joins a title's capitalised words only
        lowercase = 0
        for j in range(end, min(limit, start + _QUOTED_NAME_REACH)):
            if token_texts(doc)[j] in closers:
                return j if j > end and not self._quoted_period(doc, end, j) else end  # '"the X Plan 2025-2030"': its period
            if token_texts(doc)[j] in (".", "!", "?", ";", ":") or lower_words(doc)[j] in self.clause_verbs \
                    or lower_words(doc)[j] in self.relative_words or lower_words(doc)[j] in self.document_verbs:
                return end
            lowercase += doc[j].is_lower and doc[j].is_alpha and not doc[j].is_stop
            if lowercase > _QUOTED_NAME_LOWERCASE:
                return end
        return end

    def _titled(self, doc: Doc, dates_by_end: Dict[int, Span]) -> list:
        """The documents named by a title: after a title cue ("titled"), quoted in sentence case after
        an article, or quoted after a lowercase head."""
        titled = [c for c in (self._titled_document(doc, i, dates_by_end)
                              for i in token_indices(doc, "LOWER", self.title_cues)) if c is not None]
        titled += [c for c in (self._quoted_sentence_case(doc, i, dates_by_end)
                               for i in token_indices(doc, "ORTH", tuple(_OPENING_QUOTES | _STRAIGHT_QUOTES))) if c is not None]
        return titled + [c for c in (self._quoted_after_head(doc, i, dates_by_end)
                                     for i in token_indices(doc, "LOWER", self.lower_head_kinds) if doc[i].is_lower)
                         if c is not None]

    def _quoted_sentence_case(self, doc: Doc, k: int, dates_by_end: Dict[int, Span]):
        """(start, end, rule, value) of a quoted title that opens with a head of several words written
        in sentence case, after an article or a verb of signing: "the 'Road map for Defence Industry
        Cooperation' signed in 2020", 'signed the "Action plan on X"'. The title is the name."""
        texts, lowers = token_texts(doc), lower_words(doc)
        if not (k > 0 and _opens_quote(doc, k) and k + 3 < len(doc) and texts[k + 1][:1].isupper()
                and (lowers[k - 1] in self.generic_leads and lowers[k - 1] not in self.indefinite_leads
                     or lowers[k - 1] in self.document_verbs)):
            return None
        kind = next((kind for words, kind in self.sentence_case_heads.items()
                     if tuple(lowers[k + 1:k + 1 + len(words)]) == words and doc[k + len(words)].is_lower), None)
        closers = _TITLE_CLOSER_OF[texts[k]]
        close = next((j for j in range(k + 2, min(len(doc), k + _QUOTED_NAME_REACH)) if texts[j] in closers), None)
        if kind is None or close is None or any(t.is_sent_start for t in doc[k + 2:close]):
            return None
        period = self._period_after(doc, close + 1, {span.start: span for span in dates_by_end.values()})
        return k + 1, close, "instrument.quoted_sentence_case", {
            "name": clean_instrument_name(text_of(doc, k + 1, close)), "kind": kind,
            "start": period[0] if period else None, "end": period[1] if period else None}

    def _quoted_period(self, doc: Doc, end: int, closer: int) -> bool:
        """Whether the words before a quoted name's closing quote are its period ('"the X Plan
        for 2025-2030"'): lowercase words that lead a period, then two years."""
        k = end
        while k < closer and doc[k].is_lower and lower_words(doc)[k] in self.period_lead_words:
            k += 1
        return _years_only(doc, k, closer)

    def _bare_field(self, doc: Doc, start: int, limit: int) -> bool:
        """ "views on Climate Policy, Trade Policy and Energy Policy": a name of two words ending in a
        field head, after a small lowercase word, no article and no owner before it, names a field
        (not "the National Energy Policy", "NATO's Open Door Policy", "Kenya launches Energy Policy",
        "- Energy Policy" opening an item)."""
        k = start - 1
        # an item of a list of such names ("..., Trade Policy and Energy Policy") has the lead of the first
        while k - 1 >= limit and lower_words(doc)[k] in (",", "and") and token_texts(doc)[k - 1] in self.field_heads:
            k -= 1
            while k - 1 >= limit and is_capitalised(doc[k - 1]):
                k -= 1
            k -= 1
        # "the Penal Code and Land Law": an "and" after another capitalised name joins documents
        return start + 2 >= self._name_end(doc, start) and k >= limit and doc[k].is_lower and doc[k].is_alpha \
            and len(doc[k]) <= 3 and lower_words(doc)[k] not in self.generic_leads \
            and not (lower_words(doc)[k] == "and" and k > limit and is_capitalised(doc[k - 1]))

    @staticmethod
    def _name_end(doc: Doc, start: int) -> int:
        k = start
        while k < len(doc) and is_capitalised(doc[k]):
            k += 1
        return k

    def _authored(self, doc: Doc, head: Span, end: int, limit: int) -> int:
        """ "a Joint Statement by the Presidents of Kenya and Tanzania (on the X)": the authors of a
        joint document, after "by", are its name's as its parties after "between" are (a statement
        "by the Spokesperson" is a release: only joint heads)."""
        if not (end == head.end and head[0].text == "Joint" and end + 2 < limit and lower_words(doc)[end] == "by"):
            return end
        authors = self._party_end(doc, end + 1, limit, last=True)
        if authors == end + 1 or any(w in self.head_words for w in token_texts(doc)[end + 1:authors]):
            return end
        return self.phrases.extend_right(doc, authors, limit, stop=self.parties_stop,
                                         connectors=self.phrases.party_connectors)

    def _bracketed_alias(self, doc: Doc, start: int, end: int) -> bool:
        """The name fills a bracket right after another name's head, or its year, and is numbered:
        the number the document before is known by ("(Act 1146)", not "(Declaration on Youth)")."""
        return start >= 2 and token_texts(doc)[start - 1] == "(" and end < len(doc) and token_texts(doc)[end] == ")" \
            and (token_texts(doc)[start - 2] in self.head_words or YEAR.match(token_texts(doc)[start - 2]) is not None) \
            and any(t.text[:1].isdigit() for t in doc[start:end])

    def _counted_plural(self, doc: Doc, start: int, limit: int, generic: bool) -> bool:
        """ "several Memoranda of Understanding (MoUs)", "both Conventions to the X", "the 6 constituent
        Agreements under the X", "two Grant Aid Agreements", "a series of Agreements": a count before a
        plural head, one lowercase describing word between at most, tells how many documents there
        are and names none, whatever acronym follows (ANNOTATORS.md 13: "a/four Memoranda of
        Understanding" is not one); "a" counts only before a generic name ("a X Commission
        Agreements" names one). Uncounted, "signed Memoranda of Understanding on X", it is a name."""
        words = lower_words(doc)
        if start + 1 < len(doc) and words[start] in self.count_nouns and words[start + 1] == "of":
            return True  # "Outlines a Series of X Agreements": the count noun of a title-case line
        k = start - 1
        if k > limit and doc[k].is_lower and doc[k].is_alpha and not doc[k].like_num and words[k] != "of" \
                and words[k] not in self.plural_counts | self.generic_leads and not words[k].endswith(("ed", "ing")):
            k -= 1  # "6 constituent Agreements", "two important Memoranda"
        if k < limit:
            return False
        if words[k] in self.plural_counts or generic and words[k] in ("a", "an") \
                or words[k] == "of" and k > limit and words[k - 1] in self.count_nouns:
            return True
        return _count_before(doc, k + 1)

    def _count_noun_before(self, doc: Doc, start: int, limit: int) -> bool:
        """ "a number of Memorandum of Understanding", "a series of important Agreement": a count noun
        and its "of" (one lowercase describing word between at most) before a generic name written
        singular count the documents, as before a plural head (ANNOTATORS.md 8, 13)."""
        words = lower_words(doc)
        k = start - 1
        if k > limit and doc[k].is_lower and doc[k].is_alpha and not doc[k].is_stop:
            k -= 1
        return k - 1 >= limit and words[k] == "of" and words[k - 1] in self.count_nouns

    def _plural_head(self, text: str) -> bool:
        return text.endswith("ies") and text[:-3] + "y" in self.head_texts \
            or text.endswith("s") and text[:-1] in self.head_texts or text.split()[0].casefold() in _PLURAL_FIRST

    def _in_theme(self, doc: Doc, start: int, limit: int) -> bool:
        """The name opens a quoted theme or slogan: 'under the theme: "A Shared Agenda for X"',
        "the congress, themed 'X Framework for Y'" (an article may open the quote)."""
        k = start - 1
        while k > limit and lower_words(doc)[k] in ("a", "an", "the"):
            k -= 1
        if not (k > limit and token_texts(doc)[k] in _TITLE_CLOSER_OF and token_texts(doc)[k] != "("):
            return False
        k -= 1
        while k > limit and (token_texts(doc)[k] in (":", ",") or lower_words(doc)[k] in ("of", "is", "was", "as")):
            k -= 1
        return k >= limit and lower_words(doc)[k] in self.theme_words

    def _names_a_field(self, doc: Doc, head: int, limit: int) -> bool:
        """ "the High Representative for Foreign Affairs and Security Policy", "the Lee Kuan Yew School
        of Public Policy", "the Federal Agency on Technical Regulation": the capitalised words ending
        in the head, right after "of", "for" or "on" that follows a capitalised word (an office's or
        a body's), are its field; after "the" ("the Review of the Open Skies Policy") they name a document.
        So is the last of the fields an office or a body lists after its "of" ("the Ministers of
        Finance, Health, Coastal Affairs and Island Policy"), and a run that a body's word opens, its
        field after it ("the Commission's DG Regional Policy", `PORTFOLIO_BODY`)."""
        k = head - 1
        while k > limit and (is_capitalised(doc[k]) or lower_words(doc)[k] == "and" or token_texts(doc)[k] in HYPHENS
                             or token_texts(doc)[k] == "," and is_capitalised(doc[k - 1]) and is_capitalised(doc[k + 1])):
            k -= 1
        if head - k > 2 and token_texts(doc)[k + 1] in self.portfolio_bodies:
            return True
        return k - 1 >= limit and lower_words(doc)[k] in ("of", "for", "on") and doc[k].is_lower \
            and is_capitalised(doc[k - 1]) and not doc[k - 1].like_num

    @staticmethod
    def _own_period(doc: Doc, after: int, dates_by_start: Dict[int, Span]) -> bool:
        """ "including the X Strategy, Joint Action Plan 2011-2016 and ...": a generic name written
        right before a span of years (bracketed or not) names the document of that period."""
        k = after + 1 if after < len(doc) and token_texts(doc)[after] == "(" else after
        span = dates_by_start.get(k)
        value = span_value(span, "nf_date") if span is not None else None
        return bool(value) and len(value["start"]) == 4 and len(value["end"]) == 4 and value["start"] != value["end"]

    @staticmethod
    def _own_acronym(doc: Doc, end: int, after: int, limit: int) -> bool:
        """ "its Strategic Action Plan (SAP) for 2019-2023": a generic name given an acronym of its
        own names one document, unless the acronym qualifies a noun after it ("Free Trade Agreement
        (FTA) talks")."""
        return after > end and (after == limit or not doc[after].is_alpha or doc[after].is_stop
                                or not doc[after].is_lower)

    def _distributed(self, doc: Doc, candidate: tuple, place_starts: set) -> list:
        """ "the Fiji and Samoa National Action Plans", "the APSC, AEC and ASCC Blueprints 2025": a
        plural head shared by names listed before it, each opened by a place or an acronym (or
        any three or more listed with commas), is one document of each ("Fiji National Action Plan", ...); else the candidate as it is."""
        start, end, rule, value = candidate
        heads = [k for k in range(start, end) if token_texts(doc)[k] in self.head_words]
        if not heads or not doc[heads[-1]].text.endswith("s") or value["name"] != clean_instrument_name(text_of(doc, start, end)):
            return [candidate]
        head = heads[-1]
        limit = sent_of(doc[start]).start
        # "the ASEAN Economic Community (AEC) and ASEAN Socio-Cultural Community (ASCC) Blueprints":
        # items that carry their own bracketed acronym name themselves
        run = head
        while run - 1 > start and is_capitalised(doc[run - 1]):
            run -= 1
        acronymed = token_texts(doc)[run - 1] == ")"  # "... (CC) Master Plans": words after it are shared
        start = _acronymed_listed_before(doc, start, limit) if acronymed else _listed_before(doc, start, limit)
        items = [[]]
        inside = False
        for k in range(start, head):
            if token_texts(doc)[k] in ("(", ")") and acronymed:
                inside = token_texts(doc)[k] == "("
            elif inside:
                continue
            elif token_texts(doc)[k] == "," or lower_words(doc)[k] == "and":
                if items[-1]:
                    items.append([])
            elif is_capitalised(doc[k]) or token_texts(doc)[k] in HYPHENS:
                items[-1].append(k)
            else:
                return [candidate]  # "the Plans of Action and ...": not a list of names
        # "the National Diabetes, Hepatitis and Health Support Programs": a list of three or more,
        # written with commas, is a list of names whatever opens its items
        listed = len(items) >= _LISTED_NAMES and any(token_texts(doc)[k] == "," for k in range(start, head))
        opened = all(acronymed or doc[i[0]].is_upper and len(doc[i[0]]) >= 2 or i[0] in place_starts for i in items if i)
        # "the Extradition and Mutual Legal Assistance Treaties": two names of words (no head among
        # them) joined by "and" before the plural head of signed documents are one document each,
        # each item whole (not "the Water and Sanitation Programmes": a field's programmes)
        paired = len(items) == 2 and not opened and all(items) and lower_words(doc)[items[1][0] - 1] == "and" \
            and value["kind"] in _SIGNED_KINDS and not any(token_texts(doc)[k] in self.head_words for i in items for k in i)
        if len(items) < 2 or not items[-1] or not (listed or opened or paired):
            return [candidate]
        # items as long as the first one; what follows the last is shared ("National Action Plans")
        shared = [] if paired else [k for k in items[-1] if k >= run] if acronymed \
            else items[-1][len(items[0]):] if len(items[0]) == 1 else []
        items[-1] = items[-1][:len(items[-1]) - len(shared)]
        tail = [t.text_with_ws for t in doc[shared[0] if shared else head:end]]
        tail[head - (shared[0] if shared else head)] = _singular(token_texts(doc)[head]) + doc[head].whitespace_
        out = []
        for n, item in enumerate(items):
            name = clean_instrument_name(doc[item[0]:item[-1] + 1].text + " " + "".join(tail))
            span_end = end if n == len(items) - 1 else item[-1] + 1
            out.append((item[0], span_end, rule, dict(value, name=name)))
        return out

    def _in_idiom(self, doc: Doc, head: Span, limit: int) -> bool:
        """ "within the Framework of the United Nations": a bare idiom head between "within the"
        and "of" is a way of saying where, not a document ("under the Treaty of Amity" is one)."""
        return head.text in self.idiom_heads and head.start - 2 >= limit and head.end < len(doc) and lower_words(doc)[head.end] == "of" \
            and lower_words(doc)[head.start - 1] == "the" and lower_words(doc)[head.start - 2] in self.idiom_leads

    def _named_on_after_period(self, doc: Doc, k: int, limit: int, generic: bool = True) -> int:
        """End of a name's complement written after its period ("the Work Plan 2026-2030 of the
        Joint Committee on Fisheries"), else ``k``: a connector such as "to", "of" and capitals."""
        if not (k + 1 < limit and doc[k].is_lower and lower_words(doc)[k] in self.period_inner_connectors):
            return k
        j = k + 1 + (lower_words(doc)[k + 1] == "the")
        if not (j < limit and is_capitalised(doc[j]) and token_texts(doc)[j] not in self.phrases.sentence_words):
            return k
        # "the Action Plan for 2025-2027 between the Ministry of X and the Ministry of Y": its parties
        # (a name of its own does not name them: "the Kigali Work Plan 2026-2028 between X and Y")
        if lower_words(doc)[k] == "between":
            return self._parties(doc, k, k, limit) if generic else k
        end = self.phrases.extend_right(doc, k, limit)
        # "presented the Plan for 2020-2025 to the National Assembly": where it goes, not its name
        return k if token_texts(doc)[end - 1] in self.seat_words else end

    @staticmethod
    def _period_before(doc: Doc, head: int, dates_by_end: Dict[int, Span]) -> Optional[dict]:
        """A year range just before a head: "(2023-2027) action plan", "2026-2030 plan"."""
        for j in range(head, max(0, head - 5), -1):
            span = dates_by_end.get(j) or (dates_by_end.get(j - 1) if token_texts(doc)[j - 1] == ")" else None)
            value = span_value(span, "nf_date") if span is not None else None
            if value and len(value["start"]) == 4 and len(value["end"]) == 4 and value["start"] != value["end"]:
                return value
        return None

    def _titled_head(self, doc: Doc, cue: int) -> Optional[int]:
        """The head a title cue speaks of: a lowercase one ("the action plan, titled") or the
        head of a generic capitalised name ("a Joint Statement entitled"), in the cue's sentence
        ("... treaties and conventions. This year's event, entitled" speaks of no document) or,
        when the cue opens its sentence, at the end of the sentence before ("... action plan.
        Titled (X), the plan ...")."""
        opening = sent_of(doc[cue]).start
        for j in range(cue - 1, max(opening - 1 if cue > opening else -1, cue - 8), -1):
            if lower_words(doc)[j] not in self.lower_head_kinds:
                continue
            if doc[j].is_lower:
                return j
            run = doc[self.phrases.extend_left(doc, j, max(0, j - 6), heads=self.head_words):j + 1]
            if token_texts(doc)[j] in self.head_words and is_generic_name(clean_instrument_name(run.text)):
                return j
        return None

    def _quoted_after_head(self, doc: Doc, head: int, dates_by_end: Dict[int, Span]):
        """ 'the state program "Digital Villages"', 'the policy statement "Vistas of X"': a quoted
        capitalised title right after a lowercase head names the document (not after a head of
        what is said, "the statement", where a quotation may follow; nor a long quote)."""
        if not (head + 2 < len(doc) and token_texts(doc)[head + 1] in _TITLE_CLOSER_OF and token_texts(doc)[head + 1] != "("
                and doc[head].whitespace_ and lower_words(doc)[head] not in self.said_lower_heads):
            return None
        found = self._titled_document(doc, head, dates_by_end, head=head)
        return found if found is not None and found[1] - found[0] <= _MAX_QUOTED_TITLE else None

    def _titled_document(self, doc: Doc, cue: int, dates_by_end: Dict[int, Span], head: Optional[int] = None):
        """(start, end, rule, value) of a document named by a title after its head: "the
        (2026-2030) action plan, titled (Growing Together: Jobs and Skills)", "a new strategy
        dubbed 'Blue Horizon'". The title is the name (without bracketed acronyms); the kind is
        the head's."""
        k = cue + 1 + (cue + 1 < len(doc) and token_texts(doc)[cue + 1] == ":")
        if not (k + 1 < len(doc) and token_texts(doc)[k] in _TITLE_CLOSER_OF and is_capitalised(doc[k + 1])):
            return None
        closers = _TITLE_CLOSER_OF[token_texts(doc)[k]]
        close = next((j for j in range(k + 1, min(len(doc), k + 40)) if token_texts(doc)[j] in closers), None)
        head = self._titled_head(doc, cue) if head is None else head
        if close is None or close == k + 1 or head is None:
            return None
        period = self._period_before(doc, head, dates_by_end)
        if period is None:  # "the national plan (2024-29), titled 'X'": the head's period after it
            after = self._period_after(doc, head + 1, {span.start: span for span in dates_by_end.values()})
            period = {"start": after[0], "end": after[1]} if after and after[2] <= cue else {"start": None, "end": None}
        return k + 1, close, "instrument.titled", {
            "name": drop_acronyms(clean_instrument_name(text_of(doc, k + 1, close))),
            "kind": self.lower_head_kinds[lower_words(doc)[head]], "start": period["start"], "end": period["end"]}

    def _clause_period(self, doc: Doc, k: int, stop: int, dates_by_start: Dict[int, Span],
                       subject: bool = False) -> Optional[dict]:
        """A year range in the clause that goes on from ``k`` after a name: led by a period word
        ("... for 2025-2029", "during 2026-2040") or followed by "period" ("in the 2024-2026
        period"), or anywhere in a relative clause (", which will run from 2026 to 2029").
        Not after a comma (but for an apposition: ", a five-year plan for 2026-2030") nor, unless
        the name is the sentence's subject ("The X Plan will run from 2026 to 2030"), after a verb
        ("the X Plan was praised, ...")."""
        texts, lowers = token_texts(doc), lower_words(doc)  # (the doc's word lists, read once)
        k = self._after_day(doc, k, stop)
        # ", which will run ...", ", to be implemented from 2026 to 2030,"
        relative = k + 2 < stop and texts[k] == "," and (lowers[k + 1] in self.relative_words
                                                                  or lowers[k + 1:k + 3] == ["to", "be"])
        for j in range(k + 2 if relative else k, stop):
            if texts[j] == "," and (self._apposition(doc, j, stop) or self._led_period(doc, j + 1, dates_by_start)):
                continue  # ", a five-year plan for 2026-2030"; "for five years, from 2026 to 2030"
            if texts[j] in (",", ";", ":") or not (relative or subject) and lowers[j] in self.clause_verbs:
                return None
            if subject and lowers[j] in _CLAUSE_LINKS and not (j + 1 < stop and lowers[j + 1] in self.clause_verbs) \
                    and not (lowers[j] == "and" and j + 1 < stop and is_capitalised(doc[j - 1]) and is_capitalised(doc[j + 1])):
                return None  # "The X Plan was praised and talks will go on until 2040": another subject (not "between X and Y")
            span = dates_by_start.get(j)
            value = _year_range(span_value(span, "nf_date")) if span is not None else None
            if (relative or subject) and value and self._end_led(doc, j, span, value):
                return {"start": None, "end": value["end"][:4]}  # ", which runs until 2035", "until the end of 2030"
            if not value or len(value["start"]) != 4 or len(value["end"]) != 4 or value["start"] == value["end"]:
                continue
            if relative or lowers[j - 1] in self.period_lead_words \
                    or subject and lowers[j - 1] in self.period_verbs \
                    or span.end < len(doc) and lowers[span.end] == "period":
                return value
        return None

    def _end_led(self, doc: Doc, j: int, span: Span, value: dict) -> bool:
        """The year at ``j`` is the one end of a period: "until 2035", "until the end of 2030" (after a
        period's end word, not "to"; a month or a day, "until 30 June 2026", is rather a deadline)."""
        if not (len(span) == 1 and YEAR.match(span.text) and value["start"] == value["end"] == span.text):
            return False
        lead = j - 1
        if lead >= 2 and lower_words(doc)[lead - 1:lead + 1] == ["end", "of"]:
            lead -= 2 + (lower_words(doc)[lead - 2] == "the")
        return lead >= 0 and lower_words(doc)[lead] in self.period_end_words and lower_words(doc)[lead] != "to"

    @staticmethod
    def _after_day(doc: Doc, k: int, stop: int) -> int:
        """ "launched the X Plan on Monday, which will run through 2030", "... in Suva, which covers ...":
        the day, month or place the name was launched on or in, right after it (a few capitalised
        words or numbers before a comma), stands between it and its relative clause; after it, else ``k``."""
        if not (k + 2 < stop and lower_words(doc)[k] in ("on", "in", "at")):
            return k
        j = k + 1
        while j < stop and j - k <= 3 and (is_capitalised(doc[j]) or doc[j].like_num):
            j += 1
        return j if k + 1 < j < stop and token_texts(doc)[j] == "," else k

    def _led_period(self, doc: Doc, k: int, dates_by_start: Dict[int, Span]) -> bool:
        """A period word and the years right after it at ``k``, closing the clause (", from 2026 to
        2030."; not ", from 2026 to 2030 budgets rose")."""
        j = k + 1  # ", spanning from January 2024 to December 2030."
        while j < len(doc) and j - k < 3 and j not in dates_by_start and doc[j].is_lower and lower_words(doc)[j] in self.period_lead_words:
            j += 1
        span = dates_by_start.get(j)
        return span is not None and doc[k].is_alpha and doc[k].is_lower and lower_words(doc)[k] in self.period_lead_words \
            and lower_words(doc)[k] not in ("the", "of") and (span.end >= len(doc) or doc[span.end].is_punct)

    def _inserted_clause_end(self, doc: Doc, k: int, stop: int) -> Optional[int]:
        """The comma closing a clause inserted after a name at ``k`` (", adopted on Monday,", ", which
        was adopted in May,"), before the sentence's verb goes on; else None."""
        if not (k < stop and token_texts(doc)[k] == ","):
            return None
        for j in range(k + 1, min(stop, k + _INSERT_REACH)):
            if token_texts(doc)[j] in (";", ":", ".", "(") or "\n" in token_texts(doc)[j]:
                return None
            if token_texts(doc)[j] == ",":
                return j if j > k + 1 else None
        return None

    def _apposition(self, doc: Doc, comma: int, stop: int) -> bool:
        """ ", a five-year plan for 2026-2030": a comma opening a phrase that names the document
        again by a lowercase head (an article, a few lowercase words, the head)."""
        if not (comma + 2 < stop and lower_words(doc)[comma + 1] in ("a", "an", "the")):
            return False
        for j in range(comma + 2, min(stop, comma + 6)):
            if lower_words(doc)[j] in self.lower_head_kinds and doc[j].is_lower:
                return True
            if not (doc[j].is_lower or token_texts(doc)[j] in HYPHENS or doc[j].like_num):
                return False
            # ", a five-year initiative running from 2025 to 2029": a lowercase noun, then a period word
            if j > comma + 2 and j + 1 < stop and doc[j + 1].is_lower and lower_words(doc)[j + 1] in self.period_lead_words \
                    and lower_words(doc)[j + 1] not in ("the", "of", "year", "years", "period", "decade"):
                return True
        return False

    @staticmethod
    def _opens_sentence(doc: Doc, start: int) -> bool:
        """The name (or "the strategy") is the sentence's first phrase: "The X Plan will run ..."."""
        first = sent_of(doc[start]).start
        # "The new five-year X Plan will run ...": lowercase describing words between the article and it
        return start == first or first < start <= first + _DESCRIBING_REACH + 1 and lower_words(doc)[first] in ("the", "this") \
            and all(t.is_lower or t.text in HYPHENS or t.like_num for t in doc[first + 1:start])

    def _opens_clause(self, doc: Doc, start: int) -> bool:
        """The name (or "the strategy") opens its sentence, or the clause a reporting word opens:
        "He said the X Plan will run ...", "noted that the strategy covers ..."."""
        k = start - 1 if start > 0 and lower_words(doc)[start - 1] in ("the", "this") else start
        return self._opens_sentence(doc, start) or k > 0 and lower_words(doc)[k - 1] in self.report_leads \
            and doc[k - 1].is_lower

    def _subject_after_comma(self, doc: Doc, start: int, end: int) -> bool:
        """ "Originally designed for five years, the plan will now run ...": a name (or "the plan")
        after the comma that closes an opening phrase, its verb right after it, is the subject."""
        k = start - 1 if start > 0 and lower_words(doc)[start - 1] in ("the", "this") else start
        return k - 1 > sent_of(doc[start]).start and token_texts(doc)[k - 1] == "," and end < len(doc) \
            and (lower_words(doc)[end] in self.clause_verbs or lower_words(doc)[end] in self.period_verbs)

    @staticmethod
    def _capitalised_reference(doc: Doc, t) -> Optional[int]:
        """Start of "The Strategy will run until 2030", "the Memorandum remains in force ...": a
        capitalised head alone after its article (no capitalised word after it) refers back."""
        if t.i >= 1 and lower_words(doc)[t.i - 1] in ("the", "this") and t.text[:1].isupper() \
                and not (t.i + 1 < len(doc) and token_texts(doc)[t.i + 1][:1].isupper()):
            return t.i - 1
        return None

    def _back_reference(self, doc: Doc, t) -> Optional[int]:
        """Start of "the strategy", "The new five-year strategy" ending at the lowercase head ``t``
        (a few lowercase words between), else None."""
        for j in range(t.i - 1, max(-1, t.i - 7), -1):
            if lower_words(doc)[j] in ("the", "this"):
                return j
            if not (doc[j].is_lower or token_texts(doc)[j] in HYPHENS or doc[j].like_num):
                return None
        return None

    def _later_periods(self, doc: Doc, candidates: list, dates_by_start: Dict[int, Span]) -> None:
        """A name without a period takes the one said later in its clause, before another name;
        so does the name a later "the agreement, which covers 2025-2029" or "The strategy will run
        from 2026 to 2030" refers back to."""
        ordered = sorted(candidates, key=lambda c: c[0])
        name_starts = [c[0] for c in ordered]
        for start, end, _, value in ordered:
            if value["start"] or value["end"]:
                continue
            stop = min(sent_of(doc[start]).end, end + _LATER_PERIOD_REACH, len(doc))
            # before the next name after this one (a name nested inside it is no stop)
            following = bisect_left(name_starts, end)
            if following < len(name_starts):
                stop = min(stop, name_starts[following])
            subject = self._opens_clause(doc, start) or self._subject_after_comma(doc, start, end)
            end = min(_acronym_paren_end(doc, end, stop), stop)  # "the X Plan (XP), which runs until 2030"
            found = self._clause_period(doc, end, stop, dates_by_start, subject=subject)
            inserted = self._inserted_clause_end(doc, end, stop) if subject and not found else None
            if inserted is not None:  # "The X Plan, adopted on Monday, covers 2026 to 2030."
                found = self._clause_period(doc, inserted + 1, stop, dates_by_start, subject=True)
            if found:
                value["start"], value["end"] = found["start"], found["end"]
        by_kind: Dict[str, tuple] = {}
        for start, _, _, value in ordered:
            by_kind.setdefault(value["kind"], ([], []))
            by_kind[value["kind"]][0].append(start)
            by_kind[value["kind"]][1].append(value)
        for i in token_indices(doc, "LOWER", self.lower_head_kinds):  # not a Token per word of the doc
            t = doc[i]
            reference = self._back_reference(doc, t) if t.is_lower else self._capitalised_reference(doc, t)
            if reference is None:
                continue
            starts, values = by_kind.get(self.lower_head_kinds[t.lower_], ([], []))
            n = bisect_left(starts, t.i)
            before = values[n - 1:n]
            if before and not (before[-1]["start"] or before[-1]["end"]):
                stop = min(sent_of(t).end, t.i + _LATER_PERIOD_REACH)
                following = bisect_left(name_starts, t.i + 1)  # "the MoU would be implemented through the X Plan (2026-2030)"
                stop = min(stop, name_starts[following]) if following < len(name_starts) else stop
                subject = self._opens_clause(doc, reference) or self._subject_after_comma(doc, reference, t.i + 1)
                found = self._clause_period(doc, t.i + 1, stop, dates_by_start, subject=subject)
                if found:
                    before[-1]["start"], before[-1]["end"] = found["start"], found["end"]
        self._pronoun_periods(doc, ordered, dates_by_start)
        self._acronym_periods(doc, candidates, dates_by_start)

    def _says_period(self, doc: Doc, k: int, stop: int) -> bool:
        """ "It covers", "It will run", "It will be implemented": the words after the pronoun at
        ``k`` tell how long its document lasts (not "It said ...", "It has 2026-2030 targets")."""
        j = k + 1
        while j < stop and lower_words(doc)[j] in self.clause_verbs and j - k <= 2:
            j += 1
        if j < stop and lower_words(doc)[j] in self.period_verbs:
            return True
        return j > k + 1 and j + 1 < stop and lower_words(doc)[j] == "be" and doc[j + 1].is_lower and doc[j + 1].is_alpha

    def _pronoun_periods(self, doc: Doc, ordered: list, dates_by_start: Dict[int, Span]) -> None:
        """ "The minister launched the X Strategy. It covers 2026-2030.": a sentence opened by "It"
        that tells a period gives it to the last name of the sentence before, when it has none."""
        texts = token_texts(doc)
        for sent in sentences(doc):
            if not (sent.start > 0 and texts[sent.start] == "It" and self._says_period(doc, sent.start, sent.end)):
                continue
            previous = sent_of(doc[sent.start - 1])
            before = [value for start, _, _, value in ordered if previous.start <= start < sent.start]
            if before and not (before[-1]["start"] or before[-1]["end"]):
                found = self._clause_period(doc, sent.start + 1, sent.end, dates_by_start, subject=True)
                if found:
                    before[-1]["start"], before[-1]["end"] = found["start"], found["end"]

    def _acronym_periods(self, doc: Doc, candidates: list, dates_by_start: Dict[int, Span]) -> None:
        """ "the National Water Plan (NWP) ... The NWP runs from 2026 to 2030": the acronym a
        name is given in brackets speaks of it later, and may give its period."""
        undated = {}
        for start, end, _, value in candidates:
            after = _acronym_paren_end(doc, end, len(doc))
            if after > end and not (value["start"] or value["end"]):
                undated.setdefault(_bracketed_acronym(doc, end, after), value)
        if not undated:
            return
        positions = token_positions(doc, "ORTH")
        for i in sorted(i for acronym in undated for i in positions.get(get_string_id(acronym), ())):
            t, value = doc[i], undated[token_texts(doc)[i]]
            if value["start"] or value["end"] or t.i > 0 and token_texts(doc)[t.i - 1] == "(":
                continue
            stop = min(sent_of(t).end, t.i + _LATER_PERIOD_REACH)
            period = self._period_after(doc, t.i + 1, dates_by_start)
            found = {"start": period[0], "end": period[1]} if period else \
                self._clause_period(doc, t.i + 1, stop, dates_by_start, subject=self._opens_sentence(doc, t.i))
            if found:
                value["start"], value["end"] = found["start"], found["end"]

    def _lowercase_headed(self, doc: Doc, head: int, places: set):
        """(start, end, rule, value) of a document named by capitalised words before a lowercase
        head (kind "other": the head is no word of the name): "the Sembrando Vida program", "the government's Green Jobs Plus programme", "the Digital
        India programme". Not when the words name a body, a place or an acronym ("the World Bank
        programme", "the South Africa programme", "the Fiji Youth programme")."""
        sent = sent_of(doc[head])
        start = self.phrases.extend_left(doc, head, sent.start)
        words = doc[start:head]
        if len(words) < 2 or start <= sent.start or not (lower_words(doc)[start - 1] in ("the", "a", "its", "their")
                                                          or token_texts(doc)[start - 1] in APOSTROPHES):
            return None
        if any(t.is_upper or t.text in self.names.not_name_words or t.text in self.phrases.body_heads
               or t.text in self.phrases.organisation_words or t.text in self.body_words for t in words):
            return None
        # "the South Africa programme" names a place's programme; "the Digital India programme" a programme
        if all(t.i in places for t in words if t.is_alpha) or words[0].i in places:
            return None
        # the name stops before the lowercase head: it holds no head noun, so its kind is "other"
        name = clean_instrument_name(words.text)
        return start, head, "instrument.lowercase_head", {"name": name, "kind": "other", "start": None, "end": None}

    def _acronym_mentions(self, doc: Doc, acronyms, candidates: list) -> list:
        """Instruments press names by a well-known acronym alone ("the 1982 UNCLOS"), the
        INSTRUMENT_ACRONYM matches ``acronyms``: a mention of the name the text gives it in
        brackets ("... on the Law of the Sea (UNCLOS)"), else a name of its own."""
        defined = {}
        for start, end, _, value in candidates:
            after = _acronym_paren_end(doc, end, len(doc))
            if after > end:
                defined.setdefault(_bracketed_acronym(doc, end, after), value)
        found = []
        reach = _reach(len(doc), [(start, end) for start, end, _, _ in candidates])
        for span in acronyms:
            if reach[span.start] > span.start \
                    or span.start > 0 and token_texts(doc)[span.start - 1] == "(" \
                    or span.end < len(doc) and token_texts(doc)[span.end][:1].isupper():
                continue  # inside brackets it is the name's; "the NPT Review Conference" names another thing
            value = defined.get(span.text)
            value = dict(value) if value else {"name": self._expansion(doc, span) or span.text,
                                               "kind": self.patterns.meta(span.id_).get("kind", "other"),
                                               "start": None, "end": None}
            found.append((span.start, span.end, span.id_, value))
        return found

    def _introduced(self, doc: Doc, start: int, end: int) -> bool:
        """ "signed a Memorandum of Cooperation (MoC)": a generic name given an acronym of its own
        (not a plural one: "15 MoUs"), or after an indefinite article in a sentence that signs or
        adopts it, brings in one more document; it refers back to none ("a Framework Agreement
        would follow" names none yet). Before a title ("a Joint Statement entitled 'X'") the title names it."""
        if end < len(doc) and lower_words(doc)[end] in self.title_cues:
            return False
        after = _acronym_paren_end(doc, end, len(doc))
        if after > end:
            return not token_texts(doc)[after - 2].endswith("s")
        sent = sent_of(doc[start])
        return start > 0 and lower_words(doc)[start - 1] in ("a", "an") and (doc[start - 1].is_lower or doc[start - 1].is_sent_start) \
            and any(t.lower_ in self.document_verbs for t in sent)

    @staticmethod
    def _acronym_short_forms(doc: Doc, candidates: list) -> None:
        """ "the Revised Fish Market Fund (FMF) Agreement ... the Revised FMF Agreement", "the Economic
        Partnership Agreement (EPA) ... the EPA Agreement": a name written with its acronym in
        place of the words it stands for is a mention of the name that defines the acronym."""
        forms = {}
        for start, end, _, value in candidates:
            after = _acronym_paren_end(doc, end, len(doc))
            trailing = _bracketed_acronym(doc, end, after) if after > end else None
            for form in acronym_forms(value["name"], trailing):
                forms.setdefault((value["kind"], form.casefold()), value)
        for _, _, _, value in candidates:
            full = forms.get((value["kind"], value["name"].casefold()))
            if full is not None and full is not value:
                value.update(name=full["name"], start=value.get("start") or full.get("start"),
                             end=value.get("end") or full.get("end"))
        _same_acronym_merged(doc, candidates)

    def _expansion(self, doc: Doc, span: Span) -> Optional[str]:
        """The name a text spells out before the acronym in brackets where no head reads it:
        "the Regional Comprehensive Economic Partnership (RCEP)"; None when it gives none."""
        for k in token_positions(doc, "ORTH").get(get_string_id(span.text), ()):
            if 0 < k and k + 1 < len(doc) and token_texts(doc)[k - 1] == "(" and token_texts(doc)[k + 1] == ")":
                start = self.phrases.extend_left(doc, k - 1, sent_of(doc[k]).start)
                if k - 1 - start >= 2:
                    return clean_instrument_name(text_of(doc, start, k - 1))
        return None

    def _subjects_dropped(self, doc: Doc, candidates: list) -> list:
        """ "the Convention on the Law of the Sea": a law-headed name that opens on its head inside
        another name is the field the other is about, not a law of its own."""
        reach = _reach(len(doc), [(start + 1, end) for start, end, _, _ in candidates])  # starting before
        return [c for c in candidates if not (
            self.patterns.meta(c[2]).get("kind") == "law" and doc[c[0]].text in self.head_words
            and reach[c[0]] >= c[1])]

    def _fields_headed(self, doc: Doc, candidates: list) -> list:
        """ "the Law of the Sea Convention": a law-headed name that runs on to another head at its
        end names the field of that head's document; it is one name, of the last head's kind
        (the name read from that head alone, "Sea Convention", is dropped)."""
        by_end: Dict[int, list] = {}
        for c in candidates:
            by_end.setdefault(c[1], []).append(c)
        dropped = set()
        out = []
        for c in candidates:
            start, end, rule, value = c
            inner = [d for d in by_end[end] if d[0] > start and d[2] != rule]
            if self.patterns.meta(rule).get("kind") == "law" and token_texts(doc)[end - 1] in self.head_words and inner:
                dropped.update(id(d) for d in inner)
                c = (start, end, inner[0][2], dict(value, kind=inner[0][3]["kind"]))
            out.append(c)
        return [c for c in out if id(c) not in dropped]

    def _inner_sorts_dropped(self, doc: Doc, candidates: list) -> list:
        """ "the Agreement on a Framework for Negotiations and X": a head inside another name's
        complement after an indefinite article is a word of that name (a title writes its articles in
        lower case), not a document of its own (ANNOTATORS.md 8: "a" tells a sort, not which one);
        "the Protocol to the X Treaty" names one."""
        if len(candidates) < 2:
            return candidates
        outer = _reach(len(doc), [(start, end) for start, end, _, _ in candidates])
        return [c for c in candidates if not (c[0] > 1 and lower_words(doc)[c[0] - 1] in self.indefinite_leads
                                              and outer[c[0] - 2] >= c[1])]

    def annotate(self, doc: Doc) -> Doc:
        dates = spans_in(doc, settings.SPANS_DATES)
        dates_by_start = {span.start: span for span in dates}
        dates_by_end = {span.end: span for span in dates}
        matches = self.patterns.match_rows(doc, labels=("INSTRUMENT_HEAD", "ORGANISATION", "INSTRUMENT_ACRONYM", _CUED_HEAD))
        # "World Food Programme", "UN Development Programme": agencies, not instruments
        in_organisation = {i for start, end, label, _ in matches if label == "ORGANISATION" for i in range(start, end)}
        heads = longest_spans(Span(doc, start, end, label=label, span_id=rule_id)
                              for start, end, label, rule_id in matches
                              if label in ("INSTRUMENT_HEAD", _CUED_HEAD) and start not in in_organisation)
        places = spans_in(doc, settings.SPANS_PLACES)
        place_ends = {p.start: p.end for p in places}
        candidates = [c for c in (self._candidate(doc, head, dates_by_start, dates_by_end, place_ends)
                                  for head in heads) if c is not None and not self._told_as_gathering(doc, c[0], c[1])
                      and self._document_cued(doc, c[0], c[1], c[2])]
        in_places = {i for p in places for i in range(p.start, p.end)}
        candidates += [c for c in (self._lowercase_headed(doc, i, in_places)
                                   for i in token_indices(doc, "LOWER", self.lower_named_heads)
                                   if doc[i].is_lower) if c is not None]
        candidates += [c for c in (self._listed_lowercase_head(doc, i, dates_by_start)
                                   for i in token_indices(doc, "LOWER", self.lower_head_kinds) if doc[i].is_lower)
                       if c is not None]
        candidates += [c for i in token_indices(doc, "ORTH", (":",)) for c in self._titles_listed_after(doc, i)]
        titled = self._titled(doc, dates_by_end)
        # a name read around a head inside a title is part of the title, not a name of its own
        if titled:
            reach = _reach(len(doc), [(start, end) for start, end, _, _ in titled])
            candidates = [c for c in candidates if reach[c[0]] < c[1]] + titled
        candidates = _joint_heads(doc, _numbered_to(doc, self._fields_headed(doc, self._subjects_dropped(doc, candidates))))
        candidates = [d for c in candidates for d in self._distributed(doc, c, {p.start for p in places})]
        candidates = _sentence_capitals_dropped(doc, self._inner_sorts_dropped(doc, candidates))
        self._later_periods(doc, candidates, dates_by_start)
        _nested_periods(candidates)
        _subtitle_periods(doc, candidates)
        acronyms = [Span(doc, start, end, label=label, span_id=rule_id)
                    for start, end, label, rule_id in matches if label == "INSTRUMENT_ACRONYM"]
        candidates += self._acronym_mentions(doc, acronyms, candidates)
        self._acronym_short_forms(doc, candidates)
        # a generic name that brings in one more document, or is listed beside another name, is no
        # other way of writing a name before it
        bounds = {(start, end) for start, end, _, _ in candidates}
        headlined = _headline_names(doc, candidates)
        introduced = {id(v) for start, end, _, v in candidates if is_generic_name(v["name"]) and (
            self._introduced(doc, start, end) and not any(short_form(v["name"], h) for h in headlined)
            or _coordinated(doc, start, end, bounds))}
        written = [value["name"] for _, _, _, value in candidates]
        merge_variants([value for _, _, _, value in candidates if id(value) not in introduced])
        _conjuncts_kept_apart(doc, candidates, written)
        self._listed_kept_apart(doc, candidates, written)
        # "signed the Memorandum of Understanding": a generic name is the document's own only when
        # no instrument of its kind has a name of its own in the text (else it refers back)
        named_kinds = {v["kind"] for _, _, _, v in candidates if not is_generic_name(v["name"])}
        named_generic = set()
        spans = []
        seen = set()
        # one span read from two heads ("the Compact of Free Association Act"): the head that ends it gives
        # the kind (two heads joined by "and" keep the first one's: "the X Strategy and Roadmap")
        candidates.sort(key=lambda c: token_texts(doc)[c[1] - 1] not in self.rule_last_words.get(c[2], ())
                        and "and" not in lower_words(doc)[c[0]:c[1]])
        for start, end, rule, value in candidates:
            if is_generic_name(value["name"]):
                # "...; Framework Agreement and ...": a listed item is one more document, no mention
                if value["kind"] in named_kinds and not (self._opens_list_item(doc, start) or _after_semicolon(doc, start)
                                                         or id(value) in introduced) \
                        or (value["name"].casefold(), value.get("end")) in named_generic:
                    continue
                # (editions of one generic name with their own periods are documents of their own)
                named_generic.add((value["name"].casefold(), value.get("end")))
            if (start, end) in seen:
                continue
            seen.add((start, end))
            span = Span(doc, start, end, label="INSTRUMENT", span_id=rule)
            set_span_value(span, "nf_instrument", value)
            spans.append(span)
        doc.spans[settings.SPANS_INSTRUMENTS] = spans
        return doc


@Language.factory(
    "newsfacts_instruments", default_config={"patterns_dir": None},
    requires=["token.is_sent_start", "span._.nf_date"], assigns=["span._.nf_instrument"],
)
def make_instrument_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return InstrumentRecognizer(nlp, name, patterns_dir=patterns_dir)
