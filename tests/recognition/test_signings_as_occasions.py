"""Signings told as occasions in other shapes than "attended the signing ceremony" (FACTS.md: a
signing told only by its verb is no event; one attended, held or said to take place is): the
plural "signings" said to take place, a bare signing after "the" and a word of attending
("Present at the MOU signing were ..."), and a signing presided over or witnessed in the main
clause of a sentence opened by a fronted date ("On Tuesday, ..."), which dates that clause.
Sentences written for these tests; published Monday 2 June 2025."""
import pytest

FOUND = [
    # the plural head said to take place, dated in its own sentence
    ("Peru and Chile have signed four accords on trade and fishing.\n\n"
     "The signings took place on Thursday when the Chilean President visited Lima.",
     "signings", "2025-05-29"),
    # a bare signing after "present at": the day of the signing told by its verb before it
    ("The Arequipa Chamber of Commerce signed a memorandum of understanding with the Cusco Chamber of "
     "Industry on 27 May at the Town Hall of Cusco.\n\n"
     "Present at the MOU signing were Ana Lopez and Ian Poe.",
     "MOU signing", "2025-05-27"),
    # presided over, the count of documents kept, dated by the fronted date
    ("The President of Chile arrived in Lima for a state visit.\n\n"
     "On Tuesday, both heads of state presided over the signing of six agreements in the fields of mining "
     "and fishing.",
     "signing of six agreements", "2025-05-27"),
]

NOT_FOUND = [
    # a signing welcomed, not attended: the fronted date is the welcoming's
    "On Friday, the minister welcomed the signing of the charter by both sides.",
    # witnessed, what is signed told by a count and left out of the name, no day or place
    "Both leaders are also expected to witness the signing of several bilateral instruments, the "
    "statement said.",
    # "signings" of players: no occasion said to take place
    "The club announced two new signings for the coming season.",
]


@pytest.mark.parametrize("text,name,start", FOUND)
def test_a_signing_told_as_an_occasion_is_an_event(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    assert events[name].start == start


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_signing_event_without_an_occasion(extract_text, text):
    names = [e.name for e in extract_text(text).events]
    assert not any("signing" in n for n in names), names


def test_a_fronted_date_dates_only_its_own_clause(extract_text):
    """ "On Tuesday, X said that, at a meeting, ...": a comma after the fronted date's opens the
    main clause; a head in a later clause set off by commas is not dated by it."""
    text = ("On Tuesday, the minister said, at the signing of six agreements, that trade would grow.")
    events = {e.name: e for e in extract_text(text).events}
    assert all(e.start is None for e in events.values() if "signing" in e.name), \
        [(e.name, e.start) for e in events.values()]
