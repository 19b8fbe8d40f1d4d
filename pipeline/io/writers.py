"""Writing records: one JSON object per line, UTF-8, in input order."""
from __future__ import annotations

import json
import re
from typing import Union

from ..records import Article, ErrorRecord

#: Characters JSON allows in a string that must not reach the file raw: lone surrogates
#: (``"\\ud800"`` is valid JSON but cannot be encoded as UTF-8) and the line separators
#: U+2028/U+2029 (line-splitting readers break on them). Written as ``\\uXXXX`` escapes,
#: they read back as the same string.
_ESCAPE = re.compile("[\ud800-\udfff\u2028\u2029]")


def _escape(match: "re.Match[str]") -> str:
    return "\\u%04x" % ord(match.group())


def dumps_line(data: object) -> str:
    """One JSON line that always encodes as UTF-8 and never holds a line break."""
    line = json.dumps(data, ensure_ascii=False)
    # (the expression tests every character: asked only of a line that may hold one of them,
    # i.e. not ASCII, with a line separator or not encodable, which a lone surrogate is not)
    if line.isascii() or "\u2028" not in line and "\u2029" not in line and _encodable(line):
        return line
    return _ESCAPE.sub(_escape, line)


def _encodable(line: str) -> bool:
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def record_to_json(record: Union[Article, ErrorRecord]) -> str:
    if isinstance(record, ErrorRecord):
        data = record.model_dump()
    else:
        data = record.model_dump(mode="json")
    return dumps_line(data)
