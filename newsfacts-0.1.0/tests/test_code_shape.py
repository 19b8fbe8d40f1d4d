"""Language knowledge is data (issue 10): no word list of more than 8 entries in the Python of
the recognisers (pipeline/recognition/) and of linking (pipeline/linking/), and no function
there longer than 80 lines. Word lists live in the rule files of patterns/ (patterns/README.md)."""
import ast
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"
#: Every Python file of the recognisers and of linking.
FILES = sorted([*(PIPELINE / "recognition").glob("*.py"), *(PIPELINE / "linking").glob("*.py")])
MAX_WORDS = 8
MAX_LINES = 80


def _word_lists(tree):
    """(line, count) of every literal holding more than MAX_WORDS strings: a set, list, tuple or
    dict of strings, or a "...".split() of a string."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            words = [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        elif isinstance(node, ast.Dict):
            # a word -> word table ("Sept" -> "September"); not a table of settings by name
            pairs = [(k, v) for k, v in zip(node.keys, node.values)
                     if all(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in (k, v))]
            words = [k for k, _ in pairs] if len(pairs) == len(node.keys) else []
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split" \
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str):
            words = node.func.value.value.split()
        else:
            continue
        if len(words) > MAX_WORDS:
            yield node.lineno, len(words)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PIPELINE)))
def test_no_word_list_over_eight_entries(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert list(_word_lists(tree)) == [], f"{path.name}: word lists belong in patterns/ rule files"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PIPELINE)))
def test_no_function_over_eighty_lines(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [(node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_LINES]
    assert long == [], path.name


def test_every_recogniser_and_linking_file_is_checked():
    names = {f"{p.parent.name}/{p.name}" for p in FILES}
    assert {"recognition/dates.py", "recognition/officials.py", "recognition/events.py",
            "recognition/venues.py", "linking/events.py"} <= names


def test_the_check_sees_a_word_table_but_not_settings():
    tree = ast.parse('T = {"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06", '
                     '"jul": "07", "aug": "08", "sep": "09"}\n'
                     'S = {"a": None, "b": 0, "c": None, "d": None, "e": None, "f": None, "g": None, "h": None, "i": None}')
    assert [count for _, count in _word_lists(tree)] == [9]


def test_the_check_sees_a_word_list():
    """The checks above can fail: a literal of nine words is found."""
    tree = ast.parse('A = frozenset({"a", "b", "c", "d", "e", "f", "g", "h", "i"})\nB = "a b c d e f g h i".split()')
    assert [count for _, count in _word_lists(tree)] == [9, 9]
