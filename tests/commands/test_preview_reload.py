"""The preview as a browser gets it: each page carries the reload script and a policy that
lets it run and call back; `make serve` without a site says to build it first."""

from __future__ import annotations

import io
import socket

import pytest

from helpers import cli
from tenir_parole.commands.devserver import serve, snapshot, watched
from tenir_parole.commands.options import Options
from tenir_parole.commands.reload import Builds, inject, stream

CSP = ('<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">')


def test_a_page_gets_the_script_before_its_head_ends_and_a_policy_allowing_it():
    page = f"<html><head>{CSP}<title>t</title></head><body></body></html>"
    assert inject(page, 7) == (
        '<html><head><meta http-equiv="Content-Security-Policy" content="default-src '
        "&#39;self&#39;; script-src &#39;self&#39;; connect-src &#39;self&#39;\"><title>t"
        '</title><script src="/__reload.js?build=7"></script></head><body></body></html>')


def test_a_head_written_in_capitals_still_gets_the_script_before_it_ends():
    assert inject("<HTML><HEAD><TITLE>t</TITLE></HEAD><BODY></BODY></HTML>", 2) == (
        '<HTML><HEAD><TITLE>t</TITLE><script src="/__reload.js?build=2"></script></HEAD>'
        "<BODY></BODY></HTML>")


def test_a_page_without_head_still_gets_the_script_at_its_end():
    assert inject("<p>bonjour</p>", 3) == '<p>bonjour</p><script src="/__reload.js?build=3">' \
                                          "</script>"


def test_serve_without_a_built_site_says_to_build_it(tmp_path):
    ran = cli("serve", "--output", str(tmp_path / "output"))
    assert ran.returncode == 2
    assert ran.stderr == f"{tmp_path / 'output'}/ introuvable : construisez d'abord le site " \
                         "(make html)\n"


def test_the_preview_watches_the_data_the_settings_the_pages_and_the_theme():
    options = Options("devserver")
    assert [p.as_posix() for p in watched(options)] == ["pledges", "pelicanconf.py", "content",
                                                        "theme"]


def test_an_editors_leftover_is_no_change(tmp_path):
    (tmp_path / "commune.yaml").write_text("a", encoding="utf-8")
    for leftover in ("commune.yaml~", ".commune.yaml.swp", "#commune.yaml#"):
        (tmp_path / leftover).write_text("a", encoding="utf-8")
    assert [p.name for p in snapshot([tmp_path])] == ["commune.yaml"]


HOME = "<html><head><title>Accueil</title></head><body>accueil</body></html>"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """The preview of `make devserver` serving a tiny site: a home page, a folder with its
    page, a stylesheet, a page saved in Latin-1 by an old editor."""
    site = tmp_path_factory.mktemp("apercu")
    (site / "index.html").write_text(HOME, encoding="utf-8")
    (site / "listes").mkdir()
    (site / "listes" / "index.html").write_text("<p>listes</p>", encoding="utf-8")
    (site / "style.css").write_text("p { color: black }", encoding="utf-8")
    (site / "latin1.html").write_bytes("<p>été</p>".encode("latin-1"))
    server = serve(site, 0, live=True)
    yield server
    server.shutdown()
    server.server_close()


def ask(server, method: str, path: str) -> tuple[str, dict[str, str], bytes]:
    """The status line, the headers (their names in lower case) and the bytes after them, as
    the server sent them."""
    with socket.create_connection(server.server_address, timeout=5) as client:
        client.sendall(f"{method} {path} HTTP/1.0\r\n\r\n".encode())
        answer = b"".join(iter(lambda: client.recv(65536), b""))
    head, _, body = answer.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    return status, {k.lower(): v for k, v in (line.split(": ", 1) for line in lines)}, body


def test_a_page_gets_the_script_with_the_number_of_the_last_build(live):
    live.builds.landed()
    live.builds.landed()
    status, headers, body = ask(live, "GET", "/index.html")
    assert status == "HTTP/1.0 200 OK"
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert body.decode() == HOME.replace(
        "</head>", f'<script src="/__reload.js?build={live.builds.number}"></script></head>')
    assert live.builds.number >= 2


def test_the_script_listens_to_the_server_and_reloads_on_a_newer_build(live):
    """Served as JavaScript (a browser refuses to run a script sent as text)."""
    status, headers, body = ask(live, "GET", "/__reload.js?build=3")
    assert (status, headers["content-type"]) == ("HTTP/1.0 200 OK",
                                                 "text/javascript; charset=utf-8")
    script = body.decode()
    assert "new EventSource('/__reload')" in script
    assert "if (event.data !== built) { events.close(); location.reload(); }" in script


@pytest.mark.parametrize("path", ["/index.html", "/listes/", "/__reload.js?build=0"])
def test_the_pages_and_the_script_are_never_cached(live, path):
    """A browser that kept a page would show the site before the last save."""
    assert ask(live, "GET", path)[1]["cache-control"] == "no-store"


@pytest.mark.parametrize("path", ["/index.html", "/listes/", "/__reload.js"])
def test_head_gets_the_headers_and_no_page(live, path):
    status, headers, body = ask(live, "HEAD", path)
    assert (status, body) == ("HTTP/1.0 200 OK", b"")
    assert int(headers["content-length"]) == len(ask(live, "GET", path)[2]) > 0


def test_a_folder_without_its_slash_is_sent_to_it_not_served(live):
    """« /listes » goes to « /listes/ », where the page's relative links work."""
    status, headers, _ = ask(live, "GET", "/listes")
    assert (status, headers["location"]) == ("HTTP/1.0 301 Moved Permanently", "/listes/")


def test_a_stylesheet_is_served_as_it_is(live):
    status, headers, body = ask(live, "GET", "/style.css")
    assert (status, headers["content-type"], body) == ("HTTP/1.0 200 OK", "text/css",
                                                       b"p { color: black }")


def event(client: socket.socket) -> bytes:
    """What the stream sent up to the end of its next event (a blank line)."""
    said = client.recv(65536)
    while not said.endswith(b"\n\n"):
        said += client.recv(65536)
    return said


def test_a_page_that_is_not_utf8_is_served_as_it_is(live):
    """The script cannot be put in a page it cannot read: the page is still served."""
    status, _, body = ask(live, "GET", "/latin1.html")
    assert (status, body) == ("HTTP/1.0 200 OK", "<p>été</p>".encode("latin-1"))


def test_the_event_stream_says_the_last_build_then_each_new_one(live):
    with socket.create_connection(live.server_address, timeout=5) as client:
        client.sendall(b"GET /__reload HTTP/1.0\r\n\r\n")
        head, _, first = event(client).partition(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        assert b"Content-Type: text/event-stream" in lines and b"Cache-Control: no-store" in lines
        number = live.builds.number
        assert first == f"retry: 500\ndata: {number}\n\n".encode()
        live.builds.landed()
        assert event(client) == f"data: {number + 1}\n\n".encode()


class Handler:
    """What the event stream writes to, without a connection."""

    def __init__(self) -> None:
        self.wfile = io.BytesIO()

    def send_response(self, *args) -> None:
        pass

    send_header = end_headers = send_response


def test_an_open_event_stream_says_it_is_alive_every_fifteen_seconds():
    """A page closed without a word is noticed at the next keep-alive comment, 15 s at most
    after, and its thread ends."""
    waited = []

    class NoBuild(Builds):
        def wait_after(self, number: int, timeout: float) -> int:
            waited.append(timeout)
            if len(waited) == 2:
                self.close()
            return number

    handler = Handler()
    stream(handler, NoBuild())
    assert handler.wfile.getvalue() == b"retry: 500\ndata: 0\n\n: attente\n\n: attente\n\n"
    assert waited == [15.0, 15.0]


def test_the_preview_is_offered_to_this_computer_only(live):
    """Unpublished data are not served to the whole network (a café's wifi)."""
    assert live.server_address[0] == "127.0.0.1"


@pytest.fixture
def busy_port():
    """A port another program already listens on."""
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        yield other.getsockname()[1]


def test_serve_on_a_busy_port_says_which_port_to_try(tmp_path, busy_port):
    ran = cli("serve", "--output", str(tmp_path), "--port", str(busy_port))
    assert ran.returncode == 1
    assert ran.stderr.startswith(f"Impossible de servir sur le port {busy_port} (")
    assert ran.stderr.endswith(") : essayez make serve PORT=8001\n")


def test_devserver_on_a_busy_port_builds_then_says_which_port_to_try(busy_port, capsys,
                                                                     monkeypatch):
    from tenir_parole.commands import devserver

    built = []
    monkeypatch.setattr(devserver.commune, "run", lambda options: built.append(options.command))
    assert devserver.main(Options("devserver", port=busy_port)) == 1
    assert built == ["html"]
    said = capsys.readouterr()
    assert said.err.startswith(f"Impossible de servir sur le port {busy_port} (")
    assert said.err.endswith(") : essayez make devserver PORT=8001\n")
    assert "Aperçu :" not in said.out
