"""The word gate of the relative forms (``normalisation.dates._RELATIVE_WORDS``): an expression
with none of its words skips the twenty relative forms, so every form must hold one of them."""
from datetime import date

import pytest

from newsfacts.normalisation.dates import _RELATIVE_WORDS, _relative

REF = date(2025, 6, 4)

#: one expression (as ``_prep`` writes it) of each relative form, each with a value
FORMS = [
    "today", "tonight", "this morning", "today evening", "tomorrow", "tomorrows night", "yesterday afternoon",
    "last night", "day after tomorrow", "day before yesterday", "later this month", "next fiscal year",
    "end of the year", "in year 2024", "early next may", "june next year", "march after next", "april in 1 year",
    "ides of march", "last tuesday", "tuesday of next week", "next week monday", "2 tuesdays ago",
    "in 3 days", "3 weeks ago", "two years from now", "last 3 days", "next 5 years", "15 of next month",
    "last monday of june", "last day of march", "around 3 days ago",
]


@pytest.mark.parametrize("text", FORMS)
def test_every_relative_form_passes_the_gate(text):
    assert not _RELATIVE_WORDS.isdisjoint(text.split())
    assert _relative(text, REF, "future") is not None


@pytest.mark.parametrize("text", ["4 may 2026", "tuesday", "2026", "june 2025", "4 to 6 may"])
def test_an_absolute_date_skips_the_relative_forms(text):
    assert _RELATIVE_WORDS.isdisjoint(text.split())
    assert _relative(text, REF, "future") is None
