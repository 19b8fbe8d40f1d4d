"""bench/rule_precision.py: predicted facts counted by rule id, matched by every, some or no
reading of the same article (made-up sentences, a tiny made-up gold)."""
import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("rule_precision_bench", REPO / "bench" / "rule_precision.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = bench  # (its dataclasses look their module up)
_spec.loader.exec_module(bench)

TEXT = ("The 7th Andean Water Forum was held in Quito on 2 March 2026. "
        "The minister later travelled to Bolivia for talks.")


def _gold(path: Path, venues) -> Path:
    empty = {"officials": [], "instruments": [], "dates": [], "events": []}
    line = dict(empty, id="g", url="https://www.example.org/a", text=TEXT, published="2026-03-04", venues=venues)
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


def test_rules_are_counted_by_reading(tmp_path, capsys):
    from newsfacts.evaluate.gold import load_gold

    quito = {"name": "Quito", "city": "Quito", "country": "EC"}
    bolivia = {"name": "Bolivia", "city": None, "country": "BO"}
    first = load_gold(_gold(tmp_path / "first.jsonl", [quito]))
    second = load_gold(_gold(tmp_path / "second.jsonl", [quito, bolivia]))
    records = bench.predict_all([first, second])
    table = bench.count([first, second], records, "venues")
    assert (table["venue.city"].found, table["venue.city"].all, table["venue.city"].none) == (1, 1, 0)
    assert table["venue.city"].sites == {"example.org"}
    assert (table["venue.country"].found, table["venue.country"].some, table["venue.country"].none) == (1, 1, 0)
    assert table["venue.country"].right == 1.0
    alone = bench.count([first], records, "venues")
    assert alone["venue.country"].none == 1 and alone["venue.country"].wrong_sites == {"example.org"}
    lines = bench.format_table("venues", alone)
    assert lines[0] == "== venues" and lines[2].startswith("venue.country") and lines[-1].startswith("(total)")


def test_any_mention_counts_every_rule_once():
    class Mention:
        def __init__(self, rule):
            self.rule = rule

    class Fact:
        mentions = [Mention("a"), Mention("b"), Mention("a")]

    assert bench.fact_rules(Fact(), any_mention=False) == ["a"]
    assert bench.fact_rules(Fact(), any_mention=True) == ["a", "b"]


def test_main_prints_a_table_per_type(tmp_path, capsys):
    path = _gold(tmp_path / "g.jsonl", [{"name": "Quito", "city": "Quito", "country": "EC"}])
    assert bench.main([str(path), "--types", "venues", "--show"]) == 0
    out = capsys.readouterr().out
    assert "== venues" in out and "== events" not in out
    assert "g\tvenues\tvenue.country\tBolivia" in out
