"""``newsfacts evaluate``: gold forms, --pred, --json, --update-baseline and the regression diff."""
import json

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.evaluate.baseline import compare, format_regressions, make_baseline
from newsfacts.evaluate.gold import load_gold
from newsfacts.evaluate.metrics import evaluate
from newsfacts.records.models import FACT_TYPES

RECORD = {
    "id": "c1", "published": "2025-06-01", "dateline": {"name": "Putrajaya", "country": "MY"},
    "officials": [{"name": "Anwar Ibrahim", "title": "Prime Minister", "honorifics": ["Datuk Seri"], "country": "MY"}],
    "instruments": [], "dates": [{"text": "June 1, 2025", "start": "2025-06-01", "end": "2025-06-01"}],
    "venues": [{"name": "Putrajaya", "city": "Putrajaya", "country": "MY"}],
    "events": [{"name": "Cabinet meeting", "acronym": None, "ordinal": None, "start": "2025-06-01",
                "end": "2025-06-01", "venue": None}],
}
TEXT = "date 2025-06-01 PUTRAJAYA: Prime Minister Datuk Seri Anwar Ibrahim chaired a Cabinet meeting on June 1, 2025.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "c1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "c1.json").write_text(json.dumps(RECORD, indent=2), encoding="utf-8")
    (folder / "baseline.json").write_text("{}", encoding="utf-8")  # not an article: no .txt
    (folder / "settings.json").write_text("[1, 2]", encoding="utf-8")
    return folder


@pytest.fixture
def gold_jsonl(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(dict(RECORD, text=TEXT)) + "\n", encoding="utf-8")
    return path


def write_pred(path, record):
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_both_gold_forms_load_alike(corpus, gold_jsonl):
    from_folder, from_file = load_gold(corpus), load_gold(gold_jsonl)
    assert [g.id for g in from_folder] == ["c1"]
    assert from_folder[0].model_dump() == from_file[0].model_dump()


def test_evaluate_pred_file_text_report(tmp_path, gold_jsonl):
    missing_official = dict(RECORD, officials=[], venues=RECORD["venues"] + [{"name": "Malaysia", "country": "MY"}])
    pred = write_pred(tmp_path / "pred.jsonl", missing_official)
    result = CliRunner().invoke(app, ["evaluate", str(gold_jsonl), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "- officials: Anwar Ibrahim" in out and "+ venues: Malaysia (MY)" in out
    tail = out.strip().splitlines()[-12:]
    for name in FACT_TYPES + ("micro", "macro-F1"):
        assert any(line.startswith(name) for line in tail), name
    assert any(line.startswith("officials") and line.split()[-1] == "0.000" for line in tail)


def test_evaluate_json_to_stdout(tmp_path, corpus):
    pred = write_pred(tmp_path / "pred.jsonl", RECORD)
    result = CliRunner().invoke(app, ["evaluate", str(corpus), "--pred", str(pred), "--json", "-",
                                      "--no-per-article"])
    assert result.exit_code == 0
    figures = json.loads(result.stdout)
    assert figures["macro_f1"] == 1.0
    assert all(figures["types"][t]["f1"] == 1.0 for t in FACT_TYPES)
    assert figures["per_article"][0]["matched"]["officials"] == ["Anwar Ibrahim"]


def test_error_prediction_counts_all_gold_as_missed(tmp_path, gold_jsonl):
    pred = write_pred(tmp_path / "pred.jsonl", {"id": "c1", "error": "empty text"})
    out_json = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold_jsonl), "--pred", str(pred), "--json", str(out_json)])
    assert result.exit_code == 0 and "ERROR empty text" in result.output
    figures = json.loads(out_json.read_text())
    assert figures["errors"] == 1 and figures["micro"]["fn"] == 4 and figures["micro"]["tp"] == 0


def test_update_baseline_then_regression_names_the_lost_fact(tmp_path, corpus):
    good = write_pred(tmp_path / "good.jsonl", RECORD)
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", str(corpus), "--pred", str(good), "--update-baseline"])
    assert result.exit_code == 0, result.output
    stored = json.loads((corpus / "baseline.json").read_text())
    assert stored["f1"]["officials"] == 1.0
    assert stored["per_article"]["c1"]["matched"]["officials"] == ["Anwar Ibrahim"]

    worse = write_pred(tmp_path / "worse.jsonl", dict(RECORD, officials=[{"name": "Ibrahim"}]))
    result = runner.invoke(app, ["evaluate", str(corpus), "--pred", str(worse)])
    assert "REGRESSIONS" in result.output
    assert "c1: now missed: Anwar Ibrahim" in result.output
    assert "c1: now invented: Ibrahim" in result.output


def test_compare_within_tolerance_and_new_articles(tmp_path, corpus):
    gold = load_gold(corpus)
    base = make_baseline(evaluate(gold, {"c1": load_pred(RECORD)}))
    assert compare(evaluate(gold, {"c1": load_pred(RECORD)}), base) == []
    base["f1"]["dates"] = 1.004  # within 0.005 of 1.0
    assert compare(evaluate(gold, {"c1": load_pred(RECORD)}), base) == []
    base["per_article"] = {"old": base["per_article"]["c1"]}
    worse = evaluate(gold, {"c1": load_pred(dict(RECORD, dates=[]))})
    regressions = compare(worse, base)
    assert [r.fact_type for r in regressions] == ["dates"]
    assert regressions[0].lost == {"c1 (not in the baseline)": ["June 1, 2025 [2025-06-01]"]}
    assert "articles not in the baseline: c1" in format_regressions(regressions, worse, base)


def test_an_attribute_that_falls_is_a_regression_naming_the_new_errors(tmp_path, corpus):
    # every fact still matched, but the official's country is now wrong: F1 alone would not see it
    gold = load_gold(corpus)
    base = make_baseline(evaluate(gold, {"c1": load_pred(RECORD)}))
    assert base["attributes"]["officials.country"] == 1.0
    assert base["per_article"]["c1"]["attribute_errors"] == []
    wrong = dict(RECORD, officials=[dict(RECORD["officials"][0], country="SG")])
    worse = evaluate(gold, {"c1": load_pred(wrong)})
    regressions = compare(worse, base)
    assert [(r.fact_type, r.measure) for r in regressions] == [("officials.country", "accuracy")]
    assert regressions[0].lost == {"c1": ["Anwar Ibrahim: gold 'MY', pred 'SG'"]}
    assert "officials.country: accuracy 0.0000 < baseline 1.0000" in regressions[0].describe()
    assert "c1: now wrong: Anwar Ibrahim" in regressions[0].describe()
    # within the tolerance, or an error already in the baseline, is no regression
    base["attributes"]["officials.country"] = 0.004
    assert compare(worse, base) == []


def test_update_baseline_needs_a_path_for_a_file(tmp_path, gold_jsonl):
    pred = write_pred(tmp_path / "pred.jsonl", RECORD)
    result = CliRunner().invoke(app, ["evaluate", str(gold_jsonl), "--pred", str(pred), "--update-baseline"])
    assert result.exit_code == 2


def test_missing_gold_is_an_error(tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2


@pytest.mark.parametrize("published", ["?", "May 2023", "2023-05", "2023-02-30"])
def test_gold_with_a_published_extract_would_refuse_is_an_error(tmp_path, published):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": "Talks were held today.", "published": published}) + "\n")
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--no-per-article"])
    assert result.exit_code == 2
    assert "gold.jsonl:1" in result.output and "is not an ISO date" in result.output


def test_runs_the_pipeline_without_pred(corpus):
    result = CliRunner().invoke(app, ["evaluate", str(corpus), "--json", "-", "--no-per-article"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == 1 and figures["errors"] == 0
    assert set(figures["types"]) == set(FACT_TYPES)


def load_pred(record):
    from newsfacts.evaluate.gold import parse_prediction

    return parse_prediction(json.loads(json.dumps(record)))
