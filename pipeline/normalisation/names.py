"""Officials' names: one entry per person from all the ways an article names them.

Pure functions over :class:`OfficialMention` records (what the recognizer read around an
office title); no spaCy here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .places import strip_accents

#: Name words too weak to stand alone as a later mention of someone.
_WEAK_PARTS = frozenset({"bin", "binti", "al", "el", "de", "da", "dos", "van", "von", "jr", "jr.", "ii", "iii"})


#: Titles that say how a person relates to another, not which office they hold.
RELATIONAL_TITLES = frozenset({"counterpart", "deputy", "colleague"})


_WORD_STOP = re.compile(r"(?<=[A-Za-z]{2})\.")


def honorific_form(text: str) -> str:
    """An honorific as the record keeps it (FACTS.md): an abbreviation without its full stop
    ("Dr." -> "Dr", "Lt. Gen." -> "Lt Gen"), initials kept ("H.E."), a leading "The" dropped
    ("The Hon" -> "Hon")."""
    text = _WORD_STOP.sub("", text)
    if text.startswith("The "):
        text = text[4:]
    return text


@dataclass
class OfficialMention:
    start: int
    end: int
    name: str
    name_tokens: Tuple[str, ...]
    title: Optional[str]
    honorifics: List[str]
    country: Optional[str]
    rule: str
    name_span: Tuple[int, int] = (0, 0)
    title_is_style: bool = False
    styles_before_title: int = 0  # "H.E. Ambassador NAME": honorifics written before the title
    apposition: bool = False
    international: bool = False
    comma_gap: bool = False
    secondary: bool = False  # "NAME, who is also chairman of ...": a second office
    visiting: Optional[str] = None  # the country the person travels to: never his by default
    facing: Optional[str] = None  # the state whose official he meets, calls or hosts: not his
    faces: Optional[Tuple[int, int]] = None  # (start, end) of the mention of the official he faces
    accompanies: bool = False  # listed among those who go with a visitor ("accompanied by ...")
    posted: Optional[str] = None  # the state an envoy's office is served in ("Ambassador to X"): not his
    escorts: Optional[Tuple[int, int]] = None  # (start, end) of the mention of the one he goes along with
    hosting: Optional[str] = None  # the state where a visitor meets him ("A called on B during her visit to X")
    visitor: bool = False  # "visiting" before his office: the story's guest, whose state is not its host's
    list_first: Optional[Tuple[int, int]] = None  # (start, end) of the first mention of the list of officials he is listed in
    country_rule: str = ""  # the id of the rule that gave ``country`` (a trace for bench/country_sources.py)


_MENTION_FIELDS = frozenset(f.name for f in fields(OfficialMention))


def replace_mention(mention: OfficialMention, **changes) -> OfficialMention:
    """``dataclasses.replace(mention, **changes)``: the same copy (every field is an ``__init__``
    argument and none is checked or derived there), made without passing the 26 fields through
    ``__init__`` again (the officials' rules make some 750 such copies per 150 articles)."""
    if not _MENTION_FIELDS.issuperset(changes):
        raise TypeError(f"OfficialMention has no field {sorted(set(changes) - _MENTION_FIELDS)}")
    copy = object.__new__(OfficialMention)
    copy.__dict__.update(mention.__dict__)
    copy.__dict__.update(changes)
    return copy


@lru_cache(maxsize=4096)
def name_key(name: str) -> Tuple[str, ...]:
    """The words of a name compared without case or accents: "Mevl\u00fct \u00c7avusoglu" and
    "\u00c7avu\u015fo\u011flu" are one person written two ways (kept per name: merging asks
    for each mention's several times)."""
    return tuple(_unaccented(part.casefold().strip(".,")) for part in name.replace("-", " ").split() if part)


#: Letters that carry no combining accent to strip but are written plain in other sources.
_PLAIN_LETTERS = str.maketrans({"\u0131": "i", "\u00f8": "o", "\u0111": "d", "\u0142": "l", "\u00df": "ss",
                                "\u00e6": "ae", "\u0153": "oe", "\u00fe": "th", "\u00f0": "d"})


def _unaccented(word: str) -> str:
    if word.isascii():
        return word
    return strip_accents(word).translate(_PLAIN_LETTERS)


@dataclass
class MergedOfficial:
    mentions: List[OfficialMention] = field(default_factory=list)
    name: str = ""
    title: Optional[str] = None
    honorifics: List[str] = field(default_factory=list)
    country: Optional[str] = None
    #: the id of the rule that gave ``country``, or why it stayed null (internal: not in the record)
    country_source: str = ""

    def value(self) -> Dict:
        return {"name": self.name, "title": self.title, "honorifics": list(self.honorifics),
                "country": self.country}

    def short_forms(self) -> List[str]:
        """Contiguous parts of the name that later mentions may use ("Shamsul Anuar", "Lavrov")."""
        parts = self.name.split()
        forms = []
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                piece = parts[i:j]
                if len(piece) == 1 and (piece[0].casefold() in _WEAK_PARTS or len(piece[0].strip(".")) <= 2):
                    continue
                forms.append(" ".join(piece))
        return forms


def _combine_same_person(mentions: List[OfficialMention]) -> List[OfficialMention]:
    """Two readings of one name (title before it and apposition after it) become one mention:
    "Ambassador Taye Astke-Selassie, Foreign Minister of Ethiopia" -> honorific Ambassador,
    title Foreign Minister."""
    by_name: Dict[Tuple[int, int], OfficialMention] = {}
    out: List[OfficialMention] = []
    for m in mentions:
        other = by_name.get(m.name_span)
        if other is None:
            by_name[m.name_span] = m
            out.append(m)
            continue
        forward, appositive = (other, m) if m.apposition else (m, other)
        honorifics = list(appositive.honorifics)
        if forward.title_is_style and forward.title:  # in text order: "H.E. Ambassador Dr NAME"
            before = forward.styles_before_title
            honorifics = forward.honorifics[:before] + [forward.title] + forward.honorifics[before:] + honorifics
        else:
            honorifics = forward.honorifics + honorifics
        honorifics = list(dict.fromkeys(honorifics))
        merged = OfficialMention(
            start=min(forward.start, appositive.start), end=max(forward.end, appositive.end),
            name=forward.name, name_tokens=forward.name_tokens,
            # "his Cameroonian counterpart, NAME, minister of external relations": "counterpart" names
            # no office (FACTS.md: the title only when it is the only role word); the apposition's does
            title=appositive.title if forward.title_is_style or appositive.title and (forward.title or "").casefold() in RELATIONAL_TITLES
            else forward.title,
            honorifics=honorifics, country=forward.country or appositive.country,
            country_rule=forward.country_rule if forward.country else appositive.country_rule,
            rule=f"{forward.rule}|{appositive.rule}", name_span=forward.name_span,
            international=forward.international or appositive.international,
            visiting=forward.visiting or appositive.visiting, facing=forward.facing or appositive.facing,
            faces=forward.faces or appositive.faces, accompanies=forward.accompanies or appositive.accompanies,
            posted=forward.posted or appositive.posted, escorts=forward.escorts or appositive.escorts,
        )
        out[out.index(other)] = merged
        by_name[m.name_span] = merged
    return out


#: Offices press abbreviates ("Deputy PM NAME" is the "Deputy Prime Minister" named before).
TITLE_ABBREVIATIONS = {"dpm": "deputy prime minister", "pm": "prime minister", "fm": "foreign minister"}


def _spelt_out(title: str) -> str:
    return " ".join(TITLE_ABBREVIATIONS.get(word, word) for word in title.split())


def _titles_agree(mention: OfficialMention, person: "MergedOfficial") -> bool:
    """A shorter name joins a person unless it comes with an office of its own that differs
    ("Sultan Ibrahim, King of Malaysia" is not "Prime Minister Anwar Ibrahim"); "Secretary
    Blinken" agrees with "Secretary of State Antony J. Blinken"."""
    if not mention.title or mention.title_is_style:
        return True
    mine = _spelt_out(mention.title.casefold())
    if mine in RELATIONAL_TITLES:
        return True  # "his counterpart Lee" names no office to disagree with
    for other in person.mentions:
        theirs = _spelt_out((other.title or "").casefold())
        if not theirs or mine in theirs or theirs in mine or theirs in RELATIONAL_TITLES:
            return True
        if set(mine.split()) & set(theirs.split()) - {"of", "for", "the", "deputy", "vice", "and"}:
            return True
    return False


#: Words before a father's name inside a name ("Mohammed bin Salman bin Abdulaziz").
FATHER_NAME_PARTICLES = frozenset({"bin", "ibn", "ibni", "binti", "bint", "ben"})
#: A ruler's style or office: the one name after it is a given name, no family's ("Sultan Ibrahim").
RULER_WORDS = frozenset({"sultan", "sheikh", "shaikh", "prince", "emir", "king", "tunku", "tengku"})


def _family_name_of(mention: OfficialMention, person: "MergedOfficial") -> bool:
    """A name of one written word that ends the fuller name of the one person who has it is
    that person, whatever office it comes with: "President Kenyatta" after "the leaders of
    Kenya and X, Uhuru Kenyatta and ...", "IGP Munyuza" after "Inspector General of Police Dan
    Munyuza". Not a first name ("King Abdullah" is not "Abdullah Wreikat"), nor a father's
    name after "bin" ("King Abdulaziz" is not "Mohammed bin Salman bin Abdulaziz"), nor a ruler's
    one name ("Sultan Ibrahim, King of Malaysia" is not "Anwar Ibrahim")."""
    if mention.title_is_style or len(mention.name.split()) != 1:
        return False
    styled = " ".join(mention.honorifics + [mention.title or ""]).casefold().replace(".", "").split()
    if RULER_WORDS.intersection(styled):
        return False  # "His Majesty Sultan Ibrahim, King of Malaysia" is not "Prime Minister Anwar Ibrahim"
    short, full = name_key(mention.name), name_key(person.mentions[0].name)
    return len(full) > len(short) and full[-len(short):] == short \
        and full[-len(short) - 1] not in FATHER_NAME_PARTICLES


def _people_with_all(having: Dict[str, List[int]], key: set, count: int) -> List[int]:
    """The people (indices, in order) whose name words include every word of ``key``."""
    if not key:
        return list(range(count))
    postings = sorted((having.get(word, []) for word in key), key=len)
    rest = [set(p) for p in postings[1:]]
    return [idx for idx in postings[0] if all(idx in p for p in rest)]


def _share_state_of_same_name(people: List["MergedOfficial"]) -> None:
    """ "... by Prime Ministers A B and C D" then "the leader of the Spanish Government, C D":
    one full name (two words or more) written with two offices that share no word stays two
    people here (the record keeps the first), but it is one person: the state told by one is
    the other's when its own words told none (not an international body's officer)."""
    told: Dict[Tuple[str, ...], "MergedOfficial"] = {}
    for person in people:
        key = tuple(name_key(person.name))
        if person.country and len(key) >= 2:
            told.setdefault(key, person)
    for person in people:
        other = told.get(tuple(name_key(person.name)))
        if person.country is None and other is not None and other is not person \
                and not any(m.international for m in person.mentions + other.mentions):
            person.country, person.country_source = other.country, other.country_source


def merge_officials(
    mentions: List[OfficialMention], fallback_country: Optional[str] = None
) -> List[MergedOfficial]:
    """One :class:`MergedOfficial` per person, in order of first mention.

    A mention joins a person when its name words are a subset of theirs ("Secretary
    Blinken" -> "Antony J. Blinken"); the fullest name wins, the title of the fullest
    mention is kept, and the country falls back to ``fallback_country`` (the dateline's)
    unless the title is that of an international body.
    """
    mentions = _combine_same_person(sorted(mentions, key=lambda m: m.start))
    people: List[MergedOfficial] = []
    #: name word -> the people whose name has it, in order (a look-up, not a scan of everyone)
    having: Dict[str, List[int]] = {}
    for m in sorted(mentions, key=lambda m: (-len(name_key(m.name)), m.start)):
        key = set(name_key(m.name))
        candidates = _people_with_all(having, key, len(people))
        for idx in candidates:
            if _titles_agree(m, people[idx]) or len(candidates) == 1 and _family_name_of(m, people[idx]):
                people[idx].mentions.append(m)
                break
        else:
            for word in key:
                having.setdefault(word, []).append(len(people))
            people.append(MergedOfficial(mentions=[m]))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
        fullest = max(person.mentions, key=lambda m: (len(name_key(m.name)), -m.start))
        person.name = fullest.name
        titled = [m for m in person.mentions if m.title]
        # an office beats a relation ("his Singaporean counterpart Lee" then "Prime Minister Lee")
        best_title = max(titled, key=lambda m: (m.title.casefold() not in RELATIONAL_TITLES, not m.secondary,
                                                len(name_key(m.name)), len(m.title or ""), -m.start)) if titled else None
        person.title = best_title.title if best_title else None
        person.honorifics = max((m.honorifics for m in person.mentions), key=len)
        international = any(m.international for m in person.mentions)
        told = next((m for m in person.mentions if m.country), None)
        person.country = told.country if told else None
        person.country_source = (told.country_rule or "mention.unnamed") if told else (
            "null.international" if international else "")
    _share_state_of_same_name(people)
    for person in people:
        international = any(m.international for m in person.mentions)
        visits = {m.visiting for m in person.mentions}
        if person.country is None and not international and fallback_country not in visits:
            person.country = fallback_country
            person.country_source = "story.fallback" if fallback_country else person.country_source
    people.sort(key=lambda p: p.mentions[0].start)
    return people
