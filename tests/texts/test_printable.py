"""What an editor or a site typed, printed to a terminal: hidden characters shown as their
escapes (« \\x1b », « \\u202e »), accents left alone, a long text cut at its limit with « … »."""

from __future__ import annotations

import pytest

from tenir_parole.texts.printable import printable, printable_lines


@pytest.mark.parametrize(("text", "shown"), [
    ("Saint-Étienne", "Saint-Étienne"),
    ("rouge\x1b[31m", "rouge\\x1b[31m"),
    ("efface\x7f", "efface\\x7f"),
    ("\u202eetsil", "\\u202eetsil"),
    ("sans\u200bespace", "sans\\u200bespace"),
    ("ligne\u2028suite", "ligne\\u2028suite"),
    ("para\u2029suite", "para\\u2029suite"),
])
def test_hidden_characters_are_shown_as_escapes(text, shown):
    assert printable(text) == shown


@pytest.mark.parametrize(("text", "limit", "shown"), [
    ("abcde", 5, "abcde"), ("abcdef", 5, "abcde…"), ("abcdef", None, "abcdef")])
def test_a_text_longer_than_its_limit_is_cut_there(text, limit, shown):
    assert printable(text, limit) == shown


def test_each_line_is_made_printable_and_the_line_breaks_kept():
    assert printable_lines("un\x1b\ndeux\u202e") == "un\\x1b\ndeux\\u202e"
