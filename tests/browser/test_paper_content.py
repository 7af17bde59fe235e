"""What the printed carnet says, read back with pdftotext as a volunteer's PDF viewer shows it:
every list's stance on every measure with its source and date, the bilan in words, each page
numbered « page N / M » on that page, and the version of the data it was printed from — here
a copy of the example in git with an uncommitted change, so never a bare commit id.

The expected words are written here literally (or read from the example's YAML, the input),
never taken from the code's label tables."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers import EXAMPLE, ROOT, cli, commit_all, words

POSITIONS = {"engagement-total": "S'engage pleinement", "engagement-partiel": "S'engage en partie",
             "flou": "Flou ou neutre", "opposition": "S'oppose",
             "sans-reponse": "Sollicitée, sans réponse", "non-sollicitee": "Non sollicitée"}
PROVENANCES = {"declaree": "déclarée par la liste", "deduite": "déduite de son programme"}
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} absent : apt-get install poppler-utils")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def squashed(text: str) -> str:
    """Text without blanks and hyphens: pdftotext joins a word cut at a line's end (« Saint-
    \\nExemple » may come back « SaintExemple »), and an address may break anywhere."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def french(day) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


@pytest.fixture(scope="module")
def carnet(tmp_path_factory) -> Path:
    """The example, committed in git, then one file changed and not committed; its carnet."""
    root = tmp_path_factory.mktemp("carnet-sale")
    pledges = root / "pledges"
    shutil.copytree(EXAMPLE, pledges)
    commit_all(root)
    followup = pledges / "suivi.yaml"
    followup.write_text(followup.read_text("utf-8") + "# relu, pas encore enregistré\n", "utf-8")
    dist = root / "dist"
    result = cli("carnet", "--pledges", str(pledges), "--dist", str(dist), "--settings",
                 str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0, result.stderr
    return dist / "tenir-parole-saint-exemple-sur-loire-2026-11-29-carnet.pdf"


def test_uncommitted_data_is_printed_as_a_fingerprint_never_a_commit(carnet):
    cover = words(poppler("pdftotext", "-f", "1", "-l", "1", str(carnet), "-"))
    assert re.search(r"Version des données : empreinte [0-9a-f]{10}\b", cover), cover
    assert "(git)" not in cover


def test_each_page_says_its_own_number_out_of_the_total(carnet):
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(carnet)))[1])
    assert 4 <= pages <= 12
    for number in range(1, pages + 1):
        text = words(poppler("pdftotext", "-f", str(number), "-l", str(number), str(carnet),
                             "-"))
        assert f"page {number} / {pages}" in text and "à jour au 29 novembre 2026" in text
        others = set(re.findall(r"page (\d+) / ", text)) - {str(number)}
        assert not others, (number, others)


def test_the_bilan_counts_each_status_in_words(carnet):
    text = words(poppler("pdftotext", str(carnet), "-"))
    assert "7 engagements de L'Avenir en commun à Saint-Exemple" in text
    for said in ("Tenu : 2 sur 7", "Tenu en partie : 1 sur 7", "Non tenu : 1 sur 7",
                 "En cours : 1 sur 7", "Invérifiable : 1 sur 7", "Pas encore évalué : 1 sur 7"):
        assert said in text


def stances() -> list[tuple[int, str, list[tuple[str, dict]]]]:
    """From the example's YAML: each measure (number, title) and each list's (name, stance)."""
    measures = yaml.safe_load((EXAMPLE / "mesures.yaml").read_text("utf-8"))["mesures"]
    elected = yaml.safe_load((EXAMPLE / "commune.yaml").read_text("utf-8"))["liste_elue"]
    lists = {}
    for path in sorted((EXAMPLE / "listes").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        name = data["nom"] + (" (liste élue)" if path.stem == elected else "")
        lists[name] = {p["mesure"]: p for p in data["positions"]}
    return [(m["numero"], m["titre"], [(name, lst[m["slug"]]) for name, lst in lists.items()])
            for m in measures]


def test_every_stance_is_on_paper_with_its_source_and_date_under_its_measure(carnet):
    text = squashed(poppler("pdftotext", str(carnet), "-"))
    sections = stances()
    assert len(sections) == 10 and sum(len(s) for _, _, s in sections) == 40
    starts = [text.index(squashed(f"Mesure {n} : {title}")) for n, title, _ in sections]
    assert starts == sorted(starts)
    sourced = 0
    for (number, _, listed), start, end in zip(sections, starts, [*starts[1:], len(text)],
                                               strict=True):
        section = text[start:end]
        at = section.index(squashed("Position des listes"))
        places = []
        for name, stance in listed:
            heading = f"{name} : {POSITIONS[stance['position']]}"
            if stance.get("provenance"):
                heading += f", {PROVENANCES[stance['provenance']]}"
            at = section.index(squashed(heading), at)  # in the lists' order
            places.append(at)
        for (name, stance), here, after in zip(listed, places, [*places[1:], len(section)],
                                               strict=True):
            if "source" not in stance:
                continue
            source = stance["source"]
            shown = source.get("description") or re.sub(r"^https?://|/$", "", source["url"])
            said = section[here:after]  # this list's stance, up to the next list's
            assert squashed("Source :") in said, (number, name)
            assert squashed(shown) in said, (number, name, shown)
            assert squashed(f", le {french(stance['date'])}.") in said, (number, name)
            sourced += 1
    assert sourced == 31


def test_each_archived_source_is_numbered_and_its_copy_listed_at_the_end(carnet):
    text = squashed(poppler("pdftotext", str(carnet), "-"))
    for source, number in (("avenir-commun.example.org/questionnaire-desescalade", 1),
                           ("mairie-saint-exemple.example.org/actualites/fermeture-compte-x", 2),
                           ("mairie-saint-exemple.example.org/demarches", 3)):
        assert squashed(f"{source} [{number}]") in text, source
    notes = text[text.index(squashed("Notes : copies archivées des sources")):]
    assert notes.startswith(squashed(
        "Notes : copies archivées des sources 1. archive.example.org/2026/avenir-commun-"
        "questionnaire 2. archive.example.org/2026/mairie-compte-x 3. archive.example.org/2026/"
        "mairie-demarches"))


def test_the_months_are_printed_in_plain_fills_and_the_text_says_so(carnet):
    text = words(poppler("pdftotext", str(carnet), "-"))
    assert "en couleurs pleines ; le tableau ci-dessous en donne les nombres" in text
    assert "avec les motifs du bilan" not in text


def test_the_grid_marks_the_elected_list_in_its_column_heading(carnet):
    text = squashed(poppler("pdftotext", str(carnet), "-"))
    grid = text[text.index(squashed("Positions des listes")):text.index(squashed("Mesure 1 :"))]
    assert squashed("L'Avenir en commun à Saint-Exemple (liste élue)") in grid
    assert grid.count(squashed("(liste élue)")) == 2  # the heading, on each of its two pages


def test_the_follow_up_on_paper_dates_each_check_and_tells_each_history_newest_first(carnet):
    text = squashed(poppler("pdftotext", str(carnet), "-"))

    def at(said: str) -> int:
        assert squashed(said) in text, said
        return text.index(squashed(said))

    at("Engagements de l'équipe élue et leur état (L'Avenir en commun à Saint-Exemple)")
    at("Dernière vérification")
    # The follow-up table: each commitment's state and its last check, an old one flagged.
    at("1. Sécuriser les services essentiels « hors réseau » Tenu 5 novembre 2026")
    at("3. Garantir un service public humain Tenu 1er juillet 2026")
    at("9. Refuser l'installation de data centers Pas encore évalué jamais — à revérifier")
    # A measure's history, newest first, each update with its reason, proof and replies.
    assert at("30 septembre 2026 : Tenu en partie — jugé non prioritaire") < at(
        "8 juillet 2026 : En cours") < at("15 avril 2026 : En cours")
    at("Bulletin municipal n° 1, juillet 2026. Appuyé sur : document.")
    at("Mairie sollicitée le 30 septembre 2026 (courriel au cabinet du maire), elle a répondu.")
    at("Réponse de la mairie (6 octobre 2026) :")
    at("Demande portée auprès de la communauté de communes du Val d'Exemple le 14 septembre "
       "2026.")
    # A list asked and silent: when, how, and the reminder.
    at("Sollicitée le 2 février 2026 (Questionnaire envoyé par courriel à la tête de liste, "
       "relancé le 16 février 2026), sans réponse.")
