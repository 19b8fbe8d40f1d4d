"""Pattern files are validated on load, and an error names the file and the line."""
import pytest
import spacy

from pipeline.recognition.lexicon import PatternFileError, PatternSet, read_pattern_file


@pytest.mark.parametrize("lines,problem", [
    (['{"id": "a", "label": "X", "pattern": "Minister"}', "{not json"], ":2: not valid JSON"),
    (['{"label": "X", "pattern": "Minister"}'], ":1: id"),
    (['// comment', '', '{"id": "a", "label": "X", "pattern": []}'], ":3: pattern"),
    (['{"id": " ", "label": "X", "pattern": "Minister"}'], ":1: id"),
])
def test_bad_pattern_lines_are_named(tmp_path, lines, problem):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PatternFileError) as err:
        read_pattern_file(path)
    assert str(path) in str(err.value) and problem in str(err.value)


def test_invalid_token_pattern_names_its_line(tmp_path):
    path = tmp_path / "tokens.jsonl"
    path.write_text('{"id": "a", "label": "X", "pattern": [{"NOT_AN_ATTR": "x"}]}\n', encoding="utf-8")
    patterns = PatternSet(spacy.blank("en"))
    with pytest.raises(PatternFileError) as err:
        patterns.add_file(path)
    assert f"{path}:1" in str(err.value)


def test_matches_carry_label_rule_id_and_metadata(tmp_path):
    path = tmp_path / "ok.jsonl"
    path.write_text(
        '{"id": "instrument.plan", "label": "HEAD", "pattern": "Plan", "kind": "plan"}\n'
        '{"id": "date.year", "label": "YEAR", "pattern": [{"SHAPE": "dddd"}]}\n', encoding="utf-8")
    nlp = spacy.blank("en")
    patterns = PatternSet(nlp)
    patterns.add_file(path)
    spans = patterns.match(nlp("The Plan runs to 2030."))
    assert [(s.text, s.label_, s.id_) for s in spans] == [("Plan", "HEAD", "instrument.plan"), ("2030", "YEAR", "date.year")]
    assert patterns.meta("instrument.plan") == {"kind": "plan"}
    saved = tmp_path / "saved" / "patterns.jsonl"
    patterns.to_disk(saved)
    assert len(PatternSet(nlp).from_disk(saved)) == 2
