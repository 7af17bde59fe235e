"""Offline link check: every internal link of a built site points at a file that exists.

Links must be relative and name a file (``…/index.html``), never a folder or a root-absolute
path, so the same build works on a web server and opened from a USB stick. Fragments
(``page.html#id``) must name an element of the target page.
"""

from __future__ import annotations

import posixpath
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

EXTERNAL_SCHEMES = ("http", "https", "mailto")
_IDS = etree.XPath("//@id")
_LINKING = ("a", "link", "area")
_local = threading.local()  # an lxml parser serves one thread at a time


#: A link to judge: its href as written, and either what is wrong with its path, or the page
#: it leads to and the anchor it names there (judged once every page is parsed).
Link = tuple[str, str | None, str, str]


@dataclass(frozen=True)
class Scan:
    """One page parsed once: its ids, and its links that are broken or name an anchor, in
    order (the others lead to a file that exists, with no anchor to look for)."""

    ids: frozenset[str]
    links: tuple[Link, ...]


def _parse(data: bytes) -> tuple[frozenset[str], list[str]]:
    """The ids of a page and the href of every a, link and area, in order."""
    if not hasattr(_local, "parser"):
        _local.parser = etree.HTMLParser(encoding="utf-8", remove_comments=True,
                                         no_network=True)
    root = etree.fromstring(data, _local.parser) if data.strip() else None
    if root is None:  # an empty file
        return frozenset(), []
    hrefs = [element.get("href") for element in root.iter(*_LINKING)
             # a <link> to a data: URI (the empty icon) holds its content: nothing to reach
             if not (element.tag == "link" and (element.get("href") or "").startswith("data:"))]
    return frozenset(map(str, _IDS(root))), [h for h in hrefs if h is not None]


def _path(files: frozenset[str], page: str, link: str) -> tuple[str | None, str, str]:
    """What is wrong with the path of ``link`` on ``page`` (posix paths inside the site), or
    (None, the page it leads to, the anchor it names)."""
    parts = urlsplit(link)
    fragment = unquote(parts.fragment)
    if parts.scheme in EXTERNAL_SCHEMES:
        return None, "", ""
    if parts.scheme or parts.netloc:
        return "lien vers un autre protocole ou une adresse sans schéma", "", ""
    if parts.path.startswith("/"):
        return "lien absolu depuis la racine : il casse la lecture hors ligne", "", ""
    if not parts.path:
        return None, page, fragment
    if parts.path.endswith("/") or not posixpath.splitext(parts.path)[1]:
        return "lien vers un dossier : il doit nommer un fichier (…/index.html)", "", ""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path)))
    if target == ".." or target.startswith("../"):
        return "lien qui sort du site", "", ""
    if target not in files:
        return "fichier introuvable", "", ""
    return None, target, fragment


def scan(files: frozenset[str], page: str, data: bytes) -> Scan:
    """Parse ``page`` (its bytes) and judge the path of each of its links."""
    ids, hrefs = _parse(data)
    links = []
    for href in hrefs:
        problem, target, fragment = _path(files, page, href.strip())
        if problem or fragment:
            links.append((href, problem, target, fragment))
    return Scan(ids, tuple(links))


def scan_site(site: Path, files: frozenset[str], pages: list[str]) -> dict[str, Scan]:
    """Every page parsed and its links judged once."""
    return {page: scan(files, page, (site / page).read_bytes()) for page in pages}


def check_links(root: Path) -> list[str]:
    """French lines, one per broken link: ``page : lien « href » — problème``."""
    site = Path(root).resolve()
    files = frozenset(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    pages = sorted(f for f in files if f.endswith(".html"))
    scans = scan_site(site, files, pages)
    problems = []
    for page in pages:
        for href, problem, target, fragment in scans[page].links:
            if not problem and target in scans and fragment not in scans[target].ids:
                problem = (f"ancre « #{urlsplit(href.strip()).fragment} » introuvable dans "
                           "la page")
            if problem:
                problems.append(f"{page} : lien « {href} » — {problem}")
    return problems
