"""The word classes linking consults (``patterns/linking_words.jsonl``)."""
from __future__ import annotations

from ..recognition.wordclasses import load_word_classes

#: LIST_JOINER: what stands between events listed together; HEAD_NOUN: head nouns by which a
#: later sentence refers back to an event; END_WORD: words before the day an event ends.
LINK_WORDS = load_word_classes("linking_words.jsonl", required=("LIST_JOINER", "HEAD_NOUN", "END_WORD", "DEFINITE"))
