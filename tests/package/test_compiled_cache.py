"""The compiled-rule cache changes start-up time only: the same state, the same records, never
a stale entry, and the rules themselves still there for to_disk."""
from __future__ import annotations

import json
import shutil

import pytest

from newsfacts import extract, settings
from newsfacts.nlp import build_nlp

TEXT = ("OSLO, May 2 -- Ministers met in Bergen and Kuala Lumpur.\n\n"
        "Delegates praised the forum in Valdoria, a town of the north, on Friday.")
TOWN = {"id": "place.city", "label": "CITY", "pattern": "Valdoria", "name": "Valdoria",
        "kind": "city", "country": "NO", "city": "Valdoria"}


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("NEWSFACTS_CACHE", str(folder))
    return folder


@pytest.fixture
def own_patterns(tmp_path):
    folder = tmp_path / "patterns"
    shutil.copytree(settings.PATTERNS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def state(nlp):
    places, dateline = nlp.get_pipe("newsfacts_places"), nlp.get_pipe("newsfacts_dateline")
    return places.table, places.lengths_by_first, dateline.gazetteer.exact, dateline.gazetteer.folded


def test_cached_state_is_the_compiled_state(cache_dir, monkeypatch):
    compiled = build_nlp()
    assert compiled.get_pipe("newsfacts_places")._rules_from is None  # compiled (and saved)
    # the gazetteer's and the dateline's compiled state, the tokenizer suffixes' needs and reach,
    # the characters the URL expression needs, the towns
    assert len(list(cache_dir.glob("*.pickle"))) == 6
    cached = build_nlp()
    assert cached.get_pipe("newsfacts_places")._rules_from is not None  # read back
    assert state(cached) == state(compiled)
    monkeypatch.setenv("NEWSFACTS_CACHE", "off")
    plain = build_nlp()
    assert plain.get_pipe("newsfacts_places")._rules_from is None
    assert extract(TEXT, nlp=cached) == extract(TEXT, nlp=compiled) == extract(TEXT, nlp=plain)


def test_a_changed_rule_file_is_compiled_again(cache_dir, own_patterns):
    before = build_nlp(patterns_dir=str(own_patterns))
    assert "Valdoria" not in [v.city for v in extract(TEXT, nlp=before).venues]
    with (own_patterns / "places" / "aliases.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(TOWN) + "\n")
    after = build_nlp(patterns_dir=str(own_patterns))
    assert after.get_pipe("newsfacts_places")._rules_from is None  # another digest: compiled
    assert "Valdoria" in [v.city for v in extract(TEXT, nlp=after).venues]


def test_rules_of_a_cached_component_are_read_for_to_disk(cache_dir, own_patterns, tmp_path):
    build_nlp(patterns_dir=str(own_patterns))  # fills the cache
    nlp = build_nlp(patterns_dir=str(own_patterns))
    places = nlp.get_pipe("newsfacts_places")
    assert places._rules_from is not None
    places.to_disk(tmp_path / "saved")
    assert (tmp_path / "saved" / "places" / "cities.jsonl").exists()
    assert sum(len(entries) for entries in places.rules.values()) > 10_000
    # rule files that changed after their state was compiled are refused, not mixed
    other = build_nlp(patterns_dir=str(own_patterns)).get_pipe("newsfacts_dateline")
    with (own_patterns / "places" / "aliases.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(TOWN) + "\n")
    with pytest.raises(RuntimeError, match="changed since they were compiled"):
        other.to_disk(tmp_path / "other")


def test_cached_suffix_needs_are_the_computed_ones(cache_dir):
    from newsfacts.recognition.affixes import SuffixFinder, UrlMatcher, required_chars, suffix_needs, suffix_reach

    tokenizer = build_nlp().tokenizer
    pattern = tokenizer.suffix_search.__self__.pattern
    computed = suffix_needs(pattern)
    assert computed  # spaCy's English suffixes can be read
    assert SuffixFinder(pattern).needs == computed  # read back from the cache filled by build_nlp
    assert SuffixFinder(pattern).reach == suffix_reach(pattern) and suffix_reach(pattern)
    url = tokenizer.url_match.__self__.pattern
    assert UrlMatcher(url).needs == required_chars(url) == frozenset(".")


def test_cached_towns_are_the_read_ones(cache_dir):
    from newsfacts import settings
    from newsfacts.normalisation.places import read_towns

    build_nlp()  # fills the cache
    cached = build_nlp().get_pipe("newsfacts_venues").towns
    assert len(cached) > 20000
    assert cached == read_towns(settings.PATTERNS_DIR)
