"""Running the pipeline over gold articles, as ``newsfacts extract`` would over their texts."""
from __future__ import annotations

from typing import Dict, Iterable, List, Optional

from spacy.language import Language

from ..api import extract_items
from ..io.readers import InputItem, check_text
from .gold import Prediction
from ..records import GoldArticle


def predict(gold: Iterable[GoldArticle], nlp: Optional[Language] = None) -> Dict[str, Prediction]:
    """Records by id for every gold article; ``nlp`` is built once when not given."""
    if nlp is None:
        from ..nlp import build_nlp

        nlp = build_nlp()
    items: List = [
        check_text(g.text, g.id) or InputItem(id=g.id, text=g.text, published=g.published, url=g.url)
        for g in gold
    ]
    return {str(record.id): record for record in extract_items(items, nlp)}
