"""Event names and ordinals."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .text import clean_name

_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\b", re.I)
_TRAILING_ACRONYM = re.compile(r"\s*\([^()]*\)\s*$")
#: A bracketed acronym inside a name ("the African Union (AU) Executive Council"): the short
#: form of a body in it, not part of the event's name.
_INNER_ACRONYM = re.compile(r"\s\((?:[A-Z0-9][A-Z0-9&+\-]*)(?:\s[A-Z0-9][A-Z0-9&+\-]*)?\)(?=\s)")
#: "the CEEAC (Economic Community of Central African States) Council": an acronym's long form in
#: brackets inside a name (capitalised words and small lowercase ones), left out.
_INNER_LONG_FORM = re.compile(r"(\b[A-Z]{2,})\s\((?:[A-Z][\w'\u2019-]*|of|and|the|for|on)(?:\s(?:[A-Z][\w'\u2019-]*|of|and|the|for|on))+\)(?=\s)")
#: Articles, and "new"/"next" that say which occurrence, not what the event is called.
_LEADING = re.compile(r"^(?:[Tt]he|[Aa]n?|new|next)\s+")
WORD_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def word_ordinal(word: str) -> Optional[int]:
    """ "ninth" -> 9, "forty-ninth" -> 49, "seventy-fifth" -> 75; None for other words."""
    word = word.casefold()
    if word in WORD_ORDINALS:
        return WORD_ORDINALS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and WORD_ORDINALS.get(unit, 10) < 10:
        return TENS[tens] + WORD_ORDINALS[unit]
    return None


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN = re.compile(r"^[IVXL]{2,7}$")  # (not "CC", "CL": acronyms far more often)


def roman_ordinal(word: str) -> Optional[int]:
    """ "XV" -> 15, "XLIII" -> 43: a Roman numeral of two letters or more in its usual
    written form (so "LC" or "IIII" are none); None for other words."""
    if not _ROMAN.match(word):
        return None
    total = 0
    for k, letter in enumerate(word):
        value = _ROMAN_VALUES[letter]
        total += -value if k + 1 < len(word) and _ROMAN_VALUES[word[k + 1]] > value else value
    return total if _to_roman(total) == word else None


def _to_roman(number: int) -> str:
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


@lru_cache(maxsize=8192)
def clean_event_name(text: str) -> str:
    """ "the 40th Session of the African Union (AU) Executive Council (EC)" -> "40th Session of
    the African Union Executive Council"."""
    return clean_name(_INNER_LONG_FORM.sub(r"\1", _INNER_ACRONYM.sub("", text)), leading=_LEADING, trailing=_TRAILING_ACRONYM)


@lru_cache(maxsize=8192)
def event_ordinal(text: str) -> Optional[int]:
    """The event's ordinal ("25th ASEAN Summit" -> 25); None when several are written. Kept
    per text (a pure function, asked for every word of every name linking compares)."""
    numbers = _ORDINAL.findall(_TRAILING_ACRONYM.sub("", text))
    if len(numbers) == 1:
        return int(numbers[0])
    if not numbers:
        words = text.split()
        # "the bloc's Ninth Summit", "WTO's Tenth Ministerial Conference": after a possessive
        if len(words) > 2 and words[0].endswith(("'s", "\u2019s")):
            words = words[1:]
        first = words[0] if words else ""
        if len(words) > 2 and first.casefold() in TENS and WORD_ORDINALS.get(words[1].casefold(), 10) < 10:
            # "the Twenty Fifth NATO Summit": a tens word and a unit ordinal written apart
            return TENS[first.casefold()] + WORD_ORDINALS[words[1].casefold()]
        # "the XV Meeting of the Binational Commission", "the IV Summit"
        return word_ordinal(first) or (roman_ordinal(first) if len(words) > 1 else None)
    return None
