"""Mentions of one event merged into one record, and mentions of two events kept apart: a
headline's name with a year and the numbered name below it ("Reef Summit 2025", "the 6th Reef
Summit"); a definite description just before the name it announces ("the delegates opened
their meeting in Apia ... The 9th Meeting of ..."); talks with one leader and the summit named
by the pair ("the Ruiz-Lindqvist summit"); meetings with different people kept apart. Sentences
written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, the event names expected, in order, and the mention texts of the first of them, in order)
CASES = [
    pytest.param(
        "G9 Summit 2025: island leaders gather in Apia\n\n"
        "APIA, June 2 -- Leaders from nine island states opened the 6th G9 Summit in Apia today.",
        ["6th G9 Summit"], ["G9 Summit 2025", "6th G9 Summit"],
        id="a headline's name with a year is the numbered summit below it"),
    pytest.param(
        "Premier Joan Ruiz will travel to Quito for the Andean Water Forum 2025. "
        "The 11th Andean Water Forum will be held on 9 and 10 June.",
        ["11th Andean Water Forum"], ["Andean Water Forum 2025", "11th Andean Water Forum"],
        id="a year-named forum and the numbered forum in the next sentence"),
    pytest.param(
        "The 6th Coral Reef Summit ended in Apia today. "
        "Officials recalled that the 5th Coral Reef Summit had set the targets that the Coral Reef Summit 2025 reviewed.",
        ["6th Coral Reef Summit", "5th Coral Reef Summit"], ["6th Coral Reef Summit"],
        id="NEGATIVE: two editions named, a year-named mention is not given to either at random"),
    pytest.param(
        "The delegates opened their meeting in Apia on Monday with a minute's silence.\n\n"
        "The 9th Meeting of the Pacific Fisheries Council of Ministers closes on Wednesday.",
        ["9th Meeting of the Pacific Fisheries Council of Ministers"],
        ["meeting in Apia", "9th Meeting of the Pacific Fisheries Council of Ministers"],
        id="their meeting, then the named meeting in the next sentence"),
    pytest.param(
        "The ministers held a meeting in Apia on Monday with local growers.\n\n"
        "The 9th Meeting of the Pacific Fisheries Council of Ministers opens on Wednesday.",
        ["meeting in Apia", "9th Meeting of the Pacific Fisheries Council of Ministers"], ["meeting in Apia"],
        id="NEGATIVE: 'a meeting' is a new one, not the named meeting that follows"),
    pytest.param(
        "The delegates opened their meeting in Apia on Monday.\n\n"
        "Growers protested outside the hall.\n\n"
        "The 9th Meeting of the Pacific Fisheries Council of Ministers was held in Suva last year.",
        ["meeting in Apia", "9th Meeting of the Pacific Fisheries Council of Ministers"], ["meeting in Apia"],
        id="NEGATIVE: a named meeting two sentences on is not announced by the description"),
    pytest.param(
        "Premier Joan Ruiz held talks with Chancellor Eva Lindqvist in Quito on Monday.\n\n"
        "The Ruiz-Lindqvist summit produced a joint statement on river basins.",
        ["Ruiz-Lindqvist summit"], ["talks with Chancellor Eva Lindqvist", "Ruiz-Lindqvist summit"],
        id="talks with one leader, then the summit named by the pair"),
    pytest.param(
        "The Ruiz-Lindqvist talks ended in Quito on Monday. "
        "On Tuesday, Premier Joan Ruiz held a meeting with Mayor Omar Diallo in Guayaquil.",
        ["Ruiz-Lindqvist talks", "meeting with Mayor Omar Diallo"], ["Ruiz-Lindqvist talks"],
        id="NEGATIVE: a meeting with someone not of the pair stays its own event"),
    pytest.param(
        "Minister Sara Okafor will hold a bilateral meeting with Foreign Minister Liu Ming on Monday. "
        "The upcoming bilateral meeting with Trade Minister Karl Weiss will take place in Lagos.",
        ["bilateral meeting with Foreign Minister Liu Ming", "upcoming bilateral meeting with Trade Minister Karl Weiss"],
        ["bilateral meeting with Foreign Minister Liu Ming"],
        id="NEGATIVE: a later definite meeting with someone else is another meeting"),
    pytest.param(
        "Minister Sara Okafor will hold a bilateral meeting with Foreign Minister Liu Ming on Monday. "
        "The upcoming bilateral meeting with Liu will take place in Lagos.",
        ["bilateral meeting with Foreign Minister Liu Ming"],
        ["bilateral meeting with Foreign Minister Liu Ming", "upcoming bilateral meeting with Liu"],
        id="a later definite meeting with the same person refers back"),
    pytest.param(
        "Trade ministers arrive in Lima for the G-15 Trade Ministers' Meeting on Monday. "
        "The G15 Trade Ministers' Meeting will adopt a statement on tariffs.",
        ["G-15 Trade Ministers' Meeting"], ["G-15 Trade Ministers' Meeting", "G15 Trade Ministers' Meeting"],
        id="a group's code with and without its hyphen"),
    pytest.param(
        "Trade ministers arrive in Lima for the G-15 Trade Ministers' Meeting on Monday. "
        "The G24 Trade Ministers' Meeting will be held in Accra in July.",
        ["G-15 Trade Ministers' Meeting", "G24 Trade Ministers' Meeting"], ["G-15 Trade Ministers' Meeting"],
        id="NEGATIVE: two groups' codes name two meetings"),
]


@pytest.mark.parametrize("text, names, first_mentions", CASES)
def test_mentions_of_one_event_merge(extract_text, text, names, first_mentions):
    record = extract_text(text)
    assert [e.name for e in record.events if e.name in names] == names, [e.name for e in record.events]
    got = [e for e in record.events if e.name == names[0]][0]
    assert [m.text for m in got.mentions] == first_mentions
