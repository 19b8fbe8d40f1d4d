"""Building the spaCy pipeline: a blank English tokenizer plus the newsfacts components, in the
order of :data:`newsfacts.settings.COMPONENTS`. No statistical model is used (a parser or a
tagger measured no better on the dev sets, at a tenth of the speed).

The same pipeline is a spaCy config (:data:`CONFIG`, ``nlp.config``): the tokenizer rules are
the ``[initialize.before_init]`` callback ``newsfacts.customize_tokenizer.v1`` and every
component setting is in ``[components.*]``, so ``spacy.load`` of a saved pipeline, a pipeline
built from the config, and :func:`add_components` on a user's own pipeline all give the
output of :func:`build_nlp`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language

from . import recognition  # noqa: F401  (registers the factories and the tokenizer callback)
from . import settings

#: Paragraph breaks end sentences too: press releases put headlines and datelines on lines
#: of their own without a full stop.
SENTENCE_ENDS = [".", "!", "?", "\u3002", "\n", "\n\n", "\n\n\n", "\n\n\n\n"]
#: Name of the sentence splitter the components read sentences from.
SENTENCIZER = "sentencizer"
#: Its factory: spaCy's sentencizer reading the doc's word list (:mod:`.recognition.sentences`);
#: spaCy's own "sentencizer" there gives the same sentences except where a line break has spaces
#: around it (one whitespace token, "  \n\n"), which ends a sentence here and opens one there.
SENTENCIZER_FACTORY = "newsfacts_sentencizer"
#: The tokenizer callback for ``[initialize.before_init]``.
TOKENIZER_CALLBACK = {"@callbacks": "newsfacts.customize_tokenizer.v1"}


def add_components(nlp: Language, patterns_dir: Optional[str] = None) -> Language:
    """Add the newsfacts components to ``nlp`` (blank or trained), after its own components.

    A sentencizer with newsfacts' sentence ends goes first: it sets every sentence boundary,
    which a parser downstream respects, so sentences (and facts) are the same in any pipeline.
    Call ``nlp.initialize()`` on a blank pipeline (never on a trained one, it would reset the
    model's weights); without it each component reads its rules on the first document.
    """
    initialize = nlp.config["initialize"]
    if initialize.get("before_init") is None:  # a callback of the user's own stays theirs
        initialize["before_init"] = dict(TOKENIZER_CALLBACK)
    if not nlp.has_pipe(SENTENCIZER):
        nlp.add_pipe(SENTENCIZER_FACTORY, name=SENTENCIZER, config={"punct_chars": SENTENCE_ENDS}, first=True)
    for name in settings.COMPONENTS:
        config = {"patterns_dir": str(patterns_dir)} if patterns_dir else {}
        nlp.add_pipe(name, config=config)
    return nlp


def build_nlp(patterns_dir: Optional[str] = None) -> Language:
    """A fresh, initialised pipeline; ``patterns_dir`` replaces the packaged rule files
    (a copy of ``patterns/`` with your own entries)."""
    nlp = spacy.blank("en")
    add_components(nlp, patterns_dir)
    nlp.initialize()
    return nlp


@lru_cache(maxsize=4)
def default_nlp() -> Language:
    """The shared pipeline of this process, built once (pattern compilation is the slow part)."""
    return build_nlp()
