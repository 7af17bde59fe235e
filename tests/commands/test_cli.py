"""`tenir-parole`, the command the Makefile calls: French help, French refusals, exit codes."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import sys

import pytest

from helpers import EXAMPLE, ROOT, cli, write_pledges
from tenir_parole.commands.cli import COMMANDS, main


def test_help_lists_every_command_in_french():
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    for name, (text, *_) in COMMANDS.items():
        assert name in out.getvalue() and text.split()[0] in out.getvalue()


def test_a_missing_data_folder_is_named(tmp_path):
    result = cli("check", "--pledges", str(tmp_path / "absent"))
    assert result.returncode == 2 and "absent : dossier introuvable" in result.stderr


def test_a_missing_settings_file_says_where_to_run_from(tmp_path):
    result = cli("html", "--pledges", str(EXAMPLE), "--settings", str(tmp_path / "conf.py"))
    assert result.returncode == 2
    assert "fichier de réglages introuvable (lancez la commande depuis le dossier du projet)" \
        in result.stderr


def test_schemas_command_writes_what_the_repository_ships(tmp_path, monkeypatch):
    """`make schemas`: schemas/*.json and the form editor's configuration (editeur/config.yml,
    one file a forge), each path said."""
    from tenir_parole.commands import generated

    monkeypatch.setattr(generated, "ROOT", tmp_path)  # the project's editeur/ left alone
    result = cli("schemas", str(tmp_path / "schemas"))
    assert result.returncode == 0
    written = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert written == sorted(p.name for p in (ROOT / "schemas").glob("*.schema.json"))
    for name in written:
        assert json.loads((tmp_path / "schemas" / name).read_text("utf-8")) == \
            json.loads((ROOT / "schemas" / name).read_text("utf-8"))
    editor = sorted(p.relative_to(tmp_path / "editeur").as_posix()
                    for p in (tmp_path / "editeur").rglob("*.yml"))
    assert editor == ["config.yml", "forges/forgejo.yml", "forges/gitea.yml",
                      "forges/github.yml", "forges/gitlab.yml"]
    for name in editor:
        assert (tmp_path / "editeur" / name).read_bytes() == \
            (ROOT / "editeur" / name).read_bytes(), name
    assert sorted(result.stdout.splitlines()) == sorted(
        [*(str(tmp_path / "schemas" / name) for name in written),
         *(str(tmp_path / "editeur" / name) for name in editor)])


@pytest.fixture
def edited_settings(tmp_path, monkeypatch):
    """pelicanconf.py as an editor changed it (its theme and pages beside it, as in the
    project). Pelican keeps the module it read as sys.modules["pelicanconf"], which
    publishconf.py imports: the edited one must not outlive the test."""
    monkeypatch.setitem(sys.modules, "pelicanconf", sys.modules.get("pelicanconf"))
    return functools.partial(edit_settings, tmp_path)


def edit_settings(tmp_path, old: str, new: str):
    for folder in ("theme", "content"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    settings = tmp_path / "pelicanconf.py"
    text = (ROOT / "pelicanconf.py").read_text(encoding="utf-8")
    assert old in text
    settings.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text.split(old)[0].count("\n") + 1
    return settings, line


def test_a_staleness_setting_that_is_not_a_number_is_named_at_its_line(edited_settings):
    settings, line = edited_settings("# FOLLOWUP_STALE_DAYS = 183",
                                     'FOLLOWUP_STALE_DAYS = "six mois"')
    result = cli("check", "--pledges", str(EXAMPLE), "--settings", str(settings))
    assert result.returncode == 2
    assert result.stderr == (f"{settings.as_posix()}, ligne {line} : FOLLOWUP_STALE_DAYS = "
                             "« six mois » invalide : un nombre entier de jours est attendu "
                             "(par exemple 183, environ six mois)\n")


def test_a_staleness_setting_in_days_is_taken(edited_settings):
    settings, _ = edited_settings("# FOLLOWUP_STALE_DAYS = 183",
                                  "FOLLOWUP_STALE_DAYS = 10000")
    result = cli("check", "--pledges", str(EXAMPLE), "--settings", str(settings))
    assert result.returncode == 0, result.stderr
    assert "Avertissement" not in result.stdout  # nothing is ten thousand days old


def test_a_syntax_error_in_the_settings_is_named_at_its_line(edited_settings, tmp_path):
    settings, line = edited_settings('SITENAME = "Tenir parole"',
                                     'SITENAME = "Tenir parole')
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("ancien site", encoding="utf-8")
    result = cli("html", "--pledges", str(EXAMPLE), "--settings", str(settings),
                 "--output", str(output))
    assert result.returncode == 2
    said, unchanged = result.stderr.splitlines()
    assert said.startswith(f"{settings.as_posix()}, ligne {line} : erreur de syntaxe Python (")
    assert said.endswith(") — vérifiez les guillemets, les parenthèses et les « = » de cette "
                         "ligne")
    assert unchanged == "output/ n'a pas été modifié."
    assert (output / "index.html").read_text(encoding="utf-8") == "ancien site"


def test_a_setting_python_cannot_compute_is_named_at_its_line(edited_settings):
    settings, line = edited_settings('SITENAME = "Tenir parole"',
                                     "SITENAME = Tenir_parole")
    result = cli("check", "--pledges", str(EXAMPLE), "--settings", str(settings))
    assert result.returncode == 2
    assert result.stderr == (f"{settings.as_posix()}, ligne {line} : réglage illisible "
                             "(NameError: name 'Tenir_parole' is not defined) — corrigez cette "
                             "ligne\n")


def test_a_syntax_error_in_the_publish_settings_is_named_before_anything_is_made(tmp_path):
    publishconf = tmp_path / "publishconf.py"
    publishconf.write_text((ROOT / "publishconf.py").read_text(encoding="utf-8")
                           + 'FEED_DOMAIN = "https://\n', encoding="utf-8")
    line = publishconf.read_text(encoding="utf-8").count("\n")
    result = cli("publish", "--pledges", str(EXAMPLE), "--settings", str(ROOT / "pelicanconf.py"),
                 "--publish-settings", str(publishconf), "--output", str(tmp_path / "output"),
                 "--dist", str(tmp_path / "dist"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{publishconf.as_posix()}, ligne {line} : erreur de "
                                    "syntaxe Python (")
    assert not (tmp_path / "dist").exists() and not (tmp_path / "output").exists()


def test_publish_says_first_everything_it_is_about_to_make(tmp_path):
    from tenir_parole.build.paper import KINDS

    write_pledges(tmp_path / "pledges")  # placeholders left: refused right after this line
    with contextlib.chdir(tmp_path):
        result = cli("publish", "--settings", str(ROOT / "pelicanconf.py"),
                     "--publish-settings", str(ROOT / "publishconf.py"))
    assert result.returncode == 1 and "Publication refusée" in result.stderr
    intro = result.stdout.splitlines()[0]
    assert intro == ("Vérification de pledges/, puis édition USB, carnet, affiche et lettre en "
                     "PDF dans dist/, et site à publier dans output/…")
    assert all(kind in intro for kind in KINDS)


def exited(*args: str) -> tuple[int, str, str]:
    """`tenir-parole ARGS…` stopped by its options: exit status, what it printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
            pytest.raises(SystemExit) as stopped:
        main(list(args))
    return stopped.value.code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", [*COMMANDS, "--help"])
def test_every_command_helps_in_french(command):
    code, out, _ = exited(*([command, "--help"] if command != "--help" else [command]))
    assert code == 0
    assert out.startswith("Usage : tenir-parole") and "-h, --help " in out
    assert "affiche cette aide" in out
    for english in ("usage:", "show this help", "positional arguments"):
        assert english not in out, english


@pytest.mark.parametrize(("args", "said"), [
    (("devserver", "--port", "abc"),
     "Arguments incorrects (--port : valeur « abc » invalide).\n"
     "Usage : make devserver PORT=8001\n"),
    (("lettre", "--answer-by", "2026-13-01"),
     "Arguments incorrects (--answer-by : date « 2026-13-01 » invalide : AAAA-MM-JJ).\n"
     "Usage : make lettre REPONSE=AAAA-MM-JJ\n"),
    (("mise-a-jour", "--amnot", "https://exemple.fr/tp.git"),
     "Arguments incorrects (non reconnu : --amnot https://exemple.fr/tp.git).\n"
     "Usage : make mise-a-jour AMONT=https://…/tenir-parole.git\n"),
    (("nouvelle-commune", "--nom", "Val"),
     "Arguments incorrects (non reconnu : --nom Val).\n"
     "Usage : make nouvelle-commune INSEE=01234\n"),
    (("check", "--pledges"),
     "Arguments incorrects (--pledges : une valeur est attendue).\n"
     "Usage : make check\n"),
    (("federation", "--sortie", "x"),
     "Arguments incorrects (non reconnu : --sortie x).\n"
     "Usage : make federation\n"),
    ((), "Arguments incorrects (il manque : commande).\nUsage : tenir-parole [-h] commande ...\n"),
])
def test_a_mistake_in_the_options_is_one_french_line_and_what_to_type(args, said):
    code, out, err = exited(*args)
    assert (code, out, err) == (2, "", said)


def test_a_page_not_saved_in_utf8_stops_the_build_in_french_and_keeps_the_site(tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    (content / "pages" / "a-propos.md").write_bytes(
        "Title: À propos\n\nLe caf".encode() + b"\xe9 du village.\n")  # Latin-1, as Notepad saves
    output = tmp_path / "output"
    output.mkdir()
    (output / "index.html").write_text("site d'hier", encoding="utf-8")
    result = cli("html", "--settings", str(ROOT / "pelicanconf.py"), "--output", str(output),
                 "--pledges", str(write_pledges(tmp_path / "pledges")), "--content", str(content))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{content / 'pages' / 'a-propos.md'}, ligne 3 : caractère invalide : le fichier doit être "
        "enregistré en UTF-8 (vérifiez l'encodage dans votre éditeur)",
        "Construction arrêtée : corrigez ces pages, puis relancez.",
        "output/ n'a pas été modifié."]
    assert (output / "index.html").read_text(encoding="utf-8") == "site d'hier"


def test_make_alone_lists_the_commands_in_french():
    import os
    import subprocess

    result = subprocess.run(["make", "-s"], cwd=ROOT, capture_output=True, text=True,
                            env={k: v for k, v in os.environ.items() if k != "MAKEFLAGS"})
    assert result.returncode == 0 and "is up to date" not in result.stdout
    assert result.stdout.splitlines()[:3] == [
        "Tenir parole : make COMMANDE, depuis le dossier du projet (détails : README.md).",
        "  make check              vérifie les données de pledges/ (rapide)",
        "  make html               vérifie, puis construit le site dans output/"]


def test_the_usb_edition_says_where_it_is_with_its_folder(tmp_path):
    with contextlib.chdir(tmp_path):
        result = cli("usb", "--pledges", str(EXAMPLE), "--settings", str(ROOT / "pelicanconf.py"))
    assert result.returncode == 0, result.stderr
    assert ("Édition USB : dist/tenir-parole-saint-exemple-sur-loire-2026-11-29/ et "
            "dist/tenir-parole-saint-exemple-sur-loire-2026-11-29.zip") in result.stdout


@pytest.mark.parametrize("edition", ["carnet", "affiche", "lettre", "usb", "publish", "deploy"])
def test_no_edition_is_made_while_placeholders_are_left(tmp_path, edition):
    """A real commune (not « exemple: true ») with an example address left: each edition,
    printed or on a stick, refuses alike, names the item and its line, writes nothing."""
    write_pledges(tmp_path / "pledges")
    with contextlib.chdir(tmp_path):
        result = cli(edition, "--settings", str(ROOT / "pelicanconf.py"), *(
            ("--publish-settings", str(ROOT / "publishconf.py")) if edition == "publish"
            else ()), *(("--publish-settings", str(ROOT / "publishconf.py"), "--target",
                         str(tmp_path / "serveur")) if edition == "deploy" else ()))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "Publication refusée : 5 éléments à compléter d'abord :"
    assert ("  pledges/commune.yaml, ligne 9 : adresse électronique d'exemple "
            "(« suivi@example.org »)") in lines
    assert lines[-1] == "Complétez-les (le guide de l'éditeur dit comment), puis relancez."
    dist = tmp_path / "dist"
    assert not dist.exists() or not any(dist.rglob("*"))
    assert not (tmp_path / "output").exists() and not (tmp_path / "serveur").exists()
