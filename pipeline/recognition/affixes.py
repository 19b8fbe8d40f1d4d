"""The tokenizer's infix and suffix expressions, with a pre-test that answers most words at once.

spaCy's English infix and suffix expressions are long alternations (~15,000 and ~12,000
characters of pattern) that Python's ``re`` tries at every position of every new word: about
a quarter of the tokenizer's time on fresh text. Yet a match can only begin with one of a
known set of characters (an infix: ``.``, ``,``, hyphens, ``:``, symbols ...) and a suffix
match can only end with one (it is anchored at the end of the word), and needs what its
lookbehind asks for ("(?<=[0-9])km$": a digit). These sets are read from the parsed
expressions themselves (:func:`edge_chars`, :func:`suffix_needs`); a word that holds no
character that can begin an infix, or whose last character and other characters allow no
suffix, gets the expression's answer (no match) without running it. Every other word runs the expression as before, so the tokens
are exactly spaCy's. When the analysis meets anything it cannot vouch for (a part that may
match nothing, a negated class, case-insensitive matching, an alternative not anchored at the
end ...) the set is None and the expression always runs.

Prefixes (anchored at the start of the word) get the same test on their first character. A
suffix expression runs only from as far back as a match ending with the word's last character
can reach (:func:`suffix_reach`), and spaCy's URL expression only on words holding a character
every match needs (:func:`required_chars`, :class:`UrlMatcher`: a dot).
The finders keep the expression's ``pattern`` (spaCy serialises a tokenizer by
``infix_finditer.__self__.pattern``), so a saved pipeline stores the same rules.
"""
from __future__ import annotations

import re
from typing import Dict, FrozenSet, Iterator, List, Optional, Set

try:  # the parser of the ``re`` module (Python >= 3.11; ``sre_parse`` before)
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

from . import cache

#: Elements that match without consuming a character.
_ZERO_WIDTH = {_C.ASSERT, _C.ASSERT_NOT, _C.AT}
#: Character ranges wider than this are not listed (the pre-test is then skipped).
MAX_RANGE = 70_000


def edge_chars(pattern: str, first: bool) -> Optional[FrozenSet[str]]:
    """The characters the first (``first``) or last consumed character of any match of
    ``pattern`` can be; None when that cannot be told for certain (then nothing is skipped)."""
    try:
        parsed = _P.parse(pattern)
    except Exception:  # not a pattern this version's parser reads: no pre-test
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    chars = _edge(list(parsed), first)
    return frozenset(chars) if chars is not None else None


def end_anchored(pattern: str) -> bool:
    """Whether every alternative of ``pattern`` ends with ``$`` (its matches end the string,
    or stop before a final line break)."""
    alternatives = _alternatives(pattern)
    return alternatives is not None and all(
        alt and alt[-1][0] is _C.AT and alt[-1][1] is _C.AT_END for alt in alternatives)


def begin_anchored(pattern: str) -> bool:
    """Whether every alternative of ``pattern`` starts with ``^`` (its matches start the string)."""
    alternatives = _alternatives(pattern)
    return alternatives is not None and all(
        alt and alt[0][0] is _C.AT and alt[0][1] is _C.AT_BEGINNING for alt in alternatives)


def suffix_needs(pattern: str) -> Optional[Dict[str, FrozenSet[str]]]:
    """For a pattern whose alternatives all end with ``$``: each character a match can end
    with -> the characters of which a word must hold at least one for an alternative ending
    with it to match (the character its lookbehind asks for: "(?<=[0-9])km$" needs a digit;
    else its first character). Characters that end no match are not listed; None when an
    alternative's needs cannot be told (every word then runs the expression)."""
    alternatives = _alternatives(pattern) if end_anchored(pattern) else None
    if alternatives is None or edge_chars(pattern, first=False) is None:
        return None
    by_end: Dict[str, Set[int]] = {}
    needs: List[Set[str]] = []
    for alt in alternatives:
        ends, need = _edge(alt, first=False), _needed(alt)
        if ends is None or need is None:
            return None
        for char in ends:
            by_end.setdefault(char, set()).add(len(needs))
        needs.append(need)
    shared: Dict[FrozenSet[int], FrozenSet[str]] = {}  # one set per combination of alternatives
    table = {}
    for char, which in by_end.items():
        key = frozenset(which)
        if key not in shared:
            shared[key] = frozenset().union(*(needs[i] for i in key))
        table[char] = shared[key]
    return table


def suffix_reach(pattern: str) -> Optional[Dict[str, int]]:
    """For a pattern :func:`suffix_needs` reads: each character a match can end with -> how
    many characters a match ending with it takes at most, for the characters whose
    alternatives are all bounded ("(?<=[0-9])km$": 2; not "\\.\\.+$"). A match ends the word, so
    the expression needs to be tried only from that many characters before its end (its
    lookbehinds still see the characters before). None when the pattern is not such."""
    if suffix_needs(pattern) is None:
        return None
    reach: Dict[str, int] = {}
    for alt in _alternatives(pattern) or []:
        width = _P.SubPattern(_P.State(), alt).getwidth()[1]
        for char in _edge(alt, first=False) or ():
            reach[char] = max(reach.get(char, 0), width)
    return {char: width for char, width in reach.items() if width < _C.MAXREPEAT}


def required_chars(pattern: str) -> Optional[FrozenSet[str]]:
    """Characters of which every match of ``pattern`` holds at least one (spaCy's URL expression:
    "."; every host name and address has a dot); None when that cannot be told for certain."""
    try:
        parsed = _P.parse(pattern)
    except Exception:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    chars = _required(list(parsed))
    return frozenset(chars) if chars is not None else None


def _required(items: list) -> Optional[Set[str]]:
    """The smallest set of characters one of which a match of the sequence ``items`` must hold,
    read from the elements it cannot do without; None when none tells."""
    found: Optional[Set[str]] = None
    for op, av in items:
        if op is _C.SUBPATTERN:
            chars = None if av[1] & re.IGNORECASE else _required(list(av[-1]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            chars = _required(list(av[2])) if av[0] >= 1 else None
        elif op is _C.BRANCH:
            chars = _union([_required(list(b)) for b in av[1]])
        elif op in _ZERO_WIDTH:
            chars = None
        else:
            chars = _chars(op, av)
        if chars is not None and (found is None or len(chars) < len(found)):
            found = chars
    return found


class UrlMatcher:
    """``re.compile(pattern).match`` that returns None at once for a word holding none of the
    characters every match needs (:func:`required_chars`): spaCy asks its URL expression
    (~3,500 characters) about every new piece of text."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self.needs = cache.remembered("required_chars", pattern.encode(), lambda: required_chars(pattern))

    def match(self, text: str) -> Optional["re.Match[str]"]:
        if self.needs is not None and self.needs.isdisjoint(text):
            return None
        return self.regex.match(text)

    def __reduce__(self):
        return (UrlMatcher, (self.pattern,))


def _alternatives(pattern: str) -> Optional[list]:
    """The top-level alternatives of a pattern, each a list of parsed elements."""
    try:
        parsed = _P.parse(pattern)
    except Exception:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    items = list(parsed)
    return [list(b) for b in items[0][1][1]] if len(items) == 1 and items[0][0] is _C.BRANCH else [items]


def _needed(items: list) -> Optional[Set[str]]:
    """Characters of which a word must hold one for ``items`` to match in it: those its opening
    lookbehind can see, else those its first consumed character can be."""
    for op, av in items:
        if op is _C.ASSERT and av[0] < 0:
            return _edge(list(av[1]), first=True)
        if op not in _ZERO_WIDTH:
            break
    return _edge(items, first=True)


def _edge(items: list, first: bool) -> Optional[Set[str]]:
    for op, av in (items if first else items[::-1]):
        if op in _ZERO_WIDTH:
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            low, _, body = av
            return _edge(list(body), first) if low >= 1 else None
        if op is _C.SUBPATTERN:
            add_flags, body = av[1], av[-1]
            return None if add_flags & re.IGNORECASE else _edge(list(body), first)
        if op is _C.BRANCH:
            return _union([_edge(list(b), first) for b in av[1]])
        return _chars(op, av)
    return None  # an alternative that may consume nothing


def _chars(op, av) -> Optional[Set[str]]:
    """The characters one consuming element matches (literals, classes of literals and ranges)."""
    if op is _C.LITERAL:
        return {chr(av)}
    if op is not _C.IN:
        return None  # any character, a negated or categorical class ...
    chars: Set[str] = set()
    for kind, value in av:
        if kind is _C.LITERAL:
            chars.add(chr(value))
        elif kind is _C.RANGE and value[1] - value[0] <= MAX_RANGE:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None
    return chars


def _union(sets: List[Optional[Set[str]]]) -> Optional[Set[str]]:
    out: Set[str] = set()
    for chars in sets:
        if chars is None:
            return None
        out |= chars
    return out


class InfixFinder:
    """``re.compile(pattern).finditer`` that returns at once for a word holding no character a
    match can begin with."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self.starts = edge_chars(pattern, first=True)

    def finditer(self, text: str) -> Iterator["re.Match[str]"]:
        if self.starts is not None and self.starts.isdisjoint(text):
            return iter(())
        return self.regex.finditer(text)

    def __reduce__(self):
        return (InfixFinder, (self.pattern,))


class SuffixFinder:
    """``re.compile(pattern).search`` for a pattern whose alternatives all end with ``$``, that
    returns None at once for a word whose last character no match can end with, or that holds
    none of the characters the alternatives ending with it need (:func:`suffix_needs`)."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.regex = re.compile(pattern)
        # (kept between runs: reading spaCy's suffix expression takes ~0.15 s)
        self.needs = cache.remembered("suffix_needs", pattern.encode(), lambda: suffix_needs(pattern))
        self.reach = cache.remembered("suffix_reach", pattern.encode(), lambda: suffix_reach(pattern)) or {}

    def search(self, text: str) -> Optional["re.Match[str]"]:
        # ("$" also matches before a final line break: such a word always runs the expression)
        if self.needs is not None and text and text[-1] != "\n":
            need = self.needs.get(text[-1])
            if need is None or need.isdisjoint(text):
                return None
            reach = self.reach.get(text[-1])
            if reach is not None and reach < len(text):  # no match starts further back
                return self.regex.search(text, len(text) - reach)
        return self.regex.search(text)

    def __reduce__(self):
        return (SuffixFinder, (self.pattern,))


class PrefixFinder:
    """``re.compile(pattern).search`` for a pattern whose alternatives all start with ``^``,
    that returns None at once for a word whose first character no match can start with."""

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.regex = re.compile(pattern)
        self.starts = edge_chars(pattern, first=True) if begin_anchored(pattern) else None

    def search(self, text: str) -> Optional["re.Match[str]"]:
        if self.starts is not None and text and text[0] not in self.starts:
            return None
        return self.regex.search(text)

    def __reduce__(self):
        return (PrefixFinder, (self.pattern,))
