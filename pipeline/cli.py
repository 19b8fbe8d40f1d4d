"""Command line: ``newsfacts extract|schema|evaluate ...`` (Typer, as spaCy's own CLI)."""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Normalised facts from press releases and wire news.")


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help="A .txt file, a folder of them, a JSONL file of {id, text, published?, url?}, or - for JSONL on stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output JSONL (default: stdout)."),
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
):
    """Extract facts: one JSON line per input article, in input order."""
    from tqdm import tqdm

    from .normalisation.dates import parse_date_order
    from .normalisation.published import PublishedError, parse_published

    started = time.perf_counter()
    try:
        published = parse_published(published)
    except PublishedError as err:
        raise typer.BadParameter(str(err), param_hint="--published") from None
    try:
        date_order = parse_date_order(date_order)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--date-order") from None
    engine = engine.lower()
    if scheduler:
        engine = "dask"
    if engine not in ("local", "dask"):
        raise typer.BadParameter("must be 'local' or 'dask'", param_hint="--engine")
    if out_dir is not None and engine != "dask":
        raise typer.BadParameter("--out-dir needs --engine dask", param_hint="--out-dir")
    if out_dir is not None and output is not None:
        raise typer.BadParameter("give either -o or --out-dir", param_hint="--out-dir")
    show_bar = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(disable=not show_bar, unit="article", file=sys.stderr)
    out = output.open("w", encoding="utf-8") if output else (None if out_dir else sys.stdout)
    counts: Counter = Counter()
    failed = None
    try:
        if engine == "local":
            from .parallel import run_local

            counts = run_local(inputs, out, workers=workers, chunk_size=chunk_size,
                               on_chunk=lambda r: bar.update(len(r.lines)),
                               published=published, date_order=date_order)
        else:
            from .parallel.dask_engine import PartitionFailure, run_dask

            try:
                counts = run_dask(
                    inputs, None if out_dir else out, out_dir=out_dir, scheduler=scheduler,
                    workers=workers if workers > 1 else None,
                    lines_per_partition=partition_lines, files_per_partition=partition_files,
                    on_partition=lambda p, r: bar.update(r.counts["articles"]),
                    published=published, date_order=date_order,
                )
            except PartitionFailure as err:
                counts, failed = err.counts, err
    finally:
        bar.close()
        if output:
            out.close()
        elif out is not None:
            out.flush()
    seconds = time.perf_counter() - started
    typer.echo(
        f"articles={counts['articles']} officials={counts['officials']} "
        f"instruments={counts['instruments']} dates={counts['dates']} venues={counts['venues']} "
        f"events={counts['events']} errors={counts['errors']} seconds={seconds:.2f}",
        err=True,
    )
    if failed is not None:
        typer.echo(f"error: {failed}", err=True)
        raise typer.Exit(code=1)


@app.command()
def schema():
    """Print the JSON Schema of the article record (and of the error record)."""
    from pydantic import TypeAdapter

    from .records import Article, ErrorRecord
    from typing import Union

    typer.echo(json.dumps(TypeAdapter(Union[Article, ErrorRecord]).json_schema(), indent=2))


def main() -> None:
    app()


# Further commands register themselves on ``app``.
from .evaluate import command as _evaluate_command  # noqa: E402,F401
from .review import command as _review_command  # noqa: E402,F401
from .calendar import command as _calendar_command  # noqa: E402,F401


if __name__ == "__main__":
    main()
