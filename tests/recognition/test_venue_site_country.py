"""A building whose country neither the text nor the story's other venues tell is in the state
of the site the story was read on, by its country-code domain (the story's home, as for
officials); a generic-name domain (.tv, .io) tells none. Sentences written for these tests."""
import pytest

from newsfacts.api import make_doc
from newsfacts.nlp import default_nlp


def _venues(text, url=None):
    nlp = default_nlp()
    record = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))._.newsfacts
    return {(v.name, v.city, v.country) for v in record.venues}


HALL = "The annual teachers' conference was held on Monday at the Ivy Loren Hall."


@pytest.mark.parametrize("url, country", [
    pytest.param("https://www.education.gov.ky/news/1", "KY", id="a government site under .ky"),
    pytest.param("https://news.example.com.ph/story", "PH", id="a site under .com.ph"),
    pytest.param("https://channel.tv/story", None, id="must not fire: .tv is sold as a generic name"),
    pytest.param("https://example.org/story", None, id="must not fire: a generic domain tells no state"),
    pytest.param(None, None, id="must not fire: no address"),
])
def test_a_building_takes_the_sites_state(url, country):
    assert ("Ivy Loren Hall", None, country) in _venues(HALL, url)


def test_the_storys_own_country_wins_over_the_site():
    # the story's other venues tell one state: the building is there, whatever the site
    text = ("The ministers met in Nairobi on Monday. The closing session was held on Tuesday "
            "at the Ivy Loren Hall.")
    assert {v[2] for v in _venues(text, "https://www.example.gov.ky/n")} == {"KE"}
