"""Lengths of time written before a noun: "a two-day visit", "the 3-day forum", "a five day
meeting", "the two\u2011week tour". One reader for every stage that needs one: recognition (a
length after "the" makes a description refer back to the event reported) and linking (how many
days an event runs; a length between "the" and the head noun a sentence refers back by).
The units are the caller's: the ``DURATION_UNIT`` words of ``patterns/event_words.jsonl``."""
from __future__ import annotations

import re
from typing import FrozenSet, NamedTuple, Optional

from spacy.tokens import Doc

from ..normalisation.dates import NUMBER_WORDS
from .lexicon import lower_words
from .names import HYPHENS

#: The units counted in days (a length in days tells when an event ends).
DAY_UNITS = frozenset({"day", "days"})
_IN_ONE_WORD = re.compile("[" + "".join(map(re.escape, sorted(HYPHENS))) + "]")


class Length(NamedTuple):
    number: int
    unit: str
    #: the position of the token after the length
    end: int

    @property
    def days(self) -> Optional[int]:
        return self.number if self.unit in DAY_UNITS else None


def _number(word: str) -> Optional[int]:
    """A count written in figures or in words ("3", "three"; not "a", "few": "a day" is no length)."""
    if word.isdecimal():  # (not "²", a digit int() does not read)
        return int(word)
    return NUMBER_WORDS.get(word) if word.isalpha() and word not in ("a", "an", "few") else None


def length_at(doc: Doc, i: int, units: FrozenSet[str]) -> Optional[Length]:
    """The length of time in ``units`` written from token ``i`` ("two-day", "3 - day", "five
    day", or one token joined by a non-breaking hyphen), else None."""
    lowers = lower_words(doc)  # the words, not a Token made for each
    if i >= len(doc):
        return None
    word = lowers[i]
    if word.isalpha() and word not in NUMBER_WORDS:
        return None  # most words: no count, and no hyphen joining one to its unit
    # (a word of letters and digits holds no hyphen: the expression is not run on it)
    parts = (word,) if word.isalnum() else _IN_ONE_WORD.split(word)
    if len(parts) == 2:  # "two\u2011day": the tokenizer does not split it
        number = _number(parts[0])
        return Length(number, parts[1], i + 1) if number is not None and parts[1] in units else None
    number = _number(lowers[i])
    j = i + 1
    if number is None or j >= len(doc):
        return None
    if lowers[j] in HYPHENS:
        j += 1
    return Length(number, lowers[j], j + 1) if j < len(doc) and lowers[j] in units else None
