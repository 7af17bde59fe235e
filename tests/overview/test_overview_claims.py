"""Two sites claiming one commune, and sites leaving the list: the collection report and the
build name both sites and apply one rule — the newest data, then https, then the list's
order — never the alphabetical order of the addresses."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.raw_server import RawServer, response
from helpers import TODAY, cli
from overview_data import as_bytes, example, overview, seed
from tenir_parole.overview import collect, store

NOW = dt.datetime.combine(TODAY, dt.time(8, 0), dt.UTC)


def dated(day: str) -> bytes:
    """Saint-Exemple-sur-Loire (49901) as its site published it on ``day``."""
    whole = example(0)
    whole["date_de_reference"] = day
    return as_bytes(whole)


def commune_page(output) -> str:
    return (output / "communes" / "49901.html").read_text("utf-8")


def test_the_newer_copy_wins_though_listed_second_and_both_sites_are_named(tmp_path):
    folder = tmp_path / "donnees"
    with RawServer() as server:
        server.scripts = {"ancien": lambda port: [response(body=dated("2026-11-20"))],
                          "recent": lambda port: [response(body=dated("2026-11-29"))]}
        old, new = f"{server.base}/ancien", f"{server.base}/recent"
        listing = store.write_sites(tmp_path / "communes.txt", [old, new])
        ran = cli("federation-collecte", "--list", str(listing), "--copies", str(folder))
    assert ran.returncode == 0, ran.stderr
    assert ("Conflits (1) — un même code INSEE pour plusieurs sites, une seule copie "
            f"reprise :\n  49901 (Saint-Exemple-sur-Loire) : {new} retenu, {old} laissé de "
            "côté — données plus récentes (du 29 novembre 2026 contre le 20 novembre "
            "2026)") in ran.stdout
    built = overview(folder, tmp_path / "site", [old, new])
    assert built.returncode == 0, built.stderr
    assert (f"Note : {store.file_name(old)} ({old}) laissé de côté — code INSEE 49901 aussi "
            f"revendiqué par {new}, retenu : données plus récentes (du 29 novembre 2026 contre "
            "le 20 novembre 2026)") in built.stdout
    assert "1 commune reprise" in built.stdout
    page = commune_page(tmp_path / "site")
    assert f'href="{new}/index.html"' in page and f"{old}/" not in page


@pytest.mark.parametrize(("listed", "winner", "why"), [
    # http://a… sorts before https://b…: the address's order would keep it
    (["http://a.example.org", "https://b.example.org"], "https://b.example.org",
     "données du même jour, adresse en https"),
    # z is listed first: the list's order, not the alphabet's
    (["https://z.example.org", "https://a.example.org"], "https://z.example.org",
     "données du même jour, site placé avant dans la liste"),
])
def test_on_the_same_date_https_then_the_list_order_decide_alike_at_collection_and_build(
        tmp_path, monkeypatch, listed, winner, why):
    loser = next(site for site in listed if site != winner)
    monkeypatch.setattr(collect, "fetch", lambda url, deadline, max_bytes: dated("2026-11-29"))
    folder = tmp_path / "donnees"
    outcomes = collect.collect(listed, folder, NOW)
    assert (f"  49901 (Saint-Exemple-sur-Loire) : {winner} retenu, {loser} laissé de côté — "
            f"{why}") in collect.report(outcomes, [], NOW)
    built = overview(folder, tmp_path / "site", listed)
    assert built.returncode == 0, built.stderr
    assert (f"Note : {store.file_name(loser)} ({loser}) laissé de côté — code INSEE 49901 "
            f"aussi revendiqué par {winner}, retenu : {why}") in built.stdout
    assert f'href="{winner}/index.html"' in commune_page(tmp_path / "site")


def test_a_site_removed_from_the_list_leaves_the_overview_and_its_copy_stays(tmp_path):
    folder = tmp_path / "donnees"
    seed(folder, {"https://reste.example.org": as_bytes(example(0)),
                  "https://retire.example.org": as_bytes(example(2))})
    built = overview(folder, tmp_path / "site", ["https://reste.example.org",
                                                 "https://jamais.example.org"])
    assert built.returncode == 0, built.stderr
    listing = tmp_path / "communes.txt"
    assert (f"Note : retire.example.org.json (https://retire.example.org) laissé de côté — site "
            f"retiré de {listing} (sa copie reste dans le dossier)") in built.stdout
    assert ("Note : https://jamais.example.org : aucune copie collectée (lancez make "
            "federation-collecte)") in built.stdout
    assert "1 commune reprise, dans 1 département." in built.stdout
    assert not (tmp_path / "site" / "communes" / "65901.html").exists()
    assert (folder / "retire.example.org.json").read_bytes() == as_bytes(example(2))


def test_the_build_needs_its_list_of_sites(tmp_path):
    from helpers import ROOT

    seed(tmp_path / "donnees", {"https://bon.example.org": as_bytes(example(0))})
    missing = tmp_path / "absente.txt"
    ran = cli("federation", "--copies", str(tmp_path / "donnees"), "--list", str(missing),
              "--output", str(tmp_path / "site"), "--settings", str(ROOT / "federationconf.py"))
    assert ran.returncode == 2
    assert ran.stderr == (f"{missing} : fichier introuvable (lancez la commande depuis le "
                          "dossier du projet)\n")
