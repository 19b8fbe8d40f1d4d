"""Linking stage: events tied to their dates, venue, officials and instruments (placeholder)."""
from __future__ import annotations

from typing import List

from spacy.tokens import Doc

from ..records.models import Event


def link_events(doc: Doc) -> List[Event]:
    return []
