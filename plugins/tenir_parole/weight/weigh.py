"""Find everything a browser loads for each page of the built site, and weigh it.

``resolve`` is pure; ``find_resources``, ``weigh_page`` and ``weigh_site`` read the disk.
Sizes are the raw bytes and the gzip -9 size of each file compressed on its own.
"""

from __future__ import annotations

import gzip
import posixpath
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tenir_parole.weight.refs import css_refs, html_refs

EXTERNAL = "ressource externe interdite"
MISSING = "fichier introuvable"
OUTSIDE = "fichier en dehors du site"

#: Schemes that load nothing from the network (the bytes are in the page, or nothing at all).
INERT_SCHEMES = frozenset({"data", "about", "javascript", "blob"})


@dataclass(frozen=True, order=True)
class Resource:
    """One file a page loads, by its path inside the output folder."""

    path: str
    raw: int
    gzip: int


@dataclass(frozen=True, order=True)
class Problem:
    """A reference the site must not contain (not a budget matter)."""

    page: str
    reference: str
    reason: str


@dataclass(frozen=True)
class PageWeight:
    """A page's own sizes plus every resource it loads, each counted once."""

    path: str
    page_raw: int
    page_gzip: int
    resources: tuple[Resource, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def raw(self) -> int:
        return self.page_raw + sum(r.raw for r in self.resources)

    @property
    def gzip(self) -> int:
        return self.page_gzip + sum(r.gzip for r in self.resources)

    @property
    def requests(self) -> int:
        return 1 + len(self.resources)


class RefError(ValueError):
    """A reference that loads something the site may not load; ``str()`` is the reason."""


def measure(data: bytes) -> tuple[int, int]:
    """Raw size and gzip -9 size (no timestamp, so the figure is reproducible)."""
    return len(data), len(gzip.compress(data, 9, mtime=0))


def resolve(ref: str, base_dir: str, site_url: str = "") -> str | None:
    """Posix path, relative to the output folder, of the file ``ref`` loads from ``base_dir``.

    None when it loads nothing separate (``data:``, fragment only, empty). Raises
    ``RefError`` for an external URL or a path leading out of the output folder.
    ``site_url`` (an absolute SITEURL) marks absolute URLs of the site itself as local.
    """
    ref = ref.strip()
    if site_url and (ref == site_url or ref.startswith(site_url.rstrip("/") + "/")):
        ref = "/" + ref[len(site_url.rstrip("/")):].lstrip("/")
    parts = urlsplit(ref)
    if parts.scheme.lower() in INERT_SCHEMES:
        return None
    if parts.scheme or parts.netloc or ref.startswith("//"):
        raise RefError(EXTERNAL)
    path = unquote(parts.path)
    if not path:
        return None
    joined = path.lstrip("/") if path.startswith("/") else posixpath.join(base_dir, path)
    target = posixpath.normpath(joined or ".")
    if target == ".." or target.startswith("../"):
        raise RefError(OUTSIDE)
    return target


def _existing(output_dir: Path, target: str) -> str | None:
    """The file a browser gets for ``target`` (a folder serves its index.html), if any."""
    if (output_dir / target).is_dir():
        target = posixpath.normpath(posixpath.join(target, "index.html"))
    return target if (output_dir / target).is_file() else None


def find_resources(
    output_dir: Path, page: str, html: str | bytes, site_url: str = ""
) -> tuple[list[str], list[Problem]]:
    """Files loaded by ``page`` (stylesheets followed recursively), and the bad references."""
    page_dir = posixpath.dirname(page)
    pending = [(ref, page_dir) for ref in html_refs(html)]
    found: list[str] = []
    problems: list[Problem] = []
    while pending:
        ref, base = pending.pop(0)
        try:
            target = resolve(ref, base, site_url)
        except RefError as error:
            problems.append(Problem(page, ref, str(error)))
            continue
        if target is None:
            continue
        path = _existing(output_dir, target)
        if path is None:
            problems.append(Problem(page, ref, MISSING))
        elif path != page and path not in found:
            found.append(path)
            if path.endswith(".css"):
                css = (output_dir / path).read_bytes().decode("utf-8", "replace")
                pending += [(inner, posixpath.dirname(path)) for inner in css_refs(css)]
    return found, sorted(set(problems))


def weigh_page(
    output_dir: Path, page: str, site_url: str = "", cache: dict[str, Resource] | None = None,
    data: bytes | None = None,
) -> PageWeight:
    """Weigh one page (``page`` is its posix path inside ``output_dir``; ``data``, its bytes
    when already read)."""
    cache = {} if cache is None else cache
    data = (output_dir / page).read_bytes() if data is None else data
    paths, problems = find_resources(output_dir, page, data, site_url)
    for path in paths:
        if path not in cache:
            cache[path] = Resource(path, *measure((output_dir / path).read_bytes()))
    resources = tuple(sorted(cache[path] for path in paths))
    return PageWeight(page, *measure(data), resources, tuple(problems))


def site_pages(output_dir: Path) -> list[str]:
    """Every ``*.html`` under ``output_dir``, as sorted posix paths relative to it."""
    return sorted(p.relative_to(output_dir).as_posix() for p in output_dir.rglob("*.html")
                  if p.is_file())


def weigh_site(output_dir: Path, site_url: str = "") -> list[PageWeight]:
    """Weigh every page of the built site, sorted by path."""
    cache: dict[str, Resource] = {}  # a file loaded by many pages is weighed once
    return [weigh_page(output_dir, page, site_url, cache) for page in site_pages(output_dir)]
