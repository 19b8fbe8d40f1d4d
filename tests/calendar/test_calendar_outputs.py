"""Conflicts, the three output formats, the CLI, the Dask engine and the calendar evaluation."""
import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from calendar_runs import event, record, run_file, write_run  # noqa: F401 (fixture)
from newsfacts.calendar import build_calendar, read_calendar
from newsfacts.cli import app


def _forum_runs(run_file):
    """Three reports of one forum: two give 14-15 October in Kota Kinabalu, one 14-16 October
    in Sandakan; a fourth article announces the next edition; a fifth is another meeting."""
    return run_file(
        record("host", event("16th Borneo Fisheries Forum", "BFF", 16, "2026-10-14", "2026-10-15",
                             city="Kota Kinabalu", country="MY"), published="2026-09-22"),
        record("agency", event("16th BFF", "BFF", 16, "2026-10-14", "2026-10-16", city="Sandakan", country="MY"),
               published="2026-10-09"),
        record("recap", event("16th Borneo Fisheries Forum", None, 16, "2026-10-14", "2026-10-15",
                              city="Kota Kinabalu", country="MY", officials=["Rina Kusumawati"]),
               event("17th BFF", "BFF", 17, "2027-10"), published="2026-10-20"),
        record("other", event("Sabah Aquaculture Seminar", start="2026-10", city="Tawau", country="MY")),
    )


def test_disagreements_keep_the_majority_and_are_listed(run_file):
    events = build_calendar([str(_forum_runs(run_file))])
    forum = next(e for e in events if e.ordinal == 16)
    assert (forum.start, forum.end) == ("2026-10-14", "2026-10-15")
    assert forum.venue.city == "Kota Kinabalu"
    conflicts = {c.field: c for c in forum.conflicts}
    assert set(conflicts) == {"dates", "venue"}
    dates = conflicts["dates"]
    assert dates.kept == {"start": "2026-10-14", "end": "2026-10-15"}
    assert [(v.value, v.articles) for v in dates.values] == [
        ({"start": "2026-10-14", "end": "2026-10-15"}, ["host", "recap"]),
        ({"start": "2026-10-14", "end": "2026-10-16"}, ["agency"])]
    assert [v.articles for v in conflicts["venue"].values] == [["host", "recap"], ["agency"]]


def test_a_coarser_value_is_agreement_not_a_conflict(run_file):
    events = build_calendar([str(run_file(
        record("a", event("Harbour Week", start="2026-07", city="Lome", country="TG")),
        record("b", event("Harbour Week", start="2026-07-06", end="2026-07-10", city="Lome", country="TG")),
    ))])
    assert len(events) == 1
    assert (events[0].start, events[0].end) == ("2026-07-06", "2026-07-10")
    assert events[0].conflicts == []


def _events(args, tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(app, ["events", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_jsonl_format_reads_back_as_records(run_file, tmp_path):
    out = _events([str(_forum_runs(run_file))], tmp_path, "cal.jsonl")
    events = read_calendar(out)
    # by start date: the seminar (October, from the 1st) before the forum (14 October)
    assert [e.ordinal for e in events] == [None, 16, 17]
    assert [len(e.sources) for e in events] == [1, 3, 1]
    assert events[1].series == events[2].series == "bff" and events[0].series == "sabah-aquaculture-seminar"


def test_csv_format_has_one_row_per_event(run_file, tmp_path):
    out = _events([str(_forum_runs(run_file)), "--format", "csv"], tmp_path, "cal.out")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3
    assert rows[1]["articles"] == "host; agency; recap"
    assert rows[1]["start"] == "2026-10-14" and "dates:" in rows[1]["conflicts"]


def test_ics_parses_back_with_all_day_events_and_exclusive_end(run_file, tmp_path):
    icalendar = pytest.importorskip("icalendar")
    out = _events([str(_forum_runs(run_file))], tmp_path, "cal.ics")
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    vevents = list(cal.walk("VEVENT"))
    # only the forum is dated to the day; the next edition (a month) and the seminar are not
    assert len(vevents) == 1
    forum = vevents[0]
    assert str(forum["SUMMARY"]) == "16th Borneo Fisheries Forum"
    assert forum.decoded("DTSTART") == date(2026, 10, 14)
    assert forum.decoded("DTEND") == date(2026, 10, 16)  # inclusive end 15 October + 1 day
    assert "Kota Kinabalu" in str(forum["LOCATION"])
    assert "agency" in str(forum["DESCRIPTION"])
    assert str(forum["UID"]).startswith("ev-")


def test_urls_come_from_the_inputs(run_file, tmp_path):
    inputs = tmp_path / "inputs.jsonl"
    inputs.write_text(json.dumps({"id": "agency", "text": "x", "url": "https://example.org/bff"}) + "\n")
    out = _events([str(_forum_runs(run_file)), "--inputs", str(inputs)], tmp_path, "cal.jsonl")
    sources = read_calendar(out)[1].sources
    assert [s.url for s in sources] == [None, "https://example.org/bff", None]


def test_error_records_and_bad_lines_do_not_stop_the_calendar(run_file, tmp_path):
    run = tmp_path / "mixed.jsonl"
    write_run(run, [record("a", event("Harbour Week", start="2026-07-06")), {"id": "b", "error": "empty text"}])
    with run.open("a") as handle:
        handle.write("{not json\n")
    result = CliRunner().invoke(app, ["events", str(run), "-o", str(tmp_path / "c.jsonl")])
    assert result.exit_code == 0, result.output
    assert "articles=1 errors=1" in result.output
    assert len(read_calendar(tmp_path / "c.jsonl")) == 1


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        yield cluster


def test_dask_output_is_identical_to_local(cluster, tmp_path):
    from calendar_runs import event as ev, record as rec

    # many articles over two run files and many partitions: blocks cross partitions
    first, second = [], []
    for i in range(40):
        target = first if i % 2 else second
        target.append(rec(f"art{i}", ev(f"{i % 7 + 1}th Lagoon Council", "LC", i % 7 + 1, f"2026-0{i % 7 + 1}-1{i % 3}",
                                        city="Suva", country="FJ"),
                          ev("bilateral meeting", start=f"2026-05-0{i % 3 + 1}", city="Apia", country="WS",
                             officials=[f"Minister {i % 4}"])))
    runs = [str(write_run(tmp_path / "r1.jsonl", first)), str(write_run(tmp_path / "r2.jsonl", second))]
    local = tmp_path / "local.jsonl"
    dask = tmp_path / "dask.jsonl"
    assert CliRunner().invoke(app, ["events", *runs, "-o", str(local)]).exit_code == 0
    result = CliRunner().invoke(app, ["events", *runs, "-o", str(dask), "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert dask.read_text() == local.read_text()
    assert 1 < len(read_calendar(local)) < 80  # something was merged, not everything


def test_dask_engine_with_several_partitions(cluster, run_file, tmp_path):
    from distributed import Client

    from newsfacts.calendar.dask_calendar import build_calendar_dask

    run = str(_forum_runs(run_file))
    with Client(cluster) as client:
        events = build_calendar_dask([run], client=client, lines_per_partition=1)
    assert [e.model_dump() for e in events] == [e.model_dump() for e in build_calendar([run])]


def test_evaluate_calendar_counts_wrong_and_missed_merges(run_file, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(x) for x in [
        {"articles": ["host", "agency", "recap", "other"]},
        {"name": "16th Borneo Fisheries Forum", "sources": [
            {"article": "host", "event": "16th Borneo Fisheries Forum"}, {"article": "agency", "event": "16th BFF"},
            {"article": "recap", "event": "16th Borneo Fisheries Forum"}]},
    ]) + "\n")
    run = _forum_runs(run_file)
    result = CliRunner().invoke(app, ["evaluate", "--calendar", str(gold), "--pred", str(run), "--json", "-"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["precision"] == 1.0 and figures["recall"] == 1.0 and figures["gold_pairs"] == 3
    # a calendar that splits the agency off and merges the seminar in scores lower on both
    cal = read_calendar(_events([str(run)], tmp_path, "cal.jsonl"))
    seminar, forum, _ = cal
    agency = forum.sources.pop(1)
    forum.sources.append(seminar.sources[0])
    seminar.sources = [agency]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join(e.model_dump_json() + "\n" for e in cal))
    result = CliRunner().invoke(app, ["evaluate", "--calendar", str(gold), "--pred", str(bad), "--json", str(tmp_path / "s.json")])
    figures = json.loads((tmp_path / "s.json").read_text())
    assert figures["correct_pairs"] == 1 and figures["predicted_pairs"] == 3
    assert figures["recall"] == pytest.approx(1 / 3, abs=1e-3)


def test_an_article_given_twice_counts_once(run_file, cluster, tmp_path):
    run = str(_forum_runs(run_file))
    once = _events([run], tmp_path, "once.jsonl").read_text()
    result = CliRunner().invoke(app, ["events", run, run, "-o", str(tmp_path / "twice.jsonl")])
    assert result.exit_code == 0 and "given more than once" in result.output
    assert (tmp_path / "twice.jsonl").read_text() == once
    result = CliRunner().invoke(app, ["events", run, run, "-o", str(tmp_path / "dask.jsonl"),
                                      "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0 and "given more than once" in result.output
    assert (tmp_path / "dask.jsonl").read_text() == once
