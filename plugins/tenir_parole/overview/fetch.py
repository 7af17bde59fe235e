"""One site's export over HTTP/1.1, within a wall-clock deadline.

urllib's timeout bounds each socket operation, not the download: a site sending a byte every
few seconds never trips it. Here every step gets only the time left before the deadline: the
name lookup (in a thread, waited for), the connection, the TLS handshake, the request, and each
read of the status line, the headers and the body (the socket's timeout is set to the time left
before each recv). http.client parses the response; whatever it meets — a bad status line,
headers, chunks or Content-Length, a connection cut — is ``Failed`` with a French message.

Redirections are followed within the site's origin only (scheme, host and port), three at
most. From http to https on the same host is refused too: the list's address is what the
overview links to and what the choice between two sites claiming one commune weighs (https
wins a tie), so it must say how the copy was fetched; writing https:// in the list is the fix.
"""

from __future__ import annotations

import http.client
import io
import re
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import SplitResult, quote, urljoin, urlsplit, urlunsplit

from tenir_parole.overview.limits import MAX_BYTES
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.printable import printable

M = ui_fr.MESSAGES
MAX_REDIRECTS = 3
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PORTS = {"http": 80, "https": 443}
#: What a Location may hold: printable ASCII, no blank (browsers would encode the rest).
URL_CHARS = re.compile(r"[!-~]+")
DIGITS = re.compile(r"[0-9]+")
TLS = ssl.create_default_context()


def said_seconds(n: float) -> str:
    """« 1,5 », « 20 »: seconds as a French message writes them."""
    return f"{n:g}".replace(".", ",")


class Failed(Exception):
    """One site's download did not do; the message is French and printable."""


@dataclass(frozen=True)
class Deadline:
    """A moment (time.monotonic()) and what to say when it has passed."""

    at: float
    message: str

    @classmethod
    def after(cls, seconds: float, message: str | None = None) -> Deadline:
        return cls(time.monotonic() + seconds, message or M["slow"].format(s=said_seconds(seconds)))

    def within(self, seconds: float) -> Deadline:
        """``seconds`` from now, or this deadline (and its message) if it comes first."""
        mine = Deadline.after(seconds)
        return self if self.at <= mine.at else mine

    def left(self) -> float:
        """Seconds left; ``Failed`` once the deadline has passed."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise Failed(self.message)
        return left


class _Reader(io.RawIOBase):
    """The socket's bytes, each recv given only the time left."""

    def __init__(self, sock: socket.socket, deadline: Deadline):
        self.sock, self.deadline = sock, deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.sock.settimeout(self.deadline.left())
        return self.sock.recv_into(buffer)


class _Socket:
    """What http.client.HTTPResponse needs of a socket: a file to read from."""

    def __init__(self, sock: socket.socket, deadline: Deadline):
        self.sock, self.deadline = sock, deadline

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(_Reader(self.sock, self.deadline))


def _resolve(host: str, port: int, deadline: Deadline) -> list:
    """getaddrinfo, which takes no timeout, waited for in a thread until the deadline."""
    found: list = []

    def look_up() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as e:
            found.append(e)

    thread = threading.Thread(target=look_up, daemon=True, name=f"dns-{host}")
    thread.start()
    thread.join(deadline.left())
    if not found:
        raise Failed(deadline.message)
    if isinstance(found[0], BaseException):
        raise found[0]
    return found[0]


def _connect(addresses: list, deadline: Deadline) -> socket.socket:
    error: OSError = OSError("aucune adresse")
    for family, kind, proto, _, address in addresses:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(deadline.left())
            sock.connect(address)
            return sock
        except OSError as e:
            sock.close()
            error = e
        except BaseException:
            sock.close()
            raise
    raise error


def _host(parts: SplitResult) -> str:
    host = parts.hostname or ""
    try:
        return host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise Failed(M["bad_domain"]) from None


def request(parts: SplitResult, host: str) -> bytes:
    """The GET request for ``parts`` (its path encoded), asking for the bytes as they are."""
    target = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    target += f"?{parts.query}" if parts.query else ""
    authority = f"[{host}]" if ":" in host else host
    if parts.port and parts.port != PORTS[parts.scheme]:
        authority += f":{parts.port}"
    return (f"GET {target} HTTP/1.1\r\nHost: {authority}\r\n"
            "User-Agent: tenir-parole-federation/1\r\nAccept: application/json\r\n"
            "Accept-Encoding: identity\r\nConnection: close\r\n\r\n").encode("ascii")


@contextmanager
def _opened(url: str, deadline: Deadline) -> Iterator[http.client.HTTPResponse]:
    """The response to a GET of ``url``, its status line and headers read."""
    parts = urlsplit(url)
    host = _host(parts)
    sock = _connect(_resolve(host, parts.port or PORTS[parts.scheme], deadline), deadline)
    try:
        if parts.scheme == "https":
            sock.settimeout(deadline.left())  # the handshake's deadline, as a whole
            sock = TLS.wrap_socket(sock, server_hostname=host)
        sock.settimeout(deadline.left())
        sock.sendall(request(parts, host))
        response = http.client.HTTPResponse(_Socket(sock, deadline), method="GET")
        response.begin()
        yield response
    finally:
        sock.close()


def fetch(url: str, deadline: Deadline, max_bytes: int = MAX_BYTES) -> bytes:
    """The body of ``url``'s 200 response, after same-origin redirections, read before
    ``deadline`` and within ``max_bytes``; ``Failed`` (French) otherwise, whatever happens."""
    visited = [url]
    try:
        while True:
            with _opened(url, deadline) as response:
                if response.status not in REDIRECTS:
                    return body(response, max_bytes)
                url = follow(url, response.status, response.msg.get_all("Location"), visited)
    except Failed:
        raise
    except TimeoutError:  # the socket's timeout was the time left: the deadline passed
        raise Failed(deadline.message) from None
    except Exception as e:  # whatever a site sends is its failure, never the run's
        raise Failed(why(e)) from None


def body(response: http.client.HTTPResponse, max_bytes: int) -> bytes:
    if response.status != 200:
        raise Failed(M["http"].format(code=response.status))
    framing(response.msg, max_bytes)
    chunks, size = [], 0
    try:
        while chunk := response.read1(65536):
            size += len(chunk)
            if size > max_bytes:
                raise Failed(M["too_big"].format(max=max_bytes // 1024))
            chunks.append(chunk)
    except http.client.IncompleteRead:  # also what http.client says of a chunk size unread
        raise Failed(M["malformed"].format(what=M["chunks"]) if response.chunked
                     else M["cut"]) from None
    if response.length:  # the connection closed before the Content-Length announced
        raise Failed(M["cut"])
    return b"".join(chunks)


def framing(headers: http.client.HTTPMessage, max_bytes: int) -> None:
    """Refuse a body whose size or coding cannot be trusted, or announced too big."""
    lengths = {value.strip() for value in headers.get_all("Content-Length") or []}
    if len(lengths) > 1 or any(not DIGITS.fullmatch(value) for value in lengths):
        shown = " / ".join(sorted(lengths))
        raise Failed(M["malformed"].format(what=M["bad_length"].format(
            value=printable(shown, 40))))
    codings = headers.get_all("Transfer-Encoding") or []
    if codings and [c.lower() for c in codings] != ["chunked"]:
        raise Failed(M["transfer_coding"].format(value=printable(", ".join(codings), 40)))
    compressed = headers.get("Content-Encoding", "identity").strip().lower()
    if compressed not in ("identity", ""):
        raise Failed(M["compressed"].format(value=printable(compressed, 40)))
    if lengths and not codings and int(lengths.pop()) > max_bytes:
        raise Failed(M["too_big"].format(max=max_bytes // 1024))


def origin(parts: SplitResult) -> tuple[str, str, int]:
    return parts.scheme, parts.hostname or "", parts.port or PORTS.get(parts.scheme, 0)


def follow(current: str, status: int, locations: list[str] | None, visited: list[str]) -> str:
    """The address a redirection leads to, or ``Failed`` saying why it is not followed."""
    if not locations:
        raise Failed(M["redirect_nowhere"].format(code=status))
    location = locations[0].strip()
    unreadable = Failed(M["redirect_unreadable"].format(location=printable(location, 60)))
    if len(set(locations)) > 1 or not URL_CHARS.fullmatch(location):
        raise unreadable
    try:
        target = urlsplit(urljoin(current, location))
        _ = target.port  # raises on « :abc » or « :99999 »
    except ValueError:
        raise unreadable from None
    if target.scheme not in PORTS:
        raise Failed(M["redirect_scheme"].format(scheme=printable(target.scheme, 20)))
    if not target.hostname:
        raise unreadable
    here = urlsplit(current)
    if origin(target) != origin(here):
        shown = printable(f"{target.scheme}://{target.netloc.rsplit('@', 1)[-1]}", 80)
        upgrade = (here.scheme, target.scheme) == ("http", "https")
        if upgrade and here.hostname == target.hostname:
            raise Failed(M["redirect_https"].format(target=shown))
        raise Failed(M["redirect"].format(target=shown))
    url = urlunsplit(target._replace(fragment=""))
    if url in visited:
        raise Failed(M["redirect_loop"].format(target=printable(target.path or "/", 60)))
    if len(visited) > MAX_REDIRECTS:
        raise Failed(M["redirect_many"].format(n=MAX_REDIRECTS))
    visited.append(url)
    return url


def why(error: Exception) -> str:
    """What went wrong, in French, for anything the connection or the response raised."""
    if isinstance(error, socket.gaierror):
        return M["down"].format(reason=M["no_such_host"])
    if isinstance(error, ConnectionRefusedError):
        return M["down"].format(reason=M["refused_connection"])
    if isinstance(error, ssl.SSLCertVerificationError):
        return M["down"].format(reason=M["tls"])
    if isinstance(error, ssl.SSLError):
        return M["tls_broken"]
    if isinstance(error, http.client.RemoteDisconnected):
        return M["no_answer"]
    if isinstance(error, ConnectionError):
        return M["reset"]
    if isinstance(error, http.client.IncompleteRead):
        return M["cut"]
    if isinstance(error, http.client.LineTooLong):
        return M["malformed"].format(what=M["long_line"])
    if isinstance(error, http.client.BadStatusLine | http.client.UnknownProtocol):
        line = str(error.args[0]).rstrip("\r\n") if error.args else ""
        return M["malformed"].format(what=M["status_line"].format(line=printable(line, 60)))
    if isinstance(error, http.client.HTTPException):
        return M["malformed"].format(what=M["headers"])
    if isinstance(error, UnicodeError):
        return M["bad_domain"]
    if isinstance(error, ValueError):  # http.client's reading of a chunk's size
        return M["malformed"].format(what=M["chunks"])
    if isinstance(error, OSError):
        return M["down"].format(reason=printable(error.strerror or str(error), 80))
    return M["unexpected"].format(error=printable(f"{type(error).__name__}: {error}", 120))
