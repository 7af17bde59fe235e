"""What each `make` target gets when the volunteer types no option: the ports of the preview
and of the form editor, how often files are looked at, the branch an update follows, the
rounds of a new commune, the folders of the federation and of the generated files."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest

from helpers import cli


@pytest.mark.parametrize(("command", "handler", "expected"), [
    ("devserver", "devserver:main",
     {"port": 8000, "interval": 0.5, "output": Path("output"), "pledges": Path("pledges"),
      "settings": Path("pelicanconf.py")}),
    ("editeur", "editor:main", {"port": 8000, "editor_port": 8001, "interval": 0.5}),
    ("serve", "devserver:serve_as_is", {"port": 8000, "output": Path("output")}),
    ("mise-a-jour", "update:main", {"branch": "main", "upstream": None}),
    ("nouvelle-commune", "new_commune:main",
     {"first_round": "2026-03-15", "second_round": "2026-03-22", "force": False,
      "example": Path("examples/saint-exemple")}),
    ("federation", "overview:build",
     {"output": Path("output-federation"), "settings": Path("federationconf.py"),
      "list": Path("federation/communes.txt"), "copies": Path("federation/donnees")}),
    ("html", "commune:run", {"gzip": False, "output": Path("output"), "date": None,
                             "content": None}),
    ("publish", "commune:run", {"publish_settings": Path("publishconf.py"),
                                "dist": Path("dist"), "answer_by": None}),
    ("schemas", "generated:schemas", {"folder": Path("schemas")}),
    ("geographie", "generated:geography", {"folder": Path("geographie"), "version": ""}),
])
def test_each_command_without_options_gets_its_defaults(monkeypatch, command, handler,
                                                         expected):
    module, _, function = handler.partition(":")
    seen = {}

    def run(options):
        seen.update({name: getattr(options, name) for name in expected}, command=options.command)
        return 0

    monkeypatch.setattr(importlib.import_module(f"tenir_parole.commands.{module}"), function, run)
    assert cli(command).returncode == 0
    assert seen == {**expected, "command": command}


@pytest.mark.parametrize(("args", "expected"), [
    (("html", "--gzip", "--date", "2026-09-30"), {"gzip": True, "date": dt.date(2026, 9, 30)}),
    (("devserver", "--port", "8001", "--interval", "2"), {"port": 8001, "interval": 2.0}),
    (("editeur", "--editor-port", "8003"), {"editor_port": 8003}),
])
def test_the_options_typed_reach_the_command(monkeypatch, args, expected):
    import tenir_parole.commands.commune as commune
    import tenir_parole.commands.devserver as devserver
    import tenir_parole.commands.editor as editor

    seen = {}

    def run(options):
        seen.update({name: getattr(options, name) for name in expected})
        return 0

    for module, function in ((commune, "run"), (devserver, "main"), (editor, "main")):
        monkeypatch.setattr(module, function, run)
    assert cli(*args).returncode == 0
    assert seen == expected
