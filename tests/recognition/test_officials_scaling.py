"""Officials stay linear in the number of office words: a scraped table or a list of names is
one long "sentence" full of titles (issue 13: 50,000 repeated title words took 46 s)."""
import random
import string
import time

import pytest

OFFICIALS = "newsfacts_officials"


def _component_seconds(nlp, text: str, component: str) -> float:
    """CPU seconds the one component takes on ``text`` (the components before it run untimed)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        start = time.process_time()  # CPU time: other work on a busy machine does not count
        doc = proc(doc)
        if name == component:
            return time.process_time() - start
    raise AssertionError(f"{component} not in the pipeline")


def _made_up_names(count: int):
    rng = random.Random(7)
    word = lambda: "".join(rng.choice(string.ascii_lowercase) for _ in range(7)).capitalize()
    return [f"{word()} {word()}" for _ in range(count)]


@pytest.mark.parametrize("unit,count", [
    ("Minister ", 10_000),
    ("Deputy Minister Ahmad, ", 3_000),
    (None, 3_000),  # distinct officials: "Minister Abcdefg Hijklmn,"
], ids=["repeated-title", "repeated-official", "distinct-officials"])
def test_officials_time_grows_linearly_with_title_words(nlp, unit, count):
    def text(n):
        if unit is None:
            return " ".join(f"Minister {name}," for name in _made_up_names(n))
        return unit * n

    small = _component_seconds(nlp, text(count), OFFICIALS)
    large = _component_seconds(nlp, text(4 * count), OFFICIALS)
    # four times the words: about four times the time when linear, sixteen when pairwise
    # (issue 13: 10,000 repeated title words took 2.2 s, 50,000 took 46 s)
    assert large < 8 * small + 1.0, (small, large)


def test_many_distinct_officials_are_all_kept(nlp):
    names = _made_up_names(500)
    doc = nlp(" ".join(f"Minister {name}," for name in names))
    found = {span._.nf_official["name"] for span in doc.spans["nf_officials"]}
    assert found == set(names)
