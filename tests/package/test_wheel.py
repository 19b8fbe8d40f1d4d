"""The wheel is the package a user installs: built from the sdist, installed into a fresh venv
outside the checkout, it runs ``newsfacts extract`` and the Python API from another folder with
the checkout's output (the rule files travel as package data).

To stay fast the fresh venv takes its dependencies from the test venv's site-packages (a
``.pth`` line adds that folder to ``sys.path``; the editable install's own ``.pth`` hook in it is
not run), so ``newsfacts`` itself can only come from the wheel, which the test checks.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import CORPUS, REPO

SEED = REPO.parent / "shared" / "seed" / "malaysia-somtc-2025-05-30.txt"
#: Articles run through both installs: the seed when present, and corpus articles (in the repo).
ARTICLES = [p for p in (SEED, CORPUS / "a01-my-digital-mou.txt", CORPUS / "b10-de-baltic-offshore-grid.txt")
            if p.exists()]

API_SCRIPT = """
import json, sys
import newsfacts
from newsfacts import extract, settings
print(json.dumps({"module": newsfacts.__file__, "patterns": str(settings.PATTERNS_DIR)}))
for path in sys.argv[1:]:
    print(extract(open(path, encoding="utf-8").read(), id=path).model_dump_json())
"""


def run(args, cwd, **kwargs):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSFACTS_PATTERNS")}
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900, **kwargs)
    assert done.returncode == 0, f"{args[:3]}: {done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """sdist, then the wheel built from the unpacked sdist (python -m build's default), so a
    file the sdist forgets is missing from the wheel too."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)], cwd=out)
    wheels = list(out.glob("newsfacts-*.whl"))
    assert len(wheels) == 1 and list(out.glob("newsfacts-*.tar.gz"))
    return wheels[0]


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory, wheel):
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv.parent)
    python = venv / "bin" / "python"
    site = Path(run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                    cwd=venv.parent).strip())
    (site / "_newsfacts_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # --no-index: nothing is fetched, the wheel's requirements must be met by what is there
    run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-index", "--quiet",
         str(wheel)], cwd=venv.parent)
    return venv


def test_wheel_carries_the_rule_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("newsfacts/patterns/dates.jsonl", "newsfacts/patterns/venue_cues.jsonl",
                 "newsfacts/patterns/officials/titles.jsonl", "newsfacts/patterns/places/cities.jsonl",
                 "newsfacts/review/templates/review.html", "newsfacts/recognition/base.py"):
        assert name in names
    assert not any(n.startswith(("pipeline/", "patterns/")) for n in names)  # only the package
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[spacy_factories]" in text and "newsfacts_venues = newsfacts.recognition.venues" in text


def test_cli_and_api_from_another_folder(fresh_venv, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    articles = [str(p) for p in ARTICLES]
    installed = run([str(fresh_venv / "bin" / "newsfacts"), "extract", *articles], cwd=elsewhere)
    checkout = run([sys.executable, "-m", "newsfacts.cli", "extract", *articles], cwd=elsewhere)
    assert installed == checkout
    assert len(installed.splitlines()) == len(articles)
    assert all(json.loads(line)["officials"] for line in installed.splitlines())

    script = tmp_path / "api.py"
    script.write_text(API_SCRIPT, encoding="utf-8")
    first, *api_records = run([str(fresh_venv / "bin" / "python"), str(script), *articles],
                              cwd=elsewhere).splitlines()
    where = json.loads(first)
    assert where["module"].startswith(str(fresh_venv)) and where["patterns"].startswith(str(fresh_venv))
    first_c, *checkout_records = run([sys.executable, str(script), *articles], cwd=elsewhere).splitlines()
    assert json.loads(first_c)["module"].startswith(str(REPO))
    assert api_records == checkout_records
