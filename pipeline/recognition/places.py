"""Place recognition: every gazetteer name in running text (``newsfacts_places``).

The rules are the gazetteer files of ``patterns/places/`` (see :mod:`newsfacts.normalisation.places`
and ``scripts/build_gazetteer.py``), matched as phrases on ORTH, so case-sensitively: "Reading"
the town is not in the data, and "may" or "police" never match. Possessives need nothing special
("Malaysia’s" is "Malaysia" + "’s"). ALL-CAPS datelines are left to the dateline component, which
calls :func:`newsfacts.normalisation.places.lookup_place`.

Writes ``doc.spans[settings.SPANS_PLACES]``: non-overlapping spans (longest wins, so "Papua New
Guinea" beats "Guinea"), label COUNTRY / CITY / REGION / DEMONYM, ``span.id_`` the rule id
("place.country", "place.city", "place.region", "place.demonym", "place.alias", "place.city_suffix"
for a known city written with "City" after it) and
``span._.nf_place == {"name", "kind", "city", "country"}``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Dict, Tuple, Union

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import settings
from ..normalisation.places import PLACES_SUBDIR, PlaceInfo, gazetteer_files, info_from_entry
from .base import RuleComponent
from .lexicon import longest_spans, phrase_token_ids
from .names import NAMES_FILE, POSSESSIVES, NameWords

LABELS = {"country": "COUNTRY", "city": "CITY", "region": "REGION", "demonym": "DEMONYM"}


def gazetteer_rule_files(folder: Union[str, Path]):
    """The gazetteer files of a patterns folder, as relative names in load order."""
    return [f"{PLACES_SUBDIR}/{p.name}" for p in gazetteer_files(Path(folder) / PLACES_SUBDIR)]


class PlaceRecognizer(RuleComponent):
    data_files = (NAMES_FILE,)
    cached_state = ("table", "lengths_by_first", "not_name_words")

    def rule_files(self, folder: Path):
        return gazetteer_rule_files(folder) + list(self.data_files)

    def compile(self) -> None:
        """Token ids (ORTH) of each name -> (label, rule id, place); a later entry wins, as in
        :class:`newsfacts.normalisation.places.Gazetteer`. Names are found by looking token
        windows up in this table (what a PhraseMatcher on ORTH finds, without making a Doc
        for each of the 11,000 names at start-up)."""
        #: words that start no town's name ("in The Hague, Netherlands" is not read as a town "The")
        self.not_name_words = NameWords.of_rules(self.rules).not_name_words
        entries = [e for name in self.rules if name not in self.data_files
                   for e in self.rules[name] if isinstance(e.pattern, str)]
        keys = phrase_token_ids(self.nlp, [e.pattern for e in entries])
        self.table: Dict[Tuple[int, ...], Tuple[str, str, PlaceInfo]] = {}
        for entry, key in zip(entries, keys):
            info = info_from_entry(dict(entry.meta, pattern=entry.pattern))
            self.table[key] = (LABELS.get(info.kind, entry.label), entry.id, info)
        #: first token id -> the lengths (ascending) of the names that start with it
        lengths: Dict[int, set] = {}
        for key in self.table:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        self.lengths_by_first = {orth: tuple(sorted(n)) for orth, n in lengths.items()}

    def _table_matches(self, doc: Doc):
        orths = doc.to_array(ORTH).tolist() if len(doc) else []
        for start, orth in enumerate(orths):
            for length in self.lengths_by_first.get(orth, ()):
                found = self.table.get(tuple(orths[start:start + length]))
                if found is not None:
                    yield start, start + length, found

    def annotate(self, doc: Doc) -> Doc:
        spans = []
        for start, end, (label, rule_id, info) in self._table_matches(doc):
            spans.append((Span(doc, start, end, label=label, span_id=rule_id), info))
        spans += list(self._city_suffix(doc, spans))
        spans += list(self._town_before_country(doc, spans))
        values = {(s.start, s.end): info for s, info in spans}
        kept = longest_spans(s for s, _ in spans)
        for span in kept:
            span._.nf_place = values[(span.start, span.end)].as_dict()
        doc.spans[settings.SPANS_PLACES] = kept
        return doc

    def _town_before_country(self, doc: Doc, spans):
        """ "in Montego Bay, Jamaica", "in Cholpon-Ata, Kyrgyzstan": a town the data does not
        know, written as press writes a place, after "in" and before a comma and its country."""
        known = {i for span, _ in spans for i in range(span.start, span.end)}
        for span, info in spans:
            if info.kind != "country" or span.start < 3 or doc[span.start - 1].text != ",":
                continue
            if span.end < len(doc) and doc[span.end].lower_ in POSSESSIVES:
                continue  # "in Trade, Kenya's minister said"
            end = span.start - 1
            start = end
            while start > 0 and end - start < 4 and (
                    doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].text not in self.not_name_words
                    or doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and start - 1 < end):
                start -= 1
            if start == end or start == 0 or doc[start - 1].text != "in" or doc[start].text == "-" \
                    or known.intersection(range(start, end)):
                continue
            name = doc[start:end].text
            yield Span(doc, start, end, label="CITY", span_id="place.town_before_country"), \
                PlaceInfo(name=name, kind="city", country=info.country, city=name)

    def _city_suffix(self, doc: Doc, spans):
        """ "Zamboanga City", "Pasay City": a city the data knows without its "City" is named
        with it, as written (the data writes "Quezon City" but "Pasay", "Zamboanga")."""
        for span, info in spans:
            if info.kind == "city" and span.end < len(doc) and doc[span.end].text == "City":
                name = doc[span.start:span.end + 1].text
                yield Span(doc, span.start, span.end + 1, label="CITY", span_id="place.city_suffix"), \
                    PlaceInfo(name=name, kind="city", country=info.country, city=name)


@Language.factory("newsfacts_places", default_config={"patterns_dir": None}, assigns=["span._.nf_place"])
def make_place_recognizer(nlp: Language, name: str, patterns_dir):
    return PlaceRecognizer(nlp, name, patterns_dir=patterns_dir)
