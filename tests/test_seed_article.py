"""The reference article yields every gold fact and nothing else (issue #2)."""
import json

import pytest

from conftest import SEED_GOLD, SEED_TEXT

pytestmark = pytest.mark.skipif(not SEED_TEXT.exists(), reason="../shared/seed is not present")


@pytest.fixture(scope="module")
def seed(nlp):
    from newsfacts import extract

    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8").splitlines()[0])
    record = extract(SEED_TEXT.read_text(encoding="utf-8"), id="seed", nlp=nlp)
    return gold, record


def test_published_and_dateline(seed):
    gold, record = seed
    assert record.published == gold["published"]
    assert record.dateline.model_dump() == gold["dateline"]


def test_officials_exactly(seed):
    gold, record = seed
    got = [o.model_dump(exclude={"mentions"}) for o in record.officials]
    assert got == gold["officials"]


def test_instruments_exactly(seed):
    gold, record = seed
    got = [i.model_dump(exclude={"mentions"}) for i in record.instruments]
    assert got == gold["instruments"]


def test_dates_exactly(seed):
    gold, record = seed
    got = sorted((d.text, d.start, d.end) for d in record.dates)
    assert got == sorted((d["text"], d["start"], d["end"]) for d in gold["dates"])


def test_venues_exactly(seed):
    gold, record = seed
    got = sorted((v.name, v.city, v.country) for v in record.venues)
    assert got == sorted((v["name"], v["city"], v["country"]) for v in gold["venues"])


def test_events_names_ordinals_dates(seed):
    gold, record = seed
    got = [(e.name, e.acronym, e.ordinal, e.start, e.end) for e in record.events]
    want = [(e["name"], e["acronym"], e["ordinal"], e["start"], e["end"]) for e in gold["events"]]
    assert got == want
    assert record.events[0].venue.city == "Moscow" and record.events[0].venue.country == "RU"
    assert record.events[1].venue.country == "MY"


def test_every_mention_points_into_the_text(seed):
    _, record = seed
    text = SEED_TEXT.read_text(encoding="utf-8")
    for fact_type in ("officials", "instruments", "dates", "venues", "events"):
        for fact in getattr(record, fact_type):
            assert fact.mentions, (fact_type, fact)
            for m in fact.mentions:
                assert text[m.start:m.end] == m.text and m.rule
