"""The faster lexeme attribute getters return exactly what spaCy's own return."""
from __future__ import annotations

import random
from pathlib import Path

import spacy

from newsfacts.recognition.lexattrs import faster_getter, use_faster_getters

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
#: made-up strings at the edges of the fast paths
EDGES = ["", ".", "..", "http", "http:", "http://x", "https://a.b", "www.", "www.a", "a.", ".a",
         "example.com", "a@b.com", "x.y/", "3rd", "21st", "ii", "Twenty", "twentieth", "İ", "Ⅻ",
         "½", "²", "٣", "$", "€5", "US$", "£", "(", "'s", "—", "...", "+5", "-3.5", "1/2", "1,000",
         "\u00a0", "\n\n", " ", "\ud800", "ǅ", "Straße", "ＡＢＣ", "１２", "a" * 120, "N" * 100,
         "''", "``", "\"\"", "((", "aaaaaaa", "AAAAAb", "x.....y", "12345678", "\\\\\\\\\\", "\n\n\n\n\n\n",
         "a@b", "@", "x@y.org", "N" * 99, "Éééééé", "ab-CD_12"]


def _strings():
    nlp = spacy.blank("en")
    words = {t.text for f in sorted(CORPUS.glob("*.txt")) for t in nlp.make_doc(f.read_text(encoding="utf-8"))}
    rng = random.Random(7)
    # every character of the Basic Multilingual Plane on its own, and in short made-up words
    chars = [chr(c) for c in range(0x10000)]
    made = ["".join(rng.choice(chars) for _ in range(rng.randint(1, 6))) for _ in range(20_000)]
    # ASCII words with runs of one character kind (word_shape cuts runs at four)
    runs = ["".join(rng.choice("aA1.-@\\ ") * rng.randint(1, 6) for _ in range(rng.randint(1, 5)))
            for _ in range(5_000)]
    return sorted(words) + chars + made + runs + EDGES


def test_every_faster_getter_equals_spacys():
    getters = spacy.blank("en").vocab.lex_attr_getters
    replaced = {attr: (getter, faster_getter(getter)) for attr, getter in getters.items()}
    replaced = {attr: pair for attr, pair in replaced.items() if pair[1] is not pair[0]}
    assert len(replaced) >= 18  # the test compares something
    for text in _strings():
        for attr, (spacys, ours) in replaced.items():
            try:
                expected = spacys(text)
            except Exception as err:  # the same failure, not another answer
                expected = type(err)
            try:
                got = ours(text)
            except Exception as err:
                got = type(err)
            assert got == expected, (attr, text)


def test_lexemes_of_a_pipeline_with_them_are_spacys():
    plain, fast = spacy.blank("en"), spacy.blank("en")
    use_faster_getters(fast.vocab)
    use_faster_getters(fast.vocab)  # idempotent
    text = (CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    text += " " + " ".join(EDGES[1:20])
    attrs = ("lower_", "norm_", "prefix_", "suffix_", "shape_", "is_alpha", "is_digit", "is_lower",
             "is_space", "is_title", "is_upper", "is_stop", "like_email", "like_num", "is_punct",
             "is_ascii", "is_bracket", "is_quote", "is_left_punct", "is_right_punct",
             "is_currency", "like_url", "lang_")
    for a, b in zip(plain.make_doc(text), fast.make_doc(text)):
        assert a.text == b.text
        assert [getattr(a, x) for x in attrs] == [getattr(b, x) for x in attrs], a.text


def test_a_users_own_getter_stays():
    nlp = spacy.blank("en")
    mine = lambda text: text.isalpha()  # noqa: E731
    nlp.vocab.lex_attr_getters[1] = mine
    use_faster_getters(nlp.vocab)
    assert nlp.vocab.lex_attr_getters[1] is mine
    assert faster_getter(mine) is mine


def test_the_newsfacts_pipeline_uses_them_and_spacys_own_pipelines_do_not(nlp):
    from spacy.lang import lex_attrs

    assert lex_attrs.is_ascii not in nlp.vocab.lex_attr_getters.values()
    assert lex_attrs.is_ascii in spacy.blank("en").vocab.lex_attr_getters.values()
