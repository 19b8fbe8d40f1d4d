"""Places known by name (``patterns/known_places.jsonl``): buildings, official residences,
palaces and conference centres whose city and country are general knowledge.

FACTS.md gives a venue its country, and its city when the text names that city. A story often
names only the building ("held talks at the Kremlin", "received at Dasman Palace"); an annotator
gives its country from general knowledge, and its city when the story names the city anywhere.
The venue rules (:mod:`.venues`) ask this table twice: a capitalised name of the table after a
venue's preposition is a building (as a name ending in "Palace" is), and a building's venue
whose name is in the table takes its country, and its city when the story names it, unless
the text places the building itself ("at the X in Geneva").

A line is ``{"id", "label": "KNOWN_PLACE", "pattern", "variants", "city", "country", "source"}``.
Names are compared word by word, without case and accents ("Elysee" is "Élysée"), the first
word capitalised in the text ("at Lancaster house" is Lancaster House). A name that two lines
of different places give is given none.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Tuple

from spacy.tokens import Doc

from ..normalisation.places import fold

KNOWN_PLACES_FILE = "known_places.jsonl"
KNOWN_LABEL = "KNOWN_PLACE"
#: the longest name of the table, in tokens, is looked up from each token (set by the table)
_Key = Tuple[str, ...]


@dataclass(frozen=True)
class KnownPlace:
    id: str
    name: str
    city: Optional[str]
    country: str


class KnownPlaces:
    """The table of ``known_places.jsonl``: :meth:`at` a token, the known place whose name starts there."""

    def __init__(self, names: Iterable[Tuple[_Key, KnownPlace]] = ()):
        table: Dict[_Key, KnownPlace] = {}
        shared = set()
        for key, place in names:
            if key in table and table[key].id != place.id:
                shared.add(key)  # a name of two places names none
            table[key] = place
        for key in shared:
            del table[key]
        self.table = table
        # the name lengths to try from a first word, longest first, each once
        by_first: Dict[str, set] = {}
        for key in table:
            by_first.setdefault(key[0], set()).add(len(key))
        self.lengths_by_first: Dict[str, List[int]] = {w: sorted(n, reverse=True) for w, n in by_first.items()}

    @classmethod
    def of_entries(cls, entries, tokenize: Callable[[str], List[str]]) -> "KnownPlaces":
        """The table of the pattern entries of ``known_places.jsonl`` (None: an empty table);
        ``tokenize`` splits a name into the words the pipeline's tokenizer makes of it."""
        names = []
        for entry in entries or ():
            if entry.label != KNOWN_LABEL:
                continue
            meta = entry.meta
            place = KnownPlace(id=entry.id, name=entry.pattern, city=meta.get("city"), country=meta["country"])
            for name in [entry.pattern, *meta.get("variants", ())]:
                key = tuple(fold(w) for w in tokenize(name))
                if key:
                    names.append((key, place))
        return cls(names)

    def __len__(self) -> int:
        return len(self.table)

    def at(self, doc: Doc, k: int, limit: int) -> Optional[Tuple[int, KnownPlace]]:
        """(end, place) of the longest known name from token ``k`` (capitalised) up to ``limit``, else None."""
        if k >= limit or not doc[k].text[:1].isupper():
            return None
        lengths = self.lengths_by_first.get(fold(doc[k].text))
        for n in lengths or ():
            if k + n <= limit:
                key = tuple(fold(doc[j].text) for j in range(k, k + n))
                if key in self.table:
                    return k + n, self.table[key]
        return None


def same_city(city: Optional[str], place: KnownPlace) -> bool:
    """Whether ``city`` (as a story writes it) is the known place's city ("Bogota" is "Bogotá")."""
    return bool(city and place.city and fold(city) == fold(place.city))
