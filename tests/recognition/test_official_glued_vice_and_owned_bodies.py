"""Two shapes of an office's words (recognition/officials.py): a capitalised title word glued by
a hyphen to a capitalised office ("Vice-Chairman", "First Vice-Speaker") is one word of the office,
as its spaced form is; a state named in the possessive before the body inside an office's
complement ("of Ruritania's Central Planning Council") leaves the title (FACTS.md: no country in
any shape) and tells the office's state. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,title", [
    ("Tomas Gruber, Vice-Chairman of the National Planning Commission, opened the fair.",
     "Tomas Gruber", "Vice-Chairman of the National Planning Commission"),
    ("Vice-Chairman Anna Lind thanked the guests on Friday.", "Anna Lind", "Vice-Chairman"),
    ("The envoy will call on the First Vice-Speaker of Parliament, Maria Holt, on Monday.",
     "Maria Holt", "First Vice-Speaker of Parliament"),
    ("Present were Jon Berg, Minister for Water, and Lia Moss, Vice-Chairman of the Audit Board, "
     "among others.", "Lia Moss", "Vice-Chairman of the Audit Board"),
    # unchanged: two offices joined by "and" after a hyphened one
    ("Vice-President and Finance Minister Omar Daud spoke first.", "Omar Daud", "Finance Minister"),
])
def test_hyphen_glued_title_word(extract_text, text, name, title):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text,name,title,country", [
    ("General Ivo Marek, Member of Poland's Central Military Commission, arrived in Lima.",
     "Ivo Marek", "Member of Central Military Commission", "PL"),
    ("Rosa Vidal, vice chairwoman of the Standing Committee of Chile's National Congress, spoke.",
     "Rosa Vidal", "vice chairwoman of the Standing Committee of National Congress", "CL"),
    # unchanged: a demonym before an embassy stays ("of Chinese Embassy")
    ("Counsellor of Chinese Embassy Li Wei attended the fair.", "Li Wei", "Counsellor of Chinese Embassy", "CN"),
])
def test_possessive_state_leaves_title(extract_text, text, name, title, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


@pytest.mark.parametrize("text,name,title,country", [
    # a demonym after "the" before a state's body, in an office whose complement runs on past a name-like word
    ("Lena Holm, State Minister of Forestry Sector at the Zambian Ministry of Environment, spoke.",
     "Lena Holm", "State Minister of Forestry Sector at the Ministry of Environment", "ZM"),
    # the government or the state's formal name before the country, after the office's own complement
    ("The Deputy Prime Minister and Minister of European Affairs of the Government of Croatia, "
     "Ivana Kovac, met the mayor.", "Ivana Kovac", "Deputy Prime Minister and Minister of European Affairs", "HR"),
    ("Acting Foreign Minister of Islamic Emirate of Afghanistan Abdul Karim met the envoy in Kabul.",
     "Abdul Karim", "Acting Foreign Minister", "AF"),
    # a state's delegation
    ("Mr. Peter Otieno, head of Kenyan delegation, said the talks went well.", "Peter Otieno", "head of delegation", "KE"),
    # unchanged: the government of an office with no complement before it stays
    ("Ana Petrovic, Spokesperson of the Government of Croatia, said the talks went well.",
     "Ana Petrovic", "Spokesperson of the Government", "HR"),
])
def test_state_inside_office_leaves_title(extract_text, text, name, title, country):
    found = {o.name: o for o in extract_text(text).officials}
    assert name in found, list(found)
    assert found[name].title == title
    if country:
        assert found[name].country == country


def test_most_honourable_is_no_name(extract_text):
    text = "Present were Prime Minister of Jamaica, Most Honourable Peter Lane; and the Governor."
    found = {o.name: o for o in extract_text(text).officials}
    assert "Most" not in found and found["Peter Lane"].title == "Prime Minister"
    assert found["Peter Lane"].honorifics == []
