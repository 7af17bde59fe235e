"""The printed editions as they come out of the printer: the A5 carnet, the A4 poster and the
A4 letter, for the example (after the vote) and the before-the-vote fixture. Checked with
poppler's tools, as a volunteer's PDF viewer would show them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import EXAMPLE, FIXTURES, ROOT, cli, crowded, words

DATE = "2026-11-29"
#: Each commune's pledges/, the name its files carry, and its name (commune.yaml).
COMMUNES = {"example": (EXAMPLE, "saint-exemple-sur-loire", "Saint-Exemple-sur-Loire"),
            "avant": (FIXTURES / "avant", "exempleville-les-bains", "Exempleville-les-Bains")}
SIZES = {"carnet": "(A5)", "affiche": "(A4)", "lettre": "(A4)"}
#: The example's ten measures, as the carnet heads them.
MEASURES = ["Mesure 1 : Sécuriser les services essentiels « hors réseau »",
            "Mesure 2 : Assurer une gestion municipale sobre et dégafamisée",
            "Mesure 3 : Garantir un service public humain",
            "Mesure 4 : Favoriser les emplois, pas les IA",
            "Mesure 5 : Assurer la sécurité sans vidéosurveillance",
            "Mesure 6 : Bannir les écrans publicitaires de l'espace public et des transports "
            "en commun",
            "Mesure 7 : Favoriser une école ouverte et créative",
            "Mesure 8 : Lutter contre l'airbnbisation de l'habitat",
            "Mesure 9 : Refuser l'installation de data centers",
            "Mesure 10 : Limiter les antennes relais et l'exposition électromagnétique"]
#: The before-the-vote fixture's three lists and helpers.MORE_LISTS' four, in French
#: alphabetical order (« Écologie » among the E).
SEVEN = ["Cap citoyen", "Cap sur demain", "Écologie et solidarité, une commune pour tous",
         "Exempleville ensemble", "Nouvel élan pour Saint-Exemple-sur-Loire et ses hameaux",
         "Saint-Exemple demain : la commune des habitants", "Vallée vivante"]
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
    for name, (pledges, *_) in COMMUNES.items():
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
    name = COMMUNES[commune][2]
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
    cover = poppler("pdftotext", "-f", "1", "-l", "1", str(path), "-")
    assert "Saint-Exemple-sur-Loire" in cover and "tenir-parole.example.org" in cover
    assert "https://" not in poppler("pdftotext", str(path), "-")  # addresses printed short
    laid_out = words(poppler("pdftotext", "-layout", str(path), "-"))
    assert ("Tenu : 2 sur 7 Tenu en partie : 1 sur 7 En cours : 1 sur 7 Non tenu : 1 sur 7 "
            "Invérifiable : 1 sur 7 Pas encore évalué : 1 sur 7") in laid_out  # as on the site
    text = " ".join(poppler("pdftotext", str(path), "-").split())
    for measure in MEASURES:
        assert measure in text
    assert "Contribuer" not in text and "Poids de cette page" not in text  # no web footer


def test_the_poster_is_one_page_with_each_commitment_in_words(printed):
    path = pdf(printed, "example", "affiche")
    assert int(info(path)["Pages"]) == 1
    text = " ".join(poppler("pdftotext", str(path), "-").split())
    for number, label in POSTER.items():
        # the measure's number, then its status before the next number (« Tenu » is also the
        # start of « Tenu en partie »: the label is followed by a blank or the end)
        assert re.search(re.escape(f"{number}. ") + r"(?:(?!\b\d+\. ).)*?"
                         + re.escape(label) + r"(?: |$)", text), (number, label)


def test_letters_ask_for_an_answer_by_a_date_and_say_where_it_will_be_published(printed):
    after = " ".join(poppler("pdftotext", str(pdf(printed, "example", "lettre")), "-").split())
    assert "d'ici au 29 décembre 2026" in after and "reponse_mairie" in after
    before = poppler("pdftotext", str(pdf(printed, "avant", "lettre")), "-")
    for head in ("Sophie Arrighi", "Jean-Marc Duthil", "Léa Fontanel"):
        assert head in before  # one letter per list (tests/fixtures/avant/listes/)
    flat = " ".join(before.split())
    for label in ("S'engage pleinement", "S'engage en partie", "Flou ou neutre", "S'oppose",
                  "Sollicitée, sans réponse", "Non sollicitée"):
        assert label in flat  # the four boxes, declining to answer, and « Non sollicitée »
    assert "sollicitation" in flat and "droit_de_reponse" in flat
    assert flat.count("Nom, qualité, date et signature (pour dater votre réponse) :") == 3


def test_seven_lists_before_the_vote_still_fit_one_poster_with_numbered_columns(tmp_path):
    pledges = crowded(FIXTURES / "avant", tmp_path / "pledges")
    result = cli("affiche", "--pledges", str(pledges), "--dist", str(tmp_path), "--settings",
                 str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0, result.stderr
    path = tmp_path / f"tenir-parole-exempleville-les-bains-{DATE}-affiche.pdf"
    assert int(info(path)["Pages"]) == 1
    text = " ".join(poppler("pdftotext", str(path), "-").split())
    key = text[text.index("Listes :"):].replace("-", "")  # (a hyphen may end a line)
    for number, name in enumerate(SEVEN, start=1):
        assert f"{number} {name.replace('-', '')}" in key  # column numbers, named once


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
