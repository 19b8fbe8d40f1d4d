"""The evaluation on the 20 real articles of ../shared/dev (skipped where they are absent).

FLOORS sit a little under the figures of the day they were set (officials 0.992,
instruments 0.875, dates 0.993, venues 0.941, events 0.866, macro 0.933); raise them as the
extractor improves.
"""
from pathlib import Path

import pytest

from newsfacts.evaluate.gold import load_gold
from newsfacts.evaluate.metrics import evaluate
from newsfacts.evaluate.predict import predict
from newsfacts.records.models import FACT_TYPES

DEV_GOLD = Path(__file__).resolve().parents[2] / ".." / "shared" / "dev" / "gold.jsonl"

FLOORS = {"officials": 0.95, "instruments": 0.8, "dates": 0.95, "venues": 0.9, "events": 0.83}
MACRO_FLOOR = 0.9


@pytest.fixture(scope="module")
def evaluation():
    if not DEV_GOLD.is_file():
        pytest.skip(f"no dev gold at {DEV_GOLD}")
    gold = load_gold(DEV_GOLD)
    return evaluate(gold, predict(gold))


def test_every_type_has_a_figure(evaluation):
    assert len(evaluation.articles) == 20
    assert evaluation.errors == 0
    scores = evaluation.type_scores()
    for fact_type in FACT_TYPES:
        assert scores[fact_type]["gold"] > 0
        assert 0.0 <= scores[fact_type]["f1"] <= 1.0


@pytest.mark.parametrize("fact_type", FACT_TYPES)
def test_f1_floor(evaluation, fact_type):
    assert evaluation.type_scores()[fact_type]["f1"] >= FLOORS[fact_type]


def test_macro_floor(evaluation):
    assert evaluation.macro_f1() >= MACRO_FLOOR
