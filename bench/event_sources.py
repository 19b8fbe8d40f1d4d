"""Where events' periods and venues come from, and how often each way is right (counts only).

For every event matched to gold (the matching of ``newsfacts evaluate``), the way of reading
that gave the predicted period and venue, or why none was given (the trace kept by linking,
:func:`newsfacts.linking.events.attribute_sources`), is counted against gold:

- period (``start``/``end``): ``right`` (the same, both null included, as in the evaluation),
  ``null_gold_has``, ``wrong`` (both given, not the same), ``spurious`` (given where gold has none);
- venue: ``right`` (same country and city, both null included), ``null_gold_has``,
  ``wrong_country``, ``city_differs`` (same country, city missing, extra or different),
  ``spurious``.

The tables print counts only (no names, no text): they may be run on held-out gold. Source
ids: ``dates.own_sentence``, ``dates.following_sentence``, ``dates.anaphor`` (a later "the
meeting"), ``dates.dateline_day``, ``dates.lead`` ... and ``venue.own_sentence``,
``venue.carried`` (the place of an event told before), ``venue.visited`` ...; a ``+`` suffix
tells a refinement (``+finer``: a day after a month; ``+town_in_country``: a town of the
country told); ``null.*``: none given.

Usage: ``python bench/event_sources.py GOLD.jsonl|CORPUS_DIR [...]``
"""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record, gold_parser, load_articles  # noqa: E402  (the same record as `extract` makes)
from country_sources import format_table as _format_table  # noqa: E402

PERIOD_OUTCOMES = ("right", "null_gold_has", "wrong", "spurious")
VENUE_OUTCOMES = ("right", "null_gold_has", "wrong_country", "city_differs", "spurious")


def period_outcome(gold, pred) -> str:
    """``gold``/``pred``: (start, end) pairs of ISO strings or None."""
    if tuple(gold) == tuple(pred):
        return "right"
    if pred == (None, None):
        return "null_gold_has"
    return "spurious" if gold == (None, None) else "wrong"


def venue_outcome(gold, pred) -> str:
    """``gold``/``pred``: (city, country) pairs, or None for no venue."""
    def norm(value):
        return None if value is None else tuple((part or "").strip().lower() for part in value)

    gold, pred = norm(gold), norm(pred)
    if gold == pred:
        return "right"
    if pred is None:
        return "null_gold_has"
    if gold is None:
        return "spurious"
    return "wrong_country" if gold[1] != pred[1] else "city_differs"


def _place(venue):
    return None if venue is None else (venue.city, venue.country)


def count_sources(articles, nlp) -> Dict[str, Dict[str, Counter]]:
    """"dates"/"venue" -> source id -> Counter of outcomes, over the matched events of ``articles``."""
    from newsfacts.evaluate.matching import match_facts
    from newsfacts.linking.events import attribute_sources

    tables: Dict[str, Dict[str, Counter]] = {"dates": defaultdict(Counter), "venue": defaultdict(Counter)}
    for article in articles:
        sources, record = _sources_and_record(nlp, article, attribute_sources)
        gold, pred = article.events, record.events
        for gi, pi in match_facts("events", gold, pred).pairs:
            g, p = gold[gi], pred[pi]
            traced = sources.get(p.name.lower(), {})
            tables["dates"][traced.get("dates", "unknown")][period_outcome((g.start, g.end), (p.start, p.end))] += 1
            tables["venue"][traced.get("venue", "unknown")][venue_outcome(_place(g.venue), _place(p.venue))] += 1
    return tables


def format_table(table: Dict[str, Counter], outcomes, what: str) -> List[str]:
    return _format_table(table, outcomes, what, "events")


def main(argv=None) -> int:
    parser = gold_parser(__doc__)
    args = parser.parse_args(argv)
    articles, nlp = load_articles(args.gold)
    tables = count_sources(articles, nlp)
    print(f"{len(articles)} articles")
    print("\n".join(format_table(tables["dates"], PERIOD_OUTCOMES, "period")))
    print()
    print("\n".join(format_table(tables["venue"], VENUE_OUTCOMES, "venue")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
