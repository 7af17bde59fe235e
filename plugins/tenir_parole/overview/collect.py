"""`make federation-collecte`: fetch each commune's export into federation/donnees/.

Each site has its own wall-clock deadline (overview.fetch: connection, status line, headers
and body, same-origin redirections only), and the whole run has one: a site not done when it
passes is reported as not collected. Sites are fetched eight at a time, those whose copy is
oldest (or missing) first, so that a run cut short does not always leave out the same ones.

Whatever goes wrong with a site — the network, the response, the export (overview.exports,
the build's own acceptance) — is that site's line in the French report, never the end of the
run; its last good copy stays. Two sites claiming one commune are reported with the copy the
overview will show (overview.claims). Every line printed is made printable first: nothing a
site sends reaches the terminal raw. The build never touches the network: it reads only what
this leaves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import queue
import sys
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path

from tenir_parole.core.dataset import Dataset
from tenir_parole.overview import claims, exports, store
from tenir_parole.overview.fetch import Deadline, Failed, fetch, said_seconds
from tenir_parole.overview.limits import MAX_BYTES, TIMEOUT, TOTAL
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.french import count, date_fr
from tenir_parole.texts.printable import printable, printable_lines

WORKERS = 8
M = ui_fr.MESSAGES


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to an outcome
class Outcome:
    site: str
    commune: str  # its name, from the new or the kept copy, else the address
    problem: str | None = None
    kept: store.Copy | None = None
    copy: store.Copy | None = None  # the new copy, when it landed
    claim: claims.Claim | None = None  # the commune its copy (new or kept) is of


class Gate:
    """Copies are saved through the gate until the run's deadline closes it: after, nothing
    more is written, and collecte.json names exactly the files written, with their outcome."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = True
        self.outcomes: dict[str, Outcome] = {}
        self.saved: dict[str, store.Copy] = {}

    def save(self, folder: Path, payload: bytes, now: dt.datetime,
             landed: Outcome) -> Outcome | None:
        """``landed`` with its copy, or None when the gate has closed."""
        with self.lock:
            if not self.open:
                return None
            copy = store.save(folder, landed.site, payload, now)
            self.saved[landed.site] = copy
            self.outcomes[landed.site] = replace(landed, copy=copy)
            return self.outcomes[landed.site]

    def record(self, outcome: Outcome) -> None:
        with self.lock:
            if self.open:
                self.outcomes.setdefault(outcome.site, outcome)

    def close(self) -> tuple[dict[str, Outcome], dict[str, store.Copy]]:
        with self.lock:
            self.open = False
            return dict(self.outcomes), dict(self.saved)


def claim(site: str, rank: int, data: Dataset | None) -> claims.Claim | None:
    if data is None:
        return None
    return claims.Claim(site, data.commune.insee_code, data.commune.name, data.reference_date,
                        rank)


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a run
class Run:
    """What every site of one collection shares."""

    folder: Path
    now: dt.datetime
    timeout: float  # seconds for one site
    max_bytes: int
    deadline: Deadline  # the whole run's
    gate: Gate


def collect_one(site: str, rank: int, kept: store.Copy | None, run: Run) -> Outcome:
    """One site's outcome; its deadline starts as its download does."""
    try:
        payload = fetch(store.export_url(site), run.deadline.within(run.timeout), run.max_bytes)
        data = exports.accept(payload, store.export_url(site), run.now.date())
    except Failed as e:
        cut = str(e) == run.deadline.message  # pragma: no mutate — `is` too: the same str
        return not_collected(site, kept, run) if cut else failed(site, rank, kept, run, str(e))
    except exports.Refused as e:
        return failed(site, rank, kept, run, M["refused"] + " " + " ; ".join(e.lines[:3]))
    landed = Outcome(site, data.commune.name, claim=claim(site, rank, data))
    try:
        saved = run.gate.save(run.folder, payload, run.now, landed)
    except OSError as e:  # disk full, no permission…: the previous copy is still whole
        return failed(site, rank, kept, run, M["not_saved"].format(
            file=run.folder / store.file_name(site), error=e.strerror or e), data.commune.name)
    # The gate has recorded ``saved``, and records nothing once closed: what this returns is
    # never read by collect() (``and`` for ``or`` changes nothing).
    return saved or not_collected(site, kept, run)  # pragma: no mutate — see above


def failed(site: str, rank: int, kept: store.Copy | None, run: Run, problem: str,
           name: str | None = None) -> Outcome:
    """A site whose new copy did not land: its problem, and the copy it keeps."""
    kept, old = _kept(run.folder, kept, run.now)
    return Outcome(site, name or (old.commune.name if old else site), problem, kept,
                   claim=claim(site, rank, old))


def not_collected(site: str, kept: store.Copy | None, run: Run) -> Outcome:
    """A site the run's deadline cut: named by its address, its copy not read again (there
    may be thousands), only checked to be the one collected."""
    return Outcome(site, site, run.deadline.message, _intact(run.folder, kept))


def _kept(folder: Path, kept: store.Copy | None,
          now: dt.datetime) -> tuple[store.Copy | None, Dataset | None]:
    """The copy kept, if its file is still the one collected, and its data, if it still
    passes."""
    if kept is None:
        return None, None
    try:
        payload = store.read_copy(folder, kept)
    except (OSError, store.Altered):  # the build would not read it either
        return None, None
    try:
        return kept, exports.accept(payload, kept.file, now.date())
    except exports.Refused:
        return kept, None


def _intact(folder: Path, kept: store.Copy | None) -> store.Copy | None:
    """``kept``, if its file is still the one collected (the build would not read it else)."""
    if kept is None:
        return None
    try:
        store.read_copy(folder, kept)
    except (OSError, store.Altered):
        return None
    return kept


def age(copy: store.Copy | None, now: dt.datetime) -> str:
    if copy is None:
        return M["no_copy"]
    days = (now.date() - copy.collected.date()).days
    when = {0: M["today"], 1: M["yesterday"]}.get(days, M["days_ago"].format(n=days))
    return M["copy_of"].format(date=date_fr(copy.collected.date()), when=when)


def report(outcomes: list[Outcome], list_problems: list[str], now: dt.datetime) -> list[str]:
    """The French report, every line printable (escapes shown for what a site sent)."""
    landed = [o for o in outcomes if o.copy]
    failed = [o for o in outcomes if o.problem]
    lines = [M["landed_title"].format(n=len(landed))] if landed else []
    lines += [f"  {o.commune} ({o.site})" for o in landed]
    if failed or list_problems:
        lines.append(M["problems_title"].format(n=len(failed) + len(list_problems)))
        lines += [f"  {p}" for p in list_problems]
        lines += [f"  {o.commune} ({o.site}) · {o.problem} · {age(o.kept, now)}" for o in failed]
    found = claims.conflicts(o.claim for o in outcomes if o.claim)
    if found:
        lines.append(M["conflicts_title"].format(n=len(found)))
        lines += ["  " + M["conflict"].format(
            insee=c.winner.insee, commune=c.winner.name, winner=c.winner.site,
            loser=c.loser.site, why=claims.why(c)) for c in found]
    lines.append(M["summary"].format(ok=count(len(landed), "copie"), n=count(len(outcomes), "site"),
                                     ko=count(len(failed), "problème")))
    return [printable(line) for line in lines]


def fetch_order(sites: list[str], copies: dict[str, store.Copy]) -> list[int]:
    """Indexes of ``sites``: those without a copy first, then the oldest copies."""
    def key(rank: int) -> tuple:
        copy = copies.get(sites[rank])
        return copy is not None, copy.collected if copy else None, rank

    return sorted(range(len(sites)), key=key)


def collect(sites: list[str], folder: Path, now: dt.datetime, timeout: float = TIMEOUT,
            max_bytes: int = MAX_BYTES, total: float = TOTAL) -> list[Outcome]:
    """Fetch every site side by side, ``timeout`` seconds each and ``total`` in all; keep new
    copies; update collecte.json once. One outcome per site, in the list's order."""
    copies = store.read_manifest(folder)
    run = Run(folder, now, timeout, max_bytes,
              Deadline.after(total, M["not_collected"].format(s=said_seconds(total))), Gate())
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for rank in fetch_order(sites, copies):
        todo.put(rank)

    def work() -> None:
        while time.monotonic() < run.deadline.at:  # pragma: no mutate — <= differs at one instant
            try:
                rank = todo.get_nowait()
            except queue.Empty:
                return
            site = sites[rank]
            try:
                outcome = collect_one(site, rank, copies.get(site), run)
            except Exception as e:  # a bug met with one site is that site's line
                outcome = Outcome(site, site, M["unexpected"].format(
                    error=printable(f"{type(e).__name__}: {e}", 120)), copies.get(site))
            run.gate.record(outcome)

    # Daemon threads: a site still being read when the deadline passes does not hold the end.
    threads = [threading.Thread(target=work, daemon=True, name=f"collecte-{n}")
               for n in range(min(WORKERS, len(sites)))]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            with contextlib.suppress(Failed):  # its time is up: no more waiting
                thread.join(run.deadline.left())
    finally:
        # Even when interrupted, collecte.json names every copy that landed, so that it says
        # which file holds each site's copy and when it was fetched.
        done, saved = run.gate.close()
        store.write_manifest(folder, copies | saved)
    return [done.get(site) or not_collected(site, copies.get(site), run) for site in sites]


def main(list_file: Path, folder: Path, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
         total: float = TOTAL) -> int:
    try:
        sites, problems = store.read_sites(list_file)
        print(printable(M["collect_intro"].format(
            sites=count(len(sites), "site"), list=list_file, folder=folder,
            s=said_seconds(timeout), total=said_seconds(total))), flush=True)
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        outcomes = collect(sites, folder, now, timeout, max_bytes, total)
    except store.StoreError as e:
        print(printable_lines(str(e)), file=sys.stderr)
        return 2
    print("\n".join(report(outcomes, problems, now)))
    return 0
