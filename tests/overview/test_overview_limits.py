"""What a volunteer gets without options, and where the overview draws its lines: the
collection's limits by default, the size at which a département's list is split, the order of
the conflicts the collection reports, an example commune's population left empty."""

from __future__ import annotations

import csv
import datetime as dt

from helpers import TODAY, cli
from overview_data import as_bytes, example
from tenir_parole.overview import collect
from tenir_parole.overview.model import Commune, Department
from tenir_parole.overview.pages import parts

NOW = dt.datetime.combine(TODAY, dt.time(8, 0), dt.UTC)


def test_the_collection_allows_by_default_20_s_a_site_5_mib_a_file_and_15_min_in_all(
        tmp_path, monkeypatch):
    """`make federation-collecte` without options: 20 seconds for one site, 5 Mio
    (5 242 880 octets) for one export, 900 seconds for the whole run."""
    import tenir_parole.commands.overview as command

    seen = {}

    def fetch_all(list_file, folder, timeout, max_bytes, total):
        seen.update(timeout=timeout, max_bytes=max_bytes, total=total)
        return 0

    monkeypatch.setattr(command, "fetch_all", fetch_all)
    listing = tmp_path / "communes.txt"
    listing.write_text("https://a.example.org\n", encoding="utf-8")
    assert cli("federation-collecte", "--list", str(listing)).returncode == 0
    assert seen == {"timeout": 20.0, "max_bytes": 5_242_880, "total": 900.0}


def commune(n: int) -> Commune:
    return Commune(f"62{n:03d}", f"Commune {n:03d}", "62", "32", 100, False,
                   f"https://c{n}.example.org", f"c{n}.json", "apres", TODAY, None, TODAY,
                   None, (), ())


def department(n: int) -> Department:
    return Department("62", "Pas-de-Calais", tuple(commune(i) for i in range(1, n + 1)), "32")


def test_a_departement_of_100_communes_keeps_them_on_its_own_page():
    assert parts(department(100)) == ()


def test_the_101st_commune_splits_the_departement_into_pages_of_100():
    split = parts(department(101))
    assert [p.save_as for p in split] == ["departements/62-1.html", "departements/62-2.html"]
    assert [len(p.communes) for p in split] == [100, 1]
    assert [(p.first, p.last) for p in split] == [("Commune 001", "Commune 100"),
                                                  ("Commune 101", "Commune 101")]


def test_the_conflicts_are_reported_in_the_order_of_the_list(monkeypatch, tmp_path):
    """Each copy left out is named where its site stands in communes.txt, whichever commune
    it claims first."""
    def dated(n: int, day: str) -> bytes:
        whole = example(n)
        whole["date_de_reference"] = day
        return as_bytes(whole)

    sites = {"https://a.example.org": dated(0, "2026-11-29"),  # 49901, kept
             "https://b.example.org": dated(1, "2026-11-29"),  # 49902, kept
             "https://c.example.org": dated(1, "2026-11-20"),  # 49902, left out
             "https://d.example.org": dated(0, "2026-11-20")}  # 49901, left out
    monkeypatch.setattr(collect, "fetch", lambda url, deadline, max_bytes:
                        sites[url.removesuffix("/donnees/tenir-parole.json")])
    lines = collect.report(collect.collect(list(sites), tmp_path / "donnees", NOW), [], NOW)
    newer = "données plus récentes (du 29 novembre 2026 contre le 20 novembre 2026)"
    assert [line for line in lines if "laissé de côté" in line] == [
        "  49902 (Bourg-Exemple-en-Anjou) : https://b.example.org retenu, "
        f"https://c.example.org laissé de côté — {newer}",
        "  49901 (Saint-Exemple-sur-Loire) : https://a.example.org retenu, "
        f"https://d.example.org laissé de côté — {newer}"]


def test_an_example_commune_has_no_population_in_communes_csv(federation_site):
    """The example communes are fictional: their population cell is empty, never 0."""
    with (federation_site / "donnees" / "communes.csv").open(encoding="utf-8-sig",
                                                               newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert {r["code_insee"]: r["population"] for r in rows} == {
        "49901": "", "49902": "", "65901": "", "15901": ""}

