"""A visitor's office told with his state ("visiting Sri Lankan President NAME") does not
lend that state to the office coordinated after it (the host's), makes the story's other state
the host, and "visiting" before another's office is no visit of the one who meets him.
Sentences written for these tests."""


def _countries(extract_text, text):
    return {o.name: o.country for o in extract_text(text).officials}


def test_an_office_coordinated_after_a_visitors_is_not_of_his_state(extract_text):
    found = _countries(extract_text, "Visiting Peruvian President Rosa Vidal and Prime Minister Amal Haddad "
                                     "held talks in Amman on Monday.")
    assert found["Rosa Vidal"] == "PE" and found["Amal Haddad"] != "PE"


def test_without_visiting_the_coordinated_office_shares_the_state(extract_text):
    found = _countries(extract_text, "Egyptian President Karim Fahmy and Prime Minister Omar Said opened the canal.")
    assert found == {"Karim Fahmy": "EG", "Omar Said": "EG"}


def test_the_guests_state_makes_the_other_state_of_the_story_the_host(extract_text):
    text = ("An official meeting between the visiting Kenyan Foreign Minister Ruth Wanjiru and President Carlos "
            "Mendes took place on Monday. This is the first time the Foreign Minister of Kenya has come to Angola. "
            "The two ministers of Kenya and Angola signed two agreements, and Kenya will open a consulate.")
    found = _countries(extract_text, text)
    assert found == {"Ruth Wanjiru": "KE", "Carlos Mendes": "AO"}


def test_visiting_before_anothers_office_is_no_visit_of_the_host(extract_text):
    # "visiting" right before the guest's office, a city's name after it ("at Hyderabad House"):
    # the host neither visits that city nor joins the guest's party
    text = ("Prime Minister Arjun Rao held bilateral discussions with visiting Nepali Prime Minister Ram Thapa at "
            "Hyderabad House in the national capital on Saturday.\nSpokesperson Vikram Nair noted that PM Rao "
            "warmly welcomed his Nepali counterpart.\nThapa, the first foreign guest on a State visit to India this "
            "year, received a ceremonial welcome.\nThe Nepal PM Thapa arrived in India on Friday on a two-day State "
            "visit at the invitation of Prime Minister Arjun Rao.")
    found = _countries(extract_text, text)
    assert found["Ram Thapa"] == "NP" and found["Arjun Rao"] == "IN"


def test_is_visiting_is_the_mentions_own_visit(extract_text):
    text = "Foreign Minister Sara Lind is visiting Ghana this week. Lind met President Kwame Boateng in Accra."
    found = _countries(extract_text, text)
    assert found["Sara Lind"] != "GH" and found["Kwame Boateng"] == "GH"
