"""I/O stage: reading inputs into items and writing records as JSON lines."""
from .readers import InputItem, read_inputs  # noqa: F401
from .writers import record_to_json  # noqa: F401
