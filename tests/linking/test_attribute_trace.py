"""The trace of where each event's period and venue come from (or why none was given), kept on
the events' span group and counted by bench/event_sources.py; all sentences made up."""
import importlib.util
from pathlib import Path

import pytest

from newsfacts.api import make_doc
from newsfacts.linking.events import attribute_sources

REPO = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location("event_sources_bench", REPO / "bench" / "event_sources.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def _traced(nlp, text, published="2026-03-04"):
    doc = nlp(make_doc(nlp, text, id="t", published=published))
    events = {e.name: e for e in doc._.newsfacts.events}
    return events, attribute_sources(doc)


def test_a_date_and_place_of_the_mentions_sentence(nlp):
    events, sources = _traced(nlp, "The 7th Andean Water Forum was held in Quito on 2 March 2026.")
    event = events["7th Andean Water Forum"]
    assert (event.start, event.venue.city) == ("2026-03-02", "Quito")
    assert sources["7th andean water forum"] == {"dates": "dates.own_sentence", "venue": "venue.own_sentence"}


def test_a_date_and_place_told_by_the_next_sentence(nlp):
    events, sources = _traced(nlp, "Ministers announced the 3rd Baltic Grid Conference. "
                                   "The conference will take place on 14 May 2026 in Riga.")
    event = events["3rd Baltic Grid Conference"]
    assert (event.start, event.venue.city) == ("2026-05-14", "Riga")
    assert sources["3rd baltic grid conference"]["dates"] in ("dates.following_sentence", "dates.anaphor")
    assert sources["3rd baltic grid conference"]["venue"] in ("venue.same_time_sentence", "venue.anaphor")


def test_nothing_told_says_why(nlp):
    events, sources = _traced(nlp, "Officials praised the outcome of the 4th Sahel Energy Ministers' Meeting.")
    assert events["4th Sahel Energy Ministers' Meeting"].start is None and events["4th Sahel Energy Ministers' Meeting"].venue is None
    assert sources["4th sahel energy ministers' meeting"] == {"dates": "null.dates_untold", "venue": "null.venue_untold"}


def test_a_place_carried_from_the_event_told_before(nlp):
    events, sources = _traced(nlp, "The 12th Nordic Fisheries Meeting opened in Tromso on Monday. "
                                   "Ministers will also attend the Arctic Ocean Dialogue on Tuesday.")
    assert events["Arctic Ocean Dialogue"].venue.city == "Tromso"
    assert sources["arctic ocean dialogue"]["venue"] == "venue.carried"


@pytest.mark.parametrize("gold, pred, expected", [
    (("2026-03-02", "2026-03-02"), ("2026-03-02", "2026-03-02"), "right"),
    ((None, None), (None, None), "right"),
    (("2026-03-02", "2026-03-02"), (None, None), "null_gold_has"),
    (("2026-03-02", "2026-03-03"), ("2026-03-02", "2026-03-02"), "wrong"),
    ((None, None), ("2026-03", "2026-03"), "spurious"),
])
def test_period_outcomes(gold, pred, expected):
    assert bench.period_outcome(gold, pred) == expected


@pytest.mark.parametrize("gold, pred, expected", [
    (("Quito", "EC"), ("quito", "ec"), "right"),
    (None, None, "right"),
    (("Quito", "EC"), None, "null_gold_has"),
    (("Quito", "EC"), ("Lima", "PE"), "wrong_country"),
    (("Quito", "EC"), (None, "EC"), "city_differs"),
    (None, (None, "EC"), "spurious"),
])
def test_venue_outcomes(gold, pred, expected):
    assert bench.venue_outcome(gold, pred) == expected


def test_the_tables_count_matched_events_by_source(nlp):
    from newsfacts.records import GoldArticle

    text = ("The 7th Andean Water Forum was held in Quito on 2 March 2026. "
            "Officials praised the outcome of the 4th Sahel Energy Ministers' Meeting.")
    gold = GoldArticle.model_validate({
        "id": "g", "text": text, "published": "2026-03-04",
        "events": [
            {"name": "7th Andean Water Forum", "ordinal": 7, "start": "2026-03-02", "end": "2026-03-02",
             "venue": {"name": "Quito", "city": "Quito", "country": "EC"}, "mentions": []},
            {"name": "4th Sahel Energy Ministers' Meeting", "ordinal": 4, "start": "2026-03-04", "end": "2026-03-04", "mentions": []},
        ]})
    tables = bench.count_sources([gold], nlp)
    assert tables["dates"]["dates.own_sentence"]["right"] == 1
    assert tables["dates"]["null.dates_untold"]["null_gold_has"] == 1
    assert tables["venue"]["venue.own_sentence"]["right"] == 1
    # ("the outcome of the X": the record of another occasion, to which no place carried)
    assert tables["venue"]["null.sequenced"]["right"] == 1
    lines = bench.format_table(tables["dates"], bench.PERIOD_OUTCOMES, "period")
    assert lines[-1] == "period accuracy on matched events: 0.500 (1/2)"
