"""A city's or a region's name before a local office (mayor, governor, premier, chief minister)
is the place the office governs, no state: it stays in the title, and its state is the
official's country (FACTS.md: only the country leaves a title). Sentences written for these
tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title, o.country) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("Shanghai Mayor Li Wei welcomed the guests on Monday.", [("Li Wei", "Shanghai Mayor", "CN")]),
    ("Kisii Governor Ana Moraa led a trade delegation to Wuhan.", [("Ana Moraa", "Kisii Governor", "KE")]),
    ("Nova Scotia Premier Tom Reid chaired the mission.", [("Tom Reid", "Nova Scotia Premier", "CA")]),
    ("The envoy met Yekaterinburg mayor Ivan Petrov on Tuesday.", [("Ivan Petrov", "Yekaterinburg mayor", "RU")]),
    ("The former Kanagawa Governor Ken Sato spoke.", [("Ken Sato", "former Kanagawa Governor", "JP")]),
    # an adjective of the unit word: the place before it stays
    ("A team led by Gyeonggi Provincial Governor Park Min-su arrived.",
     [("Park Min-su", "Gyeonggi Provincial Governor", "KR")]),
])
def test_a_place_before_a_local_office_stays_in_the_title(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a state's demonym or name leaves the title as before
    ("Thai Governor Somchai Wong spoke.", [("Somchai Wong", "Governor", "TH")]),
    # a place after a preposition is where something happens, not whose office it is
    ("Speaking in Lagos Governor Ade Bello said so.", [("Ade Bello", "Governor", "NG")]),
    # not an office of a place: a city before a national office is read as before
    ("Beijing Foreign Minister Wang Lei spoke.", [("Wang Lei", "Foreign Minister", "CN")]),
])
def test_other_words_before_an_office_are_read_as_before(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the English names of Korean provinces and the Brazilian state Santa Catarina (patterns/places/aliases.jsonl)
    ("Gyeonggi Province Governor Kim Dong-su signed the plan.", [("Kim Dong-su", "Gyeonggi Province Governor", "KR")]),
    ("Governor Ana Souza of Santa Catarina signed the memorandum.", [("Ana Souza", "Governor", "BR")]),
])
def test_a_province_the_press_names_in_english_tells_its_state(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
