"""The calendar record: one real-world event merged from the events of many articles.

Written by ``newsfacts events`` (one JSON line per event). Every value the record keeps can be
traced to the ``sources`` that gave it; where sources disagree the kept value is the one most
sources give, and every value given is listed in ``conflicts``.
"""
from __future__ import annotations

from typing import Any, List, Optional

from pydantic import Field

from .models import Mention, Place, _Model


class SourceValues(_Model):
    """What one article said about the event (null where it said nothing)."""

    acronym: Optional[str] = None
    ordinal: Optional[int] = None
    start: Optional[str] = None
    end: Optional[str] = None
    venue: Optional[Place] = None


class CalendarSource(_Model):
    """One article's event that is (part of) this calendar event."""

    article: str
    url: Optional[str] = None
    published: Optional[str] = None
    name: str = Field(description="The event's name in that article")
    mention: Optional[Mention] = Field(default=None, description="Its first mention in that article")
    values: SourceValues = Field(default_factory=SourceValues)


class ConflictValue(_Model):
    value: Any = None
    articles: List[str] = Field(default_factory=list)


class Conflict(_Model):
    """A field on which the sources disagree: the kept value and every value given, with who gave it."""

    field: str = Field(description="dates | venue | acronym | ordinal")
    kept: Any = None
    values: List[ConflictValue] = Field(default_factory=list)


class CalendarEvent(_Model):
    """One line of a calendar: an event with every article that reports it."""

    id: str
    name: str
    acronym: Optional[str] = None
    ordinal: Optional[int] = None
    series: Optional[str] = Field(default=None, description="Shared by the editions of one series")
    start: Optional[str] = None
    end: Optional[str] = None
    venue: Optional[Place] = None
    officials: List[str] = Field(default_factory=list)
    instruments: List[str] = Field(default_factory=list)
    sources: List[CalendarSource] = Field(default_factory=list)
    conflicts: List[Conflict] = Field(default_factory=list)
