"""newsfacts: normalised facts from press releases and wire news, with spaCy rules.

Stages, each in its own subpackage:
``recognition`` (spaCy components + ``patterns/``) -> ``normalisation`` (pure functions)
-> ``linking`` (events) -> ``records`` (pydantic) -> ``io`` and ``cli``.
"""
from .api import extract, extract_items  # noqa: F401
from .nlp import build_nlp  # noqa: F401
from .records import Article, ErrorRecord  # noqa: F401

__version__ = "0.1.0"
