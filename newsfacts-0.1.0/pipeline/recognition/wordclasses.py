"""Closed word classes read from rule files: the language knowledge the rules consult.

A word-class file is a pattern file (``patterns/*.jsonl``, see ``patterns/README.md``) whose
every line holds one word of one class::

    {"id": "event.word.hold_verb.held", "label": "HOLD_VERB", "pattern": "held"}

``label`` names the class, ``pattern`` is the word as the code compares it (lowercase for
classes compared with ``token.lower_``, as written for those compared with ``token.text``).
Files are validated on load like every pattern file; a class the code needs and the file
lacks is an error naming the file.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, Optional, Union

from .lexicon import PatternEntry, PatternFileError, read_pattern_file, resolve


def load_word_classes(
    file: Union[str, Path], patterns_dir: Optional[Union[str, Path]] = None, *, required: Iterable[str] = (),
) -> Dict[str, FrozenSet[str]]:
    """The word classes of one file: label -> its words."""
    return dict(_load(str(resolve(file, patterns_dir)), tuple(sorted(required))))


@lru_cache(maxsize=32)
def _load(path: str, required: tuple) -> Dict[str, FrozenSet[str]]:
    return word_classes_of(read_pattern_file(path), path, required=required)


def word_classes_of(
    entries: Iterable[PatternEntry], source: str = "", *, required: Iterable[str] = (), phrases: Iterable[str] = (),
) -> Dict[str, FrozenSet[str]]:
    """The word classes of already read entries (a component's ``self.rules[file]``); the
    classes named in ``phrases`` may hold several words an entry ("African Union")."""
    classes: Dict[str, set] = {}
    phrases = frozenset(phrases)
    for entry in entries:
        if not isinstance(entry.pattern, str) or (" " in entry.pattern.strip() and entry.label not in phrases):
            raise PatternFileError(f"{entry._source}: a word-class entry holds one word as its pattern")
        classes.setdefault(entry.label, set()).add(entry.pattern)
    missing = [label for label in required if label not in classes]
    if missing:
        raise PatternFileError(f"{source}: no words for the class(es) {', '.join(missing)}")
    return {label: frozenset(words) for label, words in classes.items()}


class WordClasses(dict):
    """The word classes of a component's already read word-class file (label -> words), as
    :func:`word_classes_of` makes them; asking for a class the file lacks is an error naming
    the file. A component reads the classes it needs in its one compile step."""

    def __init__(self, entries: Iterable[PatternEntry], source: str, *, phrases: Iterable[str] = ()):
        super().__init__(word_classes_of(entries, source, phrases=phrases))
        self.source = source

    def __missing__(self, label: str) -> FrozenSet[str]:
        raise PatternFileError(f"{self.source}: no words for the class(es) {label}")
