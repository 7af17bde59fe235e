"""The words a resident reads for each reason, proof, source, level of power, provenance and
phase, written here literally (never taken from texts/labels.py, so a swap there shows), on
the pages of a copy of the example whose follow-up (FOLLOWUP, below) and measures give every
value of those vocabularies once at least."""

from __future__ import annotations

import copy
import datetime as dt
import shutil

import pytest
import yaml

from helpers import EXAMPLE, built, rewrite, soup, words

#: The elected list's follow-up, replacing the example's: ten commitments, each current verdict
#: backed by a different kind of source, two of each proof; six not kept, one for each reason.
FOLLOWUP = """\
liste: avenir-commun
mises_a_jour:
  - mesure: commune-degafamisee
    date: 2026-07-08
    statut: en-cours
    resume: Premier bulletin municipal papier.
    source: {description: "Bulletin municipal n° 1, juillet 2026"}
  - mesure: commune-degafamisee
    date: 2026-09-30
    statut: tenu-en-partie
    raison: non-prioritaire
    resume: La mairie a quitté X et Facebook, mais garde ses logiciels.
    source: {url: "https://mairie.example.org/nos-canaux/"}
  - mesure: services-hors-reseau
    date: 2026-11-05
    statut: tenu
    resume: Le plan communal de sauvegarde révisé est adopté.
    source: {type: deliberation, numero: "2026-090", date: 2026-11-05,
             objet: "Plan communal de sauvegarde",
             vote: {effectif: 29, votants: 29, pour: 29, contre: 0, abstention: 0}}
  - mesure: service-public-humain
    date: 2026-07-01
    statut: tenu
    resume: Une ligne téléphonique unique répond du lundi au samedi.
    source: {type: arrete, numero: "A-2026-054", date: 2026-06-24,
             objet: "Horaires de l'accueil"}
  - mesure: emplois-pas-ia
    date: 2026-10-15
    statut: non-tenu
    raison: budget
    resume: Le budget supplémentaire abandonne la maison du réemploi.
    source: {type: budget, document: "Budget supplémentaire 2026",
             chapitre: "chapitre 23, maison du réemploi", date: 2026-10-15}
  - mesure: ecrans-publicitaires
    date: 2026-10-20
    statut: non-tenu
    raison: pas-de-majorite
    resume: Le conseil rejette le règlement local de publicité.
    source: {type: deliberation, numero: "2026-081", date: 2026-10-20,
             objet: "Règlement local de publicité",
             vote: {effectif: 29, votants: 29, pour: 12, contre: 17, abstention: 0}}
  - mesure: ecole-ouverte
    date: 2026-11-10
    statut: tenu-en-partie
    raison: changement-d-avis
    resume: Les tablettes reviennent, la semaine sans écrans reste.
    source: {type: reunion, date: 2026-11-09, lieu: "salle des fêtes"}
  - mesure: data-centers
    date: 2026-11-12
    statut: non-tenu
    raison: hors-competence
    resume: La région autorise le centre de données.
    source: {type: courrier, date: 2026-11-12, expediteur: "Le maire",
             destinataire: "Le collectif", objet: "Centre de données des Noues"}
  - mesure: securite-sans-videosurveillance
    date: 2026-08-01
    statut: tenu
    resume: Aucune caméra ajoutée.
    source: {type: arrete, numero: "A-2026-070", date: 2026-07-30,
             objet: "Médiation de nuit"}
  - mesure: locations-touristiques
    date: 2026-11-20
    statut: non-tenu
    raison: autre
    resume: Le département n'a pas fixé de quota, pour d'autres raisons.
    source: {type: reunion, date: 2026-11-19, lieu: "mairie annexe"}
  - mesure: antennes-relais
    date: 2026-09-15
    statut: tenu
    resume: Une ligne du budget paie la concertation sur les antennes.
    source: {type: budget, document: "Budget primitif 2026", chapitre: "chapitre 011",
             montant: 3000}
"""
#: Who decides each measure (mesures.yaml), its sentence on the measure's page.
DECIDES = {
    "services-hors-reseau": ({"niveau": "commune"}, "Cette mesure relève de la commune."),
    "emplois-pas-ia": ({"niveau": "intercommunalite"},
                       "Cette mesure dépend de l'intercommunalité (Communauté de communes du "
                       "Val d'Exemple)."),
    "locations-touristiques": ({"niveau": "departement"}, "Cette mesure dépend du département."),
    "data-centers": ({"niveau": "region"}, "Cette mesure dépend de la région."),
    "antennes-relais": ({"niveau": "etat"}, "Cette mesure dépend de l'État."),
    "ecole-ouverte": ({"niveau": "partagee", "nom": "la commune et l'État"},
                      "Cette mesure relève de plusieurs niveaux, en compétence partagée (la "
                      "commune et l'État)."),
}
ELSEWHERE = {"emplois-pas-ia": "dépend de l'intercommunalité",
             "locations-touristiques": "dépend du département",
             "data-centers": "dépend de la région", "antennes-relais": "dépend de l'État",
             "ecole-ouverte": "relève de plusieurs niveaux, en compétence partagée"}
#: The elected list commits to the three measures it had not (listes/avenir-commun.yaml).
NEWLY_COMMITTED = ("securite-sans-videosurveillance", "locations-touristiques", "antennes-relais")
PLEDGED = {"position": "engagement-total", "provenance": "deduite", "citation": "Nous le ferons.",
           "source": {"description": "Programme imprimé"}, "date": dt.date(2026, 2, 21)}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    pledges = tmp_path_factory.mktemp("vocabulaire") / "pledges"
    shutil.copytree(EXAMPLE, pledges)
    (pledges / "suivi.yaml").write_text(FOLLOWUP, encoding="utf-8")

    def decide(data):
        for measure in data["mesures"]:
            if measure["slug"] in DECIDES:
                level = DECIDES[measure["slug"]][0]
                measure["competence"] = {**level, **({} if level["niveau"] == "commune" else {
                    "note": "Elle ne décide pas seule.",
                    "source": {"url": "https://www.example.org/competences"}})}

    def committed(data):
        data["positions"] = [{"mesure": s["mesure"], **copy.deepcopy(PLEDGED)}
                             if s["mesure"] in NEWLY_COMMITTED else s for s in data["positions"]]

    rewrite(pledges / "mesures.yaml", decide)
    rewrite(pledges / "listes" / "avenir-commun.yaml", committed)
    return built(tmp_path_factory, pledges, "vocabulaire")


def update(site, measure: str, date: str):
    """One update of a measure's follow-up history, found by its date (its anchor)."""
    return soup(site, f"mesures/{measure}.html").main.find("div", id=date)


@pytest.mark.parametrize(("measure", "date", "said"), [
    ("commune-degafamisee", "2026-09-30",
     "30 septembre 2026 : Tenu en partie — Raison : jugé non prioritaire"),
    ("ecole-ouverte", "2026-11-10",
     "10 novembre 2026 : Tenu en partie — Raison : changement d'avis"),
    ("ecrans-publicitaires", "2026-10-20",
     "20 octobre 2026 : Non tenu — Raison : pas de majorité au conseil"),
    ("data-centers", "2026-11-12",
     "12 novembre 2026 : Non tenu — Raison : hors des compétences de la commune"),
    ("emplois-pas-ia", "2026-10-15", "15 octobre 2026 : Non tenu — Raison : faute de budget"),
    ("locations-touristiques", "2026-11-20",
     "20 novembre 2026 : Non tenu — Raison : autre raison (voir le résumé)"),
])
def test_a_measure_page_gives_each_reason_in_words(site, measure, date, said):
    assert words(update(site, measure, date).p.get_text()) == said


def test_the_home_page_sorts_the_unkept_commitments_by_reason_in_words(site):
    section = soup(site, "index.html").find("h2", id="raisons").parent
    said = [(words(li.get_text()).split(" : ")[0], li.a["href"].split("/")[-1])
            for li in section.find_all("li")]
    assert said == [("Jugé non prioritaire", "commune-degafamisee.html#suivi"),
                    ("Changement d'avis", "ecole-ouverte.html#suivi"),
                    ("Pas de majorité au conseil", "ecrans-publicitaires.html#suivi"),
                    ("Hors des compétences de la commune", "data-centers.html#suivi"),
                    ("Faute de budget", "emplois-pas-ia.html#suivi"),
                    ("Autre raison (voir le résumé)", "locations-touristiques.html#suivi")]


@pytest.mark.parametrize(("measure", "date", "said"), [
    ("commune-degafamisee", "2026-09-30",  # a web page
     "Source : https://mairie.example.org/nos-canaux/. Appuyé sur : document."),
    ("commune-degafamisee", "2026-07-08",  # a described document
     "Source : Bulletin municipal n° 1, juillet 2026. Appuyé sur : document."),
    ("services-hors-reseau", "2026-11-05",
     "Source : Délibération n° 2026-090 du 5 novembre 2026 : Plan communal de sauvegarde — "
     "adoptée à l'unanimité (29 voix) (toutes les délibérations de la commune). "
     "Appuyé sur : délibération."),
    ("service-public-humain", "2026-07-01",
     "Source : Arrêté n° A-2026-054 du 24 juin 2026 : Horaires de l'accueil. "
     "Appuyé sur : arrêté."),
    ("antennes-relais", "2026-09-15",
     "Source : Budget primitif 2026, chapitre 011 — 3 000 €. Appuyé sur : ligne budgétaire."),
    ("ecole-ouverte", "2026-11-10",
     "Source : Réunion du 9 novembre 2026, salle des fêtes. "
     "Appuyé sur : témoignage seulement."),
    ("data-centers", "2026-11-12",
     "Source : Courrier du 12 novembre 2026 (expéditeur : Le maire ; destinataire : Le "
     "collectif) : Centre de données des Noues. Appuyé sur : document."),
])
def test_a_measure_page_says_each_kind_of_source_and_what_it_proves_in_words(site, measure,
                                                                               date, said):
    assert words(update(site, measure, date).find("p", class_="meta").get_text()) == said


def test_the_bilan_counts_what_backs_the_verdicts_in_plural_words(site):
    bilan = words(soup(site, "index.html").find("section", class_="bilan").get_text(" "))
    assert ("Ce qui les appuie : 2 délibérations, 2 arrêtés, 2 lignes budgétaires, "
            "2 documents, 2 témoignages seulement.") in bilan


@pytest.mark.parametrize("measure", DECIDES)
def test_a_measure_page_says_who_decides_in_words(site, measure):
    heading = soup(site, f"mesures/{measure}.html").main.find("h2", string="Qui décide")
    assert words(heading.find_next("p").get_text()) == DECIDES[measure][1]


def test_the_follow_up_table_and_the_bilan_say_which_commitments_others_decide(site):
    home = soup(site, "index.html")
    table = home.find("caption", string="Engagements de l'équipe élue et leur état").parent
    noted = {th.a["href"].split("/")[-1].removesuffix(".html"): words(th.span.get_text())
             for th in table.select("tbody th") if th.span}
    assert noted == ELSEWHERE
    line = next(p for p in home.select("section.bilan p")
                if p.get_text().startswith("Ne dépend pas de la seule commune"))
    said = {a["href"].split("/")[-1].removesuffix(".html"):
            words(a.next_sibling).rstrip(" ;.").removeprefix("(").removesuffix(")")
            for a in line.find_all("a")}
    assert said == {**ELSEWHERE,
                    "emplois-pas-ia": "dépend de l'intercommunalité : Communauté de communes du "
                                      "Val d'Exemple",
                    "ecole-ouverte": "relève de plusieurs niveaux, en compétence partagée : la "
                                     "commune et l'État"}


#: The elected list's stances (listes/avenir-commun.yaml, three of them changed above).
PROVENANCES = {
    "services-hors-reseau": "S'engage en partie — déclarée par la liste",
    "commune-degafamisee": "S'engage pleinement — déclarée par la liste",
    "emplois-pas-ia": "S'engage en partie — déduite de son programme",
    "ecrans-publicitaires": "S'engage pleinement — déduite de son programme",
    "antennes-relais": "S'engage pleinement — déduite de son programme",
}


@pytest.mark.parametrize("measure", PROVENANCES)
def test_a_measure_page_says_where_a_stance_comes_from_in_words(site, measure):
    stance = soup(site, f"mesures/{measure}.html").main.find("section", id="avenir-commun")
    assert words(stance.p.get_text()) == PROVENANCES[measure]


def test_a_list_page_says_where_each_of_its_stances_comes_from_in_words(site):
    main = soup(site, "listes/avenir-commun.html").main
    said = {slug: words(main.find("section", id=slug).p.get_text()) for slug in PROVENANCES}
    assert said == PROVENANCES


@pytest.mark.parametrize(("fixture", "phase"), [
    ("before_site", "Avant l'élection : engagements des listes candidates"),
    ("site", "Après l'élection : suivi des engagements de l'équipe élue"),
])
def test_the_home_page_and_the_carnet_say_the_phase_in_words(request, fixture, phase):
    built_site = request.getfixturevalue(fixture)
    home = words(soup(built_site, "index.html").main.get_text(" "))
    assert f"Phase actuelle : {phase} ." in home
    carnet = words(soup(built_site, "carnet/index.html").main.get_text(" "))
    assert f"{phase}." in carnet


def test_the_form_offers_each_kind_of_source_in_words():
    # Source types are named in words only in the form editor's choices.
    from tenir_parole.core.form import render

    def choices(node):
        if isinstance(node, dict):
            if node.get("name") == "type" and "options" in node:
                yield [option["label"] for option in node["options"]]
            for value in node.values():
                yield from choices(value)
        elif isinstance(node, list):
            for value in node:
                yield from choices(value)

    found = list(choices(yaml.safe_load(render(None))))
    assert found and all(labels == [
        "Page web (page)", "Document décrit (document)",
        "Délibération du conseil municipal (deliberation)", "Arrêté municipal (arrete)",
        "Ligne budgétaire (budget)", "Réunion (reunion)", "Courrier ou courriel (courrier)",
    ] for labels in found)
