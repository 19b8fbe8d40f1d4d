"""Placeholder."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import settings
from .base import RuleComponent


class EventRecognizer(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[settings.SPANS_EVENTS] = []
        return doc


@Language.factory("newsfacts_events", default_config={"patterns_dir": None})
def make_events(nlp: Language, name: str, patterns_dir):
    return EventRecognizer(nlp, name, patterns_dir=patterns_dir)
