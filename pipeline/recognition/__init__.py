"""Recognition stage: spaCy components that find facts, with their rules in ``patterns/``.

Importing this package registers the factories, so that ``spacy.blank("en")`` plus
``add_pipe("newsfacts_dates")`` etc. works (use :func:`pipeline.build_nlp` for the whole set).
"""
from . import extensions  # noqa: F401
from . import tokenizer  # noqa: F401
from . import sentences  # noqa: F401  (the newsfacts_sentencizer factory)
from . import dateline, dates, places, acronyms, officials, instruments, events, venues  # noqa: F401
from ..records import build  # noqa: F401  (the newsfacts_records factory)
