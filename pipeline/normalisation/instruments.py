"""Instrument names as FACTS.md wants them: no leading "the", no trailing bracketed acronym."""
from __future__ import annotations

import re

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
