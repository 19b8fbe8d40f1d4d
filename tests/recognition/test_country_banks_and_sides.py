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
