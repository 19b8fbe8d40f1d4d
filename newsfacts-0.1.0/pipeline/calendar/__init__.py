"""Calendar stage: the events of many articles merged into one record per real-world event.

Separate from single-article linking (``linking``): it reads finished article records (a run),
never a Doc. ``mentions`` (features), ``decide`` (is this the same event?), ``blocking``
(which pairs to compare), ``merge`` (clusters, values, conflicts, series), ``build`` (local
engine), ``dask_calendar`` (Dask engine), ``formats`` (JSONL, CSV, iCalendar), ``command``
(``newsfacts events``).
"""
from .build import CalendarStats, build_calendar, calendar_events, read_calendar  # noqa: F401
