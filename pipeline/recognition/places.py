"""Place recognition: every gazetteer name in running text (``newsfacts_places``).

The rules are the gazetteer files of ``patterns/places/`` (see :mod:`newsfacts.normalisation.places`
and ``scripts/build_gazetteer.py``), matched as phrases on ORTH, so case-sensitively: "Reading"
the town is not in the data, and "may" or "police" never match. Possessives need nothing special
("Malaysia’s" is "Malaysia" + "’s"). ALL-CAPS datelines are left to the dateline component, which
calls :func:`newsfacts.normalisation.places.lookup_place`.

Writes ``doc.spans[settings.SPANS_PLACES]``: non-overlapping spans (longest wins, so "Papua New
Guinea" beats "Guinea"), label COUNTRY / CITY / REGION / DEMONYM, ``span.id_`` the rule id
("place.country", "place.city", "place.region", "place.demonym", "place.alias", "place.city_suffix"
for a known city written with "City" after it, "place.article_prefix" for one written with the
Arabic article before it ("al-Riyadh"), "place.town_before_country" and
"place.town_by_apposition" for towns the data lacks that the text names as towns) and
``span._.nf_place == {"name", "kind", "city", "country"}``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple, Union

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.places import PLACES_SUBDIR, PlaceInfo, gazetteer_files, info_from_entry, strip_accents
from .base import RuleComponent
from .extensions import set_span_value
from .lexicon import longest_spans, lower_words, phrase_token_ids, token_ids, token_indices, token_positions, token_texts
from .names import HYPHENS, NAMES_FILE, POSSESSIVES, NameWords
from .phrases import text_of
from .wordclasses import WordClasses

#: The typographic apostrophe (U+2019), as press often writes "People’s".
TYPOGRAPHIC_APOSTROPHE = "\u2019"
#: A hyphen between two capitalised parts of a name ("Guinea-Bissau", "Winston-Salem").
_CAPITALS_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")
#: A name of capitalised ends joined by lowercase particles, with spaces ("Port of Spain", "Dar es
#: Salaam") or hyphens ("Port-au-Prince"): press writes either
_PARTICLE_NAME = re.compile(r"^[A-Z][^\s-]*(?P<sep>[ -])[a-z]+(?:(?P=sep)[a-z]+)*(?P=sep)[A-Z][^\s-]*$")


def written_variants(name: str) -> List[str]:
    """Other ways press writes a place's name: with the typographic apostrophe ("People’s"),
    a space for a hyphen between capitalised parts ("Guinea Bissau"), "&" for " and "
    ("Trinidad & Tobago"), hyphens for the spaces around lowercase particles and the other way
    round ("Port-of-Spain", "Port au Prince")."""
    found = []
    particle = _PARTICLE_NAME.match(name)
    # (not "and": "Trinidad and Tobago" names two islands, never hyphenated)
    if particle and f'{particle["sep"]}and{particle["sep"]}' not in name:
        found.append(name.replace(particle["sep"], "-" if particle["sep"] == " " else " "))
    if "'" in name:
        found.append(name.replace("'", TYPOGRAPHIC_APOSTROPHE))
    if _CAPITALS_HYPHEN.search(name) and not particle:
        found.append(_CAPITALS_HYPHEN.sub(" ", name))
    if " and " in name:
        found.append(name.replace(" and ", " & "))
    return found

LABELS = {"country": "COUNTRY", "city": "CITY", "region": "REGION", "demonym": "DEMONYM"}
#: ``TOWN_NOUN`` ("the Argentine city of X", "X, the second largest town of Y") is read from here
CUE_FILE = "venue_cues.jsonl"
#: How many lowercase words may stand between "the" and a town noun ("the second largest city")
TOWN_MODIFIERS = 3
#: The Arabic article as press writes it before a town ("al-Riyadh", "Al Riyadh", "El-Fasher")
ARABIC_ARTICLES = ("al", "Al", "el", "El")
#: How many capitalised words a town's name the data lacks may have
TOWN_WORDS = 3


def gazetteer_rule_files(folder: Union[str, Path]):
    """The gazetteer files of a patterns folder, as relative names in load order."""
    return [f"{PLACES_SUBDIR}/{p.name}" for p in gazetteer_files(Path(folder) / PLACES_SUBDIR)]


def clause_subject_after(doc: Doc, town: Span, clause_words) -> bool:
    """ "held in Geneva, Peru has said": a country after a comma that a clause's verb follows,
    behind a town that a preposition governs, is the subject of the main clause (not
    "Nairobi, Kenya will host": a town opening the clause is the subject with its country)."""
    end = town.end + 2
    while end < len(doc) and doc[end].is_title:
        end += 1
    return town.start > 0 and doc[town.start - 1].lower_ in ("in", "of", "at") and end < len(doc) \
        and token_texts(doc)[end] in clause_words


def _cities_of_the_country_after(doc: Doc, spans, clause_words=frozenset()):
    """ "San Jose, Costa Rica", "Valencia, Venezuela": a known city's name before a comma and a
    country of another state is that state's town of the name (the gazetteer keeps one city per
    name, the largest). Not before a possessive: "in Accra, Togo's president said" names two places;
    nor a clause's subject (``clause_subject_after``); nor a city-state, whose one city is its own
    ("will visit Shanghai, Hong Kong and Shenzhen" lists three cities)."""
    countries = {span.start: info for span, info in spans if info.kind == "country" and not info.city
                 and not (span.end < len(doc) and token_texts(doc)[span.end] in POSSESSIVES)}
    for span, info in spans:
        after = countries.get(span.end + 1)
        if after is not None and clause_subject_after(doc, span, clause_words):
            after = None
        if after is None and info.kind == "city":
            after = _region_set_off(doc, span.end, spans)
        if info.kind == "city" and after is not None and token_texts(doc)[span.end] == "," and after.country != info.country:
            info = PlaceInfo(name=info.name, kind="city", country=after.country, city=info.city)
        yield span, info


def _region_set_off(doc: Doc, end: int, spans) -> Optional[PlaceInfo]:
    """ "Trujillo, in Spanish Extremadura", "Trujillo, in Extremadura": the region of one state
    (or that state) after a comma and "in" that locates the town before it, a demonym before
    the region passed over; else None."""
    texts = token_texts(doc)
    if end + 2 >= len(doc) or texts[end] != "," or texts[end + 1] != "in":
        return None
    by_start = {span.start: (span, info) for span, info in spans}
    found = by_start.get(end + 2)
    if found is not None and found[1].kind == "demonym":
        found = by_start.get(found[0].end)
    if found is None or found[1].kind not in ("country", "region") or not found[1].country or found[1].city:
        return None
    return found[1]


def _after_town_and_country(texts: List[str], start: int, regions: Dict[int, int], towns: set) -> bool:
    """ "in Ouanaminthe, Haiti, and Jimani, Dominican Republic": a town after "and" that
    closes a list whose item before it is a known town set off by a comma from its country (or
    province): ``regions`` maps the end of each country's or region's name to its start,
    ``towns`` holds the ends of the towns' names (not a person's: "Mikko Virtanen, Latvia and
    Lars Holm, Lithuania" lists holders with their states)."""
    k = start - 1
    if k < 1 or texts[k] != "and":
        return False
    k -= texts[k - 1] == ","
    first = regions.get(k)
    return first is not None and first > 1 and texts[first - 1] == "," and first - 1 in towns


class _Found(NamedTuple):
    """A place found, by its tokens, label and rule id: the rules read its bounds, and a
    ``Span`` is made only for the places kept (the gazetteer's windows overlap: "New York",
    "York")."""
    start: int
    end: int
    label: str
    rule_id: str


class PlaceRecognizer(RuleComponent):
    data_files = (NAMES_FILE, CUE_FILE)
    cached_state = ("table", "lengths_by_first", "not_name_words", "town_nouns", "clause_words", "accented_twins")

    def rule_files(self, folder: Path):
        return gazetteer_rule_files(folder) + list(self.data_files)

    def compile(self) -> None:
        """Token ids (ORTH) of each name -> (label, rule id, place); a later entry wins, as in
        :class:`newsfacts.normalisation.places.Gazetteer`. Names are found by looking token
        windows up in this table (what a PhraseMatcher on ORTH finds, without making a Doc
        for each of the 11,000 names at start-up)."""
        #: words that start no town's name ("in The Hague, Netherlands" is not read as a town "The")
        self.not_name_words = NameWords.of_rules(self.rules).not_name_words
        self.town_nouns = WordClasses(self.rules[CUE_FILE], CUE_FILE)["TOWN_NOUN"]
        self.clause_words = WordClasses(self.rules[CUE_FILE], CUE_FILE)["CLAUSE_AUXILIARY"]
        entries = [e for name in self.rules if name not in self.data_files
                   for e in self.rules[name] if isinstance(e.pattern, str)]
        keys = phrase_token_ids(self.nlp, [e.pattern for e in entries])
        # names as press also writes them ("People’s Republic of China", "Guinea Bissau",
        # "Trinidad & Tobago"); the names as written in the data win
        variants = [(e, v) for e in entries for v in written_variants(e.pattern)]
        twins = dict(zip(phrase_token_ids(self.nlp, [v for _, v in variants]), (e for e, _ in variants)))
        self.table: Dict[Tuple[int, ...], Tuple[str, str, PlaceInfo]] = {}
        for key, entry in [*twins.items(), *zip(keys, entries)]:
            info = info_from_entry(dict(entry.meta, pattern=entry.pattern))
            self.table[key] = (LABELS.get(info.kind, entry.label), entry.id, info)
        # "in Vina del Mar.": a name whose last word with a full stop is one of the tokenizer's
        # abbreviations ("Mar." of March) ends a sentence as that one token
        rules = self.nlp.tokenizer.rules or {}
        dotted = [(e, key) for e, key in zip(entries, keys)
                  if " " in e.pattern and e.pattern.rsplit(" ", 1)[1] + "." in rules]
        for (entry, key), dotted_key in zip(dotted, phrase_token_ids(self.nlp, [e.pattern + "." for e, _ in dotted])):
            self.table.setdefault(dotted_key, self.table[key])        #: "San Jose" -> San José (CR): a city of another state whose accented name is written
        #: without accents like the name the table gives to a city elsewhere
        self.accented_twins: Dict[Tuple[int, ...], PlaceInfo] = {}
        for entry, key in zip(entries, keys):
            plain = strip_accents(entry.pattern)
            twin = self.table.get(phrase_token_ids(self.nlp, [plain])[0]) if plain != entry.pattern else None
            info = info_from_entry(dict(entry.meta, pattern=entry.pattern))
            if twin is not None and info.kind == "city" and twin[2].kind == "city" and twin[2].country != info.country:
                self.accented_twins[phrase_token_ids(self.nlp, [plain])[0]] = info
        #: first token id -> the lengths (ascending) of the names that start with it
        lengths: Dict[int, set] = {}
        for key in self.table:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        self.lengths_by_first = {orth: tuple(sorted(n)) for orth, n in lengths.items()}

    def _table_matches(self, doc: Doc):
        orths = token_ids(doc, "ORTH")
        n = len(orths)
        firsts = self.lengths_by_first
        positions = token_positions(doc, "ORTH")  # the words that may start a name, not every token
        # (the doc's distinct words that start a name: a set intersection, not a test per word)
        for start in sorted(i for orth in positions.keys() & firsts.keys() for i in positions[orth]):
            for length in firsts[orths[start]]:
                if start + length > n:  # a slice past the end is shorter: it would match a shorter name
                    break
                found = self.table.get(tuple(orths[start:start + length]))
                if found is not None:
                    yield start, start + length, found

    def annotate(self, doc: Doc) -> Doc:
        spans = []
        for start, end, (label, rule_id, info) in self._table_matches(doc):
            spans.append((_Found(start, end, label, rule_id), info))
        spans += list(self._city_suffix(doc, spans))
        spans += list(self._article_prefix(doc, spans))
        spans += list(self._town_before_country(doc, spans))
        spans += list(self._towns_by_apposition(doc, spans))
        values = {(s.start, s.end): info for s, info in self._twins_of_the_story(doc, _cities_of_the_country_after(doc, spans, self.clause_words))}
        # (kept places never overlap: in the order of their first token, as Spans sort)
        kept = [Span(doc, f.start, f.end, label=f.label, span_id=f.rule_id)
                for f in longest_spans(s for s, _ in spans)]
        for span in kept:
            set_span_value(span, "nf_place", values[(span.start, span.end)].as_dict())
        doc.spans[settings.SPANS_PLACES] = kept
        return doc

    def _twins_of_the_story(self, doc: Doc, spans):
        """ "San Jose" in a story that names Costa Rica and not the United States: the city of the
        state the story is about, of two whose names are written alike without accents."""
        spans = list(spans)
        if not self.accented_twins:
            return spans
        # (a demonym inside a name names no state the story is about: "the Central American Summit")
        named = {info.country for span, info in spans if info.kind == "country" or info.kind == "demonym"
                 and not (span.end < len(doc) and doc[span.end].is_title)}
        orths = token_ids(doc, "ORTH")
        out = []
        for span, info in spans:
            twin = self.accented_twins.get(tuple(orths[span.start:span.end])) if info.kind == "city" else None
            if twin is not None and twin.country in named and info.country not in named:
                info = PlaceInfo(name=info.name, kind="city", country=twin.country, city=info.city)
            out.append((span, info))
        return out

    def _town_before_country(self, doc: Doc, spans):
        """ "in Montego Bay, Jamaica", "in Cholpon-Ata, Kyrgyzstan", "in Kevadia, Gujarat": a
        town the data does not know, written as press writes a place, after "in" (or after the
        "and" that closes a list of such towns, :func:`_after_town_and_country`) and before a
        comma and its country or the country's province or state (whose country it takes)."""
        texts = token_texts(doc)  # (the doc's word lists, read once)
        known = {i for span, _ in spans for i in range(span.start, span.end)}
        regions = {span.end: span.start for span, info in spans if info.kind in ("country", "region")}
        towns = {span.end for span, info in spans if info.kind == "city"}
        for span, info in spans:
            if info.kind not in ("country", "region") or not info.country or span.start < 3 \
                    or texts[span.start - 1] != ",":
                continue
            if span.end < len(doc) and lower_words(doc)[span.end] in POSSESSIVES:
                continue  # "in Trade, Kenya's minister said"
            end = span.start - 1
            start = end
            while start > 0 and end - start < 4 and (
                    doc[start - 1].is_title and doc[start - 1].is_alpha and texts[start - 1] not in self.not_name_words
                    or texts[start - 1] == "-" and not doc[start - 1].whitespace_ and start - 1 < end):
                start -= 1
            if start == end or start == 0 or texts[start] == "-" or known.intersection(range(start, end)) \
                    or texts[start - 1] != "in" and not _after_town_and_country(texts, start, regions, towns):
                continue
            name = text_of(doc, start, end)
            towns.add(end)  # (a list's next item may follow it: "in A, Haiti, and B, Dominican Republic")
            yield _Found(start, end, "CITY", "place.town_before_country"), \
                PlaceInfo(name=name, kind="city", country=info.country, city=name)

    def _town_name(self, doc: Doc, start: int, step: int, known: set) -> int:
        """The other end of a run of capitalised words the data does not know, read from
        ``start`` in direction ``step`` (1 or -1); ``start`` when there is none."""
        end = start
        while 0 <= end < len(doc) and abs(end - start) < TOWN_WORDS and end not in known:
            text = token_texts(doc)[end]
            if not (doc[end].is_alpha and text[0].isupper() and not text.isupper() and text not in self.not_name_words):
                break
            end += step
        return end

    @staticmethod
    def _owner_before(doc: Doc, j: int, places: dict) -> Optional[str]:
        """The country of the place or demonym before the town noun at ``j``, across a few
        lowercase words ("the Uzbek border town", "Peru's northern port"), else None."""
        k = j - 1
        while k >= 0 and j - k <= TOWN_MODIFIERS and doc[k].is_lower and doc[k].is_alpha and k not in places:
            k -= 1
        if k in places and places[k].country:
            return places[k].country
        if k >= 1 and token_texts(doc)[k] in POSSESSIVES and k - 1 in places:
            return places[k - 1].country
        return None

    def _town_noun_after(self, doc: Doc, i: int) -> int:
        """The index of a town noun after "the"/"a" and a few lowercase words at ``i``
        ("the second largest city"), else -1."""
        if i >= len(doc) or lower_words(doc)[i] not in ("the", "a", "an"):
            return -1
        for j in range(i + 1, min(len(doc), i + 2 + TOWN_MODIFIERS)):
            if lower_words(doc)[j] in self.town_nouns:
                return j
            if not (doc[j].is_lower and (doc[j].is_alpha or token_texts(doc)[j] == "-")):
                return -1
        return -1

    def _towns_by_apposition(self, doc: Doc, spans):
        """Towns the data lacks, named by the text itself: "the Argentine city of Puerto Lindo"
        (the demonym or "Kenya's" before says the country) and "Baucana, the second largest town
        of Timor-Leste" (the country after). Every other mention of the name is the town too."""
        known = {i for span, _ in spans for i in range(span.start, span.end)}
        places = {span.start: info for span, info in spans}
        places.update({span.end - 1: info for span, info in spans})
        found = {}
        for j in token_indices(doc, "LOWER", self.town_nouns):
            if j + 2 >= len(doc):
                continue
            owner = self._owner_before(doc, j, places)  # "the Argentine city of X", "the Uzbek border town of X"
            if lower_words(doc)[j + 1] == "of" and owner is not None:
                end = self._town_name(doc, j + 2, 1, known)  # "Peru's port of X"
                if end > j + 2:
                    found[text_of(doc, j + 2, end)] = owner
            country_at = j + 3 if lower_words(doc)[j + 2] == "the" else j + 2  # "the capital of the Maldives"
            if lower_words(doc)[j + 1] in ("of", "in") and country_at in places and places[country_at].kind == "country":
                # "X, the second largest town of Y": back from the comma before "the"
                comma = next((k for k in range(j - 1, max(-1, j - 3 - TOWN_MODIFIERS), -1) if token_texts(doc)[k] == ","), None)
                if comma is not None and self._town_noun_after(doc, comma + 1) == j:
                    start = self._town_name(doc, comma - 1, -1, known) + 1
                    if start < comma:
                        found[text_of(doc, start, comma)] = places[country_at].country
        yield from self._mentions_of(doc, found, known)

    def _mentions_of(self, doc: Doc, found: dict, known: set):
        """Every mention of the towns ``found`` (name -> country) outside known places."""
        for name, country in found.items():
            first = name.split(" ")[0]
            size = len(name.split(" "))
            for i in token_indices(doc, "ORTH", (first,)):
                if text_of(doc, i, i + size) == name and not known.intersection(range(i, i + size)) \
                        and (i + size >= len(doc) or not doc[i + size].is_title):
                    yield _Found(i, i + size, "CITY", "place.town_by_apposition"), \
                        PlaceInfo(name=name, kind="city", country=country, city=name)

    def _city_suffix(self, doc: Doc, spans):
        """ "Zamboanga City", "Pasay City": a city the data knows without its "City" is named
        with it, as written (the data writes "Quezon City" but "Pasay", "Zamboanga"); not the
        "City" of a "City Hall" ("at Cincinnati City Hall": the hall of Cincinnati)."""
        texts = token_texts(doc)
        for span, info in spans:
            if info.kind == "city" and span.end < len(doc) and texts[span.end] == "City" \
                    and not (span.end + 1 < len(doc) and texts[span.end + 1] == "Hall"):
                name = text_of(doc, span.start, span.end + 1)
                yield _Found(span.start, span.end + 1, "CITY", "place.city_suffix"), \
                    PlaceInfo(name=name, kind="city", country=info.country, city=name)


    @staticmethod
    def _article_prefix(doc: Doc, spans):
        """ "al-Riyadh", "Al Riyadh", "El-Fasher": a city the data knows, written with the Arabic
        article before it, is that city, named as written; not when the data knows the name with
        the article as another place ("El Salvador", a country, is no "Salvador" of Brazil)."""
        texts = token_texts(doc)
        # "El Salvador": a name the data knows with its article is that place, no city after an article
        known = {(span.start, span.end) for span, _ in spans}
        for span, info in spans:
            s = span.start
            if info.kind != "city" or (s - 1, span.end) in known or (s - 2, span.end) in known:
                continue
            if s >= 2 and texts[s - 1] in HYPHENS and texts[s - 2] in ARABIC_ARTICLES \
                    and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_:
                start = s - 2
            elif s >= 1 and texts[s - 1] in ARABIC_ARTICLES and texts[s - 1][:1].isupper():
                start = s - 1
            else:
                continue
            name = text_of(doc, start, span.end)
            yield _Found(start, span.end, "CITY", "place.article_prefix"), \
                PlaceInfo(name=name, kind="city", country=info.country, city=info.city or text_of(doc, span.start, span.end))


@Language.factory("newsfacts_places", default_config={"patterns_dir": None}, assigns=["span._.nf_place"])
def make_place_recognizer(nlp: Language, name: str, patterns_dir):
    return PlaceRecognizer(nlp, name, patterns_dir=patterns_dir)
