"""What every newsfacts recognition component shares: its rules, loaded from ``patterns/``,
and symmetric ``to_disk``/``from_disk`` (like spaCy's ``SpanRuler``)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import SimpleFrozenList

from .lexicon import PatternSet, resolve


class RuleComponent:
    """Base of the components: ``self.patterns`` holds the rules of ``pattern_files``."""

    phrase_attr = "ORTH"

    def __init__(
        self, nlp: Language, name: str, *, patterns_dir: Optional[str] = None,
        pattern_files: Sequence[str] = (),
    ):
        self.nlp = nlp
        self.name = name
        self.patterns = PatternSet(nlp, phrase_attr=self.phrase_attr)
        for file in pattern_files:
            self.patterns.add_file(resolve(file, patterns_dir))

    def __call__(self, doc: Doc) -> Doc:  # pragma: no cover - every component overrides
        raise NotImplementedError

    def to_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        self.patterns.to_disk(path / "patterns.jsonl")

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        self.patterns.from_disk(Path(path) / "patterns.jsonl")
        return self
