"""Per-doc reads kept in ``doc.user_data`` (token texts, sentences, the text): each gives
exactly what spaCy's own attribute gives, also for docs made without ``api.make_doc``."""
from __future__ import annotations

import pytest

from newsfacts import settings
from newsfacts.api import make_doc
from newsfacts.recognition.lexicon import lower_words, token_texts
from newsfacts.recognition.phrases import doc_text, sent_of, sentences

TEXTS = [
    "",
    "   ",
    "Minister Ana Lobo opened the 3rd Coastal Fisheries Forum (CFF) in Port Selwyn.\n\n"
    "The forum ends on 12 March.  It was the first one since 2019!",
    "WELLSTONE, 4 June (Newswire) -- Talks resumed.\nNo date was set... yet?",
    "A run of dashes " + "-" * 150 + " and then text 2026\u20132030.",
    "Unicode \u00c9cole \u2019s caf\u00e9 \u2014 \U0001F600 done. Second sentence here",
]


@pytest.fixture(scope="module")
def docs(nlp):
    made = [make_doc(nlp, t, id="t") for t in TEXTS]  # with the text kept in user_data
    plain = [nlp.make_doc(t) for t in TEXTS]  # without it
    sentencizer = nlp.get_pipe("sentencizer")
    return [sentencizer(d) for d in made + plain]


def test_token_texts_are_the_tokens_texts(docs):
    for doc in docs:
        assert token_texts(doc) == [t.text for t in doc]
        assert lower_words(doc) == [t.lower_ for t in doc]


def test_sentences_are_doc_sents(docs):
    for doc in docs:
        assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
        for token in doc:
            assert (sent_of(token).start, sent_of(token).end) == (token.sent.start, token.sent.end)


def test_doc_text_is_the_text(docs):
    for doc in docs:
        assert doc_text(doc) == doc.text


def test_tokenised_text_is_doc_text(docs, nlp):
    """``tokenised_text`` is ``doc.text`` (read once), also for a hard-wrapped text, whose line
    breaks the tokenizer reads as spaces, and for a doc made without ``api.make_doc``."""
    from newsfacts.recognition.phrases import tokenised_text

    wrapped = ("Minister Ana Lobo of Westmark said on Tuesday that the two sides would meet\n"
               "again in Port Selwyn next month to sign the fisheries accord they had agreed\n"
               "in principle, and that a joint committee would follow its work every year.\n")
    for doc in docs + [make_doc(nlp, wrapped, id="w"), make_doc(nlp, wrapped * 3, id="w3")]:
        assert tokenised_text(doc) == doc.text
        assert tokenised_text(doc) == doc.text  # (the second read is the kept one)


def test_doc_text_ignores_a_text_that_is_not_the_docs(nlp):
    doc = nlp.make_doc("Short text.")
    doc.user_data[settings.RAW_TEXT] = "Another, longer text."
    assert doc_text(doc) == "Short text."


def test_token_indices_are_the_tokens_with_those_words(docs):
    from newsfacts.recognition.lexicon import token_indices

    word_sets = [("the", "forum", "("), ("(",), ("Minister", "minister"), (), ("nowhere",),
                 tuple("abcdefghijklmnopqrstuvwxyz"), ("ends", "\n\n", "2026", "\u2013")]
    for doc in docs:
        for words in word_sets:
            for attr, read in (("ORTH", lambda t: t.text), ("LOWER", lambda t: t.lower_)):
                expected = [t.i for t in doc if read(t) in words]
                got = token_indices(doc, attr, words)
                assert got == expected, (doc.text[:30], attr, words)
                got.append(-1)  # the caller's list is its own: the next answer is unchanged
                assert token_indices(doc, attr, frozenset(words)) == expected


def test_token_positions_hold_every_token_once_under_its_id(docs):
    from newsfacts.recognition.lexicon import token_ids, token_positions

    for doc in docs:
        for attr, read in (("ORTH", lambda t: t.orth), ("LOWER", lambda t: t.lower)):
            assert token_ids(doc, attr) == [read(t) for t in doc]
            positions = token_positions(doc, attr)
            assert sorted(i for where in positions.values() for i in where) == list(range(len(doc)))
            for value, where in positions.items():
                assert where == sorted(where) and all(read(doc[i]) == value for i in where)


def test_a_finished_doc_is_freed_without_the_garbage_collector(nlp):
    """Per-doc caches that hold Spans (the listed sentences) would make each doc a reference
    cycle; the pipeline drops them at its end, so a doc goes when its last reference does
    (a batch of cyclic docs makes the collector's runs long)."""
    import gc
    import weakref

    text = ("Minister Ana Lobo opened the 3rd Coastal Fisheries Forum in Port Selwyn on 4 May 2026. "
            "The forum ends on 6 May. It was the first one since 2019.")
    doc = nlp(make_doc(nlp, text, id="t", published="2026-05-04"))
    assert doc._.newsfacts.events  # the components ran (and listed the sentences)
    gone = weakref.ref(doc)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del doc
        assert gone() is None
    finally:
        if enabled:
            gc.enable()


def test_spans_in_is_the_span_group_and_follows_a_new_group(nlp):
    from spacy.tokens import Span

    from newsfacts.recognition.lexicon import spans_in

    doc = nlp(make_doc(nlp, "Minister Ana Lobo met officials in Port Selwyn on 4 May 2026.", id="t",
                       published="2026-05-04"))
    for key in doc.spans:
        assert [(s.start, s.end, s.label_, s.id_) for s in spans_in(doc, key)] == \
            [(s.start, s.end, s.label_, s.id_) for s in doc.spans[key]]
    assert spans_in(doc, "no such group") == ()
    first = spans_in(doc, "nf_dates")
    assert spans_in(doc, "nf_dates") is first  # read once
    doc.spans["nf_dates"] = [Span(doc, 0, 1, label="X")]  # set anew: read anew
    assert [(s.start, s.end, s.label_) for s in spans_in(doc, "nf_dates")] == [(0, 1, "X")]


def test_text_of_and_span_text_are_the_slices_text(docs):
    from newsfacts.recognition.phrases import span_text, text_of

    for doc in docs:
        n = len(doc)
        for start in range(-n - 2, n + 3):
            for end in range(-n - 2, n + 3):
                assert text_of(doc, start, end) == doc[start:end].text, (doc.text[:30], start, end)
        for start in range(n):
            for end in range(start, n + 1):
                assert span_text(doc[start:end]) == doc[start:end].text


def test_char_token_bounds_are_those_of_char_span_expanded(docs):
    from newsfacts.recognition.phrases import char_token_bounds

    for doc in docs:
        size = len(doc.text)
        for start in range(-2, size + 3):
            for end in range(-2, size + 3):
                assert _outcome(lambda: char_token_bounds(doc, start, end)) == \
                    _outcome(lambda: _bounds(doc.char_span(start, end, alignment_mode="expand"))), \
                    (doc.text[:30], start, end)


def _bounds(span):
    return None if span is None else (span.start, span.end)


def _outcome(call):
    """What a call gives, or the type of error it raises (spaCy's for an inverted range)."""
    try:
        return call()
    except Exception as err:  # noqa: BLE001 (the same error is what is compared)
        return type(err)
