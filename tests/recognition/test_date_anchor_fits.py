"""The date rules' tests of the words around an anchor, run once per distinct test, say
which rules fit exactly as running every rule's own test does."""
from __future__ import annotations

import pytest

from newsfacts.recognition.dates import _PLACES, _passes

TEXT = ("On Monday, 3 June 2025 the ministers met in Suva from 3 to 5 June; last week's talks "
        "ended on the 12th of May. Next Tuesday they meet again, and in March 2026 or mid-2027.")


@pytest.fixture(scope="module")
def groups_and_words(nlp):
    matcher = nlp.get_pipe("newsfacts_dates")._matcher()
    doc = nlp(TEXT)
    words = [matcher._word_at(doc, i) for i in range(-1, len(doc) + 1)]  # the doc's edges too
    return [g for g in matcher.groups if g.neighbours], words


def test_every_group_has_words_to_fit(groups_and_words):
    groups, words = groups_and_words
    assert groups and len(words) > 30


@pytest.mark.parametrize("place", range(len(_PLACES)))
def test_shared_tests_fit_the_rules_each_rule_fits(groups_and_words, place):
    groups, words = groups_and_words
    for group in groups:
        for word in words:
            each = sum(1 << r for r, tests in enumerate(group.neighbours) if _passes(tests[place], *word))
            assert group.rules_fitting(place, word) == each, (place, word[1:])
