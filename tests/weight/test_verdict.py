"""check_output and the Pelican hook: report always written, error vs warn mode."""

from __future__ import annotations

import json
import logging
import re
from types import SimpleNamespace

import pytest

from tenir_parole import weight as page_weight
from tenir_parole.weight import PageWeightError, check_output, on_finalized
from weight_sites import noise, site_fixture


@pytest.fixture(autouse=True)
def _fresh_pelican_log_filter():
    """Pelican's LimitFilter drops a message already logged in this process: start afresh."""
    from pelican.log import LimitFilter

    LimitFilter._raised_messages.clear()
    LimitFilter._ignore.clear()

site = site_fixture()


def heavy_site(site) -> None:
    site.page("index.html", "<p>Accueil</p>")
    site.page("lourd.html", '<img src="photo.bin" alt="">'
              '<script src="https://cdn.example/x.js"></script>')
    site.write("photo.bin", noise(20000))


def fake_pelican(site, **settings) -> SimpleNamespace:
    return SimpleNamespace(settings={"PLUGINS": ["tenir_parole.weight"], **settings},
                           output_path=str(site.root))


def test_report_is_written_even_when_all_is_well(site) -> None:
    site.page("index.html", "<p>Accueil</p>")
    result = check_output(site.root, {})
    assert result.clean and not result.failed
    data = json.loads((site.root / "poids.json").read_text(encoding="utf-8"))
    assert [page["page"] for page in data["pages"]] == ["index.html"]
    assert data["problems"] == []


def test_report_path_is_a_setting(site) -> None:
    site.page("index.html", "")
    result = check_output(site.root, {"PAGE_WEIGHT_REPORT": "rapports/poids-pages.json"})
    assert result.report_path == site.root / "rapports/poids-pages.json"
    assert result.report_path.is_file()


@pytest.mark.parametrize("value", ["/tmp/poids.json", "../poids.json", "", "."])
def test_report_path_must_stay_inside_the_output(site, value: str) -> None:
    site.page("index.html", "")
    with pytest.raises(PageWeightError, match="PAGE_WEIGHT_REPORT"):
        check_output(site.root, {"PAGE_WEIGHT_REPORT": value})


@pytest.mark.parametrize(("mode", "failed"), [("error", True), ("warn", False), ("report", False)])
def test_failed_means_stop_the_build_so_it_depends_on_mode(site, mode, failed) -> None:
    heavy_site(site)
    result = check_output(site.root, {"PAGE_WEIGHT_MODE": mode})
    assert result.clean is False
    assert result.failed is failed
    assert [v.path for v in result.pages if v.over] == ["lourd.html"]
    assert [p.reference for p in result.problems] == ["https://cdn.example/x.js"]


def test_error_mode_raises_the_french_table(site) -> None:
    heavy_site(site)
    with pytest.raises(PageWeightError) as raised:
        on_finalized(fake_pelican(site))
    message = str(raised.value)
    assert "lourd.html : ressources les plus lourdes" in message
    assert "photo.bin : 19,6 ko" in message
    assert "https://cdn.example/x.js — ressource externe interdite" in message
    assert (site.root / "poids.json").is_file()


def test_error_mode_lets_a_page_within_budget_through_and_reports_it(site) -> None:
    site.page("index.html", "<p>Accueil</p><p><!--page-weight--></p>")
    on_finalized(fake_pelican(site))
    report = json.loads((site.root / "poids.json").read_text(encoding="utf-8"))
    assert [(page["page"], page["over"]) for page in report["pages"]] == [("index.html", False)]
    assert "Poids de cette page : 0,1 ko compressés" in site.read("index.html")


def test_warn_mode_logs_and_does_not_raise(site, caplog) -> None:
    heavy_site(site)
    with caplog.at_level(logging.INFO, logger="tenir_parole.weight"):
        on_finalized(fake_pelican(site, PAGE_WEIGHT_MODE="warn"))
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "1 page sur 2 dépasse son budget" in record.getMessage()
    assert json.loads((site.root / "poids.json").read_text(encoding="utf-8"))["problems"]


def test_report_mode_only_writes_the_report_and_logs_at_info(site, caplog) -> None:
    heavy_site(site)
    with caplog.at_level(logging.INFO, logger="tenir_parole.weight"):
        on_finalized(fake_pelican(site, PAGE_WEIGHT_MODE="report"))
    assert [record.levelno for record in caplog.records] == [logging.INFO]
    assert (site.root / "poids.json").is_file()


def test_builds_without_the_plugin_are_ignored(site) -> None:
    heavy_site(site)
    on_finalized(SimpleNamespace(settings={"PLUGINS": ["autre"]}, output_path=str(site.root)))
    assert not (site.root / "poids.json").exists()


def test_register_connects_to_finalized() -> None:
    from pelican import signals

    page_weight.register()
    try:
        assert on_finalized in [r() for r in signals.finalized.receivers.values()]
    finally:
        signals.finalized.disconnect(on_finalized)


def test_error_mode_fails_whatever_the_setting_string(site) -> None:
    heavy_site(site)
    mode = "".join(["err", "or"])  # read from a file: not the interned constant
    assert check_output(site.root, {"PAGE_WEIGHT_MODE": mode}).failed


@pytest.mark.parametrize("name", ["rapports/2026/poids.json", "-poids.json", "(poids).json"])
def test_the_report_may_go_in_a_sub_folder_or_have_any_name(site, name) -> None:
    site.page("index.html", "<p>Accueil</p>")
    check_output(site.root, {"PAGE_WEIGHT_REPORT": name})
    assert json.loads((site.root / name).read_text(encoding="utf-8"))["pages"]


def test_the_report_keeps_accents_readable(site) -> None:
    site.page("élus.html", "<p>Accueil</p>")
    check_output(site.root, {})
    assert '"page": "élus.html"' in (site.root / "poids.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("siteurl", ["https://tenir-parole.fr", "//tenir-parole.fr"])
def test_absolute_addresses_of_the_site_itself_are_weighed_as_its_files(site, siteurl) -> None:
    """Also when SITEURL leaves the scheme to the browser (« //tenir-parole.fr »)."""
    site.page("index.html", "", f'<link rel="stylesheet" href="{siteurl}/s.css">')
    site.write("s.css", "p { color: red }")
    result = check_output(site.root, {"SITEURL": siteurl})
    assert result.clean and [r.path for r in result.pages[0].weight.resources] == ["s.css"]


def test_the_table_of_weights_lists_every_page_with_its_figures_once_all_are_known(site) -> None:
    site.page("index.html", "<p>Accueil</p><p><!--page-weight--></p>")
    site.page("mesures/une.html", "<p>Une mesure</p><p><!--page-weight--></p>")
    site.page("poids.html", "<!--page-weight-table--><p><!--page-weight--></p>")
    check_output(site.root, {})
    table = site.read("poids.html")
    assert "page-weight" not in table.replace('class="page-weight"', "")
    rows = re.findall(r'<tr><th scope="row"><a href="([^"]+)">', table)
    assert rows == ["index.html", "mesures/une.html", "poids.html"]
    own = re.search(r'poids\.html</a></th><td data-label="[^"]+">([^<]+)</td>', table).group(1)
    assert f"Poids de cette page : {own} compressés" in table  # the same figure, both places
