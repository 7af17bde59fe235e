"""The printed editions as they come out of the printer: the A5 carnet, the A4 poster and the
A4 letter, for the example (after the vote) and the before-the-vote fixture. Checked with
poppler's tools, as a volunteer's PDF viewer would show them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import EXAMPLE, FIXTURES, ROOT, TODAY, cli, crowded, words
from tenir_parole import texts as ui_fr
from tenir_parole.core.assembly import load_dataset

DATE = "2026-11-29"
COMMUNES = {"example": (EXAMPLE, "saint-exemple-sur-loire"),
            "avant": (FIXTURES / "avant", "exempleville-les-bains")}
SIZES = {"carnet": "(A5)", "affiche": "(A4)", "lettre": "(A4)"}
#: The example's commitments and their status on 29 November 2026, in the poster's words.
POSTER = {1: "Tenu", 2: "Tenu en partie", 3: "Tenu", 4: "Non tenu", 6: "En cours",
          7: "Invérifiable", 9: "Pas encore évalué"}


def poppler(tool: str, *args: str) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} absent : apt-get install poppler-utils")
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> dict[str, Path]:
    """Each commune's three PDFs, printed once (the dist/ folder)."""
    folders = {}
    for name, (pledges, _) in COMMUNES.items():
        dist = tmp_path_factory.mktemp(name)
        for kind in SIZES:
            result = cli(kind, "--pledges", str(pledges), "--dist", str(dist), "--settings",
                         str(ROOT / "pelicanconf.py"))
            assert result.returncode == 0, result.stderr
            (dist / f"{kind}.said").write_text(result.stdout, encoding="utf-8")
        folders[name] = dist
    return folders


def pdf(printed, commune: str, kind: str) -> Path:
    return printed[commune] / f"tenir-parole-{COMMUNES[commune][1]}-{DATE}-{kind}.pdf"


def info(path: Path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in poppler("pdfinfo", str(path)).splitlines()
                if ":" in line)


@pytest.mark.parametrize("commune", COMMUNES)
@pytest.mark.parametrize("kind", SIZES)
def test_each_edition_has_its_paper_size_a_title_naming_the_commune_and_stays_small(
        printed, commune, kind):
    path = pdf(printed, commune, kind)
    details = {k: v.strip() for k, v in info(path).items()}
    name = load_dataset(COMMUNES[commune][0], TODAY).commune.name
    assert SIZES[kind] in details["Page size"]
    assert name in details["Title"] and name in details["Subject"]
    # Small enough to send by e-mail: the carnet of the example (12 A5 pages, the bilan month
    # by month in plain fills) is about 220 KB; each page holds text only, and its fonts once.
    assert path.stat().st_size < 256 * 1024


@pytest.mark.parametrize("commune", COMMUNES)
@pytest.mark.parametrize("kind", SIZES)
def test_the_command_names_the_file_it_printed_with_its_pages_and_kilobytes(printed, commune,
                                                                           kind):
    path = pdf(printed, commune, kind)
    said = (printed[commune] / f"{kind}.said").read_text(encoding="utf-8").splitlines()
    pages = int(info(path)["Pages"])
    plural = "page" if pages == 1 else "pages"
    kilobytes = round(path.stat().st_size / 1024)  # the file as written, in ko of 1,024 bytes
    named = [line for line in said if line.startswith(f"{kind.capitalize()} : ")]
    assert named == [f"{kind.capitalize()} : {path} ({pages} {plural}, {kilobytes} ko)"]


@pytest.mark.parametrize("commune", COMMUNES)
@pytest.mark.parametrize("kind", SIZES)
def test_every_page_says_its_number_and_date_with_fonts_embedded(printed, commune, kind):
    path = pdf(printed, commune, kind)
    count = int(info(path)["Pages"])
    text = poppler("pdftotext", "-layout", str(path), "-")
    for number in range(1, count + 1):
        assert f"page {number} / {count}" in text
    assert text.count("à jour au 29 novembre 2026") >= count
    fonts = poppler("pdffonts", str(path)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # « emb »


def test_the_example_carnet_is_twelve_a5_pages_or_fewer_with_cover_bilan_and_every_measure(
        printed):
    path = pdf(printed, "example", "carnet")
    assert int(info(path)["Pages"]) <= 12
    data = load_dataset(EXAMPLE, TODAY)
    cover = poppler("pdftotext", "-f", "1", "-l", "1", str(path), "-")
    assert data.commune.name in cover and "tenir-parole.example.org" in cover
    assert "https://" not in poppler("pdftotext", str(path), "-")  # addresses printed short
    text = " ".join(poppler("pdftotext", str(path), "-").split())
    for status, n in data.status_counts().items():
        assert f"{ui_fr.STATUS_LABELS[status]} : {n} sur {len(data.commitments())}" in text
    for measure in data.measures:
        assert f"{ui_fr.TEXTS['measure_n'].format(n=measure.number)} : {measure.title}" in text
    assert "Contribuer" not in text and "Poids de cette page" not in text  # no web footer


def test_the_poster_is_one_page_with_each_commitment_in_words(printed):
    path = pdf(printed, "example", "affiche")
    assert int(info(path)["Pages"]) == 1
    data = load_dataset(EXAMPLE, TODAY)
    assert [m.number for m in data.commitments()] == list(POSTER)
    text = " ".join(poppler("pdftotext", str(path), "-").split())
    for measure in data.commitments():
        label = POSTER[measure.number]
        # the measure's number, then its status before the next number (« Tenu » is also the
        # start of « Tenu en partie »: the label is followed by a blank or the end)
        assert re.search(re.escape(f"{measure.number}. ") + r"(?:(?!\b\d+\. ).)*?"
                         + re.escape(label) + r"(?: |$)", text), (measure.number, label)


def test_letters_ask_for_an_answer_by_a_date_and_say_where_it_will_be_published(printed):
    after = " ".join(poppler("pdftotext", str(pdf(printed, "example", "lettre")), "-").split())
    assert "d'ici au 29 décembre 2026" in after and "reponse_mairie" in after
    before = poppler("pdftotext", str(pdf(printed, "avant", "lettre")), "-")
    data = load_dataset(FIXTURES / "avant", TODAY)
    for lst in data.lists.values():
        assert lst.head in before  # one letter per list
    flat = " ".join(before.split())
    for label in ("S'engage pleinement", "S'engage en partie", "Flou ou neutre", "S'oppose",
                  "Sollicitée, sans réponse", "Non sollicitée"):
        assert label in flat  # the four boxes, declining to answer, and « Non sollicitée »
    assert "sollicitation" in flat and "droit_de_reponse" in flat
    assert flat.count(ui_fr.TEXTS["print_letter_signed"]) == len(data.lists)  # dated answers


def test_seven_lists_before_the_vote_still_fit_one_poster_with_numbered_columns(tmp_path):
    pledges = crowded(FIXTURES / "avant", tmp_path / "pledges")
    result = cli("affiche", "--pledges", str(pledges), "--dist", str(tmp_path), "--settings",
                 str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0, result.stderr
    path = tmp_path / f"tenir-parole-exempleville-les-bains-{DATE}-affiche.pdf"
    assert int(info(path)["Pages"]) == 1
    text = " ".join(poppler("pdftotext", str(path), "-").split())
    data = load_dataset(pledges, TODAY)
    assert len(data.lists) == 7
    key = text[text.index(ui_fr.TEXTS["print_grid_key"]):].replace("-", "")
    for number, lst in enumerate(data.lists.values(), start=1):  # (a hyphen may end a line)
        assert f"{number} {lst.name.replace('-', '')}" in key  # column numbers, named once


def test_the_same_data_prints_the_same_bytes(printed, tmp_path):
    result = cli("carnet", "--pledges", str(EXAMPLE), "--dist", str(tmp_path), "--settings",
                 str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0, result.stderr
    again = tmp_path / pdf(printed, "example", "carnet").name
    assert again.read_bytes() == pdf(printed, "example", "carnet").read_bytes()


def flat(text: str) -> str:
    """Text without blanks and hyphens, hard or soft: a narrow column cuts words anywhere."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", text)


def test_six_lists_already_take_numbered_columns_named_once_in_order(tmp_path):
    pledges = crowded(FIXTURES / "avant", tmp_path / "pledges")
    (pledges / "listes" / "saint-exemple-demain.yaml").unlink()  # six lists: the first keyed
    result = cli("affiche", "--pledges", str(pledges), "--dist", str(tmp_path), "--settings",
                 str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0, result.stderr
    text = flat(poppler("pdftotext", str(tmp_path / f"tenir-parole-exempleville-les-bains-"
                                                     f"{DATE}-affiche.pdf"), "-"))
    assert flat("Listes : 1 Cap citoyen ; 2 Cap sur demain ; 3 Écologie et solidarité, une "
                "commune pour tous ; 4 Exempleville ensemble ; 5 Nouvel élan pour Saint-Exemple-"
                "sur-Loire et ses hameaux ; 6 Vallée vivante.") in text
    assert flat("Mesure 1 2 3 4 5 6 1. Sécuriser les services") in text


def test_the_letter_to_the_mayor_comes_from_the_publisher_and_is_signed_by_its_director(
        printed):
    text = poppler("pdftotext", str(pdf(printed, "example", "lettre")), "-")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[:5] == ["Collectif Tenir parole de Saint-Exemple (exemple)",
                         "1 place de la Mairie, 00000 Saint-Exemple-sur-Loire",
                         "Madame la Maire, Monsieur le Maire",
                         "Mairie de Saint-Exemple-sur-Loire",
                         "Saint-Exemple-sur-Loire, le 29 novembre 2026"]
    assert ("salutations respectueuses. Camille Exemple, présidente du collectif (personne "
            "fictive) Collectif Tenir parole de Saint-Exemple (exemple)") in " ".join(text.split())


def test_the_letter_to_the_mayor_dates_each_last_check_and_says_who_else_decides(printed):
    text = " ".join(poppler("pdftotext", str(pdf(printed, "example", "lettre")), "-").split())
    # The table's three columns, headed on each of the two pages (« Votre réponse » is also
    # the start of the paragraph after the table).
    assert text.count("Engagement État relevé") == 2
    assert len(re.findall(r"Votre réponse(?! sera)", text)) == 2
    assert text.count("dernière vérification :") == 7  # one a commitment
    assert "dernière vérification : 5 novembre 2026" in text  # measure 1, kept
    assert "dernière vérification : jamais" in text  # measure 9, never checked
    assert text.count("Cette mesure ") == 2  # 4 (the intercommunalité) and 7 (shared)
    assert "l'intercommunalité (Communauté de communes du Val d'Exemple)." in text


def test_each_letter_before_the_vote_goes_to_a_head_of_list_by_name(printed):
    text = poppler("pdftotext", str(pdf(printed, "avant", "lettre")), "-")
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[0] == "Tenir parole"  # the fixture names no publisher
    for head, name in (("Sophie Arrighi", "Cap sur demain"),
                       ("Jean-Marc Duthil", "Exempleville ensemble"),
                       ("Léa Fontanel", "Vallée vivante")):
        assert lines[lines.index(head) + 1] == f"Tête de la liste « {name} »"
    assert " ".join(text.split()).count("l'expliquer en une phrase, d'ici au 29 décembre "
                                        "2026 ?") == 3
    # Measure 10 is the State's to decide: each list is told, under it, and only there.
    assert " ".join(text.split()).count("électromagnétique Cette mesure dépend de l'État.") == 3
    assert text.count("Cette mesure") == 3


def test_the_poster_is_dated_by_the_data_gives_the_bilan_the_address_and_the_contact(printed):
    after = words(poppler("pdftotext", str(pdf(printed, "example", "affiche")), "-"))
    assert ("Les engagements « Désescalade numérique » de L'Avenir en commun à Saint-Exemple, "
            "état au 29 novembre 2026." in after)
    assert "Le bilan en un coup d'œil 7 engagements de L'Avenir en commun" in after
    assert "Tenu : 2 sur 7 Tenu en partie : 1 sur 7" in after
    assert "Citations, sources, dates et historique : tenir-parole.example.org" in after
    assert "Une erreur, une source à signaler, un droit de réponse ?" in after
    before = words(poppler("pdftotext", str(pdf(printed, "avant", "affiche")), "-"))
    assert ("Les listes candidates et les dix propositions « Désescalade numérique », au "
            "29 novembre 2026." in before)
