"""Shared fixtures: one pipeline per test session (building it compiles every pattern)."""
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED_TEXT = SHARED / "seed" / "malaysia-somtc-2025-05-30.txt"
SEED_GOLD = SHARED / "seed" / "seed_gold.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from newsfacts.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def extract_text(nlp):
    from newsfacts import extract

    def run(text, published="2025-06-02"):
        return extract(text, id="t", published=published, nlp=nlp)

    return run
