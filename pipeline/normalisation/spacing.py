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
tokenised as it is (the same object, no map).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import List, Optional, Tuple

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


def even_spacing(text: str) -> Tuple[str, Optional[SpacingMap]]:
    """``text`` with each run of spacing inside a line (see :data:`_UNEVEN`) as one space, and
    the map of offsets back (None when there is no such run; a lone tab or no-break space
    becomes a space in place, and its mentions are still quoted from ``text``)."""
    if not ("  " in text or any(c in text for c in _ODD_SPACES)) or _UNEVEN.search(text) is None:
        return text, None
    parts: List[str] = []
    ends: List[int] = []
    removed: List[int] = []
    pos = gone = 0
    for match in _UNEVEN.finditer(text):
        a, b = match.span()
        parts.append(text[pos:a])
        parts.append(" ")
        if b - a > 1:
            gone += b - a - 1
            ends.append(a + 1 - (gone - (b - a - 1)))
            removed.append(gone)
        pos = b
    parts.append(text[pos:])
    return "".join(parts), SpacingMap(ends, removed)


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


#: Spacing around a line break a hard wrap joined (now a space): the wrapped line's trailing
#: spaces and the next line's indentation ("Foreign Minister Grigol\n    Vashadze").
_JOINED_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


def even_joined_breaks(raw: str, unwrapped: str, spacing: Optional[SpacingMap]
                       ) -> Tuple[str, str, Optional[SpacingMap]]:
    """A hard-wrapped text whose lines are indented: once the wrap's breaks read as spaces
    (``unwrapped``, the same length as ``raw``), each break and the indentation after it is a
    run of spaces inside the words it joins; written as one space, as :func:`even_spacing`
    does inside a line. Returns the text to tokenise, ``raw`` with the same runs cut (the
    break kept as the run's one character: the layout's lines stay), and the map of offsets
    back to the text as written (through ``spacing``, the first evening's map)."""
    runs = [m.span() for m in _JOINED_RUN.finditer(unwrapped) if "\n" in raw[m.start():m.end()]]
    if not runs:
        return unwrapped, raw, spacing
    tokenised, kept, ends, removed = [], [], [], []
    pos = gone = 0
    for a, b in runs:
        tokenised.append(unwrapped[pos:a] + " ")
        kept.append(raw[pos:a] + "\n")
        gone += b - a - 1
        ends.append(a + 1 - (gone - (b - a - 1)))
        removed.append(gone)
        pos = b
    tokenised.append(unwrapped[pos:])
    kept.append(raw[pos:])
    joined = SpacingMap(ends, removed)
    text = "".join(tokenised)
    # the two maps as one: offsets into ``text`` -> offsets into the text as written
    composed_ends, composed_removed, last = [], [], 0
    for at in range(len(text) + 1):
        shift = (spacing.char(joined.char(at)) if spacing is not None else joined.char(at)) - at
        if shift != last:
            composed_ends.append(at)
            composed_removed.append(shift)
            last = shift
    return text, "".join(kept), SpacingMap(composed_ends, composed_removed)
