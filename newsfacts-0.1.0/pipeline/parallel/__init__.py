"""Running the extraction at scale: in chunks (flat memory), on a local worker pool
(``--workers N``) or on a Dask cluster (``--engine dask``).

Every engine produces byte-identical output to a plain single-process run: the same JSON
lines, in input order, error records included. Only the public pipeline API is used
(:func:`newsfacts.nlp.build_nlp`, :func:`newsfacts.api.extract_items`,
:func:`newsfacts.io.read_inputs`, :func:`newsfacts.io.record_to_json`).
"""
from .worker import ChunkResult, get_nlp, process_items  # noqa: F401
from .local import run_local  # noqa: F401
