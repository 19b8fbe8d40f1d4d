"""Which events are missed and which invented, by head word (counts only).

For every article the events of the record (as ``newsfacts extract`` makes it) are paired
with the gold events as ``newsfacts evaluate`` pairs them; the unpaired gold events (missed)
and the unpaired predicted ones (invented) are counted by their head word and by kind:
``named`` (an ordinal, an acronym or a capitalised head: "the 12th Joint Commission") or
``descriptive`` ("talks with his counterpart"). The head word is the last word of the name
before its complement ("Ministerial Meeting on Trade" -> meeting, "visit to Peru" -> visit),
lowercased.

The table prints counts only (no names, no text): it may be run on held-out gold, to see
what a batch's misses and inventions are without reading them.

Usage: ``python bench/event_heads.py GOLD.jsonl|CORPUS_DIR [...] [--top N]``
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record, gold_parser, load_articles  # noqa: E402  (the same record as `extract` makes)

OUTCOMES = ("matched", "missed_named", "missed_descriptive", "invented_named", "invented_descriptive")
#: Words that open an event name's complement: the head is the last word before the first of them.
_COMPLEMENT = re.compile(r"\s(?:on|of|with|to|between|for|in|at|among|and|held|by|during|under)\s", re.I)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def head_word(name: str) -> str:
    """The head word of an event's name, lowercased ("" when it has no word)."""
    text = _BRACKETS.sub(" ", name or "")
    cut = _COMPLEMENT.search(" " + text + " ")
    if cut is not None:
        text = (" " + text)[:cut.start()]
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", text)]
    return words[-1].lower().strip("'\u2019") if words else ""


def is_named(event) -> bool:
    """An ordinal, an acronym or a capitalised head word."""
    if getattr(event, "ordinal", None) or getattr(event, "acronym", None):
        return True
    text = _BRACKETS.sub(" ", event.name or "")
    cut = _COMPLEMENT.search(" " + text + " ")
    if cut is not None:
        text = (" " + text)[:cut.start()]
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text)
    return bool(words) and words[-1][0].isupper()


def count_heads(articles, nlp) -> Dict[str, Counter]:
    """head word -> Counter of OUTCOMES over ``articles``."""
    from newsfacts.evaluate.matching import match_facts

    table: Dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        _, record = _sources_and_record(nlp, article, lambda doc: {})
        gold, pred = article.events, record.events
        pairs = match_facts("events", gold, pred).pairs
        paired_gold = {gi for gi, _ in pairs}
        paired_pred = {pi for _, pi in pairs}
        for gi, _ in pairs:
            table[head_word(gold[gi].name)]["matched"] += 1
        for gi, event in enumerate(gold):
            if gi not in paired_gold:
                kind = "named" if is_named(event) else "descriptive"
                table[head_word(event.name)][f"missed_{kind}"] += 1
        for pi, event in enumerate(pred):
            if pi not in paired_pred:
                kind = "named" if is_named(event) else "descriptive"
                table[head_word(event.name)][f"invented_{kind}"] += 1
    return table


def format_table(table: Dict[str, Counter], top: Optional[int] = None) -> List[str]:
    rows = sorted(table.items(), key=lambda item: (-sum(v for k, v in item[1].items() if k != "matched"),
                                                   -item[1]["matched"], item[0]))
    if top:
        rows = rows[:top]
    width = max([len("head")] + [len(head or "-") for head, _ in rows])
    lines = ["head".ljust(width) + "".join(f"{o:>{len(o) + 2}}" for o in OUTCOMES)]
    for head, counts in rows:
        lines.append((head or "-").ljust(width) + "".join(f"{counts[o]:>{len(o) + 2}}" for o in OUTCOMES))
    totals = Counter()
    for counts in table.values():
        totals.update(counts)
    lines.append("total".ljust(width) + "".join(f"{totals[o]:>{len(o) + 2}}" for o in OUTCOMES))
    return lines


def main(argv=None) -> int:
    parser = gold_parser(__doc__)
    parser.add_argument("--top", type=int, default=None, help="only the N heads with most errors")
    args = parser.parse_args(argv)
    articles, nlp = load_articles(args.gold)
    table = count_heads(articles, nlp)
    print(f"{len(articles)} articles")
    print("\n".join(format_table(table, args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
