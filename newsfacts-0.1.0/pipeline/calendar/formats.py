"""Writing a calendar: JSONL (the record), CSV (one row per event) and iCalendar (.ics).

iCalendar: one VEVENT per event with a day date, all-day (``DTSTART;VALUE=DATE``) with the
exclusive ``DTEND`` iCalendar wants (the inclusive end + 1 day). Events known only to the
month or year, or not dated at all, have no place in a calendar application and are left out
of the .ics (the JSONL and CSV keep them); :func:`write_ics` says how many.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from typing import Iterable, List, Sequence, TextIO, Tuple

from ..records.calendar import CalendarEvent

FORMATS = ("jsonl", "csv", "ics")
CSV_COLUMNS = ("id", "name", "acronym", "ordinal", "series", "start", "end", "venue", "city",
               "country", "officials", "instruments", "articles", "urls", "conflicts")


def write_jsonl(events: Iterable[CalendarEvent], out: TextIO) -> int:
    n = 0
    for event in events:
        out.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False) + "\n")
        n += 1
    return n


def csv_row(event: CalendarEvent) -> List[str]:
    venue = event.venue
    conflicts = "; ".join(
        f"{c.field}: " + " | ".join(f"{json.dumps(v.value, ensure_ascii=False)} ({', '.join(v.articles)})" for v in c.values)
        for c in event.conflicts)
    return [
        event.id, event.name, event.acronym or "", "" if event.ordinal is None else str(event.ordinal),
        event.series or "", event.start or "", event.end or "",
        (venue.name or "") if venue else "", (venue.city or "") if venue else "",
        (venue.country or "") if venue else "", "; ".join(event.officials), "; ".join(event.instruments),
        "; ".join(s.article for s in event.sources), "; ".join(s.url for s in event.sources if s.url), conflicts,
    ]


def write_csv(events: Iterable[CalendarEvent], out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for event in events:
        writer.writerow(csv_row(event))
        n += 1
    return n


def all_day_span(event: CalendarEvent) -> Tuple[date, date] | None:
    """(DTSTART, exclusive DTEND) for an event dated to the day; None otherwise."""
    if not event.start or len(event.start) != 10:
        return None
    try:
        start = date.fromisoformat(event.start)
        end = date.fromisoformat(event.end) if event.end and len(event.end) == 10 else start
    except ValueError:
        return None
    return start, max(end, start) + timedelta(days=1)


def location(event: CalendarEvent) -> str:
    """ "Putrajaya International Convention Centre, Putrajaya, MY": name, then city and country
    where the name does not already say them."""
    venue = event.venue
    parts = [venue.name or venue.city or ""]
    if venue.city and venue.city not in parts[0]:
        parts.append(venue.city)
    if venue.country:
        parts.append(venue.country)
    return ", ".join(p for p in parts if p)


def _description(event: CalendarEvent) -> str:
    lines = []
    if event.series:
        lines.append(f"Series: {event.series}")
    if event.officials:
        lines.append("Officials: " + "; ".join(event.officials))
    if event.instruments:
        lines.append("Instruments: " + "; ".join(event.instruments))
    lines.append("Sources:")
    for s in event.sources:
        lines.append(f"- {s.article}: {s.name}" + (f" <{s.url}>" if s.url else ""))
    for c in event.conflicts:
        lines.append(f"Conflict on {c.field}: " + " | ".join(
            f"{json.dumps(v.value, ensure_ascii=False)} ({', '.join(v.articles)})" for v in c.values))
    return "\n".join(lines)


def to_ics(events: Sequence[CalendarEvent]) -> Tuple[bytes, int]:
    """The .ics bytes and the number of events left out for want of a day date."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//newsfacts//event calendar//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    skipped = 0
    for event in events:
        span = all_day_span(event)
        if span is None:
            skipped += 1
            continue
        vevent = Event()
        vevent.add("uid", f"{event.id}@newsfacts")
        vevent.add("summary", event.name)
        vevent.add("dtstart", span[0])
        vevent.add("dtend", span[1])
        vevent.add("dtstamp", _stamp(event))
        if event.venue:
            vevent.add("location", location(event))
        vevent.add("description", _description(event))
        urls = [s.url for s in event.sources if s.url]
        if urls:
            vevent.add("url", urls[0])
        if event.series:
            vevent.add("categories", [event.series])
        cal.add_component(vevent)
    return cal.to_ical(), skipped


def _stamp(event: CalendarEvent):
    """A DTSTAMP that does not change between runs of the same batch (the latest source date)."""
    from datetime import datetime, timezone

    published = sorted(s.published for s in event.sources if s.published)
    day = date.fromisoformat(published[-1][:10]) if published else date(1970, 1, 1)
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def write_ics(events: Sequence[CalendarEvent], out: io.BufferedIOBase) -> Tuple[int, int]:
    data, skipped = to_ics(events)
    out.write(data)
    return len(events) - skipped, skipped
