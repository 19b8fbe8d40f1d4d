"""Per-rule precision: for each fact type and rule id, how many facts the rule found and how many
the gold holds right, on your own annotated press.

Every extracted fact carries ``mentions``, each with the id of the rule that found it. The
articles of the gold files are run as ``newsfacts extract`` runs them, the predicted facts are
matched to the gold ones with the evaluator's matching (``newsfacts.evaluate.matching``), and each
predicted fact is counted under the rule of its first mention (``--any-mention``: under every
rule among its mentions, once per rule). Columns:

``found``  facts the rule found; ``all`` matched by every reading of the article; ``some``
matched by at least one reading but not all; ``none`` matched by no reading; ``right%`` =
(all + some) / found; ``sites`` the websites (domains of the articles' urls) it found facts on;
``wrong_sites`` the websites of its unmatched facts.

Give one gold file, or several: files that hold the same article ids are read as readings of
the same texts (a first and a second annotation), each article extracted once; files of other
articles simply add up. Rules are listed by ``none`` (most wrong first). The tables hold
counts only, so they may be run on held-out gold; ``--show`` prints every fact no reading
matched, with its article id (only for your tune set).

Usage: ``python bench/rule_precision.py GOLD.jsonl [SECOND.jsonl ...] [--types venues events]
[--any-mention] [--show]``
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Set
from urllib.parse import urlparse



@dataclass
class RuleCount:
    found: int = 0
    all: int = 0
    some: int = 0
    none: int = 0
    sites: Set[str] = field(default_factory=set)
    wrong_sites: Set[str] = field(default_factory=set)

    @property
    def right(self) -> float:
        return (self.all + self.some) / self.found if self.found else 0.0


def site(url: Optional[str]) -> str:
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def fact_rules(fact, any_mention: bool) -> List[str]:
    """The rule ids a fact counts under: its first mention's, or every distinct one."""
    rules = [m.rule for m in (fact.mentions or [])] or ["?"]
    return list(dict.fromkeys(rules)) if any_mention else rules[:1]


def count(readings: Sequence[Sequence], records: Dict[str, object], fact_type: str,
          any_mention: bool = False, shown: Optional[list] = None) -> Dict[str, RuleCount]:
    """Counts by rule id for one fact type; ``readings``: lists of gold articles (readings of
    the same texts share ids); ``records``: the predicted record by article id."""
    from newsfacts.evaluate.matching import match_facts

    by_id: Dict[str, list] = defaultdict(list)
    for articles in readings:
        for article in articles:
            by_id[article.id].append(article)
    table: Dict[str, RuleCount] = defaultdict(RuleCount)
    for article_id, golds in by_id.items():
        record = records[article_id]
        pred = list(getattr(record, fact_type, None) or [])
        hits = [0] * len(pred)
        for gold in golds:
            for _, p in match_facts(fact_type, getattr(gold, fact_type), pred).pairs:
                hits[p] += 1
        url = next((g.url for g in golds if g.url), None)
        for k, fact in enumerate(pred):
            for rule in fact_rules(fact, any_mention):
                row = table[rule]
                row.found += 1
                row.sites.add(site(url))
                if hits[k] == len(golds):
                    row.all += 1
                elif hits[k]:
                    row.some += 1
                else:
                    row.none += 1
                    row.wrong_sites.add(site(url))
                    if shown is not None:
                        shown.append((article_id, fact_type, rule, _label(fact)))
    return dict(table)


def _label(fact) -> str:
    for name in ("name", "text"):
        value = getattr(fact, name, None)
        if value:
            return value
    return str(fact)


def format_table(fact_type: str, table: Dict[str, RuleCount]) -> List[str]:
    lines = [f"== {fact_type}",
             f"{'rule':<40} {'found':>5} {'all':>4} {'some':>4} {'none':>4} {'right%':>6} {'sites':>5} {'wrong_sites':>11}"]
    for rule, row in sorted(table.items(), key=lambda kv: (-kv[1].none, -kv[1].found, kv[0])):
        lines.append(f"{rule:<40} {row.found:>5} {row.all:>4} {row.some:>4} {row.none:>4} {row.right:>6.1%} "
                     f"{len(row.sites):>5} {len(row.wrong_sites):>11}")
    total = RuleCount()
    for row in table.values():
        total.found, total.all, total.some, total.none = (total.found + row.found, total.all + row.all,
                                                          total.some + row.some, total.none + row.none)
    lines.append(f"{'(total)':<40} {total.found:>5} {total.all:>4} {total.some:>4} {total.none:>4} {total.right:>6.1%}")
    return lines


def predict_all(readings: Iterable[Sequence]) -> Dict[str, object]:
    """Each article extracted once (the first reading that holds it), as ``extract`` would."""
    from newsfacts.evaluate.predict import predict

    first = {}
    for articles in readings:
        for article in articles:
            first.setdefault(article.id, article)
    return predict(list(first.values()))


def main(argv=None) -> int:
    from newsfacts.records.models import FACT_TYPES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files or corpus folders")
    parser.add_argument("--types", nargs="+", default=list(FACT_TYPES), choices=FACT_TYPES)
    parser.add_argument("--any-mention", action="store_true", help="count a fact under every rule of its mentions")
    parser.add_argument("--show", action="store_true", help="print each fact no reading matched (tune set only)")
    args = parser.parse_args(argv)
    from newsfacts.evaluate.gold import load_gold

    readings = [load_gold(path) for path in args.gold]
    records = predict_all(readings)
    shown: Optional[list] = [] if args.show else None
    print(f"{len(records)} articles, {len(readings)} gold file(s); rules by "
          + ("any mention" if args.any_mention else "first mention"))
    for fact_type in args.types:
        print("\n".join(format_table(fact_type, count(readings, records, fact_type, args.any_mention, shown))))
    for row in shown or []:
        print("\t".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
