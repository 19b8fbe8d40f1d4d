"""Places known by name (patterns/known_places.jsonl, recognition/known_places.py) and the local
names of cities (patterns/places/aliases.jsonl): a known building's venue takes the country that
general knowledge gives it, and its city as the story places it (FACTS.md venues). Sentences
written for these tests; a made-up story may name a real known building."""
import json
from types import SimpleNamespace

import pytest

from newsfacts import settings
from newsfacts.recognition.known_places import KnownPlaces, KnownPlace, same_city

KNOWN_FILE = settings.PATTERNS_DIR / "known_places.jsonl"


def _entry(id_, pattern, country, city=None, variants=()):
    return SimpleNamespace(id=id_, label="KNOWN_PLACE", pattern=pattern,
                           meta={"country": country, "city": city, "variants": list(variants)})


TABLE = KnownPlaces.of_entries(
    [_entry("venue.known.xx.a", "Casa Azul", "PE", "Lima", ["Palacio Azul"]),
     _entry("venue.known.xx.b", "Old Fort", "GH", "Accra"),
     _entry("venue.known.xx.c", "Old Fort", "KE", "Nairobi"),  # a name of two places names none
     _entry("venue.known.xx.d", "Élysée Palace", "FR", "Paris")],
    lambda name: name.split())


@pytest.mark.parametrize("words,found", [
    ("at Casa Azul today", "venue.known.xx.a"),
    ("at Palacio Azul today", "venue.known.xx.a"),  # a variant
    ("at Casa azul today", "venue.known.xx.a"),  # later words in any case
    ("at Elysee Palace today", "venue.known.xx.d"),  # accents are not compared
    ("at casa Azul today", None),  # the first word capitalised
    ("at Old Fort today", None),
    ("at Casa Verde today", None),
])
def test_known_place_table(nlp, words, found):
    doc = nlp.make_doc(words)
    hit = TABLE.at(doc, 1, len(doc))
    assert (hit[1].id if hit else None) == found


def test_same_city_folds_accents():
    place = KnownPlace(id="x", name="X", city="Bogotá", country="CO")
    assert same_city("Bogota", place) and not same_city("Lima", place) and not same_city(None, place)


def test_the_known_places_file_is_well_formed():
    """Every line: a unique id of its country, a name, variants, a city or null, an ISO country
    the gazetteer knows, a source; no name given to two places."""
    from newsfacts.normalisation.places import country_name, fold

    ids, names = set(), {}
    for line in KNOWN_FILE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("{"):
            continue
        entry = json.loads(line)
        assert set(entry) == {"id", "label", "pattern", "variants", "city", "country", "source"}
        assert entry["label"] == "KNOWN_PLACE" and entry["source"].strip()
        assert entry["id"] not in ids and entry["id"].startswith(f"venue.known.{entry['country'].lower()}.")
        ids.add(entry["id"])
        assert country_name(entry["country"]), entry
        assert entry["city"] is None or entry["city"].strip()
        for name in [entry["pattern"], *entry["variants"]]:
            assert names.setdefault(fold(name), entry["id"]) == entry["id"], name
    assert len(ids) > 200


CASES = [
    # a known building named alone after "at": the country general knowledge gives it, no city
    # the story does not name
    ("The two presidents held talks at the Kremlin on Monday.", [("Kremlin", None, "RU")]),
    ("The talks, held at Dasman Palace, covered trade and investment.", [("Dasman Palace", None, "KW")]),
    ("The envoy presented her credentials to the President at the Rashtrapati Bhavan on Thursday.",
     [("Rashtrapati Bhavan", None, "IN")]),
    ("The Vice President received the delegation at the White House on Friday.", [("White House", None, "US")]),
    # ... not the dateline's town of a story filed elsewhere
    ("NAIROBI, 3 May 2026 -- The minister held talks with her host at Egmont Palace on Sunday.",
     [("Egmont Palace", None, "BE")]),
    # its city when its sentence names that city; a town written after it places it
    ("The premiers met at the Great Hall of the People in downtown Beijing on Tuesday.",
     [("Great Hall of the People", "Beijing", "CN")]),
    ("The conference took place on 11 May at Lancaster house in London.", [("Lancaster house", "London", "GB")]),
    # negative: a known name in no venue's position
    ("The White House said on Monday that the talks would resume.", []),
    # local names of cities and venue towns of the gazetteer's aliases
    ("The ministers will meet in Milano on 9 September.", [("Milano", "Milano", "IT")]),
    ("The talks were held in Praha on Monday.", [("Praha", "Praha", "CZ")]),
    ("The consultative meeting will be held next Saturday in AlUla.", [("AlUla", "AlUla", "SA")]),
    ("The king arrived in the Red Sea city of Neom for a two-day visit.", [("Neom", "Neom", "SA")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_known_places_as_venues(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected
