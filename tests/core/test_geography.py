"""The official geography the repository ships (geographie/cog-2026.tsv): what it says of real
communes, as the INSEE and the DGCL have them, and how it is read — one line for one commune,
the whole tables only when asked."""

from __future__ import annotations

import pytest

from helpers import ROOT
from tenir_parole.core import geography


@pytest.fixture(scope="module")
def cog() -> geography.Geography:
    return geography.load()


def test_the_file_names_its_source_version_and_both_licences_beside_it(cog):
    assert cog.path == ROOT / "geographie" / "cog-2026.tsv"
    assert cog.vintage == 2026
    assert cog.source.startswith("paquet npm @etalab/decoupage-administratif 6.0.0 (sha512-")
    readme = (ROOT / "geographie" / "README.md").read_text(encoding="utf-8")
    for words in ("**version 6.0.0**", "Licence Ouverte 2.0 (Etalab)", "licence MIT",
                  "Copyright (c) 2018-2019 Etalab", "make geographie VERSION=x.y.z"):
        assert words in readme


def test_a_commune_its_siren_and_its_intercommunalite(cog):
    commune = cog.commune("42246")
    assert (commune.name, commune.department, commune.region, commune.siren,
            commune.population) == ("Saint-Julien-Molin-Molette", "42", "84", "214202467", 1140)
    assert cog.department("42").name == "Loire"
    assert cog.region("84").name == "Auvergne-Rhône-Alpes"
    epci = cog.intercommunality("42246")
    assert (epci.siren, epci.short_name, epci.name) == (
        "244200622", "CC des Monts du Pilat", "Communauté de communes des Monts du Pilat")
    assert cog.commune("42265").name == "Saint-Michel-sur-Rhône"
    assert cog.intercommunality("42265").name == "Communauté de communes du Pilat Rhodanien"


def test_names_in_full_and_communes_without_an_intercommunalite(cog):
    assert cog.intercommunality("69123").name == "Métropole de Lyon"
    assert cog.intercommunality("14118").name == "Communauté urbaine Caen la Mer"
    assert cog.intercommunality("29155") is None  # Ouessant, an island in no EPCI
    miquelon = cog.commune("97501")  # a collectivité d'outre-mer: no SIREN, no EPCI
    assert (miquelon.name, miquelon.siren, miquelon.epci) == ("Miquelon-Langlade", None, None)


def test_what_a_code_that_is_no_commune_today_is(cog):
    delegated = cog.resolve("01340")
    assert (delegated.how, delegated.part.name, delegated.commune.name) == (
        "COMD", "Saint-Bois", "Arboys en Bugey")
    # A commune nouvelle's chef-lieu keeps its code as a delegated commune: the commune wins.
    assert cog.resolve("01015").how == "commune"
    assert cog.resolve("01120").how == "COMA"
    assert (cog.resolve("75101").how, cog.resolve("75101").commune.name) == ("ARM", "Paris")
    former = cog.resolve("01018")
    assert (former.how, former.commune.name) == ("ancien", "Valserhône")
    assert cog.resolve("99999") == geography.Found("99999", "inconnu")
    assert cog.commune("42\t46") is None and cog.commune("") is None


def test_the_whole_country(cog):
    assert len(cog.communes) == 34_969
    assert cog.totals[""] == (34_969, 68_952_941)
    assert cog.totals["D42"][0] == 320
    assert len(cog.departments) == 109 and len(cog.regions) == 26
    assert len(cog.named("Sainte-Colombe")) == 12
    assert {c.department for c in cog.named("sainte colombe")} >= {"05", "69", "89"}


def test_names_an_editor_may_mistype_are_found(cog):
    assert cog.suggest("Saint-Julien-Molin-Molete")[0].code == "42246"
    assert [c.code for c in cog.suggest("Sainte Colombe", "69")][:1] == ["69189"]
    assert cog.named("L'Hay les Roses")[0].code == "94038"
    assert cog.named("Oeting")[0].name == "Œting"
    assert cog.named("Arbignieu")[0].name == "Arboys en Bugey"  # a delegated commune's name
    assert cog.department_named("cotes d'armor").code == "22"
    assert cog.department_named("2a").name == "Corse-du-Sud"


def test_one_look_up_reads_one_line_not_the_tables():
    """make check and a measure page look one commune up: the tables are not built."""
    cog = geography.Geography(geography.path())
    assert cog.commune("42246").name == "Saint-Julien-Molin-Molette"
    assert cog.resolve("01018").how == "ancien"
    assert "_tables" not in vars(cog)
    assert cog.communes["42246"] == cog.commune("42246")
    assert "_tables" in vars(cog)


def test_a_missing_file_is_said_in_french(tmp_path):
    with pytest.raises(geography.Missing, match="cog-AAAA.tsv introuvable : la géographie "
                       "officielle manque"):
        geography.path(tmp_path)


def test_departements_in_their_usual_order():
    codes = ["2B", "971", "19", "2A", "21", "95", "01"]
    assert sorted(codes, key=geography.department_order) == [
        "01", "19", "2A", "2B", "21", "95", "971"]


def test_the_federations_thousands_of_look_ups_build_the_tables_once():
    """A scan per look-up would make the federation quadratic in its communes."""
    cog = geography.Geography(geography.path())
    codes = list(cog.communes)[:3000]
    cog = geography.Geography(geography.path())
    names = [cog.commune(code).name for code in codes]
    assert "_tables" in vars(cog)
    assert names[0] == cog.communes[codes[0]].name and len(set(codes)) == 3000


def test_a_name_within_a_departement_and_a_population_the_source_does_not_give(cog):
    """Twelve Sainte-Colombe in France, one in the Rhône; the TAAF have no population (not 0)."""
    assert [c.code for c in cog.named("Sainte-Colombe", "69")] == ["69189"]
    assert cog.commune("98412").population is None


def test_the_latest_vintage_of_a_folder_is_read(tmp_path):
    for year in (2026, 2024, 2025):
        (tmp_path / f"cog-{year}.tsv").write_text("# Source : essai\n", encoding="utf-8")
    assert geography.path(tmp_path).name == "cog-2026.tsv"


def test_a_copy_beside_the_file_is_not_taken_for_it(tmp_path):
    for name in ("cog-2026.tsv", "cog-2026_ancien.tsv", "cog-derniere.tsv"):
        (tmp_path / name).write_text("# Source : essai\n", encoding="utf-8")
    assert geography.path(tmp_path).name == "cog-2026.tsv"


def test_a_commune_named_twice_in_the_geography_is_one_commune(cog):
    """Bazeilles is a commune and the name of its own delegated commune: one answer."""
    assert [c.code for c in cog.named("Bazeilles")] == ["08053"]


def test_at_most_five_suggestions(cog):
    found = cog.suggest("Sainte-Colombes")
    assert [c.code for c in found] == ["05135", "17319", "25515", "33390", "35262"]


def test_the_last_line_of_the_file_is_read_whole(tmp_path):
    """A file saved without a final line break: its last record keeps its last character."""
    tsv = tmp_path / "cog-2026.tsv"
    tsv.write_text("D\t973\t03\tGuyane\nC\t97310\t973\t03\t219733106\t2500\t\tRoura\n"
                   "X\t97359\t97310", encoding="utf-8")
    found = geography.Geography(tsv).resolve("97359")
    assert (found.how, found.commune.name) == ("ancien", "Roura")


@pytest.mark.parametrize("code", ["42246\t42", "42246\t", "42246\n"])
def test_a_code_holding_a_tab_or_a_line_break_is_no_commune(code):
    fresh = geography.Geography(geography.path())  # looked up in the text, not the tables
    assert fresh.commune(code) is None
    assert fresh.commune("42246").name == "Saint-Julien-Molin-Molette"
