"""Shared by the packaging tests: the corpus articles and the records a pipeline gives them."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def corpus_items():
    from newsfacts.io.readers import read_inputs

    items = list(read_inputs([str(CORPUS)]))
    assert len(items) > 50
    return items


def records(nlp, items) -> List[Dict]:
    """The records of ``items`` through ``nlp`` by the Python API, as JSON objects."""
    from newsfacts import extract_items

    return [json.loads(r.model_dump_json()) for r in extract_items(items, nlp)]


@pytest.fixture(scope="session")
def reference_records(nlp, corpus_items):
    """What ``build_nlp()`` gives on corpus/."""
    return records(nlp, corpus_items)
