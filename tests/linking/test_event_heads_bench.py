"""bench/event_heads.py: missed and invented events counted by head word and kind (made-up
sentences)."""
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("event_heads_bench", REPO / "bench" / "event_heads.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("name,head", [
    ("12th Andean Ministerial Meeting on Water", "meeting"),
    ("talks with his Malian counterpart", "talks"),
    ("visit to Timor-Leste", "visit"),
    ("Sahel Energy Forum (SEF)", "forum"),
    ("signing of the Memorandum", "signing"),
    ("2026 Pacific Summit", "summit"),
    ("", ""),
])
def test_head_word(name, head):
    assert bench.head_word(name) == head


def test_missed_and_invented_events_are_counted_by_head_and_kind(nlp):
    from newsfacts.records import GoldArticle

    text = ("The 7th Andean Water Forum was held in Quito on 2 March 2026. "
            "The minister held talks with his Peruvian counterpart in Lima on 3 March 2026.")
    gold = GoldArticle.model_validate({
        "id": "g", "text": text, "published": "2026-03-04",
        "events": [
            {"name": "7th Andean Water Forum", "ordinal": 7, "start": "2026-03-02", "end": "2026-03-02",
             "venue": {"name": "Quito", "city": "Quito", "country": "EC"}, "mentions": []},
            {"name": "Andean Water Retreat", "start": "2026-03-02", "end": "2026-03-02", "mentions": []},
            {"name": "visit to Peru", "start": "2026-03-03", "end": "2026-03-03", "mentions": []},
        ]})
    table = bench.count_heads([gold], nlp)
    assert table["forum"]["matched"] == 1
    assert table["retreat"]["missed_named"] == 1
    assert table["visit"]["missed_descriptive"] == 1
    assert table["talks"]["invented_descriptive"] == 1
    lines = bench.format_table(table)
    assert lines[-1].split()[0] == "total" and lines[-1].split()[1:] == ["1", "1", "1", "0", "1"]
