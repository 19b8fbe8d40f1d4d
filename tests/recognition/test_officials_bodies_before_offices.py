"""A body's name written before a capitalised office is the office's, whole: a title never
opens inside the name (session 28). Sentences written for these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,title", [
    ("The workshop was opened by Harbour Fund Chief Executive Officer Mr Lebo Thuso on Monday.",
     "Lebo Thuso", "Harbour Fund Chief Executive Officer"),
    ("Speaking at the launch, Timber Development Corporation Chairman Arun Mehta said the mill was ready.",
     "Arun Mehta", "Timber Development Corporation Chairman"),
    ("Meanwhile Central Press Agency Director Nadia Karam said the talks went well.",
     "Nadia Karam", "Central Press Agency Director"),
    # the body's name with "of" inside, opened by a town's name
    ("The fair was visited by Izmir Chamber of Industry Vice President Kemal Aksoy.",
     "Kemal Aksoy", "Izmir Chamber of Industry Vice President"),
    ("Pune Farmers Cooperative Bank chairman Sunil Rao spoke first.",
     "Sunil Rao", "Pune Farmers Cooperative Bank chairman"),
])
def test_a_body_named_before_its_office_stays_in_the_title(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


def test_an_office_held_before_and_closes_the_body_name(extract_text):
    found = _found(extract_text, "Interior Minister Tariq Mahmood Khan and National Assembly Speaker "
                                 "Omar Farooq attended the dinner.")
    assert found["Tariq Mahmood Khan"].title == "Interior Minister"
    assert found["Omar Farooq"].title == "National Assembly Speaker"


@pytest.mark.parametrize("text,title,country", [
    ("Mr Omar Baptiste, Minister of Tourism of the Co-operative Republic of Guyana, opened the fair.",
     "Minister of Tourism", "GY"),
    ("Mr Omar Baptiste, President of the Cooperative Republic of Guyana, opened the fair.", "President", "GY"),
    # a formal name with its "of" left out still leaves the title
    ("Mr Omar Baptiste, Minister of Tourism of the Republic Senegal, opened the fair.", "Minister of Tourism", "SN"),
])
def test_a_states_formal_name_leaves_the_title(extract_text, text, title, country):
    found = _found(extract_text, text)
    assert (found["Omar Baptiste"].title, found["Omar Baptiste"].country) == (title, country)


def test_an_office_named_after_of_heads_no_body(extract_text):
    found = _found(extract_text, "The talks were chaired by Office of Prime-Minister Somchai Wong on Monday.")
    assert "Somchai Wong" in found, list(found)
    assert not found["Somchai Wong"].title.startswith("Office")
