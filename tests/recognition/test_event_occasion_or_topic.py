"""A described event is an occasion reported or announced, not one only wished or agreed on,
nor a topic talked about (FACTS.md: events "that the article reports or announces"). Sentences
written for these tests."""
import pytest

NOT_AN_OCCASION = [
    # agreed on or wished, with no place or day of its own
    ("The two foreign ministers agreed on Monday in Quito to hold regular consultations by the end of the year.",
     "consultations"),
    ("The premiers decided to hold a strategic dialogue and joint naval consultations before long, "
     "officials in Nuku'alofa said on 4 May.", "dialogue"),
    ("The premiers decided to hold a strategic dialogue and joint naval consultations before long, "
     "officials in Nuku'alofa said on 4 May.", "naval consultations"),
    ("At the close of their talks in Accra on Friday, the two presidents agreed to meet with Togo's "
     "delegation in a year's time.", "meeting with Togo"),
    ("Speaking in Canberra on 2 June, the envoy said she looked forward to meeting Minister Ana Tora soon.",
     "Ana Tora"),
    ("On Tuesday in Dili, both sides expressed readiness to hold talks with the donors.", "talks with the donors"),
    # a topic: the object of a word of talking, or an item of a list of such objects
    ("In Vienna on Thursday the envoys discussed energy, the refugee situation in the region and the "
     "dialogue between Chisinau and Tiraspol.", "dialogue between"),
    ("The two leaders compared notes in Nicosia today regarding the negotiations between the two "
     "communities on the island.", "negotiations between"),
    ("On Wednesday in Kigali the minister briefed the press about the talks between the rebels and the army.",
     "talks between"),
    # "ongoing": a process under way, or the event the story already tells
    ("The mediators met in Doha on 6 March to review the ongoing talks between the factions.", "ongoing talks"),
    # an act done to something, told by a head that also names gatherings
    ("In Chisinau on Monday she met volunteers who help with the reception of displaced families.", "reception"),
    ("NATO envoys will meet in Brussels on 3 May after the launch of a cruise missile.", "launch"),
    # a photo's caption tells again an event of the story
    ("President Ana Diaz (R) attends a working session with Premier Li Wei in Suva on Tuesday. Photo: AFP",
     "working session"),
    ("The meeting between Minister Ana Lopez (left) and her host in Quito on 2 May.", "meeting between"),
]

AN_OCCASION = [
    # agreed on, with a place and a day of its own: announced (the corpus convention)
    ("The ministers agreed to convene a donors' conference in Cairo in September.", "donors' conference"),
    ("The two navies agreed to hold a meeting of naval planners in Varna, Bulgaria, on 3-5 May 2026.",
     "meeting of naval planners"),
    # announced by "will", "is expected to", "is scheduled to"
    ("In Rome, the minister will meet with her Italian counterpart Luca Bianchi on Tuesday.",
     "meeting with her Italian counterpart Luca Bianchi"),
    ("The president is expected to hold talks with Prime Minister Ravi Nair in Delhi on Friday.",
     "talks with Prime Minister Ravi Nair"),
    # a reception held, not an act of receiving
    ("The ambassador will host an official reception in Bangkok on Friday to mark the embassy's opening.",
     "official reception"),
    # a topic with its own place and day is an occasion announced
    ("The prime ministers will also speak about the NATO summit in Vilnius in July.", "NATO summit"),
    # a word of talking with a verb of holding between: the talks were held
    ("They discussed trade on Monday in Lima, where they also held talks with the mayor Rosa Quispe.",
     "talks with the mayor Rosa Quispe"),
]


@pytest.mark.parametrize("text,word", NOT_AN_OCCASION)
def test_wished_or_talked_about_is_no_event(extract_text, text, word):
    names = [e.name for e in extract_text(text).events]
    assert not any(word in n for n in names), names


@pytest.mark.parametrize("text,name", AN_OCCASION)
def test_occasion_announced_is_an_event(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert any(name in n for n in names), names
