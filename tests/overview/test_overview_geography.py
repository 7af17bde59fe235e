"""The federation on the official geography: a commune's name, département and région are
those of its INSEE code; an export naming another commune is reported; a code that is no
commune is left out with what it is; coverage is said out of the 34,969 communes and their
population, nationally, per région (a page each) and per département."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from bs4 import BeautifulSoup

from overview_data import as_bytes, example, overview, seed


def real(insee: str, name: str, site: str) -> tuple[str, bytes]:
    """The example commune's data, published by a real commune's site."""
    whole = example(0)
    commune = {k: v for k, v in whole["commune"].items()
               if k not in ("exemple", "intercommunalite", "region")}
    whole["commune"] = commune | {"nom": name, "code_insee": insee, "site": site}
    return site, as_bytes(whole)


def words(path) -> str:
    return " ".join(BeautifulSoup(path.read_text("utf-8"), "html.parser").main
                    .get_text(" ").split())


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return built_from(tmp_path_factory.mktemp("geo"), [
        real("42246", "Saint-Julien-Molin-Molette", "https://pilat.example.org"),
        real("42265", "Saint-Julien-Molin-Molette", "https://erreur.example.org"),
        real("42999", "Nulle-Part", "https://nulle-part.example.org"),
        real("01340", "Saint-Bois", "https://saint-bois.example.org")])


def built_from(work, copies) -> tuple:
    """`make federation` over these collected copies: the site's folder and what it said."""
    folder = work / "donnees"
    seed(folder, dict(copies))
    output = work / "site"
    ran = overview(folder, output)
    assert ran.returncode == 0, ran.stderr
    return output, ran.stdout


def test_a_name_that_is_not_the_codes_is_reported_and_the_official_one_shown(built):
    output, said = built
    assert ("(https://erreur.example.org) nomme « Saint-Julien-Molin-Molette » la commune "
            "42265, qui est Saint-Michel-sur-Rhône selon le Code officiel géographique 2026 : "
            "le nom officiel est affiché") in said
    page = BeautifulSoup((output / "communes" / "42265.html").read_text("utf-8"), "html.parser")
    assert page.h1.get_text() == "Saint-Michel-sur-Rhône (42265)"


def test_a_code_that_is_no_commune_is_left_out_with_what_it_is(built):
    output, said = built
    assert ("(https://nulle-part.example.org) laissé de côté — code INSEE 42999 : aucune "
            "commune ne porte ce code dans le Code officiel géographique 2026") in said
    assert ("(https://saint-bois.example.org) laissé de côté — code INSEE 01340 : Saint-Bois "
            "est une commune déléguée d'Arboys en Bugey (01015, Ain)") in said
    assert "2 communes reprises, dans 1 département." in said
    assert not (output / "communes" / "42999.html").exists()


def test_a_commune_page_names_its_departement_and_region_from_the_geography(built):
    output, _ = built
    assert ("Département : Loire (42) , région Auvergne-Rhône-Alpes ."
            in words(output / "communes" / "42246.html"))


def test_coverage_out_of_the_whole_country_each_region_and_departement(built):
    output, _ = built
    assert ("2 communes suivies sur 34 969, moins de 0,1 % de la population. Régions : 1 ; "
            "départements : 1") in words(output / "index.html")
    region = words(output / "regions" / "84.html")
    assert region.startswith("Auvergne-Rhône-Alpes 2 communes suivies sur 4 025, "
                             "moins de 0,1 % de la population de la région.")
    assert "Loire (42)" in region
    department = words(output / "departements" / "42.html")
    # 1,140 and 888 inhabitants of the Loire's 774,133 (populations légales 2023)
    assert ("Région : Auvergne-Rhône-Alpes . 2 communes suivies sur 320, 0,3 % de la "
            "population du département.") in department


def test_the_example_communes_are_said_fictional(federation_site):
    page = words(federation_site / "communes" / "49901.html")
    assert "Commune d'exemple, fictive : ses données ne parlent d'aucune commune réelle." in page
    assert ("0 commune suivie sur 34 969, 0 % de la population (et 4 communes d'exemple, "
            "fictives).") in words(federation_site / "index.html")


@pytest.fixture(scope="module")
def anjou(tmp_path_factory):
    """Three communes of Maine-et-Loire, collected in the order a raw sort would not give;
    Saumur's data of 20 November (its last update of 10 November), collected on the 27th."""
    folder = tmp_path_factory.mktemp("anjou") / "donnees"
    seed(folder, dict([
        real("49129", "Écouflant", "https://ecouflant.example.org"),
        real("49007", "Angers", "https://angers.example.org"),
    ]))
    site, payload = real("49328", "Saumur", "https://saumur.example.org")
    whole = json.loads(payload)
    whole["date_de_reference"] = "2026-11-20"  # its data of the 20th, collected on the 27th
    seed(folder, {site: as_bytes(whole)}, dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC))
    output = folder.parent / "site"
    ran = overview(folder, output)
    assert ran.returncode == 0, ran.stderr
    return output


def test_a_departement_lists_its_communes_in_french_order_accents_aside(anjou):
    """« Écouflant » between « Angers » and « Saumur », as in a French index (a raw sort of
    the names would put it after « Saumur »)."""
    page = words(anjou / "departements" / "49.html")
    assert "Maine-et-Loire" in page
    positions = [page.index(name) for name in ("Angers", "Écouflant", "Saumur")]
    assert positions == sorted(positions), page
    rows = BeautifulSoup((anjou / "departements" / "49.html").read_text("utf-8"),
                         "html.parser").main.find_all("a", href=lambda h: h and "communes/" in h)
    assert [a.get_text(" ", strip=True) for a in rows][:3] == ["Angers", "Écouflant", "Saumur"]


def test_communes_csv_holds_each_date_in_its_own_column(anjou):
    """Data of the 20th, collected on the 27th, last followed up on the 10th: three dates,
    three columns, none swapped."""
    text = (anjou / "donnees" / "communes.csv").read_text("utf-8-sig")
    rows = {row["code_insee"]: row for row in csv.DictReader(text.splitlines(), delimiter=";")}
    saumur = rows["49328"]
    assert (saumur["commune"], saumur["date_donnees"], saumur["date_collecte"],
            saumur["date_derniere_mise_a_jour"]) == ("Saumur", "2026-11-20", "2026-11-27",
                                                     "2026-11-10")
    assert "2026-11-20;2026-11-27;2026-11-10;" in next(
        line for line in text.splitlines() if line.startswith("49328;"))


@pytest.fixture(scope="module")
def three_regions(tmp_path_factory):
    """Four communes in three régions: Cantal and Loire in Auvergne-Rhône-Alpes (84),
    Maine-et-Loire in Pays de la Loire (52), Hautes-Pyrénées in Occitanie (76); Aurillac's
    site names it « Vic-sur-Cère », a name after its own in alphabetical order."""
    return built_from(tmp_path_factory.mktemp("regions"), [
        real("15014", "Vic-sur-Cère", "https://aurillac.example.org"),
        real("42218", "Saint-Étienne", "https://saint-etienne.example.org"),
        real("49007", "Angers", "https://angers.example.org"),
        real("65440", "Tarbes", "https://tarbes.example.org")])


def test_each_region_page_lists_its_own_departements_and_no_other(three_regions):
    output, _ = three_regions

    def departements(region: str) -> list[str]:
        page = BeautifulSoup((output / "regions" / f"{region}.html").read_text("utf-8"),
                             "html.parser")
        return [a.get_text(" ", strip=True) for a in
                page.main.find_all("a", href=lambda h: h and "departements/" in h)]

    assert departements("52") == ["Maine-et-Loire (49)"]
    assert departements("76") == ["Hautes-Pyrénées (65)"]
    assert departements("84") == ["Cantal (15)", "Loire (42)"]


def test_a_wrong_name_is_reported_whichever_comes_first_alphabetically(three_regions):
    """« Vic-sur-Cère » for Aurillac is reported as « Saint-Julien-Molin-Molette » for
    Saint-Michel-sur-Rhône is, though it sorts after the official name."""
    output, said = three_regions
    assert ("Note : aurillac.example.org.json (https://aurillac.example.org) nomme "
            "« Vic-sur-Cère » la commune 15014, qui est Aurillac selon le Code officiel "
            "géographique 2026 : le nom officiel est affiché") in said.splitlines()
    page = BeautifulSoup((output / "communes" / "15014.html").read_text("utf-8"), "html.parser")
    assert page.h1.get_text() == "Aurillac (15014)"
    assert "Saint-Étienne" not in " ".join(line for line in said.splitlines()
                                            if line.startswith("Note"))


def test_a_commune_is_dated_by_its_data_and_its_collection_each_in_its_place(anjou):
    """Saumur's data of the 20th, collected on the 27th: its page says both, in order, and
    its département's table dates it by its data."""
    assert ("Données publiées par son site le 20 novembre 2026, collectées le 27 novembre "
            "2026.") in words(anjou / "communes" / "49328.html")
    page = BeautifulSoup((anjou / "departements" / "49.html").read_text("utf-8"), "html.parser")
    saumur = page.find("a", string="Saumur").find_parent("tr")
    assert saumur.find_all("td")[-1]["data-label"] == "Données du"
    assert saumur.find_all("td")[-1].get_text() == "20 novembre 2026"
