"""Officials in shapes of real press met in session 32: one full name written with two
offices that share no word (a plural office's list, then a description of the office). All
sentences are made up."""


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


def test_a_state_told_by_a_second_office_of_the_same_full_name(extract_text):
    # the plural office's list tells no state; "the leader of the Spanish Government, NAME" does
    text = ("The pact was signed on 3 May 2021 at the summit in Elvas by Prime Ministers Ana Lopes "
            "and Pedro Ruiz.\n\nOn that day, the leader of the Spanish Government, Pedro Ruiz, "
            "praised the pact.")
    found = dict((name, (title, country)) for name, title, country in _officials(extract_text, text))
    assert found["Pedro Ruiz"] == ("Prime Minister", "ES")


def test_a_same_full_name_never_lends_an_international_officer_a_state(extract_text):
    text = ("UN Secretary-General Maria Duarte opened the talks. Maria Duarte, the head of the "
            "Chilean Government delegation, spoke later.")
    found = dict((name, country) for name, _, country in _officials(extract_text, text))
    assert found.get("Maria Duarte") is None


def test_an_office_opening_its_clause_joins_a_state_office_after_and(extract_text):
    # "..., Forum Chair and Samoa's Prime Minister NAME": one holder of both; the state leaves the title
    text = "In closing, Forum Chair and Samoa's Prime Minister Fiame Tuilaepa thanked the delegates."
    assert _officials(extract_text, text) == [("Fiame Tuilaepa", "Forum Chair and Prime Minister", "WS")]


def test_an_office_after_a_determiner_or_a_name_stays_another_persons(extract_text):
    # "The Prime Minister and Japan's Foreign Minister NAME": two people, the first unnamed
    text = "The Prime Minister and Japan's Foreign Minister Taro Kono held talks in Tokyo."
    assert _officials(extract_text, text) == [("Taro Kono", "Foreign Minister", "JP")]
    text = ("The memorandum was signed by Minister for Defence Rick Marl MP and Philippines' Secretary "
            "for Defence Gil Tan.")
    found = dict((name, title) for name, title, _ in _officials(extract_text, text))
    assert found["Gil Tan"] == "Secretary for Defence"


WRAPPED_INDENTED = (
    "YEREVAN, MAY 4. At the invitation of Latvian Foreign Minister Janis\n"
    "    Ozols, the Armenian Foreign Minister Ara Petrosyan paid a two-day\n"
    "    official visit to Riga on May 2-3, the ministry said in a statement.\n"
    "    The two ministers discussed trade, transport and energy links and\n"
    "    agreed to open a joint business council before the end of the year.\n"
    "    Petrosyan also met the Mayor of Riga, Anna Kalnina, and laid\n"
    "    flowers at the Freedom Monument in the centre of the city on\n"
    "    Saturday. Ozols said the visit opened a new page in the relations\n"
    "    between the two states and that the next round would be held soon.\n")


def test_a_name_split_by_an_indented_hard_wrap_is_read_whole(extract_text):
    record = extract_text(WRAPPED_INDENTED)
    found = {o.name: (o.title, o.country) for o in record.officials}
    assert found["Janis Ozols"] == ("Foreign Minister", "LV")
    mention = next(m for o in record.officials if o.name == "Janis Ozols" for m in o.mentions)
    assert WRAPPED_INDENTED[mention.start:mention.end] == mention.text  # quoted from the text as written
    assert "Janis" not in found


def test_a_name_with_two_particles_before_an_apposed_office(extract_text):
    # read backwards from the comma as forwards: "de la", "van der" inside the name
    text = "The envoy will meet with Ana van der Berg, Peru's Secretary of Foreign Affairs, on Friday."
    assert _officials(extract_text, text) == [("Ana van der Berg", "Secretary of Foreign Affairs", "PE")]


def test_status_words_current_and_later_ordinals_stay_in_the_title(extract_text):
    text = "She will meet with Alicia Vargas, current Secretary of Foreign Affairs, to discuss trade."
    assert [t for _, t, _ in _officials(extract_text, text)] == ["current Secretary of Foreign Affairs"]
    text = "The fourth King of Bhutan Jigme Singye Wangchuck attended the ceremony."
    assert _officials(extract_text, text) == [("Jigme Singye Wangchuck", "fourth King", "BT")]


def _countries(extract_text, text):
    return {o.name: o.country for o in extract_text(text).officials}


def test_a_delegation_that_included_its_members_through_a_relative_pronoun(extract_text):
    # a describing word between the demonym and "delegation"; ", which included" before the members
    text = ("BEIRUT - Speaker Nabih Berri welcomed the Iraqi ministerial delegation, which included "
            "Minister of Oil, Hassan Ali, and Minister of Agriculture, Karim Saad.")
    found = _countries(extract_text, text)
    assert found["Hassan Ali"] == "IQ" and found["Karim Saad"] == "IQ"
    text = "BEIRUT - The Iraqi delegation that included Minister of Oil Hassan Ali arrived on Friday."
    assert _countries(extract_text, text)["Hassan Ali"] == "IQ"


def test_a_relative_pronoun_after_another_noun_tells_no_delegation(extract_text):
    text = ("BEIRUT - The Iraqi delegation was received by the ministers, who included Minister of "
            "Oil Hassan Ali.")
    assert _countries(extract_text, text)["Hassan Ali"] != "IQ"


def test_offices_joined_by_a_spaced_dash_are_one_holders(extract_text):
    # a ministry's style: two offices of one holder parted by a spaced dash; the dateline's dash is no office's
    text = ("Astana, 16 May 2025 – Deputy Prime Minister – Minister of Foreign Affairs of the Republic of "
            "Kazakhstan Aidos Temirov held talks with the Representative of the President of the Republic "
            "of Azerbaijan on Special Assignments Elnur Mammadov.")
    found = {o.name: (o.title, o.country) for o in extract_text(text).officials}
    assert found["Aidos Temirov"] == ("Deputy Prime Minister – Minister of Foreign Affairs", "KZ")
    # the state leaves the middle of the office before "on"; a portfolio word ends it, no name's word
    assert found["Elnur Mammadov"] == ("Representative of the President on Special Assignments", "AZ")


def test_a_prefix_set_apart_by_a_spaced_dash_and_a_lowercase_unit_stay_in_the_title(extract_text):
    text = "The talks of Vice – Governor of Murmansk region Ivan Petrov with the mayor went well."
    assert _officials(extract_text, text) == [("Ivan Petrov", "Vice – Governor of Murmansk region", "RU")]
    # a dash after a city (a dateline) joins nothing
    text = "ACCRA – Minister Ama Lopes opened the plant."
    assert [t for _, t, _ in _officials(extract_text, text)] == ["Minister"]


def test_the_state_leaves_the_middle_of_an_office_before_for(extract_text):
    text = "Minister of Finland for Nordic Cooperation Anna Virtanen spoke first."
    assert _officials(extract_text, text) == [("Anna Virtanen", "Minister for Nordic Cooperation", "FI")]


def test_offices_joined_by_a_slash_are_one_holders(extract_text):
    text = ("BRUSSELS - Remarks by High Representative/Vice-President Ana Lopes at the press "
            "conference after the meeting.")
    assert [(n, t) for n, t, _ in _officials(extract_text, text)] == [
        ("Ana Lopes", "High Representative/Vice-President")]


def test_one_states_plural_office_with_as_many_portfolios_as_holders(extract_text):
    text = ("BEIRUT - The speaker met them in the presence of Lebanon's Ministers of Industry and "
            "Agriculture, Imad Haddad and Abbas Moussa.")
    found = {o.name: (o.title, o.country) for o in extract_text(text).officials}
    assert found["Imad Haddad"] == ("Minister of Industry", "LB")
    assert found["Abbas Moussa"] == ("Minister of Agriculture", "LB")


def test_two_states_holders_of_one_joint_portfolio_keep_it_whole(extract_text):
    text = "The Ministers of Trade and Industry of Kenya and Uganda, Ann Mwangi and Paul Okello, met."
    assert {t for _, t, _ in _officials(extract_text, text)} == {"Minister of Trade and Industry"}


def test_an_office_owned_by_a_company_noun_in_the_possessive_serves_no_state(extract_text):
    text = "LUSAKA - President Edgar Lungu said he met the Indian mining giant's chairman Anil Argawal on Monday."
    assert _countries(extract_text, text)["Anil Argawal"] is None
    # a ministry's office in the possessive is the story's state's
    text = "LUSAKA - President Edgar Lungu met the ministry's permanent secretary Anil Argawal on Monday."
    assert _countries(extract_text, text)["Anil Argawal"] == "ZM"


def test_a_portfolio_written_after_the_holders_name(extract_text):
    text = "According to Minister Anne Koster of Foreign Affairs, the agreement focuses on health."
    assert [t for _, t, _ in _officials(extract_text, text)] == ["Minister of Foreign Affairs"]
    text = "Minister Anne Koster of Trade and Industry said so."
    assert [t for _, t, _ in _officials(extract_text, text)] == ["Minister of Trade and Industry"]
    # a state after the name is his state, no portfolio
    text = "Minister Anne Koster of the Netherlands said so."
    assert _officials(extract_text, text) == [("Anne Koster", "Minister", "NL")]
