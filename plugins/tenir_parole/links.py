"""Offline link check: every internal link of a built site points at a file that exists.

Links must be relative and name a file (``…/index.html``), never a folder or a root-absolute
path, so the same build works on a web server and opened from a USB stick. Fragments
(``page.html#id``) must name an element of the target page.
"""

from __future__ import annotations

import posixpath
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

EXTERNAL_SCHEMES = ("http", "https", "mailto")


class _Scan(HTMLParser):
    """One pass over a page: its ids and the href of every a, link and area."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        if tag in ("a", "link", "area") and values.get("href") is not None:
            self.hrefs.append(values["href"])


@cache
def _scan(path: Path) -> _Scan:
    scan = _Scan()
    scan.feed(path.read_text(encoding="utf-8"))
    return scan


def _ids(path: Path) -> set[str]:
    return _scan(path).ids


def _problem(root: Path, page: Path, href: str) -> str | None:
    parts = urlsplit(href)
    if parts.scheme in EXTERNAL_SCHEMES:
        return None
    if parts.scheme or parts.netloc:
        return "lien vers un autre protocole ou une adresse sans schéma"
    if parts.path.startswith("/"):
        return "lien absolu depuis la racine : il casse la lecture hors ligne"
    if not parts.path:
        target = page
    else:
        if parts.path.endswith("/") or not posixpath.splitext(parts.path)[1]:
            return "lien vers un dossier : il doit nommer un fichier (…/index.html)"
        target = (page.parent / unquote(parts.path)).resolve()
        if root.resolve() not in target.parents:
            return "lien qui sort du site"
        if not target.is_file():
            return "fichier introuvable"
    if parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in _ids(target):
        return f"ancre « #{parts.fragment} » introuvable dans la page"
    return None


def check_links(root: Path) -> list[str]:
    """French lines, one per broken link: ``page : lien « href » — problème``."""
    root = Path(root).resolve()
    _scan.cache_clear()
    problems = []
    for page in sorted(root.rglob("*.html")):
        for href in _scan(page).hrefs:
            problem = _problem(root, page, href.strip())
            if problem:
                rel = page.relative_to(root).as_posix()
                problems.append(f"{rel} : lien « {href} » — {problem}")
    return problems
