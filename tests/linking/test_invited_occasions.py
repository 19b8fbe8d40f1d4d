"""An occasion invited to ("invited her to attend the X Summit in November") is another than the
visit or talks around it: it takes no day or place told before the word of inviting, and keeps
its own (session 32). Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,start,city", [
    ("LIMA, May 3 -- Chilean President Ana Soto arrived in Lima on Monday for a two-day state visit. "
     "During talks at the Palace, President Luis Ruiz invited her to attend the Andean Water Summit in November.",
     "Andean Water Summit", "2025-11", None),
    ("The minister, who is in Suva on a working visit from 3 to 5 May, invited Fiji to the Pacific Ocean Conference.",
     "Pacific Ocean Conference", None, None),
    # its own place and time, told after the word, it keeps
    ("QUITO, May 3 -- The Kenyan minister held talks with his Ecuadorian counterpart in Quito on Tuesday. He "
     "extended an invitation to President Noboa to attend the Africa-Andean Summit, to be held in Nairobi next year.",
     "Africa-Andean Summit", "2026", "Nairobi"),
])
def test_an_invited_occasion_keeps_only_its_own_day_and_place(extract_text, text, name, start, city):
    event = next(e for e in extract_text(text).events if e.name == name)
    assert event.start == start
    assert (event.venue.city if event.venue else None) == city


def test_an_occasion_not_invited_to_takes_the_place_told_before(extract_text):
    # no word of inviting: the summit opened in the place told in its sentence
    text = "Leaders arrived in Lima on Monday, and the Andean Water Summit opened there on Tuesday."
    event = next(e for e in extract_text(text).events if e.name == "Andean Water Summit")
    assert event.venue is not None and event.venue.city == "Lima"

