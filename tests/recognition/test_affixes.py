"""The tokenizer's pre-tested infix and suffix expressions answer exactly as the expressions."""
from __future__ import annotations

import pickle
import random
import re
from pathlib import Path

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from newsfacts.nlp import build_nlp
from newsfacts.recognition.affixes import (InfixFinder, PrefixFinder, SuffixFinder, begin_anchored, edge_chars,
                                           UrlMatcher, end_anchored, required_chars, suffix_needs, suffix_reach)

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
#: contexts a character is tried in: letters, digits, quotes and brackets on either side
CONTEXTS = ["{}", "a{}", "{}a", "a{}a", "A{}A", "a{}A", "1{}1", "1{}", "{}1", "'{}", "{}\n", "x{}{}",
            "\u00b0F{}", "a.{}", "{}s", "1{}s", "\"{}\"", "({})"]


@pytest.fixture(scope="module")
def finders():
    tokenizer = build_nlp().tokenizer
    return tokenizer.infix_finditer.__self__, tokenizer.suffix_search.__self__, tokenizer.prefix_search.__self__


def _words():
    texts = [f.read_text(encoding="utf-8") for f in sorted(CORPUS.glob("*.txt"))]
    chunks = sorted({chunk for text in texts for chunk in text.split()})
    rng = random.Random(3)
    # what the tokenizer asks about: whole chunks and the pieces left after affixes are cut
    pieces = [c[i:j] for c in chunks[::7] for i, j in [sorted(rng.sample(range(len(c) + 1), 2))] if len(c) > 1]
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    in_context = [form.format(c, c) for c in chars[::3] for form in CONTEXTS]
    alphabet = "aZ1.,-\u2013/:'\u2019s%$()\u00b0\n\u2026"
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(20_000)]
    return chunks + pieces + chars + in_context + made + ["", "\n", "a\n", "1.\n"]


def test_the_finders_answer_as_the_expressions(finders):
    infix, suffix, prefix = finders
    url = build_nlp().tokenizer.url_match.__self__
    assert url.needs == frozenset(".")  # every host name and address of spaCy's URL expression has a dot
    assert isinstance(infix, InfixFinder) and isinstance(suffix, SuffixFinder) and isinstance(prefix, PrefixFinder)
    assert infix.starts and suffix.needs and prefix.starts  # the pre-tests are on: the comparison tests them
    assert suffix.reach  # so is the bounded start of the suffix search
    skipped = 0
    for word in _words():
        assert [m.span() for m in infix.finditer(word)] == [m.span() for m in infix.regex.finditer(word)], word
        for finder in (suffix, prefix):
            ours, theirs = finder.search(word), finder.regex.search(word)
            assert (ours and ours.span()) == (theirs and theirs.span()), (word, finder.pattern[:40])
        assert (url.match(word) and url.match(word).span()) == (url.regex.match(word) and url.regex.match(word).span())
        skipped += infix.starts.isdisjoint(word)
    assert skipped > 10_000  # most words are answered by the pre-test


def test_tokens_are_those_of_the_plain_expressions():
    nlp = build_nlp()
    tokenizer = nlp.tokenizer
    plain = Tokenizer(nlp.vocab, rules=tokenizer.rules,
                      prefix_search=re.compile(tokenizer.prefix_search.__self__.pattern).search,
                      suffix_search=re.compile(tokenizer.suffix_search.__self__.pattern).search,
                      infix_finditer=re.compile(tokenizer.infix_finditer.__self__.pattern).finditer,
                      token_match=tokenizer.token_match,
                      url_match=re.compile(tokenizer.url_match.__self__.pattern).match,
                      faster_heuristics=tokenizer.faster_heuristics)
    assert isinstance(tokenizer.url_match.__self__, UrlMatcher)
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [t.text for t in tokenizer(text)] == [t.text for t in plain(text)], path.name


def test_a_saved_or_pickled_tokenizer_keeps_the_expressions():
    nlp = build_nlp()
    text = "Talks (2026\u20132030) in Kuala Lumpur,25 Nov -- the co-chairs' 3rd meeting...ok? 5km."
    loaded = spacy.blank("en")
    loaded.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    assert loaded.tokenizer.suffix_search.__self__.pattern == nlp.tokenizer.suffix_search.__self__.pattern
    assert loaded.tokenizer.infix_finditer.__self__.pattern == nlp.tokenizer.infix_finditer.__self__.pattern
    assert loaded.tokenizer.prefix_search.__self__.pattern == nlp.tokenizer.prefix_search.__self__.pattern
    assert loaded.tokenizer.url_match.__self__.pattern == nlp.tokenizer.url_match.__self__.pattern
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    expected = [t.text for t in nlp.tokenizer(text)]
    assert [t.text for t in loaded.tokenizer(text)] == expected == [t.text for t in copy(text)]


def test_the_edge_characters_of_simple_patterns():
    assert edge_chars(r"(?<=[0-9])x|y+z|[a-c]", first=True) == frozenset("xyabc")
    assert edge_chars(r"(?:ab|c[de])$|\.$", first=False) == frozenset("bde.")
    assert edge_chars(r"(?:km|m)(?=\s)", first=False) == frozenset("m")
    assert end_anchored(r"a$|(?<=1)b$") and not end_anchored(r"a$|b")
    assert begin_anchored(r"^a|^(?:b|c)") and not begin_anchored(r"^a|b")
    needs = suffix_needs(r"(?<=[0-9])km$|'s$|(?<=\u00b0[FC])\.$|xs$")
    assert needs["m"] == frozenset("0123456789") and needs["."] == frozenset("\u00b0")
    assert needs["s"] == frozenset("'x") and "k" not in needs
    assert suffix_needs(r"a$|b") is None and suffix_needs(r"(?<=[^a])b$") is None


@pytest.mark.parametrize("pattern", [r"a*", r"a|b?", r"(?i)a", r"(?i:a)b", r"[^a]", r".", r"\w", r"a|\d",
                                     r"(?=a)", r"(a)\1", r"(?m)a$"])
def test_no_pre_test_where_the_analysis_cannot_vouch_for_it(pattern):
    assert edge_chars(pattern, first=True) is None or edge_chars(pattern, first=False) is None
    word = "xyz"
    assert [m.span() for m in InfixFinder(pattern).finditer(word)] == [m.span() for m in re.finditer(pattern, word)]


def test_the_suffix_search_starts_as_far_back_as_a_match_can_reach():
    pattern = r"(?<=[0-9])km$|'s$|\.\.+$|(?<=[a-z])\.$"
    assert suffix_reach(pattern) == {"m": 2, "s": 2}  # "." ends an unbounded alternative: from the start
    finder = SuffixFinder(pattern)
    for word in ["12km", "akm", "Kenya's", "wait...", "a.", "x" * 40 + "...", "5 km", "km"]:
        ours, theirs = finder.search(word), re.compile(pattern).search(word)
        assert (ours and ours.span()) == (theirs and theirs.span()), word
    assert suffix_reach(r"a+$|b") is None  # an alternative not anchored at the end


def test_the_characters_every_match_needs():
    assert required_chars(r"a+b|c") == frozenset("ac")  # one of each alternative's
    assert required_chars(r"(?:x\.)?y") == frozenset("y")  # an optional part needs nothing
    assert required_chars(r"x?|y") is None and required_chars(r"(?i)ab") is None
    matcher = UrlMatcher(r"^(?:\w+://)?[a-z]+\.[a-z]{2,}$")
    assert matcher.needs == frozenset(".")
    assert matcher.match("example") is None and matcher.match("example.org").span() == (0, 11)
    assert pickle.loads(pickle.dumps(matcher)).match("http://a.bc")
