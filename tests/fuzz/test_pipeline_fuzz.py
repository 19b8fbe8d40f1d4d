"""Random and hostile text through the whole pipeline: never an exception, every mention
points at its own text, and every input yields exactly one record (seeded, repeatable)."""
import random

import pytest

from newsfacts.api import extract_items
from newsfacts.io.readers import InputItem
from newsfacts.records import ErrorRecord

PIECES = [
    "Minister", "Datuk Seri", "Dr", "H.E.", "of", "the", "Plan", "Agreement", "(2026–2035)",
    "June", "23", "to", "27", ",", "2025", "Summit", "25th", "held", "in", "at", "Moscow",
    "Russia", "’s", "'", "(", ")", "-", "–", "—", "\n", "\n\n", "said", "today", "Thursday",
    "MoU", "ASEAN", "SOMTC", "Convention Centre", "²", "٣", "①", "\u200b", "\u00a0", "🙂",
    "<script>", "&amp;", "2025/26-2029/30", "Sept.", "Hotel", "here", "KUALA LUMPUR:", "date",
    "2025-05-30", "Ma.", "bin", "al", "SAKURADA", "visit", "talks", "round", "of", "Jr.",
]


def _random_text(rng: random.Random) -> str:
    words = [rng.choice(PIECES) for _ in range(rng.randint(1, 120))]
    return "".join(w + rng.choice([" ", " ", " ", "", "\n"]) for w in words)


@pytest.mark.parametrize("seed", range(40))
def test_random_text_never_breaks_a_record(nlp, seed):
    rng = random.Random(seed)
    texts = [_random_text(rng) for _ in range(10)]
    items = [InputItem(id=str(i), text=t, published=rng.choice([None, "2025-05-30"])) for i, t in enumerate(texts)]
    records = list(extract_items(items, nlp))
    assert len(records) == len(items)
    for text, record in zip(texts, records):
        if isinstance(record, ErrorRecord):  # only a first line "date <not an ISO date>" is refused
            assert text.lstrip().startswith("date") and record.error.startswith("published "), record.error
            continue
        for fact_type in ("officials", "instruments", "dates", "venues", "events"):
            for fact in getattr(record, fact_type):
                for m in fact.mentions:
                    assert text[m.start:m.end] == m.text
