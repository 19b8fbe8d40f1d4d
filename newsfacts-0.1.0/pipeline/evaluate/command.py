"""``newsfacts evaluate GOLD``: score the extractor (or a predictions file) against gold."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..cli import app

#: Per-article detail is printed by default up to this many articles.
PER_ARTICLE_LIMIT = 100


def run_evaluation(gold_path: str, pred_path: Optional[str] = None):
    """Gold articles and their evaluation: predictions from ``pred_path`` or from the pipeline."""
    from .gold import load_gold, load_predictions
    from .metrics import evaluate

    gold = load_gold(gold_path)
    if pred_path:
        predictions = load_predictions(pred_path)
    else:
        from .predict import predict

        predictions = predict(gold)
    return gold, evaluate(gold, predictions)


def default_baseline_path(gold_path: str) -> Optional[Path]:
    from .baseline import BASELINE_NAME

    path = Path(gold_path)
    return path / BASELINE_NAME if path.is_dir() else None


@app.command()
def evaluate(
    gold_args: List[str] = typer.Argument(None, metavar="GOLD", help="Gold: a JSONL file of gold articles with text, or a corpus folder of <id>.txt + <id>.json pairs. With --calendar: the articles to extract and merge (folders, JSONL), as for `extract`."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Score this JSONL of records (by id) instead of running the pipeline."),
    json_out: Optional[str] = typer.Option(None, "--json", help="Write all figures as JSON to this file (- for stdout, then the text report goes to stderr)."),
    per_article: Optional[bool] = typer.Option(None, "--per-article/--no-per-article", help=f"List misses and inventions per article (default: on up to {PER_ARTICLE_LIMIT} articles)."),
    update_baseline: bool = typer.Option(False, "--update-baseline", help="Rewrite the baseline with these figures (on purpose)."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Baseline file (default: GOLD/baseline.json for a folder)."),
    calendar: Optional[Path] = typer.Option(None, "--calendar", help="Calendar gold (corpus/calendar/gold.jsonl): score the merging of events across articles, pair-wise. --pred may then be a calendar or a run."),
):
    """Match extracted facts to gold by content; print per-type P/R/F1, attribute accuracy, misses."""
    if calendar is not None:
        _evaluate_calendar(calendar, list(gold_args or []), pred, json_out)
        return
    if not gold_args or len(gold_args) != 1:
        typer.echo("error: give exactly one GOLD (a gold JSONL file or a corpus folder)", err=True)
        raise typer.Exit(2)
    gold = gold_args[0]
    from .baseline import compare, format_regressions, make_baseline, read_baseline, write_baseline
    from .gold import GoldError
    from .report import render

    try:
        _, evaluation = run_evaluation(gold, str(pred) if pred else None)
    except (GoldError, OSError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2)

    baseline_path = baseline or default_baseline_path(gold)
    note = ""
    if update_baseline:
        if baseline_path is None:
            typer.echo("error: --update-baseline needs --baseline PATH when GOLD is a file", err=True)
            raise typer.Exit(2)
        write_baseline(make_baseline(evaluation, gold), baseline_path)
        note = f"baseline written: {baseline_path}"
        if evaluation.errors:
            note += (f" (WARNING: {evaluation.errors} articles failed to process; their gold "
                     "facts count as missed in it)")
    elif baseline_path is not None and baseline_path.is_file():
        stored = read_baseline(baseline_path)
        regressions = compare(evaluation, stored)
        deltas = "  ".join(
            f"{t} {round(evaluation.type_scores()[t]['f1'] - f1, 3) + 0.0:+.3f}" for t, f1 in stored.get("f1", {}).items())
        note = f"vs baseline {baseline_path}: {deltas}"
        if regressions:
            note += "\nREGRESSIONS:\n" + format_regressions(regressions, evaluation, stored)

    if per_article is None:
        per_article = len(evaluation.articles) <= PER_ARTICLE_LIMIT
    _report(evaluation.to_json(), render(evaluation, per_article=per_article, source=gold, baseline_note=note),
            json_out)


def _report(figures: dict, text: str, json_out: Optional[str]) -> None:
    """The text report on stdout and, with ``--json``, the figures as JSON (to a file, or to
    stdout with ``-``, the text then going to stderr)."""
    text_out = sys.stdout
    if json_out:
        payload = json.dumps(figures, indent=1, ensure_ascii=False)
        if json_out == "-":
            sys.stdout.write(payload + "\n")
            text_out = sys.stderr
        else:
            Path(json_out).write_text(payload + "\n", encoding="utf-8")
    text_out.write(text + "\n")
    text_out.flush()


def _evaluate_calendar(gold_path: Path, inputs: List[str], pred: Optional[Path], json_out: Optional[str]) -> None:
    """``evaluate --calendar GOLD [INPUT...] [--pred CALENDAR_OR_RUN]``: pair-wise merge P/R."""
    from ..calendar import calendar_events
    from ..calendar.build import read_calendar, read_runs
    from .calendar import load_calendar_gold, score_calendar
    from .gold import GoldError

    try:
        gold = load_calendar_gold(gold_path)
        if pred is not None and _is_calendar(pred):
            events = read_calendar(pred)
        elif pred is not None:
            events = calendar_events(list(read_runs([str(pred)])))
        elif inputs:
            events = calendar_events(_extract_mentions(inputs))
        else:
            typer.echo("error: --calendar needs the articles (INPUT...) or --pred", err=True)
            raise typer.Exit(2)
    except (GoldError, OSError, ValueError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2)
    score = score_calendar(gold, events)
    _report(score.to_json(), score.render(), json_out)


def _is_calendar(path: Path) -> bool:
    from ..io.jsonl import iter_json_objects

    for _, obj, _ in iter_json_objects(path):
        return bool(obj) and "sources" in obj
    return False


def _extract_mentions(inputs: List[str]):
    """Event mentions of the inputs, extracted here (as ``extract`` then ``events`` would)."""
    from ..api import extract_items
    from ..calendar.build import CalendarStats, record_mentions
    from ..io import read_inputs
    from ..nlp import build_nlp

    nlp = build_nlp()
    stats = CalendarStats()
    mentions = []
    for line, record in enumerate(extract_items(read_inputs(inputs), nlp), start=1):
        obj = record.model_dump(mode="json")
        mentions.extend(record_mentions(obj, None, 0, line, "<inputs>", {}, stats))
    return mentions
