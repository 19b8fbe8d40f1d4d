"""Where officials' countries come from, and how often each source is right (counts only).

For every official matched to gold (the matching of ``newsfacts evaluate``), the rule that
gave the predicted country, or why it stayed null (the trace kept by the officials'
recogniser, :func:`newsfacts.recognition.officials.country_sources`), is counted against the
gold country in four outcomes:

- ``right``: the same country (both null counts as right, as in the evaluation);
- ``null_gold_has``: null predicted, gold gives a country;
- ``wrong_state``: both give a country, not the same;
- ``spurious``: a country predicted where gold has null.

The table prints counts only (no names, no text): it may be run on held-out gold. Source
ids: ``country.*`` read from a mention's own words (``title_possessive``, ``title_demonym``,
``title_of_country``, ``office_word``, ``name_of``, the rules of
:data:`newsfacts.recognition.office_country.COUNTRY_RULES` ...); ``person.*`` from another
mention of the person; ``story.*`` from the story (``story.home.dateline``, ``story.pair``,
``story.met_in`` ...); ``null.*`` why none was given.

Usage: ``python bench/country_sources.py GOLD.jsonl|CORPUS_DIR [...] [--by-family]``
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from typing import Dict, List, Tuple

OUTCOMES = ("right", "null_gold_has", "wrong_state", "spurious")


def outcome(gold: str, pred: str) -> str:
    """The outcome of one matched official (``gold``/``pred``: country codes or "")."""
    gold, pred = (gold or "").upper(), (pred or "").upper()
    if gold == pred:
        return "right"
    if not pred:
        return "null_gold_has"
    return "spurious" if not gold else "wrong_state"


def _sources_and_record(nlp, article, trace=None) -> Tuple[Dict[str, object], object]:
    """The record of one gold article as ``newsfacts extract`` makes it (long texts in pieces,
    merged) and the trace's sources by lowercase name (a name's first piece wins, as its facts
    do); ``trace``: doc -> {name: source}, the officials' country sources by default."""
    from newsfacts.api import PIECE_CHARS, make_doc, merge_pieces, paragraph_pieces
    from newsfacts.recognition.officials import country_sources

    trace = trace or country_sources
    pieces = paragraph_pieces(article.text) if len(article.text) > PIECE_CHARS else [(0, article.text)]
    sources: Dict[str, str] = {}
    records = []
    published = article.published
    for offset, text in pieces:
        doc = nlp(make_doc(nlp, text, id=article.id, published=published, url=article.url))
        record = doc._.newsfacts
        published = published or record.published
        records.append((offset, record))
        for name, source in trace(doc).items():
            sources.setdefault(name, source)
    return sources, merge_pieces(records) if len(records) > 1 else records[0][1]


def count_sources(articles, nlp) -> Dict[str, Counter]:
    """source id -> Counter of outcomes, over the matched officials of ``articles``."""
    from newsfacts.evaluate.matching import match_facts

    table: Dict[str, Counter] = defaultdict(Counter)
    for article in articles:
        sources, record = _sources_and_record(nlp, article)
        gold, pred = article.officials, record.officials
        for gi, pi in match_facts("officials", gold, pred).pairs:
            source = sources.get(pred[pi].name.lower(), "unknown")
            table[source][outcome(gold[gi].country, pred[pi].country)] += 1
    return table


def family(source: str) -> str:
    """ "story.home.dateline" -> "story.home"; "country.title_demonym" -> "country.title_demonym"."""
    parts = source.split(".")
    return ".".join(parts[:2])


def format_table(table: Dict[str, Counter], outcomes=OUTCOMES, what: str = "country",
                 facts: str = "officials") -> List[str]:
    """Rows of source x outcome counts, a total row and the accuracy line of ``what`` on
    matched ``facts`` (bench/event_sources.py prints its tables with it too)."""
    rows = sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    width = max([len("source")] + [len(k) for k in table])
    lines = [f"{'source':<{width}}  " + "  ".join(f"{o:>13}" for o in outcomes) + f"  {'total':>6}"]
    total = Counter()
    for source, counts in rows:
        total.update(counts)
        lines.append(f"{source:<{width}}  " + "  ".join(f"{counts[o]:>13}" for o in outcomes)
                     + f"  {sum(counts.values()):>6}")
    lines.append(f"{'ALL':<{width}}  " + "  ".join(f"{total[o]:>13}" for o in outcomes) + f"  {sum(total.values()):>6}")
    n = sum(total.values())
    if n:
        lines.append(f"{what} accuracy on matched {facts}: {total['right'] / n:.3f} ({total['right']}/{n})")
    return lines


def gold_parser(doc: str) -> argparse.ArgumentParser:
    """The command line every table script shares: gold files or corpus folders (more options added by the caller)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold JSONL files or corpus folders")
    return parser


def load_articles(paths) -> Tuple[list, object]:
    """The gold articles of ``paths`` and the default pipeline, as `extract` builds it."""
    from newsfacts.evaluate.gold import load_gold
    from newsfacts.nlp import build_nlp

    return [a for path in paths for a in load_gold(path)], build_nlp()


def main(argv=None) -> int:
    parser = gold_parser(__doc__)
    parser.add_argument("--by-family", action="store_true", help="also a table by source family (story.home, ...)")
    args = parser.parse_args(argv)
    articles, nlp = load_articles(args.gold)
    table = count_sources(articles, nlp)
    print(f"{len(articles)} articles")
    print("\n".join(format_table(table)))
    if args.by_family:
        families: Dict[str, Counter] = defaultdict(Counter)
        for source, counts in table.items():
            families[family(source)].update(counts)
        print()
        print("\n".join(format_table(families)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
