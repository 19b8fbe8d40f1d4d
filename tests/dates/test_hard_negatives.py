"""Sentences of made-up news that hold no date: "May" as a verb or a name, "Act 2",
"Resolution 2/15", scores, phone numbers, times alone, "Jennifer March", "the Sunday Times",
"troops march 3 km", durations ... (``hard_negatives.jsonl``, one ``{"kind", "text"}`` a line).
Each must come out of ``extract`` with no date at all."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = [json.loads(line) for line in (Path(__file__).parent / "hard_negatives.jsonl")
         .read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_suite_is_large_and_varied():
    assert len(CASES) >= 150
    assert len({c["text"] for c in CASES}) == len(CASES)
    assert {"modal", "name", "verb", "law", "score", "phone", "time", "ratio", "duration"} <= {c["kind"] for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_no_date(extract_text, case):
    record = extract_text(case["text"])
    assert [(d.text, d.start, d.mentions[0].rule) for d in record.dates] == []


@pytest.mark.parametrize("text,expected", [
    # the same words where they are dates: the suite above must not pass by finding nothing
    ("The vote was held on march 3 in the capital.", "2025-03-03"),
    ("Ministers will meet on Thursday the 19th.", "2025-06-19"),
    ("The deadline is the first of July.", "2025-07-01"),
    ("The results will be announced on 2/15.", "2026-02-15"),
    ("March was the wettest month on record.", "2025-03"),
    ("The 2010 elections were disputed.", "2010"),
    ("The board will meet again on the 15th.", "2025-06-15"),
])
def test_the_same_words_as_dates(extract_text, text, expected):
    assert [d.start for d in extract_text(text).dates] == [expected]
