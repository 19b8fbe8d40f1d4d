"""Command line: ``newsfacts extract|schema|evaluate ...`` (Typer, as spaCy's own CLI)."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from . import settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Normalised facts from press releases and wire news.")


@app.callback()
def _options(
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
):
    """Normalised facts from press releases and wire news."""


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help="A .txt file, a folder of them, a JSONL file of {id, text, published?, url?}, or - for stdin (JSONL; one plain-text article with --format text)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output JSONL (default: stdout). Written as OUT.partial and renamed to OUT when complete; a device or pipe (/dev/null, a FIFO) is written directly."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (local engine; each builds the pipeline once). Output is identical to one worker. With --engine dask and no --scheduler: size of the local cluster (default: CPU count)."),
    engine: str = typer.Option("local", "--engine", help="local (this machine) or dask (a Dask cluster: --scheduler ADDRESS, or a local cluster)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (implies --engine dask)."),
    out_dir: Optional[Path] = typer.Option(None, "--out-dir", help="Dask engine: write one part-NNNNN.jsonl per partition into this folder instead of merging into -o."),
    partition_lines: int = typer.Option(2000, "--partition-lines", min=1, help="Dask engine: JSONL lines per partition."),
    partition_files: int = typer.Option(200, "--partition-files", min=1, help="Dask engine: .txt files per partition."),
    chunk_size: int = typer.Option(64, "--chunk-size", min=1, help="Articles per chunk (local engine): unit of work of a worker and of memory release."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD for articles that show none (no 'published' field, no leading 'date YYYY-MM-DD' line, no dated dateline): relative dates ('today', 'on Monday') resolve against it."),
    date_order: Optional[str] = typer.Option(None, "--date-order", help="DMY or MDY: how to read numeric dates such as 4/3/2026 (default: from the dateline's country, else from how the article writes dates, else month first)."),
    fmt: str = typer.Option("auto", "--format", help="auto (JSONL for -, .jsonl, .ndjson; text otherwise), jsonl, or text (each file, and stdin, is one article)."),
    on_duplicate: str = typer.Option("keep", "--on-duplicate", help="An id seen before: keep (warn), suffix (ID~2, ID~3 ...) or error (an error record)."),
    resume: bool = typer.Option(False, "--resume", help="Go on from OUT.partial of an interrupted run (same inputs and options): the articles written are skipped."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 when any article became an error record."),
    max_chars: int = typer.Option(settings.MAX_TEXT_CHARS, "--max-chars", min=1, help="Longest article processed, in characters (longer ones become error records); articles over 50,000 characters are processed in paragraph-aligned pieces."),
    article_timeout: float = typer.Option(settings.ARTICLE_TIMEOUT, "--article-timeout", help="Seconds one article may take before it becomes an error record (0: no limit)."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
):
    """Extract facts: one JSON line per input article, in input order.

    Exit status: 0 done; 1 with --strict when some articles became error records, or when
    a worker failed twice on a chunk; 2 usage errors (bad options, inputs that do not exist
    or hold nothing to read, an unwritable -o, a bad rule file); 130/143 interrupted.
    """
    options = dict(locals())
    from .io.output import UsageError

    try:
        code = _extract(**options)
    except UsageError as err:
        if debug:
            raise
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=2)
    raise typer.Exit(code=code)


def _check_inputs(inputs: List[str], fmt: str) -> None:
    from .io.output import UsageError
    from .io.readers import FORMATS, folder_files

    if fmt not in FORMATS:
        raise UsageError(f"--format {fmt}: use one of {', '.join(FORMATS)}")
    for spec in inputs:
        if spec == "-":
            continue
        path = Path(spec)
        if not path.exists():
            raise UsageError(f"{spec}: no such file or folder")
        if path.is_dir() and not folder_files(path):
            raise UsageError(f"{spec}: no .txt files in this folder (JSONL files are read when named directly)")


def _interrupt_on_sigterm():
    """SIGTERM stops a run as Ctrl-C does (cleanly); returns the previous handler."""
    import signal

    def handler(signum, frame):
        raise KeyboardInterrupt("SIGTERM")

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        return None


def _extract(*, inputs, output, progress, workers, engine, scheduler, out_dir,
             partition_lines, partition_files, chunk_size, published, date_order, fmt,
             on_duplicate, resume, strict, max_chars, article_timeout, debug) -> int:
    import signal

    from tqdm import tqdm

    from .api import Limits
    from .io.output import DUPLICATE_POLICIES, OutputFile, Sink, UsageError
    from .normalisation.dates import parse_date_order
    from .normalisation.published import PublishedError, parse_published

    started = time.perf_counter()
    try:
        published = parse_published(published)
    except PublishedError as err:
        raise UsageError(f"--published: {err}") from None
    try:
        date_order = parse_date_order(date_order)
    except ValueError as err:
        raise UsageError(f"--date-order: {err}") from None
    engine = engine.lower()
    if scheduler:
        engine = "dask"
    if engine not in ("local", "dask"):
        raise UsageError(f"--engine {engine}: use local or dask")
    if out_dir is not None and engine != "dask":
        raise UsageError("--out-dir needs --engine dask")
    if out_dir is not None and output is not None:
        raise UsageError("give either -o or --out-dir, not both")
    if on_duplicate not in DUPLICATE_POLICIES:
        raise UsageError(f"--on-duplicate {on_duplicate}: use one of {', '.join(DUPLICATE_POLICIES)}")
    if out_dir is not None and on_duplicate != "keep":
        raise UsageError(f"--on-duplicate {on_duplicate} needs merged output (-o or stdout), not --out-dir")
    if engine == "dask" and fmt != "auto":
        raise UsageError("--format needs the local engine")
    if resume and output is None:
        raise UsageError("--resume needs -o OUT (it goes on from OUT.partial)")
    _check_inputs(inputs, fmt)
    target = OutputFile(output, resume=resume) if output else None
    done_ids = target.done_ids if target else []
    if done_ids:
        typer.echo(f"resuming: {len(done_ids)} articles already in {target.writing_to}", err=True)
    stream = target.handle if target else (None if out_dir else sys.stdout)
    sink = Sink(stream, on_duplicate=on_duplicate, seen_ids=done_ids)
    limits = Limits(max_chars=max_chars, article_timeout=article_timeout or None)
    show_bar = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(disable=not show_bar, unit="article", file=sys.stderr)
    previous = _interrupt_on_sigterm()
    failed = None
    try:
        if engine == "local":
            from .parallel import run_local

            run_local(inputs, sink, workers=workers, chunk_size=chunk_size,
                      on_chunk=lambda r: bar.update(len(r.lines)), fmt=fmt, limits=limits,
                      done_ids=done_ids, published=published, date_order=date_order)
        else:
            from .parallel.dask_engine import PartitionFailure, run_dask

            try:
                run_dask(
                    inputs, sink, out_dir=out_dir, scheduler=scheduler,
                    workers=workers if workers > 1 else None,
                    lines_per_partition=partition_lines, files_per_partition=partition_files,
                    on_partition=lambda p, r: bar.update(r.counts["articles"]),
                    limits=limits, skip=len(done_ids), published=published, date_order=date_order,
                )
            except PartitionFailure as err:
                failed = err
    except KeyboardInterrupt as err:
        bar.close()
        where = f"{target.writing_to}" if target else "stdout"
        written = sink.written
        if target:
            target.close(keep=written > 0)
            # the interrupt may fall between a chunk's write and its count: the file says
            in_file = target.lines_written()
            written = written if in_file < 0 else in_file
        else:
            sys.stdout.flush()
        hint = "; run the same command with --resume to go on" if target and target.partial and written else ""
        typer.echo(f"interrupted: {written} articles written to {where}{hint}", err=True)
        return 143 if str(err) == "SIGTERM" else 130
    except Exception as err:
        bar.close()
        if target:
            target.close(keep=sink.written > 0)
        message = _build_error(err)
        if message is None:
            raise
        raise UsageError(message) from err
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    bar.close()
    counts = sink.counts
    if sink.written == 0:
        if target:
            target.close(keep=False)
        raise UsageError(f"nothing to read in {', '.join(inputs)}: no article found"
                         + (" (stdin is JSONL: for a plain-text article use --format text)" if "-" in inputs else ""))
    if target:
        target.commit()
    else:
        sys.stdout.flush()
    seconds = time.perf_counter() - started
    duplicates = f" duplicate_ids={counts['duplicate ids']}" if counts["duplicate ids"] else ""
    typer.echo(
        f"articles={counts['articles']} officials={counts['officials']} "
        f"instruments={counts['instruments']} dates={counts['dates']} venues={counts['venues']} "
        f"events={counts['events']} errors={counts['errors']}{duplicates} seconds={seconds:.2f}",
        err=True,
    )
    if failed is not None:
        typer.echo(f"error: {failed}", err=True)
        return 1
    if strict and counts["errors"]:
        typer.echo(f"error: {counts['errors']} article(s) became error records (--strict)", err=True)
        return 1
    return 0


def _build_error(err: Exception) -> Optional[str]:
    """One line for a failure to build the pipeline (a bad rule file), else None."""
    from .parallel.worker import PipelineBuildError
    from .recognition.lexicon import PatternFileError

    if isinstance(err, (PatternFileError, PipelineBuildError)):
        return f"{err}"
    if isinstance(err, OSError) and err.filename:
        return f"{err.filename}: {err.strerror}"
    return None


@app.command()
def schema():
    """Print the JSON Schema of the article record (and of the error record)."""
    from pydantic import TypeAdapter

    from .records import Article, ErrorRecord
    from typing import Union

    typer.echo(json.dumps(TypeAdapter(Union[Article, ErrorRecord]).json_schema(), indent=2))


def main() -> None:
    """The ``newsfacts`` command: an unexpected failure is one line on stderr (exit status 3),
    its traceback only with ``--debug`` (or NEWSFACTS_DEBUG=1)."""
    import os

    debug = "--debug" in sys.argv[1:] or os.environ.get("NEWSFACTS_DEBUG") not in (None, "", "0")
    try:
        app()
    except SystemExit as done:
        _leave_past_stalled_pools(done.code)
        raise
    except Exception as err:  # usage errors never get here: click exits with status 2
        if debug:
            raise
        typer.echo(f"error: {type(err).__name__}: {err} (run again with --debug for the traceback)", err=True)
        sys.exit(3)


def _leave_past_stalled_pools(code) -> None:
    """Exit at once, output already written and closed, when a worker pool was torn down (a
    worker died, or the run was interrupted; a run that ends normally lets its workers go): the
    interpreter would otherwise join its executor's manager thread, which can wait for ever on
    a result a killed worker half wrote (the run is done; only the exit would hang)."""
    import os

    from .parallel.local import let_torn_down_pools_finish, pools_torn_down

    if pools_torn_down():
        from multiprocessing import util

        let_torn_down_pools_finish(seconds=2.0)
        util._run_finalizers(0)  # semaphores unlinked: no "leaked semaphore" warning at exit
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else (0 if code is None else 1))


# Further commands register themselves on ``app``.
from .evaluate import command as _evaluate_command  # noqa: E402,F401
from .review import command as _review_command  # noqa: E402,F401
from .calendar import command as _calendar_command  # noqa: E402,F401


if __name__ == "__main__":  # python -m newsfacts.cli: the package's module, with every command
    from newsfacts.cli import main as _main

    _main()
