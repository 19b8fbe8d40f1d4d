"""``newsfacts review apply``: decisions + run (+ texts) -> gold articles for the corpus.

Per article: rejected facts are removed, added facts are added, accepted and undecided facts
are kept. Facts are matched between decisions and records by :func:`.data.fact_key` (name, or
text/start/end for dates); the last decision about a fact wins. Added dates with no start/end
are normalised with ``newsfacts.normalisation.dates.normalise(text, published)`` when that
function exists; otherwise their start/end stay null (reported in the stats).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..io.jsonl import iter_json_objects
from ..records import FACT_TYPES, GoldArticle
from .data import RunEntry, date_normaliser, fact_from_text, fact_key, gold_fact, load_run, normalise_date, reviewable


def _clean_added(fact_type: str, line: dict, published: Optional[str], stats: Counter) -> Dict[str, Any]:
    text = line.get("text") if isinstance(line.get("text"), str) else None
    given = {k: v for k, v in (line.get("fact") or {}).items() if k != "mentions"}
    if not given and text is None:
        raise ValueError("an added fact needs 'fact' or 'text'")
    base = fact_from_text(fact_type, text or given.get("name") or given.get("text") or "", published)
    fact = {**base, **{k: v for k, v in given.items() if v not in (None, "", [])}}
    if fact_type == "dates":
        if fact.get("start") is None and fact.get("end") is None:
            start, end = normalise_date(fact["text"], published)
            fact["start"], fact["end"] = start, end
        if fact.get("start") is None:
            stats["added dates not normalised"] += 1
    return gold_fact(fact_type, fact)


def gold_for_entry(entry: RunEntry, lines: Iterable[dict], stats: Counter) -> GoldArticle:
    record = entry.record.model_dump(mode="json")
    verdict: Dict[tuple, str] = {}
    added: List[dict] = []
    for line in lines:
        fact_type, action = line.get("type"), line.get("action")
        if fact_type not in FACT_TYPES:
            stats["decisions skipped (bad type)"] += 1
            continue
        if action == "add":
            added.append(line)
        elif action in ("accept", "reject"):
            verdict[fact_key(fact_type, line.get("fact") or {})] = action
        else:
            stats["decisions skipped (bad action)"] += 1
    out: Dict[str, Any] = {
        "id": entry.id, "published": record.get("published") or entry.published,
        "dateline": record.get("dateline"), "text": entry.text,
    }
    if entry.url:
        out["url"] = entry.url
    matched = set()
    for fact_type in FACT_TYPES:
        kept = []
        for fact in record.get(fact_type, []):
            key = fact_key(fact_type, fact)
            action = verdict.get(key)
            if action:
                matched.add(key)
            if action == "reject":
                stats["rejected"] += 1
                continue
            stats["accepted" if action == "accept" else "undecided"] += 1
            kept.append(gold_fact(fact_type, fact))
        out[fact_type] = kept
    stats["decisions not matching any fact"] += len(set(verdict) - matched)
    for line in added:
        fact_type = line["type"]
        try:
            fact = _clean_added(fact_type, line, out["published"], stats)
        except ValueError:
            stats["decisions skipped (empty add)"] += 1
            continue
        keys = {fact_key(fact_type, f) for f in out[fact_type]}
        if fact_key(fact_type, fact) in keys:
            stats["added (already present)"] += 1
            continue
        out[fact_type].append(fact)
        stats["added"] += 1
    return GoldArticle.model_validate(out)


def gold_dump(gold: GoldArticle) -> dict:
    """A gold article as written to the corpus: no mentions, no events' officials/instruments."""
    data = gold.model_dump(mode="json")
    for fact_type in FACT_TYPES:
        data[fact_type] = [gold_fact(fact_type, f) for f in data[fact_type]]
    if data.get("url") is None:
        data.pop("url", None)
    return data


def read_decision_lines(path: Path) -> Tuple[Dict[str, List[dict]], int]:
    by_article: Dict[str, List[dict]] = {}
    bad = 0
    for _, obj, problem in iter_json_objects(path):
        if problem or not isinstance(obj.get("article"), str):
            bad += 1
            continue
        by_article.setdefault(obj["article"], []).append(obj)
    return by_article, bad


class AmbiguousJoin(ValueError):
    """Decisions, run and texts are joined by id: an id that is not unique cannot be joined."""


def _duplicate_ids(ids: Iterable[Tuple[str, str]]) -> Dict[str, List[str]]:
    """id -> the places (``file:line``) of an id that occurs more than once."""
    places: Dict[str, List[str]] = {}
    for item_id, where in ids:
        places.setdefault(item_id, []).append(where)
    return {k: v for k, v in places.items() if len(v) > 1}


def check_unambiguous(run: Path, inputs: Sequence[str] = ()) -> None:
    """Raise :class:`AmbiguousJoin` when the run or the inputs hold an id twice: the second
    article's decisions or text would be joined with the first one's."""
    from ..io import InputItem, read_inputs

    run_ids = ((str(obj.get("id")), f"{run}:{n}") for n, obj, problem in iter_json_objects(run)
               if not problem and obj.get("id") not in (None, ""))
    input_ids = ((item.id, item.where or item.id) for item in read_inputs(list(inputs))
                 if isinstance(item, InputItem))
    for what, ids in (("the run", run_ids), ("the inputs", input_ids)):
        dups = _duplicate_ids(ids)
        if dups:
            item_id, places = next(iter(dups.items()))
            raise AmbiguousJoin(
                f"{places[1]}: id {item_id!r} is also at {places[0]} ({len(dups)} duplicate id(s) in "
                f"{what}); decisions are joined by id, so nothing was applied. Give the articles "
                f"unique ids (newsfacts extract --on-duplicate suffix) and review that run")


def apply_decisions(
    decisions: Path, run: Path, inputs: Sequence[str] = (), *, reviewed_only: bool = False,
) -> Tuple[List[dict], Counter]:
    """Gold article dicts (in run order) and counts of what was done. Raises
    :class:`AmbiguousJoin` when an id occurs twice in the run or in the inputs."""
    check_unambiguous(run, inputs)
    by_article, bad = read_decision_lines(decisions)
    stats: Counter = Counter()
    stats["malformed decision lines"] += bad
    golds: List[dict] = []
    seen = set()
    def seen_entries():
        for entry in load_run(Path(run), inputs):
            seen.add(entry.id)
            yield entry

    for entry in reviewable(seen_entries(), stats):
        lines = by_article.get(entry.id, [])
        if reviewed_only and not lines:
            continue
        golds.append(gold_dump(gold_for_entry(entry, lines, stats)))
    stats["decisions for articles not in the run"] += sum(len(v) for k, v in by_article.items() if k not in seen)
    stats["articles"] = len(golds)
    if date_normaliser() is None:
        stats["date normaliser available"] = 0
    return golds, stats
