"""Synthetic federation data for `make bench-federation`: N valid exports for N real communes
(the official geography's names, INSEE codes, départements and SIREN: geographie/), their
pledges made from the three kinds of example commune (after the vote with four lists, before
with three, a minimal one). At the largest size, every one of the 34,969 communes; smaller
sizes take communes evenly across the list (so across départements), each a subset of the
next."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

from bench.common import ROOT
from tenir_parole.commands.generated import COLLECTED, LICENCE, TODAY
from tenir_parole.core import geography
from tenir_parole.core.assembly import load_dataset
from tenir_parole.overview import store
from tenir_parole.site.opendata import to_json

SOURCES = ("examples/saint-exemple", "tests/fixtures/avant", "tests/fixtures/minimal")
#: What is true of the example communes only: left out of a real commune's export.
FICTIONAL = ("exemple", "intercommunalite", "region", "siren", "siret")


def templates() -> list[dict]:
    return [json.loads(to_json(load_dataset(ROOT / source, TODAY), LICENCE))
            for source in SOURCES]


def communes(count: int, departments: list[str] | None = None) -> list[geography.Commune]:
    """``count`` real communes (of ``departments`` only, when given), spread evenly over
    the list in code order; the smaller sizes are subsets of the larger."""
    every = [c for code, c in sorted(geography.load().communes.items())
             if departments is None or c.department in departments]
    if count > len(every):
        raise ValueError(f"{count:,} communes synthétiques : la géographie n'en a que "
                         f"{len(every):,}".replace(",", " "))
    step = len(every) / count if count else 1
    return [every[int(i * step)] for i in range(count)]


def site_of(commune: geography.Commune) -> str:
    return f"https://tenir-parole.commune-{commune.code.lower()}.example.org"


def write(folder: Path, count: int, pool: Path, departments: list[str] | None = None) -> Path:
    """``folder`` with ``count`` exports and collecte.json; the exports are made once in
    ``pool`` (one per commune) and hard-linked."""
    folder.mkdir(parents=True, exist_ok=True)
    pool.mkdir(parents=True, exist_ok=True)
    kinds = templates()
    official = geography.load()
    copies = {}
    for commune in communes(count, departments):
        site = site_of(commune)
        target = pool / store.file_name(site)
        if not target.exists():
            whole = kinds[int(hashlib.sha256(commune.code.encode()).hexdigest(), 16) % 3]
            own = {k: v for k, v in whole["commune"].items() if k not in FICTIONAL}
            whole["commune"] = own | {
                "nom": commune.name, "code_insee": commune.code, "site": site,
                "departement": official.department(commune.department).name,
                **({"siren": commune.siren} if commune.siren else {})}
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
