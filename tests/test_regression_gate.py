"""The regression gate: the extractor on corpus/ must not fall below corpus/baseline.json.

A fact type fails when its F1 drops by more than the baseline's tolerance (0.005), and so does
an attribute (an event's venue or dates, an official's title ...) when its accuracy on matched
facts drops so; the failure names the type or attribute and lists, per article, the gold facts
that are now missed, the facts that are now invented and the attributes that are now wrong. When a drop is intended (new, harder gold), refresh the
baseline on purpose: ``newsfacts evaluate corpus/ --update-baseline``.
"""
from pathlib import Path

import pytest

from newsfacts.evaluate.baseline import BASELINE_NAME, compare, format_regressions, read_baseline
from newsfacts.evaluate.gold import load_gold
from newsfacts.evaluate.metrics import evaluate
from newsfacts.evaluate.predict import predict

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
BASELINE = CORPUS / BASELINE_NAME


def test_no_fact_type_falls_below_the_baseline():
    gold = load_gold(CORPUS) if CORPUS.is_dir() else []
    if not gold:
        pytest.skip("corpus/ holds no gold articles (<id>.txt + <id>.json) yet")
    assert BASELINE.is_file(), (
        "corpus/baseline.json is missing: create it with `newsfacts evaluate corpus/ --update-baseline`")
    evaluation = evaluate(gold, predict(gold))
    baseline = read_baseline(BASELINE)
    regressions = compare(evaluation, baseline)
    assert not regressions, (
        "F1 or attribute accuracy fell below corpus/baseline.json:\n" + format_regressions(regressions, evaluation, baseline))
