"""The preview reloads itself after each rebuild (`make devserver`, `make editeur`).

Only what the preview server sends changes, never a file of output/: each HTML page it serves
gets one small script, and its Content-Security-Policy allows that script and its connection
back to this server. The script listens to `/__reload` (Server-Sent Events) and reloads the
page as soon as a build newer than the page has landed.
"""

from __future__ import annotations

import re
import threading
from http import HTTPStatus
from pathlib import Path

SCRIPT = "/__reload.js"
EVENTS = "/__reload"
#: Seconds between two keep-alive comments on an open event stream (a closed page is then
#: noticed, and its thread ends).
KEEP_ALIVE = 15.0
JS = b"""\
(function () {
  var built = new URL(document.currentScript.src).searchParams.get('build');
  var events = new EventSource('/__reload');
  events.onmessage = function (event) {
    if (event.data !== built) { events.close(); location.reload(); }
  };
})();
"""
_CSP = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")')
_HEAD_END = re.compile(r"</head>", re.IGNORECASE)


class Builds:
    """How many builds landed since the server started, and a way to wait for the next."""

    def __init__(self) -> None:
        self.number = 0
        self.closed = False
        self._changed = threading.Condition()

    def close(self) -> None:
        """Let every open event stream end (the server is stopping)."""
        with self._changed:
            self.closed = True
            self._changed.notify_all()

    def landed(self) -> None:
        with self._changed:
            self.number += 1
            self._changed.notify_all()

    def wait_after(self, number: int, timeout: float) -> int:
        with self._changed:
            self._changed.wait_for(lambda: self.number != number or self.closed, timeout)
            return self.number


def inject(page: str, build: int) -> str:
    """``page`` as the preview serves it: the reload script, and a policy that allows it."""
    page = _CSP.sub(lambda m: f"{m[1]}{m[2]}; script-src &#39;self&#39;; "
                              f"connect-src &#39;self&#39;{m[3]}", page, count=1)
    tag = f'<script src="{SCRIPT}?build={build}"></script>'
    if _HEAD_END.search(page):
        return _HEAD_END.sub(lambda m: tag + m[0], page, count=1)
    return page + tag


def answer(handler, builds: Builds) -> bool:
    """Serve the reload script, the event stream or an HTML page with the script; False when
    the request is for another file, left to the ordinary handler."""
    path = handler.path.split("?", 1)[0]
    if path == SCRIPT:
        send(handler, JS, "text/javascript; charset=utf-8")
        return True
    if path == EVENTS:
        stream(handler, builds)
        return True
    try:
        file = Path(handler.translate_path(handler.path))
    except ValueError:  # an address no file can have: the ordinary handler says 404
        return False
    if file.is_dir():
        file = file / "index.html"
    if file.suffix != ".html" or not file.is_file() or not path.endswith((".html", "/")):
        return False
    build = builds.number  # before reading: a page read after a swap reloads once more
    try:
        page = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    send(handler, inject(page, build).encode("utf-8"), "text/html; charset=utf-8")
    return True


def send(handler, body: bytes, content_type: str) -> None:
    handler.send_response(HTTPStatus.OK)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.send_header("Cache-Control", "no-store")
    handler.end_headers()
    if handler.command != "HEAD":
        handler.wfile.write(body)


def stream(handler, builds: Builds) -> None:
    """The number of the last build at once, then each new one, until the page goes."""
    handler.send_response(HTTPStatus.OK)
    handler.send_header("Content-Type", "text/event-stream")
    handler.send_header("Cache-Control", "no-store")
    handler.end_headers()
    number = builds.number
    try:
        handler.wfile.write(f"retry: 500\ndata: {number}\n\n".encode())
        handler.wfile.flush()
        while not builds.closed:
            latest = builds.wait_after(number, KEEP_ALIVE)
            line = f"data: {latest}\n\n" if latest != number else ": attente\n\n"
            number = latest
            handler.wfile.write(line.encode())
            handler.wfile.flush()
    except (ConnectionError, TimeoutError):
        pass  # the page was closed or reloaded
    handler.close_connection = True
