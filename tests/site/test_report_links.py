"""« Signaler une nouvelle »: where a resident's report goes, from what an editor wrote in
commune.yaml — the address found in the contact text (a .fr one too), the e-mail's lines in
CRLF, and the forge's own « new issue » address (GitLab's differs from GitHub's and Gitea's)."""

from __future__ import annotations

from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest

from tenir_parole.site.report import address, links

MEASURE = SimpleNamespace(number=3, title="Garantir un service public humain")
SUBJECT = "Tenir parole, mesure 3 : Garantir un service public humain"


def commune(contact: str = "", email: str | None = None, forge: str | None = None):
    return SimpleNamespace(contact=contact, email=email, forge=forge)


@pytest.mark.parametrize(("contact", "found"), [
    ("Écrivez à suivi@villeneuve.fr ou passez en mairie.", "suivi@villeneuve.fr"),
    ("[nous écrire](mailto:collectif@tenir-parole.org)", "collectif@tenir-parole.org"),
    ("Permanence le samedi, place de la Mairie.", None),
])
def test_the_address_residents_write_to_is_found_in_the_contact_text(contact, found):
    assert address(commune(contact)) == found


def test_the_courriel_field_wins_over_an_address_in_the_contact_text():
    assert address(commune("suivi@villeneuve.fr", email="nouvelles@villeneuve.fr")) == (
        "nouvelles@villeneuve.fr")


@pytest.mark.parametrize(("forge", "new", "title", "body"), [
    ("https://gitlab.com/villeneuve/tenir-parole/",
     "https://gitlab.com/villeneuve/tenir-parole/-/issues/new", "issue[title]",
     "issue[description]"),
    ("https://codeberg.org/villeneuve/tenir-parole/",
     "https://codeberg.org/villeneuve/tenir-parole/issues/new", "title", "body"),
    ("https://github.com/gitlab-fans/tenir-parole",
     "https://github.com/gitlab-fans/tenir-parole/issues/new", "title", "body"),
])
def test_the_forge_link_opens_a_new_issue_titled_with_the_measure(forge, new, title, body):
    (label, href), = links(MEASURE, commune(forge=forge))
    assert label == "Ouvrir un ticket sur la forge du projet"
    parts = urlsplit(href)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == new
    query = parse_qs(parts.query)
    assert query[title] == [SUBJECT]
    assert query[body][0].split("\n")[:3] == [
        "Mesure : 3. Garantir un service public humain", "", "Ce que j'ai vu :"]
    assert "\r" not in query[body][0]  # an issue's text is not an e-mail


def test_the_email_comes_first_its_lines_ending_in_crlf():
    (mail, href), (forge, _) = links(MEASURE, commune("suivi@villeneuve.fr",
                                                      forge="https://codeberg.org/v/t"))
    assert (mail, forge) == ("Nous écrire (courriel prérempli)",
                             "Ouvrir un ticket sur la forge du projet")
    parts = urlsplit(href)
    assert (parts.scheme, parts.path) == ("mailto", "suivi@villeneuve.fr")
    assert parse_qs(parts.query)["subject"] == [SUBJECT]
    assert parse_qs(parts.query)["body"][0].startswith(
        "Mesure : 3. Garantir un service public humain\r\n\r\nCe que j'ai vu :\r\n")
