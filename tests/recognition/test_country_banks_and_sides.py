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


@pytest.mark.parametrize("text, name, country", [
    ("HANOI, March 3 (VNA) - Prime Minister Lan Thi Hoa told Chinese Vice Premier and Foreign Minister "
     "Zhou Ming at their meeting that ties were a priority.", "Zhou Ming", "CN"),
    ("HANOI, March 3 (VNA) - The visits by Lao Party General Secretary and State President Khamsing Vong "
     "in June were a success, officials said.", "Khamsing Vong", "LA"),
    # a one-word office after "the" may be another's: two people
    ("The talks in Hanoi were attended by the Chinese Ambassador and Foreign Minister Lan Thi Hoa. Vietnam "
     "and its partners welcomed them, Vietnam said.", "Lan Thi Hoa", "VN"),
])
def test_the_state_before_the_first_of_two_offices_joined_by_and(nlp, text, name, country):
    assert _countries(nlp, text)[name][0] == country


def test_an_assistant_secretary_general_of_the_commonwealth_serves_no_state(nlp):
    text = ("NAIROBI: Principal Secretary Daniel Kiprop met Prof. Ana Lopes, Assistant Secretary General of "
            "the Commonwealth, in London to discuss Kenya's reforms.")
    assert _countries(nlp, text)["Ana Lopes"] == (None, "null.international")


def test_a_visit_told_from_the_sites_state_when_no_state_leads_the_count(nlp):
    text = ("Interior Cabinet Secretary Peter Otieno on Thursday flew to Zambia to visit newly elected Zambian President "
            "Mwila Banda. Otieno was sent by President Samuel Kamau to rally support for Kenya's candidate. "
            "Kenya is fronting Defence Cabinet Secretary Grace Wanjiru for the post. The United Kingdom and "
            "other members of the Commonwealth will vote, and the United Kingdom backs the reform.")
    found = _countries(nlp, text, "https://www.star-example.co.ke/news/1")
    assert found["Samuel Kamau"] == ("KE", "story.home.visitor_home")
    assert found["Grace Wanjiru"][0] == "KE"
    assert found["Mwila Banda"][0] == "ZM"


@pytest.mark.parametrize("text, name, country", [
    # another's visit told after the mention ("NAME's visit") is no trip of his
    ("JAKARTA - President Adi Santoso received Secretary General Lim Wei Ming on Friday, Foreign Minister "
     "Sari Dewi said. Minister Sari said that Lim Wei Ming's visit was to thank Indonesia for its support.",
     "Sari Dewi", "ID"),
    # a state's visit ("led Kenya's visit to Zambia") is still his trip, not the host's
    ("NAIROBI - Cabinet Secretary Peter Otieno led Kenya's trade visit to Zambia on Monday. Otieno met "
     "Minister Mwila Banda in Lusaka.", "Peter Otieno", "KE"),
])
def test_whose_visit_a_possessive_tells(nlp, text, name, country):
    assert _countries(nlp, text)[name][0] == country


@pytest.mark.parametrize("opening", [
    "The delegation of Botswana included",
    "The delegation from the Republic of Botswana comprised",
])
def test_the_members_listed_after_a_delegation_of_a_state(nlp, opening):
    text = (opening + " Minister of Trade Kabo Molefe, Permanent Secretary Neo Dube and Ambassador Lesego Tau. "
            "They met Zambian officials in Lusaka.")
    found = _countries(nlp, text)
    assert {name: found[name][0] for name in ("Kabo Molefe", "Neo Dube", "Lesego Tau")} == {
        "Kabo Molefe": "BW", "Neo Dube": "BW", "Lesego Tau": "BW"}


@pytest.mark.parametrize("url, visitor", [
    ("https://www.news-example.co.zm/a", ("ZM", "story.visitor_site")),  # the site's state sends him
    ("https://www.news-example.com/a", (None, "null.home_is_away")),  # no site: his state is not told
])
def test_a_visit_announced_by_the_visitors_side(nlp, url, visitor):
    text = ("President Mwila Banda will travel to Angola for a state visit at the invitation of President "
            "Joao Neto. In Luanda, Banda will also meet business leaders.")
    found = _countries(nlp, text, url)
    assert found["Mwila Banda"] == visitor
    assert found["Joao Neto"][0] == "AO"


def test_the_one_who_invites_a_visit_is_of_the_state_visited(nlp):
    text = ("LUSAKA, March 3 - President Mwila Banda will travel to Angola for a state visit at the "
            "invitation of President Joao Neto. Zambia and Angola will sign trade accords, officials said.")
    found = _countries(nlp, text)
    assert found["Joao Neto"] == ("AO", "story.host_of_visit")
    assert found["Mwila Banda"][0] == "ZM"


@pytest.mark.parametrize("group", [
    "key Japanese officials, including",
    "senior Japanese leaders including",
    "Japan's top officials, including",
])
def test_members_of_a_states_group_of_officials(nlp, group):
    text = ("ISLAMABAD: Foreign Minister Ali Raza reached Tokyo on his first official visit on Saturday, where he is expected to meet "
            + group + " Prime Minister Kenji Mori and National Security Adviser Hiro Sato.")
    found = _countries(nlp, text)
    assert found["Kenji Mori"] == ("JP", "country.group_member")  # read from the group, not the story
    assert found["Hiro Sato"][0] == "JP"


def test_the_sender_after_from_and_a_possessive_pronoun(nlp):
    text = ("COLOMBO - Pakistani Foreign Minister Ali Raza arrived in Sri Lanka last night. He said he came "
            "to deliver a special letter to President Nimal Perera from his Prime Minister Imran Qadir.")
    found = _countries(nlp, text)
    assert found["Imran Qadir"][0] == "PK"
    assert found["Nimal Perera"][0] == "LK"
