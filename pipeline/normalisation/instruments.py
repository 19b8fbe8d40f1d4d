"""Instrument names as FACTS.md wants them: no leading "the", no trailing bracketed acronym."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .events import word_ordinal
from .text import clean_name

#: "the", "a" in any case; "new", "this", "that" only in lower case ("New Industrial Master Plan" is a name)
_LEADING = re.compile(r"^(?:[Tt]he|[Aa]n?|new|this|that)\s+")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z0-9][A-Za-z0-9+\- ]*\)\s*$")
#: the Roman numeral one with the sentence's period, one token ("Phase I.")
_GLUED_ROMAN_ONE = re.compile(r"[\s\-]I\.$")
#: a slash joins alternatives as "and" does ("MoUs/Agreements": generic words, no name)
_WORD_BREAK = re.compile(r"[\s\-/]+")
_WORD_OR_DASH_BREAK = re.compile(r"[\s\-\u2013]+")
_BEFORE_LOWERCASE = re.compile(r" (?=[a-z])")
#: Words that make no name on their own ("Joint Statement", "Action Plan", "the Agreement").
GENERIC_WORDS = frozenset(
    "joint action work new national draft final plan plans programme program agreement agreements "
    "treaty convention memorandum memoranda mou declaration statement roadmap framework strategy act law "
    "charter protocol goals initiative vision agenda blueprint strategic master the this that "
    "of understanding cooperation bilateral trade free comprehensive agreed minutes guidelines "
    "exchange notes letters operational implementation executive intergovernmental friendship decision "
    "tripartite trilateral multilateral letter".split()
)


#: Quote marks by family: a name ending in one its family leaves open ("the '2050 Strategy for X'
#: was ...") ends before it.
_QUOTE_FAMILIES = {"'": "'\u2018\u2019", "\u2019": "'\u2018\u2019", '"': '"\u201c\u201d', "\u201d": '"\u201c\u201d'}
#: An apostrophe inside a word ("Government's") is no quote mark.
_IN_WORD = re.compile(r"(?<=\w)['\u2019](?=\w)")


# (the functions kept per name below are pure: recognition and the variant index ask them
# about the same names many times per article)
@lru_cache(maxsize=8192)
def clean_instrument_name(text: str) -> str:
    name = clean_name(text, leading=_LEADING, trailing=_TRAILING_ACRONYM)
    if _GLUED_ROMAN_ONE.search(name):
        name = name[:-1]  # "the X Strategy-Phase I.": the sentence's period, glued to the numeral one
    # 'the "X Project,"': a comma or period that the closing quote takes in is the sentence's
    if len(name) > 2 and name[-1] in _QUOTE_FAMILIES and name[-2] in ",.":
        name = name[:-2] + name[-1]
    while name[-1:] in _QUOTE_FAMILIES and sum(_IN_WORD.sub("", name).count(q) for q in _QUOTE_FAMILIES[name[-1]]) % 2 == 1:
        name = name[:-1].rstrip(" ,;:")
    # "Sign 'X Plan' for Y" read from the quote: an opening mark whose family the name leaves open
    while name[:1] in _QUOTE_FAMILIES or name[:1] in "\u2018\u201c":
        family = next(f for f in _QUOTE_FAMILIES.values() if name[0] in f)
        if sum(_IN_WORD.sub("", name).count(q) for q in family) % 2 == 0:
            break
        name = name[1:].lstrip()
    return name


@lru_cache(maxsize=8192)
def is_generic_name(name: str) -> bool:
    """True for names made only of generic words: "Joint Statement", "Free Trade Agreement"."""
    words = [w.strip("'’").casefold() for w in _WORD_BREAK.split(name) if w]
    # "MoUs and Executive Programmes": plural generic names joined by "and" name several documents,
    # none ("the Joint Strategy and Action Plan" is one)
    plural = bool(words) and (words[-1].endswith("s") or words[-1] in _IRREGULAR_PLURALS)  # "Agreements and Memoranda"
    return all(_generic_word(w) or plural and w == "and" and 0 < n < len(words) - 1 for n, w in enumerate(words))


#: plurals not made with "s" ("Agreements and Memoranda": several documents, none named)
_IRREGULAR_PLURALS = frozenset({"memoranda"})


def _generic_word(word: str) -> bool:
    """A generic word or its plural ("Joint Programmes", "Strategies")."""
    return word in GENERIC_WORDS or word.endswith("ies") and word[:-3] + "y" in GENERIC_WORDS \
        or word.endswith("s") and word[:-1] in GENERIC_WORDS


def _words(name: str) -> List[str]:
    return [w.strip("'’") for w in _WORD_OR_DASH_BREAK.split(name) if w.strip("'’")]


def _abbreviates(short: str, word: str) -> bool:
    """ "RM" for "Moldova" (Republic of Moldova): an all-capitals abbreviation of 2-4 letters
    holding the word's initial; the word itself is no abbreviation."""
    return 2 <= len(short) <= 4 and short.isupper() and short.isalpha() and not word.isupper() \
        and word[:1].upper() in short


def same_instrument(a: str, b: str) -> bool:
    """Two ways of writing one name: the same words in another order ("Five-Year National
    Development Plan", "National Five-Year Development Plan"), or one party abbreviated
    ("EU-Moldova Association Agreement", "RM-EU Association Agreement")."""
    wa, wb = _words(a.casefold()), _words(b.casefold())
    if sorted(wa) == sorted(wb):
        return True
    # "Action Plan of the Council of Europe for Armenia", "Council of Europe Action Plan for Armenia":
    # the owner after "of the" written before the head; the same last word
    if len(wa) >= 4 and wa[-1] == wb[-1] and wa != wb and _owner_bag(wa) == _owner_bag(wb) \
            and abs(len(wa) - len(wb)) <= 2 and wa.count("of") != wb.count("of"):
        return True
    if len(wa) != len(wb) or len(wa) < 3 or wa[-1] != wb[-1]:
        return False
    rest_a, rest_b = Counter(wa), Counter(wb)
    only_a, only_b = list((rest_a - rest_b).elements()), list((rest_b - rest_a).elements())
    if len(only_a) != 1 or len(only_b) != 1:
        return False
    raw_a = {w.casefold(): w for w in _words(a)}
    raw_b = {w.casefold(): w for w in _words(b)}
    x, y = raw_a[only_a[0]], raw_b[only_b[0]]
    return _abbreviates(x, y) or _abbreviates(y, x)


def _owner_bag(words: List[str]) -> tuple:
    """The words of a name without "of" and "the", in order of the alphabet."""
    return tuple(sorted(w for w in words if w not in ("of", "the")))


def short_form(short: str, full: str) -> bool:
    """ "2030 Agenda" for "2030 Agenda for Sustainable Development": the name without its
    complement (the full name goes on with a lowercase word after it)."""
    rest = full[len(short):] if full.startswith(short) else ""
    return len(_words(short)) >= 2 and rest[:1] == " " and rest[1:2].islower()


_NUMBERING = re.compile(r"^(?:\d+(?:st|nd|rd|th)?|[IVX]+)$")


def _modifier(word: str) -> bool:
    """A capitalised word that may stand before a name without making it another document
    ("Sendai", "Revised", "Inter-American"); not a number in a series ("Second", "3rd", "III")
    nor a span ("Five-Year", "Ten Year")."""
    parts = word.casefold().split("-")
    return word[:1].isupper() and not _NUMBERING.match(word) and word_ordinal(parts[0]) is None \
        and not any(p in ("year", "years") for p in parts)


def modified_form(short: str, full: str) -> bool:
    """ "Framework for Disaster Risk Reduction" for "Sendai Framework for Disaster Risk
    Reduction", "National Development Plan" for "New National Development Plan": the name
    without capitalised words before it (a place, a body, "Revised"); not a generic name
    ("Action Plan"), not across a lowercase word ("Status of Visiting Forces Agreement" is
    another document than the "Visiting Forces Agreement"), not after an ordinal ("Second")."""
    ws, wf = short.split(), drop_acronyms(full).split()  # "Security Council (UNSC) Resolution 2719"
    extra = len(wf) - len(ws)
    return len(ws) >= 2 and extra > 0 and [w.casefold() for w in wf[extra:]] == [w.casefold() for w in ws] \
        and all(_modifier(w) for w in wf[:extra]) and not is_generic_name(short)


_YEAR_SUFFIX = re.compile(r"[\s\-\u2013]+(?:19|20)\d\d$")


def dated_form(short: str, full: str) -> bool:
    """ "Twenty Point Programme" for "Twenty Point Programme 2006": the name without the year
    that ends it (another year is another name: "Agenda 2030", "Agenda 2063")."""
    return len(short.split()) >= 2 and _YEAR_SUFFIX.sub("", full) == short and not is_generic_name(short)


#: Small words an acronym leaves out ("Initiative for ASEAN Integration" -> "IAI").
_UNLETTERED = frozenset({"of", "for", "and", "the", "on", "in", "to", "&"})


def initials_of(words: List[str]) -> str:
    """ "Boats for Fish and Jobs" -> "BFJ": the initials an acronym spells, small words left out."""
    return _initials(words)


def _initials(words: List[str]) -> str:
    return "".join(part[:1] for w in words for part in w.split("-") if part and part.casefold() not in _UNLETTERED).upper()


def _acronym_split(name: str):
    """(acronym, the rest's words) of "DPI Programme", "AU Agenda 2063"; else None."""
    words = name.split()
    if len(words) >= 2 and words[0].isalpha() and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return words[0], [w.casefold() for w in words[1:]]
    return None


def _initialled(name: str) -> List[str]:
    """Keys of ``name`` with its first words written as their initials: "African Union Agenda
    2063" -> "AU agenda 2063" (and "AUA 2063", ...)."""
    words = name.split()
    return [_initials(words[:n]) + " " + " ".join(w.casefold() for w in words[n:]) for n in range(2, len(words))]


def initials_form(short: str, full: str) -> bool:
    """ "DPI Programme" for "Development Plan Implementation Programme", "AU Agenda 2063" for
    "African Union Agenda 2063": the first words written as their initials."""
    split = _acronym_split(short)
    return split is not None and " ".join([split[0]] + split[1]) in _initialled(full)


def _suffixes(name: str) -> List[str]:
    """The words of ``name`` without its first one, two ... (keys of :func:`modified_form`)."""
    words = name.casefold().split()
    return [" ".join(words[i:]) for i in range(1, len(words) - 1)]


def _prefixes(name: str) -> List[str]:
    """The names ``name`` is a short form of's counterparts: its beginnings before a lowercase word."""
    return [name[:m.start()] for m in _BEFORE_LOWERCASE.finditer(name)]


_BETWEEN = re.compile(r"^(?P<head>.+?) between (?:the )?(?P<one>.+?) and (?:the )?(?P<two>.+)$")
_PARTY_PAIR = re.compile(r"^(?:the )?(?P<one>[^\s\-\u2013]+(?: [^\s\-\u2013]+)*?)\s?[\-\u2013]\s?(?P<rest>[A-Z].*)$")


@lru_cache(maxsize=8192)
def parties_keys(name: str) -> Tuple[tuple, ...]:
    """(head, parties) of a name written with its two parties: "Trade Agreement between Kenya and
    Uganda" and "Kenya-Uganda Trade Agreement" give the same key; for the latter every way of
    cutting the words after the dash into a party and a head is one key (the two forms must
    share the head and both parties to meet)."""
    between = _BETWEEN.match(name)
    if between:
        return ((between.group("head").casefold(),
                 frozenset({between.group("one").casefold(), between.group("two").casefold()})),)
    pair = _PARTY_PAIR.match(name)
    if not pair:
        return ()
    one, rest = pair.group("one"), pair.group("rest").split()
    return tuple((" ".join(rest[j:]).casefold(), frozenset({one.casefold(), " ".join(rest[:j]).casefold()}))
                 for j in range(1, len(rest)))


def parties_form(a: str, b: str) -> bool:
    """One name written with its parties joined by a dash before it or after "between"."""
    return a != b and bool(set(parties_keys(a)) & set(parties_keys(b)))


def _keys(name: str, kind: str) -> Tuple[List[tuple], List[tuple]]:
    """Index keys under which a name meets the names it may be another way of writing: itself,
    its bag of words, and its words but one where one of the two names has an abbreviation
    (a party abbreviated): a name is filed without each of its words and looked up without
    each abbreviation, and the other way round. (The keys it is looked up under, those it is
    filed under.)"""
    raw = _words(name)
    words = [w.casefold() for w in raw]
    keys = [("exact", kind, name), ("bag", kind, tuple(sorted(words))), ("owner_moved", kind, _owner_bag(words))] \
        + [("parties", kind) + key for key in parties_keys(name)] \
        + [("unacronymed", kind, " ".join(drop_acronyms(name).casefold().split()))]
    looked_up, filed = list(keys), keys
    if len(words) >= 3:
        for i in range(len(words) - 1):
            rest = (len(words), words[-1], tuple(sorted(words[:i] + words[i + 1:])))
            # filed: without any word, and without an abbreviation; looked up the other way round
            looked_up.append(("abbr_out", kind) + rest)
            filed.append(("any_out", kind) + rest)
            if 2 <= len(raw[i]) <= 4 and raw[i].isupper():
                looked_up.append(("any_out", kind) + rest)
                filed.append(("abbr_out", kind) + rest)
    return looked_up, filed


#: One word in two spellings ("Programme", "Program"): a name's variants are compared in one of them.
_SPELLINGS = {"Programme": "Program", "Programmes": "Programs", "programme": "program", "programmes": "programs"}
_SPELLED = re.compile(r"\b(?:" + "|".join(_SPELLINGS) + r")\b")


@lru_cache(maxsize=8192)
def spelling_folded(name: str) -> str:
    """ "Government's Coordinated Program" for "Government's Coordinated Programme": the name in the
    spelling its variants are compared in (the name written stays as written)."""
    return _SPELLED.sub(lambda m: _SPELLINGS[m.group(0)], name)


#: Names filed under one key at most: the first few names that share all words but one are the
#: ones a variant is compared with (a scraped list of thousands of "EU-X Agreement"s stays linear).
_MAX_FILED = 8


def merge_variants(values: List[dict]) -> None:
    """Give every way of writing an instrument's name (same kind) one name, the fullest (the
    first mention's among equals), and one period (the one written with any), in place. Names
    are compared through an index (a text may hold thousands of names)."""
    groups: List[List[dict]] = []
    names: List[List[str]] = []  # the ways of writing each group's name (the first few)
    index: Dict[tuple, List[int]] = {}
    # (a name is mentioned many times: its keys are worked out once)
    keys_of: Dict[Tuple[str, str], Tuple[List[tuple], List[tuple]]] = {}
    for value in values:
        name, kind = spelling_folded(value["name"]), value["kind"]
        keys = keys_of.get((name, kind))
        if keys is None:
            keys = keys_of[(name, kind)] = _variant_keys(name, kind)
        looked_up, filed_under = keys
        near = set()
        for key in looked_up:
            near.update(index.get(key, ()))
        # any way of writing a group's name may be the one this name is another way of writing
        # ("Strategy for X", "EU Strategy for X", then "EU Strategy")
        group = next((g for g in sorted(near) if name in names[g] or any(_same(n, name) for n in names[g])), None)
        if group is None:
            group = len(groups)
            groups.append([])
            names.append([])
        groups[group].append(value)
        if name not in names[group] and len(names[group]) < _MAX_FILED:
            names[group].append(name)
        for key in filed_under:
            filed = index.setdefault(key, [])
            if len(filed) < _MAX_FILED and group not in filed:
                filed.append(group)
    groups = _abridged_merged(groups, names)
    for group in groups:
        # the fullest; among equals the one in sentence case ("Memorandum of Understanding on X", not a
        # title-case headline's "Memorandum Of Understanding On X")
        name = max((v["name"] for v in group), key=lambda n: (len(_words(n)), _lowercase_words(n)))
        for value in group:
            value["name"] = name
        _edition_periods(group)


#: Groups compared pairwise for abridged names (an article names a few instruments; a scraped
#: list of thousands is left to the index).
_MAX_ABRIDGED_GROUPS = 40
_ABRIDGED_OWN_WORDS = 4
_MOU = re.compile(r"\bMoUs?\b|\bMOUs?\b")
_FUNCTION_WORDS = frozenset({"of", "the", "on", "and", "between", "for", "in", "to", "a", "an", "&"})


def _content_words(name: str) -> frozenset:
    words = _words(_MOU.sub("Memorandum of Understanding", drop_acronyms(name)).casefold())
    return frozenset(w for w in words if w not in _FUNCTION_WORDS)


def abridged_form(short: str, full: str) -> bool:
    """ "MoU on Cooperation between the Ministry of Foreign Affairs of X and the Ministry of Foreign
    Affairs of Y" for "Memorandum of Understanding between the Ministry of Foreign Affairs of the
    Republic of X and the Ministry of Foreign Affairs of Y on Strengthening Cooperation": a later
    mention of a document written with its parties that keeps some of the name's words, in any
    order, with at least four words of its own beyond the generic ones (not "Action Plan" for
    "ASEAN Action Plan on X"; names without parties are left to :func:`modified_form`: the
    "Personal Data Protection Bill" is another than the "Digital Personal Data Protection Bill")."""
    if " between " not in short.casefold() or " between " not in full.casefold():
        return False
    ws, wf = _content_words(short), _content_words(full)
    if not ws < wf:
        return False
    own = {w for w in ws if not _generic_word(w)}
    if len(own) >= _ABRIDGED_OWN_WORDS:
        return True
    # "MoU between India and Chile" (a headline) for "Memorandum of Understanding between the Government
    # of the Republic of India and the Government of the Republic of Chile": the same generic head, both
    # parties (not "Agreement between X and Y" for "Trade Agreement between X and Y": another head)
    return len(own) >= 2 and _head_words(short) == _head_words(full) \
        and own <= _content_words(short.casefold().split(" between ", 1)[1]) <= _content_words(full.casefold().split(" between ", 1)[1])


def subject_form(short: str, full: str) -> bool:
    """ "MOU on enhanced maritime cooperation" (a headline) for "Memorandum of Understanding on Enhanced
    Maritime Cooperation of X and Y": a generic name and its lowercase subject whose words all
    stand in a fuller name, with a word of its own beyond the generic ones, is that document."""
    if not _lowercase_words(short.split(" ", 1)[-1]):
        return False
    ws, wf = _content_words(short), _content_words(full)
    return ws < wf and any(not _generic_word(w) for w in ws)


def _head_words(name: str) -> frozenset:
    """The content words before a name's "between" (its head: "MoU" reads "Memorandum of Understanding")."""
    return _content_words(re.split(" between ", name, maxsplit=1, flags=re.I)[0])


def _abridged_merged(groups: List[List[dict]], names: List[List[str]]) -> List[List[dict]]:
    """Groups whose first name is an abridged form of another group's name (same kind) joined to it."""
    if not 1 < len(groups) <= _MAX_ABRIDGED_GROUPS:
        return groups
    into: Dict[int, int] = {}
    for i, group in enumerate(groups):
        for j, other in enumerate(groups):
            if i != j and j not in into and group[0]["kind"] == other[0]["kind"] \
                    and any(abridged_form(a, b) or subject_form(a, b) for a in names[i] for b in names[j]):
                into[i] = j
                break
    for i, j in into.items():
        while j in into:
            j = into[j]
        groups[j].extend(groups[i])
    return [g for i, g in enumerate(groups) if i not in into]


def _variant_keys(name: str, kind: str) -> Tuple[List[tuple], List[tuple]]:
    """The index keys :func:`merge_variants` looks a name up under, and those it files it under."""
    whole = " ".join(name.casefold().split())
    undated = " ".join(_YEAR_SUFFIX.sub("", name).casefold().split())
    owned = " ".join((owned_rest(name) or name).casefold().split())
    split = _acronym_split(name)
    acronymed = [" ".join([split[0]] + split[1])] if split else []
    initialled = _initialled(name)
    prefixes, suffixes = _prefixes(name), _suffixes(name)
    looked_up, filed_under = _keys(name, kind)
    # (the last keys are the same in both lists)
    shared = [("owned", kind, owned), ("unbracketed", kind, _YEAR_SUFFIX.sub("", unbracketed(name))),
              ("moved", kind, _moved_key(name))]
    looked_up += [("exact", kind, p) for p in prefixes] + [("prefix", kind, name)] \
        + [("whole", kind, x) for x in suffixes] + [("suffix", kind, whole)] \
        + [("undated", kind, undated), ("undated", kind, whole)] \
        + [("initials", kind, x) for x in acronymed] + [("acronym", kind, x) for x in initialled] + shared
    filed_under += [("prefix", kind, p) for p in prefixes] \
        + [("suffix", kind, x) for x in suffixes] + [("whole", kind, whole)] + [("undated", kind, undated)] \
        + [("initials", kind, x) for x in initialled] + [("acronym", kind, x) for x in acronymed] + shared
    return looked_up, filed_under


def _lowercase_words(name: str) -> int:
    return sum(1 for w in name.split() if w[:1].islower())


def _edition_periods(group: List[dict]) -> None:
    """One period for the mentions of one instrument: the one written with any. Periods that
    end in different years are editions of one name ("the X Plan of Action (2016-2020) ... the
    new X Plan of Action (2021-2025)"), each an instrument of its own: a mention keeps the
    period written with it, an undated one takes the latest edition's (the one the story is about)."""
    editions: Dict[Optional[str], dict] = {}
    for value in group:
        if value.get("start") or value.get("end"):
            known = editions.get(value.get("end"))
            if known is None or not known.get("start") and value.get("start"):
                editions[value.get("end")] = value  # "until 2030" and "2026-2030" are one edition
    if not editions:
        return
    latest = editions[max(editions, key=lambda end: end or "")]
    for value in group:
        edition = editions.get(value.get("end")) if len(editions) > 1 and (value.get("start") or value.get("end")) else latest
        value["start"], value["end"] = edition["start"], edition["end"]


#: Plurals whose possessive is a word of a name, not its owner's.
NAME_POSSESSORS = frozenset({"Women", "Children", "People", "Peoples", "Men"})
_OWNER = re.compile(r"^[^\s]+(?:\s+[^\s]+){0,3}?['\u2019]s\s+")


@lru_cache(maxsize=8192)
def owned_rest(name: str) -> str:
    """ "Agenda 2063" for "AU's Agenda 2063", "Africa's Agenda 2063": the name after a leading
    owner in the possessive; "" for a name without one, or whose rest is generic."""
    match = _OWNER.match(name)
    if match and re.split(r"['\u2019]", match.group(0))[0].split()[-1] in NAME_POSSESSORS:
        return ""  # "the Women's Rights Convention": a plural possessive is a word of the name
    rest = name[match.end():] if match else ""
    return rest if len(rest.split()) >= 2 and not is_generic_name(rest) else ""


def owned_form(a: str, b: str) -> bool:
    """One document written with two owners, or with and without one: "AU's Agenda 2063",
    "Africa's Agenda 2063", "Agenda 2063"."""
    rest_a, rest_b = owned_rest(a) or a, owned_rest(b) or b
    return (rest_a != a or rest_b != b) and rest_a.casefold() == rest_b.casefold()


_BRACKETS = re.compile(r"[()\[\]]")


@lru_cache(maxsize=8192)
def unbracketed(name: str) -> str:
    """ "penal code amendment bill 2024" for "Penal Code (Amendment) Bill 2024": the words of a
    name without its brackets, in lower case."""
    return " ".join(_BRACKETS.sub(" ", name).casefold().split())


def bracketed_form(a: str, b: str) -> bool:
    """ "Penal Code Amendment Bill" for "Penal Code (Amendment) Bill 2024": one name written with
    and without the brackets round a word, and with or without the year that ends it (two
    different years are two documents)."""
    ua, ub = unbracketed(a), unbracketed(b)
    if ua == ub or len(ua.split()) < 3:
        return a != b and ua == ub
    da, db = _YEAR_SUFFIX.sub("", ua), _YEAR_SUFFIX.sub("", ub)
    return da == db and (da == ua or db == ub) and ("(" in a) != ("(" in b)


#: small words between a head written first and its complement ("Programme for X Y" is "X Y Programme")
_MOVED_HEAD_LINKS = ("for", "on", "of")


@lru_cache(maxsize=8192)
def _head_moved(name: str) -> Optional[str]:
    """ "Programme for National Oilseed Enhancement" -> "national oilseed enhancement programme": a
    one-word head, its preposition and capitalised words (not "Plan of Action") written the other
    way round, as a key; None for other names. One word after "of" is the place or body that names
    the document ("the Treaty of Lisbon" is "the Lisbon Treaty")."""
    words = _words(drop_acronyms(name))
    if (len(words) >= 4 or len(words) == 3 and words[1] == "of") and words[1] in _MOVED_HEAD_LINKS \
            and all(w[:1].isupper() for w in words[2:]) \
            and not is_generic_name(" ".join(words[2:])):
        return " ".join(words[2:] + words[:1]).casefold()
    return None


def _moved_key(name: str) -> str:
    """A name's words in the order a head written last gives them (see :func:`_head_moved`)."""
    return _head_moved(name) or " ".join(_words(drop_acronyms(name))).casefold()


def _same(first: str, name: str) -> bool:
    return first == name or same_instrument(first, name) or bracketed_form(first, name) or short_form(first, name) or short_form(name, first) \
        or modified_form(first, name) or modified_form(name, first) or dated_form(first, name) or dated_form(name, first) \
        or initials_form(first, name) or initials_form(name, first) or owned_form(first, name) or parties_form(first, name) \
        or drop_acronyms(first) == drop_acronyms(name) or _moved_key(first) == _moved_key(name)


_INNER_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9+\-]*\)")
_ONE_INNER_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9+\-]*)\)")


def acronym_forms(name: str, acronym: Optional[str] = None) -> List[str]:
    """The ways of writing ``name`` with the words its acronym stands for replaced by the acronym:
    "Revised Fish Market Fund (FMF) Agreement" -> "FMF Agreement", "Revised FMF Agreement"; with
    the acronym written after the name ("Economic Partnership Agreement", "EPA") the head is
    repeated after it: "EPA Agreement". Which words the acronym stands for is not checked: it
    is the name's own, written in brackets right after them."""
    inner = _ONE_INNER_ACRONYM.search(name)
    if inner:
        before, after, acronym = name[:inner.start()].split(), name[inner.end():].split(), inner.group(1)
        tails = [after] if after else []
    elif acronym:
        before = name.split()
        # the head words that end the name, written again after the acronym
        tails = [before[-n:] for n in (1, 2) if n < len(before) and (n == 1 or is_generic_name(" ".join(before[-n:])))]
        # "the Agreement Relating to the Operation of the X Fund (XF)" ... "the XF Agreement": the head
        # words that open the name, after the acronym of its complement
        leads = [before[:n] for n in (1, 2) if n < len(before) - 1 and is_generic_name(" ".join(before[:n]))
                 and not is_generic_name(" ".join(before[:n + 1]))]
        return [" ".join(before[:i] + [acronym] + tail) for tail in tails for i in range(len(before))] \
            + [" ".join([acronym] + lead) for lead in leads]
    else:
        return []
    return [" ".join(before[:i] + [acronym] + tail) for tail in tails for i in range(len(before))]


@lru_cache(maxsize=8192)
def drop_acronyms(name: str) -> str:
    """A title without its bracketed acronyms: "Joint Statement on Out-of-School Youth (OSY):
    Next Steps" -> "Joint Statement on Out-of-School Youth: Next Steps"."""
    return _INNER_ACRONYM.sub("", name)
