"""Small text clean-ups shared by the name normalisers."""
from __future__ import annotations

from typing import Pattern


def clean_name(text: str, *, leading: Pattern[str], trailing: Pattern[str]) -> str:
    """Whitespace collapsed, a trailing pattern (a bracketed acronym) and any number of
    leading words (articles ...) removed, edge punctuation stripped."""
    text = trailing.sub("", " ".join(text.split()))
    while leading.match(text):
        text = leading.sub("", text, count=1)
    return text.strip(" ,;:")
