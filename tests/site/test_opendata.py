"""Open data as a spreadsheet user opens it: every stance and update, one row each, in columns
that keep accents, never run as formulas, and the whole dataset as JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from helpers import ALPHA, COMMUNE, SUIVI, TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.site.opendata import cell, files

LICENCE = "Licence Ouverte 2.0"
SOURCE = """\
    source:
      url: https://alpha.example.org/programme
      description: Programme papier
      archive: https://web.archive.org/alpha
    date: 2026-03-01
    sous_mesures: [plan-sauvegarde, journee-sans-electricite]
    droit_de_reponse:
      date: 2026-04-01
      texte: Nous maintenons.
"""
REPLY = """\
    reponse_mairie:
      date: 2026-07-01
      texte: "=SOMME(A1) selon la mairie"
  - mesure: services-hors-reseau
    date: 2026-09-01
    statut: non-tenu
    raison: budget
    resume: Abandonné.
    source:
      url: https://villeneuve.example.org/cr
"""

#: The first columns of positions.csv and suivi.csv, as a reuser reads them in the header
#: (the typed-source columns that follow have their own tests).
POSITIONS_HEADER = ["liste", "liste_nom", "liste_elue", "mesure", "mesure_numero",
                    "mesure_titre", "position", "provenance", "citation", "date", "source_url",
                    "source_description", "source_archive", "sous_mesures",
                    "sollicitation_date", "sollicitation_moyen", "droit_de_reponse"]
UPDATES_HEADER = ["mesure", "mesure_numero", "mesure_titre", "date", "statut", "resume",
                  "raison", "source_url", "source_description", "source_archive",
                  "reponse_mairie_date", "reponse_mairie"]


@pytest.fixture(scope="module")
def opened(tmp_path_factory) -> dict[str, bytes]:
    alpha = ALPHA.replace("""\
    source:
      url: https://alpha.example.org/programme
    date: 2026-03-01
    sous_mesures: [plan-sauvegarde]
""", SOURCE)
    root = write_pledges(tmp_path_factory.mktemp("donnees") / "pledges", listes__alpha_yaml=alpha,
                         listes__beta_yaml=ALPHA.replace("Alpha pour tous", "Bêta"),
                         suivi_yaml=SUIVI + REPLY)
    return files(load_dataset(root, TODAY), LICENCE)


def rows(raw: bytes, width: int | None = None) -> list[list[str]]:
    """The table, each row cut to its first ``width`` columns (the typed-source columns that
    follow have their own tests)."""
    assert raw.startswith("\ufeff".encode()), "sans BOM, Excel lit mal les accents"
    text = raw.decode("utf-8-sig")
    assert text.count("\n") == text.count("\r\n"), "fins de ligne CRLF"
    return [row[:width] for row in csv.reader(io.StringIO(text, newline=""), delimiter=";")]


def test_positions_csv_has_one_row_per_list_and_measure(opened):
    header, *table = rows(opened["positions.csv"], len(POSITIONS_HEADER))
    assert header == POSITIONS_HEADER
    assert table == [
        ["alpha", "Alpha pour tous", "oui", "services-hors-reseau", "1",
         "Services essentiels hors réseau", "engagement-partiel", "declaree",
         "Nous inscrirons la panne au plan.", "2026-03-01", "https://alpha.example.org/programme",
         "Programme papier", "https://web.archive.org/alpha",
         "plan-sauvegarde journee-sans-electricite", "", "", "Nous maintenons."],
        ["alpha", "Alpha pour tous", "oui", "ecrans-publicitaires", "2",
         "Pas d'écrans publicitaires", "sans-reponse", "", "", "", "", "", "", "", "2026-02-10",
         "courriel", ""],
        ["beta", "Bêta", "non", "services-hors-reseau", "1", "Services essentiels hors réseau",
         "engagement-partiel", "declaree", "Nous inscrirons la panne au plan.", "2026-03-01",
         "https://alpha.example.org/programme", "", "", "plan-sauvegarde", "", "", ""],
        ["beta", "Bêta", "non", "ecrans-publicitaires", "2", "Pas d'écrans publicitaires",
         "sans-reponse", "", "", "", "", "", "", "", "2026-02-10", "courriel", ""],
    ]


def test_suivi_csv_has_one_row_per_update_and_defuses_formulas(opened):
    header, *table = rows(opened["suivi.csv"], len(UPDATES_HEADER))
    assert header == UPDATES_HEADER
    assert table == [["services-hors-reseau", "1", "Services essentiels hors réseau",
                      "2026-09-01", "non-tenu", "Abandonné.", "budget",
                      "https://villeneuve.example.org/cr", "", "", "", ""],
                     ["services-hors-reseau", "1", "Services essentiels hors réseau",
                      "2026-06-12", "en-cours", "Le plan est en révision.", "", "",
                      "Délibération n° 2026-045", "", "2026-07-01",
                      "'=SOMME(A1) selon la mairie"]]  # newest first


@pytest.mark.parametrize("text", ["=1+1", "+33 1 23", "-2", "@SOMME(A1)", "\tx", "\rx"])
def test_text_a_spreadsheet_would_run_gets_an_apostrophe(text):
    assert cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Texte", "", "2026-03-01", "a=b", 3, None])
def test_other_values_are_left_as_they_are(value):
    assert cell(value) == value


def test_json_holds_the_whole_dataset_with_the_editors_keys(opened):
    raw = opened["tenir-parole.json"]
    whole = json.loads(raw)
    # readable, and light: one key per line, the format first
    assert raw.decode("utf-8").startswith('{\n "format": "tenir-parole/1",\n "licence": ')
    assert "Bêta" in raw.decode("utf-8")  # accents as they are, not \u escapes
    assert whole["licence"] == LICENCE and whole["date_de_reference"] == "2026-11-29"
    assert whole["commune"]["nom"] == "Villeneuve"
    assert "presentation" not in whole["commune"]  # absent fields are left out, not null
    assert [m["numero"] for m in whole["mesures"]] == [1, 2]
    assert list(whole["listes"]) == ["alpha", "beta"]
    assert whole["listes"]["alpha"]["positions"][0]["source"]["archive"] == \
        "https://web.archive.org/alpha"
    assert whole["suivi"]["liste"] == "alpha"
    assert [u["statut"] for u in whole["suivi"]["mises_a_jour"]] == ["en-cours", "non-tenu"]
    assert whole["corrections"] == []


def test_before_the_vote_there_is_no_follow_up(tmp_path):
    commune = COMMUNE.replace("phase: apres\nliste_elue: alpha\n", "phase: avant\n")
    data = load_dataset(write_pledges(tmp_path / "pledges", commune_yaml=commune,
                                      suivi_yaml=None), TODAY)
    opened = files(data, LICENCE)
    whole = json.loads(opened["tenir-parole.json"])
    assert whole["suivi"] is None and whole["bilan"] is None  # no bilan, not an empty one
    assert rows(opened["suivi.csv"], len(UPDATES_HEADER)) == [UPDATES_HEADER]
    assert {row[2] for row in rows(opened["positions.csv"])[1:]} == {"non"}
