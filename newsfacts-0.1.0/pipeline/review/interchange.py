"""Exchange with annotation tools: Prodigy, doccano and Label Studio JSONL tasks.

Export writes one task per article with every mention as a labelled character span
(labels OFFICIAL, INSTRUMENT, DATE, VENUE, EVENT):

* ``prodigy``: ``{"text", "spans": [{"start", "end", "label"}], "meta": {"id", ...}}``
  (Prodigy's ``ner_manual`` task format).
* ``doccano``: ``{"text", "label": [[start, end, label]], "id", ...}`` (doccano's
  sequence-labelling JSONL; on import ``labels`` and ``entities`` with
  ``start_offset``/``end_offset`` are read too).
* ``label-studio``: ``{"data": {"text", "id", ...}, "predictions": [{"model_version",
  "result": [{"id", "from_name": "label", "to_name": "text", "type": "labels",
  "value": {"start", "end", "text", "labels": [label]}}]}]}``; import reads ``annotations``
  first (the reviewed result), else ``predictions``. Label Studio's JSON export (a list) is
  read as well as JSONL.

Each task also carries the article's ``id``, ``published`` and the extracted facts keyed by
``"start:end:LABEL"`` (``newsfacts_facts``), so that on import a span that was left as
extracted gets its normalised fact back; a new or changed span becomes a fact built from its
text (dates normalised when ``newsfacts.normalisation.dates.normalise`` exists).
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from ..records import FACT_TYPES, GoldArticle
from .apply import gold_dump
from .data import LABELS, RunEntry, fact_from_text, fact_key, gold_fact, load_run, reviewable, type_for_label

FORMATS = ("prodigy", "doccano", "label-studio")
LS_FROM, LS_TO = "label", "text"


def label_config() -> str:
    """A Label Studio labelling config that matches the exported tasks."""
    labels = "".join(f'<Label value="{label}"/>' for label in LABELS.values())
    return f'<View><Labels name="{LS_FROM}" toName="{LS_TO}">{labels}</Labels><Text name="{LS_TO}" value="$text"/></View>'


def _spans(entry: RunEntry) -> Tuple[List[Tuple[int, int, str, str]], Dict[str, Any]]:
    """(start, end, label, rule) for every valid mention, and the facts keyed by span."""
    spans: List[Tuple[int, int, str, str]] = []
    facts: Dict[str, Any] = {}
    record = entry.record.model_dump(mode="json") if entry.record else {}
    text = entry.text or ""
    seen = set()
    for fact_type in FACT_TYPES:
        label = LABELS[fact_type]
        for fact in record.get(fact_type, []):
            for m in fact.get("mentions", []):
                s, e = m["start"], m["end"]
                if not (0 <= s < e <= len(text)) or text[s:e] != m["text"] or (s, e, label) in seen:
                    continue
                seen.add((s, e, label))
                spans.append((s, e, label, m["rule"]))
                facts[f"{s}:{e}:{label}"] = gold_fact(fact_type, fact)
    spans.sort()
    return spans, facts


def _meta(entry: RunEntry, facts: Dict[str, Any]) -> Dict[str, Any]:
    meta: Dict[str, Any] = {"id": entry.id}
    if entry.published:
        meta["published"] = entry.published
    if entry.record is not None and entry.record.dateline is not None:
        meta["dateline"] = entry.record.dateline.model_dump(mode="json")
    if entry.url:
        meta["url"] = entry.url
    meta["newsfacts_facts"] = facts
    return meta


def task_for(entry: RunEntry, fmt: str) -> Dict[str, Any]:
    spans, facts = _spans(entry)
    meta = _meta(entry, facts)
    text = entry.text
    if fmt == "prodigy":
        return {"text": text, "spans": [{"start": s, "end": e, "label": lab} for s, e, lab, _ in spans],
                "meta": meta}
    if fmt == "doccano":
        return {"text": text, "label": [[s, e, lab] for s, e, lab, _ in spans], **meta}
    if fmt == "label-studio":
        result = [
            {"id": f"nf{i}", "from_name": LS_FROM, "to_name": LS_TO, "type": "labels",
             "value": {"start": s, "end": e, "text": text[s:e], "labels": [lab]}, "meta": {"text": [rule]}}
            for i, (s, e, lab, rule) in enumerate(spans)
        ]
        return {"data": {"text": text, **meta}, "predictions": [{"model_version": "newsfacts", "result": result}]}
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def export_tasks(run: Path, inputs: Sequence[str], fmt: str) -> Tuple[List[dict], Counter]:
    stats: Counter = Counter()
    tasks = []
    for entry in reviewable(load_run(Path(run), inputs), stats):
        task = task_for(entry, fmt)
        tasks.append(task)
        stats["tasks"] += 1
    return tasks, stats


# --- import -----------------------------------------------------------------------------------

def read_tasks(path: Path) -> Iterator[Any]:
    """Tasks from JSONL, or from a JSON list (Label Studio's and doccano's JSON exports)."""
    raw = Path(path).read_text(encoding="utf-8")
    stripped = raw.lstrip()
    if stripped.startswith("["):
        data = json.loads(stripped)
        yield from data
        return
    for line in raw.splitlines():
        if line.strip():
            yield json.loads(line)


def _task_parts(task: Dict[str, Any], fmt: str) -> Tuple[Optional[str], Dict[str, Any], List[Tuple[int, int, str]], bool]:
    """(text, meta, spans, rejected) of one task in FORMAT."""
    spans: List[Tuple[int, int, str]] = []
    rejected = False
    if fmt == "prodigy":
        text, meta = task.get("text"), dict(task.get("meta") or {})
        rejected = task.get("answer") in ("reject", "ignore")
        for sp in task.get("spans") or []:
            spans.append((sp.get("start"), sp.get("end"), sp.get("label")))
    elif fmt == "doccano":
        text = task.get("text") if "text" in task else task.get("data")
        meta = {k: v for k, v in task.items() if k not in ("text", "data", "label", "labels", "entities", "relations")}
        if isinstance(task.get("meta"), dict):
            meta = {**task["meta"], **meta}
        for item in (task.get("label") or task.get("labels") or []):
            if isinstance(item, (list, tuple)) and len(item) >= 3:
                spans.append((item[0], item[1], item[2]))
        for ent in task.get("entities") or []:
            spans.append((ent.get("start_offset"), ent.get("end_offset"), ent.get("label")))
    elif fmt == "label-studio":
        data = dict(task.get("data") or {})
        text = data.pop("text", None)
        meta = data
        results = None
        for ann in task.get("annotations") or task.get("completions") or []:
            if ann.get("was_cancelled"):
                continue
            results = ann.get("result") or []
        if results is None:
            preds = task.get("predictions") or []
            results = (preds[0].get("result") or []) if preds else []
        for r in results:
            if r.get("type") not in (None, "labels") or not isinstance(r.get("value"), dict):
                continue
            v = r["value"]
            for lab in v.get("labels") or []:
                spans.append((v.get("start"), v.get("end"), lab))
    else:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return text, meta, spans, rejected


def gold_from_task(task: Dict[str, Any], fmt: str, n: int, stats: Counter) -> Optional[dict]:
    text, meta, spans, rejected = _task_parts(task, fmt)
    if not isinstance(text, str):
        stats["tasks without text skipped"] += 1
        return None
    if rejected:
        stats["tasks answered reject/ignore skipped"] += 1
        return None
    known = meta.get("newsfacts_facts") if isinstance(meta.get("newsfacts_facts"), dict) else {}
    published = meta.get("published") if isinstance(meta.get("published"), str) else None
    raw_id = meta.get("id", task.get("id"))
    out: Dict[str, Any] = {
        "id": str(raw_id) if raw_id not in (None, "") else f"task-{n}",
        "published": published, "text": text,
        "dateline": meta.get("dateline") if isinstance(meta.get("dateline"), dict) else None,
        **{t: [] for t in FACT_TYPES},
    }
    if isinstance(meta.get("url"), str):
        out["url"] = meta["url"]
    keys = {t: set() for t in FACT_TYPES}
    for s, e, label in sorted(spans, key=lambda x: (x[0] if isinstance(x[0], int) else -1, x[1] if isinstance(x[1], int) else -1)):
        fact_type = type_for_label(label or "")
        if fact_type is None:
            stats[f"spans with unknown label skipped ({label})"] += 1
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            stats["spans with bad offsets skipped"] += 1
            continue
        fact = known.get(f"{s}:{e}:{LABELS[fact_type]}")
        if isinstance(fact, dict):
            stats["spans matched to extracted facts"] += 1
        else:
            fact = fact_from_text(fact_type, text[s:e], published)
            stats["spans turned into new facts"] += 1
            if fact_type == "dates" and fact.get("start") is None:
                stats["dates not normalised"] += 1
        key = fact_key(fact_type, fact)
        if key in keys[fact_type]:
            continue
        keys[fact_type].add(key)
        out[fact_type].append(gold_fact(fact_type, fact))
    stats["articles"] += 1
    return gold_dump(GoldArticle.model_validate(out))


def import_tasks(path: Path, fmt: str) -> Tuple[List[dict], Counter]:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    stats: Counter = Counter()
    golds = []
    for n, task in enumerate(read_tasks(path), start=1):
        if not isinstance(task, dict):
            stats["lines that are not objects skipped"] += 1
            continue
        gold = gold_from_task(task, fmt, n, stats)
        if gold is not None:
            golds.append(gold)
    return golds, stats
