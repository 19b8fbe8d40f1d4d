"""Hard-wrapped text: wire copy and old releases broken into lines of fixed width.

In such text a line break falls anywhere, inside a sentence, a title or a name ("President
T M\\nMbeki"); the sentence splitter takes every line break for a sentence end, and a name
or an office split over two lines is lost. :func:`unwrap_lines` gives the text with those
breaks as spaces: the same length, so every offset into it is an offset into the text.
Single wrapped lines in other text are joined after tokenising, by local evidence
(:func:`newsfacts.recognition.layout.join_wrapped_lines`).
"""
from __future__ import annotations

import re
from typing import List, Tuple

#: At least this many breaks inside a sentence (a lowercase word or comma, a break, a
#: lowercase word) make a text hard-wrapped, and this share of its single line breaks.
MIN_MID_SENTENCE_BREAKS = 3
MIN_MID_SENTENCE_SHARE = 0.2
#: The lines of a hard-wrapped text: at least this many, of a width between these.
MIN_LINES = 6
WIDTH_RANGE = (40, 110)
#: A line this share of the width or longer was cut by the wrap, not ended by its writer.
FULL_LINE = 0.6
#: A line that opens a list item or a numbered paragraph starts a new sentence.
_ITEM_START = re.compile(r"\s*(?:[\u00b7\u2022*\-\u2013]\s|\d+[.)]\s|\([a-z0-9]\)\s)")
_MID_SENTENCE = re.compile(r"[a-z,]\Z")


def _lines(text: str) -> List[Tuple[int, str]]:
    """(offset, line) of every line of ``text``."""
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def _width(lines: List[Tuple[int, str]]) -> int:
    lengths = sorted(len(line.rstrip()) for _, line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def is_hard_wrapped(text: str) -> bool:
    """Whether ``text`` reads as broken into lines of a fixed width, sentences running on
    across line breaks."""
    lines = _lines(text)
    filled = [line for _, line in lines if line.strip()]
    width = _width(lines)
    if len(filled) < MIN_LINES or not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
        return False
    single = [(a, b) for (_, a), (_, b) in zip(lines, lines[1:]) if a.strip() and b.strip()]
    mid = sum(1 for a, b in single if _MID_SENTENCE.search(a.rstrip()) and b.lstrip()[:1].islower())
    return mid >= MIN_MID_SENTENCE_BREAKS and mid >= MIN_MID_SENTENCE_SHARE * len(single)


def wrap_breaks(text: str) -> List[int]:
    """The offsets of the line breaks a hard wrap put inside sentences (none in other text).
    A break stays a break after a short line (a heading, the end of a paragraph) and before
    a list item."""
    if "\n" not in text or not is_hard_wrapped(text):
        return []
    lines = _lines(text)
    width = _width(lines)
    return [start + len(line) for (start, line), (_, following) in zip(lines, lines[1:])
            if line.strip() and following.strip() and len(line.rstrip()) >= FULL_LINE * width
            and not _ITEM_START.match(following)]


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of a hard wrap (:func:`wrap_breaks`) as spaces (same
    length); other text as it is."""
    breaks = wrap_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)
