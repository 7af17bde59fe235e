"""A legal notice without its publisher or its host names the field of commune.yaml to fill,
each its own (minimal fixture: neither editeur nor hebergeur)."""

from __future__ import annotations

from helpers import page_text


def test_a_missing_host_names_the_hebergeur_field(minimal_site):
    text = page_text(minimal_site, "mentions-legales.html")
    assert "Hébergement Non renseigné (champ hebergeur de commune.yaml)." in text
    assert "Éditeur Non renseigné (champ editeur de commune.yaml)." in text
