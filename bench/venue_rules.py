"""Which rules give the venues, how often each is right, and the shapes of the venues missed
(counts only), on one or more readings of the same articles.

For every gold file, the predicted venues are matched to the gold ones (the matching of
``newsfacts evaluate``). A predicted venue counts under the rule of its first mention
(``venue.city``, ``venue.country``, ``venue.building``, ``venue.building_town`` ...): ``fired``,
``right`` (matched), and on how many websites (the domains of the articles' urls) it fired.
The gold venues left unmatched are counted by shape: ``country`` (no city), ``city`` (the name
is its city), ``building`` (a name that is not its city). When two or more gold files read the
same articles (a first and a second annotation), ``wrong_all`` counts the firings that every
reading holds wrong (over the articles all of them read): the errors both annotators agree on,
the ones worth a rule; a firing wrong in one reading only is an open convention.

The tables print counts only (no names, no text): they may be run on held-out gold. ``--show``
prints each wrong firing and each missed venue with its article id: only for the tune set, never
for held-out gold.

Usage: ``python bench/venue_rules.py GOLD.jsonl [SECOND.jsonl ...] [--show]``
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Dict, List, Set, Tuple
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from country_sources import _sources_and_record  # noqa: E402

SHAPES = ("country", "city", "building")


def shape(venue) -> str:
    """The shape of a gold venue: a country alone (its name a country's), a town (named as its
    city), else a building (or a region)."""
    from newsfacts.normalisation.places import lookup_place

    name = (venue.name or "").strip()
    if venue.city:
        return "city" if name.lower() == venue.city.strip().lower() else "building"
    info = lookup_place(name) if name else None
    return "country" if not name or info is not None and info.kind == "country" else "building"


def _site(url) -> str:
    host = urlparse(url or "").netloc.lower()
    return host[4:] if host.startswith("www.") else host


def count(articles, records, urls=None) -> Tuple[Counter, Counter, Dict[str, Set[str]], Counter, Dict[str, List[tuple]]]:
    """fired, right, websites by rule, missed by shape, and the wrong firings by article id
    (rule, name) with the missed venues (shape, name); ``urls``: an article's url by id where a
    reading lacks it (the first reading that gives one)."""
    from newsfacts.evaluate.matching import match_facts

    fired, right, sites, missed = Counter(), Counter(), defaultdict(set), Counter()
    errors: Dict[str, List[tuple]] = defaultdict(list)
    for article in articles:
        record = records[article.id]
        pairs = match_facts("venues", article.venues, record.venues).pairs
        matched_pred, matched_gold = {p for _, p in pairs}, {g for g, _ in pairs}
        for k, venue in enumerate(record.venues):
            rule = venue.mentions[0].rule if venue.mentions else "?"
            fired[rule] += 1
            sites[rule].add(_site(article.url or (urls or {}).get(article.id)))
            if k in matched_pred:
                right[rule] += 1
            else:
                errors[article.id].append(("invented", rule, venue.name))
        for k, venue in enumerate(article.venues):
            if k not in matched_gold:
                missed[shape(venue)] += 1
                errors[article.id].append(("missed", shape(venue), venue.name))
    return fired, right, sites, missed, errors


def format_tables(name: str, fired: Counter, right: Counter, sites: Dict[str, Set[str]], missed: Counter,
                  wrong_all: Counter = None) -> List[str]:
    lines = [f"== {name}", f"{'rule':<32} {'fired':>5} {'right':>5} {'right%':>6} {'sites':>5}"
             + (f" {'wrong_all':>9}" if wrong_all is not None else "")]
    for rule, n in fired.most_common():
        lines.append(f"{rule:<32} {n:>5} {right[rule]:>5} {right[rule] / n:>6.1%} {len(sites[rule]):>5}"
                     + (f" {wrong_all[rule]:>9}" if wrong_all is not None else ""))
    lines.append("missed by shape: " + ", ".join(f"{s} {missed[s]}" for s in SHAPES))
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files (readings of the same articles, or not)")
    parser.add_argument("--show", action="store_true", help="print each error (tune set only)")
    args = parser.parse_args(argv)
    from newsfacts.evaluate.gold import load_gold
    from newsfacts.nlp import build_nlp

    nlp = build_nlp()
    readings = [(path, load_gold(path)) for path in args.gold]
    records = {}
    for _, articles in readings:
        for article in articles:
            if article.id not in records:
                records[article.id] = _sources_and_record(nlp, article, lambda doc: {})[1]
    urls = {}
    for _, articles in readings:
        for article in articles:
            urls.setdefault(article.id, article.url) if article.url else None
    counted = [(path, articles, count(articles, records, urls)) for path, articles in readings]
    wrong_all = None
    if len(counted) > 1:
        # the firings every reading holds wrong, over the articles all readings share
        shared = set.intersection(*({a.id for a in articles} for _, articles, _ in counted))
        wrong_all = Counter()
        for article_id in shared:
            wrong = [Counter((rule, name) for kind, rule, name in result[4].get(article_id, []) if kind == "invented")
                     for _, _, result in counted]
            for (rule, name), n in wrong[0].items():
                wrong_all[rule] += min([n] + [w[(rule, name)] for w in wrong[1:]])
    for path, articles, (fired, right, sites, missed, errors) in counted:
        print(f"{len(articles)} articles")
        print("\n".join(format_tables(path, fired, right, sites, missed, wrong_all)))
        if args.show:
            for article_id, found in sorted(errors.items()):
                for kind, what, name in found:
                    print(f"{article_id}\t{kind}\t{what}\t{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
