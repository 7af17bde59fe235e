"""Exports for the federation's tests: the examples, a hostile one, extreme ones."""

from __future__ import annotations

import copy
import json

from tenir_parole.commands.generated import COLLECTED, exports
from tenir_parole.overview import store

#: Text fields of an export (keys whose value is free text): the hostile export fills each.
TEXT_KEYS = {"nom", "tete_de_liste", "citation", "resume", "titre", "texte", "description",
             "presentation", "contact", "moyen", "modification", "motif", "page", "licence",
             "adresse", "directeur_publication", "telephone"}
HOSTILE = ("<script>alert(1)</script><img src=x onerror=alert(2)> "
           "[clic](javascript:alert(3)) <a href=\"javascript:alert(4)\">lien</a>")


def example(n: int = 0) -> dict:
    return json.loads(list(exports().values())[n])


def hostile(whole: dict) -> dict:
    """Markup and script addresses appended to every text field (still a valid export)."""
    whole = copy.deepcopy(whole)

    def walk(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key in TEXT_KEYS and isinstance(inner, str):
                    value[key] = inner + " " + HOSTILE
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(whole)
    return whole


def as_bytes(whole: dict) -> bytes:
    return json.dumps(whole, ensure_ascii=False, indent=1).encode("utf-8")


def seed(folder, copies: dict[str, bytes], when=COLLECTED) -> None:
    """federation/donnees/ as a collect would have left it, with these copies."""
    store.write_manifest(folder, {**store.read_manifest(folder),
                                  **{site: store.save(folder, site, payload, when)
                                     for site, payload in copies.items()}})


def overview(folder, output, sites: list[str] | None = None):
    """`make federation` on ``folder`` (in this process), with ``sites`` listed in
    communes.txt, else every site of its collecte.json."""
    from helpers import ROOT, cli

    return cli("federation", "--copies", str(folder), "--list", str(listing(folder, sites)),
               "--output", str(output), "--settings", str(ROOT / "federationconf.py"))


def listing(folder, sites: list[str] | None = None):
    """communes.txt beside ``folder``: ``sites``, else every site of its collecte.json (none
    when it cannot be read)."""
    if sites is None:
        try:
            sites = list(store.read_manifest(folder))
        except store.StoreError:
            sites = []
    return store.write_sites(folder.parent / "communes.txt", sites)
