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
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy model for optional statistical help."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Progress bar on stderr (default: when stderr is a terminal)."),
):
    """Extract facts: one JSON line per input article, in input order."""
    from tqdm import tqdm

    from .api import extract_items
    from .io import read_inputs, record_to_json
    from .nlp import build_nlp
    from .records import ErrorRecord

    started = time.perf_counter()
    nlp = build_nlp(model)
    show_bar = sys.stderr.isatty() if progress is None else progress
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    counts: Counter = Counter()
    try:
        records = extract_items(read_inputs(inputs), nlp)
        for record in tqdm(records, disable=not show_bar, unit="article", file=sys.stderr):
            out.write(record_to_json(record) + "\n")
            counts["articles"] += 1
            if isinstance(record, ErrorRecord):
                counts["errors"] += 1
            else:
                for fact_type in ("officials", "instruments", "dates", "venues", "events"):
                    counts[fact_type] += len(getattr(record, fact_type))
    finally:
        if output:
            out.close()
        else:
            out.flush()
    seconds = time.perf_counter() - started
    typer.echo(
        f"articles={counts['articles']} officials={counts['officials']} "
        f"instruments={counts['instruments']} dates={counts['dates']} venues={counts['venues']} "
        f"events={counts['events']} errors={counts['errors']} seconds={seconds:.2f}",
        err=True,
    )


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
