"""Instrument shapes seen on fresh press (session 8), on sentences written for these tests:
policies and guidelines named with capitals, the field of an office named like a policy."""
import pytest

# (text, name, kind)
POLICY_NAMED = [
    ("Lesotho adopted its Look North Policy in 2019 to court Asian investors.", "Look North Policy", "other"),
    ("Under the National Water Policy, every district must publish its reserves.", "National Water Policy", "other"),
    ("The bureau drafted the ASEAN Guidelines on Responsible Fishing Practices for the ministers.",
     "ASEAN Guidelines on Responsible Fishing Practices", "other"),
    # after "the", a process word and "of" open no field: "the Review of" a policy names the policy
    ("Delegates began the Review of the Open Skies Policy on Monday.", "Open Skies Policy", "other"),
]


@pytest.mark.parametrize("text,name,kind", POLICY_NAMED)
def test_policy_and_guideline_heads_name_documents(extract_text, text, name, kind):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert found.get(name) == kind, found


POLICY_FIELDS = [
    # the field of an office: after "for"/"of" and the office's capitalised word
    "The Minister for Trade Policy, Anna Berg, met the delegation in Oslo.",
    "Talks were led by the High Representative for Foreign Affairs and Security Policy.",
    "She graduated from the Hassan School of Public Policy before joining the ministry.",
    # a capitalised word right after the head: the head is a word of a body's or a meeting's name
    "The Monetary Policy Committee kept rates unchanged on Thursday.",
]


@pytest.mark.parametrize("text", POLICY_FIELDS)
def test_policy_as_a_field_of_an_office_names_no_document(extract_text, text):
    assert [i.name for i in extract_text(text).instruments] == []
