"""The sites compared: ours, the same content in Pelican's default theme, a linked-CSS variant,
and plain Markdown pages for the build-time baseline."""

from __future__ import annotations

import posixpath
import re
import shutil
import sys
from pathlib import Path

from bs4 import BeautifulSoup

from bench.common import Run, measured
from tenir_parole.weight.weigh import site_pages

#: Pelican's defaults, except what keeps the comparison about the same pages: no plugins,
#: no feeds, and no direct templates (their index.html would overwrite our home page).
DEFAULT_THEME_CONF = """\
SITENAME = "Tenir parole"
SITEURL = ""
RELATIVE_URLS = True
TIMEZONE = "Europe/Paris"
DEFAULT_LANG = "fr"
PLUGINS = []
DIRECT_TEMPLATES = []
FEED_ALL_ATOM = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
"""
#: Plain Pelican for the build-time baseline: defaults, no plugins; the page menu is off, or
#: every page would list every other one (output quadratic in the page count).
PLAIN_CONF = """\
SITENAME = "Base"
SITEURL = ""
TIMEZONE = "Europe/Paris"
PLUGINS = []
DISPLAY_PAGES_ON_MENU = False
"""
PARAGRAPH = ("La commune publie ici un texte d'exemple pour mesurer le temps de construction. "
             "Chaque page a un titre, trois paragraphes et une liste, en *Markdown* simple.")


def visible_text(html: str) -> str:
    """The text of ``<main>`` (or of ``<body>``), whitespace collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    node = soup.find("main") or soup.body or soup
    return " ".join(node.get_text(" ").split())


def page_title(soup: BeautifulSoup) -> str:
    title = soup.title.get_text() if soup.title else "Page"
    return title.rsplit(" — ", 1)[0].strip() or "Page"


def default_theme_source(ours: Path, project: Path) -> Path:
    """A Pelican project whose pages are our pages' ``<main>``, one Markdown file each, saved
    at the same paths. Python-Markdown passes the raw HTML block through unchanged."""
    pages = project / "content" / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for number, path in enumerate(site_pages(ours)):
        soup = BeautifulSoup((ours / path).read_text(encoding="utf-8"), "html.parser")
        main = soup.find("main")
        body = main.decode_contents() if main else ""
        (pages / f"p{number:04d}.md").write_text(
            f"Title: {page_title(soup)}\nSlug: p{number:04d}\nSave_as: {path}\nURL: {path}\n\n"
            f'<div class="main">\n{body.strip()}\n</div>\n', encoding="utf-8")
    conf = project / "conf.py"
    conf.write_text(DEFAULT_THEME_CONF, encoding="utf-8")
    return conf


def run_pelican(project: Path, conf: Path, output: Path) -> Run:
    """Plain `pelican` on ``project/content`` (warnings are not fatal here)."""
    run = measured([sys.executable, "-m", "pelican", str(project / "content"), "-o",
                    str(output), "-s", str(conf), "-q"])
    if run.returncode != 0:
        raise RuntimeError(f"pelican a échoué :\n{run.output[-3000:]}")
    return run


def build_default_theme(ours: Path, project: Path, output: Path) -> Path:
    """Our content rendered by Pelican's default theme (notmyidea) into ``output``."""
    run_pelican(project, default_theme_source(ours, project), output)
    return output


STYLE = re.compile(r"<style>(.*?)</style>", re.S)
CSP_STYLE = re.compile(r"style-src [^;\"]*")


def linked_variant(ours: Path, target: Path) -> Path:
    """A copy of our build whose inline ``<style>`` is a ``<link>`` to ``site.css`` (relative
    path); the CSP's ``style-src`` becomes ``'self'`` so the browser accepts the file."""
    shutil.copytree(ours, target)
    css = ""
    for path in site_pages(target):
        file = target / path
        text = file.read_text(encoding="utf-8")
        match = STYLE.search(text)
        if not match:
            continue
        css = match.group(1)
        href = posixpath.relpath("site.css", posixpath.dirname(path) or ".")
        text = text[:match.start()] + f'<link rel="stylesheet" href="{href}">' + text[match.end():]
        file.write_text(CSP_STYLE.sub("style-src 'self'", text, count=1), encoding="utf-8")
    (target / "site.css").write_text(css, encoding="utf-8")
    return target


def plain_source(project: Path, count: int) -> Path:
    """``count`` simple Markdown pages and the plain Pelican settings."""
    pages = project / "content" / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        body = "\n\n".join([PARAGRAPH] * 3)
        items = "\n".join(f"- élément {k} de la page {number}" for k in range(5))
        (pages / f"page-{number:05d}.md").write_text(
            f"Title: Page {number}\n\n{body}\n\n{items}\n", encoding="utf-8")
    conf = project / "conf.py"
    conf.write_text(PLAIN_CONF, encoding="utf-8")
    return conf
