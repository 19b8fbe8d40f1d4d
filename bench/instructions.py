"""What one pass over the real press and corpus articles costs, counted in instructions, per
pipeline component: a figure that does not depend on how busy the machine is, so that each
branch can be given a budget and checked against it.

    .venv/bin/python bench/instructions.py                 # callgrind, ~3-5 minutes
    .venv/bin/python bench/instructions.py --json out.json # also the figures as JSON
    .venv/bin/python bench/instructions.py --compare base.json  # and the change against them

The pass is the one ``bench/throughput.py`` times as row (b): every article of both dev files
and of ``corpus/`` once (154 articles), a freshly built pipeline, the process-wide memos
emptied, records written as JSON. It runs under valgrind's callgrind with
``PYTHONHASHSEED=0``; two runs of the same code differ by a few hundredths of a percent.

To tell the components apart, the pass runs stage by stage: every article is made into a doc
(check, hard-wrap unwrapping, the tokenizer), then each component in pipeline order runs over
every doc, then every record is written as JSON. Between two stages the script calls
``os.getppid()``, on which callgrind (``--dump-before=getppid``) writes what was counted so
far; each dump's total is one stage's cost. The stages do per document exactly what
``nlp(doc)`` does (the same calls, in the same order for each doc), so the records are those
of ``newsfacts extract``: the script checks that the JSON lines it wrote are byte-identical
to those of ``extract_items`` run natively. Start-up (imports, ``build_nlp()``) is counted
apart and is not part of a pass.

Without valgrind (``--calls``, or when valgrind is missing) the figure is the number of
Python function calls per stage, counted by ``cProfile``: deterministic too, but blind to the
work done in C (the tokenizer, spaCy's matchers), so only comparable with itself.
"""
from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from throughput import REAL_DEFAULT, forget_results, load_real_press  # noqa: E402

#: the stage that makes the docs (check, unwrap, tokenizer) and the one that writes JSON
MAKE_DOC = "make_doc (tokenizer)"
WRITE_JSON = "JSON"


def _items(paths: List[str]):
    from newsfacts.io.readers import InputItem

    articles = load_real_press([Path(p) for p in paths if Path(p).exists()])
    return [InputItem(id=a["id"], text=a["text"], published=a.get("published")) for a in articles]


def _digest(lines: List[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def staged_pass(items, mark) -> Tuple[List[str], List[str]]:
    """One pass, stage by stage (every doc through one stage before the next); ``mark(name)``
    is called at the start of each stage and at the end. Returns the stage names and the JSON
    lines. The garbage collector is off during the pass: with every doc alive until the end
    its runs would differ from those of the article-by-article pass, and they would fall on
    whichever stage happens to cross its threshold."""
    from newsfacts.api import make_doc
    from newsfacts.io import record_to_json
    from newsfacts.io.readers import check_text
    from newsfacts.nlp import build_nlp

    nlp = build_nlp()
    forget_results()
    names: List[str] = []

    def stage(name: str) -> None:
        names.append(name)
        mark(name)

    gc.collect()
    gc.disable()
    try:
        stage(MAKE_DOC)
        docs = []
        for item in items:
            if check_text(item.text, item.id) is not None:
                raise SystemExit(f"{item.id}: refused by check_text; the bench set must be clean")
            docs.append(make_doc(nlp, item.text, id=item.id, published=item.published,
                                 default_published=item.default_published, date_order=item.date_order))
        for name, proc in nlp.pipeline:
            stage(name)
            docs = [proc(doc) for doc in docs]
        stage(WRITE_JSON)
        lines = [record_to_json(doc._.newsfacts) for doc in docs]
        mark("end")
    finally:
        gc.enable()
    return names, lines


def native_lines(items) -> List[str]:
    """The JSON lines of ``extract_items``, the way ``newsfacts extract`` makes them."""
    from newsfacts.api import extract_items
    from newsfacts.io import record_to_json
    from newsfacts.nlp import build_nlp

    nlp = build_nlp()
    forget_results()
    return [record_to_json(r) for r in extract_items(items, nlp)]


# -- the measured process ------------------------------------------------------------------

def inner(paths: List[str], out: Path, calls: bool) -> None:
    """Runs in the measured process (under callgrind, or with cProfile for ``calls``)."""
    items = _items(paths)
    counts: Dict[str, int] = {}
    if calls:
        import cProfile
        import pstats

        profiles: Dict[str, cProfile.Profile] = {}
        state = {"profile": None}

        def mark(name: str) -> None:
            if state["profile"] is not None:
                state["profile"].disable()
            if name != "end":
                state["profile"] = profiles[name] = cProfile.Profile()
                state["profile"].enable()
    else:
        def mark(name: str) -> None:
            os.getppid()  # callgrind dumps its counts here (--dump-before=getppid)
    names, lines = staged_pass(items, mark)
    if calls:
        for name, profile in profiles.items():
            counts[name] = sum(v[1] for v in pstats.Stats(profile).stats.values())
    out.write_text(json.dumps({"stages": names, "calls": counts, "articles": len(items),
                               "words": sum(len(i.text.split()) for i in items),
                               "digest": _digest(lines)}))


# -- the driver ----------------------------------------------------------------------------

def _dump_total(path: Path) -> int:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit(f"no totals in {path}")


def run_callgrind(paths: List[str], work: Path) -> Dict[str, object]:
    info = work / "stages.json"
    out = work / "cg.out"
    cmd = ["valgrind", "--tool=callgrind", "--dump-before=getppid", "--dump-instr=no", "--dump-line=no",
           f"--callgrind-out-file={out}", sys.executable, __file__, "--inner", str(info),
           "--real", *paths]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    proc = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"callgrind run failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(info.read_text())
    # cg.out.1: start-up up to the first stage; cg.out.(k+2): stage k; cg.out: after the pass
    dumps = sorted(work.glob("cg.out.*"), key=lambda p: int(p.suffix[1:]))
    stages = result["stages"]
    if len(dumps) != len(stages) + 1:
        raise SystemExit(f"expected {len(stages) + 1} callgrind dumps, found {len(dumps)}: "
                         "something else called getppid()")
    totals = [_dump_total(p) for p in dumps]
    result["startup"] = totals[0]
    result["costs"] = dict(zip(stages, totals[1:]))
    result["unit"] = "instructions"
    return result


def run_calls(paths: List[str], work: Path) -> Dict[str, object]:
    info = work / "stages.json"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    subprocess.run([sys.executable, __file__, "--inner", str(info), "--calls", "--real", *paths],
                   env=env, check=True)
    result = json.loads(info.read_text())
    result["costs"] = result.pop("calls")
    result["startup"] = None
    result["unit"] = "Python calls"
    return result


def report(result: Dict[str, object], base: Optional[Dict[str, object]] = None) -> str:
    costs: Dict[str, int] = result["costs"]
    total = sum(costs.values())
    scale, unit = (1e6, "M") if result["unit"] == "instructions" else (1e3, "k")
    head = f"| stage | {result['unit']} ({unit}) | share |"
    rule = "|---|---:|---:|"
    if base:
        head += f" base ({unit}) | change |"
        rule += "---:|---:|"
    rows = [f"One pass over {result['articles']} articles ({result['words']:,} words), "
            f"stage by stage; {result['unit']} counted.", "", head, rule]
    base_costs = (base or {}).get("costs", {})
    for name, cost in list(costs.items()) + [("**total**", total)]:
        row = f"| {name} | {cost / scale:,.1f} | {100 * cost / total:.1f}% |"
        if base:
            was = sum(base_costs.values()) if name == "**total**" else base_costs.get(name)
            row += (f" {was / scale:,.1f} | {100 * (cost - was) / was:+.2f}% |" if was else " - | - |")
        rows.append(row)
    if result.get("startup"):
        rows += ["", f"Start-up (imports, `build_nlp()`, reading the articles; not part of the "
                     f"pass): {result['startup'] / scale:,.1f}{unit} {result['unit']}."]
    return "\n".join(rows)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--real", nargs="+", default=REAL_DEFAULT,
                    help="gold JSONL files or corpus folders (default: both dev files and corpus/)")
    ap.add_argument("--calls", action="store_true",
                    help="count Python calls with cProfile instead of instructions with callgrind")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    ap.add_argument("--compare", help="a JSON file of an earlier run: print the change per stage")
    ap.add_argument("--no-check", action="store_true",
                    help="skip the check that the staged pass writes what extract_items writes")
    ap.add_argument("--keep", help="keep callgrind's dumps in this folder (for callgrind_annotate)")
    ap.add_argument("--inner", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.inner:
        inner(args.real, Path(args.inner), args.calls)
        return 0
    base = json.loads(Path(args.compare).read_text()) if args.compare else None  # read first: fail early
    calls = args.calls or shutil.which("valgrind") is None
    if calls and not args.calls:
        print("valgrind not found: counting Python calls (cProfile) instead of instructions",
              file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="nf-instructions-") as tmp:
        work = Path(tmp)
        if args.keep:
            work = Path(args.keep)
            work.mkdir(parents=True, exist_ok=True)
            for old in work.glob("cg.out*"):
                old.unlink()
        result = (run_calls if calls else run_callgrind)(args.real, work)
    if not args.no_check:
        native = _digest(native_lines(_items(args.real)))
        if native != result["digest"]:
            raise SystemExit("the staged pass wrote other records than extract_items: "
                             "a component depends on more than its own document")
        result["checked"] = True
    if args.json:  # written before anything else can fail
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n")
    if base and base.get("unit") != result["unit"]:
        raise SystemExit(f"{args.compare} counts {base.get('unit')}, this run {result['unit']}")
    print(report(result, base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
