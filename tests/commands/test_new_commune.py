"""`make nouvelle-commune` (tenir_parole/new_commune.py), run on a copy of the project.

The new pledges/ passes `make check`, builds into a site that names the new commune and keeps
nothing of the example; the example stays in examples/saint-exemple/ and still builds. Bad
input, or work git could not give back, leaves pledges/ exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import html
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from helpers import ROOT, cli, commit_all, copy_project, run

NAME = "Saint-Julien-Molin-Molette"
ARGS = ("--insee", "42246")  # as `make nouvelle-commune INSEE=42246`: the rest is official
SKELETON = {"commune.yaml", "mesures.yaml", "corrections.yaml", "suivi.yaml",
            "listes/liste-a-renommer.yaml"}
HEADER = "# yaml-language-server: $schema="


def example_terms() -> set[str]:
    """What identifies the example: its commune, its lists' names, heads and file names."""
    example = ROOT / "examples" / "saint-exemple"
    terms = {"Saint-Exemple"}
    for path in (example / "listes").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        terms |= {data["nom"], data["tete_de_liste"], path.stem}
    return terms


def in_project(root: Path, *args: str):
    """`tenir-parole ARGS…` run from the copy of the project, in this process."""
    with contextlib.chdir(root):
        return cli(*args)


def new_commune(root: Path, *args: str):
    return in_project(root, "nouvelle-commune", *args)


def build(root: Path, pledges: Path, output: Path):
    return in_project(root, "html", "--output", str(output), "--pledges", str(pledges))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def started(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, Path]:
    """A committed copy of the project, after the command; and its site, built."""
    root = copy_project(tmp_path_factory.mktemp("nouvelle") / "projet")
    commit_all(root)
    result = new_commune(root, *ARGS)
    assert result.returncode == 0, result.stderr
    output = root.parent / "site"
    built = build(root, root / "pledges", output)
    assert built.returncode == 0, built.stderr
    return root, result, output


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "projet")


def test_new_pledges_pass_make_check(started):
    root, _, _ = started
    result = in_project(root, "check")
    assert result.returncode == 0, result.stderr
    assert "10 mesures, 1 liste" in result.stdout


def test_skeleton_has_each_file_and_each_passes_its_schema(started):
    root, _, _ = started
    pledges = root / "pledges"
    assert set(snapshot(pledges)) == SKELETON
    for name in SKELETON:
        # No schema line: .vscode/settings.json ties the files to their schemas, where a save
        # through the form editor (which drops YAML comments) cannot undo it.
        text = (pledges / name).read_text(encoding="utf-8")
        assert HEADER not in text, name
        if name == "suivi.yaml":  # before the vote, its template: comments only, uncommented here
            lines = text.splitlines()
            start = next(i for i, line in enumerate(lines) if line.startswith("# liste:"))
            text = "\n".join(line.removeprefix("# ") for line in lines[start:])
            (pledges.parent / "suivi-rempli.yaml").write_text(text + "\n", encoding="utf-8")
            name = "../suivi-rempli.yaml"
        kind = ("liste" if name.startswith("listes/") else "suivi" if "suivi" in name
                else name.removesuffix(".yaml"))
        schema = ROOT / "schemas" / f"{kind}.schema.json"
        # …and each file passes it with a standard YAML 1.2 tool, as editors' tools read it.
        result = run(root, sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema),
                     str(pledges / name))
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(("name", "shown"), [
    ("commune.yaml", ["# presentation: >-", "# site: https://", "# liste_elue: ",
                      "# deliberations: https://", "# courriel: ", "# forge: https://",
                      "# siret: "]),
    ("listes/liste-a-renommer.yaml", ["# site: https://", "# presentation: >-", "# resultat:",
                                      "#   premier_tour: ", "#   second_tour: ", "#   sieges: ",
                                      "#     citation: >-", "#     sollicitation:"]),
    ("suivi.yaml", ["# liste: liste-a-renommer", "# mises_a_jour:", "#     statut: ",
                    "#     source:"]),
    ("corrections.yaml", ["#     modification: >-", "#     motif: >-", "corrections: []"]),
])
def test_every_field_the_guide_asks_for_is_in_the_skeleton_where_it_goes(started, name, shown):
    """The guide says « remplacez site, presentation ; ajoutez resultat… » : each is there,
    commented, in the file where it belongs, for the editor to uncomment."""
    root, _, _ = started
    lines = (root / "pledges" / name).read_text(encoding="utf-8").splitlines()
    for start in shown:
        assert any(line.startswith(start) for line in lines), (name, start)


def test_skeleton_starts_before_the_vote_with_the_example_measures(started):
    root, _, _ = started
    pledges = root / "pledges"
    commune = yaml.safe_load((pledges / "commune.yaml").read_text(encoding="utf-8"))
    assert commune["nom"] == NAME and commune["code_insee"] == "42246"
    assert commune["phase"] == "avant" and "liste_elue" not in commune
    assert "À compléter" in commune["contact"]
    mine = yaml.safe_load((pledges / "mesures.yaml").read_text(encoding="utf-8"))["mesures"]
    example = yaml.safe_load((root / "examples/saint-exemple/mesures.yaml").read_text("utf-8"))
    # the same measures, without who decides in the example commune (true of it alone)
    assert any("competence" in m for m in example["mesures"])
    assert mine == [{k: v for k, v in m.items() if k != "competence"}
                    for m in example["mesures"]]
    measures = [m["slug"] for m in mine]
    stances = yaml.safe_load((pledges / "listes/liste-a-renommer.yaml").read_text("utf-8"))
    assert stances["positions"] == [{"mesure": m, "position": "non-sollicitee"}
                                    for m in measures]
    corrections = yaml.safe_load((pledges / "corrections.yaml").read_text(encoding="utf-8"))
    assert corrections == {"corrections": []}


def test_built_home_page_names_the_new_commune(started):
    _, _, output = started
    home = BeautifulSoup((output / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert NAME in home.title.get_text()
    assert NAME in home.get_text()


def test_no_trace_of_the_example_in_the_new_data_or_the_pages_built_from_it(started):
    root, result, output = started
    terms = {t.casefold() for t in example_terms()}
    for name, data in snapshot(root / "pledges").items():
        text = data.decode("utf-8").casefold()
        assert not [t for t in terms if t in text], name
    # Editors' prose in content/pages/ is theirs to adapt: the command lists what still names
    # the example, and only those pages may still carry it.
    prose = {p.stem: p for p in (root / "content" / "pages").glob("*.md")
             if any(t in p.read_text(encoding="utf-8").casefold() for t in terms)}
    for page in prose.values():
        assert f"{page.relative_to(root).as_posix()}, ligne" in result.stdout
    for path in sorted(output.rglob("*")):
        if not path.is_file() or path.suffix == ".gz" or path.stem in prose:
            continue
        text = html.unescape(path.read_bytes().decode("utf-8", "ignore")).casefold()
        assert not [t for t in terms if t in text], path.relative_to(output)


def test_summary_says_in_french_what_to_do_next(started):
    _, result, _ = started
    assert f"Nouvelle commune prête dans pledges/ : {NAME} (42246, Loire)" in result.stdout
    for step in ("À faire maintenant", "listes/liste-a-renommer.yaml", "make check",
                 "examples/saint-exemple"):
        assert step in result.stdout
    steps = result.stdout.split("À faire maintenant :\n")[1].split("\n\n")[0].splitlines()
    assert [line.split(". ")[0] for line in steps] == [f"  {n}" for n in range(1, len(steps) + 1)]
    assert steps[0].startswith("  1. pledges/commune.yaml : ")
    assert "La commune remplacée" not in result.stdout  # the example it replaced is no commune


def test_example_stays_available_and_builds(started, tmp_path):
    root, _, _ = started
    example = root / "examples" / "saint-exemple"
    assert in_project(root, "check", "--pledges", str(example)).returncode == 0
    result = build(root, example, tmp_path / "exemple")
    assert result.returncode == 0, result.stderr
    assert "Saint-Exemple" in (tmp_path / "exemple" / "index.html").read_text(encoding="utf-8")


# Exit 2: no commune has this code (as argparse for a mistaken option); exit 1: the
# commune.yaml written from the values would not pass make check.
@pytest.mark.parametrize(("args", "message", "code"), [
    (("--insee", "1234"), "INSEE : code INSEE « 1234 » invalide : cinq caractères", 2),
    (("--insee", "2C004"), "INSEE : code INSEE « 2C004 » invalide", 2),
    (("--first-round", "15/03/2026"), "PREMIER_TOUR : date « 15/03/2026 » invalide", 1),
    (("--second-round", "2026-03-08"), "SECOND_TOUR : le second tour précède le premier", 1),
])
def test_bad_values_are_refused_in_french_and_pledges_untouched(project, args, message, code):
    before = snapshot(project / "pledges")
    result = new_commune(project, *ARGS, *args, "--force")
    assert result.returncode == code
    assert message in result.stderr
    assert "pledges/ n'a pas été modifié" in result.stderr
    assert snapshot(project / "pledges") == before
    assert not list(project.glob(".nouvelle-commune-*"))


def test_insee_alone_fills_the_commune_from_the_official_geography(started):
    root, result, _ = started
    commune = yaml.safe_load((root / "pledges" / "commune.yaml").read_text(encoding="utf-8"))
    assert {k: commune[k] for k in ("nom", "code_insee", "departement", "region", "siren",
                                    "intercommunalite")} == {
        "nom": "Saint-Julien-Molin-Molette", "code_insee": "42246", "departement": "Loire",
        "region": "Auvergne-Rhône-Alpes", "siren": "214202467",
        "intercommunalite": {"nom": "Communauté de communes des Monts du Pilat",
                             "siren": "244200622"}}
    assert ("Intercommunalité : Communauté de communes des Monts du Pilat (pour les mesures "
            "qu'elle décide : competence, niveau intercommunalite).") in result.stdout
    assert '# siret: "…"' in (root / "pledges" / "commune.yaml").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def untouched(tmp_path_factory) -> Path:
    """A copy of the project the refused commands below leave as it is."""
    return copy_project(tmp_path_factory.mktemp("refus") / "projet")


@pytest.mark.parametrize(("args", "said"), [
    (("--name", "Saint-Julien-Molin-Molette", "--insee", "42265", "--department", "Loire"),
     "NOM « Saint-Julien-Molin-Molette » : le code INSEE 42265 est celui de "
     "Saint-Michel-sur-Rhône (Loire), selon le Code officiel géographique 2026 — vouliez-vous "
     "dire INSEE=42246 (Saint-Julien-Molin-Molette, Loire) ?"),
    (("--name", "Saint-Julien-Molin-Molete", "--insee", "42999"),
     "INSEE=42999 : aucune commune ne porte ce code dans le Code officiel géographique 2026 — "
     "vouliez-vous dire INSEE=42246 (Saint-Julien-Molin-Molette, Loire) ou"),
    (("--insee", "01018"),
     "INSEE=01018 : ancien code : cette commune fait partie de Valserhône (01033, Ain) depuis, "
     "selon le Code officiel géographique 2026 ; c'est elle qui élit le conseil municipal, "
     "code INSEE « 01033 »\n  make nouvelle-commune INSEE=01033"),
    (("--insee", "01340"),
     "INSEE=01340 : Saint-Bois est une commune déléguée d'Arboys en Bugey (01015, Ain) ; "
     "c'est Arboys en Bugey qui élit le conseil municipal, code INSEE « 01015 »\n"
     "  make nouvelle-commune INSEE=01015"),
    (("--insee", "42246", "--department", "Ain"),
     "DEPARTEMENT « Ain » : Saint-Julien-Molin-Molette (42246) est dans le département Loire "
     "(42)"),
    (("--insee", "42246", "--department", "Loir"),
     "DEPARTEMENT « Loir » : aucun département de ce nom ni de ce code dans le Code officiel "
     "géographique 2026"),
    (("--insee", "97701"),
     "INSEE=97701 : Saint-Barthélemy n'élit pas de conseil municipal : il n'y a pas "
     "d'élections municipales à suivre"),
    (("--name", "Sainte-Colombe", "--department", "Rhône"),
     "Il manque INSEE, le code de la commune : d'après le nom « Sainte-Colombe », INSEE=69189 "
     "(Sainte-Colombe, Rhône)\n  make nouvelle-commune INSEE=69189"),
    (("--name", "Sainte-Colombe"),
     "Il manque INSEE, le code de la commune : d'après le nom « Sainte-Colombe », INSEE=05135 "
     "(Sainte-Colombe, Hautes-Alpes) ou INSEE=17319 (Sainte-Colombe, Charente-Maritime)"),
], ids=["code-of-another", "unknown", "former", "delegated", "other-departement",
        "no-departement", "no-council", "name-alone", "twelve-of-that-name"])
def test_a_code_or_name_that_is_not_the_commune_is_refused_with_what_it_is(untouched, args,
                                                                          said):
    before = snapshot(untouched / "pledges")
    result = new_commune(untouched, *args, "--force")
    assert result.returncode == 2
    assert result.stderr.startswith(said)
    assert result.stderr.endswith("Rien n'a été écrit : pledges/ n'a pas été modifié.\n")
    assert snapshot(untouched / "pledges") == before


def test_a_name_typed_otherwise_is_written_as_the_official_one(project):
    result = new_commune(project, "--name", "saint julien molin molette", "--insee", "42246",
                         "--department", "42", "--force")
    assert result.returncode == 0, result.stderr
    assert ("NOM « saint julien molin molette » : écrit « Saint-Julien-Molin-Molette », le nom "
            "officiel") in result.stdout
    commune = yaml.safe_load((project / "pledges" / "commune.yaml").read_text("utf-8"))
    assert (commune["nom"], commune["departement"]) == ("Saint-Julien-Molin-Molette", "Loire")


def test_a_missing_code_is_named(project):
    result = new_commune(project, "--name", "")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "Il manque INSEE, le code de la commune : par exemple",
        "  make nouvelle-commune INSEE=01234",
        "Rien n'a été écrit : pledges/ n'a pas été modifié."]


def test_uncommitted_changes_are_kept_unless_forced(project):
    commit_all(project)
    (project / "pledges" / "listes" / "nouvelle.yaml").write_text("nom: x\n", encoding="utf-8")
    before = snapshot(project / "pledges")
    result = new_commune(project, *ARGS)
    assert result.returncode == 1
    assert "Ses modifications non enregistrées dans git seraient perdues :" in result.stderr
    assert "pledges/listes/nouvelle.yaml" in result.stderr and "FORCE=1" in result.stderr
    assert snapshot(project / "pledges") == before
    assert new_commune(project, *ARGS, "--force").returncode == 0
    assert set(snapshot(project / "pledges")) == SKELETON


@pytest.mark.parametrize("git", ["sans dépôt", "pas installé"])
def test_when_git_cannot_tell_the_command_asks_for_force(project, monkeypatch, tmp_path, git):
    """Outside a repository, or without git at all: nothing says the folder holds no
    unrecorded work."""
    if git == "pas installé":
        commit_all(project)
        monkeypatch.setenv("PATH", str(tmp_path / "sans-git"))
    before = snapshot(project / "pledges")
    result = new_commune(project, *ARGS)
    assert result.returncode == 1
    assert "Pas de dépôt git ici" in result.stderr and "FORCE=1" in result.stderr
    assert snapshot(project / "pledges") == before


def test_make_target_passes_names_as_typed(project):
    """The documented command, through make: an apostrophe and a « ÿ », FORCE=1, no second
    round; then INSEE alone (make passes no empty NOM or DEPARTEMENT)."""
    result = run(project, "make", "-s", "-o", ".venv/.installed", "nouvelle-commune",
                 f"BIN={Path(sys.executable).parent}", "NOM=L'Haÿ-les-Roses",
                 "INSEE=94038", "DEPARTEMENT=Val-de-Marne", "SECOND_TOUR=", "FORCE=1")
    assert result.returncode == 0, result.stderr
    commune = yaml.safe_load((project / "pledges" / "commune.yaml").read_text("utf-8"))
    assert commune["nom"] == "L'Haÿ-les-Roses" and commune["code_insee"] == "94038"
    assert commune["elections"] == {"premier_tour": dt.date(2026, 3, 15)}
    alone = run(project, "make", "-s", "-o", ".venv/.installed", "nouvelle-commune",
                f"BIN={Path(sys.executable).parent}", "INSEE=2A004", "FORCE=1")
    assert alone.returncode == 0, alone.stderr
    commune = yaml.safe_load((project / "pledges" / "commune.yaml").read_text("utf-8"))
    assert (commune["nom"], commune["departement"]) == ("Ajaccio", "Corse-du-Sud")


def test_make_check_takes_the_pledges_folder_as_typed(project):
    """A folder named with spaces, « ; » and quotes: make check reads it, and runs nothing."""
    odd = "mes données; touch pwned 'x'"
    shutil.copytree(project / "examples" / "saint-exemple", project / odd)
    result = run(project, "make", "-s", "-o", ".venv/.installed", "check",
                 f"BIN={Path(sys.executable).parent}", f"PLEDGES={odd}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [f"Vérification des données de {odd}/…",
                                              "Données valides : 10 mesures, 4 listes."]
    assert not list(project.rglob("pwned"))


def test_a_real_commune_is_never_replaced_unless_forced_and_git_gives_it_back(project):
    """Committed or not, a commune's own data (lists, follow-up) is refused; with FORCE=1 it
    is replaced, and the command says how to get it back."""
    pledges = project / "pledges"
    commune = pledges / "commune.yaml"
    commune.write_text(commune.read_text(encoding="utf-8").replace(
        "Saint-Exemple-sur-Loire", "Villeneuve-la-Vraie"), encoding="utf-8")
    commit_all(project)
    before = snapshot(pledges)
    result = new_commune(project, *ARGS)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "pledges/ contient déjà une commune, « Villeneuve-la-Vraie » (4 listes, un suivi), et "
        "pas l'exemple : make nouvelle-commune la remplacerait.",
        "Pour suivre une autre commune, faites plutôt une copie du dépôt. Pour la remplacer "
        "quand même, relancez avec FORCE=1 (elle resterait dans l'historique de git : git "
        "checkout HEAD -- pledges/ && git clean -fdq pledges/ la remettrait).",
        "Rien n'a été écrit."]
    assert snapshot(pledges) == before
    forced = new_commune(project, *ARGS, "--force")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.splitlines()[-1] == (
        "La commune remplacée reste dans l'historique de git, si elle y était enregistrée : "
        "git checkout HEAD -- pledges/ && git clean -fdq pledges/ la remet.")
    assert run(project, "sh", "-c", "git checkout HEAD -- pledges/ && git clean -fdq pledges/"
               ).returncode == 0
    assert snapshot(pledges) == before


def test_a_broken_example_is_named_and_nothing_is_written(tmp_path):
    example = Path(shutil.copytree(ROOT / "examples" / "saint-exemple", tmp_path / "exemple"))
    (example / "mesures.yaml").write_text("mesures: [\n", encoding="utf-8")
    pledges = tmp_path / "pledges"
    result = new_commune(tmp_path, *ARGS, "--example", str(example), "--pledges", str(pledges),
                         "--force")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{example}/mesures.yaml, ligne 2 : syntaxe YAML invalide — vérifiez l'indentation, "
        "les « : » et les guillemets",
        "Rien n'a été écrit.",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exemple"]


def test_an_internal_error_names_the_file_and_writes_nothing(project, monkeypatch):
    from tenir_parole.core import folder

    def broken(doc, model):
        raise KeyError("bogue")

    monkeypatch.setattr(folder, "validate", broken)
    before = snapshot(project / "pledges")
    result = new_commune(project, *ARGS, "--force")
    assert result.returncode == 1
    assert result.stderr.startswith("pledges/commune.yaml : erreur interne de Tenir parole")
    assert result.stderr.endswith("\nRien n'a été écrit.\n")
    assert snapshot(project / "pledges") == before
    assert not list(project.glob(".nouvelle-commune-*"))


def refuse_renames(monkeypatch, refused) -> None:
    """Path.rename fails (no permission) for a rename ``refused(source, target)`` names."""
    rename = Path.rename

    def failing(source: Path, target):
        if refused(Path(source), Path(target)):
            raise PermissionError(errno.EACCES, "Permission denied")
        return rename(source, target)

    monkeypatch.setattr(Path, "rename", failing)


def test_a_failed_swap_puts_the_communes_data_back(project, monkeypatch):
    before = snapshot(project / "pledges")
    refuse_renames(monkeypatch, lambda source, target: source.parent.name.startswith(
        ".nouvelle-commune-") and source.name == "pledges")
    result = new_commune(project, *ARGS, "--force")
    assert result.returncode == 1
    assert result.stderr == ("Impossible de remplacer pledges/ (Permission denied). Rien n'a "
                             "été écrit : pledges/ n'a pas été modifié.\n")
    assert snapshot(project / "pledges") == before
    assert not list(project.glob(".nouvelle-commune-*"))


def test_data_that_cannot_be_put_back_is_kept_and_its_place_named(project, monkeypatch):
    before = snapshot(project / "pledges")
    refuse_renames(monkeypatch, lambda source, target: target.name == "pledges")
    result = new_commune(project, *ARGS, "--force")
    assert result.returncode == 1
    [work] = project.glob(".nouvelle-commune-*")
    assert result.stderr == (f"Impossible de remplacer pledges/ (Permission denied). Vos données "
                             f"sont dans {work / 'ancien'} : remettez ce dossier à la place de "
                             "pledges/ (même nom).\n")
    assert snapshot(work / "ancien") == before


def test_an_accented_commune_is_written_in_plain_utf8_not_escapes(project):
    """Évry-Courcouronnes (91228, Essonne, Île-de-France): commune.yaml reads as the editor
    will read it in a text editor, letters as they are, never « \\u00c9 » escapes."""
    result = new_commune(project, "--insee", "91228", "--force")
    assert result.returncode == 0, result.stderr
    raw = (project / "pledges" / "commune.yaml").read_bytes()
    for name in ("Évry-Courcouronnes", "Essonne", "Île-de-France"):
        assert name.encode("utf-8") in raw
    assert b"\\u" not in raw and b"\\x" not in raw
    assert "Nouvelle commune prête dans pledges/ : Évry-Courcouronnes (91228, Essonne)" in (
        result.stdout)


def drafts(folder: Path, number: int) -> list[str]:
    """``number`` notes an editor left in ``folder``, not yet recorded in git (no data)."""
    for n in range(1, number + 1):
        (folder / f"brouillon-{n:02}.txt").write_text("à vérifier\n", encoding="utf-8")
    return [f"  pledges/brouillon-{n:02}.txt" for n in range(1, number + 1)]


@pytest.mark.parametrize(("number", "shown", "more"), [(2, 2, []), (10, 10, []),
                                                       (11, 10, ["  … et 1 autre"]),
                                                       (13, 10, ["  … et 3 autres"])])
def test_uncommitted_files_are_named_ten_at_most_then_counted(project, number, shown, more):
    """The example's data unchanged, notes left beside it: the command names them, the first
    ten by name and the others counted, and replaces nothing."""
    commit_all(project)
    names = drafts(project / "pledges", number)
    result = new_commune(project, *ARGS)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "pledges/ contient des modifications non enregistrées dans git :",
        *names[:shown], *more,
        "Enregistrez-les d'abord (git add pledges && git commit), ou relancez avec FORCE=1 "
        "pour les abandonner.",
        "Rien n'a été écrit."]


def test_a_real_communes_unrecorded_files_are_named_ten_at_most(project):
    """A commune of one list, without follow-up, with twelve files git has not recorded."""
    pledges = project / "pledges"
    for path in sorted((pledges / "listes").glob("*.yaml"))[1:]:
        path.unlink()
    (pledges / "suivi.yaml").unlink()
    commune = pledges / "commune.yaml"
    commune.write_text(commune.read_text(encoding="utf-8").replace(
        "Saint-Exemple-sur-Loire", "Villeneuve-la-Vraie"), encoding="utf-8")
    commit_all(project)
    names = drafts(pledges, 12)
    result = new_commune(project, *ARGS)
    assert result.returncode == 1
    assert result.stderr.splitlines()[:13] == [
        "pledges/ contient déjà une commune, « Villeneuve-la-Vraie » (1 liste), et pas "
        "l'exemple : make nouvelle-commune la remplacerait.",
        "Ses modifications non enregistrées dans git seraient perdues :",
        *names[:10], "  … et 2 autres"]


def test_a_new_folder_in_new_parent_folders_is_made(project):
    pledges = project / "communes" / "saint-etienne" / "pledges"
    result = new_commune(project, *ARGS, "--pledges", str(pledges))
    assert result.returncode == 0, result.stderr
    assert set(snapshot(pledges)) == SKELETON


def test_a_failed_first_placing_writes_nothing(project, monkeypatch):
    """No folder there yet, and the new one cannot be put in place: nothing to put back."""
    pledges = project / "neuf" / "pledges"
    refuse_renames(monkeypatch, lambda source, target: target == pledges)
    result = new_commune(project, *ARGS, "--pledges", str(pledges))
    assert result.returncode == 1
    assert result.stderr == ("Impossible de remplacer pledges/ (Permission denied). Rien n'a "
                             "été écrit : pledges/ n'a pas été modifié.\n")
    assert not pledges.exists() and not list(pledges.parent.glob(".nouvelle-commune-*"))


def test_an_example_without_measures_is_named_and_nothing_is_written(project, tmp_path):
    before = snapshot(project / "pledges")
    result = new_commune(project, *ARGS, "--example", str(tmp_path / "vide"), "--force")
    assert result.returncode == 2
    assert result.stderr == (f"{tmp_path / 'vide'}/mesures.yaml introuvable : les mesures sont "
                             "copiées de la commune d'exemple.\n")
    assert snapshot(project / "pledges") == before
