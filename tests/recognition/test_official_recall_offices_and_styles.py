"""Officials that fresh press from many places names with offices and styles the rules once
lacked: officers of a body by function, assistants to an office-holder, the Holy See's envoy,
civil-service grades, chiefs of a service's staff, abbreviated styles and police ranks, a form of
address written in lowercase, and "General" as a word of a portfolio. Every sentence is written
for these tests."""
import pytest


def _found(extract_text, text):
    return [(o.name, o.title, o.honorifics) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("District Liaison Officer Mariam Juma toured the clinic on Friday.",
     [("Mariam Juma", "District Liaison Officer", [])]),
    ("The plan was presented by Chief Finance Officer Tomas Berg.",
     [("Tomas Berg", "Chief Finance Officer", [])]),
    ("Senior Special Assistant to the Governor on Media Ade Bello read the statement.",
     [("Ade Bello", "Senior Special Assistant to the Governor on Media", [])]),
    ("Apostolic Nuncio Archbishop Luis Moreno blessed the new wing.",
     [("Luis Moreno", "Apostolic Nuncio", ["Archbishop"])]),
    ("Joint Secretary Priya Nair led the Indian side.", [("Priya Nair", "Joint Secretary", [])]),
    ("Chief of Naval Staff Vice Admiral Omar Said received the cadets.",
     [("Omar Said", "Chief of Naval Staff", ["Vice Admiral"])]),
    ("Chief of Army Staff Tariq Khan inspected the troops.", [("Tariq Khan", "Chief of Army Staff", [])]),
])
def test_offices_of_function_and_service(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("City Administrator Atty. Rosa Lim signed the permit.", [("Rosa Lim", "City Administrator", ["Atty"])]),
    ("Mme. Claire Dubois, Head of the Consulate, opened the fair.",
     [("Claire Dubois", "Head of the Consulate", [])]),
    ("Navy Commander Cdr. Ian Moss welcomed the crew.", [("Ian Moss", "Navy Commander", ["Cdr"])]),
    ("Regional Police Commander DCOP Kofi Ansah briefed the press.",
     [("Kofi Ansah", "Regional Police Commander", ["DCOP"])]),
    ("Speaker honourable Mele Taufa adjourned the House.", [("Mele Taufa", "Speaker", [])]),
    ("Minister for Local Government and General Administration Hari Thapa opened the office.",
     [("Hari Thapa", "Minister for Local Government and General Administration", [])]),
])
def test_styles_and_ranks_before_the_name(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # a rank abbreviation is no office: alone before a name it makes no official
    "Officers led by DCOP Kofi Ansah arrested the suspects.",
    # the climate conference by its acronym, no rank
    "Delegates at COP Dubai agreed on a fund.",
    # "officer" as a plain noun, and a consulate as a place
    "An officer of the Consulate said the visa office would reopen.",
])
def test_no_official_without_an_office(extract_text, text):
    assert _found(extract_text, text) == []


@pytest.mark.parametrize("text,expected", [
    # a list of portfolios with words the lists once lacked, in apposition after the name
    ("Marta Kowal, Commissioner for Internal Market, Competition and Tourism, opened the fair.",
     [("Marta Kowal", "Commissioner for Internal Market, Competition and Tourism", [])]),
    ("Minister for Pacific Peoples Dr Sione Latu met the elders.",
     [("Sione Latu", "Minister for Pacific Peoples", ["Dr"])]),
    ("Chief Monitor of the Special Monitoring Mission Erik Dahl arrived in Kyiv.",
     [("Erik Dahl", "Chief Monitor of the Special Monitoring Mission", [])]),
    # a lowercase office of one lowercase body, closed by a comma after the name
    ("Sam Okafor, chairman of the board, presented the accounts.",
     [("Sam Okafor", "chairman of the board", [])]),
    # an office in apposition after a possessive pronoun
    ("The minister welcomed Lea Novak, her Slovenian counterpart, to Vienna.",
     [("Lea Novak", "counterpart", [])]),
])
def test_offices_in_apposition_and_portfolios(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # no office after the possessive pronoun, no official
    "The minister thanked Lea Novak, her sister, for the gift.",
    # a number sign is no name: the adviser's name is told nowhere
    "The work was led by Technical Adviser No. 2 of the ministry.",
])
def test_no_official_from_relations_or_numbers(extract_text, text):
    assert _found(extract_text, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The council named Ms. Ada Obi, as the Head of Procurement, on Friday.",
     [("Ada Obi", "Head of Procurement", [])]),
    ("Karl Berg, as Chair of the Audit Committee, presented the report.",
     [("Karl Berg", "Chair of the Audit Committee", [])]),
    # a role verb before "as" still gives the office after it
    ("In his absence, Mr Joe Pike will serve as Acting Premier.", [("Joe Pike", "Acting Premier", [])]),
])
def test_an_office_after_as_in_apposition(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the institution of an office written lowercase after "in the"
    ("According to the Principal Secretary in the ministry of Lands and Housing Ms Rose Auma, work will resume.",
     [("Rose Auma", "Principal Secretary in the ministry of Lands and Housing", [])]),
    # a body's acronym of two words in brackets inside the office: no word of the title
    ("Head of the Joint Border Task Force (JBTF WEST) Secretariat Omar Diallo opened the post.",
     [("Omar Diallo", "Head of the Joint Border Task Force Secretariat", [])]),
    ("Special Rapporteur on Freedom of Religion Kamal Aziz presented the report.",
     [("Kamal Aziz", "Special Rapporteur on Freedom of Religion", [])]),
    ("The panel chose Hari Rai, the Joint-secretary at the planning ministry, to lead it.",
     [("Hari Rai", "Joint-secretary at the planning ministry", [])]),
])
def test_complements_written_lowercase_or_with_acronyms(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the name right after the office an aide serves is that office's holder
    ("A spokeswoman for Interior Minister Karim Nasser said the border would reopen.",
     [("Karim Nasser", "Interior Minister")]),
    ("Media Adviser to Lagos State Governor Tunde Bakare, Femi Ojo, said the road would open.",
     [("Femi Ojo", "Media Adviser to Lagos State Governor Tunde Bakare"), ("Tunde Bakare", "Lagos State Governor")]),
    # "the" before the served office, or a complement after the name: the aide's name
    ("Chief of Staff to the President Amina Idris chaired the meeting.",
     [("Amina Idris", "Chief of Staff to the President")]),
])
def test_the_office_an_aide_serves(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,expected", [
    ("Ines Vidal, Member of the Board of the Central Bank, presented the figures.",
     [("Ines Vidal", "Member of the Board of the Central Bank")]),
    ("The three Council members Ana Rus, Ion Popa and Dan Voicu voted against.",
     [("Ana Rus", "Council member"), ("Ion Popa", "Council member"), ("Dan Voicu", "Council member")]),
    # an office word before a plural noun of states is no office
    ("The Gulf Member States Council met in Doha.", []),
])
def test_members_of_a_body(extract_text, text, expected):
    # (a plural office gives each holder its singular; its case is not what is tested here)
    assert [(o.name, o.title.lower()) for o in extract_text(text).officials] == [(n, t.lower()) for n, t in expected]
