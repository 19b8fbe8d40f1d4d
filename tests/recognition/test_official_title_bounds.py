"""Where an office's title begins and ends in press below the ministries: the name of a
sub-national place before its unit word ("Kano State Governor"), a body's capitalised name
before a lowercase office ("Securities and Futures Commission chairman"). Sentences written for
these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # a place and its unit word before the office: the whole place stays, its state is the country
    ("Kano State Governor Abba Musa opened the clinic on Monday.",
     [("Abba Musa", "Kano State Governor", "NG")]),
    ("Northern Province Governor Ravi Kumaran met the traders.",
     [("Ravi Kumaran", "Northern Province Governor", None)]),
    ("Former Bomet County Governor Isaac Kiprono said the funds were late.",
     [("Isaac Kiprono", "Former Bomet County Governor", "KE")]),  # Bomet: a county of the gazetteer
    # a state's possessive before the unit word is the country, never a word of the title
    ("Kenya's County Governor Abba Musa spoke.", [("Abba Musa", "County Governor", "KE")]),
    # a bare region before a local office stays too (FACTS.md: only the country leaves the title)
    ("Sarawak Deputy Premier Awang Ali Hasan said so.", [("Awang Ali Hasan", "Sarawak Deputy Premier", "MY")]),
])
def test_a_subnational_place_before_its_unit_word_stays_in_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Securities and Futures Commission chairman Alan Shek briefed the brokers.",
     [("Alan Shek", "Securities and Futures Commission chairman", None)]),
    ("Meantime, the interim Tari Development Authority board chairman, Tom Kelo, gave assurances.",
     [("Tom Kelo", "interim Tari Development Authority board chairman", None)]),
    # the body's acronym in brackets is no word of the office
    ("A successor to Pension Fund Regulatory and Development Authority (PFRDA) chairman Ravi Sen is sought.",
     [("Ravi Sen", "Pension Fund Regulatory and Development Authority chairman", None)]),
    # a state before the body is the country
    ("Thai Securities and Exchange Commission chairman Somchai Wong said so.",
     [("Somchai Wong", "Securities and Exchange Commission chairman", "TH")]),
])
def test_a_bodys_name_before_a_lowercase_office_is_in_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # no body head before the office: only its lowercase words
    ("Olga Marsh, the group's finance chairman, said so.", None),
    ("The Tari Waro town chairman Peter Ropa said so.", [("Peter Ropa", "chairman", None)]),
])
def test_no_body_no_extension(extract_text, text, expected):
    got = _officials(extract_text, text)
    if expected is not None:
        assert got == expected
    else:
        assert all("group" not in title for _, title, _ in got)


@pytest.mark.parametrize("text,expected", [
    # a lowercase body ("the board") whose own complement goes on, then the state's body
    ("Kofi Asare, who is also the chairman of the board of directors of the Ghana Ports Authority, said so.",
     [("Kofi Asare", "chairman of the board of directors of the Ghana Ports Authority", "GH")]),
    ("Kofi Asare, chairman of the board of directors of the Ghana Ports Authority, said so.",
     [("Kofi Asare", "chairman of the board of directors of the Ghana Ports Authority", "GH")]),
])
def test_a_long_lowercase_complement_in_apposition(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    "Kofi Asare told the chairman of the board of the firm that he would resign.",
    # "of <State>" closing a loose complement says whose the office is and is read elsewhere
    "Said Ali, the head of the delegation of the Sultanate of Oman, said so.",
])
def test_no_apposition_without_a_closed_office(extract_text, text):
    assert [o.title for o in extract_text(text).officials if "board" in o.title] == []


@pytest.mark.parametrize("text,names", [
    # the plural of an office after its modifier is the office, never a person
    ("The Deputy Governors, Kofi Asare and Ama Boateng, attended the launch.", ["Kofi Asare", "Ama Boateng"]),
    ("Present were Deputy Inspectors-General of Police Kofi Asare and Ama Boateng.", None),
])
def test_a_plural_office_is_no_name(extract_text, text, names):
    got = [o.name for o in extract_text(text).officials]
    assert not any(n.startswith(("Governors", "Inspectors")) for n in got)
    if names is not None:
        assert got == names


@pytest.mark.parametrize("text,expected", [
    # portfolio words right after the office, no preposition, before a style or a full name
    ("Secretary Excise Dr Omar Bilal and the others were present.", [("Omar Bilal", "Secretary Excise", ["Dr"])]),
    ("Provincial Minister Excise and Taxation Omar Tariq Rehman said collection rose.",
     [("Omar Tariq Rehman", "Provincial Minister Excise and Taxation", [])]),
    # an acronym of the body between the office and a style
    ("Chairman PTA Mr. Omar Naveed said the council did well.", [("Omar Naveed", "Chairman PTA", [])]),
    # a rank after a multi-word office is a style of the name, not a word of the office
    ("Chief of Army Staff General Omar Sharif visited the corps.", [("Omar Sharif", "Chief of Army Staff", ["General"])]),
])
def test_a_portfolio_written_after_the_office(extract_text, text, expected):
    assert [(o.name, o.title, o.honorifics) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,expected", [
    # a body's name after the office, no preposition: never a person's name
    ("Mr. Omar Naveed, Chairman Pakistan Telecommunication Authority (PTA), was elected chair.",
     [("Omar Naveed", "Chairman Pakistan Telecommunication Authority", "PK")]),
    # two offices coordinated: the first one's holder is no word of the second one's body
    ("The MoU was signed by principal secretary for Finance Omar Afif and Central Bank governor Paul Laroche.",
     [("Omar Afif", "principal secretary for Finance", None), ("Paul Laroche", "Central Bank governor", None)]),
])
def test_a_bodys_name_after_the_office(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a body's acronym in brackets closing a complement the rules read loosely
    ("She was greeted by the President of the Provincial Assembly of Vastra Gotaland (VGR), Mr. Magnus Berg, at the Opera.",
     [("Magnus Berg", "President of the Provincial Assembly of Vastra Gotaland")]),
    # a body's name after the office and a comma, with "and" inside it and its owner after "at"
    ("The Governor briefed Deputy Director, Monetary and Capital Markets Department at International Monetary Fund, Rita Sahni, on it.",
     [("Rita Sahni", "Deputy Director, Monetary and Capital Markets Department at International Monetary Fund")]),
    # a list of portfolios after a comma is the office's, and the name follows its style
    ("She met her counterpart, Minister of Agriculture, Animal Industry and Fisheries Dr Samuel Okello.",
     [("Samuel Okello", "Minister of Agriculture, Animal Industry and Fisheries")]),
    # a region right after an office, before a full name, is where the office governs
    ("Diplomats met Governor Sindh Kamal Khan Tessori at the Governor House.",
     [("Kamal Khan Tessori", "Governor Sindh")]),
    ("Present were DG Excise Akram Ashraf Gondal and DG Narcotics Control Raja Zahid Hussain.",
     [("Akram Ashraf Gondal", "DG Excise"), ("Zahid Hussain", "DG Narcotics Control")]),
])
def test_bodies_after_the_office(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,expected", [
    # a one-word portfolio after the office, then its ministry after a comma: the name after the next comma
    ("Members include the Director Pharmacy, State Ministry of Health, Alhaji Isa Bello.",
     [("Isa Bello", "Director Pharmacy, State Ministry of Health")]),
    # the ministry after the comma may have a capitalised modifier
    ("The Permanent Secretary, Federal Ministry of Finance, Ama Boateng, said so.",
     [("Ama Boateng", "Permanent Secretary, Federal Ministry of Finance")]),
])
def test_an_institution_after_the_office_and_a_comma(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,expected", [
    # the plural of an office in "-man" is "-men"; a status word before it stays in the title
    ("The former committee chairmen, Kofi Asare and Ama Boateng, signed the report.",
     [("Kofi Asare", "former committee chairman"), ("Ama Boateng", "former committee chairman")]),
    # another office opening the next item ends the list of holders
    ("The panel comprises Chairmen Leo Lee Yat-kin and Sir Tom Lee, and Executive Councillor Tony Leung.",
     [("Leo Lee Yat-kin", "Chairman"), ("Tom Lee", "Chairman"), ("Tony Leung", "Executive Councillor")]),
])
def test_a_plural_office_before_coordinated_names(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,expected", [
    # a lowercase office with its body after "of", set off by commas; "deputy speaker" before a name
    ("The envoy met the speaker of the National Assembly, Roger Manson, and deputy speaker Gerald Henri.",
     [("Roger Manson", "speaker of the National Assembly"), ("Gerald Henri", "deputy speaker")]),
    # lowercase portfolio words in a lowercase office's complement
    ("The envoy also met the leader of the opposition Simon Pillai on Monday.",
     [("Simon Pillai", "leader of the opposition")]),
    # "NAME as OFFICE" in a list of people sworn in, without commas
    ("Sworn in today are Bodo Watimena as Acting Mayor of Ambon and Daniel Indey as Acting Regent of Buru.",
     [("Bodo Watimena", "Acting Mayor of Ambon"), ("Daniel Indey", "Acting Regent of Buru")]),
])
def test_offices_told_in_other_shapes(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text", [
    "The keynote speaker John Smith spoke about trade.",
    "Kenya as Chair of the Council welcomed the decision.",
])
def test_no_office_there(extract_text, text):
    assert extract_text(text).officials == []


@pytest.mark.parametrize("text,expected", [
    # a style after the comma marks the holder even where the sentence goes on
    ("Speaker of the parliament, Hon. Ali Rasheed last night met the committee chairs.",
     [("Ali Rasheed", "Speaker of the parliament", ["Hon"])]),
    # an acronym in brackets written with a small letter
    ("The Speaker of the House of Representatives (HoR), Ali Rasheed, stressed the need for talks.",
     [("Ali Rasheed", "Speaker of the House of Representatives", [])]),
    # police ranks in capitals before a name; a brigade's seat between the office and the holder
    ("The Commissioner of Police in Adamawa State, CP Ali Rasheed, received the Brigade Commander of the "
     "23 Armoured Brigade, Yola, Brigadier General Paul Musa.",
     [("Ali Rasheed", "Commissioner of Police in Adamawa State", ["CP"]),
      ("Paul Musa", "Brigade Commander of the 23 Armoured Brigade", ["Brigadier General"])]),
])
def test_offices_before_a_name_across_a_comma(extract_text, text, expected):
    assert [(o.name, o.title, o.honorifics) for o in extract_text(text).officials] == expected


def test_a_rank_abbreviation_is_no_style_before_a_lowercase_word(extract_text):
    assert extract_text("The SP team won the match.").officials == []


@pytest.mark.parametrize("text,expected", [
    # two-letter initials after an office's comma open the name, no body's acronym
    ("The Assam Director General of Police, GP Singh, on Tuesday directed the officers.",
     [("GP Singh", "Director General of Police")]),
    # a whole office coordinated before this one, one holder
    ("Director General and Inspector General of Police Ajay Kumar Singh said so.",
     [("Ajay Kumar Singh", "Director General and Inspector General of Police")]),
])
def test_initials_and_coordinated_offices(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,expected", [
    # two coordinated offices before two coordinated names: theirs in order
    ("It was signed by the Minister of Finance and the Governor of the Central Bank, Ama Boateng and Kofi Asare, respectively.",
     [("Ama Boateng", "Minister of Finance"), ("Kofi Asare", "Governor of the Central Bank")]),
    # two names after one office's comma are no list of portfolios
    ("It was signed by the Governor of the Central Bank, Ama Boateng and Kofi Asare.",
     [("Ama Boateng", "Governor of the Central Bank")]),
    ("The Minister for Trade, Investments and Industry Ama Boateng said so.",
     [("Ama Boateng", "Minister for Trade, Investments and Industry")]),
    # "Area" of a local government area is a word of the office
    ("Chairman of Nasarawa Local Government Area Musa Bello said so.",
     [("Musa Bello", "Chairman of Nasarawa Local Government Area")]),
])
def test_coordinated_offices_and_holders(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected
