"""Synthetic federation data for `make bench-federation`: N valid exports, made from the
three kinds of example commune (after the vote with four lists, before with three, a minimal
one), spread over the metropolitan départements like real communes are (Pas-de-Calais three
times as many, up to the 999 its INSEE codes allow: a département split over many pages)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from bench.common import ROOT
from tenir_parole.commands.generated import COLLECTED, LICENCE, TODAY
from tenir_parole.core.dataset import load_dataset
from tenir_parole.overview import departements, store
from tenir_parole.site.opendata import to_json

SOURCES = ("examples/saint-exemple", "tests/fixtures/avant", "tests/fixtures/minimal")
CODES = [code for code in departements.NAMES if len(code) == 2]
CODES += ["62", "62"]


def templates() -> list[dict]:
    return [json.loads(to_json(load_dataset(ROOT / source, TODAY), LICENCE))
            for source in SOURCES]


#: An INSEE code is the département's two characters and three digits: 999 communes at most.
PER_DEPARTMENT = 999


def commune(i: int, counters: dict[str, int], codes: list[str]) -> tuple[str, str, str]:
    """The ``i``-th commune's département, INSEE code and name; a full département passes
    its turn to the next one with room, so every code is valid and unique."""
    turn = i % len(codes)
    code = next((code for code in codes[turn:] + codes[:turn]
                 if counters.get(code, 0) < PER_DEPARTMENT), None)
    if code is None:
        raise ValueError(f"{i + 1} communes synthétiques : {len(set(codes))} département(s) "
                         f"n'en tiennent que {len(set(codes)) * PER_DEPARTMENT}")
    counters[code] = counters.get(code, 0) + 1
    return code, f"{code}{counters[code]:03d}", f"Commune-Synthétique-{i:05d}"


def write(folder: Path, count: int, pool: Path, codes: list[str] = CODES) -> Path:
    """``folder`` with ``count`` exports and collecte.json; the exports are made once in
    ``pool`` and hard-linked (the smaller sizes are the first communes of the larger)."""
    folder.mkdir(parents=True, exist_ok=True)
    pool.mkdir(parents=True, exist_ok=True)
    kinds = templates()
    counters: dict[str, int] = {}
    copies = {}
    for i in range(count):
        code, insee, name = commune(i, counters, codes)
        site = f"https://tenir-parole.commune-{i:05d}.example.org"
        target = pool / store.file_name(site)
        if not target.exists():
            whole = kinds[i % len(kinds)]
            whole["commune"] |= {"nom": name, "code_insee": insee,
                                 "departement": departements.NAMES[code], "site": site}
            target.write_bytes(json.dumps(whole, ensure_ascii=False, indent=1).encode())
        link = folder / target.name
        if not link.exists():
            os.link(target, link)
        copies[site] = store.Copy(site, target.name, COLLECTED, sha256(target))
    store.write_manifest(folder, copies)
    store.write_sites(sites_of(folder), list(copies))
    return folder


def sites_of(folder: Path) -> Path:
    """The list of sites ``write`` wrote beside ``folder`` (`make federation` builds those)."""
    return folder.with_name(f"{folder.name}-communes.txt")


def touch_one(folder: Path) -> None:
    """Change one commune's export (its name), as a new collect would: a new file."""
    manifest = store.read_manifest(folder)
    copy = manifest[sorted(manifest)[0]]
    path = folder / copy.file
    whole = json.loads(path.read_bytes())
    whole["commune"]["nom"] += "-Modifiée"
    path.unlink()  # the pool's file stays as it was
    path.write_bytes(json.dumps(whole, ensure_ascii=False, indent=1).encode())
    manifest[copy.site] = dataclasses.replace(copy, sha256=sha256(path))
    store.write_manifest(folder, manifest)


def sha256(path: Path) -> str:
    """What collecte.json notes of a copy (the build leaves out a file that differs)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
