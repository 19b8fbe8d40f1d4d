"""Peer benchmarks for dates, end to end and for the normaliser alone (not part of ``make test``).

End to end (what a user gets from ``newsfacts extract``):

- Duckling's English time corpus: each phrase is an article with its ``reference`` date as
  ``published``; a line is right when the article's longest date mention has exactly the
  expected start and end (nothing found, or a shorter piece of the phrase, is a miss).
- TempEval-3 platinum DATE values: each sentence is an article with its document date as
  ``published``; a plain day/month/year value is found when a date mention that overlaps the
  annotated expression has the value as its start or its end (TimeML annotates the two
  years of "2009-2010" one by one; we give one range).

Normaliser alone: each Duckling phrase handed to :func:`newsfacts.normalisation.dates.normalise`
(the figure the phrase-level rules reach when recognition is perfect).

In-process peer on the same inputs in the same run: dateparser's ``search_dates`` (relative
base = the reference date). It returns one datetime per expression and no ranges, so a line is
right when its longest find, cut to the expected grain, equals a single-day/month/year value.

Usage: ``python bench/peer_dates.py [--show-misses] [--peer-dir DIR]``; the suites are looked
for in ``../shared/peer-dates/`` beside the checkout.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: ``../shared/`` beside the checkout.
PEER = ROOT.parent / "shared" / "peer-dates"
CORE_FLAGS = {"default_locale", "relative_range"}
PLAIN = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def read(path: Path):
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def line_keys(row) -> list:
    flags = set(row.get("flags") or [])
    keys = ["overall"] + (["core"] if flags <= CORE_FLAGS else []) + [f"flag:{f}" for f in sorted(flags)]
    if not flags:
        keys.append("flag:(none)")
    return keys


# -- the three readers of a phrase ------------------------------------------------------------
def by_normaliser(text: str, reference: str):
    from newsfacts.normalisation.dates import normalise

    value = normalise(text, reference)
    return (value.start, value.end) if value else None


def by_extract(nlp, text: str, reference: str):
    """(start, end) of the longest date mention of the article, else None."""
    from newsfacts.api import extract

    record = extract(text, id="phrase", published=reference, nlp=nlp)
    best, best_len = None, -1
    for fact in record.dates:
        for m in fact.mentions:
            if m.end - m.start > best_len:
                best, best_len = (fact.start, fact.end), m.end - m.start
    return best


def _dateparser_search(text: str, reference: str):
    from dateparser.search import search_dates

    ref = datetime.fromisoformat(reference)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": ref}) or []
        except Exception:  # the peer can raise on odd input
            return []


def by_dateparser(text: str, reference: str, grain: str):
    """(value, value) of dateparser's longest find cut to ``grain``, else None."""
    found = _dateparser_search(text, reference)
    if not found:
        return None
    _, when = max(found, key=lambda f: len(f[0]))
    value = {"year": f"{when.year:04d}", "month": f"{when.year:04d}-{when.month:02d}"}.get(grain, when.date().isoformat())
    return value, value


# -- suites -----------------------------------------------------------------------------------
def duckling(path: Path, nlp, show: bool) -> dict:
    rows = read(path)
    systems = ("extract", "normaliser", "dateparser")
    total = {s: defaultdict(lambda: [0, 0]) for s in systems}
    misses = []
    for row in rows:
        expected = (row["start"], row["end"])
        got = {
            "extract": by_extract(nlp, row["text"], row["reference"]),
            "normaliser": by_normaliser(row["text"], row["reference"]),
            "dateparser": by_dateparser(row["text"], row["reference"], row.get("grain", "day")),
        }
        for system in systems:
            for key in line_keys(row):
                total[system][key][0] += got[system] == expected
                total[system][key][1] += 1
        if got["extract"] != expected and "core" in line_keys(row):
            misses.append((row["text"], row["reference"], expected, got["extract"]))
    print(f"Duckling EN ({path.name})")
    print(f"  {'lines':28s} {'extract (end to end)':>22s} {'normaliser alone':>18s} {'dateparser search':>18s}")
    keys = ["core", "overall"] + sorted(k for k in total["extract"] if k.startswith("flag:"))
    for key in keys:
        cells = []
        for system in systems:
            hit, n = total[system][key]
            cells.append(f"{hit:4d}/{n:<4d} {100 * hit / n:5.1f}%")
        print(f"  {key:28s} {cells[0]:>22s} {cells[1]:>18s} {cells[2]:>18s}")
    if show:
        for miss in misses:
            print("   miss (end to end):", miss)
    return {s: {k: v[0] / v[1] for k, v in t.items()} for s, t in total.items()}


def tempeval(path: Path, nlp, show: bool) -> dict:
    from newsfacts.api import extract

    rows = [r for r in read(path) if PLAIN.fullmatch(r["value"])]
    found = {"extract": 0, "dateparser": 0}
    cache = {}
    for row in rows:
        key = (row["sentence"], row["dct"])
        if key not in cache:
            record = extract(row["sentence"], id=row.get("doc", "s"), published=row["dct"], nlp=nlp)
            peer = _dateparser_search(row["sentence"], row["dct"])
            ours = [(m.start, m.end, d.start, d.end) for d in record.dates for m in d.mentions]
            theirs = [(row["sentence"].find(text), row["sentence"].find(text) + len(text), when)
                      for text, when in peer]
            cache[key] = (ours, theirs)
        ours, theirs = cache[key]
        lo, hi = row["offset"], row["offset"] + len(row["text"])
        ok = any(s < hi and lo < e and row["value"] in (start, end) for s, e, start, end in ours)
        found["extract"] += ok
        cut = {4: lambda w: f"{w.year:04d}", 7: lambda w: f"{w.year:04d}-{w.month:02d}",
               10: lambda w: w.date().isoformat()}[len(row["value"])]
        found["dateparser"] += any(s < hi and lo < e and cut(w) == row["value"] for s, e, w in theirs)
        if show and not ok:
            print(f"   miss (end to end): {row['text']!r} -> {row['value']} (dct {row['dct']}); found {ours}")
    n = len(rows)
    print(f"TempEval-3 platinum ({path.name}), day/month/year values found:")
    print(f"  extract (end to end) {found['extract']}/{n} = {100 * found['extract'] / n:.1f}%   "
          f"dateparser search_dates {found['dateparser']}/{n} = {100 * found['dateparser'] / n:.1f}%")
    return {k: v / n for k, v in found.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--peer-dir", type=Path, default=PEER)
    args = parser.parse_args(argv)
    if not args.peer_dir.is_dir():
        print(f"no peer suites in {args.peer_dir} (give --peer-dir)", file=sys.stderr)
        return 2
    from newsfacts.nlp import build_nlp

    t0 = time.perf_counter()
    nlp = build_nlp()
    duckling(args.peer_dir / "duckling_en.jsonl", nlp, args.show_misses)
    tempeval(args.peer_dir / "tempeval3_platinum_dates.jsonl", nlp, args.show_misses)
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
