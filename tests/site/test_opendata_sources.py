"""Open data for re-users who check the follow-up: a council deliberation lands in the national
schema's columns (DELIB_ID, VOTE_POUR…), any other typed source in the source_* columns, each
measure says who decides, each commitment not kept gives its reason, and the JSON carries the
home page's bilan as figures."""

from __future__ import annotations

import csv
import io
import json

import pytest

from helpers import COMMUNE, MESURES, TODAY, alpha_committed_to_screens, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.site.opendata import files

COMPETENCE = """\
    competence:
      niveau: intercommunalite
      nom: Communauté de communes du Val d'Essai
      note: La publicité relève du règlement intercommunal.
      source:
        url: https://cc-val-essai.example.org/rlpi
"""
COMMITTED = alpha_committed_to_screens("""\
      type: courrier
      date: 2026-02-20
      expediteur: Anne Alpha
      destinataire: Collectif Tenir parole
      objet: Réponse au questionnaire
""")
FOLLOWUP = """\
liste: alpha
mises_a_jour:
  - mesure: services-hors-reseau
    date: 2026-10-15
    statut: non-tenu
    raison: budget
    resume: Le conseil a refusé le crédit.
    source:
      type: deliberation
      numero: 2026-078
      date: 2026-10-15
      objet: Budget supplémentaire
      vote:
        effectif: 29
        votants: 29
        pour: 6
        contre: 21
        abstention: 2
      url: https://mairie.example.org/deliberations/2026-078.pdf
  - mesure: ecrans-publicitaires
    date: 2026-09-01
    statut: tenu-en-partie
    resume: Deux écrans retirés sur trois.
    source:
      type: budget
      document: Budget supplémentaire 2026
      chapitre: Chapitre 21
      montant: 12000
    sollicitation:
      date: 2026-10-01
      moyen: Lettre au maire
    demande_portee:
      date: 2026-09-01
      aupres_de: Communauté de communes du Val d'Essai
      source:
        type: courrier
        date: 2026-09-01
        expediteur: Le maire
        destinataire: Le président de la communauté de communes
"""
SITE = "https://villeneuve.example.org/"
SIRET = "21040242600014"  # Villeneuve's SIREN (Alpes-de-Haute-Provence), then a NIC


@pytest.fixture(scope="module")
def opened(tmp_path_factory) -> dict[str, bytes]:
    anchor = "    resume: Interdire les écrans publicitaires numériques.\n"
    root = write_pledges(tmp_path_factory.mktemp("sources") / "pledges",
                         commune_yaml=COMMUNE + f"site: {SITE}\nsiret: \"{SIRET}\"\n",
                         mesures_yaml=MESURES.replace(anchor, anchor + COMPETENCE),
                         listes__alpha_yaml=COMMITTED, suivi_yaml=FOLLOWUP)
    return files(load_dataset(root, TODAY), "Licence Ouverte 2.0")


def table(raw: bytes) -> list[dict[str, str]]:
    """Each row as {column: value}; a row longer or shorter than the header fails."""
    header, *rows = csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";")
    assert all(len(row) == len(header) for row in rows), "une ligne décalée"
    return [dict(zip(header, row, strict=True)) for row in rows]


def filled(row: dict[str, str], *prefixes: str) -> dict[str, str]:
    """The non-empty cells of ``row`` whose column starts with one of ``prefixes``."""
    return {k: v for k, v in row.items() if v and k.startswith(prefixes)}


TYPED = ("source_", "DELIB_", "VOTE_")


def test_a_deliberation_fills_the_national_schema_columns_with_its_vote(opened):
    refused = table(opened["suivi.csv"])[0]
    assert filled(refused, *TYPED) == {
        "source_type": "deliberation", "DELIB_ID": "2026-078", "DELIB_DATE": "2026-10-15",
        "DELIB_OBJET": "Budget supplémentaire", "VOTE_EFFECTIF": "29", "VOTE_REEL": "29",
        "VOTE_POUR": "6", "VOTE_CONTRE": "21", "VOTE_ABSTENTION": "2",
        "DELIB_URL": "https://mairie.example.org/deliberations/2026-078.pdf",
        "source_url": "https://mairie.example.org/deliberations/2026-078.pdf"}
    assert refused["preuve"] == "deliberation"


def test_a_deliberation_names_the_council_that_voted_it_as_the_national_schema_asks(opened):
    """COLL_NOM and COLL_SIRET, required by the SCDL « Délibérations »: the commune, and the
    mairie's SIRET from commune.yaml; empty for any other source."""
    refused, partly = table(opened["suivi.csv"])[:2]
    assert (refused["COLL_NOM"], refused["COLL_SIRET"]) == ("Villeneuve", SIRET)
    assert (partly["COLL_NOM"], partly["COLL_SIRET"]) == ("", "")
    fields = {f["name"]: f for f in json.loads(opened["datapackage.json"])["resources"][1]
              ["schema"]["fields"]}
    assert fields["COLL_SIRET"]["constraints"] == {"pattern": "[0-9]{14}"}
    assert "DELIB_MATIERE_CODE" in fields["COLL_SIRET"]["description"]


def test_a_budget_line_fills_the_source_columns_and_the_request_is_dated(opened):
    partly = table(opened["suivi.csv"])[1]
    assert filled(partly, *TYPED) == {
        "source_type": "budget", "source_document": "Budget supplémentaire 2026",
        "source_chapitre": "Chapitre 21", "source_montant": "12000"}
    assert (partly["preuve"], partly["sollicitation_date"], partly["sollicitation_moyen"],
            partly["demande_portee_date"], partly["demande_portee_aupres_de"]) == (
        "budget", "2026-10-01", "Lettre au maire", "2026-09-01",
        "Communauté de communes du Val d'Essai")


def test_a_letter_behind_a_stance_fills_the_source_columns_not_the_deliberation_ones(opened):
    by_measure = {row["mesure"]: row for row in table(opened["positions.csv"])}
    assert filled(by_measure["ecrans-publicitaires"], *TYPED) == {
        "source_type": "courrier", "source_date": "2026-02-20",
        "source_objet": "Réponse au questionnaire", "source_expediteur": "Anne Alpha",
        "source_destinataire": "Collectif Tenir parole"}
    assert filled(by_measure["services-hors-reseau"], *TYPED) == {
        "source_type": "page", "source_url": "https://alpha.example.org/programme"}


def test_each_measure_says_who_decides(opened):
    assert table(opened["mesures.csv"]) == [
        {"numero": "1", "slug": "services-hors-reseau", "titre": "Services essentiels hors réseau",
         "competence": "", "competence_nom": "", "competence_note": "",
         "competence_source_url": ""},
        {"numero": "2", "slug": "ecrans-publicitaires", "titre": "Pas d'écrans publicitaires",
         "competence": "intercommunalite",
         "competence_nom": "Communauté de communes du Val d'Essai",
         "competence_note": "La publicité relève du règlement intercommunal.",
         "competence_source_url": "https://cc-val-essai.example.org/rlpi"}]


def test_each_commitment_not_kept_gives_its_reason_even_when_none_was_given(opened):
    assert table(opened["raisons.csv"]) == [
        {"raison": "budget", "statut": "non-tenu", "mesure": "services-hors-reseau",
         "mesure_numero": "1", "mesure_titre": "Services essentiels hors réseau",
         "date": "2026-10-15"},
        {"raison": "", "statut": "tenu-en-partie", "mesure": "ecrans-publicitaires",
         "mesure_numero": "2", "mesure_titre": "Pas d'écrans publicitaires",
         "date": "2026-09-01"}]


def test_the_json_carries_the_bilan_as_figures(opened):
    assert json.loads(opened["tenir-parole.json"])["bilan"] == {
        "engagements": 2,
        "statuts": {"tenu-en-partie": 1, "non-tenu": 1},
        "raisons": {"budget": ["services-hors-reseau"], "non-precisee": ["ecrans-publicitaires"]},
        "verdicts": 2,
        "preuves": {"deliberation": 1, "budget": 1},
        "decisions_formelles": 2,
        "hors_commune": {"ecrans-publicitaires": "intercommunalite"},
        "en_attente_de_la_mairie": {"ecrans-publicitaires": {"sollicitation": "2026-10-01",
                                                             "jours": 59}},
    }


def test_the_data_package_names_the_site_it_comes_from_when_it_has_one(opened, tmp_path):
    def sources(raw: bytes) -> list[str]:
        return [source["path"] for source in json.loads(raw)["sources"]]

    manifesto = "https://desescaladenumerique.org/propositions/"
    assert sources(opened["datapackage.json"]) == [SITE, manifesto]
    assert json.loads(opened["datapackage.json"])["sources"][0]["title"] == \
        "Tenir parole — Villeneuve"
    without = files(load_dataset(write_pledges(tmp_path / "pledges"), TODAY), "Licence")
    assert sources(without["datapackage.json"]) == [manifesto]
