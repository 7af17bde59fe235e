"""What is left to fill in: named at its file and line, except where readers never see it
(a YAML comment, a Markdown code block or span)."""

from __future__ import annotations

import pytest

from helpers import ALPHA, TODAY, write_pledges
from tenir_parole.build import placeholders
from tenir_parole.core.assembly import load_dataset

ENVIRON = {"SITEURL": "https://suivi.example.fr"}


def found(tmp_path, alpha: str, page: str = "") -> list[str]:
    pledges = write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha)
    (tmp_path / "content" / "pages").mkdir(parents=True)
    (tmp_path / "content" / "pages" / "page.md").write_text(page, encoding="utf-8")
    data = load_dataset(pledges, TODAY)
    return [str(p) for p in placeholders.find(data, pledges, tmp_path, ENVIRON)
            if p.file != "pledges/commune.yaml"]  # the helpers' commune has its own


def test_a_placeholder_is_named_at_its_line(tmp_path):
    alpha = ALPHA.replace("https://alpha.example.org/programme",
                          "https://alpha.fr/programme").replace(
        "tete_de_liste: Anne Alpha", "tete_de_liste: À compléter")
    assert found(tmp_path, alpha) == [
        "pledges/listes/alpha.yaml, ligne 2 : texte « à compléter »"]


def test_what_readers_never_see_is_not_named(tmp_path):
    alpha = "# tete_de_liste: à compléter, adresse https://x.example.org\n" + ALPHA.replace(
        "https://alpha.example.org/programme", "https://alpha.fr/programme")
    page = ("Texte.\n\n```\nsite: https://ville.example.org\n```\n\n"
            "    contact: à compléter\n\nEn ligne : `https://a.example.com`.\n"
            "Écrire à contact@example.net.\n")
    assert found(tmp_path, alpha, page) == [
        "content/pages/page.md, ligne 10 : adresse électronique d'exemple "
        "(« contact@example.net »)"]


def test_a_missing_site_address_is_named_at_its_commented_line(tmp_path):
    """The skeleton leaves « # site: https://… » commented: the to-do line points at it."""
    from helpers import COMMUNE

    commune = COMMUNE + "# L'adresse où le site sera publié :\n# site: https://ma-commune.fr\n"
    pledges = write_pledges(tmp_path / "pledges", commune_yaml=commune)
    data = load_dataset(pledges, TODAY)
    said = [str(p) for p in placeholders.find(data, pledges, tmp_path, {})]
    assert "pledges/commune.yaml, ligne 11 : adresse publique du site manquante : ajoutez " \
           "« site: https://… » (celle où le site sera publié) (retirez le « # » de cette " \
           "ligne)" in said


@pytest.mark.parametrize("address", [
    "https://mairie-de-la-commune-aux-tres-longs-noms.example.org",  # long before its domain
    "https://anne@alpha.example.org",  # an « @ », but a web address
])
def test_an_example_address_is_named_whole_and_as_what_it_is(tmp_path, address):
    alpha = ALPHA.replace("https://alpha.example.org", address)
    assert found(tmp_path, alpha) == [
        f"pledges/listes/alpha.yaml, ligne 9 : adresse web d'exemple (« {address} »)"]


def test_a_site_address_given_to_the_command_is_not_asked_for_again(tmp_path):
    pledges = write_pledges(tmp_path / "pledges")
    data = load_dataset(pledges, TODAY)
    for environ, asked in (({}, True), (ENVIRON, False)):
        said = " ".join(str(p) for p in placeholders.find(data, pledges, tmp_path, environ))
        assert ("adresse publique du site manquante" in said) is asked, environ
