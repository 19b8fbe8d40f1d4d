"""Text report of an :class:`~.metrics.Evaluation`; it ends with the compact score table."""
from __future__ import annotations

from typing import List, Optional

from ..records.models import FACT_TYPES
from .metrics import ArticleResult, Evaluation, describe


def _article_lines(article: ArticleResult) -> List[str]:
    counts = {t: r.counts for t, r in article.types.items()}
    tp = sum(c.tp for c in counts.values())
    fp = sum(c.fp for c in counts.values())
    fn = sum(c.fn for c in counts.values())
    head = f"{article.id}: TP {tp}  FP {fp}  FN {fn}"
    if article.error:
        head += f"  ERROR {article.error}"
    lines = [head]
    for fact_type, result in article.types.items():
        if result.missed:
            lines.append(f"  - {fact_type}: " + "; ".join(
                describe(fact_type, f) for f in result.missed))
    for fact_type, result in article.types.items():
        if result.invented:
            lines.append(f"  + {fact_type}: " + "; ".join(
                describe(fact_type, f) for f in result.invented))
    lines.extend(f"  ~ {e}" for e in article.attribute_errors)
    if not article.dateline_ok and not article.error:
        lines.append(f"  ~ dateline: gold {article.dateline[0]!r}, pred {article.dateline[1]!r}")
    return lines


def _fmt(value: Optional[float]) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def score_table(evaluation: Evaluation, source: str = "") -> List[str]:
    """The compact table: per-type and micro P/R/F1, then macro-F1 (at most 10 lines)."""
    scores = evaluation.type_scores()
    lines = [f"newsfacts evaluate: {len(evaluation.articles)} articles, {evaluation.errors} errors"
             + (f" ({source})" if source else ""),
             f"{'type':<12}{'gold':>6}{'pred':>6}{'TP':>6}{'FP':>6}{'FN':>6}   {'P':<7}{'R':<7}{'F1':<7}"]
    rows = [(t, scores[t]) for t in FACT_TYPES] + [("micro", evaluation.micro())]
    for name, s in rows:
        lines.append(f"{name:<12}{s['gold']:>6}{s['pred']:>6}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}   "
                     f"{_fmt(s['precision']):<7}{_fmt(s['recall']):<7}{_fmt(s['f1']):<7}")
    lines.append(f"macro-F1 {evaluation.macro_f1():.3f}   dateline accuracy "
                 f"{_fmt(evaluation.dateline().accuracy)}")
    return lines


def render(evaluation: Evaluation, *, per_article: bool, source: str = "",
           baseline_note: str = "") -> str:
    lines: List[str] = []
    if per_article:
        lines.append("Per article (- missed gold fact, + invented fact, ~ wrong attribute):")
        for article in evaluation.articles:
            lines.extend(_article_lines(article))
        lines.append("")
    if evaluation.unmatched_predictions:
        lines.append("predictions without gold (ignored): " + ", ".join(evaluation.unmatched_predictions))
        lines.append("")
    lines.append("Attribute accuracy on matched facts:")
    for key, acc in evaluation.attributes().items():
        lines.append(f"  {key:<22}{acc.correct:>5}/{acc.total:<5} {_fmt(acc.accuracy)}")
    dateline = evaluation.dateline()
    lines.append(f"  {'dateline (article)':<22}{dateline.correct:>5}/{dateline.total:<5} "
                 f"{_fmt(dateline.accuracy)}")
    lines.append("")
    if baseline_note:
        lines.append(baseline_note)
        lines.append("")
    lines.extend(score_table(evaluation, source))
    return "\n".join(line.rstrip() for line in lines)
