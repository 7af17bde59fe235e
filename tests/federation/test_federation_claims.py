"""Two sites claiming one commune, and sites leaving the list: the build names both sites and
applies one rule — the newest data, then https, then the list's order — never the
alphabetical order of the addresses."""

from __future__ import annotations

import pytest

from federation import store
from federation_data import as_bytes, example, overview, seed
from helpers import cli


def dated(day: str) -> bytes:
    """Saint-Exemple-sur-Loire (49901) as its site published it on ``day``."""
    whole = example(0)
    whole["date_de_reference"] = day
    return as_bytes(whole)


def commune_page(output) -> str:
    return (output / "communes" / "49901.html").read_text("utf-8")


@pytest.mark.parametrize(("listed", "days", "winner", "why"), [
    # the newer copy, though listed second
    (["https://ancien.example.org", "https://recent.example.org"],
     ["2026-11-20", "2026-11-29"], "https://recent.example.org",
     "données plus récentes (du 29 novembre 2026 contre le 20 novembre 2026)"),
    # http://a… sorts before https://b…: the address's order would keep it
    (["http://a.example.org", "https://b.example.org"], ["2026-11-29"] * 2,
     "https://b.example.org", "données du même jour, adresse en https"),
    # z is listed first: the list's order, not the alphabet's
    (["https://z.example.org", "https://a.example.org"], ["2026-11-29"] * 2,
     "https://z.example.org", "données du même jour, site placé avant dans la liste"),
])
def test_two_sites_claiming_one_commune_one_rule_decides_and_the_note_names_both(
        tmp_path, listed, days, winner, why):
    loser = next(site for site in listed if site != winner)
    folder = tmp_path / "donnees"
    seed(folder, {site: dated(day) for site, day in zip(listed, days, strict=True)})
    built = overview(folder, tmp_path / "site", listed)
    assert built.returncode == 0, built.stderr
    assert (f"Note : {store.file_name(loser)} ({loser}) laissé de côté — code INSEE 49901 "
            f"aussi revendiqué par {winner}, retenu : {why}") in built.stdout
    assert "1 commune(s) reprise(s)" in built.stdout
    page = commune_page(tmp_path / "site")
    assert f'href="{winner}/index.html"' in page and f"{loser}/" not in page


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
    assert "1 commune(s) reprise(s), dans 1 département(s)." in built.stdout
    assert not (tmp_path / "site" / "communes" / "65901.html").exists()
    assert (folder / "retire.example.org.json").read_bytes() == as_bytes(example(2))


def test_the_build_needs_its_list_of_sites(tmp_path):
    from helpers import ROOT

    seed(tmp_path / "donnees", {"https://bon.example.org": as_bytes(example(0))})
    missing = tmp_path / "absente.txt"
    ran = cli("federation", "--donnees", str(tmp_path / "donnees"), "--liste", str(missing),
              "--output", str(tmp_path / "site"), "--settings", str(ROOT / "federationconf.py"))
    assert ran.returncode == 2
    assert ran.stderr == (f"{missing} : fichier introuvable (lancez la commande depuis le "
                          "dossier du projet)\n")
