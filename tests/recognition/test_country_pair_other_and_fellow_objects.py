"""Officials' country from a two-state story that tells none of its own (the bare offices are
the other state's, story.home.pair_other), and an official met beside another, who does not
face him ("met A and paid a courtesy call on B"). All sentences and names are made up."""
import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


PAIR_OTHER = [
    # a guest told by a demonym, the host's president bare
    ("The Foreign Ministry has set a date to host Chilean President Marta Olivares on her first official "
     "visit here. Olivares will meet President Tomas Aguilar on Monday to discuss ties between Chile and Peru.",
     "Tomas Aguilar", "PE"),
    # the other side's president told by a demonym; the teller's president and minister bare
    ("On Monday, President Kofi Mensah signed four agreements expanding the Ghana-Kenya agenda. "
     "Minister of Trade Ama Owusu signed a memorandum on trade. Kenyan President Daniel Otieno said "
     "the ties would grow.", "Ama Owusu", "GH"),
]


@pytest.mark.parametrize("text, name, code", PAIR_OTHER)
def test_a_pair_story_telling_one_side_gives_bare_offices_the_other(nlp, text, name, code):
    found = _countries(nlp, text)
    assert found[name] == (code, "story.home.pair_other")


NO_PAIR_OTHER = [
    # both sides told by their offices: nothing is left to the other side
    ("Chilean President Marta Olivares met Peruvian President Tomas Aguilar in Lima. Chile and Peru "
     "signed two agreements. Foreign Minister Ana Ruiz attended.", "Ana Ruiz"),
    # three states: no pair
    ("Prime Minister Jan Novak will visit Chile, Peru and Bolivia next week. He will meet Chilean "
     "President Marta Olivares. Interior Minister Petr Kral goes with him.", "Jan Novak"),
]


@pytest.mark.parametrize("text, name", NO_PAIR_OTHER)
def test_no_pair_other_without_one_told_side_of_two(nlp, text, name):
    found = _countries(nlp, text)
    assert found[name][1] != "story.home.pair_other"


def test_an_official_met_beside_another_does_not_face_him(nlp):
    text = ("Tongan Foreign Minister Sione Lata arrived in Apia on Friday. Mr Lata met Samoan Prime "
            "Minister Tala Faleolo and paid a courtesy call on head of state Malietoa Vaai. "
            "Samoa and Tonga signed a fisheries agreement.")
    found = _countries(nlp, text)
    assert found["Malietoa Vaai"] == ("WS", "story.home.visit_host")


def test_an_official_met_by_the_one_before_still_faces_him(nlp):
    text = ("Samoa and Tonga signed a fisheries agreement in Apia. Tongan Foreign Minister Sione Lata "
            "met Prime Minister Tala Faleolo on Friday.")
    found = _countries(nlp, text)
    assert found["Tala Faleolo"][0] == "WS"


PORTFOLIO_BODIES = [
    ("Croatian Minister for EU Affairs Ivana Horvat spoke in Zagreb on Monday.", "Ivana Horvat", "HR"),
    ("Foreign Minister Sean Walsh met David Brown, UK Secretary of State for Exiting the European Union, "
     "in Dublin on Monday.", "David Brown", "GB"),
    ("Minister for European Union Affairs Ana Popescu of Romania spoke in Bucharest on Monday.", "Ana Popescu", "RO"),
    ("The Serbian delegation includes Minister of Finance Petar Jovic and Minister for EU Integration "
     "Jelena Markovic.", "Jelena Markovic", "RS"),
]


@pytest.mark.parametrize("text, name, code", PORTFOLIO_BODIES)
def test_a_body_in_a_ministers_portfolio_is_no_body_served(nlp, text, name, code):
    assert _countries(nlp, text)[name][0] == code


@pytest.mark.parametrize("text, name", [
    ("EU Commissioner for Trade Phil Hogan spoke in Brussels.", "Phil Hogan"),
    ("Secretary-General of ASEAN Kao Kim spoke in Jakarta.", "Kao Kim"),
])
def test_a_bodys_own_offices_stay_international(nlp, text, name):
    assert _countries(nlp, text)[name] == (None, "null.international")


@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Ama Owusu and Planning Minister, Yaw Boateng will represent Ghana at the Forum in Lome.",
     "Yaw Boateng"),
    ("Foreign Minister Ama Owusu and Planning Minister, Yaw Boateng will represent Ghana at the Forum in Lome.",
     "Ama Owusu"),
    ("Foreign Minister Ama Owusu represented Ghana at the summit in Lome on Monday.", "Ama Owusu"),
])
def test_the_state_an_official_will_represent(nlp, text, name):
    assert _countries(nlp, text)[name] == ("GH", "country.representing")


def test_represented_by_another_names_no_state(nlp):
    found = _countries(nlp, "President Kofi Mensah, represented by Vice President Ama Owusu, spoke on Monday.")
    assert found["Kofi Mensah"][1] != "country.representing"


MINISTRY_PORTFOLIOS = [
    # the ministry named with its state on a release's line, its deputy minister bare
    ("Deputy Minister to attend trade talks\n\nThe Department of Trade and Industry, Zambia\n\n"
     "The Deputy Minister of Trade and Industry, Mr Paul Dube will depart for Brussels, Belgium today "
     "to attend the meeting.", "Paul Dube", "ZM"),
    # the ministry's address ends in its city
    ("By Radio Staff\nMinistry of Foreign Affairs and International Cooperation, Hill Road, Freetown 25th "
     "October, 2021. The Deputy Minister of Foreign Affairs and International Cooperation Madam Fatu Kamara "
     "has met with a delegation from The Gambia.", "Fatu Kamara", "SL"),
]


@pytest.mark.parametrize("text, name, code", MINISTRY_PORTFOLIOS)
def test_a_minister_of_a_ministry_named_with_its_state(nlp, text, name, code):
    assert _countries(nlp, text)[name] == (code, "person.ministry_portfolio")


def test_a_portfolio_of_two_states_tells_none(nlp):
    text = ("The Minister of Health John Doe spoke. The Ministry of Health of Ghana and the Ministry of "
            "Health of Togo signed a memorandum.")
    assert _countries(nlp, text)["John Doe"][1] != "person.ministry_portfolio"
