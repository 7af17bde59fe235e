"""A command line mistyped, as a volunteer reads it: one French line, never argparse's
English, and argparse left as it was for any other parser of the process."""

from __future__ import annotations

import argparse

import pytest

from tenir_parole.commands.arguments import FrenchParser


def parser() -> FrenchParser:
    made = FrenchParser(prog="tenir-parole")
    commands = made.add_subparsers(dest="command", required=True)
    html = commands.add_parser("html")
    html.add_argument("--port", type=int)
    html.add_argument("--pledges")
    html.add_argument("--force", action="store_true")
    html.add_argument("--mode", choices=["error", "warn"])
    html.add_argument("--tours", nargs=2)
    html.add_argument("--liste", nargs=1)
    return made


def said(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as stopped:
        parser().parse_args(list(argv))
    assert stopped.value.code == 2
    return capsys.readouterr().err.splitlines()[0]


@pytest.mark.parametrize(("argv", "line"), [
    (["html", "--inconnu"], "Arguments incorrects (non reconnu : --inconnu)."),
    (["htlm"], "Arguments incorrects (command : « htlm » inconnu (au choix : 'html'))."),
    (["html", "--mode", "fort"],
     "Arguments incorrects (--mode : « fort » inconnu (au choix : 'error', 'warn'))."),
    (["html", "--p", "8000"],
     "Arguments incorrects (option --p ambiguë : --port, --pledges ?)."),
    (["html", "--force=oui"], "Arguments incorrects (--force : valeur « oui » inattendue)."),
    (["html", "--tours", "2026-03-15"],
     "Arguments incorrects (--tours : 2 valeurs attendues)."),
    (["html", "--liste"], "Arguments incorrects (--liste : 1 valeur attendue)."),
    (["html", "--port", "huit"], "Arguments incorrects (--port : valeur « huit » invalide)."),
])
def test_a_mistake_is_one_french_line(capsys, argv, line):
    assert said(capsys, *argv) == line


def test_argparse_speaks_english_again_for_any_other_parser(capsys):
    said(capsys, "html", "--inconnu")
    with pytest.raises(SystemExit):
        argparse.ArgumentParser(prog="autre").parse_args(["--inconnu"])
    assert "unrecognized arguments: --inconnu" in capsys.readouterr().err
