"""The article record (facts schema v1, ``../shared/FACTS.md``) as pydantic models.

The same models read gold annotations: there ``mentions`` and the events' linked
``officials``/``instruments`` are simply absent and default to empty lists.
"""
from __future__ import annotations

from typing import List, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

InstrumentKind = Literal[
    "plan", "programme", "agreement", "treaty", "convention", "memorandum", "declaration",
    "statement", "roadmap", "framework", "strategy", "law", "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Mention(_Model):
    """Where a fact was found: ``text[start:end] == text`` and the id of the rule that found it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule: str


class Place(_Model):
    name: Optional[str] = None
    city: Optional[str] = None
    country: Optional[str] = Field(default=None, description="ISO 3166-1 alpha-2")


class Dateline(_Model):
    name: str
    country: Optional[str] = None


class Official(_Model):
    name: str
    title: Optional[str] = None
    honorifics: List[str] = Field(default_factory=list)
    country: Optional[str] = None
    mentions: List[Mention] = Field(default_factory=list)


class Instrument(_Model):
    name: str
    kind: InstrumentKind = "other"
    start: Optional[str] = None
    end: Optional[str] = None
    mentions: List[Mention] = Field(default_factory=list)


class DateFact(_Model):
    text: str
    start: Optional[str] = None
    end: Optional[str] = None
    mentions: List[Mention] = Field(default_factory=list)


class Venue(Place):
    mentions: List[Mention] = Field(default_factory=list)


class Event(_Model):
    name: str
    acronym: Optional[str] = None
    ordinal: Optional[int] = None
    start: Optional[str] = None
    end: Optional[str] = None
    venue: Optional[Place] = None
    officials: List[str] = Field(default_factory=list)
    instruments: List[str] = Field(default_factory=list)
    mentions: List[Mention] = Field(default_factory=list)


class Article(_Model):
    """One output line: every fact found in one article."""

    id: str
    published: Optional[str] = None
    dateline: Optional[Dateline] = None
    officials: List[Official] = Field(default_factory=list)
    instruments: List[Instrument] = Field(default_factory=list)
    dates: List[DateFact] = Field(default_factory=list)
    venues: List[Venue] = Field(default_factory=list)
    events: List[Event] = Field(default_factory=list)
    #: what the reader should know about this record, e.g. that relative dates ("today",
    #: "on Monday") could not be anchored because the article has no publication date
    warnings: List[str] = Field(default_factory=list)


class GoldArticle(Article):
    """An annotated article: the record plus the text it was annotated on."""

    text: str
    url: Optional[str] = None


class ErrorRecord(_Model):
    """The line an input that cannot be processed still yields."""

    id: Optional[str] = None
    error: str


FACT_TYPES = ("officials", "instruments", "dates", "venues", "events")
