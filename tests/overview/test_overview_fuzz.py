"""The collector against random sites (Hypothesis): random status lines, headers (Location
values among them), redirection chains between the sites and bodies, served raw on 127.0.0.1.
Whatever they send, the run ends within its deadline, each site has exactly one outcome, no
exception escapes, and the report holds no control or bidi character."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import tempfile
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.raw_server import RESET, RawServer
from overview_data import as_bytes, example
from tenir_parole.overview import collect

HIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
TOTAL = 2.0
SITES = 4
GOOD = as_bytes(example(0))
RUNS = itertools.count()

texts = st.text(st.characters(codec="utf-8"), max_size=30)
codes = st.sampled_from(["200", "301", "302", "303", "307", "308", "304", "404", "500",
                         "100", "999", "2OO", "", "-1"])
status_lines = st.one_of(
    st.builds(lambda v, c, r: f"{v} {c} {r}".encode("utf-8", "surrogatepass"),
              st.sampled_from(["HTTP/1.1", "HTTP/1.0", "HTTP/2", "http/1.1", "HTTP/1.1\x00"]),
              codes, texts),
    st.binary(max_size=40))


def locations(run: int) -> st.SearchStrategy[str]:
    """Where a site redirects: another site of the run (chains, loops), another port,
    another scheme, or any text."""
    return st.one_of(
        st.integers(0, SITES).map(lambda n: f"/r{run}s{n}/donnees/tenir-parole.json"),
        st.sampled_from(["http://127.0.0.1:1/x", "https://127.0.0.1/x", "file:///etc/passwd",
                         "javascript:alert(1)", "http://[::1", "http://127.0.0.1:99999/",
                         "//autre.example.org/x", "\x1b[2J", "/\u202eexe", ""]),
        texts)


def headers(run: int) -> st.SearchStrategy[list[tuple[str, str]]]:
    names = st.one_of(st.sampled_from(["Location", "Content-Length", "Transfer-Encoding",
                                       "Content-Encoding", "Content-Type"]), texts)
    values = st.one_of(locations(run), st.sampled_from(["chunked", "gzip", "0", "-1", "1e3",
                                                        "99999999999", "12 13"]), texts)
    return st.lists(st.tuples(names, values), max_size=6)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12)
bodies = st.one_of(st.just(GOOD), json_values.map(lambda v: json.dumps(v).encode()),
                   st.binary(max_size=200), st.just(GOOD[:len(GOOD) // 2]))


def raw(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def site(run: int) -> st.SearchStrategy[list]:
    """One site's raw answer: a status line, headers, a body, and how the connection ends.
    A third redirect (to the other sites: chains and loops), a third answer 200 with random
    headers, a third anything."""
    redirect = st.builds(lambda code, where, heads: (f"HTTP/1.1 {code} Ailleurs".encode(),
                                                     [("Location", where), *heads]),
                         st.sampled_from(["301", "302", "303", "307", "308"]), locations(run),
                         headers(run))
    served = st.builds(lambda heads: (b"HTTP/1.1 200 OK", heads), headers(run))
    anything = st.tuples(status_lines, headers(run))
    return st.builds(
        lambda head, body, crlf, ending: [
            head[0] + crlf + b"".join(raw(name) + b": " + raw(value) + crlf
                                      for name, value in head[1]) + crlf + body, *ending],
        st.one_of(redirect, served, anything), bodies, st.sampled_from([b"\r\n", b"\n"]),
        st.sampled_from([[], [], [RESET], [0.01, RESET]]))


@pytest.fixture(scope="module")
def server():
    with RawServer() as running:
        yield running


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_random_sites_each_get_one_outcome_within_the_deadline(server, data):
    run = next(RUNS)
    answers = [data.draw(site(run)) for _ in range(SITES)]
    server.scripts |= {f"r{run}s{n}": lambda port, answer=answer: answer
                       for n, answer in enumerate(answers)}
    sites = [f"{server.base}/r{run}s{n}" for n in range(SITES)]
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        outcomes = collect.collect(sites, Path(tmp), now, timeout=1.0, max_bytes=100_000,
                                   total=TOTAL)
        took = time.monotonic() - started
    assert took < TOTAL + 2  # its deadline, give or take the machine's load
    assert [o.site for o in outcomes] == sites
    assert all((o.copy is None) != (o.problem is None) for o in outcomes)
    assert not any(o.problem and o.problem.startswith("erreur inattendue") for o in outcomes)
    lines = collect.report(outcomes, [], now)
    assert not {c for line in lines for c in line if unicodedata.category(c) in HIDDEN}
