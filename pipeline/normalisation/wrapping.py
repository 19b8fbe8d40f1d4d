"""Hard-wrapped text: wire copy and old releases broken into lines of fixed width.

In such text a line break falls anywhere, inside a sentence, a title or a name ("President
T M\\nMbeki"); the sentence splitter takes every line break for a sentence end, and a name
or an office split over two lines is lost. :func:`unwrap_lines` gives the text with those
breaks as spaces: the same length, so every offset into it is an offset into the text.
A page that is not wrapped as a whole can hold a wrapped block (a paragraph between blank
lines, its lines cut at one width: a scraped mailing-list post under a web page's menu): its
breaks are read the same way when its lines are full to the block's width and one of its
breaks is plainly inside a sentence (:func:`_block_breaks`). Single wrapped lines in other
text are joined after tokenising, by local evidence
(:func:`newsfacts.recognition.layout.join_wrapped_lines`).
"""
from __future__ import annotations

import re
from typing import List, Tuple

from spacy.lang.en.stop_words import STOP_WORDS

#: At least this many breaks inside a sentence (a lowercase word or comma, a break, a
#: lowercase word) make a text hard-wrapped, and this share of its single line breaks.
MIN_MID_SENTENCE_BREAKS = 3
MIN_MID_SENTENCE_SHARE = 0.2
#: The lines of a hard-wrapped text: at least this many, of a width between these.
MIN_LINES = 6
WIDTH_RANGE = (40, 110)
#: A line this share of the width or longer was cut by the wrap, not ended by its writer;
#: one longer than this share of it is no line of the wrap (a headline above a wrapped story,
#: "Minister Advances Priorities in Week-long Meetings\nJAKARTA 15 July -- The Secretary ...").
FULL_LINE = 0.6
OVER_LINE = 1.1
#: A line that opens a list item or a numbered paragraph starts a new sentence.
_ITEM_START = re.compile(r"\s*(?:[\u00b7\u2022*\-\u2013]\s|\d+[.)]\s|\([a-z0-9]\)\s)")
_MID_SENTENCE = re.compile(r"[a-z,]\Z")
#: A place in capitals and its mark: "LANGKAWI, June 17", "NEW DELHI:", "JAKARTA 15 July".
_CAPITAL = "A-Z\u00c0-\u00d6\u00d8-\u00de\u1e00-\u1efe"
_DATELINE_START = re.compile(r"\s*[{0}][{0}'\u2019.-]+(?: [{0}][{0}'\u2019.-]+){{0,3}}(?:,| ?[:(\u2013\u2014]| ?--| \d)".format(_CAPITAL))
_LAST_WORD = re.compile(r"(?<![\w.'\u2019-])[a-z]+\Z")


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


def _full_breaks(lines: List[Tuple[int, str]], width: int) -> List[Tuple[int, str, str]]:
    """(offset, line, next line) of the breaks after a line full to ``width`` (cut by the wrap)
    and before a line that does not open a list item; a paragraph's heading keeps its break
    (:func:`_heading`)."""
    return [(start + len(line), line, following)
            for (start, line), (_, following), (_, before) in zip(lines, lines[1:], [(0, "")] + lines)
            if line.strip() and following.strip() and FULL_LINE * width <= len(line.rstrip()) <= OVER_LINE * width
            and not _ITEM_START.match(following) and not (not before.strip() and _heading(line, following))]


def _heading(line: str, following: str) -> bool:
    """Whether the first line of a paragraph is its heading: a dateline in capitals opens the
    next line ("Ministers to meet in Langkawi on education\nLANGKAWI, June 17 -- Ministers of
    education are set to")."""
    return bool(_DATELINE_START.match(following))


def _inside_sentence(line: str, following: str) -> bool:
    """Whether the break between ``line`` and ``following`` is plainly inside a sentence: the
    next line goes on in lowercase, or the line stops on a lowercase function word ("of",
    "the", "and": spaCy's stop words), which ends no sentence, heading or list item."""
    if following.lstrip()[:1].islower():
        return True
    last = _LAST_WORD.search(line.rstrip())
    return bool(last) and last.group(0) in STOP_WORDS


def _blocks(lines: List[Tuple[int, str]]) -> List[List[Tuple[int, str]]]:
    """The runs of two or more lines between blank lines and lines wider than any wrap (a
    paragraph on one line of its own)."""
    blocks: List[List[Tuple[int, str]]] = [[]]
    for item in lines:
        if item[1].strip() and len(item[1].rstrip()) <= WIDTH_RANGE[1]:
            blocks[-1].append(item)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if len(block) > 1]


def _block_breaks(lines: List[Tuple[int, str]]) -> List[int]:
    """The wrap's breaks of the wrapped blocks of a page not wrapped as a whole: a block whose
    lines are of a wrap's width (its widest, or in a longer block the width most lines stay
    within, as of a whole text), with a break after a full line plainly inside a sentence
    (:func:`_inside_sentence`); the block's breaks after full lines are its wrap's."""
    found: List[int] = []
    for block in _blocks(lines):
        width = max(len(line.rstrip()) for _, line in block) if len(block) <= 3 else _width(block)
        if not WIDTH_RANGE[0] <= width <= WIDTH_RANGE[1]:
            continue
        breaks = _full_breaks(block, width)
        if any(_inside_sentence(line, following) for _, line, following in breaks):
            found.extend(at for at, _, _ in breaks)
    return found


def wrap_breaks(text: str) -> List[int]:
    """The offsets of the line breaks a hard wrap put inside sentences (none in other text).
    A break stays a break after a short line (a heading, the end of a paragraph) and before
    a list item."""
    if "\n" not in text:
        return []
    lines = _lines(text)
    if not is_hard_wrapped(text):
        return _block_breaks(lines)
    return [at for at, _, _ in _full_breaks(lines, _width(lines))]


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
