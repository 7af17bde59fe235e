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

from tenir_parole import parallel

EXTERNAL_SCHEMES = ("http", "https", "mailto")
_IDS = etree.XPath("//@id")
_LINKING = ("a", "link", "area")
_local = threading.local()  # an lxml parser serves one thread at a time


@dataclass(frozen=True)
class Scan:
    """One parse of a page: its ids and the href of every a, link and area, in order."""

    ids: frozenset[str]
    hrefs: tuple[str, ...]


def scan(data: bytes) -> Scan:
    if not hasattr(_local, "parser"):
        _local.parser = etree.HTMLParser(encoding="utf-8", remove_comments=True,
                                         no_network=True)
    root = etree.fromstring(data, _local.parser) if data.strip() else None
    if root is None:  # an empty file
        return Scan(frozenset(), ())
    hrefs = [element.get("href") for element in root.iter(*_LINKING)
             # a <link> to a data: URI (the empty icon) holds its content: nothing to reach
             if not (element.tag == "link" and (element.get("href") or "").startswith("data:"))]
    return Scan(frozenset(map(str, _IDS(root))), tuple(h for h in hrefs if h is not None))


def _problem(scans: dict[str, Scan], files: frozenset[str], page: str, href: str) -> str | None:
    """What is wrong with ``href`` on ``page`` (posix paths inside the site), if anything."""
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
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page),
                                                   unquote(parts.path)))
        if target == ".." or target.startswith("../"):
            return "lien qui sort du site"
        if target not in files:
            return "fichier introuvable"
    fragment = unquote(parts.fragment)
    if fragment and target in scans and fragment not in scans[target].ids:
        return f"ancre « #{parts.fragment} » introuvable dans la page"
    return None


def scan_site(site: Path, pages: list[str]) -> dict[str, Scan]:
    """Every page parsed once; a large site on two cores."""
    scans = parallel.map_split(lambda page: scan((site / page).read_bytes()), pages)
    return dict(zip(pages, scans, strict=True))


def check_links(root: Path) -> list[str]:
    """French lines, one per broken link: ``page : lien « href » — problème``."""
    site = Path(root).resolve()
    files = frozenset(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    pages = sorted(f for f in files if f.endswith(".html"))
    scans = scan_site(site, pages)
    problems = []
    verdicts: dict[tuple[str, str], str | None] = {}  # the same links recur on every page
    for page in pages:
        for href in scans[page].hrefs:
            link = href.strip()
            # The verdict depends on the page's folder, or on the page itself when the link
            # stays on it (« #ancre », « ?x »).
            same_page = not link.split("#", 1)[0].split("?", 1)[0]
            key = (page if same_page else posixpath.dirname(page), link)
            if key not in verdicts:
                verdicts[key] = _problem(scans, files, page, link)
            if verdicts[key]:
                problems.append(f"{page} : lien « {href} » — {verdicts[key]}")
    return problems
