"""Officials' countries in shapes read on fresh press (session 13): officers of development
banks and other international bodies serve no state, also when the body follows the office
after a comma. All sentences are made up."""
import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


@pytest.mark.parametrize("text, banker", [
    ("ISLAMABAD: Finance Minister Tariq Mahmood met ADB President Kenji Watanabe on Monday to discuss "
     "Pakistan's request for a loan for Pakistan.", "Kenji Watanabe"),
    ("Finance Minister Tariq Mahmood met Country Director, Asian Development Bank, Mei Lin Zhou on Monday. "
     "Pakistan and the bank discussed Pakistan's portfolio.", "Mei Lin Zhou"),
    ("Finance Minister Tariq Mahmood met AIIB Vice President Hans Keller on Monday. Pakistan welcomed "
     "the bank's support for Pakistan.", "Hans Keller"),
    ("Finance Minister Tariq Mahmood received ICRC Head of Delegation Marc Dubois on Monday. Pakistan "
     "thanked the committee for its work in Pakistan.", "Marc Dubois"),
])
def test_officers_of_international_bodies_get_no_state(nlp, text, banker):
    found = _countries(nlp, text)
    assert found[banker] == (None, "null.international")
    assert found["Tariq Mahmood"][0] == "PK"


SIDE_STORY = ("Foreign Minister Aroha Tane and a delegation of MPs met Prime Minister Siosaia Lavaka in "
              "Nuku'alofa on Monday. The talks mark closer ties between New Zealand and Tonga, and Tonga "
              "welcomed the support. Tonga will host the next round.")


@pytest.mark.parametrize("url, source", [
    ("https://www.daily-example.co.nz/a", "story.home.site_side"),  # the site's state is the other side
    ("https://www.accra-example.com.gh/a", "story.facing_pair"),  # another state's site is no side
])
def test_the_sites_state_as_one_side_of_a_story_between_two(nlp, url, source):
    found = _countries(nlp, SIDE_STORY, url)
    assert found["Aroha Tane"] == ("NZ", source)
    assert found["Siosaia Lavaka"][0] == "TO"


@pytest.mark.parametrize("carried, sender", [
    ("handed over President Mwale's message to the Russian leadership", "Mwale"),
    ("handed over President Elias' message to the Russian leadership", "Elias"),
    ("conveyed the greetings of President Mwale to the Russian leadership", "Mwale"),
    ("delivered a letter from President Mwale to the Russian leadership", "Mwale"),
])
def test_the_sender_of_what_a_visitor_carries_is_of_the_visitors_side(nlp, carried, sender):
    text = ("Lusaka, 01 February 2026- Senior Zambian delegation headed by Foreign Minister Mulenga Banda "
            "returned back home concluding three-day visit to the Russian Federation.\n\nIn its stay in Russia, "
            "the delegation " + carried + " and held wide-range discussions with Mr. Pavel Orlov, Russian "
            "Foreign Minister.")
    found = _countries(nlp, text)
    assert found[sender] == ("ZM", "story.party_state")  # one of the visiting party, not of the pair's logic
    assert found["Pavel Orlov"][0] == "RU"
