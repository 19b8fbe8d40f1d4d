"""Whose an official is when his office tells none, on shapes of press from fresh real articles
(FACTS.md): each case a sentence written for these tests."""
import pytest

CASES = [
    # a story told from its dateline's state: two other states named where others meet (the
    # place of a meeting, a counterpart's demonym) are no pair that moves its own officials away
    ("CANBERRA, 4 May (AAP) - Finance Minister Liam Byrne held talks with his Japanese counterpart "
     "Kenji Sato on Friday on the margins of the finance ministers' meeting in Brazil. Brazilian officials "
     "hosted the meeting.", "Liam Byrne", "AU"),
    ("Finance Minister Liam Byrne held talks with his Japanese counterpart Kenji Sato on Friday.",
     "Kenji Sato", "JP"),
    # an office that names its state, in whatever place the story is filed from
    ("MUNICH: External Affairs Minister Priya Raman held talks with Chancellor Hans Vogel on Saturday.",
     "Priya Raman", "IN"),
    ("Deputy External Affairs Minister Priya Raman will travel to Lima next week, the ministry said.",
     "Priya Raman", "IN"),
    # one whose office tells his state and who faces the other state of the story's pair tells
    # which side the story is told from, for the officials whose offices tell none
    ("Ireland and Portugal held the first meeting of their joint commission on Tuesday. It was co-chaired "
     "by Taoiseach Niamh Walsh and her Portuguese counterpart Rui Costa. Minister of State Eoin Byrne was "
     "among the officials present. Portugal will host the next one.", "Eoin Byrne", "IE"),
]


@pytest.mark.parametrize("text,name,country", CASES)
def test_official_country(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country


@pytest.mark.parametrize("text,name,country", [
    # words that describe the holder stand between his state's possessive and his office
    ("LONDON - India's visiting Foreign Minister Arjun Rao held talks with Prime Minister Tom Hale.",
     "Arjun Rao", "IN"),
    ("APIA - Fiji's recently-elected Prime Minister, Ratu Joni Vula, visited Tonga last month.",
     "Joni Vula", "FJ"),
    ("Kenya's long serving Trade Minister Amina Odhiambo opened the fair in Kampala on Monday.",
     "Amina Odhiambo", "KE"),
])
def test_a_states_possessive_across_describing_words(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country


@pytest.mark.parametrize("text,name,title,country", [
    # a town's name that ends another name ("Lok Sabha", a legislature) tells no state
    # (where she is met would tell: "... met Lok Sabha Speaker Mira Kumar in New Delhi" is IN, see
    # test_office_country_structure.py)
    ("The delegation later met Lok Sabha Speaker Mira Kumar on Tuesday.", "Mira Kumar", "Lok Sabha Speaker", None),
    ("NEW DELHI - The visitors met Rajya Sabha Chairman Arun Pal on Monday.", "Arun Pal", "Rajya Sabha Chairman", "IN"),
])
def test_a_town_ending_another_name_tells_no_state(extract_text, text, name, title, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


def test_those_met_during_anothers_visit_are_the_hosts(extract_text):
    # "A called on B and C during her visit to X": the visit is A's; B and C are met there, and
    # serve X; A, "of the United States", serves hers
    text = ("Visiting Trade Secretary Jane Roe of the United States held talks with Foreign Minister Ravi "
            "Perera in Colombo yesterday. Roe called on President Nimal Silva and Prime Minister Kamal "
            "Fernando during her visit to Sri Lanka.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found == {"Jane Roe": "US", "Ravi Perera": "LK", "Nimal Silva": "LK", "Kamal Fernando": "LK"}


def test_ones_own_visit_after_a_meeting_verb_stays_his(extract_text):
    # no meeting verb before him: the visit told after the mention is his own
    text = ("Prime Minister Sione Taufa of Tonga arrived in Wellington on Sunday for his visit to New Zealand. "
            "He met Governor-General Anne Clarke on Monday.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Sione Taufa"] == "TO"


@pytest.mark.parametrize("text,names", [
    # every item of a list after "the <Demonym> delegation included" serves that state, in a
    # story filed from the host's capital
    ("RIYADH - The Emirati delegation included the Crown Prince of Dubai Sheikh Hamdan Bin Mohammed; "
     "National Security Adviser and Chairman of the Council Sheikh Hazza Bin Zayed; Deputy Prime Minister "
     "and Interior Minister Saif Bin Zayed Al Nahyan, among other officials.",
     ("Hazza Bin Zayed", "Saif Bin Zayed Al Nahyan")),
    ("MANILA, 3 June - The Vietnamese delegation included Deputy Minister Tran Van Hai, Trade Minister "
     "Le Thi Mai and Ambassador Do Quang Vinh.", ("Le Thi Mai", "Do Quang Vinh")),
])
def test_a_delegations_listed_members_serve_its_state(extract_text, text, names):
    found = {o.name: o.country for o in extract_text(text).officials}
    expected = "AE" if "Emirati" in text else "VN"
    assert [found.get(name) for name in names] == [expected] * len(names), found


def test_the_place_a_visiting_party_is_in_makes_the_host(extract_text):
    # the visitors are a party, no named official: the state they are in is the story's host;
    # the one who leads them is of the state the party comes from
    text = ("A four-member delegation from the Parliament of Malawi is in Kenya for a week-long study tour. "
            "The delegation, made up of members of Malawi's Budget Committee, is led by Mr. Peter Banda, "
            "the Committee Chairman. Speaker of the National Assembly Ruth Wanjiru welcomed the visitors "
            "on Tuesday.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found == {"Peter Banda": "MW", "Ruth Wanjiru": "KE"}


def test_those_a_party_meets_during_its_stay_are_the_hosts(extract_text):
    text = ("A twelve-member delegation headed by Li Hua, Vice Chairman of the Standing Committee of China's "
            "National People's Congress, arrived on Monday. During their stay in Nepal, the delegation will call "
            "on Prime Minister Ram Thapa and Speaker Sita Rai.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert (found.get("Ram Thapa"), found.get("Sita Rai")) == ("NP", "NP")


def test_a_delegation_of_a_state_led_by_an_official(extract_text):
    text = ("The Minister of Trade of Chile, Ms Ana Rojas, hosted on Monday a delegation of the Republic of "
            "Peru led by the Minister of Energy, Luis Quispe, for the joint commission.")
    found = {o.name: o.country for o in extract_text(text).officials}
    assert found["Luis Quispe"] == "PE"
