"""Placeholder."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class DatelineRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_DATELINE] = []
        return doc


@Language.factory("newsfacts_dateline", default_config={"patterns_dir": None})
def make_dateline(nlp: Language, name: str, patterns_dir):
    return DatelineRecognizer(nlp, name, patterns_dir=patterns_dir)
