"""The federation's open data as a re-user downloads it: communes.csv and engagements.csv
cell by cell, federation.json byte for byte, and each commune's export beside them, linked or
copied, in a folder written afresh or again."""

from __future__ import annotations

import datetime as dt
import errno
import os
from types import SimpleNamespace

import pytest

from tenir_parole.overview import opendata
from tenir_parole.overview.model import Commitment, Commune, Federation

ANGERS = Commune(
    "49007", "Angers", "49", "52", 155850, False, "https://angers.example.org",
    "angers.example.org.json", "apres", dt.date(2026, 11, 20), dt.date(2026, 11, 10),
    dt.date(2026, 11, 27), "Angers à vélo", (), (
        Commitment("pistes-cyclables", 1, "Pistes cyclables protégées", "engagement-total",
                   "tenu", dt.date(2026, 11, 10), None),
        Commitment("cantine-bio", 2, "Cantine bio", "engagement-partiel", "non-tenu",
                   dt.date(2026, 10, 1), "budget"),
        Commitment("maison-sante", 3, "Maison de santé", "opposition", None, None, None)))
#: A fictional commune before the election: no population, no elected team, no measure.
EXEMPLE = Commune(
    "49901", "Saint-Exemple-sur-Loire", "49", "52", None, True,
    "https://tenir-parole.example.org", "tenir-parole.example.org.json", "avant",
    dt.date(2026, 11, 29), None, dt.date(2026, 11, 29), None, (), ())
MEASURES = (SimpleNamespace(slug="pistes-cyclables", number=1, title="Pistes cyclables"),
            SimpleNamespace(slug="cantine-bio", number=2, title="Cantine bio"),
            SimpleNamespace(slug="maison-sante", number=3, title="Maison de santé"))
FEDERATION = Federation((ANGERS, EXEMPLE), (), MEASURES, dt.date(2026, 11, 29))


def csv_lines(payload: bytes) -> list[str]:
    """The file's lines: UTF-8 with a byte-order mark, lines ended by CR LF."""
    assert payload.startswith("\ufeff".encode())
    text = payload.decode("utf-8")[1:]
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    return text.split("\r\n")[:-1]


LICENCE = "Licence Ouverte 2.0"


@pytest.fixture
def donnees(tmp_path):
    """federation/donnees/ with each commune's copy."""
    folder = tmp_path / "federation-donnees"
    folder.mkdir()
    (folder / ANGERS.file).write_bytes(b'{"format": "tenir-parole/1", "commune": "Angers"}\n')
    (folder / EXEMPLE.file).write_bytes(b'{"format": "tenir-parole/1", "commune": "Saint"}\n')
    return folder


@pytest.fixture
def written(tmp_path, donnees):
    """The open data written into output/donnees/, output/ not yet there."""
    folder = tmp_path / "output" / "donnees"
    opendata.write(folder, FEDERATION, donnees, LICENCE)
    return folder


def test_communes_csv_has_one_row_per_commune_an_empty_population_for_an_example_and_0_counts(
        written):
    assert csv_lines((written / "communes.csv").read_bytes()) == [
        "code_insee;commune;departement_code;departement;region_code;region;population;site;"
        "phase;equipe_elue;date_donnees;date_collecte;date_derniere_mise_a_jour;"
        "engagements_nombre;non_evalue_nombre;en_cours_nombre;au_point_mort_nombre;"
        "tenu_nombre;tenu_en_partie_nombre;non_tenu_nombre;non_verifiable_nombre",
        "49007;Angers;49;Maine-et-Loire;52;Pays de la Loire;155850;https://angers.example.org;"
        "apres;Angers à vélo;2026-11-20;2026-11-27;2026-11-10;2;0;0;0;1;0;1;0",
        "49901;Saint-Exemple-sur-Loire;49;Maine-et-Loire;52;Pays de la Loire;;"
        "https://tenir-parole.example.org;avant;;2026-11-29;2026-11-29;;0;0;0;0;0;0;0;0"]


def test_engagements_csv_has_every_measure_of_each_elected_team_its_status_and_reason(written):
    """A measure the team did not commit to has an empty status, date and reason; a commune
    before the election has no row."""
    assert csv_lines((written / "engagements.csv").read_bytes()) == [
        "code_insee;commune;departement_code;mesure;mesure_numero;mesure_titre;position;statut;"
        "date;raison",
        "49007;Angers;49;pistes-cyclables;1;Pistes cyclables protégées;engagement-total;tenu;"
        "2026-11-10;",
        "49007;Angers;49;cantine-bio;2;Cantine bio;engagement-partiel;non-tenu;2026-10-01;budget",
        "49007;Angers;49;maison-sante;3;Maison de santé;opposition;;;"]


FEDERATION_JSON = """\
{
 "format": "tenir-parole-federation/1",
 "licence": "Licence Ouverte 2.0",
 "date_de_reference": "2026-11-29",
 "mesures": [
  {
   "slug": "pistes-cyclables",
   "numero": 1,
   "titre": "Pistes cyclables",
   "communes_apres_election": 1,
   "equipes_engagees": 1,
   "etats": {
    "tenu": 1
   }
  },
  {
   "slug": "cantine-bio",
   "numero": 2,
   "titre": "Cantine bio",
   "communes_apres_election": 1,
   "equipes_engagees": 1,
   "etats": {
    "non-tenu": 1
   }
  },
  {
   "slug": "maison-sante",
   "numero": 3,
   "titre": "Maison de santé",
   "communes_apres_election": 1,
   "equipes_engagees": 0,
   "etats": {}
  }
 ],
 "communes": [
  {
   "code_insee": "49007",
   "commune": "Angers",
   "departement_code": "49",
   "departement": "Maine-et-Loire",
   "region_code": "52",
   "region": "Pays de la Loire",
   "population": 155850,
   "site": "https://angers.example.org",
   "phase": "apres",
   "equipe_elue": "Angers à vélo",
   "date_donnees": "2026-11-20",
   "date_collecte": "2026-11-27",
   "date_derniere_mise_a_jour": "2026-11-10",
   "engagements_nombre": 2,
   "non_evalue_nombre": 0,
   "en_cours_nombre": 0,
   "au_point_mort_nombre": 0,
   "tenu_nombre": 1,
   "tenu_en_partie_nombre": 0,
   "non_tenu_nombre": 1,
   "non_verifiable_nombre": 0,
   "donnees": "communes/49007.json"
  },
  {
   "code_insee": "49901",
   "commune": "Saint-Exemple-sur-Loire",
   "departement_code": "49",
   "departement": "Maine-et-Loire",
   "region_code": "52",
   "region": "Pays de la Loire",
   "population": "",
   "site": "https://tenir-parole.example.org",
   "phase": "avant",
   "equipe_elue": "",
   "date_donnees": "2026-11-29",
   "date_collecte": "2026-11-29",
   "date_derniere_mise_a_jour": "",
   "engagements_nombre": 0,
   "non_evalue_nombre": 0,
   "en_cours_nombre": 0,
   "au_point_mort_nombre": 0,
   "tenu_nombre": 0,
   "tenu_en_partie_nombre": 0,
   "non_tenu_nombre": 0,
   "non_verifiable_nombre": 0,
   "donnees": "communes/49901.json"
  }
 ]
}
"""


def test_federation_json_is_utf8_indented_by_one_with_each_commune_as_in_communes_csv(written):
    """Accents as UTF-8 (never \\u escapes), one space of indent, an unknown population and
    no elected team as empty strings, like the CSV's empty cells."""
    assert (written / "federation.json").read_bytes() == FEDERATION_JSON.encode("utf-8")


def test_the_open_data_folder_is_made_with_its_parents_and_links_each_commune_export(
        written, donnees):
    """Five files and communes/<code INSEE>.json for each commune: a hard link to the copy
    collected (one file system), so 35,000 exports cost no space twice."""
    assert sorted(p.name for p in written.iterdir()) == [
        "communes", "communes.csv", "datapackage.json", "engagements.csv", "federation.json",
        "tenir-parole.schema.json"]
    assert sorted(p.name for p in (written / "communes").iterdir()) == [
        "49007.json", "49901.json"]
    assert (written / "communes" / "49007.json").read_bytes() == \
        b'{"format": "tenir-parole/1", "commune": "Angers"}\n'
    assert (written / "communes" / "49007.json").samefile(donnees / ANGERS.file)


def test_writing_again_over_an_earlier_output_publishes_each_commune_latest_copy(
        written, donnees):
    """Collecting replaces a copy by renaming a new file over it, so the earlier link still
    shows the old copy: writing again links the new one, and the unchanged one again."""
    newer = donnees / "newer.json"
    newer.write_bytes(b'{"format": "tenir-parole/1", "commune": "Angers, 2e collecte"}\n')
    os.replace(newer, donnees / ANGERS.file)
    opendata.write(written, FEDERATION, donnees, LICENCE)
    assert (written / "communes" / "49007.json").read_bytes() == \
        b'{"format": "tenir-parole/1", "commune": "Angers, 2e collecte"}\n'
    assert (written / "communes" / "49007.json").samefile(donnees / ANGERS.file)
    assert (written / "communes" / "49901.json").samefile(donnees / EXEMPLE.file)


def test_an_export_is_copied_when_the_output_is_on_another_file_system(
        tmp_path, donnees, monkeypatch):
    def cross_device(source, target):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(opendata.os, "link", cross_device)
    folder = tmp_path / "output" / "donnees"
    opendata.write(folder, FEDERATION, donnees, LICENCE)
    copy = folder / "communes" / "49901.json"
    assert copy.read_bytes() == b'{"format": "tenir-parole/1", "commune": "Saint"}\n'
    assert not copy.samefile(donnees / EXEMPLE.file)
