"""Markdown → HTML that can neither run nor load anything, whatever the editor typed.

The allow-lists are short on purpose: text, emphasis, lists, quotes, links (http(s), mailto or
relative). No images, no raw HTML, no styles, no event handlers; nh3 (ammonia) drops the rest
and gives every link rel="noopener noreferrer". An image an editor pasted
(``![logo](https://…)``) becomes a link to it, its text the image's description: a page
loads nothing from another site, and nothing the editor wrote disappears.
"""

from __future__ import annotations

from functools import lru_cache

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

_INLINE = frozenset({"a", "em", "strong", "code", "br", "abbr"})
#: Short texts from pledges/ (quotes, summaries): no headings, they would break the outline.
FIELD_TAGS = _INLINE | {"p", "ul", "ol", "li", "blockquote"}
#: Pages from content/: headings and tables as well.
PAGE_TAGS = FIELD_TAGS | {"h2", "h3", "h4", "pre", "hr", "dl", "dt", "dd", "table", "thead",
                          "tbody", "tr", "th", "td", "caption", "kbd"}


class _ImagesAsLinks(Treeprocessor):
    def run(self, root) -> None:
        for image in root.iter("img"):
            href, text = image.get("src", ""), image.get("alt") or image.get("src", "")
            image.tag, image.text = "a", text
            image.attrib.clear()
            image.set("href", href)


class ImagesAsLinks(Extension):
    """Markdown images written as links to them (after the inline patterns made them)."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 — Python-Markdown's name
        md.treeprocessors.register(_ImagesAsLinks(md), "images-as-links", 15)


#: One converter, reset between texts: building one per text costs three times the rendering.
_MARKDOWN = markdown.Markdown(output_format="html", extensions=[ImagesAsLinks()])
_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope"},
               "td": {"colspan", "rowspan"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}}
_SCHEMES = {"http", "https", "mailto"}


def sanitize(html: str, tags: frozenset[str] = PAGE_TAGS) -> str:
    """Keep only harmless markup; scripts and styles go with their content."""
    return nh3.clean(html, tags=tags, attributes=_ATTRIBUTES, url_schemes=_SCHEMES,
                     link_rel="noopener noreferrer", strip_comments=True)


@lru_cache(maxsize=65536)
def render(text: str | None, tags: frozenset[str] = FIELD_TAGS) -> str:
    """Render an editor's Markdown text to sanitised HTML ('' for nothing). A quote appears on
    its list's page, its measure's page and in the carnet: it is rendered once."""
    if not text:
        return ""
    return sanitize(_MARKDOWN.reset().convert(text), tags)
