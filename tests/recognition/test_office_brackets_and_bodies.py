"""Offices written in brackets after a name, and bodies written after an office and a comma
(FACTS.md: every named person given an office; a body is no person). Sentences written for
these tests, on shapes seen in fresh real press (lists of a delegation's members, envoys)."""
import pytest


def _officials(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,expected", [
    # "NAME (Office, Body)": the office in brackets is the name's, the body is no person
    ("The delegation comprises Mr Sipho Ndlovu (Chief Whip, Freedom Party) and Ms Lerato Dube "
     "(Deputy Chief Whip, Freedom Party).",
     {"Sipho Ndlovu": "Chief Whip", "Lerato Dube": "Deputy Chief Whip"}),
    ("Also present was Ms Anna Berg (Whip: Western Cape) with the committee.", {"Anna Berg": "Whip"}),
    # a bracketed office after a styled name, with its body after a comma
    ("Those honoured were Ambassador Tunde Bello (Deputy Permanent Representative, Permanent Mission "
     "to the United Nations) and two others.", {"Tunde Bello": "Deputy Permanent Representative"}),
])
def test_an_office_in_brackets_is_the_name_before(extract_text, text, expected):
    found = _officials(extract_text, text)
    assert {name: found[name].title for name in expected if name in found} == expected
    assert not any(body in found for body in ("Freedom Party", "Permanent Mission", "Western Cape"))


@pytest.mark.parametrize("text,name,title,not_a_person", [
    # "Office, Body, NAME": the body between the commas is the office's, the name follows it
    ("The visitors met Principal Secretary, State Assembly, RK Menon, on Monday.",
     "RK Menon", "Principal Secretary, State Assembly", "State Assembly"),
    ("She thanked the Senior Counsellor, Consular Department, Olu Adeyemi, for his help.",
     "Olu Adeyemi", "Senior Counsellor, Consular Department", "Consular"),
])
def test_a_body_after_an_office_and_a_comma_is_no_name(extract_text, text, name, title, not_a_person):
    found = _officials(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title
    assert not_a_person not in found


def test_a_body_alone_after_an_office_and_a_comma_makes_no_official(extract_text):
    found = _officials(extract_text, "The motion was tabled by the Chief Whip, United Democratic Alliance, on Monday.")
    assert found == {}


@pytest.mark.parametrize("text,name,title", [
    ("Deputy Speaker Rafiq Mia and Whip Shahid Sarker welcomed the guests at the airport.", "Shahid Sarker", "Whip"),
    ("Mr. Tomas Banda, Opposition Whip, asked the minister to withdraw the bill.", "Tomas Banda", "Opposition Whip"),
])
def test_whips_are_officials(extract_text, text, name, title):
    found = _officials(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


def test_members_listed_for_a_delegation_named_earlier_in_the_clause_go_with_it(extract_text):
    # "The delegation, which NAME leads, comprises A, B": the members are the visitor's party,
    # never the visited state's officials
    text = ("The parliamentary team, which Speaker Nomsa Khumalo is leading, arrived in Havana for an official "
            "visit to Cuba. The delegation, which she leads, comprises Mr Sipho Ndlovu (Chief Whip, Freedom "
            "Party) and Ms Lerato Dube (Whip, Portfolio Committee on Trade).")
    found = _officials(extract_text, text)
    assert found["Sipho Ndlovu"].country != "CU" and found["Lerato Dube"].country != "CU"


@pytest.mark.parametrize("text,name,title", [
    # a body's name with a possessive inside an office's complement
    ("He met Vice Chairman of the Standing Committee of the National People's Congress Li Wei on Monday.",
     "Li Wei", "Vice Chairman of the Standing Committee of the National People's Congress"),
    ("She met Vice Chairman of the Central Committee of the Workers' Party, Kim Sol, on Monday.",
     "Kim Sol", "Vice Chairman of the Central Committee of the Workers' Party"),
    # an office of a body in one state
    ("UNDP Country Director Lars Berg opened the session.", "Lars Berg", "UNDP Country Director"),
])
def test_offices_with_a_bodys_name_inside(extract_text, text, name, title):
    found = _officials(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text,name,title", [
    # a title word joined to a lowercase office by a hyphen
    ("The team was headed by Yan Li, vice-chairperson of the Standing Committee, on Monday.",
     "Yan Li", "vice-chairperson of the Standing Committee"),
    # a second office inside the complement, after "and the"
    ("Sheikh Khalid Bin Saif, the Ruler of Fujairah and the Deputy Supreme Commander of the Armed Forces, arrived.",
     "Khalid Bin Saif", "Ruler of Fujairah and the Deputy Supreme Commander of the Armed Forces"),
    # a state's unit inside the complement, then the styled name
    ("She met Chairman of the Executive Council of the Emirate of Ajman Sheikh Omar Bin Ali on Monday.",
     "Omar Bin Ali", "Chairman of the Executive Council of the Emirate of Ajman"),
])
def test_longer_offices_read_whole(extract_text, text, name, title):
    found = _officials(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


def test_an_office_after_a_comma_is_not_joined_to_the_complement(extract_text):
    found = _officials(extract_text, "He met the Minister of Foreign Affairs, President Joko Widodo and others.")
    assert found["Joko Widodo"].title == "President"


@pytest.mark.parametrize("text", [
    "The minister held talks on trade with his counterpart from Poland Radek Nowak on Friday.",
    "The minister held talks with his counterpart from Poland, Radek Nowak, on Friday.",
])
def test_a_counterpart_from_a_state(extract_text, text):
    found = _officials(extract_text, text)
    assert "Radek Nowak" in found, list(found)
    assert (found["Radek Nowak"].title, found["Radek Nowak"].country) == ("counterpart", "PL")


@pytest.mark.parametrize("text,name,title", [
    ("He spoke with Hans Brandt, the Leader of the Christian Union party, on Friday.",
     "Hans Brandt", "Leader of the Christian Union"),
    ("The summit with North Korean leader Kim Jong Un is planned for June.", "Kim Jong Un", "leader"),
])
def test_leaders_are_officials(extract_text, text, name, title):
    found = _officials(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text", [
    "Community leaders met the governor's staff on Monday.",
    "The talks included ASEAN SOM Leaders and the Timor-Leste SOM Leader.",
])
def test_a_leader_without_a_name_is_no_official(extract_text, text):
    assert _officials(extract_text, text) == {}
