"""Small promises of the published files and filters, in their bytes: datapackage.json keeps
accents as they are and types its columns from their names; numbers read « 38,5 » and « 50 »;
French quotes hold their words; a QR code says what it is to a screen reader."""

from __future__ import annotations

import json

import pytest

from tenir_parole.site.datapackage import field, package
from tenir_parole.site.plugin import fr_number, qr, unbreakable


def test_the_data_package_keeps_accents_unescaped():
    raw = package("tenir-parole-04242", "Tenir parole — Villeneuve-d'Ascq", [])
    assert "Tenir parole — Villeneuve-d'Ascq".encode() in raw
    assert b"\\u" not in raw
    assert json.loads(raw)["title"] == "Tenir parole — Villeneuve-d'Ascq"


@pytest.mark.parametrize(("name", "kind"), [
    ("date", "date"), ("sollicitation_date", "date"), ("date_collecte", "date"),
    ("DELIB_DATE", "date"), ("population", "integer"), ("mesure_numero", "integer"),
    ("tenu_nombre", "integer"), ("VOTE_POUR", "integer"), ("source_numero", "string"),
])
def test_a_column_is_typed_from_its_name(name, kind):
    assert field(name, "…")["type"] == kind


@pytest.mark.parametrize(("value", "said"), [(38.5, "38,5"), (50.0, "50"), (7, "7")])
def test_a_percentage_reads_the_french_way(value, said):
    assert fr_number(value) == said


def test_french_quotes_hold_their_words_on_one_line():
    assert unbreakable("encore « En cours »") == "encore «\u00a0En cours\u00a0»"
    assert unbreakable('« <a href="x.html">Tenu</a> »') == (
        '«\u00a0<a href="x.html">Tenu</a>\u00a0»')
    assert unbreakable('<a title="« Tenu »">x</a>') == '<a title="« Tenu »">x</a>'


def test_a_qr_code_is_an_image_named_for_screen_readers():
    svg = qr("https://tenir-parole.example.org", "Code QR vers l'adresse du site")
    assert svg.startswith('<svg role="img" aria-label="Code QR vers l&#39;adresse du site" ')
