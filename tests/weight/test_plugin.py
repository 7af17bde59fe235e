"""Any Pelican site can use page_weight: a plain Markdown blog, the default theme, the plugin
enabled by its name in Pelican's namespace; its ``finalized`` hook checks the output."""

from __future__ import annotations

import json
from pathlib import Path

import pelican
import pytest
from pelican import signals
from pelican.settings import read_settings

from tenir_parole import weight as page_weight
from tenir_parole.weight import PageWeightError, format_kb


@pytest.fixture
def blog(tmp_path: Path):
    """``blog(**settings)`` builds a two-post blog with an « À propos » page."""
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    for day, title in ((1, "Premier billet"), (2, "Second billet")):
        (content / f"billet-{day}.md").write_text(
            f"Title: {title}\nDate: 2026-11-0{day}\nCategory: Carnet\n\nBonjour.\n",
            encoding="utf-8")
    (content / "pages" / "a-propos.md").write_text(
        "Title: À propos\n\nUn blog.\n\n<!--page-weight-->\n", encoding="utf-8")
    output = tmp_path / "output"

    def run(**settings) -> Path:
        override = {
            "PATH": str(content), "OUTPUT_PATH": str(output), "CACHE_PATH": str(tmp_path / "c"),
            "PLUGINS": ["tenir_parole.weight"], "TIMEZONE": "Europe/Paris",
            "SITEURL": "", "FEED_ALL_ATOM": None, "CATEGORY_FEED_ATOM": None, **settings,
        }
        pelican.Pelican(read_settings(override=override)).run()
        return output

    yield run
    signals.finalized.disconnect(page_weight.on_finalized)  # signals are process-wide


def test_the_default_theme_is_over_the_default_budget_and_the_build_fails(blog) -> None:
    with pytest.raises(PageWeightError, match="ressources les plus lourdes"):
        blog()


def test_within_a_budget_the_hook_fills_the_page_and_reports_every_page(blog) -> None:
    output = blog(PAGE_WEIGHT_BUDGET={"default": {"gzip": 40960, "requests": 8}})
    report = json.loads((output / "poids.json").read_text(encoding="utf-8"))
    pages = {page["page"]: page for page in report["pages"]}
    assert {"index.html", "pages/a-propos.html", "premier-billet.html",
            "second-billet.html"} <= set(pages)
    assert report["problems"] == [] and not any(page["over"] for page in pages.values())
    page = pages["pages/a-propos.html"]
    assert "theme/css/main.css" in [r["path"] for r in page["resources"]]
    html = (output / "pages/a-propos.html").read_text(encoding="utf-8")
    assert f"Poids de cette page : {format_kb(page['gzip'])} compressés" in html


def test_the_plugin_acts_only_on_builds_that_list_it() -> None:
    from tenir_parole.weight import _enabled

    assert _enabled({"PLUGINS": ["tenir_parole.weight"]})
    assert _enabled({"PLUGINS": [page_weight]})  # a module object, as Pelican allows
    assert not _enabled({"PLUGINS": ["tenir_parole.site", "tenir_parole.site.reader",
                                     "tenir_parole.site.css"]})
    assert not _enabled({"PLUGINS": None})


def test_report_mode_stays_quiet_whatever_the_setting_string(tmp_path, caplog) -> None:
    from types import SimpleNamespace

    from tenir_parole.weight import on_finalized

    (tmp_path / "index.html").write_text("<p>x</p>" + "y" * 40000)  # over budget
    mode = "".join(["rep", "ort"])  # read from a file: not the interned constant
    settings = {"PLUGINS": ["tenir_parole.weight"], "PAGE_WEIGHT_MODE": mode,
                "PAGE_WEIGHT_BUDGET": {"default": {"gzip": 10}}}
    with caplog.at_level("INFO"):
        on_finalized(SimpleNamespace(settings=settings, output_path=str(tmp_path)))
    assert caplog.records and all(r.levelname == "INFO" for r in caplog.records)
