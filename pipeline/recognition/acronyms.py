"""Acronyms defined in the text: "Senior Officials Meeting on Transnational Crimes (SOMTC)".

``Doc._.acronyms`` maps each defined acronym to its long form (events take their acronym
from it); ``doc.spans["nf_acronyms"]`` keeps the bracketed definitions, with their rule id,
for inspection.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from .base import RuleComponent
from .extensions import set_span_value
from .lexicon import token_indices, token_texts
from .names import NAMES_FILE, NameWords
from .phrases import ORDINAL, PHRASE_WORDS_FILE, PhraseWords, is_acronym_paren, sent_of, text_of

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9+&\-]*[A-Z0-9][A-Za-z0-9]*$")


def _initials_match(acronym: str, long_words) -> bool:
    """Loose check that an acronym abbreviates the words before it (first letters in order)."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    # "Malaysia-Indonesia Police Cooperation Meeting (MIPCM)": each part of a hyphenated word counts
    parts = [p for w in long_words for p in re.split(r"[-\u2013]", w)]
    initials = [w[0].upper() for w in parts if w[:1].isalpha()]
    it = iter(initials)
    return bool(letters) and letters[0] in initials and all(any(c == i for i in it) for c in letters[:3])


class AcronymRecognizer(RuleComponent):
    """Its rule files are the word classes of reading the long form before the brackets."""

    data_files = (NAMES_FILE, PHRASE_WORDS_FILE)

    def compile(self) -> None:
        super().compile()
        self.phrases = PhraseWords.of_rules(self.rules, NameWords.of_rules(self.rules))

    def annotate(self, doc: Doc) -> Doc:
        acronyms = {}
        spans = []
        for i in token_indices(doc, "ORTH", ("(",)):
            tok = doc[i]
            end = is_acronym_paren(doc, tok.i, len(doc))
            if end == tok.i:
                continue
            inner = [w for w in token_texts(doc)[tok.i + 1:end - 1] if not ORDINAL.match(w)]
            if not inner or not all(ACRONYM.match(t) for t in inner):
                continue
            acronym = " ".join(inner)
            start = self.phrases.extend_left(doc, tok.i, sent_of(tok).start)
            if start == tok.i:
                continue
            long_form = text_of(doc, start, tok.i)
            if not _initials_match(acronym, long_form.split()):
                continue
            acronyms.setdefault(acronym, long_form)
            span = Span(doc, tok.i, end, label="ACRONYM", span_id="acronym.bracketed")
            set_span_value(span, "nf_acronym", {"acronym": acronym, "long": long_form, "long_start": start})
            spans.append(span)
        doc._.acronyms = acronyms
        doc.spans[settings.SPANS_ACRONYMS] = spans
        return doc


@Language.factory(
    "newsfacts_acronyms", default_config={"patterns_dir": None},
    requires=["token.is_sent_start"], assigns=["doc._.acronyms", "span._.nf_acronym"],
)
def make_acronym_recognizer(nlp: Language, name: str, patterns_dir: Optional[str]):
    return AcronymRecognizer(nlp, name, patterns_dir=patterns_dir)
