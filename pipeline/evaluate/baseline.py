"""The committed baseline (``corpus/baseline.json``) and the regression gate on it.

The baseline keeps, besides the per-type F1 and the attribute accuracy on matched facts (an
event's venue or dates, an official's title or country ...), the labels of the gold facts matched,
of the predicted facts invented and of the attribute errors in every article, so that a drop names
the exact facts lost, newly invented or newly wrong instead of only a number. Attributes are gated
too because a rule can leave every fact matched and still move their venues or dates. It is rewritten on purpose only, with
``newsfacts evaluate corpus/ --update-baseline``.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Union

from ..records.models import FACT_TYPES
from .metrics import Evaluation

TOLERANCE = 0.005
BASELINE_NAME = "baseline.json"


def make_baseline(evaluation: Evaluation, gold_path: str = "corpus/") -> Dict[str, object]:
    scores = evaluation.type_scores()
    per_article = {}
    for article in evaluation.articles:
        record = article.to_json()
        per_article[article.id] = {"matched": record["matched"], "invented": record["invented"],
                                   "attribute_errors": record["attribute_errors"]}
    return {
        "about": "Per-type F1 and attribute accuracy of the extractor on this corpus; "
                 "tests/test_regression_gate.py fails when one drops by more than the tolerance. "
                 "Refresh on purpose with "
                 f"`newsfacts evaluate {gold_path} --update-baseline`.",
        "tolerance": TOLERANCE,
        "articles": len(evaluation.articles),
        "f1": {t: round(scores[t]["f1"], 6) for t in FACT_TYPES},
        "macro_f1": round(evaluation.macro_f1(), 6),
        "attributes": {key: round(acc.accuracy, 6) for key, acc in evaluation.attributes().items()
                       if acc.accuracy is not None},
        "per_article": per_article,
    }


def write_baseline(baseline: Dict[str, object], path: Union[str, Path]) -> None:
    Path(path).write_text(json.dumps(baseline, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def read_baseline(path: Union[str, Path]) -> Dict[str, object]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


@dataclass
class Regression:
    fact_type: str
    baseline_f1: float
    f1: float
    lost: Dict[str, List[str]] = field(default_factory=dict)  # article -> gold facts now missed
    invented: Dict[str, List[str]] = field(default_factory=dict)  # article -> new inventions
    measure: str = "F1"  # or "accuracy", for an attribute ("events.venue")

    def describe(self) -> str:
        lines = [f"{self.fact_type}: {self.measure} {self.f1:.4f} < baseline {self.baseline_f1:.4f} "
                 f"(drop {self.baseline_f1 - self.f1:.4f})"]
        lost_as = "now missed" if self.measure == "F1" else "now wrong"
        for article, facts in sorted(self.lost.items()):
            lines.append(f"  {article}: {lost_as}: " + "; ".join(facts))
        for article, facts in sorted(self.invented.items()):
            lines.append(f"  {article}: now invented: " + "; ".join(facts))
        return "\n".join(lines)


def _minus(now: List[str], before: List[str]) -> List[str]:
    """Multiset difference, keeping the order of ``now``."""
    left = Counter(now) - Counter(before)
    out = []
    for item in now:
        if left[item] > 0:
            out.append(item)
            left[item] -= 1
    return out


def compare(evaluation: Evaluation, baseline: Dict[str, object],
            tolerance: Optional[float] = None) -> List[Regression]:
    """The fact types whose F1 fell below the baseline by more than the tolerance."""
    tolerance = baseline.get("tolerance", TOLERANCE) if tolerance is None else tolerance
    scores = evaluation.type_scores()
    stored = baseline.get("per_article", {})
    regressions = []
    for fact_type in FACT_TYPES:
        before = baseline.get("f1", {}).get(fact_type)
        if before is None:
            continue
        now = scores[fact_type]["f1"]
        if now >= before - tolerance:
            continue
        regression = Regression(fact_type, before, now)
        for article in evaluation.articles:
            record = article.to_json()
            label = article.id if article.id in stored else f"{article.id} (not in the baseline)"
            old = stored.get(article.id, {"matched": {}, "invented": {}})
            lost = _minus(old["matched"].get(fact_type, []), record["matched"][fact_type])
            new = _minus(record["invented"][fact_type], old["invented"].get(fact_type, []))
            if article.id not in stored:
                lost = record["missed"][fact_type]  # a new article: all it misses is news
            if lost:
                regression.lost[label] = lost
            if new:
                regression.invented[label] = new
        regressions.append(regression)
    return regressions + _attribute_regressions(evaluation, baseline, tolerance)


def _attribute_regressions(evaluation: Evaluation, baseline: Dict[str, object],
                           tolerance: float) -> List[Regression]:
    """The attributes whose accuracy on matched facts fell below the baseline by more than the
    tolerance, each with the attribute errors that are new in each article."""
    stored = baseline.get("per_article", {})
    now = evaluation.attributes()
    regressions = []
    for key, before in baseline.get("attributes", {}).items():
        accuracy = now[key].accuracy if key in now else None
        if accuracy is None or accuracy >= before - tolerance:
            continue
        regression = Regression(key, before, accuracy, measure="accuracy")
        for article in evaluation.articles:
            errors = [e for e in article.attribute_errors if e.startswith(key + " ")]
            old = stored.get(article.id, {}).get("attribute_errors", [])
            new = _minus(errors, old)
            if new:
                regression.lost[article.id] = [e[len(key) + 1:] for e in new]
        regressions.append(regression)
    return regressions


def corpus_changes(evaluation: Evaluation, baseline: Dict[str, object]) -> str:
    """A note on articles added to or removed from the corpus since the baseline."""
    now = {a.id for a in evaluation.articles}
    before = set(baseline.get("per_article", {}))
    notes = []
    if now - before:
        notes.append("articles not in the baseline: " + ", ".join(sorted(now - before)))
    if before - now:
        notes.append("baseline articles no longer in the corpus: " + ", ".join(sorted(before - now)))
    return "; ".join(notes)


def format_regressions(regressions: List[Regression], evaluation: Evaluation,
                       baseline: Dict[str, object]) -> str:
    lines = [r.describe() for r in regressions]
    changes = corpus_changes(evaluation, baseline)
    if changes:
        lines.append(f"(the corpus changed: {changes}; if the drop is the new gold's, "
                     "refresh with `newsfacts evaluate corpus/ --update-baseline`)")
    return "\n".join(lines)
