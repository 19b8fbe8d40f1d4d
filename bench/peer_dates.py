"""Peer benchmarks for date normalisation (not part of ``make test``).

- Duckling's English time corpus: every phrase normalised against its ``reference``;
  overall, core (flags only among default_locale/relative_range) and per-flag accuracy of
  exact start+end.
- TempEval-3 platinum DATE values: each sentence through the full pipeline with
  ``published=dct``; a plain day/month/year value is found when some date span of the
  sentence has start == end == value.

Usage: ``python bench/peer_dates.py [--show-misses]``
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

from newsfacts.normalisation.dates import normalise

PEER = Path("/work/shared/peer-dates")
CORE_FLAGS = {"default_locale", "relative_range"}
PLAIN = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")


def read(path: Path):
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def duckling(path: Path, show: bool) -> dict:
    rows = read(path)
    total = defaultdict(lambda: [0, 0])
    misses = []
    for row in rows:
        value = normalise(row["text"], row["reference"])
        ok = bool(value) and (value.start, value.end) == (row["start"], row["end"])
        flags = set(row.get("flags") or [])
        keys = ["overall"] + (["core"] if flags <= CORE_FLAGS else []) + [f"flag:{f}" for f in sorted(flags)]
        if not flags:
            keys.append("flag:(none)")
        for key in keys:
            total[key][0] += ok
            total[key][1] += 1
        if not ok and flags <= CORE_FLAGS:
            misses.append((row["text"], row["reference"], row["start"], row["end"], value))
    print(f"Duckling EN ({path.name})")
    for key in ["overall", "core"] + sorted(k for k in total if k.startswith("flag:")):
        hit, n = total[key]
        print(f"  {key:28s} {hit:4d}/{n:<4d} {100 * hit / n:6.2f}%")
    if show:
        for miss in misses:
            print("   miss:", miss)
    return {k: v[0] / v[1] for k, v in total.items()}


def tempeval(path: Path, show: bool) -> float:
    from newsfacts.api import make_doc
    from newsfacts.nlp import build_nlp
    from newsfacts import settings

    nlp = build_nlp()
    rows = [r for r in read(path) if PLAIN.fullmatch(r["value"])]
    found = 0
    cache = {}
    for row in rows:
        key = (row["sentence"], row["dct"])
        if key not in cache:
            doc = nlp(make_doc(nlp, row["sentence"], id=row.get("doc", "s"), published=row["dct"]))
            cache[key] = [(s.text, s._.nf_date) for s in doc.spans[settings.SPANS_DATES]]
        spans = cache[key]
        ok = any(v and v["start"] == v["end"] == row["value"] for _, v in spans)
        found += ok
        if show and not ok:
            print(f"   miss: {row['text']!r} -> {row['value']} (dct {row['dct']}); spans {spans}")
    print(f"TempEval-3 platinum ({path.name}): day/month/year values found {found}/{len(rows)} "
          f"= {100 * found / len(rows):.2f}%")
    return found / len(rows)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--peer-dir", type=Path, default=PEER)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    duckling(args.peer_dir / "duckling_en.jsonl", args.show_misses)
    tempeval(args.peer_dir / "tempeval3_platinum_dates.jsonl", args.show_misses)
    print(f"({time.perf_counter() - t0:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
