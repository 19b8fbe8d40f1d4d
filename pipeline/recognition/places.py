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
from typing import Dict, Iterable, Optional, Tuple, Union

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import SimpleFrozenList

from .. import settings
from ..normalisation.places import PLACES_SUBDIR, PlaceInfo, gazetteer_files, info_from_entry
from .base import RuleComponent
from .lexicon import longest_spans
from .names import NOT_NAME_WORDS, POSSESSIVES

LABELS = {"country": "COUNTRY", "city": "CITY", "region": "REGION", "demonym": "DEMONYM"}


class PlaceRecognizer(RuleComponent):
    def __init__(self, nlp: Language, name: str, *, patterns_dir: Optional[str] = None):
        folder = Path(patterns_dir or settings.PATTERNS_DIR) / PLACES_SUBDIR
        super().__init__(nlp, name, patterns_dir=patterns_dir,
                         pattern_files=[str(p) for p in gazetteer_files(folder)])
        self._build_table()

    def _build_table(self) -> None:
        """Token ids (ORTH) of each pattern -> (label, rule id, place); a later entry wins, as in
        :class:`newsfacts.normalisation.places.Gazetteer`."""
        self.table: Dict[Tuple[int, ...], Tuple[str, str, PlaceInfo]] = {}
        for entry in self.patterns.entries:
            if not isinstance(entry.pattern, str):
                continue
            data = dict(entry.meta, pattern=entry.pattern)
            info = info_from_entry(data)
            key = self.patterns.phrase_orths[entry.pattern]  # tokenised once, by the pattern set
            self.table[key] = (LABELS.get(info.kind, entry.label), entry.id, info)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        matches = self.patterns.match(doc)
        orths = doc.to_array(ORTH).tolist() if matches else []
        for match in matches:
            found = self.table.get(tuple(orths[match.start:match.end]))
            if found is None:
                continue
            label, rule_id, info = found
            span = Span(doc, match.start, match.end, label=label, span_id=rule_id)
            spans.append((span, info))
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
                    doc[start - 1].is_title and doc[start - 1].is_alpha and doc[start - 1].text not in NOT_NAME_WORDS
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

    def from_disk(self, path: Union[str, Path], *, exclude: Iterable[str] = SimpleFrozenList()):
        super().from_disk(path, exclude=exclude)
        self._build_table()
        return self


@Language.factory("newsfacts_places", default_config={"patterns_dir": None})
def make_place_recognizer(nlp: Language, name: str, patterns_dir):
    return PlaceRecognizer(nlp, name, patterns_dir=patterns_dir)
