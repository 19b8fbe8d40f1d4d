"""Records stage: the pydantic article record and how a processed Doc becomes one."""
from .models import (  # noqa: F401
    FACT_TYPES, Article, DateFact, Dateline, ErrorRecord, Event, GoldArticle, Instrument,
    Mention, Official, Place, Venue,
)
from .calendar import (  # noqa: F401,E402
    CalendarEvent, CalendarSource, Conflict, ConflictValue, SourceValues,
)
