"""Officials on sentences written for these tests (not tuned on): table-driven."""
import pytest

CASES = [
    # (text, name, title, honorifics, country)
    ("KUALA LUMPUR: Transport Minister Datuk Ahmad Faizal Rahman opened the new terminal today.",
     "Ahmad Faizal Rahman", "Transport Minister", ["Datuk"], "MY"),
    ("The talks were chaired by Kenya's Cabinet Secretary for Trade, Investments and Industry, Mary Njeri Wambui.",
     "Mary Njeri Wambui", "Cabinet Secretary for Trade, Investments and Industry", [], "KE"),
    ("Thai Deputy Prime Minister Pol Gen Somchai Boonrat said the plan was ready.",
     "Somchai Boonrat", "Deputy Prime Minister", ["Pol Gen"], "TH"),
    ("H.E. Dr. Liang Wenhao, Chinese Ambassador to Fiji, attended the ceremony.",
     "Liang Wenhao", "Ambassador to Fiji", ["H.E.", "Dr"], "CN"),  # gold drops an abbreviation's stop
    ("Sir Robert Ashdown, the Foreign Secretary, will travel to Oslo next week.",
     "Robert Ashdown", "Foreign Secretary", ["Sir"], None),
    ("He met his Vietnamese counterpart Nguyen Van Thanh on the sidelines.",
     "Nguyen Van Thanh", "counterpart", [], "VN"),
    ("The Minister of Foreign Affairs of Ghana, Kwame Asante-Boateng, welcomed delegates.",
     "Kwame Asante-Boateng", "Minister of Foreign Affairs", [], "GH"),
    # a dateline's dash glued to the office after it
    ("Lusaka, Zambia -President Mulenga Banda will open the fair on Monday.",
     "Mulenga Banda", "President", [], "ZM"),
]


@pytest.mark.parametrize("text,name,title,honorifics,country", CASES)
def test_official_read_from_title_and_name(extract_text, text, name, title, honorifics, country):
    record = extract_text(text)
    found = {o.name: o for o in record.officials}
    assert name in found, [o.name for o in record.officials]
    official = found[name]
    assert official.title == title
    assert official.honorifics == honorifics
    assert official.country == country


def test_short_forms_are_mentions_of_one_official(extract_text):
    text = ("Deputy Trade Minister Datuk Seri Lim Wei Keat led the delegation. "
            "Lim Wei Keat said the talks went well, and Lim added that more would follow.")
    record = extract_text(text)
    assert [o.name for o in record.officials] == ["Lim Wei Keat"]
    assert len(record.officials[0].mentions) == 3


@pytest.mark.parametrize("text", [
    "The Prime Minister's Office said the visit was postponed.",
    "The Ministry of Health said 6,005 delegates had registered.",
    "Minister Says Talks With Neighbours Will Resume Soon",  # a headline, not a name
    "Officials from the Foreign Ministry may meet again in May.",
])
def test_no_official_invented(extract_text, text):
    assert extract_text(text).officials == []


# Honorifics and ranks before a name (dev/README.md: styles and ranks kept, written without an
# abbreviation's full stop; Mr/Mrs/Ms and post-nominals are not honorifics).
HONORIFIC_CASES = [
    # (text, name, honorifics)
    ("Kenya's Minister of Roads, Eng. Joseph Kariuki Mwangi, opened the bypass.",
     "Joseph Kariuki Mwangi", ["Eng"]),
    ("Chile's Minister of Public Works, Ing. Marcela Rojas Paredes, visited the port.",
     "Marcela Rojas Paredes", ["Ing"]),
    ("Fiji's Minister for Lands, Hon. Rev. Dr. Eroni Vuniwai, opened the office.",
     "Eroni Vuniwai", ["Hon", "Rev", "Dr"]),
    ("The accord was signed by HE Minister of Energy Dr. Saleh bin Nasser Al Hinai.",
     "Saleh bin Nasser Al Hinai", ["HE", "Dr"]),
    ("The Minister for Trade, the Hon. Keala Morrison, welcomed the delegates.",
     "Keala Morrison", ["Hon"]),
    ("Hon. Dr. Esther Wanjiku Njoroge, Minister for Water, launched the scheme.",
     "Esther Wanjiku Njoroge", ["Hon", "Dr"]),
    ("The Hon Daniel Pryce MP, Minister for Housing, toured the site.", "Daniel Pryce", ["Hon"]),
    ("The talks were led by Sheikh Faisal Nawaf Al-Hamad Al-Sabah, Minister of Oil of the State of Kuwait.",
     "Faisal Nawaf Al-Hamad Al-Sabah", ["Sheikh"]),
    ("Laos sent Police Major General Somphone Vongsa, Director of the Immigration Department.",
     "Somphone Vongsa", ["Police Major General"]),
    ("The unit is led by Pol. Lt. Col. Arthit Chanwong, Commander of the Marine Police Division.",
     "Arthit Chanwong", ["Pol Lt Col"]),
    ("Myanmar was represented by Police Brigadier General U Min Aung Soe, Deputy Chief of the Myanmar Police Force.",
     "Min Aung Soe", ["Police Brigadier General", "U"]),
    ("Foreign Minister U Zaw Min Htike met the envoy in Naypyitaw.", "Zaw Min Htike", ["U"]),
    ("Lt. Gen. Bekzod Tursunov, Minister of Defence, inspected the troops.", "Bekzod Tursunov", ["Lt Gen"]),
    ("First Admiral Dato Seri Pahlawan Haji Rosli bin Abdul Aziz, Commander of the Royal Brunei Navy, spoke.",
     "Rosli bin Abdul Aziz", ["First Admiral", "Dato Seri Pahlawan", "Haji"]),
    ("It was chaired by Minister of Health Yang Berhormat Pehin Orang Kaya Seri Utama Dato Seri Setia Awang Haji "
     "Idris bin Haji Daud and his guest.",
     "Idris bin Haji Daud", ["Yang Berhormat", "Pehin Orang Kaya Seri Utama", "Dato Seri Setia", "Awang", "Haji"]),
    # negatives: "U" inside a name, "Awang" as a name word after a style, "Eng" without a stop is a surname
    ("Professor Lisa U Brandt, President of the Geology Society, said so.", "Lisa U Brandt", ["Professor"]),
    ("Sarawak Deputy Premier Datuk Amar Awang Rosli Hassan opened the plant.", "Awang Rosli Hassan", ["Datuk Amar"]),
    ("Trade Minister Eng Kim Hock spoke first.", "Eng Kim Hock", []),
    ("Mr. Tomas Lindgren, Minister of Trade, said the talks would resume.", "Tomas Lindgren", []),
    # Gulf names: a style spelt "Shaikh", particles (bin, Al) that count as no words of the name
    ("Interior Minister Shaikh Rashid bin Saleh bin Hamad Al Nuaimi opened the centre.",
     "Rashid bin Saleh bin Hamad Al Nuaimi", ["Shaikh"]),
    ("The talks were led by Shaikha Mariam bint Faisal bin Ali Al Thani, the Minister of Culture.",
     "Mariam bint Faisal bin Ali Al Thani", ["Shaikha"]),
    # a style word right before "bin" is a given name
    ("The list included His Excellency Mr Sultan bin Khalid Al Mansoori, Minister of Energy.",
     "Sultan bin Khalid Al Mansoori", ["His Excellency"]),
    # "Sheikh" between name words is part of the name; before them it is a style
    ("The talks were opened by H.E. Omar Hassan Sheikh Ali, President of the Federal Republic of Somalia.",
     "Omar Hassan Sheikh Ali", ["H.E."]),
    ("Energy Minister Sheikh Nasser Al Jaber toured the plant.", "Nasser Al Jaber", ["Sheikh"]),
    # a style before "the" and the office is the person's named after it
    ("Her Excellency the Director-General of the Agency, Ms. Ines Varga, opened the talks.",
     "Ines Varga", ["Her Excellency"]),
    # a style before a style used as the title keeps its place in text order
    ("Guests included H.E. Ambassador Dr Rui Costa, Ambassador of Angola, and others.",
     "Rui Costa", ["H.E.", "Ambassador", "Dr"]),
    ("Ambassador Prof Lea Novak, Ambassador of Croatia, opened the fair.", "Lea Novak", ["Ambassador", "Prof"]),
    # list items glued by a semicolon with no space after it
    ("Guests were H.E. Ana Lima, President of the Republic of Peru;H.E. Omar Diallo, President of the "
     "Republic of Mali.", "Omar Diallo", ["H.E."]),
    # "H. E." written with a space between its letters
    ("The forum heard H. E. Jonas Phiri, President of the Republic of Malawi, on trade.",
     "Jonas Phiri", ["H. E."]),
    # "Honourable" written out is a form of address, as "the Honourable" (FACTS.md); "Hon." is a style
    ("Honourable Prime Minister Tevita Fonua opened the forum in Nuku'alofa.", "Tevita Fonua", []),
    ("The Honorable Minister of Trade Rosa Cruz spoke; Hon. Minister of Works Ali Daud replied.", "Rosa Cruz", []),
    ("The Honorable Minister of Trade Rosa Cruz spoke; Hon. Minister of Works Ali Daud replied.", "Ali Daud", ["Hon"]),
]


@pytest.mark.parametrize("text,name,honorifics", HONORIFIC_CASES)
def test_honorifics_before_name(extract_text, text, name, honorifics):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, [o.name for o in found.values()]
    assert found[name].honorifics == honorifics


# Readings of the name and the title around the office head.
READING_CASES = [
    # a state's formal name after the portfolio leaves the title and gives the country
    ("The board was chaired by Hon. Peter Okello, Minister of State for Trade, Republic of Kenya and "
     "Chairperson of the Board.", "Peter Okello", "Minister of State for Trade and Chairperson of the Board", "KE"),
    ("The Minister of Health for the Republic of Ghana, Honourable Dr. Ama Mensah, opened the clinic.",
     "Ama Mensah", "Minister of Health", "GH"),
    ("Mr Ivo Tanner, Director of Transport, Republic of Austria, signed the plan.",
     "Ivo Tanner", "Director of Transport", "AT"),
    # a lowercase particle between hyphens joins the office's words ("-in-Office", "-at-Large")
    ("The fair was opened by the Minister of Trade and Chairperson-in-Office, Dr Eva Lund.",
     "Eva Lund", "Minister of Trade and Chairperson-in-Office", "?"),
    ("The Ambassador-at-Large, Mr Tim Cole, met the press.", "Tim Cole", "Ambassador-at-Large", None),
    ("The Commander-in-Chief of the Navy, Admiral Rui Lopes, inspected the fleet.",
     "Rui Lopes", "Commander-in-Chief of the Navy", "?"),
    # a bare "for <country>" is where the office is served, not whose it is
    ("Mr Tom Reed, Special Envoy for Sudan, arrived in the capital.", "Tom Reed", "Special Envoy for Sudan", None),
    # (text, name, title, country or "?" when not checked)
    # Irish particles inside names and the post-nominal TD; the Taoiseach/Tánaiste offices
    ("The Minister for Rural Affairs, Tourism and the Gaeltacht, Séamus Ó Catháin TD, said the fund would grow. "
     "Minister Ó Catháin added that ten towns would benefit.",
     "Séamus Ó Catháin", "Minister for Rural Affairs, Tourism and the Gaeltacht", "?"),
    ("The Tánaiste and Minister for Enterprise and Employment, Siobhán Nic Giolla Bhríde TD, opened the hub.",
     "Siobhán Nic Giolla Bhríde", "Tánaiste and Minister for Enterprise and Employment", "IE"),
    ("The Taoiseach, Eoin Mac Giolla Phádraig TD, will address the summit.", "Eoin Mac Giolla Phádraig", "Taoiseach", "IE"),
    # apposition: the words after the title close its complement, they are no name
    ("Maj Gen Bekzod Tursunov, Minister of Emergency Preparedness, received the team.",
     "Bekzod Tursunov", "Minister of Emergency Preparedness", "?"),
    ("Dr. Saud bin Ali Al Harthy, Undersecretary of the Ministry of Industry and Export Promotion for Trade and Investment, "
     "opened the talks.", "Saud bin Ali Al Harthy",
     "Undersecretary of the Ministry of Industry and Export Promotion for Trade and Investment", "?"),
    ("Dr. Omar Khalil Hassan, Minister of Foreign Affairs, Migration and Libyan Expatriates, met the envoy.",
     "Omar Khalil Hassan", "Minister of Foreign Affairs, Migration and Libyan Expatriates", "?"),
    ("Col Arthit Chanwong, commander of the Cyber Fraud Suppression Bureau, spoke.",
     "Arthit Chanwong", "commander of the Cyber Fraud Suppression Bureau", "?"),
    # ... but a name after a title without a complement stays a name
    ("He thanked the partners, Secretary Alvarez, who hosted the talks.", "Alvarez", "Secretary", "?"),
    ("He thanked the partners, Secretary of State Alvarez, who hosted the talks.", "Alvarez", "Secretary of State", "?"),
    # "NAME, who is (also) TITLE": the relative clause gives the office; "also" a second one
    ("Mariana Lopes Ferraz, who is president of the National Investment Bank, told reporters the bank would help.",
     "Mariana Lopes Ferraz", "president of the National Investment Bank", "?"),
    ("Datin Aisyah Mohd Noor, who is Secretary-General of the Ministry of Transport, led the team.",
     "Aisyah Mohd Noor", "Secretary-General of the Ministry of Transport", "?"),
    ("The talks were co-chaired by Cambodian Minister of Commerce Sok Pisey, who is also chairman of the joint committee.",
     "Sok Pisey", "Minister of Commerce", "KH"),
    ("He was met by Sabah Deputy Chief Minister Datuk Seri Ahmad Rizal Musa, who is also Minister for Tourism, and aides.",
     "Ahmad Rizal Musa", "Deputy Chief Minister", "MY"),
    # lowercase "chair" heads; a body of two countries serves neither
    ("Sir Peter Hollis, chair of the Fiji–Australia Business Council, welcomed the plan.",
     "Peter Hollis", "chair of the Fiji–Australia Business Council", None),
    # a portfolio list before the name; month names that are given names
    ("Chile's Minister for Mining, Energy and Water Resources Ramon Ortiz Vega signed the accord.",
     "Ramon Ortiz Vega", "Minister for Mining, Energy and Water Resources", "CL"),
    ("Hungary's Minister of Agriculture and Rural Development, Prof. Jan Kovacs, whose country hosted the talks, spoke.",
     "Jan Kovacs", "Minister of Agriculture and Rural Development", "HU"),
    ("May Tan Siew Ling, Minister of State for Trade, opened the fair.",
     "May Tan Siew Ling", "Minister of State for Trade", "?"),
    # titles kept whole: lowercase portfolios before a lowercase head, bodies' acronyms, long complements
    ("Kenya's health minister, Dr. Grace Mutua, who led the session, said so.", "Grace Mutua", "health minister", "KE"),
    ("It was signed by FAO Deputy Director-General Dr Ana Ruiz Blanco on Friday.",
     "Ana Ruiz Blanco", "FAO Deputy Director-General", None),
    ('"We are ready," said Prof. Amara Nwosu, director general of the Africa Centres for Disease Control and Prevention.',
     "Amara Nwosu", "director general of the Africa Centres for Disease Control and Prevention", "?"),
    # a bracketed portfolio belongs to the office
    ("Lt Gen Raj Kumar Sinha, Deputy Chief of Army Staff (Planning), attended.",
     "Raj Kumar Sinha", "Deputy Chief of Army Staff (Planning)", "?"),
    # a month word after a given name is a family name
    ("Commodore Dennis April, Commander of the Coast Guard, inspected the cutter.",
     "Dennis April", "Commander of the Coast Guard", "?"),
    # "NAME, BODY's TITLE": the office of an international body has no country
    ("Dr Ines Halvorsen, UNICEF's Deputy Executive Director for Operations, toured the clinic.",
     "Ines Halvorsen", "Deputy Executive Director for Operations", None),
    # "H.E. TITLE NAME": a style before the office; the complement reads "Overseas ... Workers"
    ("The pact was signed by HE Minister for Overseas Workers Rashid Karim Qureshi.",
     "Rashid Karim Qureshi", "Minister for Overseas Workers", "?"),
    # an apostrophe inside a name word
    ("Samoa's Minister for Health, Hon. Dr. Leota Fa'amausili, opened the clinic.",
     "Leota Fa'amausili", "Minister for Health", "WS"),
    # an office of a regional organisation has no country
    ("Tendai Moyo, Executive Secretary of ECOWAS, addressed the council in Abuja.",
     "Tendai Moyo", "Executive Secretary of ECOWAS", None),
    # the diplomatic post at an organisation
    ("It was witnessed by Chile's Permanent Delegate to UNESCO, Mr Tomás Aravena Soto.",
     "Tomás Aravena Soto", "Permanent Delegate to UNESCO", "CL"),
    # a lowercase office takes a lowercase complement, and the complement goes on after it
    ("Speaking to reporters, state minister for foreign affairs Rafiq Hossain said the list was ready.",
     "Rafiq Hossain", "state minister for foreign affairs", "?"),
    ("The mayor received Dr Layla Nasser, head of mission of the UNICEF Gulf Area Office, on Sunday.",
     "Layla Nasser", "head of mission of the UNICEF Gulf Area Office", None),
    # "H.E" without its last full stop; "the Right Honourable" is no honorific but does not end the styles
    ("The Minister of Health of the Republic of Malawi, H.E Dr. Chiza Phiri, opened the clinic.",
     "Chiza Phiri", "Minister of Health", "MW"),
    ("The Prime Minister, Dr the Right Honourable Anton Baptiste, left for the summit on Monday.",
     "Anton Baptiste", "Prime Minister", "?"),
    ("The Cabinet congratulated His Highness the Amir Sheikh Faisal Al-Nasser Al-Hamad on the anniversary.",
     "Faisal Al-Nasser Al-Hamad", "Amir", "?"),
    ("Omani Minister Responsible for Transport Salim bin Nasser Al Aufi opened the port.",
     "Salim bin Nasser Al Aufi", "Minister Responsible for Transport", "OM"),
    # a spaced dash stands for the apposition's comma, in both orders
    ("The delegation includes Dr. Marcus Hale \u2013 Head of the Tourism Authority; and two advisers.",
     "Marcus Hale", "Head of the Tourism Authority", "?"),
    ("It also includes Kenya's Ambassador to Ethiopia \u2013 Grace Wambui; and two advisers.",
     "Grace Wambui", "Ambassador to Ethiopia", "KE"),
    # offices that end in "General" are one office, not a rank before the name
    ("Governor General Alice Brennan opened the new session of parliament.",
     "Alice Brennan", "Governor General", "?"),
    ("The Solicitor-General Mark Teo told the court the appeal had no merit.",
     "Mark Teo", "Solicitor-General", "?"),
]


def test_a_name_written_with_and_without_accents_is_one_person(extract_text):
    text = ("Minister of Trade Mevl\u00fct Sarioglu will visit Baku. On Monday, Trade Minister "
            "Sar\u0131o\u011flu will sign the agreement.")
    officials = extract_text(text).officials
    assert [o.name for o in officials] == ["Mevl\u00fct Sarioglu"]

# A list of one line a name (ending in a comma), the next its office
LINE_LIST = ("The council met with the participation of:\n"
             "His Excellency Mr Omar bin Saeed Al Harthy,\n"
             "Minister of State of the Sultanate of Oman\n"
             "His Excellency Dr Yousef bin Khalid Al Amer,\n"
             "Minister of Foreign Affairs of the State of Kuwait\n"
             "The meeting issued a statement.")


def test_a_list_of_names_each_with_its_office_on_the_next_line(extract_text):
    found = {o.name: o for o in extract_text(LINE_LIST).officials}
    assert set(found) == {"Omar bin Saeed Al Harthy", "Yousef bin Khalid Al Amer"}
    assert (found["Omar bin Saeed Al Harthy"].title, found["Omar bin Saeed Al Harthy"].country) == ("Minister of State", "OM")
    assert found["Yousef bin Khalid Al Amer"].honorifics == ["His Excellency", "Dr"]
    assert found["Yousef bin Khalid Al Amer"].country == "KW"


@pytest.mark.parametrize("text,name,title,country", READING_CASES)
def test_official_readings(extract_text, text, name, title, country):
    officials = extract_text(text).officials
    found = {o.name: o for o in officials}
    assert name in found, [o.name for o in officials]
    assert found[name].title == title
    if country != "?":
        assert found[name].country == country
    assert len(officials) == 1, [o.name for o in officials]  # nothing invented beside it


@pytest.mark.parametrize("text", [
    "Ali Baba Smith, who was at the meeting, said nothing.",
    "Malaysia will chair Asean Economic Ministers next year.",
    "Indonesia is to head Asean Defence Ministers in 2027.",
    "The talks resumed on 3 May after the health ministry said so.",
    "The ministry, whose officials met in Geneva on May 5, said the Minister of Trade agreed.",
    # a building after an office is no name
    "The envoys called on the Prime Minister at the Presidential Palace on Friday.",
])
def test_no_official_from_complement_or_verb(extract_text, text):
    assert extract_text(text).officials == []


# The country of an official whose title names none: the delegation they lead; a counterpart
# who is later given an office is one person with that office.
COUNTRY_CASES = [
    # (text, name, title, country)
    ("Prime Minister Datuk Seri Ahmad Zaki will lead the Malaysian delegation to the summit.",
     "Ahmad Zaki", "Prime Minister", "MY"),
    ("Minister for Trade Lim Wee Ping will head Singapore's delegation to the talks.", "Lim Wee Ping", "Minister for Trade", "SG"),
    ("Deputy Foreign Minister Tran Van Long, who is also head of Vietnam’s delegation to the meeting, held talks.",
     "Tran Van Long", "Deputy Foreign Minister", "VN"),
    ("The Thai delegation was led by Deputy Prime Minister Somchai Wong.", "Somchai Wong", "Deputy Prime Minister", "TH"),
    ("Prime Minister Nguyen Van Binh and his Singaporean counterpart Tan Wei Ming attended a ceremony. "
     "The deals were signed during Prime Minister Tan Wei Ming’s visit.", "Tan Wei Ming", "Prime Minister", "SG"),
    # negatives: meeting a delegation says nothing of one's own country; a counterpart alone stays one
    ("Minister for Trade Lim Wee Ping met the Thai delegation.", "Lim Wee Ping", "Minister for Trade", None),
    ("Minister Park Min-soo met his Japanese counterpart Sato Kenji on Monday.", "Sato Kenji", "counterpart", "JP"),
    # the side an official signs for, and a counterpart whose office follows a comma
    ("The accord was signed on behalf of the Republic of Peru by Minister of Energy Luis Alberto Quispe.",
     "Luis Alberto Quispe", "Minister of Energy", "PE"),
    ("It was signed by Minister Omar Haddad and his Tunisian counterpart, Foreign Minister Nabil Ben Salah.",
     "Nabil Ben Salah", "Foreign Minister", "TN"),
    ("Minister of Energy Luis Alberto Quispe signed the accord on behalf of his ministry.",
     "Luis Alberto Quispe", "Minister of Energy", None),
    # a member of a delegation
    ("The Chilean delegation, including Deputy Minister Paula Rojas Vera, arrived on Sunday.",
     "Paula Rojas Vera", "Deputy Minister", "CL"),
    # a national office whose title holds a word of an international body's name
    ("ACCRA, 4 May 2026 - Minister for African Affairs Kofi Mensah Boateng opened the forum.",
     "Kofi Mensah Boateng", "Minister for African Affairs", "GH"),
    # ... and the bodies themselves
    ("ACCRA, 4 May 2026 - Director-General of the World Trade Organization Maria Lindqvist spoke.",
     "Maria Lindqvist", "Director-General of the World Trade Organization", None),
    ("ACCRA, 4 May 2026 - Commissioner of the African Union Commission Amina Yusuf spoke.",
     "Amina Yusuf", "Commissioner of the African Union Commission", None),
]


@pytest.mark.parametrize("text,name,title,country", COUNTRY_CASES)
def test_official_country_and_office(extract_text, text, name, title, country):
    officials = extract_text(text).officials
    found = {o.name: o for o in officials}
    assert name in found, [o.name for o in officials]
    assert (found[name].title, found[name].country) == (title, country)
    assert len([o for o in officials if o.name == name]) == 1


def test_semicolon_without_space_splits_list_items(nlp):
    words = [t.text for t in nlp.make_doc("of Peru;H.E. Omar and a;b")]
    assert words[:4] == ["of", "Peru", ";", "H.E."]
    assert "a;b" in words  # lowercase on both sides is left whole


@pytest.mark.parametrize("text,name", [
    # a nickname in quotes inside the name, read forwards (after the office) and backwards (before it)
    ("The talks were opened by President Rosa \u201cRosita\u201d Delgado in Lima on Monday.", "Rosa \u201cRosita\u201d Delgado"),
    ("Ana 'Nina' Kovac, the Foreign Minister, welcomed the envoys.", "Ana 'Nina' Kovac"),
])
def test_a_quoted_nickname_stays_in_the_name(extract_text, text, name):
    assert [o.name for o in extract_text(text).officials] == [name]


def test_quotes_around_a_name_alone_are_no_nickname(extract_text):
    """Quotes after a name end it: "Minister Ana Lima 'welcomed' ..." keeps the name to two words."""
    officials = extract_text("Foreign Minister Ana Lima \u201cwelcomed\u201d the plan on Monday.").officials
    assert [o.name for o in officials] == ["Ana Lima"]


@pytest.mark.parametrize("text,want", [
    # a plural office in lowercase before a list of holders with their states in brackets
    ("Trade ministers Rosa Lema (Peru), Ivan Soto (Chile) and Ana Prado (Bolivia) signed the accord.",
     [("Rosa Lema", "PE"), ("Ivan Soto", "CL"), ("Ana Prado", "BO")]),
    # an office served "in" a state, then its holder after the comma
    ("The delegation included the ambassador of Chile in Peru, Marta Lagos.", [("Marta Lagos", "CL")]),
    # a world region in the complement ("for Latin America and the Caribbean")
    ("The Under Secretary for Latin America and the Caribbean of the Ministry of Foreign Affairs of Chile, "
     "Pablo Ortiz, led the talks.", [("Pablo Ortiz", "CL")]),
])
def test_holders_of_offices_written_in_other_shapes(extract_text, text, want):
    assert [(o.name, o.country) for o in extract_text(text).officials] == want


@pytest.mark.parametrize("text", [
    "The UN climate chief met Foreign Ministers",
    "Climate finance must top the agenda, UN climate chief tells ministers",
])
def test_a_text_ending_on_a_plural_office(extract_text, text):
    """A plural office as the text's last word lists nobody (it read past the end)."""
    assert extract_text(text).officials == []
