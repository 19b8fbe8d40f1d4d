"""Instrument names as FACTS.md wants them: no leading "the", no trailing bracketed acronym."""
from __future__ import annotations

import re
from collections import Counter
from typing import Dict, List

from .text import clean_name

#: "the", "a" in any case; "new", "this", "that" only in lower case ("New Industrial Master Plan" is a name)
_LEADING = re.compile(r"^(?:[Tt]he|[Aa]n?|new|this|that)\s+")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z0-9][A-Za-z0-9+\- ]*\)\s*$")
_WORD_BREAK = re.compile(r"[\s\-]+")
_WORD_OR_DASH_BREAK = re.compile(r"[\s\-\u2013]+")
_BEFORE_LOWERCASE = re.compile(r" (?=[a-z])")
#: Words that make no name on their own ("Joint Statement", "Action Plan", "the Agreement").
GENERIC_WORDS = frozenset(
    "joint action work new national draft final plan plans programme program agreement agreements "
    "treaty convention memorandum mou declaration statement roadmap framework strategy act law "
    "charter protocol goals initiative vision agenda blueprint strategic master the this that "
    "of understanding cooperation bilateral trade free comprehensive agreed minutes".split()
)


def clean_instrument_name(text: str) -> str:
    return clean_name(text, leading=_LEADING, trailing=_TRAILING_ACRONYM)


def is_generic_name(name: str) -> bool:
    """True for names made only of generic words: "Joint Statement", "Free Trade Agreement"."""
    words = [w.strip("'’").casefold() for w in _WORD_BREAK.split(name) if w]
    return all(_generic_word(w) for w in words)


def _generic_word(word: str) -> bool:
    """A generic word or its plural ("Joint Programmes", "Strategies")."""
    return word in GENERIC_WORDS or word.endswith("ies") and word[:-3] + "y" in GENERIC_WORDS \
        or word.endswith("s") and word[:-1] in GENERIC_WORDS


def _words(name: str) -> List[str]:
    return [w.strip("'’") for w in _WORD_OR_DASH_BREAK.split(name) if w.strip("'’")]


def _abbreviates(short: str, word: str) -> bool:
    """ "RM" for "Moldova" (Republic of Moldova): an all-capitals abbreviation of 2-4 letters
    holding the word's initial; the word itself is no abbreviation."""
    return 2 <= len(short) <= 4 and short.isupper() and short.isalpha() and not word.isupper() \
        and word[:1].upper() in short


def same_instrument(a: str, b: str) -> bool:
    """Two ways of writing one name: the same words in another order ("Five-Year National
    Development Plan", "National Five-Year Development Plan"), or one party abbreviated
    ("EU-Moldova Association Agreement", "RM-EU Association Agreement")."""
    wa, wb = _words(a.casefold()), _words(b.casefold())
    if sorted(wa) == sorted(wb):
        return True
    if len(wa) != len(wb) or len(wa) < 3 or wa[-1] != wb[-1]:
        return False
    rest_a, rest_b = Counter(wa), Counter(wb)
    only_a, only_b = list((rest_a - rest_b).elements()), list((rest_b - rest_a).elements())
    if len(only_a) != 1 or len(only_b) != 1:
        return False
    raw_a = {w.casefold(): w for w in _words(a)}
    raw_b = {w.casefold(): w for w in _words(b)}
    x, y = raw_a[only_a[0]], raw_b[only_b[0]]
    return _abbreviates(x, y) or _abbreviates(y, x)


def short_form(short: str, full: str) -> bool:
    """ "2030 Agenda" for "2030 Agenda for Sustainable Development": the name without its
    complement (the full name goes on with a lowercase word after it)."""
    rest = full[len(short):] if full.startswith(short) else ""
    return len(_words(short)) >= 2 and rest[:1] == " " and rest[1:2].islower()


def _prefixes(name: str) -> List[str]:
    """The names ``name`` is a short form of's counterparts: its beginnings before a lowercase word."""
    return [name[:m.start()] for m in _BEFORE_LOWERCASE.finditer(name)]


def _keys(name: str, kind: str, lookup: bool) -> List[tuple]:
    """Index keys under which a name meets the names it may be another way of writing: itself,
    its bag of words, and its words but one where one of the two names has an abbreviation
    (a party abbreviated): a name is filed without each of its words and looked up without
    each abbreviation, and the other way round."""
    raw = _words(name)
    words = [w.casefold() for w in raw]
    keys = [("exact", kind, name), ("bag", kind, tuple(sorted(words)))]
    if len(words) >= 3:
        for i in range(len(words) - 1):
            rest = (len(words), words[-1], tuple(sorted(words[:i] + words[i + 1:])))
            # filed: without any word, and without an abbreviation; looked up the other way round
            keys.append(("abbr_out" if lookup else "any_out", kind) + rest)
            if 2 <= len(raw[i]) <= 4 and raw[i].isupper():
                keys.append(("any_out" if lookup else "abbr_out", kind) + rest)
    return keys


#: Names filed under one key at most: the first few names that share all words but one are the
#: ones a variant is compared with (a scraped list of thousands of "EU-X Agreement"s stays linear).
_MAX_FILED = 8


def merge_variants(values: List[dict]) -> None:
    """Give every way of writing an instrument's name (same kind) one name, the fullest (the
    first mention's among equals), and one period (the one written with any), in place. Names
    are compared through an index (a text may hold thousands of names)."""
    groups: List[List[dict]] = []
    index: Dict[tuple, List[int]] = {}
    for value in values:
        name, kind = value["name"], value["kind"]
        near = set()
        for key in _keys(name, kind, True) + [("exact", kind, p) for p in _prefixes(name)] + [("prefix", kind, name)]:
            near.update(index.get(key, ()))
        first = next((g for g in sorted(near) if _same(groups[g][0]["name"], name)), None)
        if first is not None:
            groups[first].append(value)
            continue
        groups.append([value])
        for key in _keys(name, kind, False) + [("prefix", kind, p) for p in _prefixes(name)]:
            filed = index.setdefault(key, [])
            if len(filed) < _MAX_FILED:
                filed.append(len(groups) - 1)
    for group in groups:
        dated = next((v for v in group if v.get("start") or v.get("end")), None)
        name = max((v["name"] for v in group), key=lambda n: len(_words(n)))
        for value in group:
            value["name"] = name
        if dated is not None:
            for value in group:
                value["start"], value["end"] = dated["start"], dated["end"]


def _same(first: str, name: str) -> bool:
    return first == name or same_instrument(first, name) or short_form(first, name) or short_form(name, first)


_INNER_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9+\-]*\)")


def drop_acronyms(name: str) -> str:
    """A title without its bracketed acronyms: "Joint Statement on Out-of-School Youth (OSY):
    Next Steps" -> "Joint Statement on Out-of-School Youth: Next Steps"."""
    return _INNER_ACRONYM.sub("", name)
