"""The same extraction on a Dask cluster (``newsfacts extract --engine dask``).

- Input is cut into *partitions* on the client: JSONL files by line ranges (byte offsets, so
  a worker seeks straight to its lines), folders of ``.txt`` files by groups of files, stdin
  by groups of lines (shipped with the task). Workers read their own partition, so input
  files must be visible to the workers at the same path (shared filesystem) on a real
  cluster; on a local cluster they are.
- The pipeline is built once per worker process (:class:`BuildPipeline` plugin + the
  per-process cache of :func:`newsfacts.parallel.worker.get_nlp`).
- Output: with ``out_dir`` each partition writes ``part-NNNNN.jsonl`` there (atomically, on
  the worker: the folder must be shared too); otherwise the client merges the partitions'
  lines into one stream in input order as they complete. Identical to a local run.
- A partition that fails (after ``retries``) is never dropped silently: it is named in
  :class:`PartitionFailure` (the CLI exits non-zero with that message); the others are still
  written.
"""
from __future__ import annotations

import os
import sys
import uuid
from collections import Counter, deque
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, List, Optional, TextIO, Tuple

from .worker import ChunkResult, get_nlp, process_items

DEFAULT_LINES_PER_PARTITION = 2000
DEFAULT_FILES_PER_PARTITION = 200


@dataclass(frozen=True)
class Partition:
    index: int
    kind: str  # "jsonl" (byte range of a file) | "text" (.txt files) | "lines" (shipped) | "error"
    source: str
    start: int = 0  # jsonl: byte offset of the first line
    end: int = 0  # jsonl: byte offset after the last line
    first_line: int = 1  # line number of the first line (for the fallback ids "file:LINE")
    n_lines: int = 0
    paths: Tuple[str, ...] = ()
    lines: Tuple[bytes, ...] = ()
    errors: Tuple[Tuple[str, str], ...] = ()  # (id, error) of items refused on the client
    n_items: int = 0  # items the partition yields (known on the client: one per non-blank line or file)
    skip: int = 0  # leading items a resumed run already wrote

    def describe(self) -> str:
        if self.kind in ("jsonl", "lines"):
            last = self.first_line + max(self.n_lines, 1) - 1
            return f"partition {self.index} ({self.source} lines {self.first_line}-{last})"
        if self.kind == "text":
            first, last = Path(self.paths[0]).name, Path(self.paths[-1]).name
            span = first if len(self.paths) == 1 else f"{first} .. {last}, {len(self.paths)} files"
            return f"partition {self.index} ({self.source}: {span})"
        return f"partition {self.index} ({self.source})"

    @property
    def filename(self) -> str:
        return f"part-{self.index:05d}.jsonl"


class PartitionFailure(RuntimeError):
    """Some partitions failed; ``failures`` holds (partition, error message)."""

    def __init__(self, failures: List[Tuple[Partition, str]], counts: Counter):
        self.failures = failures
        self.counts = counts
        lines = [f"{p.describe()} failed: {msg}" for p, msg in failures]
        super().__init__(f"{len(failures)} partition(s) failed:\n  " + "\n  ".join(lines))


# -- planning (client) ---------------------------------------------------------------------

def _jsonl_ranges(path: Path, lines_per_partition: int) -> Iterator[Tuple[int, int, int, int, int]]:
    """(start byte, end byte, first line number, number of lines, number of items) for each
    range; lines are split as :func:`newsfacts.io.readers.jsonl_lines` splits them."""
    from ..io.readers import BOM

    start, first, n, items, pos = 0, 1, 0, 0, 0
    with path.open("rb") as handle:
        for line in handle:
            if pos == 0 and line.startswith(BOM):
                line_body = line[len(BOM):]
            else:
                line_body = line
            pos += len(line)
            n += 1
            items += bool(line_body.strip())
            if n == lines_per_partition:
                yield start, pos, first, n, items
                start, first, n, items = pos, first + n, 0, 0
    if n:
        yield start, pos, first, n, items


def plan_partitions(
    inputs: List[str], *, lines_per_partition: int = DEFAULT_LINES_PER_PARTITION,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION, stdin: Optional[BinaryIO] = None,
    skip: int = 0,
) -> Iterator[Partition]:
    """Partitions covering every input in order, mirroring :func:`newsfacts.io.read_inputs`;
    the first ``skip`` items (written by an interrupted run) are left out."""
    from dataclasses import replace

    for part in _plan(inputs, lines_per_partition, files_per_partition, stdin):
        if skip >= part.n_items and part.n_items:
            skip -= part.n_items
            continue
        if skip:
            part, skip = replace(part, skip=skip), 0
        yield part


def _plan(inputs, lines_per_partition, files_per_partition, stdin) -> Iterator[Partition]:
    index = 0

    def make(**kw) -> Partition:
        nonlocal index
        part = Partition(index=index, **kw)
        index += 1
        return part

    for spec in inputs:
        if spec == "-":
            handle = stdin or sys.stdin.buffer
            buf: List[bytes] = []
            first = 1
            for lineno, line in enumerate(handle, start=1):
                buf.append(line)
                if len(buf) == lines_per_partition:
                    yield make(kind="lines", source="<stdin>", first_line=first,
                               n_lines=len(buf), lines=tuple(buf), n_items=_count(buf, first))
                    buf, first = [], lineno + 1
            if buf:
                yield make(kind="lines", source="<stdin>", first_line=first,
                           n_lines=len(buf), lines=tuple(buf), n_items=_count(buf, first))
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
            for i in range(0, len(files), files_per_partition):
                chunk = tuple(str(p) for p in files[i:i + files_per_partition])
                yield make(kind="text", source=spec, paths=chunk, n_items=len(chunk))
        elif not path.exists():
            yield make(kind="error", source=spec, errors=((spec, f"no such file or folder: {spec}"),),
                       n_items=1)
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            try:
                ranges = list(_jsonl_ranges(path, lines_per_partition))
            except OSError as err:
                yield make(kind="error", source=spec,
                           errors=((spec, f"cannot read {spec}: {err.strerror}"),), n_items=1)
                continue
            for start, end, first, n, items in ranges:
                yield make(kind="jsonl", source=spec, start=start, end=end, first_line=first,
                           n_lines=n, n_items=items)
        else:
            yield make(kind="text", source=spec, paths=(spec,), n_items=1)


def _count(lines: List[bytes], first: int) -> int:
    """Items in shipped stdin lines (as :func:`newsfacts.io.readers.jsonl_lines` counts them)."""
    from ..io.readers import jsonl_lines

    return sum(1 for _ in jsonl_lines(iter(lines), first, at_start=first == 1))


# -- execution (worker) --------------------------------------------------------------------

def read_partition(part: Partition) -> list:
    """The items of a partition, exactly as :func:`newsfacts.io.read_inputs` yields them
    (the same line splitting: :func:`newsfacts.io.readers.read_jsonl`)."""
    import io

    from ..io import read_inputs
    from ..io.readers import read_jsonl
    from ..records import ErrorRecord

    if part.kind == "error":
        items = [ErrorRecord(id=i, error=e) for i, e in part.errors]
    elif part.kind == "text":
        items = list(read_inputs(list(part.paths)))
    elif part.kind == "lines":
        items = list(read_jsonl(iter(part.lines), part.source, part.first_line, part.first_line == 1))
    else:
        with open(part.source, "rb") as handle:
            handle.seek(part.start)
            raw = io.BytesIO(handle.read(part.end - part.start))
        items = list(read_jsonl(raw, part.source, part.first_line, part.start == 0))
    return items[part.skip:]


def run_partition(
    part: Partition, patterns_dir: Optional[str] = None, out_dir: Optional[str] = None,
    batch: Optional[Tuple[Optional[str], Optional[str]]] = None, limits=None,
) -> ChunkResult:
    """Process one partition; with ``out_dir`` write its file there and return only counts
    (and ids and warnings). ``batch``: (published, date_order) of
    ``extract --published/--date-order``."""
    from ..io.readers import with_batch_settings

    items = list(with_batch_settings(read_partition(part), *(batch or (None, None))))
    result = process_items(get_nlp(patterns_dir), items, limits=limits)
    if out_dir is None:
        return result
    target = Path(out_dir) / part.filename
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            out.write("".join(line + "\n" for line in result.lines))
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return ChunkResult(lines=[], counts=result.counts, ids=result.ids, warnings=result.warnings)


try:  # the plugin needs distributed; the rest of this module does not
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover
    _WorkerPluginBase = object


class BuildPipeline(_WorkerPluginBase):
    """Worker plugin: build the pipeline once when a worker starts (and keep it cached)."""

    name = "newsfacts-build-pipeline"

    def __init__(self, patterns_dir: Optional[str] = None):
        self.patterns_dir = patterns_dir

    def setup(self, worker=None):
        get_nlp(self.patterns_dir)


# -- orchestration (client) ----------------------------------------------------------------

def _require_distributed():
    try:
        import distributed  # noqa: F401
    except ImportError:  # pragma: no cover
        raise SystemExit(
            "the dask engine needs dask[distributed]: pip install 'newsfacts[dask]'"
        ) from None


def run_dask(
    inputs: List[str], out: Optional[TextIO] = None, *, out_dir: Optional[Path] = None,
    scheduler: Optional[str] = None, client=None, workers: Optional[int] = None,
    patterns_dir: Optional[str] = None,
    lines_per_partition: int = DEFAULT_LINES_PER_PARTITION,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION, retries: int = 1,
    window: Optional[int] = None, timeout: float = 30.0,
    on_partition: Optional[Callable[[Partition, ChunkResult], None]] = None, stdin=None,
    published: Optional[str] = None, date_order: Optional[str] = None,
    limits=None, skip: int = 0,
) -> Counter:
    """Extract every input on a Dask cluster; counts of all partitions.

    ``client``: an existing ``distributed.Client``; else ``scheduler`` (address) to connect
    to; else a ``LocalCluster`` of ``workers`` single-threaded processes is started.
    Output goes to ``out_dir`` (one file per partition) or merged into ``out`` (a text
    stream or a :class:`~newsfacts.io.output.Sink`) in order; a partition that failed
    (after ``retries``, e.g. its worker was killed each time) is merged as error records,
    one per article. Raises :class:`PartitionFailure` naming failed partitions after
    writing all the others. ``skip``: leading items a resumed run already wrote.
    """
    _require_distributed()
    from distributed import Client, LocalCluster, as_completed

    from ..io.output import Sink
    from .worker import failed_chunk

    sink = out if isinstance(out, Sink) else Sink(out)

    if (sink.out is None) == (out_dir is None):
        raise ValueError("give exactly one of out or out_dir")
    own_cluster = own_client = None
    if client is None:
        if scheduler:
            client = own_client = Client(scheduler, timeout=timeout)
        else:
            own_cluster = LocalCluster(
                n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                processes=True, dashboard_address=None,
            )
            client = own_client = Client(own_cluster, timeout=timeout)
    try:
        if out_dir is not None:
            out_dir = Path(out_dir)
            out_dir.mkdir(parents=True, exist_ok=True)
        try:
            client.register_plugin(BuildPipeline(patterns_dir))
        except AttributeError:  # pragma: no cover - older distributed
            client.register_worker_plugin(BuildPipeline(patterns_dir))
        threads = sum(client.nthreads().values()) or 1
        window = window or max(4, 3 * threads)

        failures: List[Tuple[Partition, str]] = []
        parts = plan_partitions(inputs, lines_per_partition=lines_per_partition,
                                files_per_partition=files_per_partition, stdin=stdin, skip=skip)
        run_id = uuid.uuid4().hex[:12]
        futures = {}
        done: dict = {}  # index -> (Partition, ChunkResult or None) waiting to be written
        order: deque = deque()  # partition indices in submission (= input) order
        seq = as_completed()

        def submit(part: Partition) -> None:
            future = client.submit(
                run_partition, part, patterns_dir,
                str(out_dir) if out_dir is not None else None, (published, date_order), limits,
                key=f"newsfacts-{run_id}-partition-{part.index}", retries=retries, pure=False,
            )
            futures[future.key] = part
            order.append(part.index)
            seq.add(future)

        def flush() -> None:
            while order and order[0] in done:
                part, result = done.pop(order.popleft())
                if result is None:
                    continue
                sink.write(result)
                if on_partition:
                    on_partition(part, result)

        def collect(future) -> None:
            part = futures.pop(future.key)
            if future.status == "finished":
                done[part.index] = (part, future.result())
            else:
                try:
                    err = future.exception()
                    message = f"{type(err).__name__}: {err}"
                except Exception as other:  # cancelled (e.g. the cluster went away)
                    message = f"{future.status}: {type(other).__name__}: {other}"
                failures.append((part, message))
                done[part.index] = (part, None)
                if out_dir is None:  # merged output: the partition's articles as error records
                    try:
                        done[part.index] = (part, failed_chunk(
                            read_partition(part), f"partition failed on the cluster: {message}"))
                    except OSError:
                        pass
                if out_dir is not None:
                    stale = out_dir / part.filename
                    if stale.is_file():
                        stale.unlink()
            future.release()
            flush()

        for part in parts:
            submit(part)
            while seq.count() + len(done) >= window:
                collect(next(seq))
        for future in seq:
            collect(future)
        flush()
        totals = sink.counts
        if failures:
            failures.sort(key=lambda f: f[0].index)
            raise PartitionFailure(failures, totals)
        return totals
    finally:
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()
