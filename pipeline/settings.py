"""Every tunable of the pipeline in one place (paths, limits, span keys, parser settings)."""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

#: The rule files are package data (``newsfacts.patterns``, the repository's ``patterns/``
#: folder), found wherever the package is installed. ``NEWSFACTS_PATTERNS`` points the
#: pipeline at another copy (e.g. a reviewed fork).
PATTERNS_DIR = Path(os.environ.get("NEWSFACTS_PATTERNS") or str(files("newsfacts.patterns")))

#: Texts longer than this are refused with an error record (``--max-chars``); texts over
#: ``api.PIECE_CHARS`` are processed in paragraph-aligned pieces.
MAX_TEXT_CHARS = 5_000_000

#: Seconds one article may take before it becomes an error record (``--article-timeout``).
ARTICLE_TIMEOUT = 120.0

#: Share of control characters above which an input is treated as binary junk.
MAX_CONTROL_CHAR_RATIO = 0.05

#: The rules read English press only. An article of at least ``LANGUAGE_CHECK_MIN_WORDS`` words
#: of which fewer than this share are English function words (spaCy's English stop words) gets
#: a warning in its record: on 564 English articles at hand the share is 0.24 or more, on Spanish,
#: French and Portuguese press releases 0.01-0.09.
MIN_ENGLISH_FUNCTION_WORD_SHARE = 0.12
LANGUAGE_CHECK_MIN_WORDS = 30

#: Span groups on ``Doc.spans`` where each component writes what it found.
#: ``Doc.user_data`` key of the text a doc was made from (set by ``api.make_doc``): components
#: that read raw characters take it instead of joining the tokens again. (Its runs of spaces
#: inside a line are one space: see SPACING.)
RAW_TEXT = "nf_text"
#: ``Doc.user_data`` key, set by ``api.make_doc`` when the text had a run of spaces inside a
#: line: (the text as written, the map's ends, removed counts); the record's mentions are
#: mapped back to that text (:mod:`newsfacts.normalisation.spacing`).
SPACING = "nf_spacing"
#: ``Doc.user_data`` key of the text the tokenizer split (``api.make_doc``: the raw text with a
#: hard wrap's line breaks as spaces), which ``doc.text`` is: spans' texts are sliced from it.
TOKENISED_TEXT = "nf_tokenised_text"
SPANS_DATELINE = "nf_dateline"
SPANS_DATES = "nf_dates"
#: Relative dates ("on Saturday", "today") left without a value for want of a publication date.
SPANS_UNANCHORED_DATES = "nf_unanchored_dates"
SPANS_OFFICIALS = "nf_officials"
SPANS_INSTRUMENTS = "nf_instruments"
SPANS_VENUES = "nf_venues"
SPANS_PLACES = "nf_places"
SPANS_EVENTS = "nf_events"
SPANS_ACRONYMS = "nf_acronyms"

#: Component names in pipeline order (each is a registered spaCy factory of the same name).
COMPONENTS = (
    "newsfacts_dateline",
    "newsfacts_dates",
    "newsfacts_places",
    "newsfacts_acronyms",
    "newsfacts_officials",
    "newsfacts_instruments",
    "newsfacts_events",
    "newsfacts_venues",
    "newsfacts_records",
)
