"""One occasion told twice, once under a shorter name, is one event: a description whose words
are all words of the story's named event ("the review workshop"), a name with the acronym of its
owner ("PFDB Annual Meeting" / "Annual Meeting of the Pacific Fisheries Development Bank"), an
edition's numbered name and a longer one, a name that is only its head and its town ("the Cusco
Summit"). Other days, other places, other numbers and plural heads stay apart. Sentences written
for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, the event names expected, in order)
CASES = [
    pytest.param(
        "Officials of six districts gathered in Piura on 9 June for a three day review workshop. "
        "Minister Ana Lopez opened the Andean Water Review Workshop for Northern Peru with a speech on water.",
        ["Andean Water Review Workshop for Northern Peru"],
        id="a described workshop whose words the named workshop has is that workshop"),
    pytest.param(
        "Lima will host the PFDB Annual Meeting on 9 June. "
        "The Annual Meeting of the Pacific Fisheries Development Bank brings together forty ministers.",
        ["Annual Meeting of the Pacific Fisheries Development Bank"],
        id="the owner told by its acronym before the head or by its name after it"),
    pytest.param(
        "Ministers adopted the Lima Declaration during their second Ministerial Meeting in Lima on 9 June. "
        "Minister Ana Lopez hailed the declaration at the close of the Fisheries Ministerial Meeting.",
        ["second Ministerial Meeting"],
        id="a numbered edition keeps its name when told again by a longer one"),
    pytest.param(
        "Ministers attended the Andean Energy Leaders' Summit in Cusco on 9 June. "
        "At the Cusco Summit, Minister Ana Lopez spoke of trade.",
        ["Andean Energy Leaders' Summit"],
        id="a summit named by its town is the story's one summit in that town"),
    pytest.param(
        "The Andean Water Review Workshop for Northern Peru was held in Piura on 9 June. "
        "A review workshop will be held in Quito on 20 July.",
        ["Andean Water Review Workshop for Northern Peru", "review workshop"],
        id="NEGATIVE: a description on another day in another town is another workshop"),
    pytest.param(
        "Ministers attended the 5th Andean Water Forum in Cusco on 9 June. "
        "The 4th Andean Water Forum was held in Quito in 2023.",
        ["5th Andean Water Forum", "4th Andean Water Forum"],
        id="NEGATIVE: other numbers are other editions"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_one_occasion_told_shorter(extract_text, text, expected):
    names = [e.name for e in extract_text(text).events]
    assert names == expected


def test_an_acronym_stands_for_the_owner_a_longer_name_spells():
    from newsfacts.linking.retold import _words_told
    from newsfacts.records.models import Event

    short = Event(name="PFDB Annual Meeting")
    ours = {"pfdb", "annual", "meeting"}
    assert _words_told(short, ours, Event(name="Annual Meeting of the Pacific Fisheries Development Bank"))
    assert _words_told(short, ours, Event(name="Annual Meeting of the Pacific Fisheries Development"))
    assert not _words_told(short, ours, Event(name="Annual Meeting of the Andean Trade Council"))



def test_a_story_of_more_events_than_compared_is_left_alone():
    """The merges compare every pair of a story's events: past MOST_EVENTS_COMPARED (a list, or
    hostile text) they leave the events as they are, so that linking stays linear (the merge of
    the same pair in a short story: test_one_occasion_told_shorter)."""
    from newsfacts.linking.retold import MOST_EVENTS_COMPARED, merge_place_labels, merge_shorter_names
    from newsfacts.records.models import Event

    many = [Event(name=f"Alpha{i} Meeting") for i in range(MOST_EVENTS_COMPARED)]
    many += [Event(name="Annual Meeting of the Pacific Fisheries Bank"), Event(name="Fisheries Bank Annual Meeting")]
    assert merge_shorter_names(many, {}) is many
    assert merge_place_labels(many, {}) is many
