"""Pelican wiring: Jinja globals and filters, and the pledges generator."""

from __future__ import annotations

import re

import segno
from markupsafe import Markup, escape
from pelican import signals

from tenir_parole import texts as ui_fr
from tenir_parole.site import report
from tenir_parole.site.chart import chart
from tenir_parole.site.generator import PledgesGenerator
from tenir_parole.site.markdown import FIELD_TAGS, render
from tenir_parole.site.pages import milestone_title
from tenir_parole.site.wording import euros, short_url, source_text
from tenir_parole.texts.french import month_fr


def md(text: str | None) -> Markup:
    """An editor's Markdown field, rendered and sanitised (safe to output)."""
    return Markup(render(text, FIELD_TAGS))


def qr(url: str, label: str) -> Markup:
    """A QR code of ``url``, as inline SVG (no image file), sized by the stylesheet."""
    code = segno.make(url, error="m")
    svg = code.svg_inline(scale=1, border=2, dark="#000", light="#fff", omitsize=True,
                          svgclass="qr", lineclass=None)
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))


#: A space before » : ; ? ! or after «, in text (the next angle bracket is an opening one).
_BEFORE = re.compile(r" ([»:;?!])(?=[^<>]*(?:<|$))")
_AFTER = re.compile(r"« (?=[^<>]*(?:<|$))")


def unbreakable(html: str) -> Markup:
    """French spacing: no line break after « nor before », :, ;, ? and ! — in the text of
    rendered HTML, never inside a tag. The page's content and the printed editions pass
    through it."""
    return Markup(_BEFORE.sub("\u00a0\\1", _AFTER.sub("«\u00a0", str(html))))


def plural(n: int, forms: tuple[str, str]) -> str:
    """3, (« verdict », « verdicts ») → « 3 verdicts »."""
    return ui_fr.count(n, *forms)


def fr_number(value: float) -> str:
    """38.5 → « 38,5 »."""
    return f"{value:g}".replace(".", ",")


def enabled(settings: dict) -> bool:
    """Signals are process-wide: act only for builds that list this plugin."""
    return "tenir_parole.site" in settings.get("PLUGINS", ())


def configure(pelican) -> None:
    settings = pelican.settings
    if not enabled(settings):
        return
    settings["JINJA_GLOBALS"].update(T=ui_fr.TEXTS, T_COLUMNS=ui_fr.COLUMNS)
    settings["JINJA_FILTERS"].update(filters())


def filters() -> dict:
    """The theme's Jinja filters (the federation's pages, on the same theme, use them too)."""
    return dict(md=md, date_fr=ui_fr.date_fr, of=ui_fr.of, at=ui_fr.at, fr_number=fr_number,
                short_url=short_url, qr=qr, unbreakable=unbreakable, source_text=source_text,
                euros=euros, plural=plural, month_fr=month_fr, chart=chart,
                report_links=report.links, milestone_title=milestone_title)


def get_generators(pelican):
    return PledgesGenerator if enabled(pelican.settings) else None


def register() -> None:
    signals.initialized.connect(configure)
    signals.get_generators.connect(get_generators)
