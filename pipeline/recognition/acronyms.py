"""Placeholder."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class AcronymRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_ACRONYMS] = []
        return doc


@Language.factory("newsfacts_acronyms", default_config={"patterns_dir": None})
def make_acronyms(nlp: Language, name: str, patterns_dir):
    return AcronymRecognizer(nlp, name, patterns_dir=patterns_dir)
