"""The template filters of the printed editions: addresses printed short, and French spacing
that keeps « guillemets », colons and question marks with their words."""

from __future__ import annotations

import pytest

from tenir_parole.site.plugin import plural, unbreakable
from tenir_parole.site.wording import short_url

NBSP = "\u00a0"


@pytest.mark.parametrize(("url", "printed"), [
    ("https://www.example.org/page/", "www.example.org/page"),
    ("http://example.org", "example.org"),
    ("example.org/a", "example.org/a"),
    (None, ""),
])
def test_addresses_are_printed_without_scheme_or_trailing_slash(url, printed):
    assert short_url(url) == printed


@pytest.mark.parametrize(("html", "expected"), [
    ("« hors réseau »", f"«{NBSP}hors réseau{NBSP}»"),
    ("Source : mairie", f"Source{NBSP}: mairie"),
    ("tient-elle parole ?", f"tient-elle parole{NBSP}?"),
    ("Oui ; non !", f"Oui{NBSP}; non{NBSP}!"),
    ("<p>Contact :</p>", f"<p>Contact{NBSP}:</p>"),
])
def test_french_spacing_binds_punctuation_to_its_word(html, expected):
    assert unbreakable(html) == expected


@pytest.mark.parametrize("tag", ['<a href="x" title="Écrivez : ici">', '<td class="a ;b">',
                                 '<svg viewBox="0 0 1 1" aria-label="Code ?">'])
def test_french_spacing_never_touches_a_tag(tag):
    assert unbreakable(f"{tag}texte :") == f"{tag}texte{NBSP}:"


@pytest.mark.parametrize(("n", "said"), [(0, "0 jour"), (1, "1 jour"), (2, "2 jours"),
                                         (1500, "1\u202f500 jours")])
def test_the_plural_filter_gives_zero_and_one_the_singular(n, said):
    assert plural(n, ("jour", "jours")) == said
