"""Where one stage's instructions go, by C function and by shared object: a reading of the
callgrind dumps that ``bench/instructions.py --keep DIR`` leaves.

    .venv/bin/python bench/instructions.py --keep /tmp/cg      # ~6-10 minutes
    .venv/bin/python bench/callgrind_functions.py /tmp/cg newsfacts_officials
    .venv/bin/python bench/callgrind_functions.py /tmp/cg 8 --top 60   # the same, by dump number

callgrind compresses the names of functions and files: a name is written out once, in the
first dump that meets it, and later dumps refer to it by number, so ``callgrind_annotate`` of
one stage's dump shows nothing but ``__libc_start_main``. This script reads the dumps in order,
keeps every name, and prints the stage's *self* cost (the instructions counted in a function's
own code, not in those it calls) by shared object and by function.

What it tells and what it does not: the Python code of the rules runs inside the interpreter
(``libpython``: ``_PyEval_EvalFrameDefault``, dict and attribute look-ups, allocation), so a
stage that is mostly libpython is mostly bytecode, which only doing less Python work makes
cheaper; the spaCy objects (``doc``, ``token``, ``span`` .so files), the matchers, the regular
expressions (``sre_*``) and pydantic show as their own objects and functions.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

_NAMED = re.compile(r"\((\d+)\)(?: (.*))?")


def _dumps(folder: Path) -> List[Path]:
    return sorted(folder.glob("cg.out.*"), key=lambda p: int(p.suffix[1:]))


def self_costs(folder: Path, part: int) -> Tuple[Counter, Counter]:
    """(function -> self instructions, shared object -> self instructions) of dump ``part``
    (cg.out.1: start-up; cg.out.(k+2): stage k of ``stages.json``)."""
    names: Dict[str, Dict[str, str]] = {"fn": {}, "ob": {}, "fl": {}}

    def resolve(kind: str, rest: str) -> str:
        m = _NAMED.match(rest)
        if not m:
            return rest
        if m.group(2):
            names[kind][m.group(1)] = m.group(2)
        return names[kind].get(m.group(1), "?" + m.group(1))

    by_fn: Counter = Counter()
    by_ob: Counter = Counter()
    for path in _dumps(folder):
        number = int(path.suffix[1:])
        if number > part:
            break
        fn = ob = ""
        after_call = False
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                head = line[:4]
                if head.startswith("fn="):
                    fn, after_call = resolve("fn", line[3:].strip()), False
                elif head.startswith("ob="):
                    ob = resolve("ob", line[3:].strip())
                elif head == "cfn=":
                    resolve("fn", line[4:].strip())
                elif head == "cob=":
                    resolve("ob", line[4:].strip())
                elif head in ("cfi=", "cfl="):
                    resolve("fl", line[4:].strip())
                elif head[:3] in ("fl=", "fi=", "fe="):
                    resolve("fl", line[3:].strip())
                elif line.startswith("calls="):
                    after_call = True  # the next cost line is the call's inclusive cost
                elif number == part and line[:1] in "+-*0123456789":
                    if after_call:
                        after_call = False
                        continue
                    fields = line.split()
                    if len(fields) >= 2:
                        by_fn[fn] += int(fields[1])
                        by_ob[ob] += int(fields[1])
    return by_fn, by_ob


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="the --keep folder of bench/instructions.py")
    ap.add_argument("stage", help="a stage name of stages.json, or a dump number")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args()
    if args.stage.isdigit():
        part = int(args.stage)
    else:
        stages = json.loads((args.folder / "stages.json").read_text())["stages"]
        part = stages.index(args.stage) + 2
    by_fn, by_ob = self_costs(args.folder, part)
    total = sum(by_fn.values()) or 1
    print(f"dump cg.out.{part}: {total:,} instructions")
    for name, cost in by_ob.most_common(12):
        print(f"{cost * 100 / total:5.1f}%  {name}")
    print()
    for name, cost in by_fn.most_common(args.top):
        print(f"{cost * 100 / total:5.1f}%  {name[:150]}")


if __name__ == "__main__":
    main()
