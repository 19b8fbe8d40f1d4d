"""A saved pipeline is a spaCy pipeline: ``spacy.load`` in a fresh process that never imports
newsfacts by hand finds the components through their entry points, and gives the same records."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import spacy

from newsfacts import settings

#: Run in a fresh interpreter: newsfacts is imported only by spaCy's entry points.
LOAD_AND_RUN = textwrap.dedent("""
    import json, sys
    import spacy
    assert "newsfacts" not in sys.modules
    nlp = spacy.load(sys.argv[1])
    assert "newsfacts" in sys.modules  # imported by spaCy through the spacy_factories entry points
    texts = [json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8")]
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        for doc in nlp.pipe(texts):
            out.write(doc._.newsfacts.model_dump_json() + "\\n")
""")


def pipe_records(nlp, texts):
    return [json.loads(doc._.newsfacts.model_dump_json()) for doc in nlp.pipe(texts)]


def test_spacy_load_in_a_fresh_process_gives_the_same_records(nlp, corpus_items, tmp_path):
    saved = tmp_path / "pipeline"
    nlp.to_disk(saved)
    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps({"text": i.text}) + "\n" for i in corpus_items), encoding="utf-8")
    out = tmp_path / "records.jsonl"
    script = tmp_path / "load_and_run.py"
    script.write_text(LOAD_AND_RUN, encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(saved), str(texts), str(out)],
                   cwd=tmp_path, check=True, timeout=600)
    loaded = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    expected = pipe_records(nlp, [i.text for i in corpus_items])
    assert len(loaded) == len(expected) == len(corpus_items)
    assert loaded == expected
    assert sum(len(r["officials"]) + len(r["dates"]) for r in loaded) > 100  # facts, not empty records


def test_saved_pipeline_holds_every_rule_file(nlp, tmp_path):
    """What the components read is in the saved folder, laid out as patterns/ (the events
    component reads venues.jsonl, the venues component venue_cues.jsonl, the dateline the
    gazetteer) and the config carries the tokenizer callback."""
    nlp.to_disk(tmp_path)
    saved = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.jsonl")}
    for name in ("newsfacts_events/events.jsonl", "newsfacts_events/venues.jsonl",
                 "newsfacts_venues/venues.jsonl", "newsfacts_venues/venue_cues.jsonl",
                 "newsfacts_dateline/places/cities.jsonl", "newsfacts_places/places/aliases.jsonl",
                 "newsfacts_officials/officials/titles.jsonl", "newsfacts_dates/dates.jsonl",
                 "newsfacts_venues/places/towns.jsonl", "newsfacts_dateline/places/towns.jsonl"):
        assert name in saved
    config = spacy.util.load_config(tmp_path / "config.cfg")
    assert config["initialize"]["before_init"] == {"@callbacks": "newsfacts.customize_tokenizer.v1"}


def test_from_disk_replaces_the_rules_and_everything_derived(nlp, tmp_path):
    """Rules loaded by from_disk are compiled as rules read from patterns_dir: a pipeline
    built from rules without 'Taoiseach' gets the office (and its country) back from disk."""
    from newsfacts.nlp import build_nlp

    nlp.get_pipe("newsfacts_officials").to_disk(tmp_path / "officials_saved")
    folder = tmp_path / "patterns"
    import shutil

    shutil.copytree(settings.PATTERNS_DIR, folder)
    titles = folder / "officials" / "titles.jsonl"
    titles.write_text("".join(line + "\n" for line in titles.read_text(encoding="utf-8").splitlines()
                              if "Taoiseach" not in line), encoding="utf-8")
    text = "DUBLIN, May 4 -- Taoiseach Maeve Ronan met the delegation on Monday."
    trimmed = build_nlp(patterns_dir=str(folder))
    assert not trimmed(text)._.newsfacts.officials
    trimmed.get_pipe("newsfacts_officials").from_disk(tmp_path / "officials_saved")
    officials = trimmed(text)._.newsfacts.officials
    assert [(o.name, o.title, o.country) for o in officials] == [("Maeve Ronan", "Taoiseach", "IE")]


def _patterns_without_towns(tmp_path):
    import shutil

    folder = tmp_path / "patterns"
    shutil.copytree(settings.PATTERNS_DIR, folder)
    (folder / "places" / "towns.jsonl").unlink()
    return folder


#: "Ohrid" is only in the towns' data (North Macedonia); without it the rule for towns the
#: data lacks reads it and the story's country (the Geneva dateline) is the guess.
TOWN_TEXT = "GENEVA, May 4 -- The regional council held its fifth session in Ohrid on Monday."


def _venues(nlp, text=TOWN_TEXT):
    return [(v.name, v.city, v.country) for v in nlp(text)._.newsfacts.venues]


def test_a_saved_venue_component_carries_its_towns(nlp, tmp_path):
    """The towns are plain data beside the rules, not rules: to_disk writes the ones the
    component was built with and from_disk reads them from the saved folder, not from
    patterns_dir (a pipeline built from a patterns folder without towns gets them back)."""
    from newsfacts.nlp import build_nlp

    assert _venues(nlp) == [("Ohrid", "Ohrid", "MK")]
    trimmed = build_nlp(patterns_dir=str(_patterns_without_towns(tmp_path)))
    assert _venues(trimmed) != [("Ohrid", "Ohrid", "MK")]
    assert not trimmed.get_pipe("newsfacts_venues").towns
    nlp.get_pipe("newsfacts_venues").to_disk(tmp_path / "venues_saved")
    trimmed.get_pipe("newsfacts_venues").from_disk(tmp_path / "venues_saved")
    assert trimmed.get_pipe("newsfacts_venues").towns == nlp.get_pipe("newsfacts_venues").towns
    assert _venues(trimmed) == [("Ohrid", "Ohrid", "MK")]
    trimmed.get_pipe("newsfacts_venues").initialize()  # back to its own patterns_dir: no towns
    assert not trimmed.get_pipe("newsfacts_venues").towns


def test_venue_bytes_carry_the_towns(nlp, tmp_path):
    from newsfacts.nlp import build_nlp

    trimmed = build_nlp(patterns_dir=str(_patterns_without_towns(tmp_path)))
    trimmed.get_pipe("newsfacts_venues").from_bytes(nlp.get_pipe("newsfacts_venues").to_bytes())
    assert _venues(trimmed) == [("Ohrid", "Ohrid", "MK")]
    assert len(trimmed.get_pipe("newsfacts_venues").towns) > 20_000


#: "Ohrid" again: a dated dateline may open with a town only the towns' data knows.
TOWN_DATELINE = "OHRID, May 4, 2026 -- The regional council opened its fifth session."


def _dateline(nlp, text=TOWN_DATELINE):
    found = nlp(text)._.newsfacts.dateline
    return found and (found.name, found.country)


def test_a_saved_dateline_component_carries_its_towns(nlp, tmp_path):
    from newsfacts.nlp import build_nlp

    assert _dateline(nlp) == ("Ohrid", "MK")
    trimmed = build_nlp(patterns_dir=str(_patterns_without_towns(tmp_path)))
    assert _dateline(trimmed) is None
    nlp.get_pipe("newsfacts_dateline").to_disk(tmp_path / "dateline_saved")
    trimmed.get_pipe("newsfacts_dateline").from_disk(tmp_path / "dateline_saved")
    assert _dateline(trimmed) == ("Ohrid", "MK")
    trimmed.get_pipe("newsfacts_dateline").initialize()  # back to its own patterns_dir: no towns
    assert _dateline(trimmed) is None


def test_dateline_bytes_carry_the_towns(nlp, tmp_path):
    from newsfacts.nlp import build_nlp

    trimmed = build_nlp(patterns_dir=str(_patterns_without_towns(tmp_path)))
    trimmed.get_pipe("newsfacts_dateline").from_bytes(nlp.get_pipe("newsfacts_dateline").to_bytes())
    assert _dateline(trimmed) == ("Ohrid", "MK")


def test_analyze_pipes_checks_the_order(nlp):
    assert not any(nlp.analyze_pipes()["problems"].values())
    wrong = spacy.blank("en")
    for name in ("newsfacts_venues", "newsfacts_places", "newsfacts_records"):
        wrong.add_pipe(name)
    problems = wrong.analyze_pipes()["problems"]
    assert "span._.nf_place" in problems["newsfacts_venues"]
    assert "token.is_sent_start" in problems["newsfacts_venues"]
    assert "span._.nf_date" in problems["newsfacts_records"]


def test_to_bytes_from_bytes(nlp, tmp_path):
    """nlp.to_bytes()/from_bytes() keep the rules too: a pipeline built from rules without
    'Taoiseach' has the office back from the bytes of the full one."""
    import shutil

    from newsfacts.nlp import build_nlp

    folder = tmp_path / "patterns"
    shutil.copytree(settings.PATTERNS_DIR, folder)
    titles = folder / "officials" / "titles.jsonl"
    titles.write_text("".join(line + "\n" for line in titles.read_text(encoding="utf-8").splitlines()
                              if "Taoiseach" not in line), encoding="utf-8")
    text = "DUBLIN, May 4 -- Taoiseach Maeve Ronan met the delegation in Galway on Monday."
    other = build_nlp(patterns_dir=str(folder))
    assert not other(text)._.newsfacts.officials
    other.from_bytes(nlp.to_bytes())
    assert other(text)._.newsfacts == nlp(text)._.newsfacts
    assert [o.title for o in other(text)._.newsfacts.officials] == ["Taoiseach"]
