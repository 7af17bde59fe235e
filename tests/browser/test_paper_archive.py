"""`make carnet DATE=…`: the carnet of the day a year after the vote, printed from the history
of a follow-up that went on since, says the record of that day on every page; printed twice,
the same bytes."""

from __future__ import annotations

import pytest
from test_paper import info, poppler

from helpers import ROOT, YEAR_LATER_EPOCH, cli, epoch, words, year_later

DAY = "2027-03-22"  # the example's vote, 22 March 2026, and a year
NAME = f"tenir-parole-saint-exemple-sur-loire-etat-au-{DAY}-carnet.pdf"


@pytest.fixture(scope="module")
def carnets(tmp_path_factory):
    pledges = year_later(tmp_path_factory.mktemp("suivi") / "pledges")
    printed = []
    with epoch(YEAR_LATER_EPOCH):  # the data go on to 30 June 2027
        for run in ("un", "deux"):
            dist = tmp_path_factory.mktemp(run)
            result = cli("carnet", "--pledges", str(pledges), "--dist", str(dist),
                         "--settings", str(ROOT / "pelicanconf.py"), "--date", DAY)
            assert result.returncode == 0, result.stderr
            printed.append(dist / NAME)
    return printed


def test_every_page_of_the_carnet_says_it_is_the_record_of_that_day(carnets):
    path = carnets[0]
    pages = int(info(path)["Pages"])
    text = poppler("pdftotext", "-layout", str(path), "-")
    assert text.count("état au 22 mars 2027 (archive)") >= pages
    cover = words(poppler("pdftotext", "-f", "1", "-l", "1", str(path), "-"))
    assert "Archive : état au 22 mars 2027, ce n'est pas l'édition à jour" in cover
    assert "État au 22 mars 2027 (archive)" in cover and "À jour au" not in cover
    assert "Archive : état au 22 mars 2027" in info(path)["Subject"]


def test_the_carnet_of_that_day_is_the_history_up_to_that_day(carnets):
    text = words(poppler("pdftotext", str(carnets[0]), "-"))
    # The bilan of 22 March 2027: screens banned on 10 February, the phone line still kept.
    assert "7 engagements de L'Avenir en commun à Saint-Exemple, par état du suivi au 22 mars " \
           "2027" in text
    for status, n in {"Tenu": 3, "Tenu en partie": 1, "Non tenu": 1, "Invérifiable": 1,
                      "Pas encore évalué": 1}.items():
        assert f"{status} : {n} sur 7" in text
    assert "En cours : " not in text.split("Le bilan mois par mois")[0]
    assert "10 février 2027" in text and "interdit les écrans numériques" in text
    assert "4 mai 2027" not in text and "faute d'agents" not in text  # later: not yet known
    # The months, in words: from March 2026 to March 2027.
    assert "mars 2026 0 0 0 0 0 0 7" in text and "mars 2027" in text and "avril 2027" not in text


def test_the_same_data_and_day_print_the_same_bytes(carnets):
    one, two = carnets
    assert one.read_bytes() == two.read_bytes()
