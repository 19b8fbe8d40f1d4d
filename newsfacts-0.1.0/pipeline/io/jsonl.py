"""Reading JSONL files line by line, with the line number and a reason for each bad line.

Shared by every reader of JSONL that is not article input (gold files, runs, review
decisions); article input goes through :mod:`newsfacts.io.readers`, which turns bad lines
into error records.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Optional, Tuple, Union


def iter_json_objects(path: Union[str, Path]) -> Iterator[Tuple[int, Optional[dict], Optional[str]]]:
    """``(line number, object, None)`` for each JSON object line, ``(line number, None,
    reason)`` for a line that is not one; blank lines are skipped."""
    with Path(path).open("r", encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield lineno, None, f"malformed JSON: {err.msg} at column {err.colno}"
                continue
            if not isinstance(obj, dict):
                yield lineno, None, "a JSONL line must be an object"
                continue
            yield lineno, obj, None


def iter_data_lines(path: Union[str, Path]) -> Iterator[Tuple[int, object]]:
    """``(line number, value)`` of a hand-edited JSONL data file (patterns, gazetteers):
    blank lines and ``//`` comment lines are skipped; bad JSON raises ``ValueError`` naming
    the file and the line."""
    with Path(path).open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                yield lineno, json.loads(stripped)
            except json.JSONDecodeError as err:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({err.msg})") from None
