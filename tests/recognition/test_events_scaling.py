"""Events, instruments, acronyms and linking stay linear on hostile text (issue 13: a scraped
list of capitalised words or of event heads, a list of thousands of named meetings in one
sentence). Generous bounds: each case takes a few seconds here, a quadratic scan minutes."""
import random
import time

import pytest

MINE = ("newsfacts_acronyms", "newsfacts_instruments", "newsfacts_events", "newsfacts_records")
WORDS = 30_000


def _seconds_in_mine(nlp, text: str) -> float:
    """Seconds spent in the acronym, instrument, event and record (linking) components."""
    doc = nlp.make_doc(text)
    spent = 0.0
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        doc = proc(doc)
        if name in MINE:
            spent += time.perf_counter() - start
    return spent


def _pick(words, count):
    rng = random.Random(11)
    return " ".join(rng.choice(words) for _ in range(count))


HOSTILE = {
    "capitalised-words": _pick(["Alpha", "Beta", "Gamma", "Delta", "Omega", "Kappa"], WORDS) + ".",
    "event-and-instrument-heads": _pick(["Meeting", "Summit", "Forum", "Council", "Plan", "Agreement",
                                         "Ministers", "Session"], WORDS) + ".",
    "names-with-connectors": _pick(["Alpha", "Meeting", "Summit", "of", "and", "the", "Plan", "(ABC)",
                                    "12th", "Council", "on", "Beta"], WORDS) + ".",
    "list-of-meetings": "Officials attended " + ", ".join(f"the Alpha{i} Meeting in Suva" for i in range(WORDS // 5)) + ".",
    "repeated-press": "The 5th Pacific Water Forum opened in Suva on Monday with Minister Tom Lee. " * (WORDS // 15),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_on_hostile_text(nlp, name):
    assert _seconds_in_mine(nlp, HOSTILE[name]) < 40.0


def test_a_long_list_keeps_every_meeting(extract_text):
    text = "Officials attended " + ", ".join(f"the Alpha{i} Meeting" for i in range(300)) + " in Suva on 3 May."
    events = extract_text(text).events
    assert len(events) == 300 and events[0].name == "Alpha0 Meeting"
    assert all(e.venue and e.venue.city == "Suva" for e in events)
