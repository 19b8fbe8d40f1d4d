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
    # an empty body never replaces the decisions; clearing them is explicit
    status, body = _req(port, "POST", "/decisions", b"", {"Content-Type": "application/x-ndjson"})
    assert status == 400 and b"clear=1" in body and path.read_text() == json.dumps(LINE) + "\n"
    status, _ = _req(port, "POST", "/decisions?clear=1", b"", {"Content-Type": "application/x-ndjson"})
    assert status == 200 and path.read_text() == ""


def _raw(port, data: bytes, timeout=10) -> bytes:
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def test_chunked_and_truncated_posts_keep_the_file(server):
    port, path = server
    payload = (json.dumps(LINE) + "\n").encode()
    assert _req(port, "POST", "/decisions", payload, {"Content-Type": "application/x-ndjson"})[0] == 200
    before = path.read_bytes()
    chunked = (b"POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
               b"Transfer-Encoding: chunked\r\n\r\n" + b"%x\r\n" % len(payload) + payload + b"\r\n0\r\n\r\n")
    assert _raw(port, chunked).startswith(b"HTTP/1.0 411")
    # a client that announces more than it sends, then closes: nothing is written
    import socket

    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                     b"Content-Length: 5000\r\n\r\n" + payload)
        sock.shutdown(socket.SHUT_WR)
        assert sock.recv(100).startswith(b"HTTP/1.0 400")
    assert path.read_bytes() == before


def test_origin_and_size_limits(server):
    from newsfacts.review.server import MAX_BODY

    port, path = server
    payload = (json.dumps(LINE) + "\n").encode()
    headers = {"Content-Type": "application/x-ndjson"}
    assert _req(port, "POST", "/decisions", payload, {**headers, "Origin": "https://evil.example"})[0] == 403
    assert _req(port, "POST", "/decisions", payload, {**headers, "Origin": "null"})[0] == 403
    assert _req(port, "POST", "/decisions", payload, {**headers, "Origin": f"http://127.0.0.1:{port}"})[0] == 200
    assert MAX_BODY <= 16 * 1024 * 1024
    big = _raw(port, b"POST /decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                     b"Content-Length: %d\r\n\r\n" % (MAX_BODY + 1))
    assert big.startswith(b"HTTP/1.0 413")


def test_a_silent_client_is_dropped(tmp_path, monkeypatch):
    import socket
    import time

    from newsfacts.review import server as server_module

    monkeypatch.setattr(server_module, "SOCKET_TIMEOUT", 0.5)
    srv = make_server(lambda: "page", tmp_path / "d.jsonl", port=0)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        with socket.create_connection(("127.0.0.1", srv.server_address[1]), timeout=10) as sock:
            sock.sendall(b"POST /decisions HTTP/1.1\r\n")  # then silence
            started = time.monotonic()
            sock.recv(100)  # the server closes the connection
            assert time.monotonic() - started < 5
    finally:
        srv.shutdown()
        srv.server_close()


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
