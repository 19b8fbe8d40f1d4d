"""Instrument names as FACTS.md wants them: no leading "the", no trailing bracketed acronym."""
from __future__ import annotations

import re
from collections import Counter
from typing import List

from .text import clean_name

#: "the", "a" in any case; "new", "this", "that" only in lower case ("New Industrial Master Plan" is a name)
_LEADING = re.compile(r"^(?:[Tt]he|[Aa]n?|new|this|that)\s+")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z0-9][A-Za-z0-9+\- ]*\)\s*$")
#: Words that make no name on their own ("Joint Statement", "Action Plan", "the Agreement").
GENERIC_WORDS = frozenset(
    "joint action work new national draft final plan plans programme program agreement agreements "
    "treaty convention memorandum mou declaration statement roadmap framework strategy act law "
    "charter protocol goals initiative vision agenda blueprint strategic master the this that "
    "of understanding cooperation bilateral trade free comprehensive".split()
)


def clean_instrument_name(text: str) -> str:
    return clean_name(text, leading=_LEADING, trailing=_TRAILING_ACRONYM)


def is_generic_name(name: str) -> bool:
    """True for names made only of generic words: "Joint Statement", "Free Trade Agreement"."""
    words = [w.strip("'’").casefold() for w in re.split(r"[\s\-]+", name) if w]
    return all(w in GENERIC_WORDS for w in words)


def _words(name: str) -> List[str]:
    return [w.strip("'’") for w in re.split(r"[\s\-\u2013]+", name) if w.strip("'’")]


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


def merge_variants(values: List[dict]) -> None:
    """Give every way of writing an instrument's name (same kind) one name, the fullest (the
    first mention's among equals), and one period (the one written with any), in place."""
    groups: List[List[dict]] = []
    for value in values:
        for group in groups:
            first = group[0]
            if first["kind"] == value["kind"] and (
                    first["name"] == value["name"] or same_instrument(first["name"], value["name"])
                    or short_form(first["name"], value["name"]) or short_form(value["name"], first["name"])):
                group.append(value)
                break
        else:
            groups.append([value])
    for group in groups:
        dated = next((v for v in group if v.get("start") or v.get("end")), None)
        name = max((v["name"] for v in group), key=lambda n: len(_words(n)))
        for value in group:
            value["name"] = name
        if dated is not None:
            for value in group:
                value["start"], value["end"] = dated["start"], dated["end"]


_INNER_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9+\-]*\)")


def drop_acronyms(name: str) -> str:
    """A title without its bracketed acronyms: "Joint Statement on Out-of-School Youth (OSY):
    Next Steps" -> "Joint Statement on Out-of-School Youth: Next Steps"."""
    return _INNER_ACRONYM.sub("", name)
