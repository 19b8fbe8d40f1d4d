"""Small runs written by hand: article records as ``newsfacts extract`` writes them."""
import json

import pytest


def event(name, acronym=None, ordinal=None, start=None, end=None, city=None, country=None,
          venue=None, officials=(), instruments=()):
    place = None
    if city or country or venue:
        place = {"name": venue or city, "city": city, "country": country}
    return {"name": name, "acronym": acronym, "ordinal": ordinal, "start": start, "end": end or start,
            "venue": place, "officials": list(officials), "instruments": list(instruments),
            "mentions": [{"start": 0, "end": len(name), "text": name, "rule": "test"}]}


def record(article_id, *events, published="2026-01-10"):
    return {"id": article_id, "published": published, "dateline": None, "officials": [],
            "instruments": [], "dates": [], "venues": [], "events": list(events)}


def write_run(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def run_file(tmp_path):
    counter = iter(range(1000))

    def make(*records):
        return write_run(tmp_path / f"run{next(counter)}.jsonl", records)

    return make
