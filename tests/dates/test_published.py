"""The publication date: where it comes from, how it is checked (one way everywhere), and
what a record says when relative dates cannot be anchored. Texts made up for these tests."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from newsfacts import extract
from newsfacts.io import read_inputs
from newsfacts.normalisation.published import PublishedError, parse_published, published_message
from newsfacts.records import ErrorRecord

BAD = ["2025-05", " 2025-05-30", "2025-05-30garbage", "8 July 2025", "2025-13-45", "2025/05/30", 20250530]
STORY = "The minister said today that the talks will resume on Monday."


def _flat(text: str) -> str:
    """Stderr without the frame and line breaks of a rich error box."""
    return " ".join(re.sub(r"[\u2500-\u257f]", " ", text).split())


def _cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "newsfacts.cli", *map(str, args)],
                          input=stdin, capture_output=True, text=True)


@pytest.mark.parametrize("value", BAD)
def test_parse_published_refuses_what_is_not_strict_iso(value):
    with pytest.raises(PublishedError) as err:
        parse_published(value)
    assert str(err.value) == published_message(value)


def test_parse_published_accepts_iso_and_nothing():
    assert parse_published("2024-02-29") == "2024-02-29"
    assert parse_published(None) is None and parse_published("") is None


@pytest.mark.parametrize("value", BAD[:5])
def test_api_refuses_with_the_same_message(nlp, value):
    with pytest.raises(ValueError) as err:
        extract(STORY, published=value, nlp=nlp)
    assert str(err.value) == published_message(value)


@pytest.mark.parametrize("value", BAD[:5])
def test_jsonl_field_refused_with_the_same_message(tmp_path, value):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": STORY, "published": value}) + "\n")
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, ErrorRecord) and item.error == published_message(value)


@pytest.mark.parametrize("line,value", [("date 2025-13-45", "2025-13-45"), ("date 2025-05-30garbage", "2025-05-30garbage"),
                                        ("date 2025-05", "2025-05"), ("date 30/05/2025", "30/05/2025")])
def test_date_line_refused_with_the_same_message(tmp_path, nlp, line, value):
    path = tmp_path / "a.txt"
    path.write_text(f"{line}\n{STORY}\n")
    [item] = list(read_inputs([str(path)]))
    assert isinstance(item, ErrorRecord) and item.error == published_message(value)
    with pytest.raises(ValueError, match="is not an ISO date"):
        extract(f"{line}\n{STORY}", nlp=nlp)


@pytest.mark.parametrize("opening", ["date 27 delegates arrived", "date night at the summit", "Date 5"])
def test_text_opening_with_the_word_date_is_no_header(tmp_path, opening):
    path = tmp_path / "a.txt"
    path.write_text(f"{opening}\n{STORY}\n")
    [item] = list(read_inputs([str(path)]))
    assert not isinstance(item, ErrorRecord)


@pytest.mark.parametrize("value", BAD[:4])
def test_cli_option_refused_with_the_same_message(tmp_path, value):
    (tmp_path / "a.txt").write_text(STORY)
    result = _cli("extract", tmp_path / "a.txt", "--published", value)
    assert result.returncode == 2
    assert "is not an ISO date" in _flat(result.stderr) and "--published" in result.stderr


def test_published_order_field_then_date_line_then_dateline_then_batch(tmp_path):
    (tmp_path / "1-plain.txt").write_text(STORY)
    (tmp_path / "2-dateline.txt").write_text("WELLINGTON, 14 March 2026 -- " + STORY)
    (tmp_path / "3-dateline-and-line.txt").write_text("date 2026-03-15\nWELLINGTON, 14 March 2026 -- " + STORY)
    lines = json.dumps({"id": "4-field", "text": "date 2026-03-16\n" + STORY, "published": "2026-03-17"})
    (tmp_path / "in.jsonl").write_text(lines + "\n")
    out = tmp_path / "out.jsonl"
    result = _cli("extract", tmp_path, tmp_path / "in.jsonl", "--published", "2026-01-05", "-o", out)
    assert result.returncode == 0, result.stderr
    records = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert records["1-plain"]["published"] == "2026-01-05"
    assert records["2-dateline"]["published"] == "2026-03-14"
    assert records["3-dateline-and-line"]["published"] == "2026-03-15"
    assert records["4-field"]["published"] == "2026-03-17"
    today = {r: [d["start"] for d in records[r]["dates"] if d["text"] == "today"] for r in records}
    assert today == {"1-plain": ["2026-01-05"], "2-dateline": ["2026-03-14"],
                     "3-dateline-and-line": ["2026-03-15"], "4-field": ["2026-03-17"]}


def test_unanchored_relative_dates_are_named_in_warnings(nlp):
    record = extract("Ministers met on Monday and will meet again tomorrow, 14 March 2026 at the latest.", nlp=nlp)
    assert record.published is None
    assert [d.start for d in record.dates] == ["2026-03-14"]
    [warning] = record.warnings
    assert "could not be anchored" in warning and "'Monday'" in warning and "'tomorrow'" in warning


def test_no_warning_when_nothing_is_relative(nlp):
    assert extract("The treaty was signed on 14 March 2026.", nlp=nlp).warnings == []


def test_yearless_dates_take_the_year_of_the_text_when_nothing_dates_the_article(nlp):
    record = extract("The summit opens on 10 October 2024. Senior officials meet on 7 October.", nlp=nlp)
    assert {d.text: d.start for d in record.dates}["7 October"] == "2024-10-07"


@pytest.mark.parametrize("order,expected", [("MDY", "2026-04-03"), ("DMY", "2026-03-04"), (None, "2026-04-03")])
def test_date_order_of_numeric_dates(nlp, order, expected):
    record = extract("The agreement was signed on 4/3/2026.", published="2026-05-01", nlp=nlp, date_order=order)
    assert [d.start for d in record.dates] == [expected]


def test_date_order_from_how_the_article_writes_dates(nlp):
    text = "The forum opened on 1 June 2015 in Rome. The report is dated 01/06/2015."
    assert "2015-06-01" in {d.start for d in extract(text, nlp=nlp).dates}
    assert {d.start for d in extract(text, nlp=nlp, date_order="MDY").dates} == {"2015-06-01", "2015-01-06"}


def test_cli_date_order(tmp_path):
    (tmp_path / "a.txt").write_text("date 2026-05-01\nThe agreement was signed on 4/3/2026.")
    for order, expected in (("DMY", "2026-03-04"), ("MDY", "2026-04-03")):
        result = _cli("extract", tmp_path / "a.txt", "--date-order", order)
        assert result.returncode == 0, result.stderr
        assert [d["start"] for d in json.loads(result.stdout)["dates"]] == [expected]
    result = _cli("extract", tmp_path / "a.txt", "--date-order", "YMD")
    assert result.returncode == 2 and "DMY or MDY" in _flat(result.stderr)


@pytest.mark.parametrize("text,published,today", [
    # a line near the top that is only the day of publication dates the article
    ("Ferry link reopens\n\nFriday, 5 June 2026\n\nThe minister opened the link today.", "2026-06-05", "2026-06-05"),
    ("Statement on the talks\nPosted on: Oct 2, 2025 | 09:40\nThe delegations met today.", "2025-10-02", "2025-10-02"),
    ("Port deal\n\nLast Updated : 11th March 2027 - 17:05\n\nBoth sides signed it today.", "2027-03-11", "2027-03-11"),
    # a notice's "Date:" line is the day of its event, not of writing
    ("Water forum notice\nDate: 12 June 2026\nVenue: Conference Hall\nMinisters meet today.", None, None),
])
def test_published_from_a_date_line_at_the_top(nlp, text, published, today):
    record = extract(text, nlp=nlp)
    assert record.published == published
    assert [d.start for d in record.dates if d.text == "today"] == ([today] if today else [])


@pytest.mark.parametrize("text,published,expected", [
    # the dateline's yearless day is the day of writing: on or before the publication date,
    # whatever the tense of the story after it
    ("OSLO, Dec 30 (NTB) - The ministers will meet again next month.", "2027-01-02", "2026-12-30"),
    ("Lima, March 26 (Andina) - The minister could visit Quito in April.", "2026-05-01", "2026-03-26"),
])
def test_dateline_day_looks_back_from_the_publication_date(nlp, text, published, expected):
    record = extract(text, published=published, nlp=nlp)
    assert [d.start for d in record.dates if d.start.endswith(expected[4:])] == [expected]


@pytest.mark.parametrize("text,written,start", [
    # no publication date: a yearless date takes the year of the first date written in full,
    # a range of days with its year included
    ("The envoy travels to Apia on June 9-12, 2027 for talks. On June 10, she meets the cabinet.",
     "June 10", "2027-06-10"),
    ("Delegates meet in Suva from 9–12 June 2027. The report is due on 30 May.", "30 May", "2027-05-30"),
])
def test_yearless_date_takes_the_year_of_a_range_written_in_full(nlp, text, written, start):
    record = extract(text, nlp=nlp)
    assert record.published is None
    assert {d.text: d.start for d in record.dates}.get(written) == start


@pytest.mark.parametrize("text", [
    "Ms Varga took up her post in March this year. The board meets in Lusaka on 12-14 May 2027.",
    "The talks of October 9, this year, follow the accord signed in Apia on 3 May 2027.",
    "The council last met on June 16th last year; it met again on 8 June 2027.",
])
def test_no_publication_date_leaves_a_date_of_a_relative_year_out(nlp, text):
    """A yearless date whose year a relative word tells ("this year", "last year") is relative:
    with no publication date its year is unknown, and it does not take the year of the text."""
    record = extract(text, nlp=nlp)
    assert record.published is None
    assert all("2027" in d.text for d in record.dates)
