"""``newsfacts review ... --serve``: the review page on 127.0.0.1, saving decisions to a file.

GET ``/`` serves the page; POST ``/decisions`` with the page's JSONL (Content-Type
``application/x-ndjson`` or ``application/json``, which a cross-site form cannot send)
replaces the decisions file atomically. Requests whose Host is not the loopback address
are refused (DNS rebinding), and bodies are capped.
"""
from __future__ import annotations

import json
import os
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, List, Optional, Tuple

from ..records import FACT_TYPES

MAX_BODY = 64 * 1024 * 1024
ACTIONS = ("accept", "reject", "add")


def parse_decisions(body: str) -> List[dict]:
    """Decision lines, checked: raises ValueError on the first line that is not one."""
    lines: List[dict] = []
    for n, raw in enumerate(body.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as err:
            raise ValueError(f"line {n}: malformed JSON: {err.msg}") from None
        if not isinstance(obj, dict):
            raise ValueError(f"line {n}: not an object")
        if not isinstance(obj.get("article"), str):
            raise ValueError(f"line {n}: 'article' must be a string")
        if obj.get("type") not in FACT_TYPES:
            raise ValueError(f"line {n}: 'type' must be one of {', '.join(FACT_TYPES)}")
        if obj.get("action") not in ACTIONS:
            raise ValueError(f"line {n}: 'action' must be one of {', '.join(ACTIONS)}")
        if not isinstance(obj.get("fact"), dict):
            raise ValueError(f"line {n}: 'fact' must be an object")
        lines.append(obj)
    return lines


def write_decisions(path: Path, lines: List[dict]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".decisions-", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def make_server(
    page: Callable[[], str], decisions_path: Path, host: str = "127.0.0.1", port: int = 0,
    quiet: bool = True,
) -> ThreadingHTTPServer:
    """A server (not yet serving) for the page built by ``page()``; port 0 picks a free one."""
    lock = threading.Lock()
    decisions_path = Path(decisions_path)

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsfacts-review"

        def log_message(self, fmt, *args):  # noqa: D401 - quiet unless asked
            if not quiet:
                super().log_message(fmt, *args)

        def _host_ok(self) -> bool:
            host_header = (self.headers.get("Host") or "").strip().lower()
            name = host_header.rsplit(":", 1)[0] if not host_header.startswith("[") else host_header.split("]")[0] + "]"
            return name in ("127.0.0.1", "localhost", "[::1]")

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(body)

        def _json(self, code: int, obj) -> None:
            self._send(code, json.dumps(obj).encode("utf-8"), "application/json")

        def do_GET(self):  # noqa: N802
            if not self._host_ok():
                return self._json(403, {"error": "bad host"})
            path = self.path.split("?", 1)[0]
            if path in ("/", "/index.html", "/review.html"):
                return self._send(200, page().encode("utf-8"), "text/html; charset=utf-8")
            if path == "/decisions":
                with lock:
                    body = decisions_path.read_bytes() if decisions_path.exists() else b""
                return self._send(200, body, "application/x-ndjson; charset=utf-8")
            return self._json(404, {"error": "not found"})

        def do_POST(self):  # noqa: N802
            if not self._host_ok():
                return self._json(403, {"error": "bad host"})
            if self.path.split("?", 1)[0] != "/decisions":
                return self._json(404, {"error": "not found"})
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype not in ("application/x-ndjson", "application/json", "application/jsonl"):
                return self._json(415, {"error": "Content-Type must be application/x-ndjson"})
            try:
                length = int(self.headers.get("Content-Length") or "0")
            except ValueError:
                return self._json(400, {"error": "bad Content-Length"})
            if length < 0 or length > MAX_BODY:
                return self._json(413, {"error": "body too large"})
            raw = self.rfile.read(length)
            try:
                lines = parse_decisions(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as err:
                return self._json(400, {"error": str(err)})
            with lock:
                write_decisions(decisions_path, lines)
            return self._json(200, {"lines": len(lines), "path": str(decisions_path)})

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    return server


def serve(page: Callable[[], str], decisions_path: Path, host: str = "127.0.0.1",
          port: int = 8765, on_ready: Optional[Callable[[Tuple[str, int]], None]] = None) -> None:
    server = make_server(page, decisions_path, host=host, port=port, quiet=False)
    if on_ready:
        on_ready(server.server_address[:2])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
