"""The same gate in Firefox ESR (Debian's), driven by puppeteer-core over WebDriver BiDi:
every page loads without a failed request or a console error, and hides nothing sideways on a
phone (phone.py), over HTTP; from file://, the example loads clean."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import ROOT
from phone import WIDTHS, hidden

FIREFOX = Path("/usr/bin/firefox-esr")
DRIVER = Path(__file__).with_name("firefox.mjs")
PUPPETEER = ROOT / "node_modules" / "puppeteer-core"


@pytest.fixture(scope="module")
def firefox():
    """``firefox(base, pages)``: what each page showed in Firefox ESR."""
    missing = [str(p) for p in (FIREFOX, PUPPETEER) if not p.exists()]
    if shutil.which("node") is None:
        missing.append("node")
    if missing:
        message = (f"{', '.join(missing)} absent : apt-get install firefox-esr nodejs, puis "
                   "make test (npm ci)")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)

    def visit(base: str, pages: list[str], widths=WIDTHS, open_details=False) -> dict:
        result = subprocess.run(["node", str(DRIVER), base, ",".join(map(str, widths)),
                                 *pages], capture_output=True, text=True, cwd=ROOT,
                                timeout=600, env={**os.environ,
                                                  "OPEN_DETAILS": "1" if open_details else ""})
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout)

    return visit


def pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def load_problems(seen: dict) -> list[str]:
    return [*(f"requête échouée {u}" for u in seen["failed"]), *seen["console"],
            *(f"requête hors du site {u}" for u in seen["outside"])]


@pytest.mark.parametrize("site_name", ["example_site", "before_site", "eight_site",
                                       "federation_site"])
def test_over_http_every_page_loads_clean_and_hides_nothing_on_a_phone(site_name, request,
                                                                      serve, firefox):
    site = request.getfixturevalue(site_name)
    seen = firefox(serve(site), pages(site))
    assert {name: load_problems(s) for name, s in seen.items() if load_problems(s)} == {}
    assert {name: hidden(s["widths"]) for name, s in seen.items() if hidden(s["widths"])} == {}


@pytest.mark.parametrize("site_name", ["example_site", "federation_site"])
def test_from_a_usb_stick_the_example_loads_clean(site_name, request, firefox):
    site = request.getfixturevalue(site_name)
    seen = firefox(site.as_uri() + "/", pages(site), widths=(360,))
    assert {name: load_problems(s) for name, s in seen.items() if load_problems(s)} == {}
