"""A meeting told by its verb when its day or place stands between the verb and the rest of the
clause ("met today in Athens", "met yesterday in Accra with X", "met here on Monday"), and
discussions, which are an occasion only with whom or where they are held. Sentences written for
these tests."""
import pytest

# (text, event name, start, venue name or None)
MET = [
    # two parties, a time word, then a place
    ("Prime Minister Oda Lind and President Tomas Berg met today in Bergen to compare notes on fisheries.",
     "meeting between Prime Minister Oda Lind and President Tomas Berg", "2025-06-02", "Bergen"),
    # two parties, "here", then a date
    ("Trade Minister Rosa Quispe and her Bolivian counterpart Hugo Mamani met here on Thursday.",
     "meeting between Trade Minister Rosa Quispe and her Bolivian counterpart Hugo Mamani", "2025-05-29", None),
    # a determiner opening the subject stays out of the name
    ("The Senegalese Foreign Minister Awa Ndiaye and the President of Gambia Lamin Jobe met yesterday in Banjul.",
     "meeting between Senegalese Foreign Minister Awa Ndiaye and the President of Gambia Lamin Jobe",
     "2025-06-01", "Banjul"),
    # a day and a place between the verb and "with"
    ("Defence Minister Kwaku Boateng met on Friday in Kumasi with his Ivorian counterpart Yao Kouassi.",
     "meeting with his Ivorian counterpart Yao Kouassi", "2025-05-30", "Kumasi"),
    ("The envoy met yesterday at the Foreign Office with Deputy Minister Petra Novak.",
     "meeting with Deputy Minister Petra Novak", "2025-06-01", None),
]


@pytest.mark.parametrize("text,name,start,venue", MET)
def test_meeting_with_its_day_or_place_after_the_verb(extract_text, text, name, start, venue):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    assert events[name].start == start
    if venue:
        assert events[name].venue is not None and events[name].venue.name == venue


@pytest.mark.parametrize("text", [
    # "in order to" is no place
    "President Ana Ruiz and Prime Minister Ian Poe met in order to settle the dispute.",
    # "on" a topic is no day
    "Minister Ana Ruiz and Ambassador Ian Poe met on trade and investment issues.",
    # the two met others, after a day and a place
    "Minister Ana Ruiz and Minister Ian Poe met today in Quito with their Andean counterparts.",
])
def test_no_meeting_of_the_pair_without_day_or_place(extract_text, text):
    assert not any(e.name.startswith("meeting between") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    ("Minister Laila Haddad on Tuesday held discussions with Jordan's Water Minister Omar Saleh in Amman.",
     "discussions with Jordan's Water Minister Omar Saleh"),
    ("The two delegations held discussions in Dodoma on Wednesday on rail transport.",
     "discussions in Dodoma"),
])
def test_discussions_with_someone_or_somewhere(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", [
    # a topic, though the sentence has a day
    "Ruiz and Poe this afternoon held discussions on trade, energy and tourism.",
    # the subject of a verb of content
    "The 9th session of the Board was held on Monday in Vienna.\n\n"
    "The Governors' discussions mainly centred on a report by the chair.",
    "The minister said on Monday that discussions about the tariff would continue in Vienna.",
])
def test_discussions_as_a_topic_are_no_event(extract_text, text):
    assert not any("discussions" in e.name for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # the parties told before in full, named by their surnames
    ("Premier Lars Holm welcomed his Danish counterpart Premier Mette Vang on Sunday.\n"
     "Holm and Vang met in Tromso on Monday and discussed shipping.",
     "meeting between Holm and Vang"),
    # a title with "of" and the name set off by commas: an official
    ("Governor Ruth Ade met with the Director-General of the Port Authority, Musa Bello, in Lagos on Friday.",
     "meeting with the Director-General of the Port Authority, Musa Bello"),
])
def test_meeting_with_an_official_the_text_names(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name,start", [
    # a meeting told by its verb during a journey is an event of its own
    ("Premier Ana Ruiz met with King Olav Berg during her state visit to Norway on 13 February 2025.",
     "meeting with King Olav Berg", None),
    ("During his three-day visit, Minister Ali Musa met with Governor Ruth Ade at the State House in Kano.",
     "meeting with Governor Ruth Ade", None),
    # on the sidelines of a named event: a meeting of its own ("met X at the Y Summit" is the summit)
    ("Minister Lena Holt met with her Kenyan counterpart Joe Mbu on Tuesday on the margins of the Pacific Trade Forum.",
     "meeting with her Kenyan counterpart Joe Mbu", "2025-05-27"),
    # a meeting with a group of people named by a lowercase noun
    ("The envoy took part in a meeting with cocoa farmers at the town hall in Kumasi on Monday.",
     "meeting with cocoa farmers", "2025-06-02"),
])
def test_meeting_during_a_journey_or_with_a_group(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    if start:
        assert events[name].start == start


@pytest.mark.parametrize("text", [
    # the journey is made to meet: one event, the journey
    "Minister Ali Musa will visit Kano on Monday to meet with Governor Ruth Ade.",
    # a meeting told at a named event is that event
    "Minister Lena Holt met with her Kenyan counterpart Joe Mbu at the Pacific Trade Forum in Suva on Tuesday.",
    # the chairmanship of a series named by an event head: no sitting
    "Peru took over the chairmanship of the Andean Summit from Chile in 2024.",
])
def test_no_meeting_or_sitting_of_its_own(extract_text, text):
    names = [e.name for e in extract_text(text).events]
    assert not any(n.startswith("meeting with") or n == "Andean Summit" for n in names), names


@pytest.mark.parametrize("text,name,kept", [
    # a bare "a meeting" opening its sentence and said to be held is one
    ("A meeting was held at the Blue Palace in Dushanbe on Monday between the two foreign ministers.",
     "meeting", True),
    # not when a speaker mentions one
    ("The spokesman said a meeting was held somewhere in Dushanbe on Monday.", "meeting", False),
    # a meeting told by its verb as part of a journey is its own event
    ("On Sunday, Minister Rosa Quispe met with her Bolivian counterpart Hugo Mamani as part of her working visit to Bolivia.",
     "meeting with her Bolivian counterpart Hugo Mamani", True),
])
def test_bare_meeting_said_to_be_held_and_meetings_within_a_journey(extract_text, text, name, kept):
    assert (name in [e.name for e in extract_text(text).events]) == kept


@pytest.mark.parametrize("text,name", [
    # talks with a named party, whatever verb holds them
    ("Foreign Minister Ida Berg will carry out talks with President Jan Kowal in Warsaw on Thursday.",
     "talks with President Jan Kowal"),
    ("The envoy engaged in consultations with Deputy Minister Omar Saleh in Amman on 2 June.",
     "consultations with Deputy Minister Omar Saleh"),
])
def test_talks_with_a_named_party_after_any_verb(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


def test_the_talks_with_someone_still_point_back(extract_text):
    """ "the talks with X" after the talks were told is the same occasion, not another."""
    text = ("Minister Ida Berg held talks with President Jan Kowal in Warsaw on Thursday. "
            "She said the talks with President Jan Kowal in Warsaw were frank.")
    assert len([e for e in extract_text(text).events if e.name.startswith("talks")]) == 1
