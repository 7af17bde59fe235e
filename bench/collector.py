"""Section 4 of `make bench`: the collector (`make federation-collecte`, in this process, with
its default deadlines and size cap) against hostile sites served on 127.0.0.1
(bench/raw_server.py):

- a site that sends its answer one byte every 2 s, listed before a good one (issue 25: it held
  the collector about 90 s although the deadline was 20 s, urllib's timeout being per recv);
- an export of 400,000 keys in one object, under the 5 Mo cap, with its keys distinct or one
  of them twice (issue 25: the duplicate check was quadratic, 40,000 keys took about 43 s);
- the same number of keys spread over 400 objects of 1,000 (each key an error of its own for
  the data core's validation, which this change does not touch), measured once.

`.venv/bin/python -m bench.collector` measures this section alone and writes it into
BENCHMARKS.md. Figures, not tests: nothing here passes or fails.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import common
from bench.common import QUICK, ROOT, fr, seconds, table
from bench.machine import commit, load_average, utc_date
from bench.raw_server import RawServer, response, trickle
from tenir_parole.commands.generated import exports
from tenir_parole.overview import collect, store

TARGET = ROOT / "BENCHMARKS.md"
TITLE = "## 5. Collecte de la fédération : sites hostiles"
EVERY = 2.0  # seconds between two bytes of the trickling site
KEYS = 400_000
RUNS = 1 if QUICK else 3  # the trickling site takes its whole deadline, 20 s, each time
KEY_RUNS = 3 if QUICK else 7


def bloated(good: bytes, twice: bool = False, spread: bool = False) -> bytes:
    """``good`` with KEYS more keys: in its bilan, or over 400 lists of 1,000 keys."""
    whole = json.loads(good)
    if spread:
        whole["listes"] = {f"liste-{j}": dict.fromkeys(map("k{}".format, range(1_000)), 0)
                           for j in range(KEYS // 1_000)}
    else:
        whole["bilan"] = dict.fromkeys(map("k{}".format, range(KEYS)), 0)
    text = json.dumps(whole, separators=(",", ":"))
    return (text.replace('"k0":0', f'"k{KEYS - 1}":0', 1) if twice else text).encode()


def collected(scripts: dict, work: Path) -> tuple[float, list[collect.Outcome]]:
    """One collection of the sites ``scripts`` serves, in a fresh folder: its time."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with RawServer() as server, tempfile.TemporaryDirectory(dir=work) as folder:
        server.scripts = scripts
        sites = [f"{server.base}/{name}" for name in scripts]
        started = time.perf_counter()
        outcomes = collect.collect(sites, Path(folder), now)
        return time.perf_counter() - started, outcomes


def measure(runs: int, once: Callable[[], tuple[float, list]]) -> tuple[list[float], list]:
    results = [once() for _ in range(runs)]
    return [t for t, _ in results], results[-1][1]


def said(outcomes: list[collect.Outcome]) -> str:
    """What the report says of each site, its address shortened, up to a dash."""
    return " ; ".join(f"{o.site.rsplit('/', 1)[-1]} : " + (o.problem or "copie à jour").replace(
        store.export_url(o.site), "…").split(" — ")[0] for o in outcomes)


def size(n: int) -> str:
    return f"{fr(n / 2**20, 1)} Mio" if n >= 2**20 else f"{fr(n / 1024, 0)} ko"


def row(case: str, times: list[float], outcomes: list, length: int) -> list[str]:
    spread = f"{seconds(min(times))} – {seconds(max(times))}" if len(times) > 1 else "—"
    return [case, size(length), str(len(times)),
            seconds(statistics.median(times)), spread, said(outcomes)]


def report(work: Path) -> list[str]:
    good = next(iter(exports(ROOT).values()))
    rows = []
    print(f"  site au goutte-à-goutte ({RUNS} × {fr(collect.TIMEOUT, 0)} s)…", file=sys.stderr,
          flush=True)
    slow = {"goutte": lambda port: trickle(response(body=good), EVERY),
            "bon": lambda port: [response(body=good)]}
    times, outcomes = measure(RUNS, lambda: collected(slow, work))
    rows.append(row(f"un octet toutes les {fr(EVERY, 0)} s, puis un bon site", times,
                    outcomes, len(good)))
    for case, twice in ((f"{fr(KEYS, 0)} clés dans un objet", False),
                        (f"{fr(KEYS, 0)} clés dans un objet, une en double", True)):
        print(f"  {case} ({KEY_RUNS} essais)…", file=sys.stderr, flush=True)
        payload = bloated(good, twice)
        sites = {"cles": lambda port, payload=payload: [response(body=payload)]}
        times, outcomes = measure(KEY_RUNS, lambda sites=sites: collected(sites, work))
        rows.append(row(case, times, outcomes, len(payload)))
    print("  clés réparties (1 essai)…", file=sys.stderr, flush=True)
    payload = bloated(good, spread=True)
    sites = {"reparties": lambda port: [response(body=payload)]}
    times, outcomes = measure(1, lambda: collected(sites, work))
    rows.append(row(f"{fr(KEYS, 0)} clés réparties (400 objets de 1 000)", times, outcomes,
                    len(payload)))
    return section(rows)


def section(rows: list[list[str]]) -> list[str]:
    return [
        TITLE,
        "",
        "`collect.collect` (ce que fait `make federation-collecte`) dans ce processus, avec "
        f"ses réglages par défaut : {fr(collect.TIMEOUT, 0)} s par site, de la connexion au "
        f"dernier octet, {fr(collect.TOTAL, 0)} s pour toute la collecte, 5 Mio au plus. Les "
        "sites sont servis octet par octet sur 127.0.0.1 (`bench/raw_server.py`). Temps : "
        "médiane des essais, de la première connexion au rapport (téléchargement et "
        "vérification de l'export compris). Avant ce changement (issue 25, observé sur `main` "
        "au commit be14ff0) : le site au goutte-à-goutte retenait la collecte environ 90 s, "
        "et 40 000 clés dans un objet demandaient environ 43 s.",
        "",
        *table(["Cas", "Taille", "Essais", "Temps (médiane)", "min – max",
                "Ce que dit le rapport"], rows),
        "",
        "Les clés réparties sur 400 objets restent lentes : chacune est une erreur de "
        "validation que le cœur des données traduit en français et trie, toutes, avant que "
        "l'export soit refusé. Une limite au nombre d'erreurs traduites (et de longueur sur "
        "les listes du modèle) relève de `tenir_parole/data/validate.py` et `errors.py`.",
        "",
    ]


def replace_section(text: str, new: list[str]) -> str:
    """BENCHMARKS.md with this section replaced, or added before « ## Fédération » (where
    `make bench` writes it), else before the last section."""
    return common.replace_section(text, TITLE, new, before="## Fédération")


def main() -> int:
    began, date, loads, code = time.perf_counter(), utc_date(), load_average(), commit()
    with tempfile.TemporaryDirectory(prefix="tenir-parole-bench-collecte-") as tmp:
        new = report(Path(tmp))
    minutes = (time.perf_counter() - began) / 60
    new[2] = (f"`.venv/bin/python -m bench.collector` (durée {fr(minutes, 1)} min), commit "
              f"`{code}`, `{date}`, charge moyenne {loads}. " + new[2])
    TARGET.write_text(replace_section(TARGET.read_text(encoding="utf-8"), new), "utf-8")
    print("\n".join(new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
