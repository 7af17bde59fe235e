"""`tenir-parole`, the command the Makefile calls: French help, French refusals, exit codes."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from helpers import EXAMPLE, ROOT, cli
from tenir_parole.cli import COMMANDS, main


def test_help_lists_every_command_in_french():
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    for name, text in COMMANDS.items():
        assert name in out.getvalue() and text.split()[0] in out.getvalue()


def test_a_missing_data_folder_is_named(tmp_path):
    result = cli("check", "--pledges", str(tmp_path / "absent"))
    assert result.returncode == 2 and "absent : dossier introuvable" in result.stderr


def test_a_missing_settings_file_says_where_to_run_from(tmp_path):
    result = cli("html", "--pledges", str(EXAMPLE), "--settings", str(tmp_path / "conf.py"))
    assert result.returncode == 2
    assert "fichier de réglages introuvable (lancez la commande depuis le dossier du projet)" \
        in result.stderr


def test_schemas_command_writes_what_the_repository_ships(tmp_path):
    result = cli("schemas", str(tmp_path))
    assert result.returncode == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in (ROOT / "schemas").glob("*.schema.json"))
    for name in written:
        assert json.loads((tmp_path / name).read_text("utf-8")) == \
            json.loads((ROOT / "schemas" / name).read_text("utf-8"))
