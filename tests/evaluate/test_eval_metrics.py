"""P/R/F1, attribute accuracy and per-article outcomes on small hand-written articles."""
import pytest

from newsfacts.evaluate.gold import parse_prediction
from newsfacts.evaluate.metrics import evaluate, evaluate_article, prf
from newsfacts.records import Article, ErrorRecord, GoldArticle

GOLD = {
    "id": "a1", "text": "date 2025-05-30 KUALA LUMPUR: ...", "published": "2025-05-30",
    "dateline": {"name": "Kuala Lumpur", "country": "MY"},
    "officials": [
        {"name": "Shamsul Anuar Nasarah", "title": "Deputy Home Minister", "honorifics": ["Datuk Seri", "Dr"], "country": "MY"},
        {"name": "S.V. Lavrov", "title": "Minister of Foreign Affairs", "honorifics": [], "country": "RU"},
    ],
    "instruments": [{"name": "Plan of Action to Combat Transnational Crime", "kind": "plan", "start": "2026", "end": "2035"}],
    "dates": [{"text": "June 23 to 27, 2025", "start": "2025-06-23", "end": "2025-06-27"},
              {"text": "2026-2035", "start": "2026", "end": "2035"}],
    "venues": [{"name": "Moscow, Russia", "city": "Moscow", "country": "RU"}],
    "events": [{"name": "25th ASEAN SOMTC", "acronym": "SOMTC", "ordinal": 25, "start": "2025-06-23",
                "end": "2025-06-27", "venue": {"name": "Putrajaya", "city": "Putrajaya", "country": "MY"}}],
}
N_GOLD = {"officials": 2, "instruments": 1, "dates": 2, "venues": 1, "events": 1}


def gold():
    return GoldArticle.model_validate(GOLD)


def pred(**changes):
    record = {k: v for k, v in GOLD.items() if k != "text"}
    record.update(changes)
    return Article.model_validate(record)


def counts(result):
    return {t: (r.counts.tp, r.counts.fp, r.counts.fn) for t, r in result.types.items()}


@pytest.mark.parametrize("prediction, expected", [
    # perfect match
    (pred(), {t: (n, 0, 0) for t, n in N_GOLD.items()}),
    # one miss
    (pred(officials=GOLD["officials"][:1]), {**{t: (n, 0, 0) for t, n in N_GOLD.items()}, "officials": (1, 0, 1)}),
    # one invention
    (pred(dates=GOLD["dates"] + [{"text": "today", "start": "2025-05-30", "end": "2025-05-30"}]),
     {**{t: (n, 0, 0) for t, n in N_GOLD.items()}, "dates": (2, 1, 0)}),
    # name variants still match
    (pred(officials=[{"name": "Datuk Seri Dr Shamsul Anuar Nasarah"}, {"name": "S. V. Lavrov"}],
          venues=[{"name": "Moscow", "city": "Moscow", "country": "RU"}],
          events=[{"name": "ASEAN Senior Officials Meeting on Transnational Crime", "acronym": "SOMTC", "ordinal": 25}]),
     {t: (n, 0, 0) for t, n in N_GOLD.items()}),
    # a date of the same value but other text matches; a second one of that value is invented
    (pred(dates=[{"text": "23-27 June", "start": "2025-06-23", "end": "2025-06-27"},
                 {"text": "June 23-27", "start": "2025-06-23", "end": "2025-06-27"},
                 {"text": "2026 to 2035", "start": "2026", "end": "2035"}]),
     {**{t: (n, 0, 0) for t, n in N_GOLD.items()}, "dates": (2, 1, 0)}),
    # an error record: every gold fact is a miss
    (ErrorRecord(id="a1", error="processing failed"), {t: (0, 0, n) for t, n in N_GOLD.items()}),
    # no prediction at all for the id: the same
    (None, {t: (0, 0, n) for t, n in N_GOLD.items()}),
])
def test_article_counts(prediction, expected):
    assert counts(evaluate_article(gold(), prediction)) == expected


def test_error_record_fails_dateline_and_reports_error():
    result = evaluate_article(gold(), ErrorRecord(id="a1", error="boom"))
    assert result.error == "boom" and not result.dateline_ok
    assert result.to_json()["missed"]["officials"] == ["Shamsul Anuar Nasarah", "S.V. Lavrov"]


def test_attributes_on_matched_pairs_only():
    result = evaluate_article(gold(), pred(
        officials=[{"name": "Shamsul Anuar Nasarah", "title": "Home Minister", "honorifics": ["Datuk Seri", "Dr"], "country": "MY"}],
        instruments=[{"name": "Plan of Action to Combat Transnational Crime", "kind": "plan", "start": "2026", "end": None}],
        events=[{"name": "25th ASEAN SOMTC", "acronym": "SOMTC", "ordinal": 25, "start": "2025-06-23",
                 "end": "2025-06-27", "venue": {"name": "Putrajaya", "city": "Putrajaya", "country": "MY"}}],
        venues=[{"name": "Moscow", "city": None, "country": "RU"}],
        dateline={"name": "KUALA LUMPUR", "country": "MY"},
    ))
    acc = {k: (a.correct, a.total) for k, a in result.attributes.items()}
    assert acc["officials.title"] == (0, 1)  # Lavrov is missed: not counted
    assert acc["officials.honorifics"] == (1, 1) and acc["officials.country"] == (1, 1)
    assert acc["instruments.kind"] == (1, 1) and acc["instruments.period"] == (0, 1)
    assert acc["venues.city"] == (0, 1) and acc["venues.country"] == (1, 1)
    assert acc["events.dates"] == (1, 1) and acc["events.venue"] == (1, 1)
    assert result.dateline_ok  # case does not matter
    assert any(e.startswith("officials.title Shamsul Anuar Nasarah") for e in result.attribute_errors)


@pytest.mark.parametrize("tp, fp, fn, p, r, f", [
    (3, 1, 1, 0.75, 0.75, 0.75),
    (1, 0, 3, 1.0, 0.25, 0.4),
    (0, 0, 4, 0.0, 0.0, 0.0),  # nothing predicted
    (0, 2, 0, 0.0, 0.0, 0.0),  # nothing to find, something invented
    (0, 0, 0, 1.0, 1.0, 1.0),  # nothing to find, nothing invented
])
def test_prf(tp, fp, fn, p, r, f):
    assert prf(tp, fp, fn) == pytest.approx({"precision": p, "recall": r, "f1": f})


def test_micro_and_macro():
    other = dict(GOLD, id="a2", instruments=[], venues=[], events=[])
    golds = [gold(), GoldArticle.model_validate(other)]
    preds = {"a1": pred(), "a2": ErrorRecord(id="a2", error="x"), "zz": pred(id="zz")}
    ev = evaluate(golds, preds)
    scores = ev.type_scores()
    assert (scores["officials"]["tp"], scores["officials"]["fn"]) == (2, 2)
    assert scores["officials"]["f1"] == pytest.approx(2 / 3)
    assert scores["events"]["f1"] == 1.0
    assert ev.micro()["tp"] == 7 and ev.micro()["fn"] == 4
    assert ev.macro_f1() == pytest.approx((2 / 3 + 1 + 2 / 3 + 1 + 1) / 5)
    assert ev.errors == 1 and ev.unmatched_predictions == ["zz"]
    assert ev.dateline().correct == 1 and ev.dateline().total == 2
    figures = ev.to_json()
    assert set(figures) >= {"types", "micro", "macro_f1", "attributes", "dateline", "per_article"}


def test_parse_prediction_lines():
    assert isinstance(parse_prediction({"id": "x", "error": "empty text"}), ErrorRecord)
    assert isinstance(parse_prediction({"id": "x", "officials": "nonsense"}), ErrorRecord)
    assert isinstance(parse_prediction({"id": "x"}), Article)
