"""Wrong event periods by class (counts only), over the events matched to gold.

The period counterpart of ``event_venue_errors.py``. For every event matched to gold (the
matching of ``newsfacts evaluate``) whose ``start``/``end`` are not the gold's, one class tells
how they are wrong:

- ``null/gold_has``: no period given, gold has one;
- ``spurious``: a period given where gold has none (a date of another happening in the
  sentence, a year next to the name, the dateline's day ...);
- ``one_end``: one end given, the other left untold, where gold has both or the other one (a
  length, "a two-day visit", that gold turned into the other end; a day the event closes on),
  or both given where gold leaves one untold;
- ``coarser``: the given period holds gold's and is coarser ("2018-04" for 10-12 April);
- ``finer``: gold's period holds the given one ("2024-07-08" for "2024", one day of several);
- ``overlap``: the two overlap otherwise (a day late, a start missing from a list of days);
- ``other_time``: the two do not meet (a date of another happening: the previous edition, an
  invitation, a resumption of relations).

The table prints counts only (class x the source of the predicted period, the trace of
linking): it may be run on held-out gold. ``--show`` prints each error with the article id, the
event name and both periods: only for the tune set, never for held-out gold.

Usage: ``python bench/event_date_errors.py GOLD.jsonl [...] [--show]``
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_venue_errors import class_table, count_matched, run  # noqa: E402

CLASSES = ("null/gold_has", "spurious", "one_end", "coarser", "finer", "overlap", "other_time")

Period = Tuple[Optional[str], Optional[str]]


def _low(value: str) -> str:
    """The first day of an ISO year, month or day ("2024" -> "2024-01-01")."""
    return value + "-01" * ((10 - len(value)) // 3)


def _high(value: str) -> str:
    """A day no earlier than the last of an ISO year, month or day, for ordering ("2024-02" -> "2024-02-31")."""
    return value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")


def period_class(gold: Period, pred: Period) -> Optional[str]:
    """``gold``/``pred``: (start, end) ISO strings or None. None: right (the same, both null included)."""
    if tuple(gold) == tuple(pred):
        return None
    if pred == (None, None):
        return "null/gold_has"
    if gold == (None, None):
        return "spurious"
    if None in pred or None in gold:
        return "one_end"
    g_low, g_high, p_low, p_high = _low(gold[0]), _high(gold[1]), _low(pred[0]), _high(pred[1])
    if p_low <= g_low and g_high <= p_high:
        return "coarser"
    if g_low <= p_low and p_high <= g_high:
        return "finer"
    return "overlap" if p_low <= g_high and g_low <= p_high else "other_time"


def count_errors(articles, nlp, show: bool = False) -> Tuple[Dict[str, Counter], int]:
    """class -> Counter of predicted-period sources, and the number of matched events."""
    return count_matched(articles, nlp, "dates", lambda article, g, p, source: period_class((g.start, g.end), (p.start, p.end)),
                         lambda g, p: f"gold={g.start}..{g.end}\tpred={p.start}..{p.end}", show)


def format_table(table: Dict[str, Counter], matched: int) -> List[str]:
    """Rows: class; columns: the error count and its sources."""
    return class_table(table, CLASSES, matched, "period", 14)


def main(argv=None) -> int:
    return run(__doc__, count_errors, format_table, argv)


if __name__ == "__main__":
    sys.exit(main())
