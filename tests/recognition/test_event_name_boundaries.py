"""Boundaries of event names: where a described visit ends before a verb, an edition's ordinal
before a hyphenated acronym, a dash inside a word, a format of talks written as a sum, on
sentences written for these tests."""
import pytest

VISITS = [
    # a finite verb after the place ends the visit (no subject of the sentence's verb inside it)
    ("President Tarin Olvek, who is on a state visit to Ghana met the President of Ghana Mara Denn at noon.",
     "state visit to Ghana"),
    ("The minister's visit to Peru follows two rounds of talks held in Lima last year.", "visit to Peru"),
    ("Her state visit to Chile precedes the summit of the Andean leaders.", "state visit to Chile"),
    ("Her official visit to Kenya taking place from 3 to 5 April 2026 will open new avenues.", "official visit to Kenya"),
    ("Their working visit to Nepal took place on 4 May 2026, the ministry said.", "working visit to Nepal"),
]


@pytest.mark.parametrize("text,name", VISITS)
def test_a_visit_ends_before_a_verb(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


@pytest.mark.parametrize("text", [
    # a noun of people after a place name is still theirs
    "The minister held talks with Tongan community leaders in Nukualofa on 3 May 2026.",
])
def test_nouns_after_a_place_stay_in_the_party(extract_text, text):
    assert [e.name for e in extract_text(text).events] == ["talks with Tongan community leaders"]


EDITIONS = [
    # an ordinal before a known acronym with a hyphenated suffix numbers its edition
    ("Defence Minister Rolan Vesk attended the 11th ADMM-Plus in Vientiane on 16 November 2026.",
     ("11th ADMM-Plus", 11)),
    # also when the text spells the acronym's long form out before
    ("Ministers met at the 12th ASEAN Defence Ministers' Meeting (ADMM) in Hanoi on 1 May 2026. "
     "The next day the 9th ADMM-Plus opened there.", ("9th ADMM-Plus", 9)),
    ("Ministers opened the tenth ADMM-Plus in Jakarta on 3 May 2026.", ("tenth ADMM-Plus", 10)),
]


@pytest.mark.parametrize("text,want", EDITIONS)
def test_an_ordinal_before_a_hyphenated_acronym(extract_text, text, want):
    assert want in [(e.name, e.ordinal) for e in extract_text(text).events]


def test_the_first_of_a_series_is_its_founding_not_an_edition(extract_text):
    record = extract_text("The first ADMM-Plus was convened in Hanoi in 2010.")
    assert all(e.ordinal != 1 for e in record.events)


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_dash_between_two_letters_joins_a_word(extract_text, dash):
    text = f"The minister opened the 4th Meeting of the Lorvian Multi{dash}Sectoral Planning Board in Colombo on 4 March 2026."
    names = [e.name for e in extract_text(text).events]
    assert f"4th Meeting of the Lorvian Multi{dash}Sectoral Planning Board" in names


def test_a_spaced_dash_still_separates(extract_text):
    # ("the 20th Lorvia \u2013 Ghana Joint Commission": a spaced dash between parties, as before)
    names = [e.name for e in extract_text("The 20th Lorvia \u2013 Ghana Joint Commission opened in Accra on 3 May 2026.").events]
    assert not any("Multi" in n for n in names)


@pytest.mark.parametrize("text,want", [
    ("Minister Aran Pell attended the Japan-Lorvia 2+2 Ministerial Dialogue in Tokyo on 7 July 2026.",
     "Japan-Lorvia 2+2 Ministerial Dialogue"),
    ("The third Lorvia-Peru 2+2 Dialogue was held in Lima on 3 April 2026.", "Lorvia-Peru 2+2 Dialogue"),
])
def test_a_two_plus_two_format_is_a_word_of_the_name(extract_text, text, want):
    names = [e.name for e in extract_text(text).events]
    assert any(n.endswith(want) for n in names), names


@pytest.mark.parametrize("text,name", [
    # inside a complement, the group of people who meet goes on past the acronym of their body
    ("She will attend the 12th Ordinary Summit of the Coral Sea Development Community (CSDC) Heads of "
     "State and Government in Lautoka on 9 May 2026.",
     "12th Ordinary Summit of the Coral Sea Development Community Heads of State and Government"),
])
def test_a_group_after_an_acronym_stays_in_the_name(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


def test_a_title_after_a_head_and_acronym_is_no_part_of_the_name(extract_text):
    # right after the head, a bracketed acronym and a noun of people: not the meeting's name
    names = [e.name for e in extract_text(
        "The Speaker met the Coral Council (CC) Members in Lautoka on Friday 8 May 2026.").events]
    assert not any("Members" in n for n in names)
