"""The trace of where each official's country comes from (or why it stayed null), kept on the
officials' span group and counted by bench/country_sources.py; all sentences made up."""
import importlib.util

import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_spec = importlib.util.spec_from_file_location("country_sources_bench", REPO / "bench" / "country_sources.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def _traced(nlp, text, published="2026-03-04"):
    doc = nlp(make_doc(nlp, text, id="t", published=published))
    record = doc._.newsfacts
    return {o.name: o.country for o in record.officials}, country_sources(doc)


@pytest.mark.parametrize("text, name, country, source", [
    ("Zambia's Minister of Mines Ruth Banda toured the site on Friday.", "Ruth Banda", "ZM",
     "country.title_possessive"),
    ("The Estonian Defence Minister Karl Tamm arrived on Friday.", "Karl Tamm", "EE", "country.title_demonym"),
    ("Prime Minister of Mongolia Bat Erdene opened the fair.", "Bat Erdene", "MN", "country.title_of_country"),
    ("The talks were led by Ambassador Ines Varga of Hungary and two advisers.", "Ines Varga", "HU",
     "country.name_of"),
])
def test_the_trace_names_the_rule_of_the_office_words(nlp, text, name, country, source):
    countries, sources = _traced(nlp, text)
    assert countries[name] == country
    assert sources[name.lower()] == source


def test_a_home_minister_in_a_home_story_traces_the_dateline(nlp):
    countries, sources = _traced(nlp, "LILONGWE, 4 March 2026 -- Minister of Health Grace Phiri opened "
                                      "two clinics in the north on Tuesday.")
    assert countries["Grace Phiri"] == "MW"
    assert sources["grace phiri"] == "story.home.dateline"


def test_null_countries_say_why(nlp):
    countries, sources = _traced(nlp, "UN Secretary-General Maria Lopes praised the plan. Director Omar Said "
                                      "attended the session as well.")
    assert countries["Maria Lopes"] is None and sources["maria lopes"] == "null.international"
    assert countries["Omar Said"] is None and sources["omar said"].startswith("null.")


def test_a_delegation_member_traces_the_delegation(nlp):
    countries, sources = _traced(nlp, "The Chilean delegation included Deputy Minister Rosa Diaz; Director "
                                      "Pablo Soto; and Counsellor Marta Vidal.")
    assert countries.get("Pablo Soto") == "CL"
    assert sources["pablo soto"] == "country.delegation_member"


@pytest.mark.parametrize("gold, pred, expected", [
    ("KE", "KE", "right"), (None, None, "right"), ("ke", "KE", "right"),
    ("KE", None, "null_gold_has"), ("KE", "UG", "wrong_state"), (None, "UG", "spurious"),
])
def test_outcomes_of_a_matched_official(gold, pred, expected):
    assert bench.outcome(gold, pred) == expected


def test_the_table_counts_matched_officials_by_source(nlp):
    from newsfacts.records import GoldArticle

    text = ("MASERU, 4 March 2026 -- Minister of Finance Thabo Mokoena met the Irish Ambassador Sean Walsh "
            "on Monday. Director Lerato Molefe also attended.")
    gold = GoldArticle.model_validate({
        "id": "g", "text": text, "published": "2026-03-04",
        "officials": [
            {"name": "Thabo Mokoena", "title": "Minister of Finance", "honorifics": [], "country": "LS", "mentions": []},
            {"name": "Sean Walsh", "title": "Ambassador", "honorifics": [], "country": "GB", "mentions": []},
            {"name": "Lerato Molefe", "title": "Director", "honorifics": [], "country": None, "mentions": []},
        ]})
    table = bench.count_sources([gold], nlp)
    assert table["story.home.dateline"]["right"] == 1
    assert table["country.title_demonym"]["wrong_state"] == 1  # IE read, gold (made up) says GB
    assert sum(c["spurious"] for c in table.values()) == 1  # the director: the dateline's, gold null
    lines = bench.format_table(table)
    assert lines[-1].startswith("country accuracy on matched officials: 0.333")
