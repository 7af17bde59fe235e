"""The open data page (donnees/index.html) documents each column in the words and values a
reuser types: the closed vocabularies by their slugs, in the files' order, dates as AAAA-MM-JJ
(written here literally, never taken from texts/columns.py)."""

from __future__ import annotations

import json

import pytest

from helpers import soup, words


def documented(site) -> dict[str, dict[str, str]]:
    """Each table of the page: its caption (the file), then column → meaning."""
    return {words(table.caption.text): {words(tr.th.text): words(tr.td.text)
                                        for tr in table.tbody.find_all("tr")}
            for table in soup(site, "donnees/index.html").find_all("table")}


@pytest.mark.parametrize(("file", "column", "meaning"), [
    ("positions.csv", "position", "position : engagement-total, engagement-partiel, flou, "
                                  "opposition, sans-reponse, non-sollicitee"),
    ("positions.csv", "liste_elue", "« oui » pour la liste élue"),
    ("positions.csv", "date", "date de la déclaration (AAAA-MM-JJ)"),
    ("suivi.csv", "statut", "état : non-evalue, en-cours, au-point-mort, tenu, tenu-en-partie, "
                            "non-tenu, non-verifiable"),
    ("suivi.csv", "date", "date de la vérification (AAAA-MM-JJ)"),
    ("suivi.csv", "raison", "raison d'un engagement non tenu : non-prioritaire, "
                            "changement-d-avis, pas-de-majorite, hors-competence, budget, autre"),
    ("suivi.csv", "preuve", "ce qui appuie le verdict : deliberation, arrete, budget, document, "
                            "temoignage"),
    ("sources (positions.csv et suivi.csv)", "source_type",
     "type de source : page, document, deliberation, arrete, budget, reunion, courrier"),
    ("mesures.csv", "competence", "qui décide : commune, intercommunalite, departement, region, "
                                  "etat, partagee (vide : non précisé)"),
])
def test_the_data_page_says_what_each_column_holds(example_site, file, column, meaning):
    assert documented(example_site)[file][column] == meaning


def test_the_data_package_describes_a_column_with_the_same_words(example_site):
    package = json.loads((example_site / "donnees" / "datapackage.json").read_text("utf-8"))
    fields = {(r["path"], f["name"]): f["description"]
              for r in package["resources"] for f in r["schema"]["fields"]}
    assert fields[("suivi.csv", "statut")] == (
        "état : non-evalue, en-cours, au-point-mort, tenu, tenu-en-partie, non-tenu, "
        "non-verifiable")
