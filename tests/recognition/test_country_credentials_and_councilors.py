"""Officials' countries, round two of session 13: a new envoy who presents his credentials is
the host's guest (of the state that sends him, never the host's); China's State Councilor is an
office that names its state. All sentences are made up."""
import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


@pytest.mark.parametrize("text, envoy, receiver", [
    ("ISLAMABAD: The newly appointed Ambassador Karl Weber presented his credentials to Foreign Minister "
     "Tariq Mahmood on Monday.", ("Karl Weber", None), ("Tariq Mahmood", "PK")),
    ("JAKARTA: Ambassador Karl Weber handed over his letters of credence to President Budi Santoso on Monday.",
     ("Karl Weber", None), ("Budi Santoso", "ID")),
    ("JAKARTA: President Budi Santoso received the credentials of Ambassador Karl Weber on Monday.",
     ("Karl Weber", None), ("Budi Santoso", "ID")),
    # the story's pair tells the sender: the other state than the host
    ("BERLIN: Ambassador Ali Raza presented his credentials to President Hans Vogel on Monday. Pakistan "
     "and Germany enjoy close ties.", ("Ali Raza", "PK"), ("Hans Vogel", "DE")),
    # an office that tells its state keeps it
    ("BERLIN: Pakistan's Ambassador Ali Raza presented his credentials to President Hans Vogel on Monday.",
     ("Ali Raza", "PK"), ("Hans Vogel", "DE")),
])
def test_an_envoy_presenting_credentials_is_not_the_hosts(nlp, text, envoy, receiver):
    found = _countries(nlp, text)
    assert found[envoy[0]][0] == envoy[1]
    assert found[receiver[0]][0] == receiver[1]


def test_an_envoy_without_credentials_stays_the_hosts(nlp):
    # no credentials: a bare ambassador met at home is the dateline's, as before
    found = _countries(nlp, "ISLAMABAD: Ambassador Karl Weber briefed Foreign Minister Tariq Mahmood on Monday.")
    assert found["Karl Weber"][0] == "PK"


@pytest.mark.parametrize("title", ["State Councilor", "State Councillor"])
def test_state_councilor_names_china(nlp, title):
    found = _countries(nlp, f"ISLAMABAD: {title} Li Wen called on Prime Minister Tariq Mahmood on Monday.")
    assert found["Li Wen"] == ("CN", "country.office_word")
    assert found["Tariq Mahmood"][0] == "PK"


def test_a_bare_visiting_official_keeps_his_own(nlp):
    # "visiting" before a bare office: the host's guest, whose state the text does not tell
    found = _countries(nlp, "ISLAMABAD: Prime Minister Tariq Mahmood met visiting Foreign Minister Karl Weber on Monday.")
    assert found["Karl Weber"][0] is None
    assert found["Tariq Mahmood"][0] == "PK"


def test_an_envoy_who_receives_credentials_is_the_hosts(nlp):
    # a home official styled Ambassador who receives the copy of credentials stays the host's
    found = _countries(nlp, "ISLAMABAD: Ambassador Tariq Mahmood received a copy of the "
                            "credentials of the new envoy on Monday.")
    assert found["Tariq Mahmood"][0] == "PK"


@pytest.mark.parametrize("text", [
    "ISLAMABAD: The delegation held talks on trade after visiting Governor Tariq Mahmood at his office on Monday.",
    "LAHORE: Students enjoyed visiting Chief Minister Tariq Mahmood at his residence.",
])
def test_the_one_visited_is_the_hosts(nlp, text):
    # "visiting" as the verb: the official visited is at home, no guest
    assert _countries(nlp, text)["Tariq Mahmood"][0] == "PK"


def test_a_state_councilor_with_a_second_office_names_china(nlp):
    found = _countries(nlp, "ISLAMABAD: State Councilor and Foreign Minister Li Wen met Prime Minister Ali Raza on Monday.")
    assert found["Li Wen"] == ("CN", "country.office_word")
    assert found["Ali Raza"][0] == "PK"


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Ambassador Ali Raza presented his credentials to German President Hans Vogel in Berlin on Monday. "
    "Pakistan and Germany enjoy close ties.",
    "ISLAMABAD: Ambassador Ali Raza presented his credentials to President Hans Vogel of Germany on Monday.",
    "ISLAMABAD: Ambassador Ali Raza on Monday presented his credentials to the German President.",
])
def test_the_homes_envoy_accredited_abroad_stays_the_homes(nlp, text):
    # the receiver's state is told and is not the home: the home's own envoy, posted there
    assert _countries(nlp, text)["Ali Raza"][0] == "PK"
