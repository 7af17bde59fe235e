"""What the federation keeps of each commune, as its pages and files show it: a Corsican
commune's page named in lower case like its département's, a commune before the election
counted apart and given no commitment in engagements.csv."""

from __future__ import annotations

import csv

import pytest
from bs4 import BeautifulSoup

from overview_data import as_bytes, example, overview, seed


def words(path) -> str:
    return " ".join(BeautifulSoup(path.read_text("utf-8"), "html.parser").main
                    .get_text(" ").split())


@pytest.fixture(scope="module")
def corse(tmp_path_factory):
    """Ajaccio after the election (the example's data under its code), and the example
    commune Exempleville-les-Bains before it."""
    after = example(0)
    after["commune"] = {k: v for k, v in after["commune"].items()
                        if k not in ("exemple", "intercommunalite", "region")} | {
        "nom": "Ajaccio", "code_insee": "2A004", "site": "https://ajaccio.example.org"}
    folder = tmp_path_factory.mktemp("corse") / "donnees"
    seed(folder, {"https://ajaccio.example.org": as_bytes(after),
                  "https://exempleville.example.org": as_bytes(example(2))})
    output = folder.parent / "site"
    ran = overview(folder, output)
    assert ran.returncode == 0, ran.stderr
    return output


def test_a_corsican_communes_page_is_named_in_lower_case(corse):
    assert (corse / "communes" / "2a004.html").is_file()
    assert not (corse / "communes" / "2A004.html").exists()
    department = BeautifulSoup((corse / "departements" / "2a.html").read_text("utf-8"),
                               "html.parser")
    assert [a["href"] for a in department.main.find_all("a", href=lambda h: h and "communes/"
                                                        in h)] == ["../communes/2a004.html"]


def test_only_communes_after_the_election_count_as_followed(corse):
    home = words(corse / "index.html")
    assert "communes après l'élection : 1." in home
    assert "sur les communes dont l'équipe élue est connue (1)" in home


def test_a_commune_before_the_election_has_no_commitment_in_the_open_data(corse):
    text = (corse / "donnees" / "engagements.csv").read_text("utf-8-sig")
    rows = list(csv.DictReader(text.splitlines(), delimiter=";"))
    assert {row["code_insee"] for row in rows} == {"2A004"}
    communes = (corse / "donnees" / "communes.csv").read_text("utf-8-sig")
    before = next(row for row in csv.DictReader(communes.splitlines(), delimiter=";")
                  if row["code_insee"] == "65901")
    assert (before["equipe_elue"], before["engagements_nombre"], before["tenu_nombre"]) == ("", "0",
                                                                                    "0")
