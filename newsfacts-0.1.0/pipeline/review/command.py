"""CLI: ``newsfacts review`` (page, ``--serve``, ``apply``), ``newsfacts export`` and ``import``."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from typer.core import TyperGroup

from ..cli import app


class _ReviewGroup(TyperGroup):
    """``review RUN.jsonl ...`` runs the default ``page`` command; ``review apply ...`` its own."""

    default_command = "page"

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx):
        return ["page", "apply"]


review_app = typer.Typer(
    cls=_ReviewGroup, add_completion=False, no_args_is_help=True,
    help="Review a run in a self-contained HTML page; apply the decisions to make gold articles.\n\n"
    "newsfacts review RUN.jsonl --inputs INPUT... -o review.html | --serve [--port N]\n\n"
    "newsfacts review apply DECISIONS.jsonl RUN.jsonl --inputs INPUT... -o corpus/NEW.jsonl",
)
app.add_typer(review_app, name="review")


def dumps_line(obj) -> str:
    """One JSONL line; U+2028/U+2029 escaped so no line-splitting reader breaks it."""
    return json.dumps(obj, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _write_jsonl(lines, output: Optional[Path]) -> None:
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for line in lines:
            out.write(dumps_line(line) + "\n")
    finally:
        if output:
            out.close()
        else:
            out.flush()


def _echo_stats(stats) -> None:
    import re

    typer.echo(" ".join(f"{re.sub(r'[^A-Za-z0-9]+', '_', k).strip('_')}={v}" for k, v in stats.items() if v or k == "articles"), err=True)


@review_app.command("page")
def review_page(
    run: Path = typer.Argument(..., exists=True, dir_okay=False, help="RUN.jsonl from `newsfacts extract`."),
    inputs: List[str] = typer.Option([], "--inputs", "-i", help="The inputs of the run (as for extract: .txt, folder, JSONL of {id,text}, or gold JSONL); repeat or list several."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The HTML file to write (default review.html)."),
    serve: bool = typer.Option(False, "--serve", help="Serve the page on 127.0.0.1 and save decisions to --decisions."),
    port: int = typer.Option(8765, "--port", help="Port for --serve (0: any free port)."),
    decisions: Optional[Path] = typer.Option(None, "--decisions", help="Decisions JSONL for --serve (default RUN.decisions.jsonl); loaded into the page if it exists."),
    extra: List[str] = typer.Argument(None, hidden=True),
):
    """Write the review page for RUN.jsonl (or serve it with --serve)."""
    from .data import load_run
    from .render import build_payload, read_decisions, render_html

    inputs = list(inputs) + list(extra or [])
    entries = load_run(run, inputs)
    missing = sum(1 for e in entries if e.record is not None and e.text is None)
    if missing:
        typer.echo(f"warning: no text for {missing} article(s); pass the run's inputs with --inputs", err=True)
    if not serve:
        target = output or Path("review.html")
        payload = build_payload(entries, run_name=str(run))
        target.write_text(render_html(payload), encoding="utf-8")
        typer.echo(f"wrote {target} ({len(entries)} articles)", err=True)
        return
    from .server import serve as run_server

    decisions_path = decisions or run.with_name(run.stem + ".decisions.jsonl")
    payload = build_payload(entries, run_name=str(run), save_url="/decisions", save_path=str(decisions_path))

    def page() -> str:
        payload["decisions"] = read_decisions(decisions_path)
        return render_html(payload)

    def ready(addr) -> None:
        typer.echo(f"serving http://{addr[0]}:{addr[1]}/ — decisions go to {decisions_path} (Ctrl+C to stop)", err=True)

    run_server(page, decisions_path, port=port, on_ready=ready)


@review_app.command("apply")
def review_apply(
    decisions: Path = typer.Argument(..., exists=True, dir_okay=False, help="DECISIONS.jsonl saved by the review page."),
    run: Path = typer.Argument(..., exists=True, dir_okay=False, help="The RUN.jsonl that was reviewed."),
    inputs: List[str] = typer.Option([], "--inputs", "-i", help="The run's inputs (texts)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Gold JSONL to write (default: stdout)."),
    reviewed_only: bool = typer.Option(False, "--reviewed-only", help="Only articles with at least one decision."),
    extra: List[str] = typer.Argument(None, hidden=True),
):
    """Gold articles: rejected facts removed, added facts added, accepted and undecided kept."""
    from .apply import AmbiguousJoin, apply_decisions

    try:
        golds, stats = apply_decisions(decisions, run, list(inputs) + list(extra or []), reviewed_only=reviewed_only)
    except AmbiguousJoin as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(code=2)
    _write_jsonl(golds, output)
    _echo_stats(stats)
    if stats.get("date normaliser available") == 0:
        typer.echo("note: newsfacts.normalisation.dates.normalise not found; added dates keep start/end null", err=True)


_FORMAT_HELP = "prodigy | doccano | label-studio"


@app.command("export")
def export_command(
    run: Path = typer.Argument(..., exists=True, dir_okay=False, help="RUN.jsonl from `newsfacts extract`."),
    fmt: str = typer.Option(..., "--format", "-f", help=_FORMAT_HELP),
    inputs: List[str] = typer.Option([], "--inputs", "-i", help="The run's inputs (texts)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Tasks JSONL (default: stdout)."),
    extra: List[str] = typer.Argument(None, hidden=True),
):
    """Export a run as annotation tasks for Prodigy, doccano or Label Studio."""
    from .interchange import FORMATS, export_tasks, label_config

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    tasks, stats = export_tasks(run, list(inputs) + list(extra or []), fmt)
    if not tasks:
        typer.echo(f"error: no article of {run} could be exported (they need their texts: "
                   "pass the run's inputs with --inputs); nothing was written", err=True)
        raise typer.Exit(code=2)
    _write_jsonl(tasks, output)
    _echo_stats(stats)
    if fmt == "label-studio":
        typer.echo(f"label config: {label_config()}", err=True)


@app.command("import")
def import_command(
    tasks: Path = typer.Argument(..., exists=True, dir_okay=False, help="Tasks JSONL (or Label Studio JSON export)."),
    fmt: str = typer.Option(..., "--format", "-f", help=_FORMAT_HELP),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Gold JSONL (default: stdout)."),
):
    """Import annotated tasks from Prodigy, doccano or Label Studio as gold articles."""
    from .interchange import FORMATS, import_tasks

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    golds, stats = import_tasks(tasks, fmt)
    _write_jsonl(golds, output)
    _echo_stats(stats)
