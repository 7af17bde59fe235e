"""`make federation-collecte`: fetch each commune's export into federation/donnees/.

Standard-library HTTP with a deadline for the whole download, a size cap, no redirection to
another host, and the same acceptance as the build (tenir_parole.overview.exports). Whatever goes
wrong with a site, its last good copy stays, and the French report says what and how old the
copy kept is. The build never touches the network: it reads only what this leaves.
"""

from __future__ import annotations

import datetime as dt
import http.client
import socket
import ssl
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tenir_parole.overview import exports, store
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.french import date_fr

TIMEOUT = 20.0  # seconds for a whole download
MAX_BYTES = 5 * 2**20  # the example's export is 30 kB; a large commune's, a few hundred
WORKERS = 8
M = ui_fr.MESSAGES


class Failed(Exception):
    """One site's download or content did not do; the message is French."""


class _SameHost(urllib.request.HTTPRedirectHandler):
    """Follow a redirection only on the site's own host (http → https allowed)."""

    def __init__(self, host: str):
        self.host = host

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urlsplit(newurl)
        if target.hostname != self.host or target.scheme not in ("http", "https"):
            raise Failed(M["redirect"].format(target=target.hostname or newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """The body of ``url``, read within ``timeout`` seconds in all and ``max_bytes``."""
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_SameHost(urlsplit(url).hostname or ""))
    request = urllib.request.Request(url, headers={"User-Agent": "tenir-parole-federation/1",
                                                   "Accept": "application/json"})
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise Failed(M["too_big"].format(max=max_bytes // 1024))
            chunks, size = [], 0
            while chunk := response.read1(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise Failed(M["too_big"].format(max=max_bytes // 1024))
                if time.monotonic() > deadline:
                    raise Failed(M["slow"].format(s=timeout))
                chunks.append(chunk)
            return b"".join(chunks)
    except urllib.error.HTTPError as e:
        raise Failed(M["http"].format(code=e.code)) from None
    except TimeoutError:
        raise Failed(M["slow"].format(s=timeout)) from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            raise Failed(M["slow"].format(s=timeout)) from None
        raise Failed(M["down"].format(reason=_reason(e.reason))) from None
    except (http.client.HTTPException, OSError) as e:
        raise Failed(M["down"].format(reason=e)) from None


def _reason(reason: object) -> str:
    """Why a site could not be reached, in French when it is a usual cause."""
    if isinstance(reason, socket.gaierror):
        return M["no_such_host"]
    if isinstance(reason, ConnectionRefusedError):
        return M["refused_connection"]
    if isinstance(reason, ssl.SSLError):
        return M["tls"]
    return str(reason)


@dataclass(frozen=True)
class Outcome:
    site: str
    commune: str  # its name, from the new or the kept copy, else the address
    problem: str | None = None
    kept: store.Copy | None = None
    copy: store.Copy | None = None  # the new copy, when it landed


def collect_one(site: str, folder: Path, kept: store.Copy | None, now: dt.datetime,
                timeout: float, max_bytes: int) -> Outcome:
    kept, name = _kept(folder, kept, now)
    name = name or site
    try:
        payload = fetch(store.export_url(site), timeout, max_bytes)
        data = exports.accept(payload, store.export_url(site), now.date())
    except Failed as e:
        return Outcome(site, name, str(e), kept)
    except exports.Refused as e:
        return Outcome(site, name, M["refused"] + " " + " ; ".join(e.lines[:3]), kept)
    try:
        copy = store.save(folder, site, payload, now)
    except OSError as e:  # disk full, no permission…: the previous copy is still whole
        return Outcome(site, data.commune.name, M["not_saved"].format(
            file=folder / store.file_name(site), error=e.strerror or e), kept)
    return Outcome(site, data.commune.name, copy=copy)


def _kept(folder: Path, kept: store.Copy | None,
          now: dt.datetime) -> tuple[store.Copy | None, str | None]:
    """The copy kept, if its file is still the one collected, and its commune's name, if it
    still passes."""
    if kept is None:
        return None, None
    try:
        payload = store.read_copy(folder, kept)
    except (OSError, store.Altered):  # the build would not read it either
        return None, None
    try:
        data = exports.accept(payload, kept.file, now.date())
    except exports.Refused:
        return kept, None
    return kept, data.commune.name


def age(copy: store.Copy | None, now: dt.datetime) -> str:
    if copy is None:
        return M["no_copy"]
    days = (now.date() - copy.collected.date()).days
    when = {0: M["today"], 1: M["yesterday"]}.get(days, M["days_ago"].format(n=days))
    return M["copy_of"].format(date=date_fr(copy.collected.date()), when=when)


def report(outcomes: list[Outcome], list_problems: list[str], now: dt.datetime) -> list[str]:
    landed = [o for o in outcomes if o.copy]
    failed = [o for o in outcomes if o.problem]
    lines = [M["landed_title"].format(n=len(landed))] if landed else []
    lines += [f"  {o.commune} ({o.site})" for o in landed]
    if failed or list_problems:
        lines.append(M["problems_title"].format(n=len(failed) + len(list_problems)))
        lines += [f"  {p}" for p in list_problems]
        lines += [f"  {o.commune} ({o.site}) · {o.problem} · {age(o.kept, now)}" for o in failed]
    lines.append(M["summary"].format(ok=len(landed), n=len(outcomes), ko=len(failed)))
    return lines


def collect(sites: list[str], folder: Path, now: dt.datetime, timeout: float = TIMEOUT,
            max_bytes: int = MAX_BYTES) -> list[Outcome]:
    """Fetch every site side by side; keep new copies; update collecte.json once."""
    copies = store.read_manifest(folder)
    pool = ThreadPoolExecutor(max_workers=WORKERS)
    futures = [pool.submit(collect_one, site, folder, copies.get(site), now, timeout, max_bytes)
               for site in sites]
    try:
        return [future.result() for future in futures]
    finally:
        # Even when interrupted, collecte.json names every copy that landed, so that it says
        # which file holds each site's copy and when it was fetched.
        pool.shutdown(cancel_futures=True)
        copies |= {o.site: o.copy for o in map(_landed, futures) if o and o.copy}
        store.write_manifest(folder, copies)


def _landed(future) -> Outcome | None:
    if future.cancelled() or future.exception() is not None:
        return None
    return future.result()


def main(list_file: Path, folder: Path, timeout: float = TIMEOUT,
         max_bytes: int = MAX_BYTES) -> int:
    try:
        sites, problems = store.read_sites(list_file)
        print(M["collect_intro"].format(n=len(sites), list=list_file, folder=folder),
              flush=True)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        outcomes = collect(sites, folder, now, timeout, max_bytes)
    except store.StoreError as e:
        print(str(e), file=sys.stderr)
        return 2
    print("\n".join(report(outcomes, problems, now)))
    return 0
