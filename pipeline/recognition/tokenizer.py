"""The tokenizer newsfacts registers: spaCy's English one, plus splits that date patterns need.

Press writes ranges glued together ("2026–2035", "23-27", "2021- 2027", "Oct 8—Prime"):
splitting dashes and slashes between digits lets token patterns see each end of a range.
"""
from __future__ import annotations

import re
from typing import List

import spacy

from .affixes import InfixFinder, PrefixFinder, SuffixFinder, UrlMatcher
from .lexattrs import use_faster_getters
from .wordclasses import load_word_classes

DASHES = r"\-\u2010\u2011\u2012\u2013\u2014\u2212"

EXTRA_INFIXES = (
    rf"(?<=[0-9])[{DASHES}/](?=[0-9])",  # 2026–2035, 23-27, 2025/26
    rf"(?<=[0-9](?:st|nd|rd|th|ST|ND|RD|TH))[{DASHES}](?=[0-9])",  # a range of ordinal days: "15th-17th April"
    r"(?<=[0-9A-Za-z.])[\u2013\u2014](?=[A-Za-z0-9])",  # Sept 25—Prime, Nov 30–Dec 2
    r"(?<=[A-Za-z)]);(?=[A-Z])",  # a list's items glued by a semicolon without its space: "of X;H.E. Y"
    r"(?<=[A-Za-z]),(?=[0-9])",  # a comma glued to the number after it: "Kathmandu,25 Nov" (a dateline)
    # the typographic hyphens (U+2010, U+2011 non-breaking) split words as "-" does: "three‑day visit"
    r"(?<=[A-Za-z])[\u2010\u2011](?=[A-Za-z])",
)
#: Punctuation that text scraped from web pages glues between words, where spaCy's English
#: rules split nothing (and every rule downstream then misses the word).
GLUED_INFIXES = (
    # a bracket glued between two words: "OECD(Organisation", "China(Hainan)", an acronym's "Understanding(MoU)"
    r"(?<=[A-Za-z])\((?=[A-Z])",
    # a closing bracket or quote glued to the next word or dash: "(Hainan)International", "(WHO)—South", '”—Mr'
    rf"(?<=[A-Za-z])[)\u201d](?=[A-Za-z{DASHES}])",
    # a comma, colon or semicolon (or a sentence's stop) glued to a quote: 'theme,“An', 'issues,”the'
    r"(?<=[A-Za-z0-9)])[,;:](?=[\u201c\u201d\u2018\"])",
    r"(?<=[a-z])\.(?=[\u201c\u201d\u2018\"])",
    r"(?<=[,.;:])[\u201c\u201d\u2018\"](?=[A-Za-z0-9])",  # ... and the quote then glued to the word after it
    # ... and the dash then glued to the word after it
    rf"(?<=[)\u201d\"])[{DASHES}](?=[A-Za-z0-9])",
    r"(?<=[0-9])\.(?=[A-Z][a-z])",  # a sentence's stop glued between a number and the next sentence: "in 2018.There"
    # a straight or opening double quote glued between two words: 'the X Treaty"affirms', 'said\u201cthe'
    r"(?<=[A-Za-z])[\"\u201c](?=[A-Za-z])",
)
EXTRA_INFIXES = EXTRA_INFIXES + GLUED_INFIXES
EXTRA_SUFFIXES = (
    rf"(?<=[0-9])[{DASHES}]",  # "2021- 2027"
    rf"(?<=[0-9](?:st|nd|rd|th|ST|ND|RD|TH))[{DASHES}]",  # an ordinal day's dash before a space: "15th- 17th April"
    rf"(?<=[0-9])\.[{DASHES}]",  # a dateline's stop and dash after its year: "Lima, May 17, 2016.- Today"
    rf"(?<=\))\.?[{DASHES}]",  # a wire's bracketed name and its dash before a space: "(AFP)- The", "(EFE).- The"
)
EXTRA_PREFIXES = (
    rf"[{DASHES}](?=[A-Z])",  # a dash glued to the capitalised word after it: "Kampala, Uganda -President X"
    rf"[{DASHES}](?=[0-9]+(?:ST|ND|RD|TH|st|nd|rd|th)\b)",  # a range's dash glued to its ordinal end: "1ST -5TH MAY"
)


#: Abbreviated given names ("Ma.", "Mohd."), styles ("Hon.", "Lt.") and number signs ("Law No. 72") that stay one token with
#: their full stop (split off, it would end the sentence before the name): word classes of the
#: packaged ``patterns/tokenizer_words.jsonl`` (the tokenizer is the pipeline's, not a component's).
TOKENIZER_WORDS_FILE = "tokenizer_words.jsonl"
ABBREVIATION_CLASSES = ("NAME_ABBREVIATION", "STYLE_ABBREVIATION", "NUMBER_ABBREVIATION")


def abbreviations() -> List[str]:
    words = load_word_classes(TOKENIZER_WORDS_FILE, required=ABBREVIATION_CLASSES)
    return sorted(word for name in ABBREVIATION_CLASSES for word in words[name])


def customize_tokenizer(nlp) -> None:
    """Add the newsfacts special cases, infix and suffix rules to ``nlp.tokenizer`` in place,
    and the faster lexeme attribute getters of :mod:`.lexattrs` to its vocab.

    The rules are added to the tokenizer's current ones (a blank English pipeline and
    ``en_core_web_sm`` both start from spaCy's English defaults), and adding them twice
    changes nothing, so every newsfacts component can make sure of them when it is created.
    The tokenizer is rebuilt once with everything, not patched rule by rule (each change of a
    rule reloads all special cases); its prefix, suffix and infix expressions run with the pre-test of
    :mod:`.affixes` (the same tokens, most words answered without running them).
    """
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"newsfacts needs spaCy's rule-based Tokenizer, not {type(tokenizer).__name__}")
    use_faster_getters(nlp.vocab)  # equal values: most words of fresh text are new lexemes
    rules = dict(tokenizer.rules or {})
    infixes = _pattern(tokenizer.infix_finditer)
    suffixes = _pattern(tokenizer.suffix_search)
    prefixes = _pattern(tokenizer.prefix_search)
    new_infixes = [p for p in EXTRA_INFIXES if p not in infixes]
    new_suffixes = [p + "$" for p in EXTRA_SUFFIXES if p + "$" not in suffixes]
    new_prefixes = ["^" + p for p in EXTRA_PREFIXES if "^" + p not in prefixes]
    missing = [a for a in abbreviations() if a not in rules]
    if not (new_infixes or new_suffixes or new_prefixes or missing) and _with_finders(tokenizer):
        return
    rules.update({a: [{ORTH: a}] for a in missing})
    nlp.tokenizer = Tokenizer(
        nlp.vocab, rules=rules,
        # the same expressions, with a pre-test that answers most words without running them
        prefix_search=PrefixFinder("|".join(p for p in [prefixes] + new_prefixes if p)).search,
        suffix_search=SuffixFinder("|".join(p for p in [suffixes] + new_suffixes if p)).search,
        infix_finditer=InfixFinder("|".join(p for p in [infixes] + new_infixes if p)).finditer,
        token_match=tokenizer.token_match, url_match=_url_matcher(tokenizer.url_match),
        faster_heuristics=tokenizer.faster_heuristics,
    )


def _with_finders(tokenizer) -> bool:
    """Whether the tokenizer's affix expressions run with the pre-test of
    :mod:`.affixes` (a pipeline loaded from disk gets plain expressions back)."""
    return isinstance(getattr(tokenizer.suffix_search, "__self__", None), SuffixFinder) \
        and isinstance(getattr(tokenizer.infix_finditer, "__self__", None), InfixFinder) \
        and isinstance(getattr(tokenizer.prefix_search, "__self__", None), PrefixFinder) \
        and _url_matcher(tokenizer.url_match) is tokenizer.url_match


def _url_matcher(url_match):
    """The tokenizer's URL test with the pre-test of :class:`.affixes.UrlMatcher` when it is a
    plain expression's ``match`` (the same answers); anything else stays as it is."""
    regex = getattr(url_match, "__self__", None)
    if not isinstance(regex, re.Pattern) or getattr(url_match, "__name__", "") != "match" \
            or re.compile(regex.pattern).flags != regex.flags:
        return url_match
    return UrlMatcher(regex.pattern).match


def _pattern(bound_method) -> str:
    """The regular expression behind a tokenizer's ``suffix_search`` etc. ("" when unset)."""
    regex = getattr(bound_method, "__self__", None)
    return regex.pattern if regex is not None else ""


@spacy.registry.callbacks("newsfacts.customize_tokenizer.v1")
def make_customize_tokenizer():
    """For spaCy configs: ``[initialize.before_init] @callbacks = newsfacts.customize_tokenizer.v1``."""
    return customize_tokenizer
