"""Scoring a calendar against calendar gold: pair-wise merge precision and recall.

Calendar gold (``corpus/calendar/gold.jsonl``): a first line ``{"articles": [ids]}`` naming the
articles it covers, then one line per event that several of them report:
``{"name", "series"?, "sources": [{"article", "event"}]}`` where ``event`` is the event's name
in that article's gold. Every other event of a covered article is an event of its own.

Each source of the predicted calendar (an article's event) is aligned to the gold sources of
its article with the event matcher of the fact evaluation (ordinal, acronym, name words); an
unaligned source is an event of its own. Then, over the covered articles:

- predicted pairs: two sources in one predicted event; correct when gold puts them in one;
- gold pairs: two gold sources of one event that were both extracted (``merge recall``), or
  all of them (``end-to-end recall``: a pair is also lost when extraction missed an event).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple, Union

from ..io.jsonl import iter_json_objects
from ..records.calendar import CalendarEvent
from .gold import GoldError
from .matching import match_facts

SourceKey = Tuple[str, int]  # (article, index among that article's gold or predicted sources)


@dataclass
class CalendarGold:
    articles: Set[str]
    events: List[dict]  # {"name", "series", "sources": [{"article", "event"}]}


def load_calendar_gold(path: Union[str, Path]) -> CalendarGold:
    articles: Optional[Set[str]] = None
    events: List[dict] = []
    for lineno, obj, problem in iter_json_objects(path):
        if problem:
            raise GoldError(f"{path}:{lineno}: {problem}")
        if "articles" in obj and articles is None:
            articles = {str(a) for a in obj["articles"]}
            continue
        sources = obj.get("sources")
        if not isinstance(sources, list) or not all(isinstance(s, dict) and "article" in s and "event" in s for s in sources):
            raise GoldError(f"{path}:{lineno}: a calendar gold event needs sources [{{article, event}}]")
        events.append(obj)
    if articles is None:
        articles = {s["article"] for e in events for s in e["sources"]}
    for e in events:
        for s in e["sources"]:
            if s["article"] not in articles:
                raise GoldError(f"{path}: source article {s['article']!r} is not among the covered articles")
    return CalendarGold(articles=articles, events=events)


@dataclass
class CalendarScore:
    predicted_pairs: int = 0
    correct_pairs: int = 0
    gold_pairs: int = 0  # both sources extracted
    gold_pairs_all: int = 0
    found_pairs: int = 0
    wrong: List[Tuple[str, str]] = field(default_factory=list)  # wrongly merged sources
    missed: List[Tuple[str, str]] = field(default_factory=list)  # gold pairs not merged
    unextracted: List[str] = field(default_factory=list)  # gold sources with no predicted event
    articles: int = 0
    events: int = 0

    @property
    def precision(self) -> float:
        return self.correct_pairs / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.found_pairs / self.gold_pairs if self.gold_pairs else 1.0

    @property
    def recall_end_to_end(self) -> float:
        return self.found_pairs / self.gold_pairs_all if self.gold_pairs_all else 1.0

    def to_json(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "recall_end_to_end": round(self.recall_end_to_end, 4),
                "predicted_pairs": self.predicted_pairs, "correct_pairs": self.correct_pairs,
                "gold_pairs": self.gold_pairs, "gold_pairs_all": self.gold_pairs_all,
                "articles": self.articles, "events": self.events,
                "wrong": [list(p) for p in self.wrong], "missed": [list(p) for p in self.missed],
                "unextracted": self.unextracted}

    def render(self) -> str:
        lines = [
            f"calendar: {self.events} events over {self.articles} covered articles",
            f"pair-wise merge precision {self.precision:.3f} ({self.correct_pairs}/{self.predicted_pairs})",
            f"pair-wise merge recall    {self.recall:.3f} ({self.found_pairs}/{self.gold_pairs}; "
            f"end-to-end {self.recall_end_to_end:.3f} of {self.gold_pairs_all}, counting events extraction missed)",
        ]
        lines += [f"  wrongly merged: {a}  +  {b}" for a, b in self.wrong]
        lines += [f"  not merged:     {a}  +  {b}" for a, b in self.missed]
        lines += [f"  not extracted:  {s}" for s in self.unextracted]
        return "\n".join(lines)


def _label(article: str, name: str) -> str:
    return f"{article}: {name}"


def score_calendar(gold: CalendarGold, events: Sequence[CalendarEvent]) -> CalendarScore:
    # gold sources per article: (gold event index, name)
    gold_by_article: Dict[str, List[Tuple[int, dict]]] = {}
    for gi, event in enumerate(gold.events):
        for source in event["sources"]:
            gold_by_article.setdefault(source["article"], []).append((gi, {"name": source["event"]}))
    # predicted sources per covered article: (predicted event index, source)
    pred_by_article: Dict[str, List[Tuple[int, object]]] = {}
    for pi, event in enumerate(events):
        for source in event.sources:
            if source.article in gold.articles:
                pred_by_article.setdefault(source.article, []).append((pi, source))
    score = CalendarScore(articles=len(gold.articles), events=len(events))
    cluster_of: Dict[Tuple[str, int], object] = {}  # (article, predicted source index) -> gold cluster
    pred_index: Dict[Tuple[str, int], int] = {}  # (article, gold source index) -> predicted event
    for article in sorted(gold.articles):
        golds = gold_by_article.get(article, [])
        preds = pred_by_article.get(article, [])
        facts = [dict(name=s.name, acronym=s.values.acronym, ordinal=s.values.ordinal) for _, s in preds]
        matching = match_facts("events", [g for _, g in golds], facts)
        for gi, pi in matching.pairs:
            cluster_of[(article, pi)] = golds[gi][0]
            pred_index[(article, gi)] = preds[pi][0]
        for gi in matching.missed:
            score.unextracted.append(_label(article, golds[gi][1]["name"]))
    # predicted pairs
    members: Dict[int, List[Tuple[str, int, str]]] = {}
    for article, preds in pred_by_article.items():
        for i, (pi, source) in enumerate(preds):
            members.setdefault(pi, []).append((article, i, source.name))
    for pi in sorted(members):
        for (a1, i1, n1), (a2, i2, n2) in combinations(sorted(members[pi]), 2):
            score.predicted_pairs += 1
            c1, c2 = cluster_of.get((a1, i1), ("alone", a1, i1)), cluster_of.get((a2, i2), ("alone", a2, i2))
            if c1 == c2:
                score.correct_pairs += 1
            else:
                score.wrong.append((_label(a1, n1), _label(a2, n2)))
    # gold pairs
    for gi, event in enumerate(gold.events):
        keys = []
        for source in event["sources"]:
            golds = gold_by_article[source["article"]]
            gsi = next(k for k, (g, s) in enumerate(golds) if g == gi and s["name"] == source["event"])
            keys.append((source["article"], gsi, source["event"]))
        for (a1, g1, n1), (a2, g2, n2) in combinations(keys, 2):
            score.gold_pairs_all += 1
            p1, p2 = pred_index.get((a1, g1)), pred_index.get((a2, g2))
            if p1 is None or p2 is None:
                continue
            score.gold_pairs += 1
            if p1 == p2:
                score.found_pairs += 1
            else:
                score.missed.append((_label(a1, n1), _label(a2, n2)))
    return score
