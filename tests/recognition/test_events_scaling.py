"""Events, instruments, acronyms and linking stay linear on hostile text (issue 13: a scraped
list of capitalised words or of event heads, a list of thousands of named meetings in one
sentence). No bound in seconds (speed targets belong in bench/): each text is read at two
sizes in the same process, and the larger, four times as long, must not take much more than
four times as long: a linear pass takes ~4x, a quadratic one up to 16x. CPU time of this process,
not wall time, so that other work on the machine does not count."""
import gc
import random
import time

import pytest

MINE = ("newsfacts_acronyms", "newsfacts_instruments", "newsfacts_events", "newsfacts_records")
WORDS = 30_000
#: the larger text is this many times the smaller; its time must stay under LIMIT times the
#: smaller's (measured here: at most 4.5 for each text; 8.5-11 for the list of meetings and the
#: repeated press before linking and recognition read them in one pass)
GROWTH, LIMIT = 4, 6.5


def _seconds_in_mine(nlp, text: str) -> float:
    """CPU seconds spent in the acronym, instrument, event and record (linking) components."""
    doc = nlp.make_doc(text)
    spent = 0.0
    gc.collect()
    gc.disable()  # (a collection of the whole heap would fall in one of the two runs, not both)
    try:
        for name, proc in nlp.pipeline:
            start = time.process_time()
            doc = proc(doc)
            if name in MINE:
                spent += time.process_time() - start
    finally:
        gc.enable()
    return spent


def _pick(words, count):
    rng = random.Random(11)
    return " ".join(rng.choice(words) for _ in range(count)) + "."


#: name -> the hostile text of about so many words
HOSTILE = {
    "capitalised-words": lambda n: _pick(["Alpha", "Beta", "Gamma", "Delta", "Omega", "Kappa"], n),
    "event-and-instrument-heads": lambda n: _pick(["Meeting", "Summit", "Forum", "Council", "Plan", "Agreement",
                                                   "Ministers", "Session"], n),
    "names-with-connectors": lambda n: _pick(["Alpha", "Meeting", "Summit", "of", "and", "the", "Plan", "(ABC)",
                                              "12th", "Council", "on", "Beta"], n),
    "list-of-meetings": lambda n: "Officials attended " + ", ".join(f"the Alpha{i} Meeting in Suva"
                                                                    for i in range(n // 5)) + ".",
    "repeated-press": lambda n: "The 5th Pacific Water Forum opened in Suva on Monday with Minister Tom Lee. " * (n // 15),
}


def _growth(nlp, name: str) -> float:
    """How many times longer the larger text takes than the smaller."""
    small = _seconds_in_mine(nlp, HOSTILE[name](WORDS // GROWTH))
    large = _seconds_in_mine(nlp, HOSTILE[name](WORDS))
    return large / max(small, 0.05)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_on_hostile_text(nlp, name):
    _seconds_in_mine(nlp, HOSTILE[name](WORDS // GROWTH // 4))  # (first reads of word lists aside)
    # (measured again once before failing: a quadratic pass is over the limit both times)
    assert _growth(nlp, name) < LIMIT or _growth(nlp, name) < LIMIT


def test_a_long_list_keeps_every_meeting(extract_text):
    text = "Officials attended " + ", ".join(f"the Alpha{i} Meeting" for i in range(300)) + " in Suva on 3 May."
    events = extract_text(text).events
    assert len(events) == 300 and events[0].name == "Alpha0 Meeting"
    assert all(e.venue and e.venue.city == "Suva" for e in events)
