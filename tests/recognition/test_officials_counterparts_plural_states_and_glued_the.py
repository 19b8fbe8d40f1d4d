"""Office shapes of session 19: a counterpart from a state whose name takes "the", the state a
faced noun comes from, one state owning a plural office and its listed holders, a name and its
office joined by "the" alone, and heads of universities and services. Sentences written for
these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,country", [
    ("Prime Minister Lena Varga met her counterpart from the Marshall Islands Tomas Reed in Suva on Friday.",
     "Tomas Reed", "MH"),
    ("The Interior Minister, Paulo Serra, met in Lisbon on Monday with his counterpart from the Republic "
     "of Moldova, Ion Rusu.", "Ion Rusu", "MD"),
    ("The Interior Minister, Paulo Serra, met in Lisbon on Monday with his counterpart from Moldova, Ion Rusu.",
     "Ion Rusu", "MD"),
])
def test_a_counterpart_from_a_state_is_named_with_its_state(extract_text, text, name, country):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == ("counterpart", country)


@pytest.mark.parametrize("text,owner", [
    # the one whose counterpart it is faces that state: never given it as the story's
    ("Foreign Minister Lena Varga held talks with her counterpart from the Netherlands on Monday. The "
     "Netherlands is a partner, Varga said.", "Lena Varga"),
    ("The Interior Minister, Paulo Serra, met in Lisbon on Monday with his counterpart from the Republic "
     "of Moldova, Ion Rusu.", "Paulo Serra"),
])
def test_the_owner_of_a_counterpart_from_a_state_is_not_of_that_state(extract_text, text, owner):
    found = _found(extract_text, text)
    assert owner in found, list(found)
    assert found[owner].country is None


@pytest.mark.parametrize("text,names,title,country", [
    ("The talks with US envoys Mark Dillon, Ruth Oakes and Peter Shaw ended on Monday.",
     ["Mark Dillon", "Ruth Oakes", "Peter Shaw"], "envoy", "US"),
    ("She was accompanied by Ghanaian ministers Kofi Mensah and Ama Owusu.",
     ["Kofi Mensah", "Ama Owusu"], "minister", "GH"),
    ("Kenya's ministers Jane Wambui and Peter Otieno arrived on Monday.",
     ["Jane Wambui", "Peter Otieno"], "minister", "KE"),
    ("Zambian Cabinet Ministers Mary Banda and John Phiri arrived on Monday.",
     ["Mary Banda", "John Phiri"], "Cabinet Minister", "ZM"),
])
def test_one_state_before_a_plural_office_owns_its_listed_holders(extract_text, text, names, title, country):
    found = _found(extract_text, text)
    for name in names:
        assert name in found, list(found)
        assert (found[name].title, found[name].country) == (title, country)


@pytest.mark.parametrize("text", [
    "Former US envoys Mark Dillon and Ruth Oakes wrote a letter.",  # a word of status before the state
    "In Lima, Peru ministers Mark Dillon and Ruth Oakes arrived.",   # the state closes a place
])
def test_no_plural_list_after_a_state_that_opens_no_noun_phrase(extract_text, text):
    assert extract_text(text).officials == []


def test_two_states_before_a_plural_office_stay_respective(extract_text):
    found = _found(extract_text, "The Chilean and Peruvian envoys, Mark Dillon and Ruth Oakes, met.")
    assert {n: o.country for n, o in found.items()} == {"Mark Dillon": "CL", "Ruth Oakes": "PE"}


@pytest.mark.parametrize("text,name,title,country", [
    ("Nadia Uwase the World Bank Country Director signed the grant in Kigali on Monday.",
     "Nadia Uwase", "World Bank Country Director", None),
    ("The dinner was hosted by Helen Marsh the UK Secretary for International Trade.",
     "Helen Marsh", "Secretary for International Trade", "GB"),
])
def test_a_name_and_its_office_joined_by_the_alone(extract_text, text, name, title, country):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


@pytest.mark.parametrize("text", [
    "He also met in Tashkent the State Minister of Foreign Affairs of Chile.",  # a place, no name
    "The deal with the Bank of Kigali the Finance Minister said was good.",
])
def test_no_name_joined_by_the_from_a_place_or_body(extract_text, text):
    assert all(o.name not in ("Tashkent", "Bank of Kigali", "Kigali") for o in extract_text(text).officials)


@pytest.mark.parametrize("text,name,title", [
    ("The Rector of the University of Tirana, Arben Hoxha, said the rectors had agreed.",
     "Arben Hoxha", "Rector of the University of Tirana"),
    ("Lidia Novak, the Rector of the University of Split, said funds were short.",
     "Lidia Novak", "Rector of the University of Split"),
    ("The commandant of the Coast Guard, Admiral Ruth Oakes, praised the crews.",
     "Ruth Oakes", "commandant of the Coast Guard"),
    # (session 23: the unit after the office's comma stays in its title, as written)
    ("\"We welcome it,\" said Rear Adm. Mark Dillon, assistant commandant, Coast Guard Intelligence.",
     "Mark Dillon", "assistant commandant, Coast Guard Intelligence"),
])
def test_heads_of_universities_and_services(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text,names,title", [
    # the plural of an office of several words whose first word is no title word
    ("Earlier, the minister met the High Commissioners Ana Lopa of Fiji and Tom Reyes of Samoa.",
     {"Ana Lopa": "FJ", "Tom Reyes": "WS"}, "High Commissioner"),
])
def test_the_plural_of_an_office_of_several_words(extract_text, text, names, title):
    found = _found(extract_text, text)
    assert {n: (o.title, o.country) for n, o in found.items() if n in names} == \
        {n: (title, c) for n, c in names.items()}
