"""The Python API: ``extract(text)`` -> :class:`~newsfacts.records.Article`."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from . import settings
from .io.readers import InputItem, check_text
from .nlp import default_nlp
from .records import Article, ErrorRecord


def make_doc(nlp: Language, text: str, *, id: str, published: Optional[str] = None) -> Doc:
    doc = nlp.make_doc(text)
    doc.user_data[settings.RAW_TEXT] = text
    doc._.nf_id = id
    doc._.published = published
    return doc


def process(nlp: Language, item: InputItem) -> Union[Article, ErrorRecord]:
    """One item through the pipeline; a failure becomes an error record, never an exception."""
    try:
        doc = nlp(make_doc(nlp, item.text, id=item.id, published=item.published))
        return doc._.newsfacts
    except Exception as err:  # one bad article must not stop a batch
        return ErrorRecord(id=item.id, error=f"processing failed: {type(err).__name__}: {err}")


def extract(
    text: str, *, id: str = "article", published: Optional[str] = None,
    nlp: Optional[Language] = None,
) -> Article:
    """Facts of one article. Raises ``ValueError`` for text the pipeline refuses."""
    problem = check_text(text, id)
    if problem:
        raise ValueError(problem.error)
    nlp = nlp or default_nlp()
    doc = nlp(make_doc(nlp, text, id=id, published=published))
    return doc._.newsfacts


def extract_items(
    items: Iterable[Union[InputItem, ErrorRecord]], nlp: Optional[Language] = None
) -> Iterator[Union[Article, ErrorRecord]]:
    """Records for items in input order; error items pass through unchanged."""
    nlp = nlp or default_nlp()
    for item in items:
        yield item if isinstance(item, ErrorRecord) else process(nlp, item)
