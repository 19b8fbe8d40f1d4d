"""Place recognition (placeholder until the gazetteer lands)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class PlaceRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_PLACES] = []
        return doc


@Language.factory("newsfacts_places", default_config={"patterns_dir": None})
def make_place_recognizer(nlp: Language, name: str, patterns_dir):
    return PlaceRecognizer(nlp, name, patterns_dir=patterns_dir)
