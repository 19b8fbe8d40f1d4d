"""Placeholder."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class VenueRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_VENUES] = []
        return doc


@Language.factory("newsfacts_venues", default_config={"patterns_dir": None})
def make_venues(nlp: Language, name: str, patterns_dir):
    return VenueRecognizer(nlp, name, patterns_dir=patterns_dir)
