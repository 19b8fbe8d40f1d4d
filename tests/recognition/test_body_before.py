"""``_body_before`` (the body's capitalised run read back before an office) gives the text the
regular expression ``_BODY_BEFORE`` searched for, on made-up windows and random strings."""
import random

from newsfacts.recognition.officials import _BODY_BEFORE, _body_before

WINDOWS = [
    "said on Monday that the Northland Chamber of Commerce and Trade ",
    "the meeting was chaired by ",
    "Lakeshore Growers & Exporters Association ",
    "welcomed by the ",
    "xyzAbc ",
    "bathe ",
    "closing words\n",
    "Harbour Board \n",
    "Harbour Board",
    "Valley O\u2019Brien-Smith Trust  ",
    "",
]


def _searched(window: str) -> str:
    found = _BODY_BEFORE.search(window)
    return found.group(0) if found else ""


def test_made_up_windows_read_as_the_search_does():
    for window in WINDOWS:
        assert _body_before(window) == _searched(window), window


def test_random_windows_read_as_the_search_does():
    pieces = ["A", "Zed", "a", "x", "of", "and", "the", "&", " ", " ", "  ", "\n", "'", "\u2019", "-", "1",
              "_", "\u00e9", "\u00c9", ",", ".", "Of", "bathe", "\t"]
    rng = random.Random(28)
    for _ in range(20_000):
        window = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert _body_before(window) == _searched(window), repr(window)
