"""Start-up time of newsfacts: import, pipeline build, first article, and a cold
``newsfacts extract`` of one article (a subprocess, as a user runs it).

Every figure comes from a fresh interpreter (nothing warm from an earlier run but the OS file
cache); each is the median of ``--repeat`` runs. Usage::

    .venv/bin/python bench/startup.py [--repeat 5] [ARTICLE.txt]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
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


def cold_extract(article: Path):
    """(wall, CPU) seconds of ``newsfacts extract ARTICLE`` from process start to exit. The
    CPU time (user + system of the child) is what the wall time would be on an idle machine;
    the wall time also counts waiting for the CPU while other processes run."""
    exe = Path(sys.executable).with_name("newsfacts")
    command = [str(exe)] if exe.exists() else [shutil.which("newsfacts") or "newsfacts"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command + ["extract", str(article)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


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
    cold_extract(args.article)  # fills the compiled-rule cache (if it is on), as any first run
    colds = [cold_extract(args.article) for _ in range(args.repeat)]
    bare = statistics.median(bare_python() for _ in range(args.repeat))

    print(f"article: {args.article.name}; median of {args.repeat} fresh interpreters; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          f"NEWSFACTS_CACHE={os.environ.get('NEWSFACTS_CACHE', '(default)')}")
    print(f"{'phase':34} {'seconds':>8}")
    for name in phases[0]:
        print(f"{name:34} {statistics.median(p[name] for p in phases):8.3f}")
    print(f"{'python -c pass (interpreter)':34} {bare:8.3f}")
    walls, cpus = [w for w, _ in colds], [c for _, c in colds]
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"{'cold `newsfacts extract` (wall)':34} {wall:8.3f}   (min {min(walls):.3f}, max {max(walls):.3f})")
    print(f"{'cold `newsfacts extract` (CPU)':34} {cpu:8.3f}   (min {min(cpus):.3f}, max {max(cpus):.3f})")
    print(f"target <= 1.5 s: wall {'met' if wall <= 1.5 else 'NOT met'}, CPU {'met' if cpu <= 1.5 else 'NOT met'}")


if __name__ == "__main__":
    main()
