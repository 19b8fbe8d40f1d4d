"""A count before a plural head tells how many documents there are and names none (ANNOTATORS.md
13: "a/four Memoranda of Understanding" is not one): a quantity word ("several", "both"), a number
(one lowercase describing word between at most), a count noun and its "of" ("a series of"), or "a"
before a generic plural; and a generic plural joined by "and" to an irregular plural ("Agreements and
Memoranda"). Uncounted plurals with words of their own stay names. Sentences written for these tests."""
import pytest

from newsfacts.normalisation.instruments import is_generic_name


@pytest.mark.parametrize("text", [
    # a quantity word, whatever acronym follows
    "The two presidents witnessed the exchange of several Memoranda of Understanding (MoUs) in Lome.",
    "Ana Lopez travels to Lima for a Memoranda of Understanding (MOU) between 3 and 5 May.",
    "Officials signed various Memoranda of Cooperation (MoCs) on Friday.",
    # a quantity word before a plural name with words of its own
    "The council agreed to move the secretariat of both Conventions to Suva.",
    "Delegates urged progress on the many Trade Facilitation Agreements under discussion.",
    # a number with one describing word between
    "Ministers asked for the conclusion of the 5 constituent Agreements under the Tarnia Trade Pact.",
    "The two sides signed three important Memoranda of Understanding on Monday.",
    # a count noun and its "of", in running text or a title-case line
    "The minister outlined a series of Bilateral Labour Agreements with Gulf states.",
    "Minister Outlines a Series of Tarnia Agreements with Neighbouring Countries",
    # generic plurals joined by "and", one of them an irregular plural
    "Agreements and Memoranda signed today will deepen trade ties between Tarnia and Velmora.",
])
def test_counted_plural_names_none(extract_text, text):
    # (the document a complement names is one of its own: "the Tarnia Trade Pact")
    assert [i.name for i in extract_text(text).instruments if not i.name.endswith(("Pact", "Accord"))] == []


@pytest.mark.parametrize("text,name", [
    # uncounted plurals with words of their own, or a typo'd "a" before one
    ("Chad and Niger signed Memoranda of Understanding on Health and Education in Niamey on Friday.",
     "Memoranda of Understanding on Health and Education"),
    ("Ghana and Togo have signed a Binational Commission Agreements and a joint communique.",
     "Binational Commission Agreements"),
    ("The bank reviewed the Indicative Operations Programmes for 2024-2025.", "Indicative Operations Programmes"),
    # an ordinal, a year or "one" is no count
    ("The 2019 Tarnia Accords are still in force.", "2019 Tarnia Accords"),
])
def test_uncounted_plural_is_a_name(extract_text, text, name):
    assert name in [i.name for i in extract_text(text).instruments]


@pytest.mark.parametrize("name,generic", [
    ("Agreements and Memoranda", True),
    ("MoUs and Executive Programmes", True),
    ("Joint Strategy and Action Plan", False),
    ("Memoranda of Understanding", True),
])
def test_generic_plurals(name, generic):
    assert is_generic_name(name) is generic
