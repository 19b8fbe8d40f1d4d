"""Shortcuts the normalisers take for speed give what the long way gives."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from newsfacts.normalisation import dates as nd
from newsfacts.normalisation.instruments import merge_variants
from newsfacts.normalisation.names import OfficialMention, replace_mention

#: texts without a digit: _point tries only the expressions that need none
WORDS_ONLY = ["june", "friday", "fridays", "next week", "last month", "this year", "yesterday",
              "tomorrow morning", "the end of the month", "early june", "ides of march", "next tuesday",
              "last year", "june next year", "a fortnight", "two weeks ago", "mid june", "spring", "weekend",
              "the coming weekend", "earlier this month", "sept", "today", "tonight", "no date here"]


@pytest.mark.parametrize("text", WORDS_ONLY)
@pytest.mark.parametrize("tense", ["past", "future", None])
def test_a_point_without_digits_is_read_as_by_every_expression(text, tense, monkeypatch):
    ref = nd.date(2025, 6, 4)
    short = nd._point(text, ref, tense)
    # the long way: every expression tried (a "digit" found in every text)
    monkeypatch.setattr(nd, "_DIGIT", re.compile(""))
    assert nd._point(text, ref, tense) == short


def test_preparing_compiles_what_a_pass_uses_and_keeps_no_value():
    nd._normalise_cached.cache_clear()
    nd.prepare_expressions()
    assert nd._normalise_cached.cache_info().currsize == 0  # nothing normalised for keeps
    misses = nd._rx.cache_info().misses
    for text in ("3 June 2025", "June 3-5, 2025", "next Monday", "two days ago", "Q3 2025", "2025/26",
                 "the first half of 2025", "03/06/2025", "mid-June", "last week"):
        nd.normalise(text, "2025-06-10", tense="past")
        nd.normalise(text, None)
    assert nd._rx.cache_info().misses == misses  # no expression compiled afresh


MENTION = OfficialMention(start=3, end=20, name="Jane Doe", name_tokens=("Jane", "Doe"), title="Minister",
                          honorifics=["Dr"], country=None, rule="official.title_name")


@pytest.mark.parametrize("changes", [
    {},
    {"country": "FJ"},
    {"country": "FJ", "rule": "official.title_name+country.x", "country_rule": "country.x"},
    {"international": True},
    {"visiting": "NZ", "hosting": None, "posted": None, "visitor": False, "accompanies": True, "escorts": (1, 2)},
    {"facing": "AU", "faces": (30, 40)},
])
def test_a_mention_copied_with_changes_is_dataclasses_replace(changes):
    copied = replace_mention(MENTION, **changes)
    assert copied == replace(MENTION, **changes)
    assert copied is not MENTION and MENTION.country is None  # the original is untouched


def test_a_mention_copied_with_an_unknown_field_fails_as_replace_does():
    with pytest.raises(TypeError):
        replace_mention(MENTION, nationality="FJ")


@pytest.mark.parametrize("names, merged", [
    (["Paris Agreement", "Paris Agreement", "Paris Agreement"], ["Paris Agreement"] * 3),
    (["Strategy for Growth", "EU Strategy for Growth", "Strategy for Growth"], ["EU Strategy for Growth"] * 3),
    (["Trade Agreement", "Fisheries Agreement", "Trade Agreement"],
     ["Trade Agreement", "Fisheries Agreement", "Trade Agreement"]),
])
def test_names_mentioned_many_times_merge_as_once(names, merged):
    values = [{"name": n, "kind": "agreement" if "Agreement" in n else "strategy", "start": None, "end": None}
              for n in names]
    merge_variants(values)
    assert [v["name"] for v in values] == merged
