"""Whose officials with bare offices are, told by the guests of the story: an official whose state
only a demonym or a possessive tells ("Indian High Commissioner NAME") is the guest of the side
he faces; a visitor of one state on another state's site is that state's guest. All sentences
and addresses are made up; each case names the official and the country wanted."""
import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources

CASES = [
    # a guest told by his demonym, facing the other state's official: the story is the other's
    ("Ghana and Norway renewed a Memorandum of Understanding on fisheries. Norwegian Ambassador in Accra "
     "Lars Holm and Executive Director of the Ghana Fisheries Commission Kwame Asante signed it on Monday. "
     "Fisheries Minister Ama Boateng and Chief Director Kofi Mensah were present.", None,
     {"Ama Boateng": "GH", "Kofi Mensah": "GH", "Lars Holm": "NO"}),
    # an office word of the home's own ("Taoiseach"), facing the other state, keeps the home
    ("Ireland and Portugal held the first meeting of their joint commission on Tuesday. It was co-chaired "
     "by Taoiseach Niamh Walsh and her Portuguese counterpart Rui Costa. Minister of State Eoin Byrne was "
     "among the officials present. Portugal will host the next one.", None, {"Eoin Byrne": "IE"}),
    # a visiting official of one state on another state's site, naming no pair: the site's guest
    ("The visiting Chilean Minister of Defence, Pablo Rojas, said he hoped the two navies would train "
     "together. Minister Halvorsen said the visit by the Chilean delegation would strengthen ties.",
     "https://news-example.no/defence/a", {"Pablo Rojas": "CL", "Halvorsen": "NO"}),
    # ... and none on a site of no state
    ("The visiting Chilean Minister of Defence, Pablo Rojas, said he hoped the two navies would train "
     "together. Minister Halvorsen said the visit by the Chilean delegation would strengthen ties.",
     "https://news-example.com/defence/a", {"Pablo Rojas": "CL", "Halvorsen": None}),
    # on a state's site, the state named most with only officials its offices name is the guest's;
    # the site's state, named again, tells its own by bare offices
    ("Prime Minister Aroha Tane is speaking from the forum as the US pledges more funding. US Vice President "
     "Mary Cole told the forum the US would triple its funding. The United States has answered the requests "
     "of members, and from New Zealand's perspective the US pledges were useful. The New Zealand government "
     "said it was putting money into seeds. Tane discussed policing with the prime ministers of Samoa and Tonga.",
     "https://news-example.co.nz/political/1", {"Aroha Tane": "NZ", "Mary Cole": "US"}),
    # a state has one president: a second one with a bare office, after the home's, is the pair's other
    ("President Amina Yusuf bade farewell to the outgoing US ambassador to Somalia, Tom Reed, on Friday. "
     "She thanked him for deepening ties between Somalia and the United States. Reed's successor, appointed "
     "by President John Carter in March, will keep ties between the United States and Somalia strong.", None,
     {"Amina Yusuf": "SO", "John Carter": "US"}),
    # ... named in a sentence that does not name the other state: he stays the home's (a holder
    # of another time may be told with no word of it: "paid tribute to President NAME at his mausoleum")
    ("President Amina Yusuf bade farewell to the outgoing US ambassador to Somalia, Tom Reed, on Friday. "
     "She thanked him for deepening ties between Somalia and the United States. She later laid a wreath "
     "at the tomb of President Aden Abdulle.", None, {"Amina Yusuf": "SO", "Aden Abdulle": "SO"}),
    # ... but a holder of another time ("then-", "former") is no second one
    ("Foreign Minister Omar Baig held talks with his Russian counterpart Ivan Petrov in Goa on Thursday. "
     "It was the first visit to India by a Pakistani foreign minister since 2011, when then-foreign minister "
     "Sana Malik visited. Pakistan and India agreed to talk again. Pakistan's delegation left on Friday.",
     None, {"Sana Malik": "PK"}),
]


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    return {o.name: o.country for o in doc._.newsfacts.officials}, country_sources(doc)


@pytest.mark.parametrize("text,url,wanted", CASES)
def test_guest_and_side(nlp, text, url, wanted):
    found, sources = _countries(nlp, text, url)
    for name, country in wanted.items():
        assert name in found, (name, list(found))
        assert found[name] == country, (name, found[name], sources.get(name.lower()))


OWN_WORDS = [
    # "NAME of the Republic of X": the words of a state's formal name before its country
    ("He replaced President Amadou Diallo of the Republic of Niger, who chaired the body for a year.",
     "Amadou Diallo", "NE"),
    ("The talks were opened by Prime Minister Tshering Wangdi of the Kingdom of Bhutan on Monday.",
     "Tshering Wangdi", "BT"),
    ("He replaced President Amadou Diallo of Niger, who chaired the body for a year.", "Amadou Diallo", "NE"),
    # "X, whose <office> NAME": the state "whose" stands for
    ("WASHINGTON, 8 April - The talks will be co-chaired by the United States and Saudi Arabia, whose deputy "
     "foreign minister, Faisal Al-Harbi, hosted the last round.", "Faisal Al-Harbi", "SA"),
    # a demonym's other spelling ("Ivoirian")
    ("They approved the appointment of the current Ivoirian Minister for Industry, Paul Kouassi, as chair.",
     "Paul Kouassi", "CI"),
]


@pytest.mark.parametrize("text,name,country", OWN_WORDS)
def test_state_told_by_the_mention(extract_text, text, name, country):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found.get(name, "missing") == country, found


INTERNATIONAL = [
    # an office that serves the holder of a bare international office is the body's
    ("BRASILIA, 3 June - Ana Ribeiro, Special Envoy of the Secretary-General on Oceans, told ministers that "
     "the fund must grow.", "Ana Ribeiro"),
    # the UN's regional commissions and IFAD by their full names
    ("SANTIAGO, 3 June - Jorge Molina, Executive Secretary of the Economic Commission for Latin America and "
     "the Caribbean, opened the meeting.", "Jorge Molina"),
    ("ROME, 3 June - The loan was signed by Mary Okafor, Associate Vice-President of the International Fund "
     "for Agricultural Development.", "Mary Okafor"),
]


@pytest.mark.parametrize("text,name", INTERNATIONAL)
def test_officer_of_an_international_body_has_no_state(extract_text, text, name):
    found = {o.name: o.country for o in extract_text(text).officials}
    assert name in found and found[name] is None, found


PARTY = [
    # a state's party coordinated right after the mention goes with him
    ("President Ama Kofi, his wife and a high-ranking delegation of Ghana left Hanoi on Monday, ending a "
     "visit at the invitation of the host.", "Ama Kofi", "GH"),
    ("Minister Sione Vea and the Tongan delegation arrived in Suva on Monday.", "Sione Vea", "TO"),
    # a verb after "and", or another official between, is no party of his
    ("Minister Sione Vea welcomed and thanked the Tongan delegation in Suva on Monday.", "Sione Vea", None),
    ("President Ama Kofi, Minister Kojo Mensah and the Ghanaian delegation left Hanoi on Monday.", "Ama Kofi", None),
]


@pytest.mark.parametrize("text,name,country", PARTY)
def test_party_alongside(nlp, text, name, country):
    found, sources = _countries(nlp, text)
    assert name in found, list(found)
    if country:
        assert found[name] == country, sources
    else:
        assert sources[name.lower()] != "country.party_alongside", sources
