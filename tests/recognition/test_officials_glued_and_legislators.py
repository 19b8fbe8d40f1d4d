"""Office shapes of unseen press, second round: a name glued to its office with no comma,
legislators' offices, and an office that must not start inside a hyphenated word. Sentences
written for these tests."""
import pytest


def _found(extract_text, text):
    return {o.name: o for o in extract_text(text).officials}


@pytest.mark.parametrize("text,name,title,country", [
    # a name directly followed by an office that has a complement or a modifier, no comma
    ("The exhibition was opened by Ingrid Solberg Ambassador of Norway to Ghana on Monday.",
     "Ingrid Solberg", "Ambassador to Ghana", "NO"),
    ("The delegation included Marcus Webb Second Secretary at the embassy and two attaches.",
     "Marcus Webb", "Second Secretary", None),
    ("Hassan Ali Deputy Governor of the Central Bank will attend the forum.",
     "Hassan Ali", "Deputy Governor of the Central Bank", None),
    ("The letter was signed by Paulo Mendes Director of Trade Policy at the ministry.",
     "Paulo Mendes", "Director of Trade Policy", None),
])
def test_a_name_glued_to_its_office(extract_text, text, name, title, country):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert (found[name].title, found[name].country) == (title, country)


@pytest.mark.parametrize("text", [
    # a body's name, not a person's, before the office
    "A statement from Standard Chartered Regional Director on Monday said profits rose.",
    "Officials from Bangkok Metropolitan Administration Deputy Governor office attended.",
    "The Addis Ababa Chamber Secretary General said trade grew.",
    "Maybank Group Chief Executive Officer said rates would hold.",
    # a bare office head glued to a name is no apposition ("NAME Minister" reads as a headline run)
    "Later Anna Berg Minister said nothing.",
])
def test_no_official_from_a_body_glued_to_an_office(extract_text, text):
    assert extract_text(text).officials == []


def test_a_glued_office_does_not_take_a_name_that_an_office_before_holds(extract_text):
    found = _found(extract_text, "Prime Minister Anna Berg Deputy Foreign Minister Tom Reid and others attended.")
    assert {n: o.title for n, o in found.items()} == {"Anna Berg": "Prime Minister",
                                                      "Tom Reid": "Deputy Foreign Minister"}


@pytest.mark.parametrize("text,name,title", [
    ("The clinic was inaugurated by local MLA Rajan Pillai on Monday.", "Rajan Pillai", "MLA"),
    ("Senate Majority Leader Tom Hollis said the bill would pass.", "Tom Hollis", "Senate Majority Leader"),
    ("House Minority Leader Grace Otieno warned that the budget would fail.", "Grace Otieno", "House Minority Leader"),
    ("The motion was tabled by Chief Whip Daniel Boateng.", "Daniel Boateng", "Chief Whip"),
    # bare letters after a name and a comma are a post-nominal; the office after them is his
    ("Hon. Mary Chen, MLA, Minister of Health, opened the clinic.", "Mary Chen", "Minister of Health"),
])
def test_legislators_offices(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text", [
    "Three MLAs walked out of the House on Tuesday.",
    "The MLA hostel in the capital was renovated.",
    "The Majority Leader said the vote would be held on Friday.",
])
def test_no_legislator_without_a_name(extract_text, text):
    assert extract_text(text).officials == []


@pytest.mark.parametrize("text,name,title", [
    # "and" after a hyphenated office: the title is the office after it, never half a word
    ("The session was addressed by the UN Secretary-General and General Assembly President Petra Lind.",
     "Petra Lind", "General Assembly President"),
    ("The forum heard the Secretary-General and Council Chairman Omar Idris.", "Omar Idris", "Council Chairman"),
    # without "and" the hyphenated office is whole
    ("Deputy Secretary-General Amina Rashid opened the session.", "Amina Rashid", "Deputy Secretary-General"),
])
def test_an_office_never_starts_inside_a_hyphenated_word(extract_text, text, name, title):
    found = _found(extract_text, text)
    assert name in found, list(found)
    assert found[name].title == title


@pytest.mark.parametrize("text,expected", [
    # a verb (after a participle) opens the list of a plural office's holders; a bracketed
    # portfolio after each holder stays in his title
    ("Principal Secretaries appointed include Amina Wekesa (Interior), Peter Otieno (Health) and John Kamau (Treasury).",
     [("Amina Wekesa", "Principal Secretary (Interior)"), ("Peter Otieno", "Principal Secretary (Health)"),
      ("John Kamau", "Principal Secretary (Treasury)")]),
    ("The Ministers present were Lina Park and Omar Idris.", [("Lina Park", "Minister"), ("Omar Idris", "Minister")]),
    ("Deputy Ministers named: Ana Costa (Finance), Rui Lopes (Energy).",
     [("Ana Costa", "Deputy Minister (Finance)"), ("Rui Lopes", "Deputy Minister (Energy)")]),
    ("Ministers Ana Costa (Finance) and Rui Lopes (Energy) signed the accord.",
     [("Ana Costa", "Minister (Finance)"), ("Rui Lopes", "Minister (Energy)")]),
])
def test_a_plural_office_opens_a_list_of_holders_with_portfolios(extract_text, text, expected):
    assert [(o.name, o.title) for o in extract_text(text).officials] == expected


def test_a_bracketed_acronym_after_a_listed_holder_is_no_portfolio(extract_text):
    found = _found(extract_text, "Presidents Hage Moyo from Namibia, Jean Kabila (DRC) and Ana Sousa (Angola) met.")
    assert {n: (o.title, o.country) for n, o in found.items()} == {
        "Hage Moyo": ("President", "NA"), "Jean Kabila": ("President", "CD"), "Ana Sousa": ("President", "AO")}


@pytest.mark.parametrize("text", [
    # the names after another verb are not the plural office's holders
    "The Ministers discussed trade with Lina Park and Omar Idris.",
    "Ministers were told by Lina Park and Omar Idris that the deal was off.",
    # a list opener with a single name is no list
    "The Ministers present were Lina Park's guests.",
])
def test_no_holders_after_a_plural_office_without_a_list(extract_text, text):
    assert extract_text(text).officials == []


def test_a_body_in_brackets_after_a_listed_holder_is_no_portfolio(extract_text):
    text = "Envoys received included Lara Mendes (European Union) and Karl Weiss (Agriculture)."
    found = {o.name: (o.title, o.country) for o in extract_text(text).officials}
    assert found == {"Lara Mendes": ("Envoy", None), "Karl Weiss": ("Envoy (Agriculture)", None)}
    text = "Ambassadors present were Lara Mendes (European Union) and Karl Weiss (Austria)."
    found = {o.name: o.title for o in extract_text(text).officials}
    assert found == {"Lara Mendes": "Ambassador", "Karl Weiss": "Ambassador"}
