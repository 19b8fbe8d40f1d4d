"""An official's country read from the words around the office (FACTS.md), one rule per
case, on sentences written for these tests."""
import pytest

CASES = [
    # demonym before the title, in another country's dateline: the visitor keeps his own
    ("WELLINGTON, 3 March 2026 -- Indonesian Trade Minister Budi Santoso arrived on Monday.",
     "Budi Santoso", "ID"),
    ("SEOUL, 2 May 2026 -- The Korean Vice Minister of Foreign Affairs, Kim Hong-kyun, opened the talks in Nairobi.",
     "Kim Hong-kyun", "KR"),
    ("NAIROBI, 2 May 2026 -- Foreign Minister Musalia Wekesa held talks with his Beninese counterpart Olushegun Adjovi on Thursday.",
     "Olushegun Adjovi", "BJ"),
    ("ADDIS ABABA, 2 May 2026 -- Kenya's Cabinet Secretary for Health Susan Wanjiru told the meeting that funds were short.",
     "Susan Wanjiru", "KE"),
    # "of <state's formal name>", wherever it stands in the title
    ("The Prime Minister of the Lao People's Democratic Republic Sonexay Phommachanh arrived in Hanoi.",
     "Sonexay Phommachanh", "LA"),
    ("Wang Lei, Premier of the State Council of the People\u2019s Republic of China, met the envoys in Lima.",
     "Wang Lei", "CN"),
    ("The session was chaired by the President of Ghana and AU Chairperson, John Asamoah.",
     "John Asamoah", "GH"),
    ("He met H.E. Ms Lina Ortega, Ambassador Extraordinary and Plenipotentiary of the Republic of Colombia to Kenya.",
     "Lina Ortega", "CO"),
    # the sentence around the office
    ("Fiji will be represented at the forum by Deputy Prime Minister Viliame Naupoto.",
     "Viliame Naupoto", "FJ"),
    ("Minister of Trade Josefa Amaral, Secretary of State for Fisheries Lucia Pinto and other Timorese officials attended.",
     "Lucia Pinto", "TL"),
    ("The Thai delegation was led by Deputy Foreign Minister Sihasak Phuangketkaew.",
     "Sihasak Phuangketkaew", "TH"),
    # a bare apostrophe after a state ending in "s" is its possessive
    ("The Maldives’ Minister of Tourism Ahmed Rasheed opened the fair.", "Ahmed Rasheed", "MV"),
    ("Seychelles' Minister of Fisheries Marie Hoareau will attend the forum.", "Marie Hoareau", "SC"),
    # the story is between two states: one who faces the other's official is of the first
    ("Foreign Minister Tomas Lindqvist and his Estonian counterpart will meet in Riga, as Sweden and "
     "Estonia deepen their ties.", "Tomas Lindqvist", "SE"),
    ("Trade Secretary Maria Lopez spoke by phone with Japanese Trade Minister Kenji Sato about the "
     "Mexico-Japan partnership.", "Maria Lopez", "MX"),
    ("Foreign Minister Aiyana Ruiz arrived in Lima on Monday for talks that Chile and Peru hope will "
     "settle the quota.", "Aiyana Ruiz", "CL"),
    # a status word between the possessive and the office
    ("Malawi's new President, Grace Banda, will attend the summit.", "Grace Banda", "MW"),
    # "its" before the office: the state named last before it
    ("Ireland, which holds the rotating chair, will send its acting Foreign Minister Niamh Byrne.",
     "Niamh Byrne", "IE"),
    # an ambiguous demonym means the one state of that name the story names
    ("Korean Prime Minister Lee Jae-won will host the talks, officials in South Korea said.",
     "Lee Jae-won", "KR"),
    # the one state a story names, even once, is its home
    ("Trade Minister Aroha Parata said the deal was at the heart of New Zealand's export plans.",
     "Aroha Parata", "NZ"),
]

NO_STATE_CASES = [
    # officers of companies and of international bodies serve no state
    ("KUCHING, 3 March 2026 -- The deal was signed by Ahmad Zaki, chief executive officer of Borneo Grid "
     "Berhad, on Monday.", "Ahmad Zaki"),
    ("BRUSSELS, 3 March 2026 -- The President of the European Council, Karin Holm, opened the summit.",
     "Karin Holm"),
    ("DUBLIN, 3 March 2026 -- European Commissioner for Trade Piotr Nowak met farmers in Cork.", "Piotr Nowak"),
]


def test_a_national_officer_for_a_regional_body_serves_his_state(extract_text):
    text = "GABORONE, 3 March 2026 -- Kagiso Molefe, the national secretary for SADC matters, briefed reporters."
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Kagiso Molefe"].country == "BW"


@pytest.mark.parametrize("text,name", NO_STATE_CASES)
def test_officers_of_no_state(extract_text, text, name):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country is None


def test_an_ambiguous_demonym_stays_unread_when_the_story_names_both_states(extract_text):
    text = "Korean Foreign Minister Lee Jae-won spoke of North Korea and South Korea in Geneva."
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Lee Jae-won"].country is None


@pytest.mark.parametrize("text,name,country", CASES)
def test_office_country_from_context(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country


def test_a_visitor_never_takes_the_dateline_country(extract_text):
    text = ("JAKARTA, 4 June 2026 -- Deputy Prime Minister Daniel Mwangi arrived in Jakarta on Tuesday "
            "for a three-day official visit.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Daniel Mwangi"].country is None  # nothing says whose he is; not Indonesia's


def test_host_country_of_a_visit(extract_text):
    text = ("Canadian Foreign Minister Claire Dubois will be in Ghana on a two-day visit next week. "
            "She is scheduled to meet Foreign Minister Kwame Boateng on Tuesday.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Claire Dubois"].country == "CA"
    assert found["Kwame Boateng"].country == "GH"


def test_places_of_events_do_not_make_the_story_country(extract_text):
    text = ("The summit will be held in Switzerland on 15 June. The press secretary Marc Olsen said the talks "
            "would be held in Geneva, Switzerland, behind closed doors.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Marc Olsen"].country is None


@pytest.mark.parametrize("text,not_a_person", [
    ("The forum was held at the King Sejong International Conference Center on Monday.", "Sejong International"),
    ("Delegates landed at the President Kruger International Airport yesterday.", "Kruger International"),
])
def test_a_place_named_after_a_title_holder_is_no_official(extract_text, text, not_a_person):
    names = [o.name for o in extract_text(text).officials]
    assert not any(not_a_person in name or name in not_a_person for name in names), names


def test_state_name_leaves_the_title(extract_text):
    text = "He met H.E. Ms Lina Ortega, Ambassador Extraordinary and Plenipotentiary of the Republic of Colombia to Kenya."
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Lina Ortega"].title == "Ambassador Extraordinary and Plenipotentiary to Kenya"
    text = "The Prime Minister of the Lao People's Democratic Republic Sonexay Phommachanh arrived in Hanoi."
    assert extract_text(text).officials[0].title == "Prime Minister"


def test_rank_with_a_full_stop_is_an_honorific(extract_text):
    official = extract_text("The envoy met President Lt Gen. Dr Paul Kamanzi in Kigali.").officials[0]
    assert (official.name, official.honorifics) == ("Paul Kamanzi", ["Lt Gen", "Dr"])


@pytest.mark.parametrize("text,name,title", [
    ("Permanent Secretary in the Ministry of Trade and Industry, Mr Kabelo Mosweu said the talks went well.",
     "Kabelo Mosweu", "Permanent Secretary in the Ministry of Trade and Industry"),
    ("The talks were led by Park Ji-hoon, Deputy Minister for Trade.", "Park Ji-hoon", "Deputy Minister for Trade"),
    ("Governor of the State Bank of Viet Nam Nguyen Thi Lan spoke first.", "Nguyen Thi Lan",
     "Governor of the State Bank of Viet Nam"),
    ("The Leader of the Opposition Hon. Peter Lawson attended the dinner.", "Peter Lawson", "Leader of the Opposition"),
])
def test_title_shapes(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title


def test_an_abbreviated_office_is_the_same_person(extract_text):
    text = ("Deputy PM Tran Van Long arrived on Monday. Deputy Prime Minister and Foreign Minister "
            "Tran Van Long then met the press.")
    officials = extract_text(text).officials
    assert [(o.name, o.title) for o in officials] == [
        ("Tran Van Long", "Deputy Prime Minister and Foreign Minister")]


def test_the_host_of_a_visit_told_before_the_visitor(extract_text):
    text = ("The Ghanaian foreign minister will pay an official visit to Sri Lanka next week. "
            "During his visit to Sri Lanka, Foreign Minister Kofi Mensah will be received by "
            "President Anura Dissanayake.")
    found = {o.name: o for o in extract_text(text).officials}
    # a visitor never takes the host's country; the story is between Ghana and Sri Lanka, so
    # the visitor to Sri Lanka is of the other state
    assert found["Kofi Mensah"].country == "GH"
    assert found["Anura Dissanayake"].country == "LK"


def test_a_plural_office_gives_each_listed_holder_the_office_and_country(extract_text):
    text = ("The summit will be attended by Presidents Hage Moyo from Namibia, Jean Kabila ( DRC), "
            "Ana Sousa (Angola) and Peter Banda (Malawi), the organisers said.")
    found = [(o.name, o.title, o.country) for o in extract_text(text).officials]
    assert found == [("Hage Moyo", "President", "NA"), ("Jean Kabila", "President", "CD"),
                     ("Ana Sousa", "President", "AO"), ("Peter Banda", "President", "MW")]
    assert extract_text("The Presidents met on Monday in Windhoek.").officials == []


def test_only_the_official_faced_is_foreign(extract_text):
    """Objects listed side by side ("talks with A, a lunch and a meeting with B") face the
    subject, not each other; a demonym that names a body ("the Indian Railway Board") is no
    official faced."""
    text = ("KATHMANDU, 3 May 2026 -- Home Minister Raju Thapa will hold talks with Indian Home Minister "
            "Amit Rao, a lunch with traders and a meeting with Opposition Leader Binod Karki. "
            "Transport Minister Sita Rai will meet with the Indian Railway Board on Friday.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Amit Rao"].country == "IN"
    assert found["Raju Thapa"].country == "NP"
    assert found["Binod Karki"].country == "NP"
    assert found["Sita Rai"].country == "NP"


def test_a_visitor_without_a_second_state_keeps_no_country(extract_text):
    text = ("SUVA, 4 June 2026 -- Foreign Minister Tavita Leota arrived in Suva on Tuesday for a visit. "
            "He will meet Fiji's Prime Minister Jone Bale.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Jone Bale"].country == "FJ"
    assert found["Tavita Leota"].country is None  # a visitor, and nothing tells whose he is


def test_the_story_is_told_from_the_side_that_faces_the_state_it_names_most(extract_text):
    """No dateline; the UK is named most, but the unmarked official speaks with the UK's: the
    story is told from the other side of its pair, for its spokesman too."""
    text = ("The below is attributable to Spokesperson Carla Diaz. Secretary of State Mark Jones spoke today "
            "with UK Foreign Secretary Jane Hill. Secretary Jones praised the United States-UK partnership "
            "and UK leadership on climate, and the UK plan for Gaza.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Jane Hill"].country == "GB"
    assert found["Mark Jones"].country == "US"
    assert found["Carla Diaz"].country == "US"


COORDINATED_CASES = [
    # an unmarked office before "and" and an office whose state is told: the other side
    ("Reports said President Park Min-jae and Japanese Prime Minister Taro Sato will meet in Lima, as "
     "South Korea and Japan seek closer ties.", "Park Min-jae", "KR"),
    # the last two items of a delegation's list are joined by "and" too: no other side
    ("HANOI, 2 May 2026 -- The delegation includes Minister of Industry Le Van Tam; Deputy Minister of "
     "Finance Tran Thi Ha and Vietnamese Ambassador to Japan Do Minh Quan.", "Tran Thi Ha", "VN"),
]


@pytest.mark.parametrize("text,name,country", COORDINATED_CASES)
def test_coordinated_offices(extract_text, text, name, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].country == country


def test_a_story_filed_from_a_meeting_abroad_is_told_from_its_own_state(extract_text):
    """The dateline's state is named only as the place of the meeting; another state is named
    throughout: the unmarked official is that state's."""
    text = ("NAIROBI, 3 June 2026 -- Secretary for Foreign Affairs Ana Reyes set out Philippine priorities "
            "at the ministers' meeting held in Nairobi, Kenya. She said the Philippines would stand for the "
            "council, and that the Philippine bid had wide support.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Ana Reyes"].country == "PH"


def test_a_multilateral_story_has_no_home_country(extract_text):
    """Officials of three states and more: the state named most is no home for the unmarked."""
    text = ("Fiji's Prime Minister Jone Bale, Samoa's Prime Minister Tui Leota and Tonga's Prime Minister "
            "Siaosi Manu met in Suva. Fiji hosted the talks, and Fiji's economy was discussed. "
            "Secretary General Mere Tora said the forum would meet again.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Siaosi Manu"].country == "TO"
    assert found["Mere Tora"].country is None


def test_an_undecided_story_takes_the_side_that_faces_the_other(extract_text):
    """No dateline, two states named as often: the unmarked minister who meets the other's
    counterpart is of the first, and so is the unmarked colleague of the story."""
    text = ("Foreign Minister Rahim Uddin will meet his Chinese counterpart on Sunday. Bangladesh and China "
            "will sign three agreements, and China and Bangladesh will review trade. State minister for "
            "foreign affairs Nasir Alam said the list was ready.")
    found = {o.name: o for o in extract_text(text).officials}
    assert found["Rahim Uddin"].country == "BD"
    assert found["Nasir Alam"].country == "BD"


def test_a_list_of_names_after_states_possessives_shares_the_first_office(extract_text):
    text = ("Fijian Prime Minister Jone Bale, Samoa's Tui Leota and Tonga's Siaosi Manu met in Suva. "
            "Palau's President Tomas Remengesau, Nauru's Crown Prince Sheikh Adam Doe and others came too.")
    found = {o.name: o for o in extract_text(text).officials}
    assert (found["Tui Leota"].title, found["Tui Leota"].country) == ("Prime Minister", "WS")
    assert (found["Siaosi Manu"].title, found["Siaosi Manu"].country) == ("Prime Minister", "TO")
    # an office or a style after the possessive is the item's own
    assert "Crown Prince Sheikh Adam Doe" not in found
