"""Is the output of ``newsfacts extract`` the same as before a change? (For speed work, whose
output must stay byte-identical.)

    # with the code before the change (e.g. a worktree of main with its own venv):
    /path/to/main/.venv/bin/python bench/same_output.py save /tmp/before
    # with the changed code:
    .venv/bin/python bench/same_output.py check /tmp/before

``save`` runs ``newsfacts extract`` (this interpreter's installed ``newsfacts``, one worker)
on every seen text at hand and writes one JSONL file per input into the folder; ``check``
does the same into a temporary folder and compares byte for byte, printing the ids of the
articles whose records differ. The inputs: both dev files, the seen real-press batches
(A, D, J+K, L+M+N) and ``corpus/``; those missing on this machine are skipped with a note.
Held-out batches are never read.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REALPRESS = ROOT.parent / "realpress"
INPUTS: Dict[str, Path] = {
    "dev-gold": SHARED / "dev" / "gold.jsonl",
    "dev-gold2": SHARED / "dev" / "gold2.jsonl",
    "batchA": REALPRESS / "batchA.jsonl",
    "batchD": REALPRESS / "batchD.jsonl",
    "batchJK": REALPRESS / "batchJK.jsonl",
    "batchLMN": REALPRESS / "batchLMN.jsonl",
    "corpus": ROOT / "corpus",
}


def extract_all(folder: Path) -> List[str]:
    """Run ``newsfacts extract`` on every input present; returns the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for name, path in INPUTS.items():
        if not path.exists():
            print(f"(skipped {name}: {path} not found)", file=sys.stderr)
            continue
        out = folder / f"{name}.jsonl"
        cmd = [sys.executable, "-c", "from newsfacts.cli import main; main()", "extract", str(path),
               "-o", str(out), "--workers", "1"]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if proc.returncode != 0:
            raise SystemExit(f"newsfacts extract {path} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
        done.append(name)
    return done


def differing_ids(before: Path, after: Path) -> List[str]:
    """Ids (or line numbers) of the records that differ between two output files."""
    old = before.read_text(encoding="utf-8").splitlines()
    new = after.read_text(encoding="utf-8").splitlines()
    ids = []
    for i in range(max(len(old), len(new))):
        a = old[i] if i < len(old) else None
        b = new[i] if i < len(new) else None
        if a != b:
            try:
                ids.append(json.loads(a or b).get("id") or f"line {i + 1}")
            except ValueError:
                ids.append(f"line {i + 1}")
    return ids


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("folder", help="save: where to write the outputs; check: the saved outputs")
    args = ap.parse_args(argv)
    folder = Path(args.folder)
    if args.mode == "save":
        names = extract_all(folder)
        print(f"saved {len(names)} outputs in {folder}")
        return 0
    with tempfile.TemporaryDirectory(prefix="nf-same-output-") as tmp:
        names = extract_all(Path(tmp))
        failed = 0
        for name in names:
            saved = folder / f"{name}.jsonl"
            if not saved.exists():
                print(f"{name}: no saved output in {folder}")
                failed += 1
                continue
            new = Path(tmp) / f"{name}.jsonl"
            if saved.read_bytes() == new.read_bytes():
                print(f"{name}: identical ({len(new.read_text(encoding='utf-8').splitlines())} records)")
                continue
            ids = differing_ids(saved, new)
            failed += 1
            print(f"{name}: {len(ids)} records differ: {', '.join(map(str, ids[:20]))}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
