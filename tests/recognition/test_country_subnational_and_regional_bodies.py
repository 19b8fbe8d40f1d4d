"""Officials' countries in sub-national government press and in the press of regional bodies:
a sub-national unit's office tells its state, a consular deputy serves his mission's state, the
officers of regional bodies and inter-parliamentary assemblies serve none, a body's own site
gives its stories no home, and a party's visit makes the place it goes to the story's home only
when the party is told as another's guest. All sentences and addresses are made up."""
import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


@pytest.mark.parametrize("text, name, code", [
    ("Vice Governor of Hunan Province Liu Qiang received the visitors on Monday.", "Liu Qiang", "CN"),
    ("Aziz Rahman, Governor of Sindh Province, opened the fair on Monday.", "Aziz Rahman", "PK"),
    ("Mr. Mehmet Kaya, the mayor of the Ankara Metropolitan Municipality, opened the fair.", "Mehmet Kaya", "TR"),
    ("Governor of East Java Siti Rahayu opened the fair on Monday.", "Siti Rahayu", "ID"),
    ("Ontario Premier Paul Grant opened the fair on Monday.", "Paul Grant", "CA"),
])
def test_a_subnational_units_office_tells_its_state(nlp, text, name, code):
    assert _countries(nlp, text)[name][0] == code


@pytest.mark.parametrize("text", [
    "Dr Anne Kariuki, Director of the Nairobi Museum, opened the fair on Monday.",
    "Mr. Ali Demir, the director of the Ankara Cultural Centre, opened the fair.",
])
def test_a_town_that_opens_a_things_name_tells_no_state(nlp, text):
    assert all(country is None for country, _ in _countries(nlp, text).values())


def test_a_consular_deputy_serves_the_mission_of_his_consul_general(nlp):
    text = ("CHENNAI: The Consul General of Japan in Chennai Kenji Sato called on the Governor of Tamil "
            "Nadu Ravi Kumar on Monday. Deputy Consul General Yuki Tanaka was also present.")
    found = _countries(nlp, text)
    assert found["Yuki Tanaka"] == ("JP", "story.mission_deputy")
    assert found["Ravi Kumar"][0] == "IN"


@pytest.mark.parametrize("text, name", [
    ("Rt. Hon. Peter Mwangi, Speaker of the East African Legislative Assembly, opened the sitting.", "Peter Mwangi"),
    ("Mr. Karim Aliev, Secretary General of the Economic Cooperation Organization, opened the meeting.",
     "Karim Aliev"),
    ("Ms Rosa Pineda, President of the Central American Parliament, opened the session.", "Rosa Pineda"),
    ("The PABSEC Secretary General Olga Petrenko opened the session.", "Olga Petrenko"),
])
def test_officers_of_regional_bodies_and_assemblies_serve_no_state(nlp, text, name):
    assert _countries(nlp, text + " Nigeria and Nigeria's partners welcomed it.")[name] == (None, "null.international")


@pytest.mark.parametrize("url", ["https://www.ecowas.int/news/x", "https://www.eala.org/media/view/x",
                                 "https://www.sadcpf.org/index.php/x"])
def test_a_bodys_own_site_gives_no_home(nlp, url):
    text = ("Abuja, March 3, 2026 - Commissioner Amina Bello briefed President Kofi Mensah on the "
            "programmes of the Commission in Abuja today.")
    found = _countries(nlp, text, url)
    assert found["Amina Bello"] == (None, "null.no_home.body_site")


def test_a_news_site_under_int_is_no_bodys_own():
    from newsfacts.nlp import build_nlp
    nlp = build_nlp()
    text = "ACCRA, 3 March 2026 - President Kofi Mensah opened the meeting of ministers on Monday."
    assert _countries(nlp, text, "https://reliefweb.int/report/x")["Kofi Mensah"][0] == "GH"


@pytest.mark.parametrize("text, name, code", [
    # the teller's own party, led by a bare office: where it goes is no home
    ("A delegation led by the provincial government arrived in Japan on Monday. The delegation will "
     "stay in Japan for a week. Vice Governor Pedro Cruz said investors were welcome.", "Pedro Cruz", None),
    # another's guest: the place it is in is the host's, the story's home
    ("A five-member delegation from the Parliament of Zambia is in Ghana for a study visit. Speaker "
     "Kwame Boateng received the delegation.", "Kwame Boateng", "GH"),
    ("Governor-General Dame Ana Moe will host the visiting delegation at a luncheon before the delegation "
     "travels to Auckland. Climate Minister Ben Kerr said the roadmap was funded.", "Ben Kerr", "NZ"),
])
def test_a_partys_visit_makes_the_home_only_for_anothers_party(nlp, text, name, code):
    assert _countries(nlp, text)[name][0] == code


def test_a_bare_consul_in_a_story_filed_at_his_post_is_no_official_of_its_state(nlp):
    text = ("DAVAO CITY, March 2 - Consul General Park Min-ho attended the opening of the trade fair on "
            "Monday. Vice Mayor Jose Reyes welcomed the guests.")
    found = _countries(nlp, text)
    assert found["Park Min-ho"] == (None, "null.consular_side")
    assert found["Jose Reyes"][0] == "PH"


def test_the_mayor_a_consulate_meets_is_not_of_the_consulates_state(nlp):
    text = ("On March 2, Consul General Li Wei attended a reception hosted by Mayor John Carter at City "
            "Hall. Deputy Consul General Wang Fang also attended. Mayor Carter thanked China for its "
            "support of the city, and Li Wei said China values the friendship.")
    found = _countries(nlp, text)
    assert found["John Carter"] == (None, "null.consular_side")
    assert found["Li Wei"][0] == "CN"
