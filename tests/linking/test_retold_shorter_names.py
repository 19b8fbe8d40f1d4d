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



def test_a_long_list_is_merged_comparing_only_candidate_pairs(monkeypatch):
    """The merges compare an event only with the events sharing its words (its head and place for
    a place label), not every pair of the story: a list of thousands stays linear and its retold
    pairs are still merged, wherever they stand in it."""
    from newsfacts.linking import retold
    from newsfacts.records.models import Event, Mention, Place

    compared = []
    told = retold._words_told
    monkeypatch.setattr(retold, "_words_told", lambda *args: compared.append(1) or told(*args))
    many = [Event(name=f"Alpha{i} Meeting") for i in range(3000)]
    pair = [Event(name="Annual Meeting of the Pacific Fisheries Bank"), Event(name="Fisheries Bank Annual Meeting")]
    merged = retold.merge_shorter_names(many[:1500] + pair + many[1500:], {"PAST_EDITION": frozenset(),
                                                                           "NEXT_EDITION": frozenset(),
                                                                           "PLURAL_HEAD": frozenset()})
    assert [e.name for e in merged] == [e.name for e in many[:1500]] + [pair[0].name] + [e.name for e in many[1500:]]
    assert len(compared) < 10

    suva = Place(city="Suva", country="FJ")
    summits = [Event(name=f"Alpha{i} Summit", venue=suva) for i in range(3000)]
    named = Mention(start=0, end=21, text="Pacific Energy Summit", rule="event.named")
    label = [Event(name="Pacific Energy Summit", venue=Place(city="Lae", country="PG"), mentions=[named]),
             Event(name="Lae Summit", venue=Place(city="Lae", country="PG"))]
    words = {"HEAD_NOUN": frozenset({"summit"}), "PLURAL_HEAD": frozenset()}
    merged = retold.merge_place_labels(summits + label, words)
    assert [e.name for e in merged] == [e.name for e in summits] + ["Pacific Energy Summit"]
