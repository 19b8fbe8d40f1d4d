"""Officials' countries in shapes read on fresh press (session 27): the side of bilateral
consultations that a named official leads, a state's group of ministers whose list follows.
All sentences are made up."""

from newsfacts.api import make_doc
from newsfacts.recognition.officials import country_sources


def _countries(nlp, text, url=None):
    doc = nlp(make_doc(nlp, text, id="t", published="2026-03-04", url=url))
    sources = country_sources(doc)
    return {o.name: (o.country, sources[o.name.lower()]) for o in doc._.newsfacts.officials}


def test_the_side_a_named_official_leads_at_consultations(nlp):
    found = _countries(nlp, (
        "India and Fiji held the second round of Foreign Office Consultations on 4 March. The Indian side "
        "was led by Shri Anil Verma, Secretary (East), and the Fijian side was led by Ambassador Jone Koroi, "
        "Director, Asia Department. The Norway-side was led by Mr. Lars Berg, Deputy Secretary."))
    assert found["Anil Verma"] == ("IN", "country.delegation_led_by")
    assert found["Jone Koroi"] == ("FJ", "country.delegation_led_by")
    assert found["Lars Berg"] == ("NO", "country.delegation_led_by")


def test_a_states_group_of_ministers_opens_its_list(nlp):
    found = _countries(nlp, (
        "Canberra, 3 May 2026\nThe 5th Fiji-Australia Ministerial Forum was held in Canberra on 3 May 2026.\n"
        "Participating Fijian Ministers included; Hon. Jone Tavita MP, Minister for Treasury, Hon. Sefo Kamea MP, "
        "Minister for Police, and Hon. Mere Vula, Minister for Health.\nParticipating Australian Ministers were: "
        "Senator Anne Smith, Minister for Defence."), "https://www.example.gov.au/a")
    assert found["Jone Tavita"] == ("FJ", "country.group_member")
    assert found["Sefo Kamea"][0] == found["Mere Vula"][0] == "FJ"  # the list goes on from its first
    assert found["Anne Smith"] == ("AU", "country.group_member")
