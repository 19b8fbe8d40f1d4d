"""Events found by the structure of press text (issue 10), on sentences written for these tests:
each case lists every event the text must give, as (name, ordinal, acronym), and nothing more."""
import pytest

CASES = [
    # the first named meeting of a list after "including the"
    ("Delegates reviewed progress at several meetings, including the Pacific Fisheries Ministers' "
     "Meeting (PFMM), the 9th Regional Ocean Council Meeting and the Coastal Research Dialogue, in "
     "Suva on Friday.",
     [("Pacific Fisheries Ministers' Meeting", None, "PFMM"), ("9th Regional Ocean Council Meeting", 9, None),
      ("Coastal Research Dialogue", None, None)]),
    # unusual but plainly named meetings: a complement inside the name, a working group of a meeting
    ("The 6th Pacific Senior Officials on Fisheries Meeting (PSOFM) opened in Apia on Monday.",
     [("6th Pacific Senior Officials on Fisheries Meeting", 6, "PSOFM")]),
    ("The Andean Defence Senior Officials' Meeting Working Group (ADSOMWG) met in Lima on 3 June.",
     [("Andean Defence Senior Officials' Meeting Working Group", None, "ADSOMWG")]),
    # two named consultations joined by "and"
    ("Officials attended the 4th SOMTC+Japan Consultation and 2nd SOMTC+China Consultation in Manila.",
     [("4th SOMTC+Japan Consultation", 4, None), ("2nd SOMTC+China Consultation", 2, None)]),
    ("Leaders will also attend the Mekong Plus Three Summit, East Mekong Summit and Mekong-Gulf Summit.",
     [("Mekong Plus Three Summit", None, None), ("East Mekong Summit", None, None),
      ("Mekong-Gulf Summit", None, None)]),
    # "and" inside one name, and a series with its related meetings
    ("The 4th Session of the Chad and Niger Bi-National Commission ended in Niamey on Friday.",
     [("4th Session of the Chad and Niger Bi-National Commission", 4, None)]),
    ("Ministers flew to Hanoi for the 12th and 13th Mekong Summits and Related Summits.",
     [("12th and 13th Mekong Summits and Related Summits", None, None)]),
    # the short forms of a summit are mentions of the full name
    ("The 46th Mekong Summit opened in Phnom Penh on Monday. Leaders at the summit discussed trade. "
     "Analysts said the Mekong Summit in Phnom Penh went well and that the Summits had delivered.",
     [("46th Mekong Summit", 46, None)]),
    # an ordinal and an acronym the article never spells out
    ("The 31st PSOM opens on Monday in Vientiane.", [("31st PSOM", 31, "PSOM")]),
    ("The 9th ADSOM closed here today.", [("9th ADSOM", 9, "ADSOM")]),
    # ... after the parties' places ("the 20th Thailand – Laos JC"), not after other capitals
    ("Ghana will host the 7th Ghana – Togo JPC set for 4 to 6 May in Ho.", [("7th Ghana – Togo JPC", 7, "JPC")]),
    ("The 2nd Fiji-Tonga JWG met in Suva on Monday.", [("2nd Fiji-Tonga JWG", 2, "JWG")]),
    ("The 12th Coastal Plan CP12 was tabled in parliament on Monday.", []),
    # an ordinal opens the name inside a capitalised run
    ("REPORT.NET/ The 23rd Baltic Ministerial Council will take place on 8 and 9 December in Riga.",
     [("23rd Baltic Ministerial Council", 23, None)]),
    # a bracketed acronym inside a name that runs on after it
    ("She led the delegation to the 17th Session of the G-9 Organisation for Economic Cooperation (G-9) "
     "Council of Ministers in Ankara on Oct 19.",
     [("17th Session of the G-9 Organisation for Economic Cooperation Council of Ministers", 17, None)]),
    # a body that sits on a given day, or says it meets
    ("The Council of Ministers convened on Monday, followed by the Ministerial Committee of the Organ "
     "Troika on Tuesday.", [("Council of Ministers", None, None), ("Ministerial Committee of the Organ Troika", None, None)]),
    ("The Speaker of the Legislative Council on Monday received the envoys.", []),
    # a numbered edition named in a headline
    ("Minister to join leaders at the 44th Regular Meeting of the Conference of Heads of Government\n\n"
     "The Meeting opens in Nassau on 15 February.",
     [("44th Regular Meeting of the Conference of Heads of Government", 44, None)]),
    # descriptive events count with a date or a place ...
    # (named by who they are with, as the gold names them)
    ("Trade Minister Ana Ruiz held talks with her Beninese counterpart Paul Houngbo on Thursday.",
     [("talks with her Beninese counterpart Paul Houngbo", None, None)]),
    ("She will also pay a visit to Timor-Leste on 31 August.", [("visit to Timor-Leste", None, None)]),
    # ... and dinners, press conferences, briefings or a ceremony of a named event are none
    ("The ministers later attended a business dinner and a joint press conference in Dili on Friday.", []),
    ("He told a press briefing in Suva on Monday that the talks went well.", []),
    ("Officials said there were meetings.", []),
    ("The closing ceremony of the 12th Mekong Summit was held in Hanoi on 3 May.",
     [("12th Mekong Summit", 12, None)]),
    # a word ordinal before a visit counts a person's visits, not editions of a series
    ("It is the first official visit of a Samoan leader to Tonga since 2019.", []),
    # a bracketed acronym inside a name: the name goes on to a body's head, not to a title
    ("The delegates met at the African Union (AU) Executive Council Session in Accra on 3 May.",
     [("African Union Executive Council Session", None, None)]),
    ("National Assembly (NA) Chairwoman Mele Tupou met the envoys in Suva on Monday.", []),
]


@pytest.mark.parametrize("text,want", CASES)
def test_events_exactly(extract_text, text, want):
    got = [(e.name, e.ordinal, e.acronym) for e in extract_text(text).events]
    assert got == want


@pytest.mark.parametrize("text", [
    "The 3rd ASEAN member state to ratify it was Laos.",
    "The 2nd IMF review of the loan ends in May.",
])
def test_an_acronym_modifying_a_noun_is_no_event(extract_text, text):
    assert extract_text(text).events == []
