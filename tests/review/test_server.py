"""The --serve server: page on GET, decisions on POST, nothing else."""
from __future__ import annotations

import http.client
import json
import threading

import pytest

from newsfacts.review.server import make_server, parse_decisions

LINE = {"article": "a1", "type": "venues", "action": "reject", "fact": {"name": "Kenya"}, "text": "Kenya",
        "start": 1, "end": 6}


@pytest.fixture
def server(tmp_path):
    path = tmp_path / "out" / "decisions.jsonl"
    srv = make_server(lambda: "<!DOCTYPE html><title>page</title>", path, port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        yield srv.server_address[1], path
    finally:
        srv.shutdown()
        srv.server_close()


def _req(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request(method, path, body=body, headers=headers or {})
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data


def test_get_page_and_post_decisions(server):
    port, path = server
    status, body = _req(port, "GET", "/")
    assert status == 200 and b"<title>page</title>" in body
    payload = (json.dumps(LINE) + "\n").encode()
    status, body = _req(port, "POST", "/decisions", payload, {"Content-Type": "application/x-ndjson"})
    assert status == 200 and json.loads(body)["lines"] == 1
    assert [json.loads(l) for l in path.read_text().splitlines()] == [LINE]
    status, body = _req(port, "GET", "/decisions")
    assert status == 200 and json.loads(body.decode().splitlines()[0]) == LINE
    # an empty list of decisions empties the file
    status, _ = _req(port, "POST", "/decisions", b"", {"Content-Type": "application/x-ndjson"})
    assert status == 200 and path.read_text() == ""


def test_refusals(server):
    port, path = server
    payload = (json.dumps(LINE) + "\n").encode()
    assert _req(port, "POST", "/decisions", payload, {"Content-Type": "text/plain"})[0] == 415
    assert _req(port, "POST", "/decisions", payload,
                {"Content-Type": "application/x-ndjson", "Host": "evil.example:80"})[0] == 403
    assert _req(port, "POST", "/elsewhere", payload, {"Content-Type": "application/x-ndjson"})[0] == 404
    bad = json.dumps({**LINE, "action": "maybe"}).encode()
    assert _req(port, "POST", "/decisions", bad, {"Content-Type": "application/x-ndjson"})[0] == 400
    assert _req(port, "GET", "/etc/passwd")[0] == 404
    assert not path.exists()


def test_parse_decisions_checks_fields():
    assert parse_decisions(json.dumps(LINE)) == [LINE]
    for broken in ("{", "[]", json.dumps({**LINE, "type": "people"}), json.dumps({**LINE, "fact": "x"})):
        with pytest.raises(ValueError):
            parse_decisions(broken)
