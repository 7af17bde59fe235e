"""What a browser loads for a page: the URLs in HTML loading positions and in CSS.

Pure text functions; resolving and weighing the files is ``weigh``'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, Tag

#: ``<link rel>`` tokens that make the browser fetch ``href``.
LOADING_RELS = frozenset({
    "stylesheet", "icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon",
    "preload", "modulepreload", "prefetch", "manifest",
})
#: Attributes holding a single URL that the browser fetches, per tag (html.parser lowercases).
URL_ATTRS: dict[str, tuple[str, ...]] = {
    "script": ("src",),
    "img": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "image": ("href", "xlink:href"),
    "use": ("href", "xlink:href"),
    "feimage": ("href", "xlink:href"),
}
#: Attributes holding a list of candidates (every candidate is counted).
SRCSET_ATTRS: dict[str, str] = {"img": "srcset", "source": "srcset", "link": "imagesrcset"}

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s'"]*))\s*\)""", re.I)
_IMPORT_STRING = re.compile(r"""@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.I)
_SRC = re.compile(r"(?<![-\w])src\s*:([^;}]*)", re.I)



def srcset_urls(value: str) -> list[str]:
    """Every candidate URL of a ``srcset`` (commas inside a URL, as in data: URIs, are kept)."""
    urls: list[str] = []
    i, end = 0, len(value)
    while i < end:
        while i < end and (value[i].isspace() or value[i] == ","):
            i += 1
        start = i
        while i < end and not value[i].isspace():
            i += 1
        url = value[start:i]
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            depth = 0  # skip the descriptors, up to the next comma outside parentheses
            while i < end and not (value[i] == "," and depth == 0):
                if value[i] == "(":
                    depth += 1
                elif value[i] == ")" and depth:
                    depth -= 1
                i += 1
        if url:
            urls.append(url)
    return urls


def _url_value(match: re.Match[str]) -> str:
    return next((group for group in match.groups() if group is not None), "")


def css_refs(css: str) -> list[str]:
    """URLs a stylesheet loads: ``@import`` and ``url()``; in ``@font-face``, the first
    ``url()`` of each ``src`` list only (the format a browser fetches first)."""
    css = _COMMENT.sub(" ", css)
    refs: list[str] = []
    faces: list[tuple[int, int]] = []
    for face in _FONT_FACE.finditer(css):
        faces.append(face.span())
        for src in _SRC.finditer(face.group()):
            first = _URL.search(src.group(1))
            if first:
                refs.append(_url_value(first))
    refs += [_url_value(m) for m in _IMPORT_STRING.finditer(css)]
    refs += [
        _url_value(m)
        for m in _URL.finditer(css)
        if not any(start <= m.start() < stop for start, stop in faces)
    ]
    return refs


def _attr_refs(tag: Tag) -> Iterator[str]:
    name = tag.name
    if name == "link":
        rels = {token.lower() for value in tag.get_attribute_list("rel") if value
                for token in value.split()}
        if rels & LOADING_RELS and tag.get("href"):
            yield str(tag["href"])
    if name == "input" and str(tag.get("type", "")).lower() == "image" and tag.get("src"):
        yield str(tag["src"])
    for attr in URL_ATTRS.get(name, ()):
        if tag.get(attr):
            yield str(tag[attr])
    if name in SRCSET_ATTRS and tag.get(SRCSET_ATTRS[name]):
        yield from srcset_urls(str(tag[SRCSET_ATTRS[name]]))
    if tag.get("style"):
        yield from css_refs(str(tag["style"]))


def html_refs(html: str) -> list[str]:
    """URLs an HTML page makes the browser load (``<a href>`` navigation is not loading)."""
    soup = BeautifulSoup(html, "html.parser")
    refs: list[str] = []
    for tag in soup.find_all(True):
        refs.extend(_attr_refs(tag))
        if tag.name == "style":
            refs.extend(css_refs(tag.get_text()))
    return refs
