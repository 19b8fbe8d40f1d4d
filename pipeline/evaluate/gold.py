"""Loading gold articles and predictions.

Gold comes in two forms, both read into :class:`~newsfacts.records.GoldArticle`:

* a JSONL file, one gold article per line with its ``text`` (``../shared/dev/gold.jsonl``);
* a corpus folder of pairs ``<id>.txt`` (the text, first line ``date YYYY-MM-DD``) and
  ``<id>.json`` (the gold record without text). A ``.json`` without a sibling ``.txt``
  (``baseline.json``, configuration) is not an article and is skipped.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, Union

from pydantic import ValidationError

from ..io.jsonl import iter_json_objects
from ..normalisation.published import PublishedError, parse_published
from ..records import Article, ErrorRecord, GoldArticle


class GoldError(ValueError):
    """A gold file that cannot be read: the evaluation must not silently score less gold."""


def _gold(obj: object, where: str) -> GoldArticle:
    try:
        article = GoldArticle.model_validate(obj)
    except ValidationError as err:
        raise GoldError(f"{where}: not a gold article: {err}") from None
    # The text is run with this date as `extract` would run it; a value `extract` refuses
    # ("?", "May 2023") would silently leave relative dates unresolved and score less.
    try:
        parse_published(article.published)
    except PublishedError as err:
        raise GoldError(f"{where}: {err}") from None
    return article


def load_gold_jsonl(path: Path) -> List[GoldArticle]:
    articles = []
    for lineno, obj, problem in iter_json_objects(path):
        if problem:
            raise GoldError(f"{path}:{lineno}: {problem}")
        articles.append(_gold(obj, f"{path}:{lineno}"))
    return articles


def load_gold_folder(folder: Path) -> List[GoldArticle]:
    articles = []
    for record_path in sorted(folder.rglob("*.json")):
        text_path = record_path.with_suffix(".txt")
        if not text_path.is_file():
            continue
        try:
            obj = json.loads(record_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise GoldError(f"{record_path}: malformed JSON: {err.msg}") from None
        if not isinstance(obj, dict):
            raise GoldError(f"{record_path}: a gold record must be a JSON object")
        obj = dict(obj, text=text_path.read_text(encoding="utf-8-sig"))
        obj.setdefault("id", record_path.stem)
        articles.append(_gold(obj, str(record_path)))
    return articles


def load_gold(path: Union[str, Path]) -> List[GoldArticle]:
    """Gold articles from a JSONL file or a corpus folder, in a stable order."""
    path = Path(path)
    if path.is_dir():
        articles = load_gold_folder(path)
    elif path.is_file():
        articles = load_gold_jsonl(path)
    else:
        raise GoldError(f"no such gold file or folder: {path}")
    seen = set()
    for article in articles:
        if article.id in seen:
            raise GoldError(f"{path}: gold article id {article.id!r} appears twice")
        seen.add(article.id)
    return articles


Prediction = Union[Article, ErrorRecord]


def parse_prediction(obj: object) -> Prediction:
    """One output line -> record; an ``error`` line (or anything unreadable) is an error record."""
    if isinstance(obj, dict) and "error" in obj:
        return ErrorRecord.model_validate(obj)
    try:
        return Article.model_validate(obj)
    except ValidationError as err:
        item_id = obj.get("id") if isinstance(obj, dict) else None
        return ErrorRecord(id=item_id, error=f"unreadable prediction: {err.error_count()} problems")


def load_predictions(path: Union[str, Path]) -> Dict[str, Prediction]:
    """Predicted records by id from a JSONL file (the output of ``newsfacts extract``)."""
    path = Path(path)
    predictions: Dict[str, Prediction] = {}
    for lineno, obj, problem in iter_json_objects(path):
        if problem:
            raise GoldError(f"{path}:{lineno}: {problem}")
        record = parse_prediction(obj)
        if record.id is not None:
            predictions[str(record.id)] = record
    return predictions
