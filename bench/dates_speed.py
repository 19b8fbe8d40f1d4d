"""Throughput of date recognition (``newsfacts_dates``), and a dump of its output.

    .venv/bin/python bench/dates_speed.py                 # words/s, best of 3
    .venv/bin/python bench/dates_speed.py --dump OUT.jsonl # every date span, for diffs

Texts: corpus/*.txt (and ../shared/seed/*.txt, ../shared/dev/gold.jsonl beside the checkout when present),
repeated to at least ``--words`` words (default 100,000). Figures:

- full pipeline: ``newsfacts.api.extract_items`` over the items (records included);
- pipeline without dates: the same with ``newsfacts_dates`` disabled (``nlp.select_pipes``);
- dates alone: only the ``newsfacts_dates`` component, called on docs that the tokenizer,
  the sentencizer and the dateline component already processed (so only its own cost counts).

``--dump`` writes, per text, every span of ``doc.spans[SPANS_DATES]`` with its offsets, rule id,
label and normalised value: two dumps from two versions of the rules must be identical.
Ratios, not absolute times, are what matter: machines differ. Not part of ``make test``.
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts import settings  # noqa: E402
from newsfacts.api import extract_items, make_doc  # noqa: E402
from newsfacts.io.readers import InputItem, read_inputs  # noqa: E402
from newsfacts.nlp import build_nlp  # noqa: E402

SHARED = ROOT.parent / "shared"  # ../shared/ of the checkout
DEV = SHARED / "dev" / "gold.jsonl"
SEED = str(SHARED / "seed" / "*.txt")


def load_items() -> List[InputItem]:
    items = [i for i in read_inputs([str(ROOT / "corpus")]) if isinstance(i, InputItem)]
    for path in sorted(glob.glob(SEED)):
        items.extend(i for i in read_inputs([path]) if isinstance(i, InputItem))
    if DEV.exists():
        for line in DEV.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            items.append(InputItem(id=row["id"], text=row["text"], published=row.get("published")))
    return items


def repeat_to(items: List[InputItem], min_words: int) -> List[InputItem]:
    out, words = [], 0
    while words < min_words:
        for item in items:
            out.append(item)
            words += len(item.text.split())
    return out


def best_of(fn, n: int = 3) -> float:
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def dump(nlp, items: List[InputItem], path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for item in items:
            doc = nlp(make_doc(nlp, item.text, id=item.id, published=item.published))
            spans = [[s.start_char, s.end_char, s.text, s.label_, s.id_, s._.nf_date]
                     for s in doc.spans[settings.SPANS_DATES]]
            out.write(json.dumps({"id": item.id, "dates": spans}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--dump", help="write every date span of every text to this JSONL")
    args = parser.parse_args()

    nlp = build_nlp()
    items = load_items()
    if args.dump:
        dump(nlp, items, args.dump)
        print(f"wrote {args.dump} ({len(items)} texts)")
        return

    batch = repeat_to(items, args.words)
    words = sum(len(i.text.split()) for i in batch)
    list(extract_items(batch[:20], nlp))  # warm-up (caches)

    full = best_of(lambda: list(extract_items(batch, nlp)))
    with nlp.select_pipes(disable=["newsfacts_dates"]):
        without = best_of(lambda: list(extract_items(batch, nlp)))

    # docs ready for the date component: what runs before it in the pipeline
    before = []
    for name, _ in nlp.pipeline:
        if name == "newsfacts_dates":
            break
        before.append(name)
    docs = []
    with nlp.select_pipes(enable=before):
        for item in batch:
            docs.append(nlp(make_doc(nlp, item.text, id=item.id, published=item.published)))
    dates = nlp.get_pipe("newsfacts_dates")
    alone = best_of(lambda: [dates(doc) for doc in docs])

    print(f"words: {words:,} ({len(batch)} texts)")
    print(f"full pipeline          {words / full:>10,.0f} words/s  ({full:.2f}s)")
    print(f"pipeline without dates {words / without:>10,.0f} words/s  ({without:.2f}s)")
    print(f"dates component alone  {words / alone:>10,.0f} words/s  ({alone:.2f}s)")
    print(f"dates share of full run  {100 * (full - without) / full:.0f}%")


if __name__ == "__main__":
    main()
