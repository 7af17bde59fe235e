"""« sans réponse depuis 0 jour »: how long the mairie has left a request unanswered, in French
(0 and 1 take the singular), on the measure's page and in the home page's bilan."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from helpers import ALPHA, SUIVI, alpha_committed_to_screens, built, words, write_pledges

#: Both measures asked of the mairie: the first on the reference day (29 November 2026), the
#: second two days before.
ASKED = SUIVI + """\
    sollicitation:
      date: 2026-11-29
      moyen: courriel au maire
  - mesure: ecrans-publicitaires
    date: 2026-11-27
    statut: non-verifiable
    resume: Aucune trace du règlement annoncé.
    source:
      description: Courriel au service urbanisme
    sollicitation:
      date: 2026-11-27
      moyen: courrier
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    listing = alpha_committed_to_screens("      url: https://alpha.example.org/ecrans\n")
    assert listing != ALPHA
    pledges = write_pledges(tmp_path_factory.mktemp("attente") / "pledges",
                            listes__alpha_yaml=listing, suivi_yaml=ASKED)
    return built(tmp_path_factory, pledges, "attente")


def page(site, name: str) -> str:
    return words(BeautifulSoup((site / name).read_text("utf-8"), "html.parser").main.get_text())


def test_a_request_of_today_is_unanswered_since_0_jour_singular(site):
    measure = page(site, "mesures/services-hors-reseau.html")
    assert ("Mairie sollicitée le 29 novembre 2026 (courriel au maire), sans réponse depuis "
            "0 jour.") in measure
    assert "0 jours" not in measure


def test_two_days_take_the_plural(site):
    assert ("Mairie sollicitée le 27 novembre 2026 (courrier), sans réponse depuis 2 jours."
            in page(site, "mesures/ecrans-publicitaires.html"))


def test_the_home_pages_bilan_says_the_same_days(site):
    home = page(site, "index.html")
    assert "En attente d'une réponse de la mairie :" in home
    assert ("sollicitée le 29 novembre 2026 (courriel au maire), sans réponse depuis 0 jour"
            in home)
    assert "sollicitée le 27 novembre 2026 (courrier), sans réponse depuis 2 jours" in home
    assert "0 jours" not in home
