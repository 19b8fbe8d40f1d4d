"""The calendar gold of corpus/calendar/ and the merge figures on it.

corpus/calendar/ holds its own articles in one JSONL (per-article gold with text, as the dev
set has it) and the calendar gold; the corpus folder reader (``newsfacts evaluate corpus/``,
the regression gate) reads only ``<id>.txt`` + ``<id>.json`` pairs, so it never sees them.
"""
from pathlib import Path

import pytest

from newsfacts.evaluate.calendar import load_calendar_gold, score_calendar
from newsfacts.evaluate.gold import load_gold

REPO = Path(__file__).resolve().parents[2]
CALENDAR = REPO / "corpus" / "calendar"
DEV = REPO.parent / "shared" / "dev"
SOURCES = [REPO / "corpus", CALENDAR / "articles.jsonl", DEV / "gold.jsonl", DEV / "gold2.jsonl"]


def test_the_corpus_reader_does_not_see_the_calendar_articles():
    corpus_ids = {g.id for g in load_gold(REPO / "corpus")}
    calendar_ids = {g.id for g in load_gold(CALENDAR / "articles.jsonl")}
    assert len(calendar_ids) >= 9
    assert not corpus_ids & calendar_ids
    assert not list(CALENDAR.rglob("*.txt")), "a .txt in corpus/calendar/ would enter `extract corpus/`"


def test_every_gold_source_names_an_event_of_that_articles_gold():
    if not all(p.exists() for p in SOURCES):
        pytest.skip("../shared/dev/ is not here")
    gold = load_calendar_gold(CALENDAR / "gold.jsonl")
    articles = {g.id: g for p in SOURCES for g in load_gold(p)}
    assert gold.articles == set(articles) and len(gold.articles) >= 40
    for event in gold.events:
        assert len(event["sources"]) >= 2
        for source in event["sources"]:
            assert source["event"] in [e.name for e in articles[source["article"]].events], source


def test_merge_precision_and_recall_on_corpus_and_dev(nlp):
    if not all(p.exists() for p in SOURCES):
        pytest.skip("../shared/dev/ is not here")
    from newsfacts.api import extract_items
    from newsfacts.calendar import calendar_events
    from newsfacts.calendar.build import CalendarStats, record_mentions
    from newsfacts.io import read_inputs

    stats = CalendarStats()
    mentions = []
    for line, record in enumerate(extract_items(read_inputs([str(p) for p in SOURCES]), nlp), start=1):
        mentions += record_mentions(record.model_dump(mode="json"), None, 0, line, "run", {}, stats)
    score = score_calendar(load_calendar_gold(CALENDAR / "gold.jsonl"), calendar_events(mentions))
    assert score.gold_pairs >= 10
    assert score.precision >= 0.95 and score.recall >= 0.95, score.render()
