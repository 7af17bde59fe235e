"""The same gate in Firefox ESR (Debian's), driven by puppeteer-core over WebDriver BiDi:
every page loads without a failed request or a console error, and hides nothing sideways on a
phone (phone.py), over HTTP; from file://, the example loads clean."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ROOT
from phone import WIDTHS, hidden

FIREFOX = Path("/usr/bin/firefox-esr")
DRIVER = Path(__file__).with_name("firefox.mjs")
PUPPETEER = ROOT / "node_modules" / "puppeteer-core"


@dataclass(frozen=True)
class Visit:
    """Pages of one site, opened from ``base`` (an http:// or file:// address ending in /)."""

    base: str
    pages: list[str]
    widths: tuple[int, ...] = tuple(WIDTHS)
    open_details: bool = False


@pytest.fixture(scope="module")
def firefox():
    """``firefox(visit, …)``: what each page of each visit showed, one Firefox ESR for all."""
    missing = [str(p) for p in (FIREFOX, PUPPETEER) if not p.exists()]
    if shutil.which("node") is None:
        missing.append("node")
    if missing:
        message = (f"{', '.join(missing)} absent : apt-get install firefox-esr nodejs, puis "
                   "make test (npm ci)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)

    def visit(*visits: Visit) -> list[dict]:
        asked = [{"base": v.base, "widths": list(v.widths), "pages": v.pages,
                  "openDetails": v.open_details} for v in visits]
        result = subprocess.run(["node", str(DRIVER)], input=json.dumps(asked),
                                capture_output=True, text=True, cwd=ROOT, timeout=600)
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout)

    return visit


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def load_problems(seen: dict) -> list[str]:
    return [*(f"requête échouée {u}" for u in seen["failed"]), *seen["console"],
            *(f"requête hors du site {u}" for u in seen["outside"])]


SITES = ["example_site", "before_site", "eight_site", "federation_site"]
FROM_A_STICK = ["example_site", "federation_site"]


def test_every_page_loads_clean_over_http_and_from_a_usb_stick_and_hides_nothing_on_a_phone(
        request, serve, firefox):
    """Each site over HTTP, at each phone width; the example and the federation from file://
    too (at 360 px): no failed or off-machine request, no console error, nothing sideways."""
    sites = {name: request.getfixturevalue(name) for name in SITES}
    asked = [(f"{name} http", Visit(serve(site), pages(site))) for name, site in sites.items()]
    asked += [(f"{name} file", Visit(sites[name].as_uri() + "/", pages(sites[name]), (360,)))
              for name in FROM_A_STICK]
    seen = {(way, page): s for (way, _), answer in zip(asked, firefox(*(v for _, v in asked)),
                                                       strict=True)
            for page, s in answer.items()}
    assert len(seen) == sum(len(v.pages) for _, v in asked)
    assert {key: load_problems(s) for key, s in seen.items() if load_problems(s)} == {}
    assert {key: hidden(s["widths"]) for key, s in seen.items()
            if "http" in key[0] and hidden(s["widths"])} == {}
