"""Wrong event venues by class (counts only), over the events matched to gold.

For every event matched to gold (the matching of ``newsfacts evaluate``) whose venue is not the
gold's, one class tells how it is wrong:

- ``null/gold_city``: no venue given, gold has a city (``/in_sentence``: written in a mention's
  sentence); ``null/gold_country``: gold has a country only;
- ``carried``: the venue came from another event or an earlier place (the trace of linking:
  ``venue.carried``, ``venue.same_place``, ``venue.during_journey``, ``venue.visited``) and is wrong;
- ``place/gold_null``: a venue given where gold has none (not carried);
- ``wrong_country/...``: both given, the countries differ: ``none`` (no country given, e.g. a
  building whose country is not told), ``same_sentence`` (the gold city is written in a mention's
  sentence: two places in one sentence), ``other``;
- ``city/same_sentence``: same country, both cities given and different, and the gold city is
  written in the sentence of one of the event's mentions (two places in one sentence);
- ``city/other``: same country, different cities, the gold city told elsewhere;
- ``city_extra/...``: same country, a city given where gold has the country only (``town``: the
  venue is the town itself; ``building``: a building with its town);
- ``city_missing/...``: same country, no city where gold has one (``country``: the venue is the
  country alone; ``building``: a building without its town).

The table prints counts only (class x the source of the predicted venue): it may be run on
held-out gold. ``--show`` prints each error with the article id, the event name and both venues:
only for the tune set, never for held-out gold.

Usage: ``python bench/event_venue_errors.py GOLD.jsonl [...] [--show]``
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Optional, Tuple

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record, gold_parser, load_articles  # noqa: E402

CLASSES = ("null/gold_city/in_sentence", "null/gold_city", "null/gold_country", "carried", "place/gold_null", "wrong_country/none",
           "wrong_country/same_sentence", "wrong_country/other",
           "city/same_sentence", "city/other", "city_extra/town", "city_extra/building",
           "city_missing/country", "city_missing/building")
#: the sources whose venue is another event's or an earlier place's
CARRIED = ("venue.carried", "venue.same_place", "venue.during_journey", "venue.visited")


def _norm(value: Optional[str]) -> str:
    return (value or "").strip().lower()


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (split at ". ", "! ", "? " and line ends)."""
    left = max(text.rfind(sep, 0, start) for sep in (". ", "! ", "? ", "\n"))
    right = [i for i in (text.find(sep, end) for sep in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[left + 1: min(right) if right else len(text)]


def error_class(gold, pred, source: str, sentences: List[str]) -> Optional[str]:
    """``gold``/``pred``: Place or None; ``sentences``: the event's mention sentences. None: right."""
    from newsfacts.evaluate.metrics import _same_place  # the comparison of `newsfacts evaluate`

    if _same_place(gold, pred):
        return None
    g = None if gold is None else (_norm(gold.city), _norm(gold.country))
    p = None if pred is None else (_norm(pred.city), _norm(pred.country))
    if p is None:
        if not g[0]:
            return "null/gold_country"
        return "null/gold_city" + ("/in_sentence" if _said(g[0], sentences) else "")
    if source.split("+")[0] in CARRIED:
        return "carried"
    if g is None:
        return "place/gold_null"
    if g[1] != p[1]:
        if not p[1]:
            return "wrong_country/none"
        return "wrong_country/same_sentence" if _said(g[0], sentences) else "wrong_country/other"
    if g[0] and p[0]:
        return "city/same_sentence" if _said(g[0], sentences) else "city/other"
    building = _norm(pred.name) not in ("", p[0])  # the venue named by a building, not its town
    if p[0]:
        return "city_extra/building" if building else "city_extra/town"
    return "city_missing/building" if building else "city_missing/country"


def _said(city: str, sentences: List[str]) -> bool:
    """Whether the (lowercase) city is written in one of the sentences."""
    return bool(city) and any(re.search(r"\b" + re.escape(city) + r"\b", s.lower()) for s in sentences)


def count_errors(articles, nlp, show: bool = False) -> Tuple[Dict[str, Counter], int]:
    """class -> Counter of predicted-venue sources, and the number of matched events."""
    def classify(article, g, p, source):
        return error_class(g.venue, p.venue, source, [_sentence(article.text, m.start, m.end) for m in p.mentions])

    def describe(g, p):
        return f"gold={g.venue and (g.venue.city, g.venue.country)}\tpred={p.venue and (p.venue.city, p.venue.country)}"

    return count_matched(articles, nlp, "venue", classify, describe, show)


def count_matched(articles, nlp, attribute: str, classify, describe, show: bool = False) -> Tuple[Dict[str, Counter], int]:
    """The matched events' wrong ``attribute``: class (``classify(article, gold, pred, source)``,
    None when right) -> Counter of the predicted attribute's sources, and the number of matched
    events; ``show`` prints each (``describe(gold, pred)``). Shared with event_date_errors.py."""
    from newsfacts.evaluate.matching import match_facts
    from newsfacts.linking.events import attribute_sources

    table: Dict[str, Counter] = defaultdict(Counter)
    matched = 0
    for article in articles:
        sources, record = _sources_and_record(nlp, article, attribute_sources)
        gold, pred = article.events, record.events
        for gi, pi in match_facts("events", gold, pred).pairs:
            matched += 1
            g, p = gold[gi], pred[pi]
            source = sources.get(p.name.lower(), {}).get(attribute, "unknown")
            cls = classify(article, g, p, source)
            if cls is None:
                continue
            table[cls][source] += 1
            if show:
                print(f"{article.id}\t{cls}\t{source}\t{p.name!r}\t{describe(g, p)}")
    return table, matched


def class_table(table: Dict[str, Counter], classes, matched: int, what: str, width: int) -> List[str]:
    """Rows: class; columns: the error count and its sources (shared with event_date_errors.py)."""
    lines = [f"{'class':<{width}} {'n':>4}  sources"]
    for cls in classes:
        counts = table.get(cls, Counter())
        top = ", ".join(f"{s} {n}" for s, n in counts.most_common())
        lines.append(f"{cls:<{width}} {sum(counts.values()):>4}  {top}")
    wrong = sum(sum(table.get(cls, Counter()).values()) for cls in classes)
    lines.append(f"{'wrong':<{width}} {wrong:>4}  of {matched} matched events "
                 f"({what} right {(matched - wrong) / matched if matched else 0:.3f})")
    return lines


def format_table(table: Dict[str, Counter], matched: int) -> List[str]:
    return class_table(table, CLASSES, matched, "venue", 20)


def run(doc: str, count, table_of, argv=None) -> int:
    """The command line both error benches share: gold files in, a class table out."""
    parser = gold_parser(doc)
    parser.add_argument("--show", action="store_true", help="print each error (tune set only)")
    args = parser.parse_args(argv)
    articles, nlp = load_articles(args.gold)
    table, matched = count(articles, nlp, args.show)
    print(f"{len(articles)} articles")
    print("\n".join(table_of(table, matched)))
    return 0


def main(argv=None) -> int:
    return run(__doc__, count_errors, format_table, argv)


if __name__ == "__main__":
    sys.exit(main())
