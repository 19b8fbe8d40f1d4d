"""Punctuation that scraped press glues between words is split off; abbreviations, numbers,
times, addresses and plain brackets stay as they were; every token keeps its exact offsets."""
from __future__ import annotations

import pytest

from newsfacts.nlp import build_nlp


@pytest.fixture(scope="module")
def tokenizer():
    return build_nlp().tokenizer


def _words(tokenizer, text):
    doc = tokenizer(text)
    assert "".join(t.text_with_ws for t in doc) == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
    return [t.text for t in doc]


@pytest.mark.parametrize("text, pieces", [
    ("held under the theme,\u201cRoads for Tomorrow\u201d", ["theme", ",", "\u201c", "Roads"]),
    ("on ports,\u201dthe ministry said", ["ports", ",", "\u201d", "the"]),
    ("the envoy said,\"Trade comes first\"", ["said", ",", "\"", "Trade"]),
    ("good partners.\u201cThe aim is trade", ["partners", ".", "\u201c", "The"]),
    ("the Olmeca Bank(Regional Office) opened", ["Bank", "(", "Regional"]),
    ("the Zorvan(Tesk)Spring Fair opens", ["Zorvan", "(", "Tesk", ")", "Spring"]),
    ("the Union (TRU)\u2014North Region met", ["TRU", ")", "\u2014", "North"]),
    ("the latest Alliance (ALX)-member state", ["ALX", ")", "-", "member"]),
    ("of \u201cfair prices\u201d\u2014Dorvan said", ["prices", "\u201d", "\u2014", "Dorvan"]),
    ("Lumeria, Jan 3 (NWA)- The minister", ["NWA", ")", "-", "The"]),
    ("on Monday, May 4, 2026.The talks ended", ["2026", ".", "The", "talks"]),
])
def test_glued_punctuation_is_split(tokenizer, text, pieces):
    words = _words(tokenizer, text)
    start = words.index(pieces[0])
    assert words[start:start + len(pieces)] == pieces


@pytest.mark.parametrize("word", ["U.S.", "H.E.", "a.m.", "1,000", "3.5", "10:30",
                                  "info@example.org", "https://example.org/a,b", "Understanding"])
def test_abbreviations_numbers_times_and_addresses_stay_whole(tokenizer, word):
    assert word in _words(tokenizer, f"The U.S. and H.E. met at 10:30 a.m. on 3.5 km, {word} here.")


def test_a_quoted_sentence_with_its_spaces_is_as_before(tokenizer):
    assert _words(tokenizer, "He said, \u201cWe agree.\u201d Then he left.") == \
        ["He", "said", ",", "\u201c", "We", "agree", ".", "\u201d", "Then", "he", "left", "."]
