"""The publication date an article is resolved against, validated one way everywhere.

``published`` reaches the pipeline from the input's own field (JSONL, the Python API), from a
leading ``date YYYY-MM-DD`` line, from ``newsfacts extract --published`` and from the dateline
(found by the pipeline, then already ISO). All of them go through :func:`parse_published`:
a strict ISO calendar date, else :class:`PublishedError` with one message.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A first line ``date <a written date>``: the ``date`` header line, also when its date is
#: malformed ("date 2025-13-45", "date 2025-05", "date 30/05/2025"); "date 27 people ..." is
#: a story that begins with the word.
DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}[-/.]\S*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\S*)")


class PublishedError(ValueError):
    """A ``published`` value that is not a strict ISO date."""


def published_message(value: object) -> str:
    """The one message for a ``published`` value that is not an ISO date."""
    return f"published {value!r} is not an ISO date: write it as YYYY-MM-DD (e.g. 2025-05-30)"


def parse_published(value: object) -> Optional[str]:
    """``value`` as an ISO date string; None for None or ""; :class:`PublishedError` for
    anything else that is not exactly ``YYYY-MM-DD`` naming a real day ("2025-05",
    " 2025-05-30", "2025-05-30garbage", "8 July 2025", "2025-13-45" are all refused)."""
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise PublishedError(published_message(value))
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise PublishedError(published_message(value)) from None


def header_published(text: str) -> Optional[str]:
    """The date of a leading ``date YYYY-MM-DD`` line, validated; None without such a line."""
    match = DATE_HEADER.match(text)
    return parse_published(match.group(1)) if match else None
