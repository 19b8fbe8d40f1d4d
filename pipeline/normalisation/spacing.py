"""Spacing as the rules read it: a run of spaces between two words is one space.

Scraped press often has two spaces between words ("Ana Popa,  Minister of Foreign Affairs"),
a tab, or a no-break space. spaCy's tokenizer gives a token its one trailing space and makes
the rest a whitespace token of its own, which every rule looking at the next or previous word
then meets instead of the word (an apposition, "3  May 2025", "held  in Accra" are lost).
Rather than teach each rule to step over whitespace tokens, the pipeline tokenises the text
with each such run written as one space (:func:`even_spacing`) and maps the offsets of the
record's mentions back to the text (:func:`remap_record`): mentions quote the user's text,
exactly as written.

Only runs *inside a line* are touched: a line break, and the spaces around it, are the
layout's (a sentence end, a paragraph), read as they are. A text without such a run is
tokenised as it is (the same object, no map). The exception is a line break a hard wrap put
inside a sentence (:mod:`newsfacts.normalisation.wrapping`): the margin around it ("of the\n
    Foreign Minister") is no layout of the writer's, and the break with its spaces reads as
one character, a space for the tokenizer.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import List, Optional, Sequence, Tuple

#: Inside a line, between two non-space characters: a run of two or more whitespace
#: characters, or one that is not a plain space (a tab, a no-break or thin space).
_UNEVEN = re.compile(r"(?<=\S)(?:[^\S\n]{2,}|[^\S\n ])(?=\S)")
#: The whitespace characters other than a space and a line break: a text with none of them
#: and no two spaces in a row has no such run (a few substring tests, faster than the search).
_ODD_SPACES = tuple("\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


class SpacingMap:
    """Offsets into the evened text -> offsets into the original. ``ends``: where each
    shortened run ends in the evened text; ``removed``: characters removed up to that run."""

    __slots__ = ("ends", "removed")

    def __init__(self, ends: List[int], removed: List[int]):
        self.ends, self.removed = ends, removed

    def char(self, at: int) -> int:
        """The original offset of the evened text's character ``at``."""
        k = bisect_right(self.ends, at)
        return at + (self.removed[k - 1] if k else 0)

    def span(self, start: int, end: int) -> Tuple[int, int]:
        """The original (start, end) of the evened text's ``[start, end)`` (``end`` exclusive)."""
        return self.char(start), (self.char(end - 1) + 1 if end > start else self.char(start))


def _runs(text: str, breaks: Sequence[int], joined: str) -> List[Tuple[int, int, str]]:
    """(start, end, written as) of every run :func:`even_spacing` shortens, in order."""
    runs = [(m.start(), m.end(), " ") for m in _UNEVEN.finditer(text)]
    for at in breaks:  # the line break and the spaces either side of it (none a line break)
        start, end = at, at + 1
        while start and text[start - 1] != "\n" and text[start - 1].isspace():
            start -= 1
        while end < len(text) and text[end] != "\n" and text[end].isspace():
            end += 1
        runs.append((start, end, joined))
    return sorted(runs)


def even_spacing(text: str, breaks: Sequence[int] = (), joined: str = "\n") -> Tuple[str, Optional[SpacingMap]]:
    """``text`` with each run of spacing inside a line (see :data:`_UNEVEN`) as one space, and
    the map of offsets back (None when there is no such run; a lone tab or no-break space
    becomes a space in place, and its mentions are still quoted from ``text``). ``breaks``:
    offsets of line breaks a hard wrap put inside a sentence; each, with the spaces around
    it, is written as ``joined`` (the break itself, or a space for the tokenizer)."""
    if not breaks and (not ("  " in text or any(c in text for c in _ODD_SPACES)) or _UNEVEN.search(text) is None):
        return text, None
    parts: List[str] = []
    ends: List[int] = []
    removed: List[int] = []
    pos = gone = 0
    for a, b, written in _runs(text, breaks, joined):
        parts.append(text[pos:a])
        parts.append(written)
        if b - a > 1:
            ends.append(a + 1 - gone)
            gone += b - a - 1
            removed.append(gone)
        pos = b
    parts.append(text[pos:])
    return "".join(parts), (SpacingMap(ends, removed) if ends else None)


def _remapped(mentions, raw: str, spacing: SpacingMap) -> list:
    out = []
    for m in mentions:
        start, end = spacing.span(m.start, m.end)
        out.append(m.model_copy(update={"start": start, "end": end, "text": raw[start:end]}))
    return out


def remap_record(record, raw: str, spacing: Optional[SpacingMap]):
    """``record`` (an Article of the evened text) with every mention's offsets into ``raw``
    and its text quoted from it; a date written as its mention is quoted from ``raw`` too."""
    if spacing is None or not hasattr(record, "events"):
        return record
    update = {}
    for fact_type in ("officials", "instruments", "dates", "venues", "events"):
        facts = []
        for fact in getattr(record, fact_type):
            mentions = _remapped(fact.mentions, raw, spacing)
            changes = {"mentions": mentions}
            if fact_type == "dates":
                quoted = next((new.text for old, new in zip(fact.mentions, mentions) if old.text == fact.text), None)
                changes["text"] = quoted or fact.text
            facts.append(fact.model_copy(update=changes))
        update[fact_type] = facts
    return record.model_copy(update=update)

