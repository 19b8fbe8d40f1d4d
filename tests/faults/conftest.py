"""Shared by the fault tests: a JSONL of many short articles, the CLI as a user runs it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def short_articles(n: int):
    """n short articles made of corpus paragraphs (two each), with ids a00000 ..."""
    paragraphs = []
    for path in sorted((REPO / "corpus").glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.split()) > 8]
    return [{"id": f"a{i:05d}", "text": paragraphs[i % len(paragraphs)] + "\n\n" + paragraphs[(7 * i + 3) % len(paragraphs)],
             "published": "2025-06-02"} for i in range(n)]


def write_jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


class Ran:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def newsfacts(*args, input=None, env=None, timeout=300, check=False):
    """``newsfacts ARGS``: in this process (the pipeline is built once per session), or in a
    subprocess when ``env`` changes the environment the package reads at import."""
    if env:
        return subprocess.run([sys.executable, "-m", "newsfacts.cli", *map(str, args)], input=input,
                              capture_output=True, text=True, timeout=timeout, check=check,
                              env={**os.environ, **env})
    from typer.testing import CliRunner

    from newsfacts.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    if check:
        assert result.exit_code == 0, result.stderr
    return Ran(result.exit_code, result.stdout, result.stderr)


def _default_sigint() -> None:
    # a shell without job control starts background jobs with SIGINT ignored, and Python
    # keeps it ignored; the CLI must meet Ctrl-C as in a terminal however pytest was started
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def popen(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "newsfacts.cli", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_sigint, **kw)


def lines_in(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def children(pid: int):
    """(pid, command line) of the live child processes of ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid:
            found.append((int(entry.name), cmd))
    return found


@pytest.fixture(scope="package")
def many(tmp_path_factory):
    """1,200 short articles and the output of an uninterrupted one-worker run of them."""
    if not Path("/proc").is_dir():
        pytest.skip("needs /proc")
    tmp = tmp_path_factory.mktemp("many")
    src = write_jsonl(tmp / "many.jsonl", short_articles(1200))
    ref = tmp / "ref.jsonl"
    newsfacts("extract", src, "-o", ref, "--no-progress", check=True)
    return src, ref.read_bytes()
