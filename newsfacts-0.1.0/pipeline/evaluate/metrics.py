"""Scoring: per-article matches, per-type P/R/F1 (micro and macro) and attribute accuracy.

Conventions:

* precision = TP / (TP + FP), recall = TP / (TP + FN), F1 their harmonic mean. An empty
  denominator means there was nothing to get wrong, so it counts as 1.0 only when the other
  side is empty too (no gold and no prediction: P = R = F1 = 1); otherwise 0.
* micro figures sum TP/FP/FN over the five types; macro-F1 is the mean of the five F1s.
* attribute accuracy is measured on matched pairs only (a missed fact has no attributes to
  compare); the dateline is compared once per article (both null counts as correct, an
  error record counts as wrong).
* an :class:`~newsfacts.records.ErrorRecord` prediction (or none at all for a gold id) turns
  every gold fact of the article into a miss.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Tuple

from ..records import Article, ErrorRecord, GoldArticle
from ..records.models import FACT_TYPES
from .gold import Prediction
from .matching import match_facts, norm


def _same_text(a: Optional[str], b: Optional[str]) -> bool:
    return norm(a) == norm(b)


def _same_country(a: Optional[str], b: Optional[str]) -> bool:
    return (a or "").upper() == (b or "").upper()


def _same_period(g, p) -> bool:
    return (g.start, g.end) == (p.start, p.end)


def _same_place(g, p) -> bool:
    """Event venues: both absent, or same country and same city."""
    if g is None or p is None:
        return g is None and p is None
    return _same_country(g.country, p.country) and _same_text(g.city, p.city)


#: Attribute checks on matched pairs: fact type -> attribute -> (gold, pred) -> bool.
ATTRIBUTES: Dict[str, Dict[str, Callable[[object, object], bool]]] = {
    "officials": {
        "title": lambda g, p: _same_text(g.title, p.title),
        "honorifics": lambda g, p: [norm(h) for h in g.honorifics] == [norm(h) for h in p.honorifics],
        "country": lambda g, p: _same_country(g.country, p.country),
    },
    "instruments": {
        "kind": lambda g, p: g.kind == p.kind,
        "period": _same_period,
    },
    "dates": {},  # matched by value: nothing left to compare
    "venues": {
        "city": lambda g, p: _same_text(g.city, p.city),
        "country": lambda g, p: _same_country(g.country, p.country),
    },
    "events": {
        "dates": _same_period,
        "venue": lambda g, p: _same_place(g.venue, p.venue),
    },
}

_ATTRIBUTE_VALUES: Dict[Tuple[str, str], Callable[[object], object]] = {
    ("officials", "title"): lambda f: f.title,
    ("officials", "honorifics"): lambda f: f.honorifics,
    ("officials", "country"): lambda f: f.country,
    ("instruments", "kind"): lambda f: f.kind,
    ("instruments", "period"): lambda f: _period(f),
    ("venues", "city"): lambda f: f.city,
    ("venues", "country"): lambda f: f.country,
    ("events", "dates"): lambda f: _period(f),
    ("events", "venue"): lambda f: None if f.venue is None else f"{f.venue.city or '-'}, {f.venue.country or '-'}",
}


def _period(fact) -> str:
    if fact.start is None and fact.end is None:
        return "-"
    return fact.start if fact.start == fact.end else f"{fact.start or '?'}..{fact.end or '?'}"


def describe(fact_type: str, fact) -> str:
    """A short, stable label of a fact for reports and the baseline."""
    if fact_type == "dates":
        return f"{fact.text} [{_period(fact)}]"
    if fact_type == "venues":
        where = ", ".join(x for x in (fact.city, fact.country) if x)
        return f"{fact.name} ({where})" if where and where != fact.name else str(fact.name)
    if fact_type == "events" and fact.ordinal is not None and str(fact.ordinal) not in fact.name:
        return f"{fact.name} (#{fact.ordinal})"
    return fact.name


def prf(tp: int, fp: int, fn: int) -> Dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    recall = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> Dict[str, float]:
        return {"gold": self.tp + self.fn, "pred": self.tp + self.fp,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, **prf(self.tp, self.fp, self.fn)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> Dict[str, object]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass
class TypeResult:
    """One article, one fact type."""

    matched: List[Tuple[object, object]] = field(default_factory=list)  # (gold, pred)
    missed: List[object] = field(default_factory=list)
    invented: List[object] = field(default_factory=list)

    @property
    def counts(self) -> Counts:
        return Counts(tp=len(self.matched), fp=len(self.invented), fn=len(self.missed))


@dataclass
class ArticleResult:
    id: str
    error: Optional[str]
    types: Dict[str, TypeResult]
    attributes: Dict[str, Accuracy]  # "officials.title" -> accuracy in this article
    attribute_errors: List[str]  # "officials.title Ned Price: gold 'X', pred 'Y'"
    dateline_ok: bool
    dateline: Tuple[Optional[str], Optional[str]]  # (gold, pred) labels

    def to_json(self) -> Dict[str, object]:
        return {
            "id": self.id,
            "error": self.error,
            "counts": {t: {k: v for k, v in r.counts.as_dict().items() if k in ("tp", "fp", "fn")}
                       for t, r in self.types.items()},
            "matched": {t: [describe(t, g) for g, _ in r.matched] for t, r in self.types.items()},
            "missed": {t: [describe(t, g) for g in r.missed] for t, r in self.types.items()},
            "invented": {t: [describe(t, p) for p in r.invented] for t, r in self.types.items()},
            "attribute_errors": self.attribute_errors,
            "dateline": {"ok": self.dateline_ok, "gold": self.dateline[0], "pred": self.dateline[1]},
        }


def _dateline_label(dateline) -> Optional[str]:
    return None if dateline is None else f"{dateline.name} ({dateline.country or '-'})"


def evaluate_article(gold: GoldArticle, pred: Optional[Prediction]) -> ArticleResult:
    if pred is None:
        pred = ErrorRecord(id=gold.id, error="no prediction for this id")
    error = pred.error if isinstance(pred, ErrorRecord) else None
    record = pred if isinstance(pred, Article) else Article(id=gold.id)
    types: Dict[str, TypeResult] = {}
    attributes = {f"{t}.{a}": Accuracy() for t in FACT_TYPES for a in ATTRIBUTES[t]}
    attribute_errors: List[str] = []
    for fact_type in FACT_TYPES:
        gold_facts = getattr(gold, fact_type)
        pred_facts = [] if error else getattr(record, fact_type)
        matching = match_facts(fact_type, gold_facts, pred_facts)
        result = TypeResult(
            matched=[(gold_facts[g], pred_facts[p]) for g, p in matching.pairs],
            missed=[gold_facts[g] for g in matching.missed],
            invented=[pred_facts[p] for p in matching.invented],
        )
        types[fact_type] = result
        for name, check in ATTRIBUTES[fact_type].items():
            value = _ATTRIBUTE_VALUES[(fact_type, name)]
            for g, p in result.matched:
                ok = check(g, p)
                attributes[f"{fact_type}.{name}"].add(ok)
                if not ok:
                    attribute_errors.append(
                        f"{fact_type}.{name} {describe(fact_type, g)}: gold {value(g)!r}, pred {value(p)!r}")
    g_line, p_line = gold.dateline, (None if error else record.dateline)
    if error:
        dateline_ok = False
    elif g_line is None or p_line is None:
        dateline_ok = g_line is None and p_line is None
    else:
        dateline_ok = _same_text(g_line.name, p_line.name) and _same_country(g_line.country, p_line.country)
    return ArticleResult(
        id=gold.id, error=error, types=types, attributes=attributes,
        attribute_errors=attribute_errors, dateline_ok=dateline_ok,
        dateline=(_dateline_label(g_line), None if error else _dateline_label(p_line)),
    )


@dataclass
class Evaluation:
    """The figures over a set of articles."""

    articles: List[ArticleResult]
    unmatched_predictions: List[str] = field(default_factory=list)  # predicted ids not in gold

    @property
    def errors(self) -> int:
        return sum(1 for a in self.articles if a.error)

    def counts(self) -> Dict[str, Counts]:
        totals = {t: Counts() for t in FACT_TYPES}
        for article in self.articles:
            for t, r in article.types.items():
                totals[t].add(r.counts)
        return totals

    def type_scores(self) -> Dict[str, Dict[str, float]]:
        return {t: c.as_dict() for t, c in self.counts().items()}

    def micro(self) -> Dict[str, float]:
        total = Counts()
        for c in self.counts().values():
            total.add(c)
        return total.as_dict()

    def macro_f1(self) -> float:
        scores = self.type_scores()
        return sum(scores[t]["f1"] for t in FACT_TYPES) / len(FACT_TYPES)

    def attributes(self) -> Dict[str, Accuracy]:
        totals = {f"{t}.{a}": Accuracy() for t in FACT_TYPES for a in ATTRIBUTES[t]}
        for article in self.articles:
            for key, acc in article.attributes.items():
                totals[key].correct += acc.correct
                totals[key].total += acc.total
        return totals

    def dateline(self) -> Accuracy:
        acc = Accuracy()
        for article in self.articles:
            acc.add(article.dateline_ok)
        return acc

    def to_json(self) -> Dict[str, object]:
        return {
            "articles": len(self.articles),
            "errors": self.errors,
            "types": self.type_scores(),
            "micro": self.micro(),
            "macro_f1": self.macro_f1(),
            "attributes": {k: v.as_dict() for k, v in self.attributes().items()},
            "dateline": self.dateline().as_dict(),
            "unmatched_predictions": self.unmatched_predictions,
            "per_article": [a.to_json() for a in self.articles],
        }


def evaluate(gold: Iterable[GoldArticle], predictions: Mapping[str, Prediction]) -> Evaluation:
    """Score predictions (by id) against gold articles; a gold id without prediction is an error."""
    gold = list(gold)
    gold_ids = {g.id for g in gold}
    return Evaluation(
        articles=[evaluate_article(g, predictions.get(g.id)) for g in gold],
        unmatched_predictions=sorted(i for i in predictions if i not in gold_ids),
    )
