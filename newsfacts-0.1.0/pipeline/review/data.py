"""Reading a run and joining it with the article texts; helpers shared by the review tools."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

from ..io.jsonl import iter_json_objects
from ..records import FACT_TYPES, Article, ErrorRecord

#: Fact type -> span label used in the page and in the annotation tools' files.
LABELS: Dict[str, str] = {
    "officials": "OFFICIAL",
    "instruments": "INSTRUMENT",
    "dates": "DATE",
    "venues": "VENUE",
    "events": "EVENT",
}
TYPES_BY_LABEL: Dict[str, str] = {label: t for t, label in LABELS.items()}
#: Accepted spellings of labels on import (lower case) -> fact type.
LABEL_ALIASES: Dict[str, str] = {
    **{label.lower(): t for t, label in LABELS.items()},
    **{t: t for t in FACT_TYPES},
    "person": "officials", "per": "officials", "instrument": "instruments", "date": "dates",
    "venue": "venues", "loc": "venues", "gpe": "venues", "fac": "venues", "event": "events",
}


def type_for_label(label: str) -> Optional[str]:
    return LABEL_ALIASES.get(str(label).strip().lower())


@dataclass
class RunEntry:
    """One line of a run: the record (or error) and, when found, the article's text."""

    id: Optional[str]
    record: Optional[Article] = None
    error: Optional[str] = None
    text: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    notes: List[str] = field(default_factory=list)



def read_texts(inputs: Sequence[str]) -> Dict[str, Any]:
    """id -> InputItem from INPUT specs (as for ``extract``): .txt, folders, JSONL of {id, text}.

    A GOLD-style JSONL (record fields plus ``text``) is read the same way. Inputs that cannot be
    read are skipped here: the run carries their error records.
    """
    from ..io import InputItem, read_inputs

    texts: Dict[str, Any] = {}
    for item in read_inputs(list(inputs)):
        if isinstance(item, InputItem) and item.id not in texts:
            texts[item.id] = item
    return texts


def load_run(run: Path, inputs: Sequence[str] = ()) -> List[RunEntry]:
    """Every line of RUN.jsonl as a :class:`RunEntry`, joined by id with the texts of INPUTs."""
    texts = read_texts(inputs) if inputs else {}
    entries: List[RunEntry] = []
    for lineno, obj, problem in iter_json_objects(run):
        if problem:
            entries.append(RunEntry(id=f"{run}:{lineno}", error=problem))
            continue
        raw_id = obj.get("id")
        item_id = str(raw_id) if raw_id not in (None, "") else f"{run}:{lineno}"
        if "error" in obj and not any(t in obj for t in FACT_TYPES):
            err = ErrorRecord.model_validate({"id": item_id, "error": str(obj.get("error"))})
            entry = RunEntry(id=err.id, error=err.error)
        else:
            try:
                record = Article.model_validate({**obj, "id": item_id})
            except Exception as err:  # pydantic.ValidationError: keep the line, as an error
                entries.append(RunEntry(id=item_id, error=f"invalid record: {err}".splitlines()[0]))
                continue
            entry = RunEntry(id=item_id, record=record, published=record.published)
        item = texts.get(item_id)
        if isinstance(obj.get("text"), str):
            entry.text = obj["text"]
            entry.url = obj.get("url") if isinstance(obj.get("url"), str) else None
        elif item is not None:
            entry.text = item.text
            entry.url = item.url
            entry.published = entry.published or item.published
        elif entry.record is not None:
            entry.notes.append("text not found in the inputs")
        entries.append(entry)
    return entries


# --- facts ------------------------------------------------------------------------------------

def _low(value: Any) -> str:
    return " ".join(str(value or "").split()).lower()


def fact_key(fact_type: str, fact: Dict[str, Any]) -> tuple:
    """What identifies a fact within its article's list (the same rule as the records' merging)."""
    if fact_type == "dates":
        return (fact_type, _low(fact.get("text")), fact.get("start"), fact.get("end"))
    return (fact_type, _low(fact.get("name")))


def gold_fact(fact_type: str, fact: Dict[str, Any]) -> Dict[str, Any]:
    """A record fact as in the gold format: no mentions, no events' officials/instruments."""
    out = {k: v for k, v in fact.items() if k != "mentions"}
    if fact_type == "events":
        out.pop("officials", None)
        out.pop("instruments", None)
    return out


def fact_from_text(fact_type: str, text: str, published: Optional[str] = None) -> Dict[str, Any]:
    """The fact a span of text stands for when nothing more is known (added or imported spans)."""
    text = " ".join(text.split())
    if fact_type == "officials":
        return {"name": text, "title": None, "honorifics": [], "country": None}
    if fact_type == "instruments":
        return {"name": _strip_the(text), "kind": "other", "start": None, "end": None}
    if fact_type == "dates":
        start, end = normalise_date(text, published)
        return {"text": text, "start": start, "end": end}
    if fact_type == "venues":
        return {"name": text, "city": None, "country": None}
    if fact_type == "events":
        return {"name": _strip_the(text), "acronym": None, "ordinal": None, "start": None,
                "end": None, "venue": None}
    raise ValueError(f"unknown fact type: {fact_type}")


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


_NORMALISER_STATE: Dict[str, Any] = {}


def date_normaliser():
    """``newsfacts.normalisation.dates.normalise(text, published)`` when that module offers it."""
    if "fn" not in _NORMALISER_STATE:
        fn = None
        try:
            from ..normalisation import dates as _dates  # type: ignore[attr-defined]

            fn = getattr(_dates, "normalise", None)
            fn = fn if callable(fn) else None
        except Exception:
            fn = None
        _NORMALISER_STATE["fn"] = fn
    return _NORMALISER_STATE["fn"]


def normalise_date(text: str, published: Optional[str]) -> tuple:
    """(start, end) ISO strings for a date expression, or (None, None) when it cannot be done.

    Uses :func:`newsfacts.normalisation.dates.normalise` if present; accepts a dict with
    start/end, a (start, end) pair, a single ISO string, or None as its result.
    """
    fn = date_normaliser()
    if fn is None:
        return None, None
    try:
        value = fn(text, published)
    except Exception:
        return None, None
    if value is None:
        return None, None
    if isinstance(value, dict):
        return value.get("start"), value.get("end", value.get("start"))
    if isinstance(value, str):
        return value, value
    if isinstance(value, (tuple, list)) and len(value) >= 2:
        return value[0], value[1]
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    return start, end


def reviewable(entries: Iterable[RunEntry], stats) -> Iterator[RunEntry]:
    """The entries that have both a record and a text; the others are counted in ``stats``."""
    for entry in entries:
        if entry.record is None:
            stats["error records skipped"] += 1
        elif entry.text is None:
            stats["articles without text skipped"] += 1
        else:
            yield entry
