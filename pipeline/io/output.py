"""Where records go: the output file (written as ``OUT.partial`` and renamed into place when
complete, so ``-o`` keeps the previous output until the new one is whole, and an interrupted
run can go on with ``--resume``), and the checks every line passes on its way there
(duplicate ids, input warnings, counts).
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, List, Optional, Sequence, TextIO

from ..records import FACT_TYPES
from .writers import dumps_line

DUPLICATE_POLICIES = ("keep", "suffix", "error")


class UsageError(Exception):
    """A mistake of the user (a path, an option, an input): one line, exit status 2."""


def warn_stderr(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


class Sink:
    """Takes chunk results in input order, applies the duplicate-id policy and writes the
    lines to ``out`` (None: only count, e.g. when Dask workers write the files).

    Duplicate ids: ``keep`` writes both and warns; ``suffix`` renames the later one
    ``ID~2``, ``ID~3`` ... (the first free one); ``error`` turns the later one into an error
    record. The decision depends only on the ids written before, so a resumed run (which
    starts from the ids in ``OUT.partial``) decides as the uninterrupted one.
    """

    def __init__(self, out: Optional[TextIO] = None, *, on_duplicate: str = "keep",
                 seen_ids: Sequence[str] = (), warn: Callable[[str], None] = warn_stderr,
                 max_warnings: int = 5):
        if on_duplicate not in DUPLICATE_POLICIES:
            raise UsageError(f"--on-duplicate must be one of {', '.join(DUPLICATE_POLICIES)}")
        self.out = out
        self.on_duplicate = on_duplicate
        self.seen = {i for i in seen_ids if i is not None}
        self.warn = warn
        self.max_warnings = max_warnings
        self.counts: Counter = Counter()
        self.warned_fields: set = set()
        self.written = len(seen_ids)

    def write(self, result) -> None:
        for field, message in result.warnings:
            if field not in self.warned_fields:
                self.warned_fields.add(field)
                self.warn(message)
        lines: List[str] = []
        if not result.lines:  # written elsewhere (Dask --out-dir): ids are only checked
            for item_id in result.ids:
                if item_id is not None and item_id in self.seen:
                    self._duplicate("", item_id, None)
                self.seen.add(item_id)
        for n, (line, item_id) in enumerate(zip(result.lines, result.ids), start=self.written + 1):
            if item_id is not None and item_id in self.seen:
                line, item_id = self._duplicate(line, item_id, n)
            if item_id is not None:
                self.seen.add(item_id)
            lines.append(line)
        self.counts.update(result.counts)
        if self.out is not None and lines:
            self.out.write("\n".join(lines) + "\n")
            self.out.flush()
        self.written += len(result.ids)

    def _duplicate(self, line: str, item_id: str, line_no: Optional[int]):
        self.counts["duplicate ids"] += 1
        n = self.counts["duplicate ids"]
        if n <= self.max_warnings:
            where = f" (output line {line_no})" if line_no else ""
            self.warn(f"duplicate id {item_id!r}{where} "
                      f"[--on-duplicate {self.on_duplicate}]"
                      + ("; keep ids unique, or use --on-duplicate suffix" if self.on_duplicate == "keep" else ""))
        elif n == self.max_warnings + 1:
            self.warn("more duplicate ids; their number is in the summary")
        if self.on_duplicate == "keep" or not line:
            return line, item_id
        record = json.loads(line)
        if self.on_duplicate == "suffix":
            k = 2
            while f"{item_id}~{k}" in self.seen:
                k += 1
            record["id"] = new_id = f"{item_id}~{k}"
            return dumps_line(record), new_id
        if "error" not in record:
            self.counts["errors"] += 1
            for fact_type in FACT_TYPES:
                self.counts[fact_type] -= len(record.get(fact_type) or ())
        error = {"id": item_id, "error": f"duplicate id {item_id!r}: an earlier article has the "
                                           "same id; give ids that are unique, or use --on-duplicate suffix"}
        return dumps_line(error), item_id


class OutputFile:
    """``-o OUT``: lines go to ``OUT.partial``; :meth:`commit` renames it to ``OUT``.

    An existing ``OUT.partial`` is an interrupted run: without ``resume`` it is refused (so
    it is never overwritten by mistake); with ``resume`` its complete lines are kept (a
    torn last line is cut off) and their ids are :attr:`done_ids`.

    An ``OUT`` that is not a regular file (``/dev/null``, ``/dev/stdout``, a FIFO) is written
    directly: a rename would replace the device or pipe with a plain file. A symbolic link
    stays one: the file it points to is replaced.
    """

    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        check_output_path(self.path)
        self.done_ids: List[Optional[str]] = []
        self.streaming = is_stream(self.path)
        if self.streaming:
            if resume:
                raise UsageError(f"--resume needs -o to be a regular file; {self.path} is a "
                                 f"device or pipe, which keeps nothing to go on from")
            self.partial = None
            self.handle = open(self.path, "w", encoding="utf-8", newline="\n")
            return
        final = Path(os.path.realpath(self.path))
        self.partial = final.with_name(final.name + ".partial")
        self.final = final
        if self.partial.exists() and not resume:
            raise UsageError(f"{self.partial} exists (an interrupted run): add --resume to go on "
                             f"from it, or delete it to start again")
        if resume and self.partial.exists():
            self.done_ids = self._read_done()
            self.handle = self.partial.open("a", encoding="utf-8", newline="\n")
        else:
            try:
                fd = os.open(self.partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                raise UsageError(f"{self.partial} appeared meanwhile: is another run writing "
                                 f"{self.path}?") from None
            self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    @property
    def writing_to(self) -> Path:
        """The file the lines go to while the run lasts."""
        return self.partial or self.path

    def lines_written(self) -> int:
        """Complete lines in the file being written (a stream cannot be read back: -1)."""
        if self.partial is None:
            return -1
        return self.partial.read_bytes().count(b"\n") if self.partial.exists() else 0

    def _read_done(self) -> List[Optional[str]]:
        data = self.partial.read_bytes()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):  # a line torn by a hard kill: it is processed again
            with self.partial.open("r+b") as handle:
                handle.truncate(keep)
        ids = []
        for n, line in enumerate(data[:keep].splitlines(), start=1):
            try:
                ids.append(json.loads(line).get("id"))
            except (ValueError, AttributeError):
                raise UsageError(f"{self.partial}:{n}: not a line newsfacts wrote; delete "
                                 f"{self.partial} to start again") from None
        return ids

    def commit(self) -> None:
        self.handle.flush()
        if self.partial is None:
            self.handle.close()
            return
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.partial, self.final)

    def close(self, keep: bool) -> None:
        """Stop without committing: keep ``OUT.partial`` (for --resume) or remove it."""
        if not self.handle.closed:
            self.handle.close()
        if not keep and self.partial is not None and self.partial.exists():
            self.partial.unlink()


def is_stream(path: Path) -> bool:
    """An output that is not a regular file: a device, FIFO or socket, or any path under
    /dev or /proc (``/dev/stdout`` may lead to a regular file, but is not one to rename)."""
    parts = Path(os.path.abspath(path)).parts
    if len(parts) > 1 and parts[1] in ("dev", "proc"):
        return True
    return path.exists() and not path.is_file() and not path.is_dir()


def check_output_path(path: Path) -> None:
    """Refuse, before any work, an output path that cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise UsageError(f"-o {path}: is a folder; give a file name, e.g. -o {path / 'out.jsonl'}")
    if is_stream(path):
        if not os.access(path, os.W_OK):
            raise UsageError(f"-o {path}: is not writable")
        return
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"-o {path}: the folder {parent} does not exist; create it first "
                         f"(mkdir -p {parent})")
    if not os.access(parent, os.W_OK):
        raise UsageError(f"-o {path}: the folder {parent} is not writable")
