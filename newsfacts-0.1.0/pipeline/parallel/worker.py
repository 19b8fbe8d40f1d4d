"""What runs inside a worker: a pipeline built once per process, and a chunk of items
turned into JSON lines plus fact counts.

Chunks are processed inside ``nlp.memory_zone()`` (spaCy >= 3.8) so strings and lexemes
that new texts add to the vocab are freed after each chunk: a long run keeps a flat memory
profile. Records are serialised *inside* the zone and no Doc escapes it.
"""
from __future__ import annotations

import gc
import os
import threading
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple, Union

from spacy.language import Language

from ..records import FACT_TYPES, ErrorRecord


#: Set NEWSFACTS_MEMORY_ZONE=0 to process without memory zones (for comparison/debugging).
USE_MEMORY_ZONE = os.environ.get("NEWSFACTS_MEMORY_ZONE", "1") not in ("0", "false", "no")

#: Articles a fresh pipeline processes outside memory zones first: spaCy's tokenizer only
#: caches outside a zone (``Tokenizer._save_cached`` skips caching in a zone), so the cache
#: is filled with the frequent words of the first articles; the strings this adds are bounded.
WARMUP_ARTICLES = 128

_CACHE: Dict[Tuple[Optional[str], Optional[str]], Language] = {}
_WARM: "weakref.WeakKeyDictionary[Language, int]" = weakref.WeakKeyDictionary()
_LOCK = threading.RLock()  # one Doc at a time per process: components need not be thread-safe


@dataclass
class ChunkResult:
    """JSON lines of a chunk, in order, their ids, what they contain, and warnings about
    the input (``(kind, message)``, e.g. unknown fields)."""

    lines: List[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    ids: List[Optional[str]] = field(default_factory=list)
    warnings: List[Tuple[str, str]] = field(default_factory=list)

    def add(self, record: Union[object, ErrorRecord], line: str) -> None:
        self.lines.append(line)
        self.ids.append(getattr(record, "id", None))
        self.counts["articles"] += 1
        if isinstance(record, ErrorRecord):
            self.counts["errors"] += 1
        else:
            for fact_type in FACT_TYPES:
                self.counts[fact_type] += len(getattr(record, fact_type, None) or ())


def get_nlp(patterns_dir: Optional[str] = None) -> Language:
    """The pipeline of this process, built on first use and then reused (per worker)."""
    key = patterns_dir
    with _LOCK:
        nlp = _CACHE.get(key)
        if nlp is None:
            from ..nlp import build_nlp

            nlp = build_nlp(patterns_dir)
            _CACHE[key] = nlp
            # the pipeline's many long-lived objects (rule tables, matchers) leave the
            # collector's generations: full collections no longer walk them per article
            gc.freeze()
        return nlp



def input_warnings(items: Iterable) -> List[Tuple[str, str]]:
    """``(field, message)`` for every item with input fields newsfacts does not read."""
    from ..io.readers import FIELD_HINTS, INPUT_FIELDS

    found = []
    for item in items:
        for name in getattr(item, "unknown_fields", ()):
            hint = f" (did you mean '{FIELD_HINTS[name.lower()]}'?)" if name.lower() in FIELD_HINTS else ""
            found.append((name, f"{item.where}: unknown field '{name}' ignored{hint}; "
                                f"the fields read are {', '.join(INPUT_FIELDS)}"))
    return found


def process_items(nlp: Language, items: Iterable, *, memory_zone: Optional[bool] = None,
                  limits=None) -> ChunkResult:
    """Items (InputItem or ErrorRecord) -> ChunkResult, in order; never raises for an article."""
    from ..api import Limits, extract_items
    from ..io import record_to_json

    items = list(items)
    limits = limits or Limits()
    result = ChunkResult(warnings=input_warnings(items))
    with _LOCK:
        if memory_zone is None:
            warm = _WARM.get(nlp, 0)
            use_zone = USE_MEMORY_ZONE and warm >= WARMUP_ARTICLES
            if not use_zone:
                _WARM[nlp] = warm + len(items)
        else:
            use_zone = memory_zone
        if use_zone and hasattr(nlp, "memory_zone"):
            with nlp.memory_zone():
                for record in extract_items(items, nlp, limits):
                    result.add(record, record_to_json(record))
        else:
            for record in extract_items(items, nlp, limits):
                result.add(record, record_to_json(record))
    return result


def failed_chunk(items: Iterable, reason: str) -> ChunkResult:
    """The chunk as error records (items that were errors already stay as they were)."""
    from ..io import record_to_json

    result = ChunkResult()
    for item in items:
        record = item if isinstance(item, ErrorRecord) else ErrorRecord(id=item.id, error=reason)
        result.add(record, record_to_json(record))
    return result


# -- process-pool entry points (module level so that they pickle by reference) --------------

class PipelineBuildError(RuntimeError):
    """Building the pipeline failed in a worker (e.g. a bad rule file): the run cannot go on."""


_POOL_ARGS: Tuple[Optional[str]] = (None,)
_POOL_LIMITS = None
_POOL_INIT_ERROR: Optional[str] = None


def pool_init(patterns_dir: Optional[str], limits=None) -> None:
    """Pool initializer: build the pipeline once, when the worker starts. A failure is kept
    and raised by the first task (an exception here would make the pool respawn the worker
    forever). Ctrl-C reaches the whole process group: workers ignore it and the parent
    stops them."""
    import signal

    global _POOL_ARGS, _POOL_INIT_ERROR, _POOL_LIMITS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _POOL_ARGS = (patterns_dir,)
    _POOL_LIMITS = limits
    try:
        get_nlp(patterns_dir)
    except Exception as err:  # noqa: BLE001
        _POOL_INIT_ERROR = str(err) if type(err).__name__ == "PatternFileError" else f"{type(err).__name__}: {err}"


def pool_chunk(items: list) -> ChunkResult:
    if _POOL_INIT_ERROR:
        raise PipelineBuildError(_POOL_INIT_ERROR)
    return process_items(get_nlp(*_POOL_ARGS), items, limits=_POOL_LIMITS)
