"""``longest_spans`` keeps what spaCy's ``filter_spans`` keeps, in text order."""
from __future__ import annotations

import random

import pytest
from spacy.tokens import Span
from spacy.util import filter_spans

from newsfacts.recognition.lexicon import longest_spans


@pytest.mark.parametrize("seed", range(12))
def test_longest_spans_are_filter_spans_sorted(nlp, seed):
    doc = nlp.make_doc(" ".join(f"w{i}" for i in range(40)))
    rng = random.Random(seed)
    spans = []
    for _ in range(rng.randint(0, 30)):
        start = rng.randrange(40)
        end = min(40, start + rng.randint(1, 6))
        # labels and ids tell apart spans on the same tokens, whose order then decides
        spans.append(Span(doc, start, end, label=rng.choice(["A", "B"]), span_id=rng.choice(["x", "y"])))
    got = longest_spans(spans)
    expected = sorted(filter_spans(list(spans)))
    assert [(s.start, s.end, s.label_, s.id_) for s in got] == [(s.start, s.end, s.label_, s.id_) for s in expected]
