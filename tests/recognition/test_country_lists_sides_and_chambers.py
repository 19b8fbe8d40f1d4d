"""Officials' countries in shapes read on fresh press (session 27): the side of bilateral
consultations that a named official leads, a state's group of ministers whose list follows,
the members of a list with a known holder of a national office, and the officers of chambers
and business councils whose body is named outside their title. All sentences are made up."""
import pytest

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


LIST_STORY = ("President Macky Sall received a delegation from the Gambia on Monday led by Minister Awa Ndiaye. "
              "Senegal and the Gambia discussed trade. The meeting was attended by Foreign Affairs Minister "
              "Mamadou Tangara, Finance Minister Lamin Bojang{more}.")


def test_the_members_of_a_list_with_a_known_holder_serve_his_state(nlp):
    found = _countries(nlp, LIST_STORY.format(more=", and Trade Minister Ousman Jallow"))
    assert found["Mamadou Tangara"][0] == "GM"  # a known holder of the Gambia's foreign ministry
    assert found["Lamin Bojang"] == ("GM", "person.list_mate")
    assert found["Ousman Jallow"] == ("GM", "person.list_mate")


def test_a_pair_is_no_list_of_one_states_party(nlp):
    found = _countries(nlp, LIST_STORY.format(more=""))
    assert found["Lamin Bojang"][1] != "person.list_mate"


@pytest.mark.parametrize("sentence, officer", [
    ("The talks were attended by Mersin Chamber of Industry Vice President Kemal Aydin.", "Kemal Aydin"),
    ("The talks were attended by National Chamber of Commerce of Sri Lanka President Nimal Perera.", "Nimal Perera"),
    ("The Kandy Chamber of Commerce and Industry (KCCI) signed an MoU. Present was Sunil Fernando, Chairman of "
     "the Executive Committee of KCCI.", "Sunil Fernando"),
    ("Present was Kamal Gunaratne, President of Sri Lanka-Chile Business Council.", "Kamal Gunaratne"),
    ("Present was Ruwan Silva, Executive Chair of Chambers Wales North.", "Ruwan Silva"),
])
def test_officers_of_chambers_and_business_councils_serve_no_state(nlp, sentence, officer):
    found = _countries(nlp, "Colombo, 3 May 2026\nSri Lanka and Turkey held a business forum in Colombo. "
                       + sentence + " Trade Minister Nuwan Jayasekara spoke.")
    assert found[officer] == (None, "null.non_state_body")
    assert found["Nuwan Jayasekara"][0] == "LK"  # a minister of the story's home keeps it
