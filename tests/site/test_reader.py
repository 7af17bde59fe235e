"""content/ pages: a hostile Markdown page is built without its markup."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from helpers import FIXTURES, ROOT, Ran, build
from tenir_parole.site.reader import SafeMarkdownReader, use_safe_reader

HOSTILE_PAGE = """\
Title: Page piégée
Slug: piegee
Summary: Un résumé <script>alert("résumé")</script> **gras**

Texte lisible avant.

<script>alert("piège")</script>

<p onmouseover="alert('survol')">Survolez-moi</p>

[Cliquez](javascript:alert('clic')) ou <a href="javascript:alert('lien')">ici</a>.

<img src="x" onerror="alert('image')"><iframe src="https://evil.example/"></iframe>

[Un vrai lien](https://example.org/) reste.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> tuple[Ran, Path]:
    """The minimal fixture built with content/ plus a hostile page, as `make html` builds."""
    root = tmp_path_factory.mktemp("piegee")
    content = root / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "pages" / "piegee.md").write_text(HOSTILE_PAGE, encoding="utf-8")
    output = root / "output"
    return build(output, FIXTURES / "minimal", "pelicanconf.py", "--content", str(content)), output


def test_a_hostile_content_page_is_built_without_its_markup(hostile_site):
    result, output = hostile_site
    assert result.returncode == 0, result.stderr  # unsanitised, its links would break the build
    html = (output / "piegee.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    text = soup.get_text(" ")
    assert "Texte lisible avant." in text and "Survolez-moi" in text and "reste." in text
    assert "alert" not in html and "evil.example" not in html
    assert not soup.find_all(["script", "iframe", "img"])
    assert len(soup.find_all("style")) == 1  # the site's own, inlined
    for tag in soup.find_all(True):
        assert not [name for name in tag.attrs if name.startswith("on")], tag
        assert not tag.get("href", "").startswith("javascript:"), tag
    [link] = soup.find_all("a", string="Un vrai lien")
    assert link["href"] == "https://example.org/" and link["rel"] == ["noopener", "noreferrer"]


def test_the_reader_sanitises_body_and_summary(tmp_path):
    from pelican.settings import DEFAULT_CONFIG

    page = tmp_path / "piegee.md"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    settings = {**DEFAULT_CONFIG, "PATH": str(tmp_path)}
    content, metadata = SafeMarkdownReader(settings).read(str(page))
    assert "alert" not in content and "Survolez-moi" in content
    assert "alert" not in metadata["summary"] and "<strong>gras</strong>" in metadata["summary"]
    assert metadata["title"] == "Page piégée"


def readers(plugins: list[str]) -> SimpleNamespace:
    classes = {"md": object, "markdown": object, "html": object, "htm": object, "rst": object}
    return SimpleNamespace(settings={"PLUGINS": plugins}, reader_classes=classes)


def test_with_the_plugin_markdown_is_the_only_format_read_and_it_is_sanitised():
    """reStructuredText (`.. include::`, `.. raw:: html`) and HTML pages would bypass nh3."""
    found = readers(["tenir_parole.site.reader", "tenir_parole.site"])
    use_safe_reader(found)
    assert found.reader_classes == {"md": SafeMarkdownReader, "markdown": SafeMarkdownReader,
                                    "mkd": SafeMarkdownReader, "mdown": SafeMarkdownReader}


def test_a_page_that_links_out_of_the_content_folder_is_never_read(tmp_path):
    from pelican.settings import DEFAULT_CONFIG

    secret = tmp_path / "secret.md"
    secret.write_text("Title: Secret\n\nJETON-DE-CI", encoding="utf-8")
    content = tmp_path / "content"
    content.mkdir()
    (content / "page.md").symlink_to(secret)
    reader = SafeMarkdownReader({**DEFAULT_CONFIG, "PATH": str(content)})
    with pytest.raises(ValueError, match="lien vers un fichier hors de content/, refusé"):
        reader.read(str(content / "page.md"))


def test_another_site_built_in_the_same_process_keeps_its_readers():
    found = readers(["tenir_parole.site"])
    use_safe_reader(found)
    assert found.reader_classes == readers([]).reader_classes
