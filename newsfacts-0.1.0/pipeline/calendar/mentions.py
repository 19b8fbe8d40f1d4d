"""From a run's article records to event mentions with the features the calendar compares.

An *event mention* is one event of one article record. Its features are pure functions of the
record and of the run's acronym table (:func:`acronym_table`):

- ``words``: the event's name as a set of content words: casefolded, accents and possessives
  dropped, light plural stemming, ordinals, years and stop words left out, and every acronym
  replaced by its long form (the article's own definition first, else the run's when the run
  defines it one way only); an edition named by a short form ("the 12th session of the Joint
  Committee") takes the words of the fuller name the same article gives another edition;
- ``acronym``: written, or derived when the name is a long form the run defines an acronym for;
- ``specific``: the name says which event it is (an acronym, or a capitalised word besides the
  ordinal), as opposed to a descriptive "bilateral meeting" or "6th meeting".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, Iterator, List, Optional, Tuple

from ..evaluate.matching import STOP_WORDS, _stem, tokens
from ..normalisation.events import word_ordinal

_ORDINAL_TOKEN = re.compile(r"^\d+(?:st|nd|rd|th)?$")
_ROMAN = re.compile(r"^[IVXLC]+$")
#: Order of a mention in a run: (run file, line, event index) - the same on every engine.
Order = Tuple[int, int, int]


@dataclass(frozen=True)
class EventMention:
    order: Order
    article: str
    name: str
    acronym: Optional[str] = None
    ordinal: Optional[int] = None
    start: Optional[str] = None
    end: Optional[str] = None
    venue: Optional[Tuple[Optional[str], Optional[str], Optional[str]]] = None  # name, city, country
    officials: Tuple[str, ...] = ()
    instruments: Tuple[str, ...] = ()
    mention: Optional[Tuple[int, int, str, str]] = None  # start, end, text, rule
    url: Optional[str] = None
    published: Optional[str] = None
    # features (see :func:`featurise`)
    words: FrozenSet[str] = frozenset()
    ordered_words: Tuple[str, ...] = ()
    effective_acronym: Optional[str] = None
    specific: bool = False
    series_name: Optional[str] = None  # the fuller name of its series in the same article
    acronym_scope: Optional[str] = None  # what tells apart two bodies the run gives one acronym
    place_key: Optional[str] = None  # the venue's city (else its name), folded, for comparing
    official_keys: FrozenSet[str] = frozenset()  # the officials' names, folded, for comparing


#: Labels of the rule files whose words say what kind of event or body a name is, not which.
GENERIC_LABELS = {"events.jsonl": ("EVENT_HEAD", "EVENT_HEAD_LOWER", "EVENT_BODY_HEAD"),
                  "calendar.jsonl": ("CALENDAR_GENERIC",)}


@lru_cache(maxsize=1)
def generic_words() -> FrozenSet[str]:
    """Content words of the generic event and body heads and modifiers (``patterns/``)."""
    from ..recognition.lexicon import read_pattern_file, resolve

    out = set()
    for filename, labels in GENERIC_LABELS.items():
        for entry in read_pattern_file(resolve(filename)):
            if entry.label in labels and isinstance(entry.pattern, str):
                out.update(name_tokens(entry.pattern))
    return frozenset(out)


def distinctive(words: FrozenSet[str]) -> FrozenSet[str]:
    """The words that say WHICH event ("asean", "halal"), not what kind ("summit", "joint")."""
    return words - generic_words()


def acronym_key(acronym: Optional[str]) -> Optional[str]:
    """ "AMMTC", "Ammtc", "SEANWFZ EXCOM" -> one spelling for comparing acronyms."""
    key = "".join(tokens(acronym))
    return key or None


def name_tokens(name: str) -> List[str]:
    """Content tokens of an event name in order: stemmed, no stop words, ordinals or years."""
    out = []
    for raw in re.split(r"[\s\-\u2013\u2014/]+", name or ""):
        if _ROMAN.match(raw.strip(",.;:()")) and len(raw) > 1:
            continue  # "XV Meeting", "LXII Mercosur Summit": a Roman ordinal
        for tok in tokens(raw):
            if tok in STOP_WORDS or _ORDINAL_TOKEN.match(tok) or word_ordinal(tok) is not None:
                continue
            out.append(_stem(tok))
    return out


def is_specific(name: str, acronym: Optional[str]) -> bool:
    """Does the name say which event it is? An acronym or a capitalised word (ordinals aside)."""
    if acronym:
        return True
    for word in (name or "").split():
        bare = word.strip("\"'“”‘’(),.;:")
        if bare[:1].isupper() and not _ORDINAL_TOKEN.match(bare.lower()) \
                and word_ordinal(bare.split("-")[0]) is None and not _ROMAN.match(bare):
            return True
    return False


# --------------------------------------------------------------------------- reading a run

def _place(venue) -> Optional[Tuple[Optional[str], Optional[str], Optional[str]]]:
    if not venue:
        return None
    get = venue.get if isinstance(venue, dict) else (lambda k: getattr(venue, k, None))
    place = (get("name"), get("city"), get("country"))
    return place if any(place) else None


def mentions_of_record(record: dict, file_index: int, line: int,
                       url: Optional[str] = None) -> List[EventMention]:
    """The event mentions of one article record (a dict as read from a run line)."""
    out = []
    article = str(record.get("id"))
    for index, event in enumerate(record.get("events") or []):
        if not isinstance(event, dict) or not event.get("name"):
            continue
        first = (event.get("mentions") or [None])[0]
        mention = None
        if isinstance(first, dict) and {"start", "end", "text"} <= set(first):
            mention = (first["start"], first["end"], first["text"], first.get("rule") or "")
        out.append(EventMention(
            order=(file_index, line, index), article=article, name=" ".join(str(event["name"]).split()),
            acronym=event.get("acronym") or None, ordinal=event.get("ordinal"),
            start=event.get("start") or None, end=event.get("end") or event.get("start") or None,
            venue=_place(event.get("venue")),
            officials=tuple(event.get("officials") or ()), instruments=tuple(event.get("instruments") or ()),
            mention=mention, url=url or record.get("url") or None, published=record.get("published"),
        ))
    return out


def place_key(venue) -> Optional[str]:
    """ "Kuala Lumpur" for a venue in Kuala Lumpur: its city, else the first part of its name."""
    if not venue:
        return None
    name, city, _ = venue
    return " ".join(tokens((city or name or "").split(",")[0])) or None


# --------------------------------------------------------------------------- acronyms

#: acronym key -> the long forms (content words) the run gives it
AcronymTable = Dict[str, FrozenSet[FrozenSet[str]]]


def spells_out(acronym: str, name: str) -> bool:
    """Do the name's words spell the acronym (its letters are word initials, in order, and the
    name is not much longer than it)? "Senior Officials Meeting on Transnational Crime" spells
    SOMTC; "Gulf Summit of the Ministerial Council of the Cooperation Council" is not GCC."""
    letters = [c for c in acronym.upper() if c.isalpha()]
    words = [w for w in re.split(r"[\s\-\u2013/]+", name) if w[:1].isalpha()]
    initials = iter(w[0].upper() for w in words)
    content = [w for w in words if w.casefold() not in STOP_WORDS and word_ordinal(w) is None]
    return bool(letters) and all(any(c == i for i in initials) for c in letters) \
        and len(content) <= len(letters) + 2


def definitions(mention: EventMention) -> List[Tuple[str, FrozenSet[str]]]:
    """(acronym, long form words) when the event's name spells out its acronym."""
    key = acronym_key(mention.acronym)
    if not key or not spells_out(mention.acronym, mention.name):
        return []
    toks = name_tokens(mention.name)
    words = frozenset(toks) - {key}
    if len(words) < 2 or key in toks:
        return []
    return [(key, words)]


def acronym_table(pairs: Iterable[Tuple[str, FrozenSet[str]]]) -> AcronymTable:
    table: Dict[str, set] = {}
    for key, words in pairs:
        table.setdefault(key, set()).add(frozenset(words))
    return {k: frozenset(v) for k, v in sorted(table.items())}


def _own_definitions(article_mentions: List[EventMention]) -> Dict[str, FrozenSet[str]]:
    own: Dict[str, FrozenSet[str]] = {}
    for m in article_mentions:
        for key, words in definitions(m):
            own.setdefault(key, words)
    return own


def _expand(toks: List[str], own: Dict[str, FrozenSet[str]], table: AcronymTable) -> List[str]:
    out: List[str] = []
    for tok in toks:
        long = own.get(tok)
        if long is None and len(table.get(tok, ())) == 1:
            long = next(iter(table[tok]))
        out.extend(sorted(long) if long else [tok])
    return out


def _derived_acronym(words: FrozenSet[str], table: AcronymTable) -> Optional[str]:
    hits = [key for key, forms in table.items() if words in forms]
    return hits[0] if len(hits) == 1 else None


def featurise(article_mentions: List[EventMention], table: AcronymTable) -> List[EventMention]:
    """The mentions of ONE article with their features (they read each other's definitions)."""
    own = _own_definitions(article_mentions)
    first: List[EventMention] = []
    for m in article_mentions:
        ordered = _expand(name_tokens(m.name), own, table)
        ordered = list(dict.fromkeys(ordered))
        words = frozenset(ordered)
        acronym = acronym_key(m.acronym) or _derived_acronym(words, table)
        if acronym and words == {acronym}:
            # a bare acronym nobody spells out: its words are the acronym itself
            words = frozenset({acronym})
        first.append(replace(m, words=words, ordered_words=tuple(ordered), effective_acronym=acronym,
                             specific=is_specific(m.name, m.acronym),
                             acronym_scope=_acronym_scope(acronym, own, words, table),
                             place_key=place_key(m.venue),
                             official_keys=frozenset(" ".join(tokens(o)) for o in m.officials)))
    return [_with_series_context(m, first) for m in first]


def _acronym_scope(acronym: Optional[str], own: Dict[str, FrozenSet[str]], words: FrozenSet[str],
                   table: AcronymTable) -> Optional[str]:
    """When the run spells one acronym out two ways (two bodies called JCBC), the distinctive
    words of this article's long form ("china-singapore"), so their series stay apart."""
    if not acronym or len(table.get(acronym, ())) < 2:
        return None
    long = own.get(acronym) or (words if words != {acronym} else None)
    scope = sorted(distinctive(long)) if long else []
    return "-".join(scope) or None


def _with_series_context(m: EventMention, siblings: List[EventMention]) -> EventMention:
    """ "12th session of the Joint Committee" beside "11th session of the Bahraini-Tunisian
    Joint Committee": the short form takes the fuller name of its series."""
    if m.ordinal is None or m.effective_acronym or distinctive(m.words):
        return m
    fuller = [s for s in siblings if s is not m and s.ordinal != m.ordinal
              and m.words < s.words and len(m.words) >= 1]
    if not fuller:
        return m
    best = max(fuller, key=lambda s: (len(s.words), -s.order[2]))
    extra = [w for w in best.ordered_words if w not in m.words]
    return replace(m, words=best.words, ordered_words=m.ordered_words + tuple(extra), series_name=best.name,
                   effective_acronym=m.effective_acronym or best.effective_acronym,
                   specific=m.specific or best.specific)


def by_article(mentions: Iterable[EventMention]) -> Iterator[List[EventMention]]:
    """Consecutive mentions of one article line grouped (they come in run order)."""
    group: List[EventMention] = []
    for m in mentions:
        if group and m.order[:2] != group[0].order[:2]:
            yield group
            group = []
        group.append(m)
    if group:
        yield group
