"""Placeholder."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class InstrumentRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_INSTRUMENTS] = []
        return doc


@Language.factory("newsfacts_instruments", default_config={"patterns_dir": None})
def make_instruments(nlp: Language, name: str, patterns_dir):
    return InstrumentRecognizer(nlp, name, patterns_dir=patterns_dir)
