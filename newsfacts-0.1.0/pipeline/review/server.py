"""``newsfacts review ... --serve``: the review page on 127.0.0.1, saving decisions to a file.

GET ``/`` serves the page; POST ``/decisions`` with the page's JSONL (Content-Type
``application/x-ndjson`` or ``application/json``, which a cross-site form cannot send)
replaces the decisions file atomically (a temporary file renamed into place). Refused:
a Host that is not the loopback address (DNS rebinding), an Origin other than this server's
own page (another site's script), a body without Content-Length (chunked) or over
:data:`MAX_BODY`, a body shorter than announced, and an empty body, which would wipe the
decisions: clearing them takes ``POST /decisions?clear=1``. Every connection has a socket
timeout, so a client that stops sending cannot hold a thread.
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

#: Largest decisions body accepted (a decision line is ~200 bytes: 40,000 decisions fit).
MAX_BODY = 8 * 1024 * 1024
#: Seconds a connection may stay silent before it is closed.
SOCKET_TIMEOUT = 30
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


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A client that went away or went silent is not an error worth a traceback."""
        import sys

        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return
        super().handle_error(request, client_address)


def make_server(
    page: Callable[[], str], decisions_path: Path, host: str = "127.0.0.1", port: int = 0,
    quiet: bool = True,
) -> ThreadingHTTPServer:
    """A server (not yet serving) for the page built by ``page()``; port 0 picks a free one."""
    lock = threading.Lock()
    decisions_path = Path(decisions_path)

    class Handler(BaseHTTPRequestHandler):
        server_version = "newsfacts-review"
        timeout = SOCKET_TIMEOUT

        def log_message(self, fmt, *args):  # noqa: D401 - quiet unless asked
            if not quiet:
                super().log_message(fmt, *args)

        def _host_ok(self) -> bool:
            host_header = (self.headers.get("Host") or "").strip().lower()
            name = host_header.rsplit(":", 1)[0] if not host_header.startswith("[") else host_header.split("]")[0] + "]"
            return name in ("127.0.0.1", "localhost", "[::1]")

        def _origin_ok(self) -> bool:
            """No Origin (not a browser) or this server's own origin."""
            origin = self.headers.get("Origin")
            if origin is None:
                return True
            port = self.server.server_address[1]
            return origin.strip().lower() in {f"http://{h}:{port}" for h in ("127.0.0.1", "localhost", "[::1]")}

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
            if not self._origin_ok():
                return self._json(403, {"error": "bad origin"})
            path, _, query = self.path.partition("?")
            if path != "/decisions":
                return self._json(404, {"error": "not found"})
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype not in ("application/x-ndjson", "application/json", "application/jsonl"):
                return self._json(415, {"error": "Content-Type must be application/x-ndjson"})
            self.close_connection = True  # one request per connection: nothing left unread
            if self.headers.get("Transfer-Encoding") or self.headers.get("Content-Length") is None:
                return self._json(411, {"error": "send the body with a Content-Length (no chunked encoding)"})
            try:
                length = int(self.headers.get("Content-Length"))
            except ValueError:
                return self._json(400, {"error": "bad Content-Length"})
            if length < 0 or length > MAX_BODY:
                return self._json(413, {"error": f"body too large (limit {MAX_BODY} bytes)"})
            try:
                raw = self.rfile.read(length)
            except OSError:  # the socket timed out
                return None
            if len(raw) < length:
                return self._json(400, {"error": "body shorter than its Content-Length; nothing saved"})
            try:
                lines = parse_decisions(raw.decode("utf-8"))
            except (UnicodeDecodeError, ValueError) as err:
                return self._json(400, {"error": str(err)})
            if not lines and query != "clear=1":
                return self._json(400, {"error": "empty body: the decisions file was kept; "
                                                 "to clear it, POST /decisions?clear=1"})
            with lock:
                write_decisions(decisions_path, lines)
            return self._json(200, {"lines": len(lines), "path": str(decisions_path)})

    server = _Server((host, port), Handler)
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
