"""make federation on the example communes: what a reader sees on each page, the open data,
large départements split, the worst commune within budget, and the old site kept on failure."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from helpers import ROOT, cli
from overview_data import as_bytes, example, listing, overview, seed
from tenir_parole.commands.generated import COMMUNES, TODAY, exports
from tenir_parole.core import vocabulary as V
from tenir_parole.overview import departements
from tenir_parole.overview.load import read_copies


def soup(path):
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def text(node) -> str:
    return " ".join(node.get_text(" ").split())


def federation(folder, output):
    """`make federation` on ``folder``, every site of its collecte.json listed."""
    return overview(folder, output)


def test_the_home_page_links_every_departement_with_its_communes(federation_site):
    page = soup(federation_site / "index.html")
    links = {a["href"]: text(a) for a in page.find(id="departements").find_next("table")
             .find_all("a")}
    assert links == {"./departements/49.html": "Maine-et-Loire (49)",
                     "./departements/65.html": "Hautes-Pyrénées (65)",
                     "./departements/15.html": "Cantal (15)"}


def test_a_departement_page_lists_its_communes_with_their_phase(federation_site):
    page = soup(federation_site / "departements" / "49.html")
    rows = [text(tr.th) for tr in page.find_all("table")[-1].tbody.find_all("tr")]
    assert rows == ["Bourg-Exemple-en-Anjou", "Saint-Exemple-sur-Loire"]


def test_the_overview_ships_its_files_as_they_are_with_no_gzip_copy(federation_site):
    assert (federation_site / "index.html").is_file()
    assert not list(federation_site.rglob("*.gz"))


def test_the_open_data_of_the_whole_passes_frictionless_and_links_each_export(federation_site):
    folder = federation_site / "donnees"
    result = subprocess.run([str(Path(sys.executable).parent / "frictionless"), "validate",
                             "datapackage.json"], cwd=folder, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    with (folder / "communes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert sorted(r["code_insee"] for r in rows) == sorted(c[2] for c in COMMUNES)
    whole = json.loads((folder / "federation.json").read_text("utf-8"))
    assert whole["format"] == "tenir-parole-federation/1"
    for commune in whole["communes"]:
        assert json.loads((folder / commune["donnees"]).read_text("utf-8"))["format"] == \
            "tenir-parole/1"
    check = subprocess.run([str(Path(sys.executable).parent / "check-jsonschema"), "--schemafile",
                            str(folder / "tenir-parole.schema.json"),
                            *map(str, sorted((folder / "communes").glob("*.json")))],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_the_join_page_explains_how_to_join_and_how_figures_are_computed(federation_site):
    words = text(soup(federation_site / "rejoindre.html").main)
    assert "Envoyer l'adresse du site" in words and "engagements.csv" in words


def test_the_examples_in_the_repository_are_what_the_script_makes_today():
    """federation/donnees/ follows the export format: `make federation-exemples` if not."""
    for site, payload in exports().items():
        from tenir_parole.overview import store

        assert (ROOT / "federation" / "donnees" / store.file_name(site)).read_bytes() == payload



def test_each_example_export_states_the_bilan_of_the_commune_it_copies():
    """Two example communes are copies of one (other name and code): each states the
    commitments of its source once (Saint-Exemple's elected list made 7), never doubled."""
    figures = [json.loads(payload)["bilan"] for payload in exports().values()]
    saint = {"engagements": 7,
             "statuts": {"non-evalue": 1, "en-cours": 1, "tenu": 2, "tenu-en-partie": 1,
                         "non-tenu": 1, "non-verifiable": 1},
             "raisons": {"non-prioritaire": ["commune-degafamisee"], "budget": ["emplois-pas-ia"]},
             "verdicts": 6, "preuves": {"deliberation": 2, "arrete": 1, "document": 3},
             "decisions_formelles": 3,
             "hors_commune": {"emplois-pas-ia": "intercommunalite", "ecole-ouverte": "partagee"},
             "en_attente_de_la_mairie": {"ecole-ouverte": {"sollicitation": "2026-11-12",
                                                           "jours": 17}}}
    # Saint-Exemple, Bourg-Exemple (its copy), then the two communes before the vote: no bilan.
    assert figures == [saint, saint, None, None]


def test_a_large_departement_is_split_and_every_page_keeps_its_budget(tmp_path):
    from bench import federation_synth

    folder = federation_synth.write(tmp_path / "donnees", 150, tmp_path / "pool", ["62"])
    output = tmp_path / "site"
    ran = federation(folder, output)
    assert ran.returncode == 0, ran.stderr  # page_weight in error mode: every page in budget
    parts = sorted(p.name for p in (output / "departements").glob("62-*.html"))
    assert parts == ["62-1.html", "62-2.html"]
    links = {a["href"] for a in soup(output / "departements" / "62.html").main.find_all("a")}
    assert {"62-1.html", "62-2.html"} <= {h.rsplit("/", 1)[-1] for h in links}
    # Each part is named by its first and last commune, as its table lists them, and leads
    # back to its département.
    named = {a["href"].rsplit("/", 1)[-1]: " ".join(a.get_text().split())
             for a in soup(output / "departements" / "62.html").main.find_all("a")}
    for part in parts:
        page = soup(output / "departements" / part)
        communes = [" ".join(tr.th.get_text().split()) for tr in page.main.select("tbody tr")]
        assert named[part] == f"Communes de « {communes[0]} » à « {communes[-1]} »", part
        assert "Retour au département : Pas-de-Calais" in [
            " ".join(a.get_text().split()) for a in page.main.find_all("a")], part


def extreme(after: bool) -> dict:
    """A commune at every limit: 30 lists and 40 measures, names of 120 characters."""
    whole = example(0)
    long = "Nom très long " * 9
    measure = whole["mesures"][0] | {"sous_mesures": [], "source": None}
    measure.pop("source")
    whole["mesures"] = [measure | {"numero": i + 1, "slug": f"mesure-{i + 1}",
                                   "titre": f"{i + 1} {long}"[:120]} for i in range(40)]
    stance = {"position": "engagement-total", "provenance": "declaree", "citation": "Oui.",
              "source": {"url": "https://exemple.example.org"}, "date": "2026-03-01"}
    whole["listes"] = {f"liste-{j}": {"nom": f"{j} {long}"[:120], "tete_de_liste": "X",
                                      "positions": [stance | {"mesure": f"mesure-{i + 1}"}
                                                    for i in range(40)]} for j in range(30)}
    whole["corrections"] = []
    if after:
        whole["commune"]["liste_elue"] = "liste-0"
        whole["suivi"] = {"liste": "liste-0", "mises_a_jour": [
            {"mesure": f"mesure-{i + 1}", "date": "2026-06-01", "statut": "non-tenu",
             "raison": "pas-de-majorite", "resume": "Non.",
             "source": {"description": "Délibération"}} for i in range(40)]}
    else:
        whole["commune"] = {k: v for k, v in whole["commune"].items() if k != "liste_elue"}
        whole["commune"]["phase"] = "avant"
        whole["suivi"] = None
    whole["commune"]["nom"] = f"Commune {long}"[:120]
    return whole


def test_a_commune_at_every_limit_keeps_its_page_within_budget(tmp_path):
    after, before = extreme(True), extreme(False)
    before["commune"]["code_insee"] = "49903"
    seed(tmp_path / "donnees", {"https://apres.example.org": as_bytes(after),
                                "https://avant.example.org": as_bytes(before)})
    ran = federation(tmp_path / "donnees", tmp_path / "site")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "2 communes reprises" in ran.stdout


def test_one_more_list_than_the_limit_is_refused_with_a_note(tmp_path):
    whole = extreme(False)
    whole["listes"]["liste-30"] = whole["listes"]["liste-0"]
    seed(tmp_path / "donnees", {"https://trop.example.org": as_bytes(whole)})
    ran = federation(tmp_path / "donnees", tmp_path / "site")
    assert ran.returncode == 0 and "31 listes : la vue d'ensemble en montre 30 au plus" in \
        ran.stdout


def test_an_export_refused_for_two_reasons_is_one_note_giving_the_first(tmp_path):
    """31 lists and a commune name of 152 characters: the note says the first reason."""
    whole = extreme(False)
    whole["listes"]["liste-30"] = whole["listes"]["liste-0"]
    whole["commune"]["nom"] = "Commune " + "très longue " * 12
    folder = tmp_path / "donnees"
    seed(folder, {"https://trop.example.org": as_bytes(whole)})
    _, notes = read_copies(folder, TODAY, ["https://trop.example.org"], tmp_path / "communes.txt")
    assert notes == ["Note : trop.example.org.json (https://trop.example.org) laissé de côté — "
                     "31 listes : la vue d'ensemble en montre 30 au plus"]


def federation_with_measures(tmp_path, measures):
    """`make federation` with FEDERATION_MEASURES set to ``measures``, over an old site."""
    settings = tmp_path / "federationconf.py"
    settings.write_text(f"FEDERATION_MEASURES = {str(measures)!r}\n", encoding="utf-8")
    output = tmp_path / "site"
    output.mkdir()
    (output / "index.html").write_text("ancienne vue", encoding="utf-8")
    folder = tmp_path / "donnees"
    folder.mkdir()
    ran = cli("federation", "--copies", str(folder), "--list", str(listing(folder, [])),
              "--output", str(output), "--settings", str(settings))
    return ran, (output / "index.html").read_text(encoding="utf-8")


def test_a_broken_measures_file_stops_the_build_named_in_french_and_keeps_the_old_site(
        tmp_path):
    measures = tmp_path / "mesures.yaml"
    measures.write_text("mesures:\n  - numero: 1\n    numero: 2\n", encoding="utf-8")
    ran, index = federation_with_measures(tmp_path, measures)
    assert ran.returncode == 1
    assert ran.stderr.splitlines() == [
        f"{measures}, ligne 3 : champ « numero » en double (déjà présent ligne 2) : "
        "gardez-en un seul", "site/ n'a pas été modifié."]
    assert index == "ancienne vue"


def test_a_measures_file_that_is_not_there_is_one_french_line_and_keeps_the_old_site(
        tmp_path):
    measures = tmp_path / "ailleurs" / "mesures.yaml"
    ran, index = federation_with_measures(tmp_path, measures)
    assert ran.returncode == 1
    assert ran.stderr.splitlines() == [
        f"{measures} : fichier des mesures de référence illisible (No such file or directory) ; "
        "vérifiez FEDERATION_MEASURES dans federationconf.py", "site/ n'a pas été modifié."]
    assert index == "ancienne vue"


def test_an_unreadable_collecte_file_stops_the_build_and_keeps_the_old_site(federation_site,
                                                                          tmp_path):
    import shutil

    output = tmp_path / "site"
    shutil.copytree(federation_site, output)
    folder = tmp_path / "donnees"
    folder.mkdir()
    (folder / "collecte.json").write_text("{pas du json", encoding="utf-8")
    ran = federation(folder, output)
    assert ran.returncode == 1
    assert "fichier de collecte illisible" in ran.stderr and "n'a pas été modifié" in ran.stderr
    assert (output / "index.html").read_bytes() == (federation_site / "index.html").read_bytes()


def test_codes_insee_map_to_their_departement():
    assert [departements.code_of(c) for c in ("49007", "2A004", "97411", "99999")] == [
        "49", "2A", "974", None]
    assert len(V.STATUSES) == 7


def test_a_syntax_error_in_the_settings_is_named_and_keeps_the_old_site(tmp_path):
    settings = tmp_path / "federationconf.py"
    settings.write_text('SITENAME = "Vue d\'ensemble\nPAGE_PATHS = ["."]\n', encoding="utf-8")
    output = tmp_path / "site"
    output.mkdir()
    (output / "index.html").write_text("ancienne vue", encoding="utf-8")
    ran = cli("federation", "--copies", str(tmp_path), "--output", str(output),
              "--settings", str(settings))
    assert ran.returncode == 2
    said, unchanged = ran.stderr.splitlines()
    assert said.startswith(f"{settings.as_posix()}, ligne 1 : erreur de syntaxe Python (")
    assert unchanged == "site/ n'a pas été modifié."
    assert (output / "index.html").read_text(encoding="utf-8") == "ancienne vue"


def test_every_link_to_a_departement_follows_the_name_of_its_page(tmp_path, monkeypatch):
    """The département pages are named in one place (overview.pages.department_page): named
    otherwise, the home page, the commune pages and the parts still link to them (the
    build's link check fails on a single broken one)."""
    from bench import federation_synth

    monkeypatch.setattr(departements, "slug", lambda code: f"dep-{code.lower()}")
    folder = federation_synth.write(tmp_path / "donnees", 101, tmp_path / "pool", ["62"])
    output = tmp_path / "site"
    ran = federation(folder, output)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    commune = soup(next((output / "communes").glob("62*.html")))
    assert "../departements/dep-62.html" in {a["href"] for a in commune.main.find_all("a")}
    assert (output / "departements" / "dep-62.html").is_file()
