"""Custom attributes newsfacts keeps on spaCy objects.

- ``Doc._.nf_id``: the article id; ``Doc._.published``: ISO publication date (or None),
  set by the caller or found by the dateline component.
- ``Doc._.body_start``: character offset where the story starts, after a ``date`` header line
  (facts are not read from the header).
- ``Doc._.dateline_end``: character offset where the dateline ("VIENTIANE, Oct 8 —") ends;
  its date is the story's date, not an event's.
- ``Doc._.published_fallback``: the batch's publication date (``extract --published``), used
  when the article shows none; ``Doc._.date_order``: "DMY" or "MDY" for numeric dates
  ("4/3/2026"), else taken from the dateline's country.
- ``Doc._.source_url``: the address the article was read from (the input's ``url``), or None;
  its country-code domain is weak evidence of whose story it is (officials' countries).
- ``Doc._.nf_warnings``: notes for the record's ``warnings`` (a list, or None).
- ``Doc._.acronyms``: acronym -> long form defined in the text ("SOMTC" -> "Senior ...").
- ``Doc._.newsfacts``: the finished :class:`newsfacts.records.Article`.
- ``Span._.nf_<kind>``: the normalised value of the fact a span stands for, a dict, e.g.
  ``span._.nf_date == {"start": "2025-06-23", "end": "2025-06-27"}``. One attribute per kind
  because spaCy keys span attributes by offsets: a place and a venue over the same characters
  must not share a value.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

_DOC_ATTRS = {
    "nf_id": None, "published": None, "acronyms": None, "newsfacts": None, "body_start": 0,
    "dateline_end": 0, "published_fallback": None, "date_order": None, "nf_warnings": None,
    "source_url": None,
}
SPAN_ATTRS = (
    "nf_dateline", "nf_date", "nf_place", "nf_acronym", "nf_official", "nf_instrument",
    "nf_event", "nf_venue",
)


def register_extensions() -> None:
    for name, default in _DOC_ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


# -- reading and writing them cheaply --------------------------------------------------------
# ``span._.nf_place`` builds an ``Underscore`` object and looks the name up on every read
# (~2 us; the components read such values some 40,000 times per 150 articles). spaCy keeps
# the values in ``doc.user_data`` under the keys below (``Underscore._get_key``: a span's by
# its character offsets, the doc's with None, None); these helpers read and write them there
# directly. tests/recognition/test_extensions.py checks that they agree with ``._``.

def span_value(span: Span, name: str) -> Any:
    """``span._.<name>`` for a span attribute of :data:`SPAN_ATTRS` (default None)."""
    return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))


def set_span_value(span: Span, name: str, value: Any) -> None:
    """``span._.<name> = value`` for a span attribute of :data:`SPAN_ATTRS`."""
    span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value


def doc_value(doc: Doc, name: str) -> Any:
    """``doc._.<name>`` for a doc attribute of this module (its default when unset)."""
    return doc.user_data.get(("._.", name, None, None), _DOC_ATTRS[name])
