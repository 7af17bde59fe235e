"""What a browser loads for a page: the URLs in HTML loading positions and in CSS.

Pure text functions; resolving and weighing the files is ``weigh``'s job.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator

from lxml import etree

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


_local = threading.local()  # an lxml parser serves one thread at a time
#: Elements that load something by their name (libxml2 lower-cases names), and attributes
#: that load something on any element.
_LOADING_TAGS = tuple(sorted({"link", "input", "style", *URL_ATTRS, *SRCSET_ATTRS}))
_LOADING_ATTRS = etree.XPath("//@style | //@srcset | //@imagesrcset")
#: Every construct above needs one of these (HTML names are case-insensitive, and a style
#: loads only through url() or @import): a page with none of them loads nothing and is not
#: parsed at all. Literal searches run at memory speed; only attribute names need a look at
#: what surrounds them (« default-src » in a CSP is not a src attribute).
_MARKERS = (b"<image", b"<use", b"<feimage", b"@import")
#: url() loads a file unless it names a fragment of the page itself (an SVG pattern: #p).
_LOADING_URL = re.compile(rb"url\((?!#)")
_ATTRIBUTES = (b"src", b"srcset", b"imagesrcset", b"poster", b"data")
_ATTRIBUTE = re.compile(rb"[\s/](?:src|srcset|imagesrcset|poster|data)\s*=")
#: A <link> whose every attribute is double-quoted, without character references: what it
#: loads can be read without parsing the page (anything else is parsed).
_LINK = re.compile(rb"<link")
_PLAIN_LINK = re.compile(rb'<link(?:\s+[a-z][a-z0-9-]*="[^"&]*")*\s*/?>')
_LINK_ATTRIBUTE = re.compile(rb'\s+([a-z][a-z0-9-]*)="([^"]*)"')


def _utf8(html: str | bytes) -> bytes:
    return html if isinstance(html, bytes) else html.encode("utf-8")


def _inert_link(low: bytes, start: int) -> bool:
    """True when the <link> at ``start`` surely loads nothing: its rel names nothing to
    fetch (« alternate », a feed) or its href is empty or a data: URI (an empty icon)."""
    tag = _PLAIN_LINK.match(low, start)
    if tag is None:
        return False
    # A repeated attribute counts once, as written first (so do HTML parsers).
    values = dict(reversed(_LINK_ATTRIBUTE.findall(tag.group())))
    rels = {token.decode() for token in values.get(b"rel", b"").split()}
    href = values.get(b"href", b"").strip()
    return not rels & LOADING_RELS or not href or href.startswith(b"data:")


def may_load(html: str | bytes) -> bool:
    """False only when ``html`` (text, or UTF-8 bytes) cannot make the browser load
    anything."""
    low = _utf8(html).lower()  # bytes: ASCII letters only, as HTML names
    if any(marker in low for marker in _MARKERS) or _LOADING_URL.search(low):
        return True
    if not all(_inert_link(low, link.start()) for link in _LINK.finditer(low)):
        return True
    for name in _ATTRIBUTES:
        start = low.find(name, 1)
        while start != -1:
            if _ATTRIBUTE.match(low, start - 1):
                return True
            start = low.find(name, start + 1)
    return False


def _attr_refs(tag: etree._Element) -> Iterator[str]:
    name = tag.tag.lower() if isinstance(tag.tag, str) else ""
    get = tag.attrib.get
    if name == "link":
        rels = {token.lower() for token in (get("rel") or "").split()}
        if rels & LOADING_RELS and get("href"):
            yield get("href")
    if name == "input" and (get("type") or "").lower() == "image" and get("src"):
        yield get("src")
    for attr in URL_ATTRS.get(name, ()):
        if get(attr):
            yield get(attr)
    if name in SRCSET_ATTRS and get(SRCSET_ATTRS[name]):
        yield from srcset_urls(get(SRCSET_ATTRS[name]))
    if get("style"):
        yield from css_refs(get("style"))


def html_refs(html: str | bytes) -> list[str]:
    """URLs an HTML page (text, or UTF-8 bytes) makes the browser load (``<a href>``
    navigation is not loading)."""
    data = _utf8(html)
    return parsed_refs(data) if may_load(data) else []


def parsed_refs(html: str | bytes) -> list[str]:
    """``html_refs`` without the shortcut: the page is parsed whatever it holds."""
    data = _utf8(html)
    if not hasattr(_local, "parser"):
        _local.parser = etree.HTMLParser(encoding="utf-8", remove_comments=True,
                                         no_network=True)
    root = etree.fromstring(data, _local.parser)
    if root is None:
        return []
    # each element once: the loading tags in document order, then those found by attribute
    elements = dict.fromkeys(root.iter(*_LOADING_TAGS))
    elements.update(dict.fromkeys(value.getparent() for value in _LOADING_ATTRS(root)))
    refs: list[str] = []
    for tag in elements:
        refs.extend(_attr_refs(tag))
        if tag.tag == "style":
            refs.extend(css_refs("".join(tag.itertext())))
    return refs
