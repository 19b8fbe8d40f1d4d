"""Reading articles: ``.txt`` files, folders of them, JSONL files and JSONL on stdin.

Every input unit yields exactly one item, in input order: an :class:`InputItem` to process
or an :class:`~newsfacts.records.ErrorRecord` saying why it cannot be, so a batch never loses
a line and never stops on one bad article.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from .. import settings
from ..normalisation.published import PublishedError, header_published, parse_published
from ..records import ErrorRecord


@dataclass
class InputItem:
    id: str
    text: str
    published: Optional[str] = None
    url: Optional[str] = None
    #: batch settings (``extract --published/--date-order``): the publication date when the
    #: article shows none (no field, no ``date`` line, no dated dateline), and "DMY"/"MDY"
    default_published: Optional[str] = None
    date_order: Optional[str] = None


Item = Union[InputItem, ErrorRecord]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_text(text: object, item_id: Optional[str]) -> Optional[ErrorRecord]:
    """The error record for a text the pipeline must refuse, or None when it is usable."""
    if not isinstance(text, str):
        return ErrorRecord(id=item_id, error=f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        return ErrorRecord(id=item_id, error="empty text")
    if len(text) > settings.MAX_TEXT_CHARS:
        return ErrorRecord(
            id=item_id,
            error=f"text too long: {len(text)} characters (limit {settings.MAX_TEXT_CHARS})",
        )
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > settings.MAX_CONTROL_CHAR_RATIO * len(text):
        return ErrorRecord(id=item_id, error=f"binary content: {controls} control characters")
    try:  # a leading "date 2025-13-45" line is a wrong publication date, not a story line
        header_published(text)
    except PublishedError as err:
        return ErrorRecord(id=item_id, error=str(err))
    return None


def decode_bytes(raw: bytes, item_id: str) -> Union[str, ErrorRecord]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return ErrorRecord(id=item_id, error=f"invalid UTF-8 at byte {err.start}: {err.reason}")
    return check_text(text, item_id) or text


def parse_jsonl_line(line: bytes, fallback_id: str) -> Item:
    """One JSONL line -> item; anything malformed becomes an error record with an id."""
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        return ErrorRecord(id=fallback_id, error=f"invalid UTF-8 at byte {err.start}: {err.reason}")
    except json.JSONDecodeError as err:
        return ErrorRecord(id=fallback_id, error=f"malformed JSON: {err.msg} at column {err.colno}")
    if not isinstance(obj, dict):
        return ErrorRecord(id=fallback_id, error="a JSONL line must be an object with 'id' and 'text'")
    raw_id = obj.get("id")
    item_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else fallback_id
    if "text" not in obj:
        return ErrorRecord(id=item_id, error="missing 'text'")
    problem = check_text(obj["text"], item_id)
    if problem:
        return problem
    try:
        published = parse_published(obj.get("published"))
    except PublishedError as err:
        return ErrorRecord(id=item_id, error=str(err))
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return InputItem(id=item_id, text=obj["text"], published=published, url=url)


def read_jsonl(handle: BinaryIO, source: str) -> Iterator[Item]:
    for lineno, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        yield parse_jsonl_line(line, f"{source}:{lineno}")


def read_text_file(path: Path) -> Item:
    item_id = path.stem
    try:
        raw = path.read_bytes()
    except OSError as err:
        return ErrorRecord(id=item_id, error=f"cannot read {path}: {err.strerror}")
    text = decode_bytes(raw, item_id)
    if isinstance(text, ErrorRecord):
        return text
    return InputItem(id=item_id, text=text)


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def read_inputs(inputs: Iterable[str], stdin: Optional[BinaryIO] = None) -> Iterator[Item]:
    """Items from every INPUT in order: ``-`` (JSONL on stdin), a folder, a JSONL or text file."""
    for spec in inputs:
        if spec == "-":
            yield from read_jsonl(stdin or sys.stdin.buffer, "<stdin>")
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
            for file in files:
                yield read_text_file(file)
        elif not path.exists():
            yield ErrorRecord(id=spec, error=f"no such file or folder: {spec}")
        elif _is_jsonl(path):
            try:
                with path.open("rb") as handle:
                    yield from read_jsonl(handle, spec)
            except OSError as err:
                yield ErrorRecord(id=spec, error=f"cannot read {spec}: {err.strerror}")
        else:
            yield read_text_file(path)


def with_batch_settings(items: Iterable[Item], published: Optional[str] = None,
                        date_order: Optional[str] = None) -> Iterator[Item]:
    """Items with the batch's fallback publication date and date order set (error records
    pass unchanged); the settings are already validated by the caller."""
    for item in items:
        if isinstance(item, InputItem):
            item.default_published = published
            item.date_order = date_order
        yield item
