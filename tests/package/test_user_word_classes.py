"""Word-class files (``*_words.jsonl``, ``names.jsonl``) are rule files like the others: a word a
user adds in their own patterns folder is used by the component that consults the class (the
records component's linking included), is saved by ``to_disk`` and comes back with
``spacy.load``."""
from __future__ import annotations

import json
import shutil

import pytest
import spacy

from newsfacts import extract, settings
from newsfacts.nlp import build_nlp
from newsfacts.recognition.lexicon import PatternFileError

#: One new word in each of three word-class files, read by three different components.
ADDED = {
    # officials: a name particle keeps "ter" inside the name
    "names.jsonl": {"id": "name.name_particle.ter", "label": "NAME_PARTICLE", "pattern": "ter"},
    # events: a verb of holding makes "summoned consultations" an event
    "event_words.jsonl": {"id": "event.word.hold_verb.summoned", "label": "HOLD_VERB", "pattern": "summoned"},
    # records (linking): "finishes on <day>" gives the day the event ends
    "linking_words.jsonl": {"id": "event.link.end_word.finishes", "label": "END_WORD", "pattern": "finishes"},
}

TEXTS = (
    "WELLINGTON, March 3 (Wire) -- Foreign Minister Anneke ter Vossberg met her Valdorian "
    "counterpart on Tuesday.",
    "Trade Minister Joran Pelt summoned consultations with port officials on 4 March 2026 in Wellington.",
    "The Harbour Resilience Forum opened in Wellington on 3 June 2026. The forum finishes on 6 June 2026.",
)


@pytest.fixture(scope="module")
def user_patterns(tmp_path_factory):
    folder = tmp_path_factory.mktemp("user_words") / "patterns"
    shutil.copytree(settings.PATTERNS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    for name, entry in ADDED.items():
        with (folder / name).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry) + "\n")
    return folder


def facts(nlp):
    """The official of the first text, the events of the second and the span of the third's event."""
    first, second, third = (extract(text, nlp=nlp) for text in TEXTS)
    return ([o.name for o in first.officials], [(e.name, e.start) for e in second.events],
            [(e.start, e.end) for e in third.events])


EXPECTED = (["Anneke ter Vossberg"], [("consultations with port officials", "2026-03-04")], [("2026-06-03", "2026-06-06")])


def test_packaged_word_classes_do_not_have_the_words(nlp):
    official, talks, span = facts(nlp)
    assert official == ["Anneke"]
    assert talks == []
    assert span == [("2026-06-03", None)]  # "opened on" tells the start only


def test_each_added_word_changes_the_output(user_patterns):
    assert facts(build_nlp(patterns_dir=str(user_patterns))) == EXPECTED


def test_word_classes_survive_to_disk_and_spacy_load(user_patterns, tmp_path):
    built = build_nlp(patterns_dir=str(user_patterns))
    built.to_disk(tmp_path / "saved")
    # each component that reads a word-class file saved its own copy, with the user's word
    for component, name in (("newsfacts_officials", "names.jsonl"), ("newsfacts_events", "event_words.jsonl"),
                            ("newsfacts_records", "linking_words.jsonl")):
        assert ADDED[name]["id"] in (tmp_path / "saved" / component / name).read_text(encoding="utf-8")
    # from_disk into a pipeline of the packaged rules: the saved word classes replace them
    assert facts(build_nlp().from_disk(tmp_path / "saved")) == EXPECTED
    moved = user_patterns.parent / "moved"
    user_patterns.rename(moved)
    try:
        assert facts(spacy.load(tmp_path / "saved")) == EXPECTED
    finally:
        moved.rename(user_patterns)


def test_a_class_the_code_needs_missing_from_a_user_file_is_an_error(tmp_path):
    folder = tmp_path / "patterns"
    shutil.copytree(settings.PATTERNS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    words = folder / "event_words.jsonl"
    words.write_text("".join(line + "\n" for line in words.read_text(encoding="utf-8").splitlines()
                             if '"HOLD_VERB"' not in line), encoding="utf-8")
    with pytest.raises(PatternFileError, match=r"event_words\.jsonl.*HOLD_VERB"):
        build_nlp(patterns_dir=str(folder))
