"""A cache of compiled rule state between runs, for start-up time.

Compiling the gazetteer (11,000 names: read, validated, tokenised, keyed) is most of the
work of building the pipeline. What a component derives from its rules depends only on the
rule files, the tokenizer and the code, so it is kept in a file named by a digest of all
three and read back by the next process with the same digest. Any change of a rule file, of
the tokenizer rules or of any newsfacts source file gives another digest (the stale entry is
never read). Only plain Python data is kept (no spaCy objects).

The folder is ``$NEWSFACTS_CACHE`` (``off`` turns the cache off), else
``$XDG_CACHE_HOME/newsfacts`` or ``~/.cache/newsfacts``; a folder that cannot be written just
means no cache.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, TypeVar

T = TypeVar("T")

#: Bump when the layout of a cache entry changes.
FORMAT = "1"
#: Entries kept; older ones are removed when a new one is written.
MAX_ENTRIES = 24
_SUFFIX = ".pickle"


def cache_dir() -> Optional[Path]:
    setting = os.environ.get("NEWSFACTS_CACHE")
    if setting is not None and setting.strip().lower() in ("off", "0", "false", "no", ""):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsfacts"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Names, sizes and modification times of every newsfacts source file."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def tokenizer_fingerprint(nlp) -> str:
    """What decides how a phrase is split: the affix expressions and the special cases."""
    tokenizer = nlp.tokenizer
    parts = []
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        regex = getattr(getattr(tokenizer, name, None), "__self__", None)
        parts.append(getattr(regex, "pattern", "") or "")
    parts.append("\n".join(sorted(getattr(tokenizer, "rules", None) or ())))
    return hashlib.sha256("\u241e".join(parts).encode()).hexdigest()


def key(kind: str, nlp, files: Iterable[Path], names: Iterable[str]) -> str:
    """The digest of a component kind, its rule files (names and bytes), tokenizer and code."""
    import spacy

    digest = hashlib.sha256()
    for part in (FORMAT, kind, spacy.__version__, code_fingerprint(), tokenizer_fingerprint(nlp)):
        digest.update(part.encode() + b"\0")
    for name, path in zip(names, files):
        digest.update(name.encode() + b"\0")
        digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    return digest.hexdigest()


def load(digest: str) -> Optional[Any]:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{digest}{_SUFFIX}").open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None


def save(digest: str, state: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(state, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{digest}{_SUFFIX}")  # atomic: parallel workers may write too
        entries = sorted(folder.glob(f"*{_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[MAX_ENTRIES:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache, same results


def remembered(kind: str, content: bytes, compute: Callable[[], T]) -> T:
    """``compute()``, kept between runs under a digest of ``kind``, ``content`` (what the value
    is derived from) and the code; computed again when the cache is off or has no entry."""
    digest = hashlib.sha256(b"\0".join((FORMAT.encode(), kind.encode(), code_fingerprint().encode(),
                                        hashlib.sha256(content).digest()))).hexdigest()
    stored = load(digest)
    if isinstance(stored, tuple) and len(stored) == 1:
        return stored[0]
    value = compute()
    save(digest, (value,))
    return value
