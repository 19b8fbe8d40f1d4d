"""Holders of national offices known by name (``patterns/officials/holders.jsonl``).

FACTS.md gives every national official the country of the government he serves, told by the
text or, when the text tells none, by general knowledge (the dev gold's convention): a head
of state or government, a foreign minister named with no state ("President Paul Kagame", "met
Prime Minister Anwar Ibrahim") serves the state he is known to lead. The officials' recogniser
asks this table only for a person none of whose words and context told a state, before the
fallbacks of the story (its dateline's state, its site's, the pair's other state), which a
visiting or visited leader's name outweighs.

Two kinds of line: ``OFFICE_HOLDER``, a full name, found when its words (compared as
:func:`~newsfacts.normalisation.names.name_key` compares them, without the particles "al" and
"el" and apostrophes) are a subsequence of the person's name that shares its first or its last
word ("Irfaan Ali" in "Mohamed Irfaan Ali", "Ali Bongo" in "Ali Bongo Ondimba");
``OFFICE_HOLDER_SURNAME``, a surname borne by a leader and rarely by anyone else, found as the
last word of the person's name ("President Tinubu", "Bola Ahmed Tinubu"). A name that two
states' lines would give is given none.
"""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional, Tuple

from ..normalisation.names import name_key

HOLDER_LABEL = "OFFICE_HOLDER"
SURNAME_LABEL = "OFFICE_HOLDER_SURNAME"
#: name particles written with or without a hyphen, or left out ("al-Sisi", "El Sisi", "Sisi")
PARTICLES = frozenset({"al", "el"})


def holder_key(name: str) -> Tuple[str, ...]:
    """The words of a name as the table compares them: ``name_key``'s, without apostrophes
    and name particles ("Abdel Fattah el-Sisi" -> abdel, fattah, sisi)."""
    words = (w.replace("'", "").replace("\u2019", "") for w in name_key(name))
    return tuple(w for w in words if w and w not in PARTICLES)


def _subsequence(short: Tuple[str, ...], long: Tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


class KnownHolders:
    """The table of ``holders.jsonl``: :meth:`country_of` a person's name."""

    def __init__(self, holders: Iterable[Tuple[str, str]] = (), surnames: Iterable[Tuple[str, str]] = ()):
        #: last word -> [(words of the name, country)]; first word likewise (one look-up per name)
        self.by_last: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}
        self.by_first: Dict[str, List[Tuple[Tuple[str, ...], str]]] = {}
        for name, country in holders:
            key = holder_key(name)
            if key:
                self.by_last.setdefault(key[-1], []).append((key, country))
                self.by_first.setdefault(key[0], []).append((key, country))
        self.surnames: Dict[str, set] = {}
        for name, country in surnames:
            key = holder_key(name)
            if key:
                self.surnames.setdefault(" ".join(key), set()).add(country)

    @classmethod
    def of_entries(cls, entries) -> "KnownHolders":
        entries = [e for e in entries or () if isinstance(e.pattern, str) and e.meta.get("country")]
        return cls(((e.pattern, e.meta["country"]) for e in entries if e.label == HOLDER_LABEL),
                   ((e.pattern, e.meta["country"]) for e in entries if e.label == SURNAME_LABEL))

    def country_of(self, name: Optional[str]) -> Optional[str]:
        """The state a person of this name is known to serve, or None (unknown, or two states)."""
        key = holder_key(name or "")
        if not key:
            return None
        found = {country for words, country in self.by_last.get(key[-1], []) + self.by_first.get(key[0], [])
                 if _subsequence(words, key)}
        for n in (2, 1):  # "Diaz-Canel" is two words of a surname
            if len(key) >= n:
                found |= self.surnames.get(" ".join(key[-n:]), set())
        return found.pop() if len(found) == 1 else None
