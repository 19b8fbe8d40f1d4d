"""The direct readers and writers of the custom attributes (``span_value``, ``doc_value``,
``set_span_value``) agree with spaCy's own ``._`` on every attribute, set or not: they
read the keys spaCy keeps in ``doc.user_data``, and a spaCy that stored them differently
must fail here, not change the facts silently."""
from __future__ import annotations

import pytest

from newsfacts.api import make_doc
from newsfacts.recognition.extensions import _DOC_ATTRS, SPAN_ATTRS, doc_value, set_span_value, span_value

TEXT = ("NAIROBI, 14 March (Coastwire) -- Fisheries Minister Tala Venn of Morovia opened the "
        "2nd Reef Ministers' Forum (RMF) at the Harbour Convention Hall in Nairobi on Tuesday. "
        "The Forum adopted the Reef Action Plan 2026-2030 and meets again on 3 May 2027.")


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(make_doc(nlp, TEXT, id="ext", published="2026-03-14"))


def test_span_values_agree_with_spacy(doc):
    spans = [span for key in doc.spans for span in doc.spans[key]]
    assert len(spans) > 5
    found = 0
    for span in spans:
        for name in SPAN_ATTRS:
            assert span_value(span, name) is getattr(span._, name)
            found += span_value(span, name) is not None
    assert found > 5  # the facts of the text were read, not only the unset default
    # a span nobody annotated: the default
    assert span_value(doc[1:3], "nf_place") is None is doc[1:3]._.nf_place


def test_doc_values_agree_with_spacy(doc, nlp):
    fresh = nlp.make_doc("Nothing set here.")
    for name in _DOC_ATTRS:
        assert doc_value(doc, name) == getattr(doc._, name)
        assert doc_value(fresh, name) == getattr(fresh._, name)
    assert doc_value(doc, "published") == "2026-03-14"
    assert doc_value(doc, "dateline_end") > 0


def test_set_span_value_is_read_by_spacy(nlp):
    doc = nlp.make_doc("Talks in Orangeville ended.")
    span = doc[2:3]
    set_span_value(span, "nf_place", {"name": "Orangeville"})
    assert span._.nf_place == {"name": "Orangeville"}
    assert doc[2:3]._.nf_place == {"name": "Orangeville"}  # keyed by offsets, as spaCy's
    span._.nf_venue = {"name": "x"}
    assert span_value(doc[2:3], "nf_venue") == {"name": "x"}
