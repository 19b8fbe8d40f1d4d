"""Building the spaCy pipeline: a blank English tokenizer (or an installed model) plus the
newsfacts components, in the order of :data:`newsfacts.settings.COMPONENTS`."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language

from . import recognition  # noqa: F401  (registers the factories)
from . import settings
from .recognition.tokenizer import customize_tokenizer

#: Paragraph breaks end sentences too: press releases put headlines and datelines on lines
#: of their own without a full stop.
SENTENCE_ENDS = [".", "!", "?", "\u3002", "\n", "\n\n", "\n\n\n", "\n\n\n\n"]


def build_nlp(model: Optional[str] = None, patterns_dir: Optional[str] = None) -> Language:
    """A fresh pipeline. ``model`` names an installed spaCy package for optional statistical
    help (its entities are used where present); by default no model is needed."""
    if model:
        nlp = spacy.load(model, exclude=["lemmatizer"])
    else:
        nlp = spacy.blank("en")
    customize_tokenizer(nlp)
    if not any(nlp.has_pipe(name) for name in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_ENDS})
    config = {"patterns_dir": str(patterns_dir)} if patterns_dir else {}
    for name in settings.COMPONENTS:
        nlp.add_pipe(name, config=dict(config) if name != "newsfacts_records" else {})
    reset_tokenizer_cache(nlp)
    return nlp


def reset_tokenizer_cache(nlp: Language) -> None:
    """Give the tokenizer an empty cache. spaCy's Tokenizer caches at most ``max_cache_size``
    (10,000) chunks and then stops caching; building the pipeline tokenises thousands of
    pattern phrases (gazetteers) with ``nlp.make_doc``, which fills it before the first
    article, so every word of every article would go through the affix regexes again
    (~20% of the run time). Re-setting ``rules`` (public API) installs a fresh cache and
    reloads the same special cases: tokenisation is unchanged."""
    tokenizer = nlp.tokenizer
    rules = getattr(tokenizer, "rules", None)
    if rules is not None:
        tokenizer.rules = dict(rules)


@lru_cache(maxsize=4)
def default_nlp(model: Optional[str] = None) -> Language:
    """The shared pipeline of this process, built once (pattern compilation is the slow part)."""
    return build_nlp(model)
