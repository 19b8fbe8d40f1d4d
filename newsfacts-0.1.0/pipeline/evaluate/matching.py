"""Matching predicted facts to gold facts by content, one to one, per article and fact type.

Every fact type has a *similarity* ``score(gold, pred) -> float``: 0 means "not the same
fact", anything above 0 means "may be the same fact" and a higher score is a better pair.
:func:`assign` then pairs facts one to one, greedily by descending score (ties broken by
document order), which is the classic greedy approximation of the maximum-weight assignment
and gives the same result whenever each fact has at most one plausible partner.

The rules, per type (see ``../shared/dev/README.md`` for the gold conventions they honour):

officials
    Names are normalised (casefold, accents and punctuation removed, hyphens split, leading
    honorifics and courtesy titles dropped, generational suffixes such as "Jr" set aside).
    Two names match when their tokens are equal, or when the tokens of the shorter name are a
    subset of the longer one's, the surname (last token) is shared, and the shorter name has
    at least two tokens: "Antony Blinken" matches "Antony J. Blinken", but a bare "Ibrahim"
    never matches "Anwar Ibrahim" (a single token is too ambiguous: it may be another person).
instruments
    Names are normalised (bracketed acronyms, a leading "the", punctuation and accents
    dropped). They match when equal, or when the token-set Jaccard of their content words
    (stop words left out) is at least 0.6 and both name the same sort of instrument (the
    same set of head words such as "agreement", "agenda", "protocol", "plan").
dates
    By value: ``(start, end)`` must be equal; the surface text does not matter. Several gold
    dates with the same value are matched one to one.
venues
    By place: the normalised city, the name, or the name's first comma segment ("Moscow,
    Russia" -> "Moscow") of one must equal the city or name of the other, and the countries
    must not conflict (equal, or one of them unknown). Exact names score highest.
events
    Loosely: when both have an ordinal and they differ, never. Otherwise equal acronyms
    match outright; else the content words of name + acronym (casefolded, light plural
    stemming, ordinals and stop words left out; generic heads such as "meeting", "summit",
    "talks" weigh half) must overlap by at least 0.5, as Jaccard or as containment of the
    smaller set. Dates and venue are then compared as attributes.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from ..records.models import FACT_TYPES

# --------------------------------------------------------------------------- normalising

_APOSTROPHES = "'\u2019\u2018`\u00b4"
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NON_WORD = re.compile(r"[^\w]+")

STOP_WORDS = frozenset(
    "a an and as at by for from in into of on or the to with between among its their his her "
    "this that these those new".split()
)
#: Honorifics and courtesy titles that may lead a name, as token sequences (names are split
#: at dots, so "H.E." is ``h e``). Only *leading* ones are dropped and never the last token.
#: Words that are also common name parts ("Tan", "Sri", "Raja") count only in their compounds.
HONORIFICS = tuple(sorted(
    [(h,) for h in (
        "mr mrs ms miss mdm madam dr prof professor ir sir dame lord lady hrh tun haji hj "
        "hajah tengku tunku sultan pehin sheikh shaikh sayyid prince princess ambassador "
        "general gen major lieutenant lt colonel col captain capt admiral brigadier ustaz "
        "his her majesty highness royal excellency"
    ).split()
    ] + [
        ("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("datuk", "sri"),
        ("dato", "sri"), ("dato", "seri"), ("datuk",), ("dato",), ("datin", "paduka"),
        ("datin", "seri"), ("datin",), ("h", "e"), ("yb",), ("yang", "berhormat"), ("yang", "amat", "berhormat"),
        ("yang", "mulia"), ("yang", "dipertuan", "agong"),
    ],
    key=len, reverse=True,
))
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Event heads that say what kind of event it is but not which one.
GENERIC_EVENT_WORDS = frozenset(
    "meeting summit talk session conference forum visit ceremony dialogue call consultation "
    "council assembly gathering discussion signing retreat workshop event related plenary "
    "bilateral official state working".split()
)


def fold(text: Optional[str]) -> str:
    """Casefold and strip accents; apostrophes vanish ("Dato'" -> "dato", "O'Neil" -> "oneil")."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    return text.casefold()


def tokens(text: Optional[str]) -> List[str]:
    """Folded word tokens: every run of non-word characters (hyphens too) separates."""
    return [tok for tok in _NON_WORD.split(fold(text)) if tok and tok != "_"]


def norm(text: Optional[str]) -> str:
    return " ".join(tokens(text))


def name_tokens(name: Optional[str], honorifics: Iterable[str] = ()) -> List[str]:
    """Tokens of a person's name without leading honorifics and without "Jr"/"Sr"/"III"."""
    toks = tokens(name)
    own = tuple(tuple(tokens(h)) for h in honorifics if tokens(h))
    stripping = True
    while stripping:
        stripping = False
        for honorific in own + HONORIFICS:
            n = len(honorific)
            if len(toks) > n and tuple(toks[:n]) == honorific:
                toks = toks[n:]
                stripping = True
                break
    while len(toks) > 1 and toks[-1] in NAME_SUFFIXES:
        toks = toks[:-1]
    return toks


def instrument_name(name: Optional[str]) -> List[str]:
    text = _BRACKETED.sub(" ", name or "")
    toks = tokens(text)
    if len(toks) > 1 and toks[0] == "the":
        toks = toks[1:]
    return toks


def _stem(tok: str) -> str:
    if len(tok) > 3 and tok.endswith("ies"):
        return tok[:-3] + "y"
    if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss"):
        return tok[:-1]
    return tok


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)?$")


def event_words(name: Optional[str], acronym: Optional[str]) -> Set[str]:
    words = {_stem(tok) for tok in tokens(name) if tok not in STOP_WORDS and not _ORDINAL.match(tok)}
    if acronym:
        words.add(norm(acronym).replace(" ", ""))
    return words


# --------------------------------------------------------------------------- similarities

def _get(fact, field: str):
    return fact.get(field) if isinstance(fact, dict) else getattr(fact, field, None)


def official_score(gold, pred) -> float:
    g = name_tokens(_get(gold, "name"), _get(gold, "honorifics") or ())
    p = name_tokens(_get(pred, "name"), _get(pred, "honorifics") or ())
    if not g or not p:
        return 0.0
    if g == p:
        return 1.0
    if set(g) == set(p):  # same tokens, other order ("Park Jin" / "Jin Park")
        return 0.95
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    if len(short) >= 2 and set(short) <= set(long_) and short[-1] == long_[-1]:
        return 0.5 + 0.4 * len(short) / len(long_)
    return 0.0


INSTRUMENT_JACCARD = 0.6
#: Words that say what sort of instrument a name is. Two names with different sets of them
#: are different instruments however many other words they share: "EU-Moldova Association
#: Agreement" is not the "... Association Agenda", a "Protocol to the X Treaty" not the treaty.
INSTRUMENT_HEADS = frozenset(
    "plan programme agreement treaty convention memorandum mou declaration statement roadmap "
    "framework strategy law act agenda charter protocol vision blueprint accord pact "
    "communique resolution initiative policy guideline guidelines code principles".split()
)
_SPELLINGS = {"program": "programme", "programs": "programme", "programmes": "programme",
              "plans": "plan", "agreements": "agreement", "mous": "mou"}


def _instrument_words(toks: List[str]) -> Set[str]:
    return {_SPELLINGS.get(t, t) for t in toks if t not in STOP_WORDS}


def instrument_score(gold, pred) -> float:
    g = instrument_name(_get(gold, "name"))
    p = instrument_name(_get(pred, "name"))
    if not g or not p:
        return 0.0
    if g == p:
        return 1.0
    gs, ps = _instrument_words(g), _instrument_words(p)
    if not gs or not ps or (gs & INSTRUMENT_HEADS) != (ps & INSTRUMENT_HEADS):
        return 0.0
    jaccard = len(gs & ps) / len(gs | ps)
    return 0.9 * jaccard if jaccard >= INSTRUMENT_JACCARD else 0.0


def date_score(gold, pred) -> float:
    same = (_get(gold, "start"), _get(gold, "end")) == (_get(pred, "start"), _get(pred, "end"))
    if not same:
        return 0.0
    # Equal text breaks ties between several dates of one value.
    return 1.0 if norm(_get(gold, "text")) == norm(_get(pred, "text")) else 0.9


def _place_keys(place) -> Set[str]:
    keys = set()
    for field in ("name", "city"):
        value = _get(place, field)
        if value:
            keys.add(norm(value))
            keys.add(norm(value.split(",")[0]))
    keys.discard("")
    return keys


def countries_agree(a: Optional[str], b: Optional[str]) -> bool:
    return not a or not b or a.upper() == b.upper()


def venue_score(gold, pred) -> float:
    if not countries_agree(_get(gold, "country"), _get(pred, "country")):
        return 0.0
    gname, pname = norm(_get(gold, "name")), norm(_get(pred, "name"))
    country_bonus = 0.05 if (_get(gold, "country") or "").upper() == (_get(pred, "country") or "").upper() else 0.0
    if gname and gname == pname:
        return 0.95 + country_bonus
    if _place_keys(gold) & _place_keys(pred):
        return 0.8 + country_bonus
    return 0.0


EVENT_OVERLAP = 0.5


def _weight(words: Set[str]) -> float:
    return sum(0.5 if w in GENERIC_EVENT_WORDS else 1.0 for w in words)


def event_score(gold, pred) -> float:
    go, po = _get(gold, "ordinal"), _get(pred, "ordinal")
    if go is not None and po is not None and go != po:
        return 0.0
    same_ordinal = go is not None and go == po
    ga, pa = norm(_get(gold, "acronym")).replace(" ", ""), norm(_get(pred, "acronym")).replace(" ", "")
    if ga and ga == pa:
        return 1.0 if same_ordinal or go is None or po is None else 0.95
    g = event_words(_get(gold, "name"), _get(gold, "acronym"))
    p = event_words(_get(pred, "name"), _get(pred, "acronym"))
    if not g or not p:
        return 0.0
    shared = _weight(g & p)
    jaccard = shared / _weight(g | p)
    containment = shared / min(_weight(g), _weight(p))
    overlap = max(jaccard, containment)
    if overlap < EVENT_OVERLAP:
        return 0.0
    return 0.3 + 0.5 * jaccard + 0.1 * containment + (0.1 if same_ordinal else 0.0)


SCORERS: Dict[str, Callable[[object, object], float]] = {
    "officials": official_score,
    "instruments": instrument_score,
    "dates": date_score,
    "venues": venue_score,
    "events": event_score,
}
assert set(SCORERS) == set(FACT_TYPES)


# --------------------------------------------------------------------------- assignment

@dataclass
class Matching:
    """The outcome for one article and one fact type: index pairs and the leftovers."""

    pairs: List[Tuple[int, int]]  # (gold index, pred index)
    missed: List[int]  # gold indices with no partner
    invented: List[int]  # pred indices with no partner


def assign(gold: Sequence, pred: Sequence, score: Callable[[object, object], float]) -> Matching:
    """One-to-one pairs, greedily by descending score, ties in document order."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                candidates.append((-s, gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return Matching(
        pairs=pairs,
        missed=[i for i in range(len(gold)) if i not in used_g],
        invented=[i for i in range(len(pred)) if i not in used_p],
    )


def match_facts(fact_type: str, gold: Sequence, pred: Sequence) -> Matching:
    return assign(gold, pred, SCORERS[fact_type])
