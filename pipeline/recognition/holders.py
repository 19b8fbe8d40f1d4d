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

When no line is found so, four looser readings of the same table (session 22; each its own
trace, :meth:`KnownHolders.match`): ``reversed``, a name of two words written surname first
("Kihara Minoru" for "Minoru Kihara"; East Asian order); ``variant``, a spelling one letter
apart in one word of five letters or more, the name's other words found as they are
("Yaya Jammeh", "el-Sissi", "Abdallah II": transliteration); ``surname``, a name of one word
only, under a sole office ("President Marcos", "Prime Minister Turnbull"), that is the first
or last word of the full names of one state only; ``short`` (session 31), a name of two words
or more written shorter than one state's full name: its first three words or more ("Abdullah bin
Zayed" for "Abdullah bin Zayed Al Nahyan"; two, "Hassan Ali", open too many names) or its first
and last word with words left out between ("Mohamed Farmaajo" for "Mohamed Abdullahi
Farmaajo"). Initials are compared one by one ("M.J." as "M J").
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
    words = (part for w in name_key(name) for part in w.replace("'", "").replace("\u2019", "").split("."))
    return tuple(w for w in words if w and w not in PARTICLES)


def _subsequence(short: Tuple[str, ...], long: Tuple[str, ...]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def _short_form(key: Tuple[str, ...], words: Tuple[str, ...]) -> bool:
    """Whether a person's ``key`` is a table name's ``words`` written shorter: its first words,
    or its first and last word with words between left out."""
    # (its first words only when three or more: "Hassan Ali" opens too many names)
    return len(words) > len(key) and (len(key) >= 3 and words[:len(key)] == key
                                      or words[-1] == key[-1] and _subsequence(key, words))


#: The shortest word a one-letter variant is read in ("Jammeh"/"Jameh"; never "Ali"/"Ari").
VARIANT_LETTERS = 5


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two different words differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _variant_of(words: Tuple[str, ...], key: Tuple[str, ...]) -> bool:
    """Whether a table name's ``words`` are the person's ``key`` word for word but one, which
    is one letter apart from the table's (five letters or more), both names of two words or more."""
    if len(words) != len(key) or len(words) < 2:
        return False
    apart = [(w, k) for w, k in zip(words, key) if w != k]
    return len(apart) == 1 and max(map(len, apart[0])) >= VARIANT_LETTERS and one_letter_apart(*apart[0])


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

    def full_name_country(self, name: Optional[str], opens: bool = False) -> Optional[str]:
        """The state of a person whose name of two words or more holds a full name of the table's
        ``OFFICE_HOLDER`` lines (its surnames left out), or None (unknown, or two states); with
        ``opens``, only a full name whose first word opens the name."""
        key = holder_key(name or "")
        if len(key) < 2:
            return None
        lines = self.by_first.get(key[0], []) if opens else self.by_last.get(key[-1], []) + self.by_first.get(key[0], [])
        found = {country for words, country in lines if len(words) >= 2 and _subsequence(words, key)}
        return found.pop() if len(found) == 1 else None

    def match(self, name: Optional[str], sole_office: bool = False) -> Tuple[Optional[str], str]:
        """The state of :meth:`country_of` with how it was found ("" for the table's own reading),
        else by a looser reading (see the module): "reversed", "variant" or, for a name of one
        word under a sole office (``sole_office``), "surname"; (None, "") when none gives one state."""
        country = self.country_of(name)
        if country:
            return country, ""
        key = holder_key(name or "")
        if len(key) == 2:
            country = self.country_of(" ".join(reversed(key)))
            if country:
                return country, "reversed"
        if len(key) >= 2:
            found = {country for words, country in self.by_last.get(key[-1], []) + self.by_first.get(key[0], [])
                     if _variant_of(words, key)}
            if len(found) == 1:
                return found.pop(), "variant"
        if len(key) >= 2:
            found = {country for words, country in self.by_first.get(key[0], []) if _short_form(key, words)}
            if len(found) == 1:
                return found.pop(), "short"
        if len(key) == 1 and sole_office:
            found = {country for words, country in self.by_last.get(key[0], []) + self.by_first.get(key[0], [])
                     if len(words) >= 2}
            if len(found) == 1:
                return found.pop(), "surname"
        return None, ""
