"""Placeholder."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class OfficialRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_OFFICIALS] = []
        return doc


@Language.factory("newsfacts_officials", default_config={"patterns_dir": None})
def make_officials(nlp: Language, name: str, patterns_dir):
    return OfficialRecognizer(nlp, name, patterns_dir=patterns_dir)
