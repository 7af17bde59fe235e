"""Every page, as residents and volunteers open it: over HTTP and from file://, in Chromium.

Each site is visited once per way of opening it; each page is loaded once, then looked at in
a desktop window and in two phone windows (phone.py). A test checks everything the browser
reported on that visit.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import ROOT
from phone import SIDEWAYS, WIDTHS, hidden

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
#: Only violations are reported in full: axe skips the details of what passed (a sixth faster).
AXE_RUN = "tags => axe.run({runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
SITES = ["example_site", "before_site", "eight_site", "federation_site"]


def need(tool: Path) -> None:
    """Skip with one line when a test tool is missing; in CI, fail instead."""
    if not tool.exists():
        message = f"{tool.relative_to(ROOT)} absent : lancez `make test` (npm ci)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


@dataclass
class Seen:
    """What the browser reported for one page."""

    failed: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    widths: dict = field(default_factory=dict)  # sideways.js's findings, by window width
    axe: list = field(default_factory=list)


def crawl(browser, base: str, names: list[str], axe: bool) -> dict[str, Seen]:
    """Open every page in one tab: failed and off-machine requests, console errors, dialogs,
    what a phone would hide (phone.py), and (over HTTP) axe-core's WCAG violations at 320 px."""
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 800})
    if axe:  # injected by the browser itself: the page's CSP stays in force
        context.add_init_script(path=str(AXE))
    tab = context.new_page()
    seen: dict[str, Seen] = {}

    def current() -> Seen:
        return seen[list(seen)[-1]]

    tab.on("requestfailed", lambda r: current().failed.append(r.url))
    tab.on("console", lambda m: m.type == "error" and current().console.append(m.text))
    tab.on("dialog", lambda d: (current().dialogs.append(d.message), d.dismiss()))

    def guard(route):
        parts = urlsplit(route.request.url)
        if parts.scheme == "file" or parts.hostname == "127.0.0.1":
            route.continue_()
        else:
            current().outside.append(route.request.url)
            route.abort()

    tab.route("**/*", guard)
    for name in names:
        seen[name] = Seen()
        tab.set_viewport_size({"width": WIDTHS[0], "height": 800})
        response = tab.goto(base + name, wait_until="load")
        if base.startswith("http"):
            assert response is not None and response.ok, name
        for width in WIDTHS:
            tab.set_viewport_size({"width": width, "height": 800})
            seen[name].widths[width] = tab.evaluate(SIDEWAYS)
        if axe:
            tab.set_viewport_size({"width": 320, "height": 800})
            result = tab.evaluate(AXE_RUN, WCAG)
            seen[name].axe = [(v["id"], [n["target"] for n in v["nodes"]][:3])
                              for v in result["violations"]]
    context.close()
    return seen


def visit(request, serve, browser, site_name: str, scheme: str) -> dict[str, Seen]:
    site = request.getfixturevalue(site_name)
    base = serve(site) if scheme == "http" else site.as_uri() + "/"
    return crawl(browser, base, pages(site), axe=scheme == "http" and AXE.exists())


def load_problems(seen: Seen) -> list[str]:
    return [*(f"requête échouée {u}" for u in seen.failed), *seen.console, *seen.dialogs,
            *(f"requête hors du site {u}" for u in seen.outside)]


@pytest.mark.parametrize("site_name", SITES)
def test_over_http_every_page_loads_clean_passes_axe_and_hides_nothing_on_a_phone(
        site_name, request, serve, browser):
    """One visit per page: no failed or off-machine request, no console error or dialog,
    no WCAG 2.2 AA violation found by axe-core, nothing hidden sideways at 320 or 360 px."""
    need(AXE)
    seen = visit(request, serve, browser, site_name, "http")
    assert {name: load_problems(s) for name, s in seen.items() if load_problems(s)} == {}
    assert {name: s.axe for name, s in seen.items() if s.axe} == {}
    assert {name: hidden(s.widths) for name, s in seen.items() if hidden(s.widths)} == {}


@pytest.mark.parametrize("site_name", [*SITES[:2], "federation_site"])
def test_from_a_usb_stick_every_page_loads_clean(site_name, request, serve, browser):
    seen = visit(request, serve, browser, site_name, "file")
    assert {name: load_problems(s) for name, s in seen.items() if load_problems(s)} == {}


def nu_errors(files: list[Path]) -> list[tuple[str, str]]:
    """The Nu Html Checker's errors on ``files`` (file name, message), in one Java run.

    A short run gains nothing from the optimising compiler: the client compiler alone halves
    the checker's time, given the deeper stack its schema needs then (it overflows under 16 MB).
    """
    from conftest import java

    need(VNU)
    if not java():
        pytest.skip("java absent : apt-get install default-jre-headless pour le validateur")
    result = subprocess.run([java(), "-Xss16m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU),
                             "--format", "json", "--skip-non-html", *map(str, files)],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [(Path(m.get("url", "")).name, m.get("message")) for m in messages
            if m.get("type") == "error"]


@pytest.mark.parametrize("site_name", SITES)
def test_html_passes_the_nu_checker(site_name, request):
    site = request.getfixturevalue(site_name)
    assert nu_errors([site / p for p in pages(site)]) == []


#: The example's positions table as a text browser lays it out: each measure, then each
#: list's position in the order of the header (Agir, L'Avenir, Renouveau, Saint-Exemple d'abord).
POSITIONS_IN_W3M = [
    "1. Sécuriser les services essentiels « hors réseau » Non sollicitée En partie Oui Oui",
    "2. Assurer une gestion municipale sobre et dégafamisée Non sollicitée Oui Oui Non",
    "3. Garantir un service public humain En partie Oui Oui En partie",
    "4. Favoriser les emplois, pas les IA Non sollicitée En partie Oui Flou",
    "5. Assurer la sécurité sans vidéosurveillance Non Flou Oui Non",
    "6. Bannir les écrans publicitaires de l'espace public et des transports en commun "
    "Non sollicitée Oui Oui Sans réponse",
    "7. Favoriser une école ouverte et créative Flou En partie En partie Flou",
    "8. Lutter contre l'airbnbisation de l'habitat Non sollicitée Sans réponse Oui En partie",
    "9. Refuser l'installation de data centers Non Oui Oui Flou",
    "10. Limiter les antennes relais et l'exposition électromagnétique Non sollicitée Non "
    "En partie Sans réponse",
]


def test_text_browser_shows_the_bilan_and_each_list_and_measure_with_words(example_site):
    dump = subprocess.run(["w3m", "-dump", "-cols", "250", str(example_site / "index.html")],
                          capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in dump.splitlines()]
    for count in ("Tenu : 2 sur 7", "Tenu en partie : 1 sur 7", "En cours : 1 sur 7",
                  "Non tenu : 1 sur 7", "Invérifiable : 1 sur 7", "Pas encore évalué : 1 sur 7"):
        assert f"• {count}" in lines, count
    assert ("Mesure Agir pour Saint-Exemple L'Avenir en commun à Saint-Exemple (liste élue) "
            "Renouveau citoyen Saint-Exemple d'abord") in lines
    for row in POSITIONS_IN_W3M:
        assert row in lines, row
