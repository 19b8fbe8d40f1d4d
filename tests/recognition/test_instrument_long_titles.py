"""Long formal titles of treaties and agreements (names of more than eight words), on sentences
written for these tests: a complex preposition deep in the complement ("with respect to"), a
listed complement closed by a possessive ("and their Precursors"), a list of subjects before the
parties ("of Friendship, Cooperation and Mutual Assistance between X and Y"), and a capitalised
period word after the name ("for the Decade 2022-2031")."""
import pytest


@pytest.mark.parametrize("text,name,period", [
    ("Fiji and Japan signed the Convention for the Elimination of Double Taxation and the Prevention of "
     "Tax Avoidance with respect to Taxes on Income on Monday.",
     "Convention for the Elimination of Double Taxation and the Prevention of Tax Avoidance with respect "
     "to Taxes on Income", (None, None)),
    ("Peru ratified the Agreement on Cooperation in Combating Illicit Trade in Firearms, Ammunition and "
     "their Components last year.",
     "Agreement on Cooperation in Combating Illicit Trade in Firearms, Ammunition and their Components",
     (None, None)),
    ("The Treaty of Amity, Trade and Good Neighbourliness between Chile and Bolivia was recalled.",
     "Treaty of Amity, Trade and Good Neighbourliness between Chile and Bolivia", (None, None)),
    ("Donors backed the Programme of Action for Landlocked Island States for the Decade 2025-2034 in "
     "Vienna.", "Programme of Action for Landlocked Island States", ("2025", "2034")),
    ("The Plan of Action on Coastal Resilience for the Period 2026-2030 was adopted.",
     "Plan of Action on Coastal Resilience", ("2026", "2030")),
])
def test_long_titles(extract_text, text, name, period):
    assert [(i.name, (i.start, i.end)) for i in extract_text(text).instruments] == [(name, period)]


def test_with_respect_to_a_lowercase_object_ends_the_name(extract_text):
    found = extract_text("The Agreement on Trade in Services was praised with respect to its scope.")
    assert [i.name for i in found.instruments] == ["Agreement on Trade in Services"]


def test_item_after_two_bullet_marks(extract_text):
    text = ("The parties signed:\n\n  \u2022 \u2013 Agreement on cooperation between the Academy of Sciences of "
            "Chile and the National Institute of Oceanography of Peru;\n  \u2022 \u2013 Memorandum of "
            "Understanding on tourism between the Ministry of Tourism of Chile and the Ministry of Trade of "
            "Peru.\n\nThe talks ended on Friday.")
    assert sorted(i.name for i in extract_text(text).instruments) == [
        "Agreement on cooperation between the Academy of Sciences of Chile and the National Institute of "
        "Oceanography of Peru",
        "Memorandum of Understanding on tourism between the Ministry of Tourism of Chile and the Ministry "
        "of Trade of Peru"]


# An item of a list of documents written in sentence case ends its title before its period.
@pytest.mark.parametrize("item,name,period", [
    ("- Program of cooperation between the Ministries of Culture of Chile and Peru for 2025-2026;",
     "Program of cooperation between the Ministries of Culture of Chile and Peru", ("2025", "2026")),
    ("- Plan of joint actions on border security for the years 2026-2028;",
     "Plan of joint actions on border security", ("2026", "2028")),
    ("- Memorandum on exchanges of young diplomats (2025-2027);",
     "Memorandum on exchanges of young diplomats", ("2025", "2027")),
])
def test_listed_item_title_before_its_period(extract_text, item, name, period):
    text = "The parties signed:\n" + item + "\n- Agreement on Fisheries.\nThe talks ended."
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found.get(name) == period, found


# A listed document titled in sentence case: capitalised words, then a lowercase head and its
# complement, up to the item's end; not a sentence that opens a line.
def test_listed_items_with_a_lowercase_head(extract_text):
    text = ("Documents signed:\n- Cooperation program between the Ministry of Youth of Chile and the "
            "Ministry of Sport of Peru for 2025-2027;\n- Joint action plan on the protection of migratory "
            "birds;\n- Agreement on Fisheries.\nThe talks ended.")
    found = {i.name: (i.kind, i.start, i.end) for i in extract_text(text).instruments}
    assert found == {
        "Cooperation program between the Ministry of Youth of Chile and the Ministry of Sport of Peru":
            ("programme", "2025", "2027"),
        "Joint action plan on the protection of migratory birds": ("plan", None, None),
        "Agreement on Fisheries": ("agreement", None, None)}


@pytest.mark.parametrize("text", [
    "The ministers met.\nThe program on youth exchanges was discussed at length.",
    "Talks ended.\nPeru plans on hosting the next round.",
])
def test_line_opening_sentence_is_no_listed_title(extract_text, text):
    assert extract_text(text).instruments == []


# A document named in the complement of another after "on"/"for", without "the" between, is
# listed too (FACTS.md: a named instrument inside another).
@pytest.mark.parametrize("text,names", [
    ("They signed the Memorandum of Understanding on Chile-Peru Energy Transition Plan 2026-2028 in Lima.",
     ["Chile-Peru Energy Transition Plan", "Memorandum of Understanding on Chile-Peru Energy Transition Plan"]),
    ("Donors signed the Letter of Intent for Pacific Coastal Resilience Programme on Friday.",
     ["Letter of Intent for Pacific Coastal Resilience Programme", "Pacific Coastal Resilience Programme"]),
    # a generic inner name is no document of its own
    ("They signed the Memorandum of Understanding on Joint Action Plan in Lima.",
     ["Memorandum of Understanding on Joint Action Plan"]),
])
def test_document_named_inside_another(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


def test_two_editions_of_one_name_are_two_instruments(extract_text):
    found = extract_text("Ministers reviewed the Andean-Pacific Plan of Action (2016-2020). The new Andean-"
                         "Pacific Plan of Action (2021-2025) was adopted at the meeting.")
    assert sorted((i.name, i.start, i.end) for i in found.instruments) == [
        ("Andean-Pacific Plan of Action", "2016", "2020"), ("Andean-Pacific Plan of Action", "2021", "2025")]


# In a list whose items end with a semicolon, a comma inside an item lists the subjects of its
# title; a verb of signing after the comma ends the title.
def test_commas_inside_a_semicolon_item(extract_text):
    text = ("Documents signed:\n\n- Intergovernmental Program on trade, transport, and energy cooperation "
            "for 2025-2027;\n\n- Agreement on fisheries, signed by the two ministers;\n\n- Protocol on Ports.")
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {
        "Intergovernmental Program on trade, transport, and energy cooperation": ("2025", "2027"),
        "Agreement on fisheries": (None, None), "Protocol on Ports": (None, None)}
