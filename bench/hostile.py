"""CPU seconds for one article of N words: real press text against hostile texts.

    .venv/bin/python bench/hostile.py                 # 10k, 50k, 100k, 200k words
    .venv/bin/python bench/hostile.py --words 10000 50000 --limit 60

Press text is the articles of corpus/ joined end to end (paragraphs kept). The hostile texts
are the shapes that made the pipeline super-linear (issue 13): repeated title words,
capitalised words, date-like words, whitespace after a dateline, punctuation runs,
brackets. Each measurement runs in its own process (the pipeline built first, not timed)
and is stopped after --limit seconds, so the bench never stalls: a stopped case prints
">LIMIT". The target: at 50k words no text takes more than 3x press text of the same length.

The generators are imported by the fault tests (tests/io/test_hostile.py).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The hostile shapes: made of words that press uses, in orders press never does.
TITLE_WORDS = ["Minister", "Deputy", "Secretary", "General", "Director", "President", "Chief", "Senior"]
MONTHS = ["January", "March", "May", "June", "July", "September", "October", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Thursday", "Friday"]
SYLLABLES = ["ka", "ro", "mi", "ta", "lun", "ber", "si", "do", "van", "el", "ha", "nor"]


def press_text(words: int) -> str:
    """Corpus articles end to end, cut at ``words`` words (whole paragraphs kept)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "corpus").glob("*.txt"))]
    paragraphs = [para for text in texts for para in text.split("\n\n") if para.strip()]
    out, n, i = [], 0, 0
    while n < words:
        para = paragraphs[i % len(paragraphs)]
        out.append(para)
        n += len(para.split())
        i += 1
    return "\n\n".join(out)


def _words(rng: random.Random, n: int, make) -> str:
    lines, line = [], []
    for i in range(n):
        line.append(make(i))
        if len(line) == 12:
            lines.append(" ".join(line) + ".")
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def hostile_text(kind: str, words: int, seed: int = 13) -> str:
    rng = random.Random(seed)
    if kind == "press":
        return press_text(words)
    if kind == "title-words":
        return _words(rng, words, lambda i: rng.choice(TITLE_WORDS))
    if kind == "capitalised":
        return _words(rng, words, lambda i: "".join(rng.choice(SYLLABLES) for _ in range(3)).title())
    if kind == "date-like":
        makers = [lambda: rng.choice(MONTHS), lambda: str(rng.randint(1, 31)),
                  lambda: str(rng.randint(1990, 2035)), lambda: rng.choice(WEEKDAYS)]
        return _words(rng, words, lambda i: rng.choice(makers)())
    if kind == "dateline-space":
        # the dateline followed by a run of spaces (a tenth of the words), then press text
        return "KUALA LUMPUR" + " " * max(words // 10, 1150) + press_text(words)
    if kind == "punctuation":
        # every 20th word a run of 64-200 marks (a scraped table rule, a broken encoding)
        marks = "!?.,;:-*=#"
        return _words(rng, words, lambda i: "".join(rng.choice(marks) for _ in range(rng.randint(64, 200)))
                      if i % 20 == 0 else "".join(rng.choice(SYLLABLES) for _ in range(2)))
    if kind == "brackets":
        # words in brackets nested 1-3 deep, and one run 8,000 deep
        return "(" * 8000 + "x" + ")" * 8000 + " " + _words(
            rng, words, lambda i: (lambda d: "([{"[:d] + "w" + "}])"[3 - d:])(rng.randint(1, 3)))
    raise ValueError(f"unknown kind: {kind}")


KINDS = ("press", "title-words", "capitalised", "date-like", "dateline-space", "punctuation", "brackets")


def time_one(kind: str, words: int) -> float:
    """CPU seconds of this process to extract one article (pipeline built before the clock
    starts; CPU time, so that other work on a busy machine does not count)."""
    from newsfacts.api import Limits, process
    from newsfacts.io.readers import InputItem
    from newsfacts.nlp import build_nlp

    nlp = build_nlp()
    text = hostile_text(kind, words)
    item = InputItem(id=kind, text=text, published="2025-06-02")
    started = time.process_time()
    record = process(nlp, item, Limits(max_chars=10 ** 9, article_timeout=None))
    seconds = time.process_time() - started
    if getattr(record, "error", None):
        print(f"  {kind} {words}: error record: {record.error}", file=sys.stderr)
    return seconds


def measure(kind: str, words: int, limit: float) -> float:
    """CPU seconds, or inf when the case was stopped at ``limit``."""
    code = f"import sys; sys.path.insert(0, {str(REPO / 'bench')!r}); import hostile; print(hostile.time_one({kind!r}, {words}))"
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             timeout=limit + 30)  # + start-up, not timed
    except subprocess.TimeoutExpired:
        return float("inf")
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1])
    seconds = float(out.stdout.strip().splitlines()[-1])
    return seconds if seconds <= limit else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, nargs="+", default=[10_000, 50_000, 100_000, 200_000])
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=KINDS)
    parser.add_argument("--limit", type=float, default=120.0, help="seconds before a case is stopped")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    figures = {}
    header = f"{'text':<16}" + "".join(f"{w:>12,}" for w in args.words)
    print(f"CPU seconds for one article of N words (stopped after {args.limit:g} s)\n{header}")
    for kind in args.kinds:
        row = figures[kind] = {}
        cells = []
        for words in args.words:
            row[words] = seconds = measure(kind, words, args.limit)
            cells.append(f"{'>' + format(args.limit, 'g'):>12}" if seconds == float("inf") else f"{seconds:>12.2f}")
        print(f"{kind:<16}" + "".join(cells), flush=True)
    if 50_000 in args.words and "press" in figures:
        base = figures["press"][50_000]
        print("\nat 50k words, against press text (target <= 3x):")
        for kind, row in figures.items():
            if kind != "press":
                ratio = row[50_000] / base
                print(f"  {kind:<16}{ratio:>8.1f}x  {'ok' if ratio <= 3 else 'OVER'}")
    if args.json:
        print(json.dumps({k: {str(w): s for w, s in v.items()} for k, v in figures.items()}))


if __name__ == "__main__":
    main()
