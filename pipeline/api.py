"""The Python API: ``extract(text)`` -> :class:`~newsfacts.records.Article`."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from . import settings
from .io.readers import InputItem, check_text
from .normalisation.dates import parse_date_order
from .normalisation.published import parse_published
from .nlp import default_nlp
from .records import Article, ErrorRecord


def make_doc(nlp: Language, text: str, *, id: str, published: Optional[str] = None,
             default_published: Optional[str] = None, date_order: Optional[str] = None) -> Doc:
    """A doc ready for the pipeline. ``published``: the article's own date; ``default_published``:
    the batch's, used only when the article shows none (see the dateline component);
    ``date_order``: "DMY" or "MDY" for numeric dates (default: from the dateline's country)."""
    doc = nlp.make_doc(text)
    doc.user_data[settings.RAW_TEXT] = text
    doc._.nf_id = id
    doc._.published = published
    doc._.published_fallback = default_published
    doc._.date_order = date_order
    return doc


def process(nlp: Language, item: InputItem) -> Union[Article, ErrorRecord]:
    """One item through the pipeline; a failure becomes an error record, never an exception."""
    try:
        doc = nlp(make_doc(nlp, item.text, id=item.id, published=item.published,
                           default_published=item.default_published, date_order=item.date_order))
        return doc._.newsfacts
    except Exception as err:  # one bad article must not stop a batch
        return ErrorRecord(id=item.id, error=f"processing failed: {type(err).__name__}: {err}")


def extract(
    text: str, *, id: str = "article", published: Optional[str] = None,
    nlp: Optional[Language] = None, date_order: Optional[str] = None,
) -> Article:
    """Facts of one article. Raises ``ValueError`` for text the pipeline refuses and for a
    ``published`` that is not an ISO date ``YYYY-MM-DD`` (the message the CLI gives too).
    ``date_order``: "DMY" or "MDY" for numeric dates such as "4/3/2026" (default: from the
    dateline's country, else month-first)."""
    problem = check_text(text, id)
    if problem:
        raise ValueError(problem.error)
    published = parse_published(published)
    date_order = parse_date_order(date_order)
    nlp = nlp or default_nlp()
    doc = nlp(make_doc(nlp, text, id=id, published=published, date_order=date_order))
    return doc._.newsfacts


def extract_items(
    items: Iterable[Union[InputItem, ErrorRecord]], nlp: Optional[Language] = None
) -> Iterator[Union[Article, ErrorRecord]]:
    """Records for items in input order; error items pass through unchanged."""
    nlp = nlp or default_nlp()
    for item in items:
        yield item if isinstance(item, ErrorRecord) else process(nlp, item)
