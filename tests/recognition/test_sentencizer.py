"""The pipeline's sentence splitter reads the word list instead of a Token per word; its
sentences must be spaCy's Sentencizer's, with the same settings, on every shape of text but
one: a line break with spaces around it ends a sentence (see the last test)."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from newsfacts.nlp import SENTENCE_ENDS
from newsfacts.recognition.sentences import WordListSentencizer

TEXTS = [
    "One word",
    ".",
    "...",
    "Talks ended. Ministers left!  Did they agree? Nobody knows",
    "He said: \"We will meet again.\" Then he left. (A note.) The end.",
    "PORT ELLIS, 3 May -- Headline without a stop\nThe story begins here. It goes on!!! And on?!",
    "A list:\n\n- first item\n- second item\n\n\nClosing line.",
    "Prices rose 3.5% in 2025 . . . and fell again ; then ?! stopped.\u3002Next\u3002",
    "Ends with punctuation only ...\n\n",
    "\n\nLeading breaks. Trailing spaces   ",
]


@pytest.fixture(scope="module")
def reference():
    nlp = spacy.blank("en")
    return nlp, nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_ENDS})


@pytest.mark.parametrize("text", TEXTS)
def test_same_sentences_as_spacy(nlp, reference, text):
    ours = nlp.get_pipe("sentencizer")
    assert isinstance(ours, WordListSentencizer)
    theirs = reference[1]
    a, b = nlp.make_doc(text), nlp.make_doc(text)
    assert theirs(a).to_array(SENT_START).tolist() == ours(b).to_array(SENT_START).tolist()
    assert [s.text for s in a.sents] == [s.text for s in b.sents]


def test_boundaries_already_set_are_kept(nlp, reference):
    """A doc whose boundaries were set before (a component of the user's) keeps them, as with
    spaCy's sentencizer (overwrite off)."""
    words = ["Talks", "ended", "today", "and", "ministers", "left", "."]
    starts = [True, False, False, True, False, False, False]
    ours = nlp.get_pipe("sentencizer")
    a = Doc(nlp.vocab, words=words, sent_starts=starts)
    b = Doc(nlp.vocab, words=words, sent_starts=starts)
    assert ours(a).to_array(SENT_START).tolist() == reference[1](b).to_array(SENT_START).tolist()
    assert [s.text for s in a.sents] == ["Talks ended today", "and ministers left ."]


@pytest.mark.parametrize("text,first,second", [
    ("Talks ended.   \n\nAccording to the release, ministers left.", "Talks ended.   \n\n", "According"),
    ("Ministers Meet In Port Ellis   \nThe talks began on Monday.", "Ministers Meet In Port Ellis   \n", "The"),
    ("Talks ended.\n   According to the release, ministers left.", "Talks ended.\n   ", "According"),
])
def test_a_line_break_with_spaces_ends_a_sentence(nlp, text, first, second):
    """Where spaCy's rule differs on purpose (session 30): a line break with spaces around it
    (one token, "  \\n\\n") ends a sentence as a bare line break does, instead of opening the
    next sentence (whose first word the rules read) or joining a headline to the story."""
    sents = list(nlp.get_pipe("sentencizer")(nlp.make_doc(text)).sents)
    assert len(sents) == 2, [s.text for s in sents]
    assert sents[0].text_with_ws == first and sents[1][0].text == second
