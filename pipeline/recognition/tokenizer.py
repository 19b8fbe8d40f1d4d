"""The tokenizer newsfacts registers: spaCy's English one, plus splits that date patterns need.

Press writes ranges glued together ("2026–2035", "23-27", "2021- 2027", "Oct 8—Prime"):
splitting dashes and slashes between digits lets token patterns see each end of a range.
"""
from __future__ import annotations

import spacy
from spacy.util import compile_infix_regex, compile_suffix_regex

DASHES = r"\-\u2010\u2011\u2012\u2013\u2014\u2212"

EXTRA_INFIXES = (
    rf"(?<=[0-9])[{DASHES}/](?=[0-9])",  # 2026–2035, 23-27, 2025/26
    r"(?<=[0-9A-Za-z.])[\u2013\u2014](?=[A-Za-z0-9])",  # Sept 25—Prime, Nov 30–Dec 2
)
EXTRA_SUFFIXES = (rf"(?<=[0-9])[{DASHES}]",)  # "2021- 2027"


#: Abbreviated given names that must keep their full stop (else the sentence ends there).
NAME_ABBREVIATIONS = ("Ma.", "Mohd.", "Md.", "Muhd.", "Moh.", "Sto.", "Sta.")
#: Abbreviated styles and ranks before a name ("Hon. Dr. Amina", "Eng. Said", "Lt. Gen. Ali"):
#: split off, their full stop would end the sentence before the name.
STYLE_ABBREVIATIONS = ("Hon.", "Eng.", "Ing.", "Lt.", "Maj.", "Brig.", "Col.", "Pol.", "Capt.", "Adm.")


def customize_tokenizer(nlp) -> None:
    """Add the newsfacts infix and suffix rules to ``nlp.tokenizer`` in place."""
    from spacy.symbols import ORTH

    for abbreviation in NAME_ABBREVIATIONS + STYLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    defaults = nlp.Defaults
    infixes = list(defaults.infixes or ()) + list(EXTRA_INFIXES)
    suffixes = list(defaults.suffixes or ()) + list(EXTRA_SUFFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


@spacy.registry.callbacks("newsfacts.customize_tokenizer.v1")
def make_customize_tokenizer():
    """For spaCy configs: ``[initialize.before_init] @callbacks = newsfacts.customize_tokenizer.v1``."""
    return customize_tokenizer
