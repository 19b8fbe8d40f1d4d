"""Merging: candidate pairs -> components -> clusters -> calendar records.

- :func:`components`: the connected parts of the graph of candidate pairs (every mention is in
  exactly one; a mention with no candidate is alone). Components are independent: each is
  merged on its own, on any worker.
- :func:`clusters`: within a component, pairs are taken best first and two clusters join only
  when no pair across them :func:`~newsfacts.calendar.decide.contradicts` (complete link): an
  unnumbered "ASEAN Summit" never ties the 46th and the 47th together.
- :func:`build_event`: one record per cluster: the value most sources give for each field (a
  coarser value that a finer one refines is agreement, not a conflict), every disagreement in
  ``conflicts``, every source with the values it gave.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from itertools import combinations
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Tuple

from ..records.calendar import CalendarEvent, CalendarSource, Conflict, ConflictValue, SourceValues
from ..records.models import Mention, Place
from .decide import contradicts, same_event
from .mentions import (
    _ORDINAL_TOKEN, EventMention, Order, distinctive, generic_words, name_tokens, place_key, word_ordinal,
)


def components(orders: Iterable[Order], pairs: Iterable[Tuple[float, Order, Order]]) -> List[List[Order]]:
    """Connected components (union-find), each sorted, listed by their first mention."""
    parent: Dict[Order, Order] = {o: o for o in orders}

    def find(o: Order) -> Order:
        while parent[o] != o:
            parent[o] = parent[parent[o]]
            o = parent[o]
        return o

    for _, a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: Dict[Order, List[Order]] = {}
    for o in sorted(parent):
        groups.setdefault(find(o), []).append(o)
    return sorted(groups.values())


def _units(mentions: Sequence[EventMention]) -> List[List[EventMention]]:
    """Twins that are one event together (the same report in many articles) form one unit,
    one mention per article; every other mention is a unit of its own."""
    from .blocking import self_score, twin_groups

    units: List[List[EventMention]] = []
    for group in twin_groups(mentions):
        if len(group) == 1 or self_score(group) <= 0:
            units.extend([m] for m in group)
            continue
        seen: set = set()
        unit = []
        for m in group:
            if m.article in seen:
                units.append([m])  # a second report of the same article stays apart
            else:
                seen.add(m.article)
                unit.append(m)
        units.append(unit)
    return sorted(units, key=lambda u: u[0].order)


def clusters(component: Sequence[EventMention]) -> List[List[EventMention]]:
    """The events of one component: best pairs first, complete link on contradictions.
    Compared unit by unit (:func:`_units`), so a thousand copies of one report cost one."""
    units = _units(component)
    if len(units) == 1:
        return [sorted(units[0], key=lambda m: m.order)]
    articles = [{m.article for m in u} for u in units]
    scored = []
    for i, j in combinations(range(len(units)), 2):
        if articles[i] & articles[j]:
            continue
        pair = (units[i][0], units[j][0])  # any two members: twins score alike
        if contradicts(*pair):
            continue
        score = same_event(*pair)
        if score > 0:
            scored.append((-score, units[i][0].order, units[j][0].order, i, j))
    scored.sort()
    owner = list(range(len(units)))
    members: Dict[int, List[int]] = {i: [i] for i in range(len(units))}
    covered: Dict[int, set] = {i: set(a) for i, a in enumerate(articles)}
    for _, _, _, i, j in scored:
        ci, cj = owner[i], owner[j]
        if ci == cj or covered[ci] & covered[cj]:
            continue
        if any(contradicts(units[x][0], units[y][0]) for x in members[ci] for y in members[cj]):
            continue
        keep, gone = min(ci, cj), max(ci, cj)
        for u in members.pop(gone):
            owner[u] = keep
            members[keep].append(u)
        covered[keep] |= covered.pop(gone)
    return [sorted((m for u in us for m in units[u]), key=lambda m: m.order) for _, us in sorted(members.items())]


# --------------------------------------------------------------------------- values

def _dates_agree(a: Tuple[str, str], b: Tuple[str, str]) -> bool:
    """One range is the other written coarser ("2025-06" and "2025-06-23".."2025-06-27")."""
    return all(x.startswith(y) or y.startswith(x) for x, y in zip(a, b))


def _places_agree(a: Tuple, b: Tuple) -> bool:
    (_, ca, na), (_, cb, nb) = a, b
    if na and nb and na != nb:
        return False
    return not (ca and cb and ca != cb)


def vote(values: List[Tuple[Any, str]], agree: Callable[[Any, Any], bool],
         finer: Callable[[Any], int]) -> Tuple[Any, List[Tuple[Any, List[str]]]]:
    """The value most sources support (a source supports every value it agrees with), made as
    fine as the agreeing sources allow; and every distinct value with its articles when some
    source disagrees with it (else an empty list)."""
    if not values:
        return None, []
    distinct: List[Any] = list(dict.fromkeys(v for v, _ in values))
    support = {v: sum(1 for w, _ in values if agree(v, w)) for v in distinct}
    own = Counter(v for v, _ in values)
    best = max(distinct, key=lambda v: (support[v], own[v], finer(v), -distinct.index(v)))
    agreeing = [v for v in distinct if agree(best, v)]
    kept = max(agreeing, key=lambda v: (finer(v), own[v], -distinct.index(v)))
    if len(agreeing) == len(distinct):
        return kept, []
    listed = [(v, [a for w, a in values if w == v]) for v in distinct]
    return kept, listed


def _dates_value(m: EventMention) -> Optional[Tuple[str, str]]:
    return (m.start, m.end or m.start) if m.start else None


def _place_value(m: EventMention) -> Optional[Tuple]:
    """(venue, city key, country): a venue without a city (a country, a building) agrees
    with any city of its country."""
    if not m.venue:
        return None
    return (m.venue, place_key((None, m.venue[1], None)) if m.venue[1] else None, m.venue[2])


def _conflict(field: str, kept: Any, listed, show: Callable[[Any], Any]) -> Optional[Conflict]:
    if not listed:
        return None
    return Conflict(field=field, kept=show(kept),
                    values=[ConflictValue(value=show(v), articles=arts) for v, arts in listed])


def _place_json(p: Optional[Tuple]) -> Optional[Dict[str, Optional[str]]]:
    if not p:
        return None
    name, city, country = p[0]
    return {"name": name, "city": city, "country": country}


def canonical_name(cluster: Sequence[EventMention]) -> str:
    """The fullest specific name most sources give: a name with the edition's ordinal and its
    acronym spelt out is preferred to a bare acronym or a descriptive phrase."""
    counts = Counter(m.name for m in cluster)

    def rank(m: EventMention):
        return (m.specific, m.ordinal is not None, len(m.words) > 1, counts[m.name], len(m.name), -m.order[0], -m.order[1])

    return max(cluster, key=rank).name


def series_key(cluster: Sequence[EventMention]) -> Optional[str]:
    """What the editions of one series share: the acronym, else the name's words without the
    ordinal ("13th AMMTC", "19th AMMTC" -> "ammtc"; "54th Pacific Islands Forum Leaders
    Meeting" -> "pacific-islands-forum-leaders-meeting"). Descriptive events have none."""
    acronyms = Counter(m.effective_acronym + (f"/{m.acronym_scope}" if m.acronym_scope else "")
                       for m in cluster if m.effective_acronym)
    if acronyms:
        return max(acronyms, key=lambda a: (acronyms[a], "/" in a, a))
    specific = [m for m in cluster if m.specific and distinctive(m.words)
                and _starts_capitalised(m.series_name or m.name)]
    if not specific:
        return None
    best = max(specific, key=lambda m: (len(m.words), -m.order[0], -m.order[1], -m.order[2]))
    return "-".join(series_words(best.series_name or best.name)) or None


def _starts_capitalised(name: str) -> bool:
    """A named event: its first word after an ordinal is capitalised ("third New Zealand-Tonga
    Forum"), unlike a descriptive "bilateral meeting with ..."."""
    words = [w for w in name.split() if not _ORDINAL_TOKEN.match(w.lower()) and word_ordinal(w) is None]
    return bool(words) and words[0][:1].isupper()


def series_words(name: str) -> List[str]:
    from ..evaluate.matching import STOP_WORDS, tokens

    bare = re.sub(r"\([^()]*\)", " ", name)
    # "46th ASEAN Summit and Related Summits": the series is the complete name before "and"
    head, sep, _ = bare.partition(" and ")
    if sep and name_tokens(head) and name_tokens(head)[-1] in generic_words():
        bare = head
    # "new" is a stop word for matching names, but a name's word in "New Zealand"
    return [t for t in tokens(bare) if (t not in STOP_WORDS or t == "new") and not _ORDINAL_TOKEN.match(t)
            and word_ordinal(t) is None]


def event_id(cluster: Sequence[EventMention]) -> str:
    keys = sorted(f"{m.article}\u0001{m.name}" for m in cluster)
    return "ev-" + hashlib.sha1("\u0002".join(keys).encode("utf-8")).hexdigest()[:12]


def _source(m: EventMention) -> CalendarSource:
    mention = None
    if m.mention:
        start, end, text, rule = m.mention
        mention = Mention(start=start, end=end, text=text, rule=rule)
    venue = Place(**_place_json((m.venue,))) if m.venue else None
    return CalendarSource(article=m.article, url=m.url, published=m.published, name=m.name, mention=mention,
                          values=SourceValues(acronym=m.acronym, ordinal=m.ordinal, start=m.start,
                                              end=m.end, venue=venue))


def _union(lists: Iterable[Sequence[str]]) -> List[str]:
    seen: Dict[str, str] = {}
    for names in lists:
        for name in names:
            seen.setdefault(" ".join(name.casefold().split()), name)
    return list(seen.values())


def build_event(cluster: Sequence[EventMention]) -> CalendarEvent:
    cluster = sorted(cluster, key=lambda m: m.order)
    conflicts: List[Conflict] = []
    dates, listed = vote([(v, m.article) for m in cluster if (v := _dates_value(m))], _dates_agree,
                         lambda v: len(v[0]) + len(v[1]))
    if (c := _conflict("dates", dates, listed, lambda v: {"start": v[0], "end": v[1]})):
        conflicts.append(c)
    place, listed = vote([(v, m.article) for m in cluster if (v := _place_value(m))], _places_agree,
                         lambda v: (v[1] is not None) + (v[0][0] is not None))
    if (c := _conflict("venue", place, listed, _place_json)):
        conflicts.append(c)
    ordinal, listed = vote([(m.ordinal, m.article) for m in cluster if m.ordinal is not None],
                           lambda a, b: a == b, lambda v: 0)
    if (c := _conflict("ordinal", ordinal, listed, lambda v: v)):
        conflicts.append(c)
    acronym, listed = vote([(m.acronym, m.article) for m in cluster if m.acronym],
                           lambda a, b: a.casefold() == b.casefold(), lambda v: sum(ch.isupper() for ch in v))
    if (c := _conflict("acronym", acronym, listed, lambda v: v)):
        conflicts.append(c)
    return CalendarEvent(
        id=event_id(cluster), name=canonical_name(cluster), acronym=acronym, ordinal=ordinal,
        series=series_key(cluster), start=dates[0] if dates else None, end=dates[1] if dates else None,
        venue=Place(**_place_json(place)) if place else None,
        officials=_union(m.officials for m in cluster), instruments=_union(m.instruments for m in cluster),
        sources=[_source(m) for m in cluster], conflicts=conflicts,
    )


def merge_component(component: Sequence[EventMention]) -> List[CalendarEvent]:
    """The calendar events of one component (the unit of work of an engine)."""
    return [build_event(c) for c in clusters(component)]


def sort_key(event: CalendarEvent) -> Tuple:
    """Calendar order: by start date (undated last), then name, then id."""
    return (event.start is None, event.start or "", event.end or "", event.name.casefold(), event.id)
