"""Writing records: one JSON object per line, UTF-8, in input order."""
from __future__ import annotations

import json
from typing import Union

from ..records import Article, ErrorRecord


def record_to_json(record: Union[Article, ErrorRecord]) -> str:
    if isinstance(record, ErrorRecord):
        data = record.model_dump()
    else:
        data = record.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False)
