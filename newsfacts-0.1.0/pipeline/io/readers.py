"""Reading articles: ``.txt`` files, folders of them, JSONL files and stdin (JSONL or text).

Every input unit yields exactly one item, in input order: an :class:`InputItem` to process
or an :class:`~newsfacts.records.ErrorRecord` saying why it cannot be, so a batch never loses
a line and never stops on one bad article.

Lines of JSONL are split in one place, :func:`jsonl_lines`, for every engine: on ``\\n``
only (a bare ``\\r`` or U+2028 inside a string is part of the line), a UTF-8 byte order
mark at the top of a file is skipped.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Tuple, Union

from .. import settings
from ..normalisation.published import PublishedError, header_published, parse_published
from ..records import ErrorRecord

#: The fields of an input line; any other field is reported (once per name) and ignored.
INPUT_FIELDS = ("id", "text", "published", "url")
#: What a user most likely meant by a field name newsfacts does not read.
FIELD_HINTS = {"date": "published", "pubdate": "published", "published_at": "published",
               "body": "text", "content": "text", "link": "url"}
BOM = b"\xef\xbb\xbf"
FORMATS = ("auto", "jsonl", "text")


@dataclass
class InputItem:
    id: str
    text: str
    published: Optional[str] = None
    url: Optional[str] = None
    #: where the item was read ("in.jsonl:3"), for messages
    where: Optional[str] = None
    #: input fields that newsfacts does not read (reported as a warning)
    unknown_fields: Tuple[str, ...] = ()
    #: batch settings (``extract --published/--date-order``): the publication date when the
    #: article shows none (no field, no ``date`` line, no dated dateline), and "DMY"/"MDY"
    default_published: Optional[str] = None
    date_order: Optional[str] = None


Item = Union[InputItem, ErrorRecord]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Lone surrogates: valid in JSON ("\\ud800"), not encodable as UTF-8. In a text each becomes
#: U+FFFD (one character for one, so offsets stay exact); ids keep them (the writer escapes them).
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: object, item_id: Optional[str], max_chars: Optional[int] = None) -> Optional[ErrorRecord]:
    """The error record for a text the pipeline must refuse, or None when it is usable.
    ``max_chars`` (default :data:`newsfacts.settings.MAX_TEXT_CHARS`) bounds the length."""
    if not isinstance(text, str):
        return ErrorRecord(id=item_id, error=f"'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        return ErrorRecord(id=item_id, error="empty text")
    limit = settings.MAX_TEXT_CHARS if max_chars is None else max_chars
    if len(text) > limit:
        return ErrorRecord(id=item_id, error=too_long_message(len(text), limit))
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > settings.MAX_CONTROL_CHAR_RATIO * len(text):
        return ErrorRecord(id=item_id, error=f"binary content: {controls} control characters")
    try:  # a leading "date 2025-13-45" line is a wrong publication date, not a story line
        header_published(text)
    except PublishedError as err:
        return ErrorRecord(id=item_id, error=str(err))
    return None


def too_long_message(length: int, limit: int) -> str:
    return (f"text too long: {length:,} characters, over the --max-chars limit of {limit:,}; "
            f"raise it with --max-chars {length} (max_chars= in the Python API)")


def decode_bytes(raw: bytes, item_id: str) -> Union[str, ErrorRecord]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return ErrorRecord(id=item_id, error=f"invalid UTF-8 at byte {err.start}: {err.reason}")
    # the length limit is applied where the article is processed (--max-chars)
    return check_text(text, item_id, max_chars=sys.maxsize) or text


def parse_jsonl_line(line: bytes, fallback_id: str) -> Item:
    """One JSONL line -> item; anything malformed becomes an error record with an id."""
    try:
        # strict=False: a raw tab or carriage return inside a string is part of the text
        obj = json.loads(line.decode("utf-8"), strict=False)
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
    problem = check_text(obj["text"], item_id, max_chars=sys.maxsize)
    if problem:
        return problem
    try:
        published = parse_published(obj.get("published"))
    except PublishedError as err:
        return ErrorRecord(id=item_id, error=str(err))
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    text = obj["text"]
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    unknown = tuple(k for k in obj if k not in INPUT_FIELDS)
    return InputItem(id=item_id, text=text, published=published, url=url,
                     where=fallback_id, unknown_fields=unknown)


def jsonl_lines(handle: BinaryIO, first_line: int = 1, at_start: bool = True) -> Iterator[Tuple[int, bytes]]:
    """``(line number, line)`` of the non-blank lines of a binary JSONL stream: split on
    ``\\n`` only, a byte order mark at the start of the file skipped. Every engine reads
    JSONL through this."""
    for lineno, line in enumerate(handle, start=first_line):
        if at_start and lineno == first_line and line.startswith(BOM):
            line = line[len(BOM):]
        if line.strip():
            yield lineno, line


def read_jsonl(handle: BinaryIO, source: str, first_line: int = 1, at_start: bool = True) -> Iterator[Item]:
    for lineno, line in jsonl_lines(handle, first_line, at_start):
        item = parse_jsonl_line(line, f"{source}:{lineno}")
        if source == "<stdin>" and isinstance(item, ErrorRecord) and item.error.startswith("malformed JSON") \
                and not line.lstrip().startswith(b"{"):
            item.error += "; stdin is read as JSONL: for one plain-text article use --format text"
        yield item


def read_text_file(path: Path, item_id: Optional[str] = None) -> Item:
    item_id = item_id or path.stem
    try:
        raw = path.read_bytes()
    except OSError as err:
        return ErrorRecord(id=item_id, error=f"cannot read {path}: {err.strerror}")
    text = decode_bytes(raw, item_id)
    if isinstance(text, ErrorRecord):
        return text
    return InputItem(id=item_id, text=text, where=str(path))


def read_text_stream(handle: BinaryIO, item_id: str = "stdin") -> Item:
    """The whole stream as one plain-text article (``--format text`` on stdin)."""
    text = decode_bytes(handle.read(), item_id)
    if isinstance(text, ErrorRecord):
        return text
    return InputItem(id=item_id, text=text, where="<stdin>")


def is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def folder_files(path: Path) -> list:
    """The ``.txt`` files of a folder, recursively, in name order."""
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")


def read_inputs(inputs: Iterable[str], stdin: Optional[BinaryIO] = None, fmt: str = "auto") -> Iterator[Item]:
    """Items from every INPUT in order: ``-`` (stdin), a folder, a JSONL or text file.
    ``fmt``: ``auto`` (JSONL for ``-``, ``.jsonl`` and ``.ndjson``; text otherwise),
    ``jsonl`` or ``text`` (each file, and stdin, is one article)."""
    for spec in inputs:
        if spec == "-":
            handle = stdin or sys.stdin.buffer
            if fmt == "text":
                yield read_text_stream(handle)
            else:
                yield from read_jsonl(handle, "<stdin>")
            continue
        path = Path(spec)
        if path.is_dir():
            for file in folder_files(path):
                yield read_text_file(file)
        elif not path.exists():
            yield ErrorRecord(id=spec, error=f"no such file or folder: {spec}")
        elif fmt == "jsonl" or (fmt == "auto" and is_jsonl(path)):
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
