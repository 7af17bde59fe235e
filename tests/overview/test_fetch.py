"""One download of the collector, at its limits, against a scripted server on 127.0.0.1: an
export exactly as big as allowed comes in, one byte more is refused; the request names a port
only when it is not the scheme's; a redirection to https is told apart from one to another
site; a site's deadline never outlasts the whole run's."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from bench.raw_server import RawServer, response
from tenir_parole.overview.fetch import Deadline, Failed, fetch, follow, request

LIMIT = 2000


def chunked(body: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n")


@pytest.mark.parametrize("framed", [
    lambda body: response(body=body),  # Content-Length announced
    chunked,
    lambda body: response(body=body, length=False),  # read until the site closes
], ids=["content-length", "chunked", "until-closed"])
def test_an_export_as_big_as_allowed_comes_in_one_byte_more_is_refused(framed):
    with RawServer() as server:
        server.scripts["juste"] = lambda port: [framed(b"x" * LIMIT)]
        server.scripts["trop"] = lambda port: [framed(b"x" * (LIMIT + 1))]
        assert fetch(f"{server.base}/juste/", Deadline.after(5), LIMIT) == b"x" * LIMIT
        with pytest.raises(Failed, match=r"^fichier trop gros \(plus de 1 ko\)$"):
            fetch(f"{server.base}/trop/", Deadline.after(5), LIMIT)


@pytest.mark.parametrize(("url", "host"), [
    ("http://commune.example:8080/export.json", "commune.example:8080"),
    ("https://commune.example:8443/export.json", "commune.example:8443"),
    ("http://commune.example:80/export.json", "commune.example"),
    ("https://commune.example:443/export.json", "commune.example"),
    ("https://commune.example/export.json", "commune.example"),
])
def test_the_request_names_the_port_only_when_it_is_not_the_schemes(url, host):
    sent = request(urlsplit(url), "commune.example").decode("ascii")
    assert f"\r\nHost: {host}\r\n" in sent


def test_a_redirection_to_https_on_the_same_host_is_told_from_one_to_another_site():
    with pytest.raises(Failed, match=r"^redirection de http vers https \(https://a\.example\)"):
        follow("http://a.example/x.json", 301, ["https://a.example/x.json"], [])
    with pytest.raises(Failed, match=r"^redirection vers un autre site \(https://b\.example\)"):
        follow("http://a.example/x.json", 301, ["https://b.example/x.json"], [])


def test_a_sites_deadline_never_outlasts_the_whole_runs():
    run = Deadline.after(1, "toute la collecte a pris trop de temps")
    assert run.within(10) is run
    site = run.within(0.1)
    assert site is not run and site.at < run.at and site.message != run.message


def test_a_deadline_reached_is_said_at_once_in_its_own_words():
    with pytest.raises(Failed, match="^délai dépassé pour ce site$"):
        Deadline.after(0, "délai dépassé pour ce site").left()
    assert 0 < Deadline.after(5, "x").left() <= 5
