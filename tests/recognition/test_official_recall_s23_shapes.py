"""Officials missed for the shape of their mention (session 23, offr23): a capitalised office's
lowercase portfolios joined by "and" right before its holder ("Minister of trade and industry
NAME"); lowercase describing words between an apposition's determiner and its office ("NAME,
the visionary Chairman of X"); "speaker" after a legislature's word ("Assembly speaker NAME");
"Jun" as a given name before a name word; a listed holder's bracketed unit with "of" in its
name ("Mayors A (Municipality of X), B (Municipality of Y)"). Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("Minister of trade and industry Rosa Mbeki said the plan was ready.",
     [("Rosa Mbeki", "Minister of trade and industry")]),
    ("On Monday, Minister of fisheries and marine resources Ana Hamutenya opened the port.",
     [("Ana Hamutenya", "Minister of fisheries and marine resources")]),
    ("The forum was opened by Luis Pardo, the visionary Chairman of the Pardo Group.",
     [("Luis Pardo", "Chairman of the Pardo Group")]),
    ("The forum was opened by Luis Pardo, the long-serving President of the Chamber.",
     [("Luis Pardo", "President of the Chamber")]),
    ("Governor Ana Obi, her deputy Tom Ekwe and Assembly speaker Paul Nnadi travelled to Lima.",
     [("Ana Obi", "Governor"), ("Tom Ekwe", "deputy"), ("Paul Nnadi", "Assembly speaker")]),
    ("Mayor Jun Wei of Anshan signed the agreement.", [("Jun Wei", "Mayor")]),
    ("The delegation included Mayors Ana C. Reyes (Municipality of Tala), Luis B. Cruz (Municipality of "
     "San Pedro) and Rosa M. Lim (Municipality of Bago).",
     [("Ana C. Reyes", "Mayor"), ("Luis B. Cruz", "Mayor"), ("Rosa M. Lim", "Mayor")]),
])
def test_recall_shapes(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text", [
    "The keynote speaker Paul Nnadi thanked the hosts.",  # no legislature: no office
    "The Minister of trade and industry said the plan was ready.",  # no holder named
    "The fair runs from Jun 5 to Jun 9 in Lima.",  # "Jun" before a number is a month
    "The firm, the leading Exporter of the region, grew.",  # no name before the apposition
])
def test_no_official(extract_text, text):
    assert _officials(extract_text, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Vice Premier He Lifan met the visitors.", [("He Lifan", "Vice Premier")]),
    ("She met He Mina, vice chairwoman of the Standing Committee.",
     [("He Mina", "vice chairwoman of the Standing Committee")]),
])
def test_he_as_a_family_name(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


def test_he_opening_a_sentence_is_no_name(extract_text):
    assert _officials(extract_text, "He Said the Minister of Trade was away.") == []
