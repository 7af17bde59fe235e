"""The phone check itself (phone.py, sideways.js) catches what a reader would miss."""

from __future__ import annotations

import pytest

from phone import SIDEWAYS, WIDTHS, hidden

TABLE = "<table><tr>" + "".join(f"<td>colonne{i}</td>" for i in range(30)) + "</tr></table>"
PAGES = {
    "a wide table in a scroll box": (f'<div style="overflow-x:auto">{TABLE}</div>',
                                     "div cache"),
    "a wide table, no box": (TABLE, "la page fait"),
    "a column hidden on phones": ("<style>@media (max-width:600px){.large{display:none}}"
                                  "</style><p>Tenu</p><p class=large>Dernière vérification</p>",
                                  "mots absents : Dernière vérification"),
}


def look(browser, html: str) -> dict:
    tab = browser.new_page()
    tab.set_content(f"<!doctype html><html lang=fr><meta name=viewport "
                    f"content='width=device-width'><body>{html}</body></html>")
    seen = {}
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 800})
        seen[width] = tab.evaluate(SIDEWAYS)
    tab.close()
    return seen


@pytest.mark.parametrize("name", PAGES)
def test_what_a_phone_would_hide_is_named(browser, name):
    html, expected = PAGES[name]
    problems = hidden(look(browser, html))
    assert problems and any(expected in p for p in problems), problems


def test_a_page_that_fits_and_a_screen_reader_only_box_pass(browser):
    assert hidden(look(browser, '<p>Texte court.</p><span style="position:absolute;width:1px;'
                               'height:1px;overflow:hidden">Consigne pour lecteur</span>')) == []
