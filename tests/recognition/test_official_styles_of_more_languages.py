"""Officials named with styles, ranks, offices and portfolio words the data of
``patterns/officials/`` once lacked (session 21): South Asian and Tamil styles with their full
stop, the Jamaican "Most Hon.", hyphenated and air-force ranks, Bhutanese, Papua New Guinean,
Thai, Malaysian and Cambodian styles, Indonesian courtesies, West African professional prefixes,
attachés, convenors, envoys before their credentials and portfolio words of cabinets. Every
sentence and name is made up for these tests."""
import pytest


def _found(extract_text, text):
    return [(o.name, o.title, o.honorifics) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    # South Asian styles written with a full stop (kept one token: the stop ends no sentence)
    ("Minister of State for Textiles Smt. Kavita Rao opened the fair.",
     [("Kavita Rao", "Minister of State for Textiles", ["Smt"])]),
    ("The fair was opened by Minister of State for Textiles, Shri. Vikram Das.",
     [("Vikram Das", "Minister of State for Textiles", ["Shri"])]),
    ("District Collector Thiru. Arun Selvam inspected the dam.",
     [("Arun Selvam", "District Collector", ["Thiru"])]),
    # "the Most Hon." abbreviated, before a Governor-General's other styles
    ("Governor-General the Most Hon. Sir Neville Branch signed the bill.",
     [("Neville Branch", "Governor-General", ["Most Hon", "Sir"])]),
    # ranks with stops and hyphens, naval and air-force ranks
    ("The unit was led by its Commander, Maj.-Gen. Ibrahim Sule.",
     [("Ibrahim Sule", "Commander", ["Maj-Gen"])]),
    ("Chief of Naval Staff Rear Adm. Dana Kerr welcomed the crew.",
     [("Dana Kerr", "Chief of Naval Staff", ["Rear Adm"])]),
    ("Chief of Air Staff Air Commodore Ravi Menon received the aircraft.",
     [("Ravi Menon", "Chief of Air Staff", ["Air Commodore"])]),
])
def test_styles_with_stops_and_ranks(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Prime Minister Dasho Karma Dorji met the delegation.",
     [("Karma Dorji", "Prime Minister", ["Dasho"])]),
    # "Grand Chief" is a style, not the office "Chief"
    ("Governor-General Grand Chief Sir Peni Kamo opened Parliament.",
     [("Peni Kamo", "Governor-General", ["Grand Chief", "Sir"])]),
    ("Deputy Prime Minister M.R. Chalerm Suksan chaired the panel.",
     [("Chalerm Suksan", "Deputy Prime Minister", ["M.R."])]),
    ("Minister of Communications YB Datuk Seri Utama Ahmad Zaki met the press.",
     [("Ahmad Zaki", "Minister of Communications", ["YB", "Datuk Seri Utama"])]),
    ("Minister of Finance YAB Tan Sri Azmi Hassan spoke.",
     [("Azmi Hassan", "Minister of Finance", ["YAB", "Tan Sri"])]),
    # a Cambodian conferred style in full, not "Samdech" and a name starting "Pichey"
    ("Deputy Prime Minister Samdech Pichey Sena Tea Vann inspected the troops.",
     [("Tea Vann", "Deputy Prime Minister", ["Samdech Pichey Sena"])]),
    # Indonesian courtesies: no honorific, no word of the name
    ("Minister of Health Bapak Budi Santoso visited the hospital.",
     [("Budi Santoso", "Minister of Health", [])]),
    ("Minister of Education Ibu Sri Lestari visited the school.",
     [("Sri Lestari", "Minister of Education", [])]),
    ("Commissioner for Works Arc. Tunde Ayo inspected the bridge.",
     [("Tunde Ayo", "Commissioner for Works", ["Arc"])]),
])
def test_styles_of_more_languages(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Economic Attaché Lina Park attended the fair.", [("Lina Park", "Economic Attaché", [])]),
    ("Party Convenor Rafiq Ahmed spoke to reporters.", [("Rafiq Ahmed", "Party Convenor", [])]),
    ("Ambassador-designate Tomas Ruiz presented a copy of his credentials.",
     [("Tomas Ruiz", "Ambassador-designate", [])]),
    ("Queen Mother Sirikit Nara attended the ceremony.", [("Sirikit Nara", "Queen Mother", [])]),
    ("Presidential Spokesman Kofi Mensah read the statement.",
     [("Kofi Mensah", "Presidential Spokesman", [])]),
    # portfolio words: the title runs to the name, no word of the portfolio becomes a name
    ("Minister of Urban Renewal Ana Pereira toured the site.",
     [("Ana Pereira", "Minister of Urban Renewal", [])]),
    ("Minister of Shipping Omar Faruk opened the port.", [("Omar Faruk", "Minister of Shipping", [])]),
    ("Minister of Prisons and Corrections Paul Mbeki toured the jail.",
     [("Paul Mbeki", "Minister of Prisons and Corrections", [])]),
    ("Secretary of the Party Committee of the Autonomous Region Li Wen spoke.",
     [("Li Wen", "Secretary of the Party Committee of the Autonomous Region", [])]),
])
def test_offices_and_portfolio_words(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    # an air-force rank abbreviation alone is no office
    "Officers led by Sqn Ldr Ravi Menon landed.",
])
def test_no_official_from_a_rank_alone(extract_text, text):
    assert _found(extract_text, text) == []
