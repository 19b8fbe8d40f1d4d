"""The sentence splitter of the pipeline: spaCy's ``Sentencizer``, reading the doc's word list.

spaCy's sentencizer makes a ``Token`` for every word of the doc and asks it for its text
(some 800,000 instructions for a 250-word article under spaCy's traced Cython code); this one
reads the words from :func:`.lexicon.token_texts` (one array read per doc, which the
components read later anyway), makes a ``Token`` only for the word after a sentence end
(``is_punct``), and writes the boundaries with one ``Doc.from_array``. The boundaries are
spaCy's (same rule, same settings; a doc that already has boundaries, set by a component
before it, goes through spaCy's own code) but for one case: a line break with spaces around
it ("end.   \n\nNext": the token "  \n\n"; "\n  " before an indented line; five line breaks)
ends a sentence as a bare line break does, where
spaCy's rule would open the next sentence with it (session 30: a fronted phrase, "According
to X, the signing ceremony took place ...", was read from the space token and missed).
"""
from __future__ import annotations

from typing import Callable, List, Optional

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from .lexicon import token_texts


class WordListSentencizer(Sentencizer):
    """:class:`spacy.pipeline.Sentencizer` with the same rule, read from the word list."""

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        # (the tokenizer marks the first token a sentence start: others marked come from elsewhere)
        if not n or self.overwrite or doc.to_array(SENT_START)[1:].any():
            return super().__call__(doc)  # empty, or boundaries to keep or overwrite: spaCy's way
        try:
            starts = self._starts(doc)
        except Exception as err:  # as spaCy's component reports its errors
            self.get_error_handler()(self.name, self, [doc], err)
            return doc
        values = numpy.full(n, -1, dtype=numpy.int64)
        values[starts] = 1
        doc.from_array([SENT_START], values.astype(numpy.uint64))
        return doc

    def _starts(self, doc: Doc) -> List[int]:
        """The sentence starts :meth:`Sentencizer.predict` finds: after a run of sentence-end
        characters, the first word that is neither one nor punctuation."""
        punct_chars = self.punct_chars
        texts = token_texts(doc)
        starts = [0]
        start = 0
        seen_period = False
        # a line break ends a sentence with spaces around it too: "end.   \n\nNext" gives the
        # token "  \n\n", which spaCy's rule (the set holds "\n" to "\n\n\n\n") would take for
        # the next sentence's first word ("Headline   \nBody" would be one sentence)
        breaks = "\n" in punct_chars
        for i, text in enumerate(texts):
            in_punct_chars = text in punct_chars or breaks and "\n" in text and text.isspace()
            if seen_period and not in_punct_chars and not doc[i].is_punct:
                starts.append(start)
                start = i
                seen_period = False
            elif in_punct_chars:
                seen_period = True
        starts.append(start)
        return starts


@Language.factory(
    "newsfacts_sentencizer", assigns=["token.is_sent_start", "doc.sents"],
    default_config={"punct_chars": None, "overwrite": False, "scorer": {"@scorers": "spacy.senter_scorer.v1"}},
    default_score_weights={"sents_f": 1.0, "sents_p": 0.0, "sents_r": 0.0},
)
def make_sentencizer(nlp: Language, name: str, punct_chars: Optional[List[str]], overwrite: bool,
                     scorer: Optional[Callable]):
    return WordListSentencizer(name, punct_chars=punct_chars, overwrite=overwrite, scorer=scorer)
