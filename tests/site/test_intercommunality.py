"""A measure the intercommunalité decides names it — on its page, in the carnet, in the letter
and in the open data — from the official geography when neither mesures.yaml nor commune.yaml
names it: Saint-Michel-sur-Rhône (42265) is in the Communauté de communes du Pilat Rhodanien."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from helpers import (
    COMMUNE,
    MESURES,
    ROOT,
    TODAY,
    alpha_committed_to_screens,
    page_text,
    write_pledges,
)
from tenir_parole.core.assembly import load_dataset

SAID = "Cette mesure dépend de l'intercommunalité (Communauté de communes du Pilat Rhodanien)."
COMPETENCE = """\
    competence:
      niveau: intercommunalite
      note: La publicité relève du règlement intercommunal.
      source:
        url: https://pilat-rhodanien.example.org/rlpi
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site and the printed editions' pages of a real commune, built once."""
    from tenir_parole.build.site import build

    anchor = "    resume: Interdire les écrans publicitaires numériques.\n"
    commune = COMMUNE.replace("nom: Villeneuve", "nom: Saint-Michel-sur-Rhône").replace(
        '"04242"', '"42265"').replace("Alpes-de-Haute-Provence", "Loire")
    committed = alpha_committed_to_screens("      url: https://alpha.example.org/ecrans\n")
    root = write_pledges(tmp_path_factory.mktemp("pilat") / "pledges", commune_yaml=commune,
                         mesures_yaml=MESURES.replace(anchor, anchor + COMPETENCE),
                         listes__alpha_yaml=committed)
    data = load_dataset(root, TODAY)
    output = tmp_path_factory.mktemp("pilat-site") / "output"
    assert build(ROOT / "pelicanconf.py", output, data, online="") == 0
    # The printed editions' pages, as make carnet and make lettre build them for Chromium.
    printing = {"online": "", "version": "essai", "answer_by": dt.date(2026, 12, 29)}
    assert build(ROOT / "pelicanconf.py", output.parent / "papier", data, online="",
                 extra={"PRINT": printing, "PAGE_PATHS": []}) == 0
    return output


def test_the_measure_page_the_carnet_and_the_letter_name_the_intercommunalite(site):
    for page in ("output/mesures/ecrans-publicitaires.html", "output/carnet/index.html",
                 "papier/imprimer/carnet.html", "papier/imprimer/lettre.html"):
        assert SAID in page_text(site.parent, page), page


def test_the_open_data_names_it_too(site):
    raw = (site / "donnees" / "mesures.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    assert rows[1]["competence_nom"] == "Communauté de communes du Pilat Rhodanien"


def test_the_home_pages_bilan_names_it_among_what_the_commune_alone_cannot_do(site):
    assert ("(dépend de l'intercommunalité : Communauté de communes du Pilat Rhodanien)"
            in page_text(site, "index.html"))
