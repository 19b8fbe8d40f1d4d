"""bench/venue_rules.py: venues counted by the rule of their first mention, the gold venues missed
by shape, and the firings every reading holds wrong (made-up sentences)."""
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("venue_rules_bench", REPO / "bench" / "venue_rules.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


@pytest.mark.parametrize("venue,shape", [
    ({"name": "Lima", "city": "Lima", "country": "PE"}, "city"),
    ({"name": "Peru", "city": None, "country": "PE"}, "country"),
    ({"name": "Torre Tagle Palace", "city": "Lima", "country": "PE"}, "building"),
    ({"name": "Torre Tagle Palace", "city": None, "country": "PE"}, "building"),
])
def test_shape(venue, shape):
    from newsfacts.records.models import Place

    assert bench.shape(Place.model_validate(venue)) == shape


def test_venues_are_counted_by_rule_and_the_missed_by_shape(nlp):
    from newsfacts.records import GoldArticle

    text = ("The 7th Andean Water Forum was held in Quito on 2 March 2026. "
            "The minister later travelled to Bolivia for talks.")
    gold = GoldArticle.model_validate({
        "id": "g", "url": "https://www.example.org/a", "text": text, "published": "2026-03-04",
        "venues": [{"name": "Quito", "city": "Quito", "country": "EC", "mentions": []},
                   {"name": "Casa Grande Hall", "city": "Quito", "country": "EC", "mentions": []}]})
    record = bench._sources_and_record(nlp, gold, lambda doc: {})[1]
    fired, right, sites, missed, errors = bench.count([gold], {"g": record})
    assert fired["venue.city"] == 1 and right["venue.city"] == 1 and sites["venue.city"] == {"example.org"}
    assert fired["venue.country"] == 1 and right["venue.country"] == 0
    assert missed == {"building": 1}
    assert ("invented", "venue.country", "Bolivia") in errors["g"]
    lines = bench.format_tables("gold", fired, right, sites, missed)
    assert any(line.startswith("venue.city") for line in lines) and lines[-1].startswith("missed by shape")
