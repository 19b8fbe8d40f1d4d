"""Start-up time of newsfacts: import, pipeline build, first article, and a cold
``newsfacts extract`` of one article (a subprocess, as a user runs it).

Every figure comes from a fresh interpreter (nothing warm from an earlier run but the OS file
cache); each is the median of ``--repeat`` runs. Usage::

    .venv/bin/python bench/startup.py [--repeat 5] [ARTICLE.txt]
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = REPO.parent / "shared" / "seed" / "malaysia-somtc-2025-05-30.txt"
FALLBACK_ARTICLE = REPO / "corpus" / "a01-my-digital-mou.txt"

#: Runs in a fresh interpreter and prints the phase times as JSON.
PHASES = """
import json, sys, time
t0 = time.perf_counter()
import spacy
t1 = time.perf_counter()
import newsfacts
from newsfacts import build_nlp, extract
t2 = time.perf_counter()
nlp = build_nlp()
t3 = time.perf_counter()
extract(open(sys.argv[1], encoding="utf-8").read(), nlp=nlp)
t4 = time.perf_counter()
extract(open(sys.argv[1], encoding="utf-8").read(), nlp=nlp)
t5 = time.perf_counter()
print(json.dumps({"import spacy": t1 - t0, "import newsfacts (after spacy)": t2 - t1,
                  "build_nlp()": t3 - t2, "first article": t4 - t3, "second article": t5 - t4}))
"""


def cold_extract(article: Path) -> float:
    """Wall time of ``newsfacts extract ARTICLE`` from process start to exit."""
    exe = Path(sys.executable).with_name("newsfacts")
    command = [str(exe)] if exe.exists() else [shutil.which("newsfacts") or "newsfacts"]
    started = time.perf_counter()
    subprocess.run(command + ["extract", str(article)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def bare_python() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path,
                        default=DEFAULT_ARTICLE if DEFAULT_ARTICLE.exists() else FALLBACK_ARTICLE)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    phases = []
    for _ in range(args.repeat):
        out = subprocess.run([sys.executable, "-c", PHASES, str(args.article)], check=True,
                             capture_output=True, text=True).stdout
        phases.append(json.loads(out.strip().splitlines()[-1]))
    colds = [cold_extract(args.article) for _ in range(args.repeat)]
    bare = statistics.median(bare_python() for _ in range(args.repeat))

    print(f"article: {args.article.name}; median of {args.repeat} fresh interpreters")
    print(f"{'phase':34} {'seconds':>8}")
    for name in phases[0]:
        print(f"{name:34} {statistics.median(p[name] for p in phases):8.3f}")
    print(f"{'python -c pass (interpreter)':34} {bare:8.3f}")
    cold = statistics.median(colds)
    print(f"{'cold `newsfacts extract` (wall)':34} {cold:8.3f}   (min {min(colds):.3f}, max {max(colds):.3f})")
    print(f"target <= 1.5 s: {'met' if cold <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
