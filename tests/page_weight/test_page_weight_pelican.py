"""A real (tiny) Pelican build: the ``finalized`` hook runs and checks the output."""

from __future__ import annotations

import json
from pathlib import Path

import pelican
import pytest
from pelican import signals
from pelican.plugins import page_weight
from pelican.plugins.page_weight import PageWeightError, format_kb
from pelican.settings import read_settings


@pytest.fixture
def build(tmp_path: Path):
    """``build(**settings)`` runs Pelican on a one-page site and returns the output folder."""
    content = tmp_path / "content" / "pages"
    content.mkdir(parents=True)
    (content / "accueil.md").write_text(
        "Title: Accueil\n\nBonjour.\n\n<!--page-weight-->\n", encoding="utf-8"
    )
    output = tmp_path / "output"

    def run(**settings) -> Path:
        override = {
            "PATH": str(tmp_path / "content"), "OUTPUT_PATH": str(output),
            "CACHE_PATH": str(tmp_path / "cache"), "PLUGINS": [page_weight],
            "TIMEZONE": "Europe/Paris", "SITEURL": "", "FEED_ALL_ATOM": None,
            "CATEGORY_FEED_ATOM": None, **settings,
        }
        pelican.Pelican(read_settings(override=override)).run()
        return output

    yield run
    signals.finalized.disconnect(page_weight.on_finalized)  # signals are process-wide


def test_default_theme_is_over_the_default_budget_and_the_build_fails(build) -> None:
    with pytest.raises(PageWeightError, match="ressources les plus lourdes"):
        build()


def test_hook_fills_the_page_and_writes_the_report(build) -> None:
    output = build(PAGE_WEIGHT_MODE="warn",
                   PAGE_WEIGHT_BUDGET={"default": {"gzip": 40960, "requests": 8}})
    report = json.loads((output / "poids.json").read_text(encoding="utf-8"))
    pages = {page["page"]: page for page in report["pages"]}
    assert "pages/accueil.html" in pages and "index.html" in pages
    assert report["problems"] == []
    page = pages["pages/accueil.html"]
    assert not page["over"]
    assert "theme/css/main.css" in [r["path"] for r in page["resources"]]
    html = (output / "pages/accueil.html").read_text(encoding="utf-8")
    assert f"Poids de cette page : {format_kb(page['gzip'])} compressés" in html
