"""One reader of a length of time before a noun (``recognition/lengths.py``; its units are the
rules' DURATION_UNIT) serves recognition and linking: that an event runs more than the day it is dated by (a
length is no date, FACTS.md: its end stays untold) however the length is written ("two-day", "3-day",
"five day", "two\u2011day" with a non-breaking hyphen, which the tokenizer splits as "-"), a
later "the N-day <head noun>" that refers back to the event, and lengths that are none ("a
day", "the two-way talks"). Sentences written for these tests; published date of every case:
Monday 2 June 2025."""
import pytest

from newsfacts import build_nlp
from newsfacts.recognition.lengths import length_at as read_length
from newsfacts.recognition.wordclasses import word_classes_of
from newsfacts.recognition.lexicon import read_pattern_file, resolve

#: The units of a length, as the rules give them (``patterns/event_words.jsonl``).
UNITS = word_classes_of(read_pattern_file(resolve("event_words.jsonl")), "event_words.jsonl",
                        required=("DURATION_UNIT",))["DURATION_UNIT"]


def length_at(doc, i):
    return read_length(doc, i, UNITS)


@pytest.fixture(scope="module")
def tokenizer():
    return build_nlp().tokenizer


@pytest.mark.parametrize("text, at, expected", [
    ("a two-day visit", 1, (2, "day", 4)),
    ("the 3-day forum", 1, (3, "day", 4)),
    ("a five day meeting", 1, (5, "day", 3)),
    ("a two\u2011week tour", 1, (2, "week", 4)),  # split like "two-week"
    ("a day trip", 0, None),            # "a" counts in "in a day", it is no length before a noun
    ("the two-way talks", 1, None),     # not a unit of time
    ("the 2-member panel", 1, None),
    ("ends in two", 2, None),           # the text ends after the number
])
def test_length_at(tokenizer, text, at, expected):
    found = length_at(tokenizer(text), at)
    assert (None if found is None else tuple(found)) == expected


#: (text, event name, (start, end)); "arrived on Tuesday" in a story of Monday 2 June is 27 May
CASES = [
    pytest.param(
        "President Lina Ortiz arrived in Accra on Tuesday for a three-day state visit.",
        "three-day state visit", ("2025-05-27", None),
        id="the visit starts on its first day; three days is a length, no end date"),
    pytest.param(
        "The Coastal Fisheries Forum opened in Apia on Tuesday. In the four\u2011day forum, ministers reviewed "
        "catch limits for tuna.",
        "Coastal Fisheries Forum", ("2025-05-27", None),
        id="a later 'the N-day <head noun>' (a non-breaking hyphen) refers back; its length gives no end"),
    pytest.param(
        "Ministers gathered in Dodoma on Tuesday for a five-day meeting of the Lake Basin Commission.",
        "five-day meeting of the Lake Basin Commission", ("2025-05-27", None),
        id="the length inside the event's own name gives no end"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_length_tells_the_period(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_length_at_reads_no_superscript(tokenizer):
    """ "²" is a digit to Python's str.isdigit but no number int() reads."""
    assert length_at(tokenizer("a \u00b2-day visit"), 1) is None
    assert tuple(length_at(tokenizer("a \u0663-day visit"), 1)) == (3, "day", 2)  # an Arabic-Indic three, one word
