"""The form editor's server, in this process: what it serves, to whom, and what it answers
when a request is wrong or the disk refuses a save — always a French line Decap can show."""

from __future__ import annotations

import http.client
import json
import shutil
import socket

import pytest

from helpers import EXAMPLE, ROOT
from tenir_parole.build.settings import read_settings
from tenir_parole.commands import editor
from tenir_parole.commands.editor_api import Backend


@pytest.fixture
def server(tmp_path):
    pledges = shutil.copytree(EXAMPLE, tmp_path / "pledges")
    running = editor.start(0, ROOT, Backend(pledges, read_settings(ROOT / "pelicanconf.py")))
    yield running
    running.shutdown()
    running.server_close()


def ask(server, method: str, path: str, body: bytes | None = None, **headers: str):
    port = server.server_address[1]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request(method, path, body=body, headers={"Host": f"127.0.0.1:{port}",
                                                         **headers})
    response = connection.getresponse()
    answer = response.status, dict(response.getheaders()), response.read()
    connection.close()
    return answer


def api(server, body: bytes, **headers: str):
    status, _, answer = ask(server, "POST", "/api/v1", body,
                            **{"Content-Type": "application/json", **headers})
    return status, json.loads(answer)["error"] if status != 200 else json.loads(answer)


def test_the_page_is_served_with_its_policy_and_nothing_else_is(server):
    status, headers, body = ask(server, "GET", "/index.html")
    assert status == 200 and b"<html" in body.lower()
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    for path in ("/../pelicanconf.py", "/pelicanconf.py", "/editeur/index.html",
                 "/%2e%2e/Makefile"):
        assert ask(server, "GET", path)[::2] == (404, b"Page introuvable")
    status, _, body = ask(server, "HEAD", "/index.html")
    assert status == 200 and body == b""


@pytest.mark.parametrize("headers", [
    {"Origin": "null"}, {"Origin": "https://127.0.0.1:{port}"},
    {"Origin": "http://127.0.0.1"}, {"Origin": "http://ailleurs.example.org"},
    {"Host": "ailleurs.example.org"}, {"Host": "127.0.0.1"},
], ids=["origine-null", "https", "autre-port", "autre-site", "autre-nom", "sans-port"])
def test_a_request_from_elsewhere_is_refused(server, headers):
    port = server.server_address[1]
    headers = {name: value.format(port=port) for name, value in headers.items()}
    assert api(server, b'{"action": "info"}', **headers) == (403, "Réservé à cet ordinateur")


def test_the_page_asked_under_another_name_is_not_served(server):
    """DNS rebinding: a site whose name points at 127.0.0.1 reads nothing of the editor."""
    assert ask(server, "GET", "/index.html", Host="ailleurs.example.org")[0] == 403


def test_a_head_request_gets_no_body(server):
    port = server.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        raw.sendall(f"HEAD /index.html HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        answer = b"".join(iter(lambda: raw.recv(65536), b""))
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.0 200") and body == b""


def test_an_editor_page_missing_is_not_found(tmp_path):
    running = editor.start(0, tmp_path, Backend(tmp_path, {}))
    try:
        assert ask(running, "GET", "/decap-cms.js")[::2] == (404, b"Page introuvable")
    finally:
        running.shutdown()
        running.server_close()


def test_only_the_api_address_takes_a_request(server):
    status, _, answer = ask(server, "POST", "/api/v2", b'{"action": "info"}',
                            **{"Content-Type": "application/json"})
    assert (status, json.loads(answer)) == (404, {"error": "Adresse inconnue"})


def test_the_page_itself_may_save(server):
    port = server.server_address[1]
    status, info = api(server, b'{"action": "info"}', Origin=f"http://127.0.0.1:{port}")
    assert status == 200 and info["type"] == "local_fs"


@pytest.mark.parametrize(("body", "expected"), [
    (b"[]", (422, "Requête illisible.")),
    (b'{"action": "info"', (400, "JSON illisible")),
    (b"\xff\xfe{}", (400, "JSON illisible")),
    (b"[" * 100_000, (400, "JSON illisible")),
], ids=["liste", "accolade-ouverte", "pas-utf8", "imbrication-sans-fin"])
def test_an_unreadable_request_is_answered_in_french(server, body, expected):
    assert api(server, body) == expected


def test_a_save_the_disk_refuses_is_said_and_the_file_kept(server, monkeypatch):
    def full(*_):
        raise OSError(28, "No space left on device")

    path = server.backend.pledges / "commune.yaml"
    before = path.read_bytes()
    monkeypatch.setattr("os.replace", full)
    raw = before.decode("utf-8") + "# relu\n"
    body = json.dumps({"action": "persistEntry", "params": {
        "dataFiles": [{"path": "pledges/commune.yaml", "raw": raw}]}}).encode()
    assert api(server, body) == (500, (
        "Non enregistré : le fichier n'a pas pu être écrit (No space left on device) — le "
        "disque est-il plein, ou le dossier protégé en écriture ? Le fichier d'avant est intact."))
    assert path.read_bytes() == before
