"""The self-contained review page: one HTML file with inline CSS, JS and the run as JSON.

The run is embedded in ``<script type="application/json">`` with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, so no article text can close the tag; the page builds its DOM with
``textContent`` only, and a Content-Security-Policy allows no script but the page's own
(by hash), no network but its own origin (for ``--serve``), and no remote resources.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence

from ..io.jsonl import iter_json_objects
from .data import RunEntry, load_run

_PLACEHOLDER = re.compile(r"\{\{(CSP|TITLE|RUN|CSS|DATA|JS)\}\}")


def _template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


def json_for_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: it can never close the tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def entry_payload(entry: RunEntry) -> Dict[str, Any]:
    item: Dict[str, Any] = {"id": entry.id, "text": entry.text}
    if entry.published:
        item["published"] = entry.published
    if entry.url:
        item["url"] = entry.url
    if entry.error is not None:
        item["error"] = entry.error
    if entry.notes:
        item["notes"] = list(entry.notes)
    if entry.record is not None:
        record = entry.record.model_dump(mode="json")
        item["dateline"] = record.pop("dateline", None)
        record.pop("id", None)
        record.pop("published", None)
        item["record"] = record
    return item


def build_payload(
    entries: Sequence[RunEntry], *, run_name: str = "", save_url: Optional[str] = None,
    save_path: Optional[str] = None, decisions: Iterable[dict] = (),
) -> Dict[str, Any]:
    meta: Dict[str, Any] = {
        "run": run_name,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "download_name": (Path(run_name).stem + ".decisions.jsonl") if run_name else "decisions.jsonl",
    }
    if save_url:
        meta["save_url"] = save_url
        meta["save_path"] = save_path
    return {"meta": meta, "articles": [entry_payload(e) for e in entries], "decisions": list(decisions),
            "calendar": calendar_payload(entries)}


def calendar_payload(entries: Sequence[RunEntry]) -> List[Dict[str, Any]]:
    """The run's calendar (``newsfacts events``) for the page's calendar view."""
    from ..calendar.build import calendar_from_records

    records = [(e.record.model_dump(mode="json"), e.url) for e in entries if e.record is not None]
    return [event.model_dump(mode="json") for event in calendar_from_records(records)]


def render_html(payload: Dict[str, Any]) -> str:
    js = _template("review.js")
    css = _template("review.css")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    csp = (
        "default-src 'none'; "
        f"script-src 'sha256-{digest}'; "
        "style-src 'unsafe-inline'; img-src data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'"
    )
    run_name = str(payload.get("meta", {}).get("run") or "")
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(f"newsfacts review — {Path(run_name).name or 'run'}"),
        "RUN": html.escape(Path(run_name).name),
        "CSS": css.replace("</", "<\\/"),
        "DATA": json_for_script(payload),
        "JS": js,
    }
    if any(bad in js.lower() for bad in ("</script", "<script", "<!--")):
        raise ValueError("review.js must not contain '<script', '</script' or '<!--'")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], _template("review.html"))


def render_review(
    run: Path, inputs: Sequence[str] = (), *, save_url: Optional[str] = None,
    save_path: Optional[str] = None, decisions: Iterable[dict] = (),
) -> str:
    """The review page for RUN.jsonl joined with the texts of INPUTs."""
    entries = load_run(Path(run), inputs)
    payload = build_payload(entries, run_name=str(run), save_url=save_url, save_path=save_path,
                            decisions=decisions)
    return render_html(payload)


def read_decisions(path: Path) -> List[dict]:
    """Decision lines from a JSONL file (malformed lines are skipped)."""
    if not Path(path).exists():
        return []
    return [obj for _, obj, problem in iter_json_objects(path) if not problem]
