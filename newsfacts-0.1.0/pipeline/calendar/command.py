"""CLI: ``newsfacts events RUN.jsonl [RUN2.jsonl ...] -o calendar.jsonl [--format jsonl|csv|ics]``."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import app


@app.command("events")
def events_command(
    runs: List[Path] = typer.Argument(..., exists=True, dir_okay=False, help="RUN.jsonl files written by `newsfacts extract`."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Calendar file to write (default: stdout)."),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="jsonl | csv | ics (default: from the -o suffix, else jsonl)."),
    inputs: List[str] = typer.Option([], "--inputs", "-i", help="The runs' inputs (JSONL of {id, text, url}), for the articles' urls."),
    engine: str = typer.Option("local", "--engine", help="local, or dask (blocks grouped and merged on a Dask cluster; the same output)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (implies --engine dask)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, help="Dask engine without --scheduler: size of the local cluster."),
):
    """One record per real-world event: the events of all articles merged, with sources and conflicts."""
    from .build import CalendarStats, build_calendar, urls_from_inputs
    from .formats import FORMATS, write_csv, write_ics, write_jsonl

    started = time.perf_counter()
    fmt = (fmt or (output.suffix.lstrip(".").lower() if output and output.suffix.lstrip(".").lower() in FORMATS else "jsonl")).lower()
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    engine = "dask" if scheduler else engine.lower()
    if engine not in ("local", "dask"):
        raise typer.BadParameter("must be 'local' or 'dask'", param_hint="--engine")
    urls = urls_from_inputs(inputs) if inputs else {}
    stats = CalendarStats()
    paths = [str(r) for r in runs]
    if engine == "dask":
        from .dask_calendar import build_calendar_dask

        events = build_calendar_dask(paths, urls, stats=stats, scheduler=scheduler, workers=workers)
    else:
        events = build_calendar(paths, urls, stats=stats)
    note = ""
    if fmt == "ics":
        out_b = output.open("wb") if output else sys.stdout.buffer
        try:
            _, skipped = write_ics(events, out_b)
        finally:
            if output:
                out_b.close()
            else:
                out_b.flush()
        if skipped:
            note = f" not_in_ics={skipped} (no day date)"
    else:
        out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            (write_csv if fmt == "csv" else write_jsonl)(events, out)
        finally:
            if output:
                out.close()
            else:
                out.flush()
    for problem in stats.problems[:20]:
        typer.echo(f"warning: {problem}", err=True)
    typer.echo(f"{stats.line()}{note} seconds={time.perf_counter() - started:.2f}", err=True)
