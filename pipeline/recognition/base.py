"""What every newsfacts rule component shares, done the way spaCy's ``SpanRuler`` does it.

A component's state is its rule files (``self.rules``: relative file name -> validated entries).
They come from one of two places:

- ``initialize()`` (``nlp.initialize()``, or the first document when nobody called it) reads
  them from ``patterns_dir`` (the config setting; default: the packaged ``newsfacts.patterns``);
- ``from_disk(path)`` reads them from a saved pipeline, where ``to_disk`` wrote every file
  the component reads, in the layout of ``patterns/`` (a saved component folder is itself a
  patterns folder).

Either way :meth:`RuleComponent.compile` is the one step that derives everything else (the
matchers, word sets, tables), so rules loaded from disk behave exactly as rules read from
``patterns_dir``. Constructing a component reads nothing: ``spacy.load`` of a saved pipeline
does not need the ``patterns_dir`` it was built with. Components with ``cached_state`` (the
gazetteer's) may take their compiled state from :mod:`.cache` at ``initialize()``; their rules
are then read when something asks for them (``to_disk``).
"""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList

from .. import settings
from . import cache
from .lexicon import PatternEntry, PatternSet, read_pattern_file
from .tokenizer import customize_tokenizer


@contextmanager
def uncached_tokenizer(nlp: Language):
    """Tokenise pattern phrases without caching them. spaCy's Tokenizer caches at most
    ``max_cache_size`` (10,000) chunks and then stops caching: phrases tokenised while rules
    compile would take the places of the words of the articles, which would then go through
    the affix regexes every time (~20% of the run time)."""
    tokenizer = nlp.tokenizer
    size = getattr(tokenizer, "max_cache_size", None)
    if size is None:
        yield
        return
    tokenizer.max_cache_size = 0
    try:
        yield
    finally:
        tokenizer.max_cache_size = size


def cached_pattern_file(path: Path) -> List[PatternEntry]:
    """:func:`read_pattern_file`, once per process for an unchanged file (the dateline and the
    places components read the same 11,000 gazetteer entries; entries are never modified)."""
    try:
        stat = path.stat()
    except OSError:
        return read_pattern_file(path)  # its own error message
    return list(_read_pattern_file(str(path), stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=64)
def _read_pattern_file(path: str, mtime_ns: int, size: int) -> Tuple[PatternEntry, ...]:
    return tuple(read_pattern_file(path))


class RuleComponent:
    """Base of the rule components: ``self.patterns`` matches the rules of ``pattern_files``;
    ``data_files`` are further rule files a component reads (cue words ...), saved and loaded
    with the others. Subclasses implement :meth:`annotate` and extend :meth:`compile`."""

    #: rule files matched by ``self.patterns``, relative to the patterns folder
    pattern_files: Sequence[str] = ()
    #: rule files read for word sets, not matched
    data_files: Sequence[str] = ()
    #: attributes :meth:`compile` derives that may be kept between runs (plain data, see
    #: :mod:`.cache`); with them, ``initialize()`` reads the rules themselves only when needed
    cached_state: Sequence[str] = ()
    phrase_attr = "ORTH"
    #: labels of the rule files' word lists that are read, never matched (:class:`PatternSet`)
    data_labels: Sequence[str] = ()

    def __init__(self, nlp: Language, name: str, *, patterns_dir: Optional[str] = None):
        self.nlp = nlp
        self.name = name
        self.patterns_dir = patterns_dir
        self._rules: Optional[Dict[str, List[PatternEntry]]] = None
        #: (folder, digest) of rules compiled from the cache, read from there when needed
        self._rules_from: Optional[Tuple[Path, str]] = None
        self._ready = False
        self.patterns = PatternSet(nlp, phrase_attr=self.phrase_attr, data_labels=self.data_labels)
        # the rules are written for the newsfacts tokenizer ("2026–2035" split at the dash);
        # a component added to any pipeline brings it (idempotent, added to the current rules)
        customize_tokenizer(nlp)

    # -- the rules ------------------------------------------------------------------------
    @property
    def rules(self) -> Optional[Dict[str, List[PatternEntry]]]:
        """Relative file name -> its entries; None until initialize() or from_disk()."""
        if self._rules is None and self._rules_from is not None:
            folder, digest = self._rules_from
            if self._cache_key(folder) != digest:
                raise RuntimeError(f"{self.name}: the rule files in {folder} changed since they were compiled")
            self._rules = self.read_rules(folder)
        return self._rules

    def _cache_key(self, folder: Path) -> Optional[str]:
        names = self.rule_files(folder)
        try:
            return cache.key(type(self).__qualname__, self.nlp, [folder / n for n in names], names)
        except OSError:
            return None  # a missing file: read_rules names it

    def rule_files(self, folder: Path) -> List[str]:
        """The files this component reads from a patterns folder (relative names)."""
        return list(self.pattern_files) + list(self.data_files)

    def read_rules(self, folder: Union[str, Path]) -> Dict[str, List[PatternEntry]]:
        folder = Path(folder)
        return {name: cached_pattern_file(folder / name) for name in self.rule_files(folder)}

    def compile(self) -> None:
        """Derive everything the component matches with from ``self.rules``: the one compile
        step after :meth:`initialize` and :meth:`from_disk`. Subclasses extend it."""
        self.patterns = PatternSet(self.nlp, phrase_attr=self.phrase_attr, data_labels=self.data_labels)
        for name in self.rules or {}:
            if name not in self.data_files:
                self.patterns.add(self.rules[name])

    def _load(self, rules: Dict[str, List[PatternEntry]]) -> None:
        self._rules, self._rules_from = rules, None
        with uncached_tokenizer(self.nlp):
            self.compile()
        self._ready = True

    def _load_folder(self, folder: Path) -> None:
        """The rules of a patterns folder, compiled, or their compiled state from the cache."""
        digest = self._cache_key(folder) if self.cached_state else None
        state = cache.load(digest) if digest else None
        if isinstance(state, dict) and set(state) == set(self.cached_state):
            self.__dict__.update(state)
            self._rules, self._rules_from, self._ready = None, (folder, digest), True
            return
        self._load(self.read_rules(folder))
        if digest:
            cache.save(digest, {name: getattr(self, name) for name in self.cached_state})

    def initialize(
        self, get_examples: Optional[Callable[[], Iterable]] = None, *,
        nlp: Optional[Language] = None, patterns_dir: Optional[str] = None,
    ) -> None:
        """Read the rules from ``patterns_dir`` (this argument, else the component's setting,
        else the packaged rules) and compile them. Called by ``nlp.initialize()``, whose
        ``[initialize.components.NAME]`` section may give ``patterns_dir``."""
        if patterns_dir is not None:
            self.patterns_dir = patterns_dir
        self._load_folder(Path(self.patterns_dir or settings.PATTERNS_DIR))

    def __call__(self, doc: Doc) -> Doc:
        if not self._ready:  # added without nlp.initialize(): the configured rules
            self.initialize()
        return self.annotate(doc)

    def annotate(self, doc: Doc) -> Doc:  # pragma: no cover - every component overrides
        raise NotImplementedError

    # -- serialisation (as SpanRuler: the rules are the state) -----------------------------
    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        if not self._ready:
            self.initialize()
        path = Path(path)
        for name, entries in self.rules.items():
            PatternSet.write_entries(path / name, entries)

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        self._load(self.read_rules(path))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = SimpleFrozenList()) -> bytes:
        if not self._ready:
            self.initialize()
        return srsly.msgpack_dumps({name: [e.model_dump() for e in entries] for name, entries in self.rules.items()})

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = SimpleFrozenList()):
        rules = srsly.msgpack_loads(data)
        self._load({name: [PatternEntry.model_validate(e) for e in entries] for name, entries in rules.items()})
        return self
