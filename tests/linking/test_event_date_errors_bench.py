"""bench/event_date_errors.py: the wrong periods of matched events, by class (made-up sentences)."""
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("event_date_errors_bench", REPO / "bench" / "event_date_errors.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("gold, pred, expected", [
    (("2026-03-02", "2026-03-02"), ("2026-03-02", "2026-03-02"), None),
    ((None, None), (None, None), None),
    (("2026-03-02", "2026-03-03"), (None, None), "null/gold_has"),
    ((None, None), ("2009-11", "2009-11"), "spurious"),
    (("2026-03-02", "2026-03-03"), (None, "2026-03-03"), "one_end"),
    (("2026-03-02", "2026-03-03"), ("2026-03-02", None), "one_end"),
    (("2026-04-10", "2026-04-12"), ("2026-04", "2026-04"), "coarser"),
    (("2026", "2026"), ("2026-07-08", "2026-07-08"), "finer"),
    (("2026-05-20", "2026-05-21"), ("2026-05-21", "2026-05-21"), "finer"),
    (("2026-01-12", "2026-01-14"), ("2026-01-13", "2026-01-15"), "overlap"),
    (("2026-12-22", "2026-12-22"), ("2026-12-29", "2026-12-29"), "other_time"),
    (("2026-02-01", None), ("2026-02-01", "2026-02-02"), "one_end"),
])
def test_period_class(gold, pred, expected):
    assert bench.period_class(gold, pred) == expected


def test_wrong_periods_are_counted_by_class_and_source(nlp):
    from newsfacts.records import GoldArticle

    text = ("The 7th Andean Water Forum was held in Quito on 2 March 2026. "
            "Officials praised the outcome of the 4th Sahel Energy Ministers' Meeting.")
    gold = GoldArticle.model_validate({
        "id": "g", "text": text, "published": "2026-03-04",
        "events": [
            {"name": "7th Andean Water Forum", "ordinal": 7, "start": "2026-03-01", "end": "2026-03-02",
             "venue": {"name": "Quito", "city": "Quito", "country": "EC"}, "mentions": []},
            {"name": "4th Sahel Energy Ministers' Meeting", "ordinal": 4, "start": "2026-03-04", "end": "2026-03-04", "mentions": []},
        ]})
    table, matched = bench.count_errors([gold], nlp)
    assert matched == 2
    assert table["finer"]["dates.own_sentence"] == 1
    assert table["null/gold_has"]["null.dates_untold"] == 1
    lines = bench.format_table(table, matched)
    assert lines[-1] == "wrong             2  of 2 matched events (period right 0.000)"
