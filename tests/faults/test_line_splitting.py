"""One JSONL line splitter for every engine: only \\n ends a line."""
from __future__ import annotations

import io

from newsfacts.io.readers import jsonl_lines, read_jsonl
from newsfacts.parallel.dask_engine import plan_partitions, read_partition


RAW = (b'\xef\xbb\xbf{"id": "bom", "text": "A"}\n'
       b'{"id": "cr", "text": "B\rC"}\r\n'
       b'\n'
       b'{"id": "ls", "text": "D\xe2\x80\xa8E"}\n'
       b'{"id": "last", "text": "F"}')


def test_jsonl_lines_split_on_newline_only():
    lines = list(jsonl_lines(io.BytesIO(RAW)))
    assert [n for n, _ in lines] == [1, 2, 4, 5]
    items = list(read_jsonl(io.BytesIO(RAW), "x"))
    assert [i.id for i in items] == ["bom", "cr", "ls", "last"]
    assert items[1].text == "B\rC" and items[2].text == "D\u2028E"


def test_dask_partitions_read_the_same_items(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(RAW)
    for size in (1, 2, 3, 10):
        parts = list(plan_partitions([str(path)], lines_per_partition=size))
        items = [i for p in parts for i in read_partition(p)]
        assert [(i.id, i.text, i.where) for i in items] == \
            [(i.id, i.text, i.where) for i in read_jsonl(io.BytesIO(RAW), str(path))]
        assert sum(p.n_items for p in parts) == 4
