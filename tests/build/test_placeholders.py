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


def with_example(tmp_path, alpha: str, renouveau: str = "Renouveau citoyen") -> list[str]:
    """What is named in a project holding the example commune (its list « Renouveau citoyen »
    named ``renouveau``) beside the commune's own data."""
    import shutil

    from helpers import EXAMPLE

    example = shutil.copytree(EXAMPLE, tmp_path / "examples" / "saint-exemple")
    renamed = example / "listes" / "renouveau-citoyen.yaml"
    renamed.write_text(renamed.read_text(encoding="utf-8").replace(
        '"Renouveau citoyen"', f'"{renouveau}"'), encoding="utf-8")
    pledges = write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha)
    data = load_dataset(pledges, TODAY)
    return [str(p) for p in placeholders.find(data, pledges, tmp_path, ENVIRON)
            if p.file.endswith("alpha.yaml")]


REAL = ALPHA.replace("https://alpha.example.org/programme", "https://alpha.fr/programme")


def test_the_example_communes_names_are_named_whole_longest_first(tmp_path):
    """Its lists' names and heads, whole: a list « Saint-Exemple-sur-Loire en commun », not
    the commune's name it starts with; a head of list « Claire Morvan » as well."""
    alpha = REAL.replace("nom: Alpha pour tous", "nom: Saint-Exemple-sur-Loire en commun") \
        .replace("tete_de_liste: Anne Alpha", "tete_de_liste: Claire Morvan")
    assert with_example(tmp_path, alpha, "Saint-Exemple-sur-Loire en commun") == [
        "pledges/listes/alpha.yaml, ligne 1 : nom de la commune d'exemple (« Saint-Exemple-"
        "sur-Loire en commun »)",
        "pledges/listes/alpha.yaml, ligne 2 : nom de la commune d'exemple (« Claire Morvan »)"]


def test_a_short_name_of_the_example_is_not_looked_for(tmp_path):
    """Three letters or fewer would be found inside any word."""
    import shutil

    from helpers import EXAMPLE

    example = tmp_path / "examples" / "saint-exemple"
    shutil.copytree(EXAMPLE, example)
    head = example / "listes" / "renouveau-citoyen.yaml"
    head.write_text(head.read_text(encoding="utf-8").replace('"Nadia Belkacem"', '"Ana"'),
                    encoding="utf-8")
    pledges = write_pledges(tmp_path / "pledges", listes__alpha_yaml=REAL.replace(
        "tete_de_liste: Anne Alpha", "tete_de_liste: Anaïs Anabelle"))
    data = load_dataset(pledges, TODAY)
    assert [str(p) for p in placeholders.find(data, pledges, tmp_path, ENVIRON)
            if p.file.endswith("alpha.yaml")] == []


def test_the_example_itself_may_hold_its_own_names(tmp_path):
    import shutil

    from helpers import EXAMPLE

    example = shutil.copytree(EXAMPLE, tmp_path / "examples" / "saint-exemple")
    said = [str(p) for p in placeholders.find(load_dataset(example, TODAY), example, tmp_path,
                                              ENVIRON)]
    assert said and not [line for line in said if "nom de la commune d'exemple" in line]


def test_a_mail_address_is_named_without_its_mailto_and_a_line_once(tmp_path):
    alpha = REAL.replace("tete_de_liste: Anne Alpha",
                         "tete_de_liste: à compléter (à compléter)") + (
        "presentation: Écrire à [Anne](mailto:anne@alpha.example.org).\n")
    assert found(tmp_path, alpha) == [
        "pledges/listes/alpha.yaml, ligne 2 : texte « à compléter »",
        f"pledges/listes/alpha.yaml, ligne {alpha.count(chr(10))} : adresse électronique "
        "d'exemple (« anne@alpha.example.org »)"]


@pytest.mark.parametrize(("n", "first"), [
    (1, "Publication refusée : 1 élément à compléter d'abord :"),
    (2, "Publication refusée : 2 éléments à compléter d'abord :")])
def test_a_refused_publication_counts_what_is_left_in_french(n, first):
    left = [placeholders.Placeholder("pledges/commune.yaml", line, "texte « à compléter »")
            for line in range(1, n + 1)]
    assert placeholders.refusal(left) == [
        first, *(f"  pledges/commune.yaml, ligne {line} : texte « à compléter »"
                 for line in range(1, n + 1)),
        "Complétez-les (le guide de l'éditeur dit comment), puis relancez."]
