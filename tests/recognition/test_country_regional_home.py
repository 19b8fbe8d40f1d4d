"""A story told from a sub-national government's side: its regions, named as its own and not as
where one goes, make their state the story's home, over the state its people visit or meet
(session 24). All sentences and addresses are made up."""
from collections import Counter

from newsfacts.api import make_doc
from newsfacts.recognition.office_country import regional_home
from newsfacts.recognition.officials import country_sources


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


def test_a_regions_delegation_abroad_is_told_from_the_regions_state(nlp):
    text = ("A business delegation from Manitoba is bound for Peru this week. The mission led by "
            "Agriculture Minister Paul Dubois leaves on Monday. \"Manitoba has much to offer Peru,\" "
            "Dubois said. Peru buys wheat and potash, and Peru is a growing market for Manitoba.")
    assert _countries(nlp, text)["Paul Dubois"] == ("CA", "story.home.regional")


def test_a_town_before_a_units_word_names_its_region(nlp):
    text = ("Nakuru County officials led by Assembly Speaker John Kamau are in Peru this week. "
            "Peru is keen on trade with Nakuru County, and Peru will send a team back, Peru said.")
    assert _countries(nlp, text)["John Kamau"] == ("KE", "story.home.regional")


def test_a_region_gone_to_tells_no_home(nlp):
    text = ("Trade Minister Paul Dubois of Peru will travel to Manitoba and to Ontario next week. "
            "Peru hopes to sell more fruit, Peru said. Deputy Minister Ana Rojas will go with him.")
    assert _countries(nlp, text)["Ana Rojas"][1] != "story.home.regional"


def test_the_regions_must_lead_and_be_named_twice():
    assert regional_home(Counter({"CA": 3}), "VN", "named_most") == "CA"
    assert regional_home(Counter({"CA": 1}), "VN", "named_most") is None
    assert regional_home(Counter({"CA": 3, "VN": 3}), "VN", "named_most") is None
    assert regional_home(Counter({"CA": 3}), "VN", "dateline") is None  # a dateline's home stands
    assert regional_home(Counter({"CA": 3}), "CA", "named_most") is None
