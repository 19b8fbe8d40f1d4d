"""Officials and venues of provincial and state press (South Asia, Africa, Latin America): the
sub-national units the gazetteer holds (a name of units in two states, "Punjab", names neither:
the text decides), offices of those units, holders in lists and "is the new" sentences, and the
places such stories happen in. Sentences written for these tests."""
import pytest

from newsfacts.normalisation.places import lookup_place


@pytest.mark.parametrize("name,kind,country", [
    ("Punjab", "region", None),            # India and Pakistan: the text decides
    ("Uasin Gishu", "region", "KE"),       # a county (ISO 3166-2 "County", Kenya only)
    ("Oromia", "region", "ET"),            # a regional state
    ("Antioquia", "region", "CO"),         # a department
    ("Gilgit-Baltistan", "region", "PK"),  # an administered area
    ("KwaZulu-Natal", "region", "ZA"),     # as press writes it (ISO: "Kwazulu-Natal")
    ("Tigray", "region", "ET"),
])
def test_sub_national_units_are_places(name, kind, country):
    info = lookup_place(name)
    assert info is not None and (info.kind, info.country) == (kind, country)


@pytest.mark.parametrize("name", ["Rivera", "Flores", "Meta", "Centre", "Bong"])
def test_surnames_and_words_among_units_are_no_places(name):
    assert lookup_place(name) is None


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # a unit's name right after the office: the office's, never the holder's first name
    ("LAHORE: Governor Punjab Tariq Mehmood chaired a meeting on Monday.",
     [("Tariq Mehmood", "Governor Punjab", "PK")]),
    ("Deputy Commissioner Multan Asad Raza chaired the meeting on Monday.",
     [("Asad Raza", "Deputy Commissioner Multan", "PK")]),
    # "of <town or unit> State": a sub-national place stays, as in "Kano State Governor"
    ("The Governor of Kano State, Abba Musa, received the envoys on Friday.",
     [("Abba Musa", "Governor of Kano State", "NG")]),
    ("The Governor of Lagos State, Tunde Bello, met the traders on Monday.",
     [("Tunde Bello", "Governor of Lagos State", "NG")]),
    # Pakistani particles and prefixes, the Amharic "Mr"
    ("Provincial Minister for Finance Ahmad Shuja ur Rehman chaired the meeting.",
     [("Ahmad Shuja ur Rehman", "Provincial Minister for Finance", None)]),
    ("Mayor of Karachi Barrister Imran Shah opened the park.", [("Imran Shah", "Mayor of Karachi", "PK")]),
    ("Deputy Minister Ato Kebede Alemu met the envoy in Addis Ababa.", [("Kebede Alemu", "Deputy Minister", None)]),
    # South Africa's provincial ministers
    ("MEC Thandi Mokoena opened the clinic in Durban on Monday.",
     [("Thandi Mokoena", "MEC", "ZA")]),
])
def test_offices_of_sub_national_units(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "A is the new TITLE of X to Y, B is the new TITLE of Z": each holds the office after him
    # ("new" is the holder's moment, no word of the office: session 29, PASSING_STATUS)
    ("Tom Kerr is the new High Commissioner of Australia to Pakistan, while Lise Holm is the new "
     "Ambassador of Denmark.",
     [("Tom Kerr", "High Commissioner to Pakistan", "AU"), ("Lise Holm", "Ambassador", "DK")]),
    ("Tom Kerr is the new Australian High Commissioner to Pakistan.",
     [("Tom Kerr", "High Commissioner to Pakistan", "AU")]),
    # "was the TITLE in 2017": the copula reads no loose complement to the sentence's end
    ("Lena Dorn was the Information Minister in 2017.", [("Lena Dorn", "Information Minister", None)]),
    # a list of offices and holders: one name word set off by commas is a holder
    ("The launch was attended by the Minister of Health, Aisha Bala, the Minister of Education, "
     "Adamu, and the Deputy Governor, Nasiru Lawal.",
     [("Aisha Bala", "Minister of Health", None), ("Adamu", "Minister of Education", None),
      ("Nasiru Lawal", "Deputy Governor", None)]),
    # a style set off by commas between the office and the name
    ("The Governor welcomed the Australian Ambassador to the Philippines, His Excellency, Mark Sloane.",
     [("Mark Sloane", "Ambassador to the Philippines", "AU")]),
    # a plural office, a short relative clause, then the verb that opens the list of holders
    ("Cabinet Secretaries who attended the session include Ann Wambui (Health) and Peter Otieno (Energy).",
     [("Ann Wambui", "Cabinet Secretary (Health)", None), ("Peter Otieno", "Cabinet Secretary (Energy)", None)]),
])
def test_holders_in_lists_and_copulas(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


def _venues(extract_text, text):
    return [(v.name, v.city, v.country) for v in extract_text(text).venues]


@pytest.mark.parametrize("text,expected", [
    # a town before its state or province of two countries: one venue, the town's country
    ("The conference was held in Lahore, Punjab, on Friday.", [("Lahore, Punjab", "Lahore", "PK")]),
    # "Mar." (March) is one token: the town's name still ends the sentence
    ("The summit will be held in Vina del Mar. The ministers will meet again in June.",
     [("Vina del Mar", "Viña del Mar", "CL")]),
    # a residence known by one hyphenated name (in Pakistan, by the known places' table; no city the story names)
    ("Envoys presented their credentials at a ceremony held at Aiwan-e-Sadr.", [("Aiwan-e-Sadr", None, "PK")]),
    # a town no data knows after a building that took no place
    ("The ceremony was held at the Sani Abacha Indoor Stadium in Kofar Mata.",
     [("Sani Abacha Indoor Stadium", "Kofar Mata", None)]),
    ("The ceremony was held at the Sani Abacha Indoor Stadium in Kofar Mata. The governor later held talks in "
     "Kofar Mata with the elders.", [("Sani Abacha Indoor Stadium", "Kofar Mata", None), ("Kofar Mata", "Kofar Mata", None)]),
    # "in the city of X": a town no data knows
    ("The conference was held in the city of Kofar Mata on Friday.", [("Kofar Mata", "Kofar Mata", None)]),
    # a town's house of more words than its name stands in that town ("Lancaster House" does not)
    ("The governors met at Kano Government House on Monday.", [("Kano Government House", "Kano", "NG")]),
    # a building set off by commas after a room of it
    ("The governor held a meeting with the commissioners at the ante chamber, Kano Government House, on Monday.",
     [("Kano Government House", "Kano", "NG")]),
])
def test_venues_of_provincial_press(extract_text, text, expected):
    assert _venues(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # negative: a house named after a town is not in it
    "The talks took place at Lancaster House on Monday.",
    # negative: "in Honour of" after a building is no town
    "The dinner was held at the Grand Hotel in Honour of the delegates.",
])
def test_no_town_read_into_a_buildings_name(extract_text, text):
    assert all(v.city not in ("Lancaster", "Honour") for v in extract_text(text).venues)


def test_a_month_word_ending_a_place_name_is_no_date(extract_text):
    record = extract_text("VINA DEL MAR, Chile, 5 May 2025 -- The ministers met in Vina del Mar. 12 delegations attended.")
    assert [d.text for d in record.dates] == ["5 May 2025"]
