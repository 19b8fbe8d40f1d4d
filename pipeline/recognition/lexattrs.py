"""Faster, equal lexeme attribute getters for spaCy's vocab.

spaCy computes some twenty attributes (lowercase form, shape, is-punctuation, like-URL ...) of
every word the first time the tokenizer meets it, each a Python function; on fresh press text
most words are new to a process. Each
getter here returns exactly what spaCy's own returns for every string (tests compare them on
every word of the corpus and on made-up strings): a C method where spaCy's function only
calls it, or a cheap test that settles the common case and hands the rest to spaCy's own.
Only getters that are still spaCy's defaults are replaced: a user's own stay.
"""
from __future__ import annotations

import functools
import operator
import string
from typing import Callable, Dict

from spacy.lang import lex_attrs as base
from spacy.lang.en import lex_attrs as english
from spacy.util import _get_attr_unless_lookup


def is_punct(text: str) -> bool:
    # a letter or digit is in no "P" category: the first character settles most words
    return False if text[:1].isalnum() else base.is_punct(text)


def is_currency(text: str) -> bool:
    # a letter or digit is in no "Sc" category
    return False if text[:1].isalnum() else base.is_currency(text)


def like_url(text: str) -> bool:
    # without a full stop spaCy's test is true only for text starting "http://" or "https://"
    if text and "." not in text and not text.startswith("http"):
        return False
    return base.like_url(text)


#: spaCy's English number and ordinal words (two lists there: a word was compared with each)
_NUMBER_WORDS = frozenset(english._num_words) | frozenset(english._ordinal_words)


def like_num(text: str) -> bool:
    """``spacy.lang.en.lex_attrs.like_num``; for a word of letters only that comes down to
    its number and ordinal words."""
    if text.isalpha():
        return text.lower() in _NUMBER_WORDS
    return english.like_num(text)


def like_email(text: str) -> bool:
    # spaCy's pattern needs an "@"
    return "@" in text and base.like_email(text)


#: ASCII letters and digits -> the character of their kind in a word's shape ("X", "x", "d")
_SHAPE_KIND = str.maketrans(string.ascii_uppercase + string.ascii_lowercase + string.digits,
                            "X" * 26 + "x" * 26 + "d" * 10)
#: a word's kinds ("Xxxxxxxx") -> its shape ("Xxxxx"); a few hundred entries in practice
_SHAPE_OF_KINDS: Dict[str, str] = {}
#: How many entries :data:`_SHAPE_OF_KINDS` keeps at most.
SHAPE_CACHE_SIZE = 10_000


def word_shape(text: str) -> str:
    """``spacy.lang.lex_attrs.word_shape``, a Python loop over the characters: the shape of
    a word of ASCII letters and digits depends only on the kind of each character (runs cut
    at four), so it is computed once per sequence of kinds ("Minister" and "Prefects" share
    "Xxxxxxxx" -> "Xxxxx")."""
    if len(text) < 100 and text.isascii() and text.isalnum():
        kinds = text.translate(_SHAPE_KIND)
        shape = _SHAPE_OF_KINDS.get(kinds)
        if shape is None:
            if len(_SHAPE_OF_KINDS) >= SHAPE_CACHE_SIZE:
                _SHAPE_OF_KINDS.clear()
            shape = _SHAPE_OF_KINDS[kinds] = base.word_shape(text)
        return shape
    return base.word_shape(text)


def membership_test(test: Callable) -> Callable:
    """A C ``frozenset.__contains__`` equal to one of spaCy's getters that only ask whether the
    text is one of a tuple of strings (``is_bracket``, ``is_quote`` ...): the tuple read from
    the getter's own code, so it stays spaCy's. Any other getter comes back unchanged."""
    tuples = [c for c in getattr(getattr(test, "__code__", None), "co_consts", ()) if isinstance(c, tuple)]
    if len(tuples) != 1 or not all(isinstance(s, str) for s in tuples[0]) \
            or test.__code__.co_names or test.__code__.co_argcount != 1:
        return test
    return frozenset(tuples[0]).__contains__


#: spaCy's getter -> its equal here
_FASTER: Dict[Callable, Callable] = {
    base.lower: str.lower,
    base.prefix: operator.itemgetter(0),
    base.suffix: operator.itemgetter(slice(-3, None)),
    base.is_alpha: str.isalpha,
    base.is_digit: str.isdigit,
    base.is_lower: str.islower,
    base.is_space: str.isspace,
    base.is_title: str.istitle,
    base.is_upper: str.isupper,
    base.is_ascii: str.isascii,
    base.is_punct: is_punct,
    base.is_currency: is_currency,
    base.like_url: like_url,
    english.like_num: like_num,
    base.like_email: like_email,
    base.word_shape: word_shape,
    base.is_bracket: membership_test(base.is_bracket),
    base.is_quote: membership_test(base.is_quote),
    base.is_left_punct: membership_test(base.is_left_punct),
    base.is_right_punct: membership_test(base.is_right_punct),
}


def faster_getter(getter: Callable) -> Callable:
    """The equal faster getter of spaCy's ``getter``, else ``getter`` itself."""
    try:
        found = _FASTER.get(getter)
    except TypeError:  # an unhashable callable
        return getter
    if found is not None:
        return found
    # NORM: a look-up table in front of the lowercase form (spacy.util.add_lookups)
    if isinstance(getter, functools.partial) and getter.func is _get_attr_unless_lookup \
            and len(getter.args) == 2 and not getter.keywords and getter.args[0] in _FASTER:
        return functools.partial(_get_attr_unless_lookup, _FASTER[getter.args[0]], getter.args[1])
    return getter


def use_faster_getters(vocab) -> None:
    """Put the faster getters in the vocab in place of spaCy's (idempotent)."""
    getters = vocab.lex_attr_getters
    for attr, getter in list((getters or {}).items()):
        faster = faster_getter(getter)
        if faster is not getter:
            getters[attr] = faster
