"""Date recognition (placeholder until the date rules land)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class DateRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_DATES] = []
        return doc


@Language.factory("newsfacts_dates", default_config={"patterns_dir": None})
def make_date_recognizer(nlp: Language, name: str, patterns_dir):
    return DateRecognizer(nlp, name, patterns_dir=patterns_dir)
