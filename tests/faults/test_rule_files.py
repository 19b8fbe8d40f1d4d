"""Rule files refuse what would be ignored silently or grow without bound: unknown fields,
duplicate rules, broken regexes and nested quantifiers, each named with file and line."""
from __future__ import annotations

import pytest
import spacy

from newsfacts.recognition.lexicon import PatternFileError, PatternSet, read_pattern_file, regex_problem


def _file(tmp_path, *lines, name="rules.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("line,problem", [
    ('{"id": "a", "label": "X", "pattern": "Plan", "knid": "plan"}', "unknown field 'knid'"),
    ('{"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "^(a+)+$"}}]}', "nested quantifiers"),
    ('{"id": "a", "label": "X", "pattern": [{"LOWER": {"REGEX": "(\\\\w*\\\\s?)*x"}}, {"ORTH": "y"}]}', "nested quantifiers"),
    ('{"id": "a", "label": "X", "pattern": [{"TEXT": {"REGEX": "(unclosed"}}]}', "not a valid regular expression"),
])
def test_bad_rule_lines_are_named(tmp_path, line, problem):
    path = _file(tmp_path, '{"id": "ok", "label": "X", "pattern": "Plan", "kind": "plan"}', line)
    with pytest.raises(PatternFileError) as err:
        read_pattern_file(path)
    assert str(err.value).startswith(f"{path}:2: ") and problem in str(err.value)


def test_duplicate_rules_within_and_across_files(tmp_path):
    same = '{"id": "title.x", "label": "TITLE", "pattern": "Envoy"}'
    spelling = '{"id": "title.x", "label": "TITLE", "pattern": "Special Envoy"}'
    assert len(read_pattern_file(_file(tmp_path, same, spelling))) == 2  # spellings of one rule
    with pytest.raises(PatternFileError) as err:
        read_pattern_file(_file(tmp_path, same, spelling, same))
    assert ":3: duplicate rule" in str(err.value) and "rules.jsonl:1" in str(err.value)
    patterns = PatternSet(spacy.blank("en"))
    patterns.add_file(_file(tmp_path, same, name="a.jsonl"))
    with pytest.raises(PatternFileError) as err:
        patterns.add_file(_file(tmp_path, same, name="b.jsonl"))
    assert "b.jsonl:1: duplicate rule" in str(err.value) and "a.jsonl:1" in str(err.value)


@pytest.mark.parametrize("regex,refused", [
    ("^(a+)+$", True), ("(x*)*", True), ("(?:ab|c+){2,}", True), ("(a|b)+", False),
    ("^(0?[1-9]|[12][0-9]|3[01])$", False), ("^[A-Z]{2,}\\d{1,3}$", False), ("(?>a+)+", False),
])
def test_nested_quantifiers(regex, refused):
    assert (regex_problem(regex) is not None) == refused
