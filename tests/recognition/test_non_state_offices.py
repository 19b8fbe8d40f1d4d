"""Officers of bodies that serve no government (FACTS.md country: the government the official
serves), a bare international office that is the short form of a state's office, and ordinals in
titles; each case a sentence written for these tests."""
import pytest

NON_STATE = [
    # a university's officers: no state from the story's home
    ("ACCRA, 3 May -- The Vice-Chancellor of the University of Accra, Professor Kofi Mensah, received "
     "the Colombian Ambassador Ana Lopez on Monday.", "Kofi Mensah", None),
    ("RIGA -- A delegation from a Chinese university met Deputy Rector Janis Berzins "
     "at the campus on Monday.", "Janis Berzins", None),
    # a chamber of commerce's, even with the state's name before the office
    ("The MoU was signed by Kenya Chamber President Dr. John Kamau and Mozambique Chamber President "
     "Mr. Pedro Silva in Maputo.", "Pedro Silva", None),
    ("The MoU was signed by Kenya Chamber President Dr. John Kamau and Mozambique Chamber President "
     "Mr. Pedro Silva in Maputo.", "John Kamau", None),
    # an association's and a newspaper's
    ("TOKYO -- The envoy thanked Mr. Ken Sato, President of the Osaka-Peru Friendship Association, "
     "for the dinner.", "Ken Sato", None),
    # ... but one the text says represents a state keeps it (the dev gold)
    ("Singapore will be represented at the Forum by Acting Chair of the Nanyang Technological "
     "University School of Law Professor Ben Tan.", "Ben Tan", "SG"),
    # a state's officer is no body's
    ("ACCRA, 3 May -- Education Minister Kofi Asante opened the new hall of the University of Accra "
     "on Monday.", "Kofi Asante", "GH"),
]


@pytest.mark.parametrize("text,name,country", NON_STATE)
def test_officer_of_a_body_serving_no_government_has_no_state(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country


def test_bare_secretary_general_short_form_of_a_state_office(extract_text):
    text = ("TALLINN, 3 May -- Foreign Ministry Secretary General Jaan Tamm met Nordic colleagues on "
            "Monday. \"We agreed on much,\" said Secretary General Tamm.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Jaan Tamm"].title == "Foreign Ministry Secretary General"
    assert found["Jaan Tamm"].country == "EE"


def test_bare_secretary_general_alone_stays_international(extract_text):
    text = "NEW YORK -- Secretary-General Ana Reyes told the Assembly on Monday that talks would go on."
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Ana Reyes"].country is None


@pytest.mark.parametrize("text,name,title", [
    ("He praised the first President of Uzbekistan, Islam Karimov, for the treaty.", "Islam Karimov",
     "first President"),
    ("The first vice-president of the Committee on Trade, Dr. Ana Ubiali, represents the Chamber.",
     "Ana Ubiali", "first vice-president of the Committee on Trade"),
])
def test_ordinal_of_a_line_of_holders_stays_in_the_title(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text,name", [
    ("BOGOTA -- Christoph Lind, Secretary General of the World Energy Council, opened the congress with "
     "Energy Minister Ana Ruiz.", "Christoph Lind"),
    ("NEW DELHI -- IEA Executive Director Omer Kaya met Mines Secretary Ravi Rao on Monday.", "Omer Kaya"),
    ("PARIS -- Ana Ruiz, President of the World Association of Investment Promotion Agencies, spoke.", "Ana Ruiz"),
])
def test_world_councils_and_more_intergovernmental_bodies_serve_no_state(extract_text, text, name):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country is None


@pytest.mark.parametrize("text,name", [
    ("TAIPEI -- President Lai thanked Pope Francis for his message on Monday.", "Francis"),
    ("KUWAIT -- The minister received Apostolic Nuncio Eugene Brennan on Monday.", "Eugene Brennan"),
])
def test_the_holy_sees_offices_name_their_state(extract_text, text, name):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == "VA"
