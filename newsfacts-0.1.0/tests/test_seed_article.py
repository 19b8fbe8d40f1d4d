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


#: Fields the extractor adds that gold records do not hold (FACTS.md): mentions, and the
#: officials and instruments linked to each event.
EXTRA = {"officials": {"mentions"}, "instruments": {"mentions"}, "dates": {"mentions"},
         "venues": {"mentions"}, "events": {"mentions", "officials", "instruments"}}


def test_published_and_dateline(seed):
    gold, record = seed
    assert record.published == gold["published"]
    assert record.dateline.model_dump() == gold["dateline"]


@pytest.mark.parametrize("fact_type", sorted(EXTRA))
def test_every_field_of_every_fact(seed, fact_type):
    """Every fact of the gold record, field by field, in the same order, and nothing more."""
    gold, record = seed
    got = [fact.model_dump(exclude=EXTRA[fact_type]) for fact in getattr(record, fact_type)]
    assert got == gold[fact_type]


def test_the_gold_record_holds_no_other_field(seed):
    """The comparison above covers the whole gold record (no field left unchecked)."""
    gold, _ = seed
    assert set(gold) - {"id", "url", "text", "published", "dateline"} == set(EXTRA)


def test_every_mention_points_into_the_text(seed):
    _, record = seed
    text = SEED_TEXT.read_text(encoding="utf-8")
    for fact_type in ("officials", "instruments", "dates", "venues", "events"):
        for fact in getattr(record, fact_type):
            assert fact.mentions, (fact_type, fact)
            for m in fact.mentions:
                assert text[m.start:m.end] == m.text and m.rule
