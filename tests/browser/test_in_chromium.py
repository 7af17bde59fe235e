"""Every page, as residents and volunteers open it: over HTTP and from file://, in Chromium."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from helpers import EXAMPLE, ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SITES = ["example_site", "before_site"]


def need(tool: Path) -> None:
    """Skip with one line when a test tool is missing; in CI, fail instead."""
    if not tool.exists():
        message = f"{tool.relative_to(ROOT)} absent : lancez `make test` (npm ci)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def visit(context, url: str) -> dict:
    """Open ``url``; record failed requests, console errors, dialogs, off-machine requests."""
    seen = {"failed": [], "console": [], "dialogs": [], "outside": []}
    page = context.new_page()
    page.on("requestfailed", lambda r: seen["failed"].append(r.url))
    page.on("console", lambda m: m.type == "error" and seen["console"].append(m.text))
    page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))

    def guard(route):
        parts = urlsplit(route.request.url)
        if parts.scheme == "file" or parts.hostname == "127.0.0.1":
            route.continue_()
        else:
            seen["outside"].append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    response = page.goto(url, wait_until="load")
    if response is not None and url.startswith("http"):
        assert response.ok, url
    seen["page"] = page
    return seen


@pytest.mark.parametrize("site_name", SITES)
@pytest.mark.parametrize("scheme", ["http", "file"])
def test_every_page_loads_clean(site_name, scheme, request, browser, serve):
    site = request.getfixturevalue(site_name)
    base = serve(site) if scheme == "http" else site.as_uri() + "/"
    context = browser.new_context()
    for name in pages(site):
        seen = visit(context, base + name)
        seen.pop("page").close()
        assert seen == {"failed": [], "console": [], "dialogs": [], "outside": []}, name
    context.close()


@pytest.mark.parametrize("site_name", SITES)
def test_axe_finds_no_wcag_violation(site_name, request, browser, serve):
    need(AXE)
    site = request.getfixturevalue(site_name)
    base = serve(site)
    context = browser.new_context(bypass_csp=True)  # lets us inject axe; the site has no JS
    for name in pages(site):
        page = context.new_page()
        page.goto(base + name)
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("tags => axe.run({runOnly: {type: 'tag', values: tags}})", WCAG)
        violations = [(v["id"], [n["target"] for n in v["nodes"]][:3])
                      for v in result["violations"]]
        assert violations == [], name
        page.close()
    context.close()


@pytest.mark.parametrize("site_name", SITES)
def test_nothing_overflows_at_320_px(site_name, request, browser, serve):
    site = request.getfixturevalue(site_name)
    base = serve(site)
    context = browser.new_context(viewport={"width": 320, "height": 640})
    for name in pages(site):
        page = context.new_page()
        page.goto(base + name)
        width = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], (name, width)
        page.close()
    context.close()


@pytest.mark.parametrize("site_name", SITES)
def test_html_passes_the_nu_checker(site_name, request):
    from conftest import java

    need(VNU)
    if not java():
        pytest.skip("java absent : apt-get install default-jre-headless pour le validateur")
    site = request.getfixturevalue(site_name)
    result = subprocess.run([java(), "-jar", str(VNU), "--format", "json", "--skip-non-html",
                             *[str(site / p) for p in pages(site)]],
                            capture_output=True, text=True)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [(Path(m.get("url", "")).name, m.get("message")) for m in messages
              if m.get("type") == "error"]
    assert errors == []


def test_text_browser_shows_each_list_and_measure_with_words(example_site):
    from helpers import TODAY
    from pledges import ui_fr
    from tenir_parole.data.dataset import load_dataset

    dump = subprocess.run(["w3m", "-dump", "-cols", "250", str(example_site / "index.html")],
                          capture_output=True, text=True, check=True).stdout
    data = load_dataset(EXAMPLE, TODAY)
    flat = " ".join(dump.split())
    for lst in data.lists.values():
        assert lst.name in flat
    for measure in data.measures:
        labels = [ui_fr.POSITION_SHORT[data.stance(slug, measure.slug).position]
                  for slug in data.lists]
        row = re.escape(f"{measure.number}. {measure.title}") + r"\s+" + r"\s+".join(
            map(re.escape, labels))
        assert re.search(row, dump), (measure.slug, labels)
