"""Command lines in French: the help, the usage and argparse's own messages.

Every `tenir-parole` command parses its options with ``FrenchParser``. A mistake in them is
one French line and the command to type (the Makefile's, when the parser is given one), exit
status 2. argparse looks its messages up through gettext; while a FrenchParser works, that
look-up answers from ``FRENCH`` (argparse's English text as keys), so nothing of argparse's
English reaches a volunteer, and a message missing here still shows, in English.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

#: argparse's messages (Python 3.11 and later), in French.
FRENCH = {
    "usage: ": "Usage : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "non reconnu : %s",
    "the following arguments are required: %s": "il manque : %s",
    "one of the arguments %s is required": "il faut l'un de ces arguments : %s",
    "not allowed with argument %s": "impossible avec %s",
    "ignored explicit argument %r": "valeur « %s » inattendue",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "ambiguous option: %(option)s could match %(matches)s":
        "option %(option)s ambiguë : %(matches)s ?",
    "invalid %(type)s value: %(value)r": "valeur « %(value)s » invalide",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "« %(value)s » inconnu (au choix : %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande « %(parser_name)s » inconnue (au choix : %(choices)s)",
}


def _gettext(message: str) -> str:
    return FRENCH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextlib.contextmanager
def _in_french() -> Iterator[None]:
    """argparse's messages in French for a moment (it reads its module's ``_`` and
    ``ngettext`` each time it says something)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and mistakes are French; ``make`` is the command
    a volunteer types instead (« make devserver PORT=8001 »), shown after a mistake."""

    def __init__(self, *args, make: str | None = None, **kwargs) -> None:
        self.make = make
        with _in_french():
            super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):
        with _in_french():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _in_french():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _in_french():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_french():
            return super().format_help()

    def error(self, message: str) -> None:
        usage = self.make or self.format_usage().removeprefix(FRENCH["usage: "]).strip()
        self.exit(2, f"Arguments incorrects ({message}).\nUsage : {usage}\n")
