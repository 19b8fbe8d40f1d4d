"""A user's patterns folder (a copy of patterns/ with entries of their own) is read by every
component, the dateline and the place look-up included, and survives to_disk/from_disk."""
from __future__ import annotations

import json
import shutil

import pytest
import spacy

from newsfacts import extract, settings
from newsfacts.nlp import build_nlp
from newsfacts.normalisation.places import country_code, lookup_place

#: Made-up names: a town, a style and an office that no packaged rule knows.
CITY = {"id": "place.city", "label": "CITY", "pattern": "Valdoria", "name": "Valdoria",
        "kind": "city", "country": "IS", "city": "Valdoria"}
HONORIFIC = {"id": "honorific.user_vornik", "label": "HONORIFIC", "pattern": "Vornik"}
#: an office of one country, in another country than the town (so its country is the title's)
TITLE = {"id": "title.user_vardmaster", "label": "TITLE", "pattern": "Vardmaster", "country": "NO"}

TEXT = ("VALDORIA, March 3 (Wire) -- Vardmaster Vornik Ansel Tibbe opened the third Coastal "
        "Water Forum in Valdoria on Tuesday.\n\nThe forum brings together port authorities.")


@pytest.fixture(scope="module")
def user_patterns(tmp_path_factory):
    folder = tmp_path_factory.mktemp("user") / "patterns"
    shutil.copytree(settings.PATTERNS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    for path, entry in (("places/user_towns.jsonl", CITY), ("officials/honorifics.jsonl", HONORIFIC),
                        ("officials/titles.jsonl", TITLE)):
        with (folder / path).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")
    return folder


def user_facts(record):
    official = [(o.name, o.title, o.honorifics, o.country) for o in record.officials]
    venues = [(v.city, v.country) for v in record.venues]
    dateline = (record.dateline.name, record.dateline.country) if record.dateline else None
    return dateline, official, venues


EXPECTED = (("Valdoria", "IS"), [("Ansel Tibbe", "Vardmaster", ["Vornik"], "NO")], [("Valdoria", "IS")])


def test_packaged_rules_know_none_of_them(nlp):
    dateline, official, venues = user_facts(extract(TEXT, nlp=nlp))
    # (the town is still read as a town the gazetteer lacks, after the forum's name: no country)
    assert dateline is None and ("Valdoria", "IS") not in venues
    assert official != EXPECTED[1]
    assert lookup_place("Valdoria") is None


def test_each_entry_is_used_everywhere(user_patterns):
    nlp = build_nlp(patterns_dir=str(user_patterns))
    assert user_facts(extract(TEXT, nlp=nlp)) == EXPECTED
    assert country_code("VALDORIA", patterns_dir=user_patterns) == "IS"


def test_after_to_disk_and_from_disk(user_patterns, tmp_path):
    built = build_nlp(patterns_dir=str(user_patterns))
    built.to_disk(tmp_path / "saved")
    # from_disk into a pipeline built from the packaged rules: the saved rules replace them
    packaged = build_nlp().from_disk(tmp_path / "saved")
    assert user_facts(extract(TEXT, nlp=packaged)) == EXPECTED
    # spacy.load does not need the patterns folder the pipeline was built with
    moved = user_patterns.parent / "moved"
    user_patterns.rename(moved)
    try:
        loaded = spacy.load(tmp_path / "saved")
        assert user_facts(extract(TEXT, nlp=loaded)) == EXPECTED
    finally:
        moved.rename(user_patterns)


def test_initialize_section_gives_patterns_dir(user_patterns):
    """``[initialize.components.NAME] patterns_dir`` (or the argument) points one component
    elsewhere at nlp.initialize() time."""
    nlp = build_nlp()
    nlp.get_pipe("newsfacts_dateline").initialize(patterns_dir=str(user_patterns))
    record = extract(TEXT, nlp=nlp)
    dateline, _, venues = user_facts(record)
    # the places component still has the packaged rules: the town is read as one the gazetteer
    # lacks ("Forum in Valdoria"), not as a place it knows
    assert dateline == ("Valdoria", "IS")
    assert record.venues and all(m.rule == "venue.town" for v in record.venues for m in v.mentions)
