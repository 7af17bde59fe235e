"""The text report as the build prints it, whole: each page's weight against its budget, the
requests as « made/allowed », the heaviest resources of the page over budget, one summary."""

from __future__ import annotations

from tenir_parole.weight.budget import Budget, Verdict
from tenir_parole.weight.report import text_report
from tenir_parole.weight.weigh import PageWeight, Resource

BUDGET = Budget(14336, 4)


def test_the_report_shows_requests_made_over_requests_allowed() -> None:
    images = tuple(Resource(f"img/{i}.png", 3000, 2000 + 100 * i) for i in range(5))
    verdicts = [Verdict(PageWeight("index.html", 9000, 3000, ()), BUDGET),
                Verdict(PageWeight("mesures/eau.html", 8000, 2500, images), BUDGET)]
    assert text_report(verdicts, []) == """\
Poids de chaque page (ko compressés, 1 ko = 1024 octets)

Page              Poids (compressé)  Budget   Dépassement  Requêtes
index.html        2,9 ko             14,0 ko  —            1/4
mesures/eau.html  13,2 ko            14,0 ko  +2 requêtes  6/4

mesures/eau.html : ressources les plus lourdes
  - img/4.png : 2,3 ko
  - img/3.png : 2,2 ko
  - img/2.png : 2,1 ko

Poids des pages : 1 page sur 2 dépasse son budget."""


def test_a_report_of_no_page_says_so() -> None:
    assert text_report([], []) == ("Poids de chaque page (ko compressés, 1 ko = 1024 octets)\n\n"
                                   "(aucune page HTML)\n\n"
                                   "Poids des pages : 0 page, toutes dans leur budget.")
