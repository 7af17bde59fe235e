"""The bilan on the example's home page, in words, paragraph by paragraph: whose commitments
and on which day, what backs the verdicts, what the commune cannot do alone, and what the town
hall has been asked and not answered — each with its own date and its plural."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from helpers import words


@pytest.fixture(scope="module")
def said(example_site) -> list[str]:
    """The paragraphs of the home page's bilan (the month-by-month table aside)."""
    page = BeautifulSoup((example_site / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    return [words(p.get_text()) for p in page.find(id="bilan").parent.find_all(
        "p", recursive=False)]


def test_the_bilan_names_the_elected_team_and_the_day_it_stands_at(said):
    assert said[0] == ("7 engagements de L'Avenir en commun à Saint-Exemple, par état du suivi "
                       "au 29 novembre 2026 :")


def test_the_bilan_says_how_many_verdicts_rest_on_a_formal_decision_and_on_what(said):
    assert ("Verdicts rendus : 6 ; appuyés sur une décision formelle (délibération, arrêté ou "
            "ligne budgétaire votée) : 3. Ce qui les appuie : 2 délibérations, 1 arrêté, "
            "3 documents.") in said


def test_the_bilan_names_what_the_commune_cannot_do_alone_and_who_can(said):
    assert ("Ne dépend pas de la seule commune : 4. Favoriser les emplois, pas les IA (dépend "
            "de l'intercommunalité : Communauté de communes du Val d'Exemple) ; 7. Favoriser une "
            "école ouverte et créative (relève de plusieurs niveaux, en compétence partagée : la "
            "commune pour les bâtiments, l'équipement et le périscolaire ; l'État pour "
            "l'enseignement).") in said


def test_the_bilan_counts_the_days_since_the_town_hall_was_asked(said):
    assert ("En attente d'une réponse de la mairie : 7. Favoriser une école ouverte et créative "
            "— sollicitée le 12 novembre 2026 (courriel au maire, demandant le programme et le "
            "bilan de la semaine), sans réponse depuis 17 jours.") in said
