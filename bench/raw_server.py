"""A local web server that answers each site with scripted bytes, as a broken or hostile
site would: any status line, headers and body, sent at any pace, then the connection closed
(or reset). On 127.0.0.1, for the collector's tests (tests/federation/) and its benchmark
(bench/collector.py)."""

from __future__ import annotations

import contextlib
import socket
import socketserver
import struct
import threading
import time
from collections.abc import Callable, Iterable

#: A step of a script: bytes to send, a pause (seconds) before the next step, or RESET.
Step = bytes | float | str
RESET = "reset"
Script = Callable[[int], Iterable[Step]]  # given the server's port


def trickle(data: bytes, every: float) -> Iterable[Step]:
    """``data`` one byte at a time, ``every`` seconds apart."""
    for byte in data:
        yield bytes([byte])
        yield every


def response(status: str = "200 OK", headers: Iterable[tuple[str, str]] = (),
             body: bytes = b"", length: bool = True) -> bytes:
    head = [f"HTTP/1.1 {status}", *(f"{name}: {value}" for name, value in headers)]
    if length:
        head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8", "surrogateescape") + body


class _Handler(socketserver.BaseRequestHandler):
    server: RawServer

    def handle(self) -> None:
        sock = self.request
        sock.settimeout(5)
        if self.server.greeting is not None:  # said at once, before reading anything
            with contextlib.suppress(OSError):
                sock.sendall(self.server.greeting)
            return
        asked = b""
        with contextlib.suppress(OSError):
            while b"\r\n\r\n" not in asked and len(asked) < 16384:
                chunk = sock.recv(4096)
                if not chunk:
                    return
                asked += chunk
        path = asked.split(b" ", 2)[1].decode("ascii", "replace") if asked.count(b" ") else "/"
        self.server.asked.append(path)
        script = self.server.scripts.get(path.strip("/").split("/")[0])
        steps = (script(self.server.server_address[1]) if script
                 else [response("404 Not Found", body=b"introuvable")])
        with contextlib.suppress(OSError):
            for step in steps:
                if step == RESET:  # an RST, not a FIN: the client sees a reset connection
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    sock.close()
                    return
                if isinstance(step, int | float):
                    time.sleep(step)
                else:
                    sock.sendall(step)


class RawServer(socketserver.ThreadingTCPServer):
    """``scripts``: the first segment of the path (a site's name) → its script; ``asked``:
    every path asked for, in order; ``greeting``: bytes sent to every connection as it opens,
    then closed (a TLS client meets them instead of a handshake)."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, greeting: bytes | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.scripts: dict[str, Script] = {}
        self.asked: list[str] = []
        self.greeting = greeting

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> RawServer:
        threading.Thread(target=self.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
