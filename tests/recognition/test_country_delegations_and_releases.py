"""Officials' countries told by a delegation's members listed after its leader, and by the
shape of a government's own release (FACTS.md, officials' ``country``); sentences made up."""


def _countries(extract_text, text):
    return {o.name: o.country for o in extract_text(text).officials}


def test_members_listed_after_a_delegations_leader_serve_its_state(extract_text):
    found = _countries(extract_text, (
        "The delegation of the Republic of Peru was headed by Hon. Carla Mendez, Minister of Energy, and "
        "included Hon. Jorge Paz, Deputy Minister of Mines and Dr. Elena Ruiz, Director of Planning."))
    assert found == {"Carla Mendez": "PE", "Jorge Paz": "PE", "Elena Ruiz": "PE"}


def test_one_the_delegation_meets_is_not_its_member(extract_text):
    found = _countries(extract_text, "The Kenyan delegation was led by Minister Ruth Wanjiru and met Governor "
                                     "Paul Otieno in Arusha.")
    assert found["Ruth Wanjiru"] == "KE"
    assert found["Paul Otieno"] != "KE"


def test_officials_listed_after_one_who_goes_along_go_along_too(extract_text):
    found = _countries(extract_text, (
        "Jamaican Prime Minister Andrew Holness paid an official visit to Belize on Monday. The Prime Minister "
        "was accompanied by Hon. Kamina Reid, Minister of Trade; Mr. Owen Clarke, Permanent Secretary (Trade); "
        "and Ms. Dawn Brown, Director of Protocol. Prime Minister Holness met Governor-General Froyla Tzalam."))
    assert found["Andrew Holness"] == "JM"
    assert found["Owen Clarke"] == "JM"
    assert found["Dawn Brown"] == "JM"


def test_one_invited_to_visit_is_not_a_visitor(extract_text):
    found = _countries(extract_text, (
        "Nepali Prime Minister Ram Thapa is in Dhaka for talks on trade. The Nepali prime minister invited "
        "Prime Minister Salma Rahman to visit Nepal next year. Foreign Secretary Karim Uddin said the talks "
        "went well for Bangladesh and Nepal."))
    assert found["Ram Thapa"] == "NP"
    assert found["Salma Rahman"] == "BD"
    assert found["Karim Uddin"] == "BD"


def test_a_visit_told_by_the_visitors_side_keeps_its_home(extract_text):
    # the visitor's office is bare and the delegation tells his state: the release is his side's
    found = _countries(extract_text, (
        "President Kwame Boateng will lead the Ghanaian delegation on a state visit to Senegal from 3 to 5 May. "
        "In his absence, Vice President Ama Owusu will act in his stead."))
    assert found["Kwame Boateng"] == "GH"
    assert found["Ama Owusu"] == "GH"


def test_a_list_of_lowercase_offices_closed_by_from_a_state_serves_it(extract_text):
    found = _countries(extract_text, (
        "Colombia and Peru will hold talks. They will be attended by Minister of Foreign Affairs Ana Vela, "
        "minister of Defense Luis Mora and minister of Interior Jorge Paz, from Peru."))
    assert found == {"Ana Vela": "PE", "Luis Mora": "PE", "Jorge Paz": "PE"}


def test_kosovo_is_a_state_of_the_gazetteer(extract_text):
    found = _countries(extract_text, "The forum will bring together Presidents Edi Rama of Albania, Vjosa Osmani "
                                     "of Kosovo and Jakov Milatovic of Montenegro. Kosovar Deputy Prime Minister "
                                     "Besnik Bislimi also attended.")
    assert found["Vjosa Osmani"] == "XK"
    assert found["Jakov Milatovic"] == "ME"
    assert found["Besnik Bislimi"] == "XK"


def test_an_envoy_designate_written_apart_is_read_with_his_state(extract_text):
    found = _countries(extract_text, (
        "The minister spoke when the Ambassador designate of the Kingdom of Norway to Kenya, Mr Lars Berg, "
        "presented his copies of credentials."))
    assert found == {"Lars Berg": "NO"}


def test_a_style_word_ending_a_name_is_its_family_name(extract_text):
    officials = extract_text("Guests included the Trade Minister of Jamaica, Paula Knight; the Trade Minister of "
                             "Guyana, Oneidge Baron; and the Trade Minister of Belize, Eamon Courtenay.").officials
    found = {o.name: o.country for o in officials}
    assert found["Oneidge Baron"] == "GY"
    assert "Oneidge" not in found


def test_a_states_envoy_to_a_body_for_that_state(extract_text):
    officials = {o.name: o for o in extract_text(
        "The council heard Hon. Rosa Mata, Commissioner to the OECS for Saint Lucia, and Mr. Ivan Cole, "
        "Permanent Representative to the United Nations for Grenada. Special Envoy for Yemen Hans Berg "
        "also spoke.").officials}
    assert (officials["Rosa Mata"].title, officials["Rosa Mata"].country) == ("Commissioner to the OECS", "LC")
    assert officials["Ivan Cole"].country == "GD"
    assert officials["Hans Berg"].country != "YE"  # where an envoy is sent is not his state


def test_a_capitalised_designate_is_part_of_the_office_not_a_name(extract_text):
    officials = extract_text("The new High Commissioner Designate of Fiji to Samoa, Mr Seru Vula, called on "
                             "the Head of State.").officials
    assert [(o.name, o.country) for o in officials] == [("Seru Vula", "FJ")]


def test_a_polynesian_name_opening_with_a_glottal_mark(extract_text):
    names = [o.name for o in extract_text(
        "In Nuku\u2019alofa the delegation will meet Prime Minister \u2018Ofa Tupou and Minister of Finance "
        "\u02bbAna Fifita. Prime Minister Ram Dahal \u2018Kiran\u2019 also spoke.").officials]
    assert "\u2018Ofa Tupou" in names
    assert "\u02bbAna Fifita" in names
    assert "Ram Dahal" in names  # a nickname in single quotes after a name is no part of it


def test_a_plural_office_with_its_portfolio_before_holders_and_their_states_respectively(extract_text):
    officials = {o.name: o for o in extract_text(
        "The commission was co-chaired by the two Ministers of Trade and Industry; Dr Amara Sesay and Musa Kamara, "
        "respectively of Sierra Leone and Liberia.").officials}
    assert officials["Amara Sesay"].country == "SL" and officials["Amara Sesay"].honorifics == ["Dr"]
    assert officials["Musa Kamara"].country == "LR"
    assert officials["Musa Kamara"].title == "Minister of Trade and Industry"


def test_an_unnamed_office_of_a_state_speaking_after_an_inverted_verb_tells_the_holders_state(extract_text):
    said = _countries(extract_text, "Minister of Mines Tomas Rivas toured the smelter on Monday. Output will double "
                                    "by 2027, said the Chilean minister.")
    according = _countries(extract_text, "Minister of Mines Tomas Rivas toured the smelter on Monday. According to "
                                         "the Chilean minister, output will double by 2027.")
    met = _countries(extract_text, "Minister of Mines Tomas Rivas met the Chilean minister on Monday.")
    assert said["Tomas Rivas"] == according["Tomas Rivas"] == "CL"
    assert met["Tomas Rivas"] != "CL"


def test_the_republic_of_china_is_taiwan_and_the_peoples_republic_china(extract_text):
    found = _countries(extract_text, "The Ambassador of the Republic of China to Eswatini, Jeremy Liang, met the "
                                     "Ambassador of the Peoples Republic of China to Kenya, Zhou Ping, and the "
                                     "Ambassador of the People\u2019s Republic of China to Ghana, Tong Defa.")
    assert found == {"Jeremy Liang": "TW", "Zhou Ping": "CN", "Tong Defa": "CN"}


def test_whose_visit_the_words_before_it_tell(extract_text):
    hosted = _countries(extract_text, (
        "President Amina Diallo is hosting Turkish Foreign Minister Hakan Celik at the State House, as part of the "
        "latter\u2019s three-day working visit to Senegal."))
    met = _countries(extract_text, (
        "Fijian Prime Minister Sitiveni Rabuka met with President Taneti Maamau during his first official visit "
        "to Kiribati on Monday."))
    assert hosted == {"Amina Diallo": "SN", "Hakan Celik": "TR"}
    assert met == {"Sitiveni Rabuka": "FJ", "Taneti Maamau": "KI"}


def test_a_legislatures_office_coordinated_after_a_states_office_is_of_that_state(extract_text):
    found = _countries(extract_text, "The envoy called on Malawian President Peter Banda and National Assembly "
                                     "Speaker Catherine Gotani on Monday.")
    assert found == {"Peter Banda": "MW", "Catherine Gotani": "MW"}
    two = _countries(extract_text, "French Foreign Minister Anne Morel and Federal Foreign Minister Jan Berg met.")
    assert two["Jan Berg"] != "FR"


def test_one_on_the_staff_of_an_office_held_by_a_told_states_official_serves_that_state(extract_text):
    staff = _countries(extract_text, "Namibian President Netumbo Nandi-Ndaitwah received the envoys. The "
                                     "President's Press Secretary Jonas Amutenya said more talks would follow.")
    facing = _countries(extract_text, "The President's Special Envoy Lucia Reyes met Kenyan President William "
                                      "Ruto on Monday.")
    assert staff["Jonas Amutenya"] == "NA"
    assert facing["Lucia Reyes"] != "KE"


def test_an_office_naming_its_state_written_before_another_office(extract_text):
    found = _countries(extract_text, "The order was given by the Custodian of the Two Holy Mosques King Faisal "
                                     "bin Turki in Jeddah, as guests from Oman and Kuwait arrived.")
    assert found["Faisal bin Turki"] == "SA"


def test_the_formal_name_of_where_an_envoy_serves_is_not_his_state(extract_text):
    officials = {o.name: o for o in extract_text(
        "The Ambassador of the Republic of Chile to the Republic of Korea, Pablo Soto, met the Ambassador of "
        "Peru to the Philippines Rosa Diaz.").officials}
    assert (officials["Pablo Soto"].country, officials["Pablo Soto"].title) == ("CL", "Ambassador to the Republic of Korea")
    assert officials["Rosa Diaz"].country == "PE"
