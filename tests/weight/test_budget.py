"""Budgets: settings, per-path overrides in order, and the verdict at the exact limit."""

from __future__ import annotations

import pytest

from tenir_parole.weight.budget import (
    Budget,
    PageWeightError,
    budget_for,
    judge,
    parse_budget,
    parse_mode,
)
from tenir_parole.weight.weigh import PageWeight, Resource, weigh_site
from weight_sites import noise_gzip, site_fixture

site = site_fixture()


def test_no_setting_gives_the_default_budget() -> None:
    assert budget_for("index.html", parse_budget(None)) == Budget(gzip=14336, requests=4)


def test_a_partial_default_keeps_the_other_key() -> None:
    config = parse_budget({"default": {"requests": 6}})
    assert budget_for("index.html", config) == Budget(gzip=14336, requests=6)


@pytest.mark.parametrize(
    ("overrides", "path", "expected"),
    [
        # One override: the keys it sets, the default for the others.
        ([("carnet/*", {"gzip": 40960})], "carnet/a.html", Budget(40960, 4)),
        ([("carnet/*", {"gzip": 40960})], "index.html", Budget(14336, 4)),
        # Two overlapping overrides: the last match wins alone, over the default...
        ([("carnet/*", {"gzip": 40960, "requests": 8}), ("carnet/lourd.html", {"gzip": 81920})],
         "carnet/lourd.html", Budget(81920, 4)),
        ([("carnet/*", {"gzip": 40960, "requests": 8}), ("carnet/lourd.html", {"gzip": 81920})],
         "carnet/leger.html", Budget(40960, 8)),
        # ...so the same two in the other order let the broad pattern win.
        ([("carnet/lourd.html", {"gzip": 81920}), ("carnet/*", {"gzip": 40960, "requests": 8})],
         "carnet/lourd.html", Budget(40960, 8)),
        # `*` crosses folders (fnmatch on the whole relative path).
        ([("carnet/*", {"requests": 5})], "carnet/2024/mars.html", Budget(14336, 5)),
    ],
)
def test_overrides_apply_in_order(overrides, path: str, expected: Budget) -> None:
    config = parse_budget({"default": {"gzip": 14336, "requests": 4}, "overrides": overrides})
    assert budget_for(path, config) == expected


def test_overrides_may_be_lists_or_a_dict() -> None:
    as_lists = parse_budget({"overrides": [["carnet/*", {"gzip": 1}]]})
    as_dict = parse_budget({"overrides": {"carnet/*": {"gzip": 1}}})
    assert as_lists == as_dict


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ({"default": {"gzp": 1}}, "clé « gzp » inconnue"),
        ({"default": {"gzip": "14 ko"}}, "entier positif"),
        ({"default": {"gzip": -1}}, "entier positif"),
        ({"defaut": {}}, "clé « defaut » inconnue"),
        ({"overrides": ["carnet/*"]}, "paires"),
        ({"overrides": [("carnet/*", {"requetes": 3})]}, "clé « requetes » inconnue"),
        ([("default", {})], "dictionnaire"),
        ({"overrides": 5}, "paires"),
        ({"overrides": [("carnet/*", {}, "en trop")]}, "paires"),
        ({"zz": 1, "aa": 2}, "clé « aa » inconnue"),
        ({"default": {"gzip": True}}, "entier positif"),
    ],
)
def test_bad_budget_settings_are_explained_in_french(setting, message: str) -> None:
    with pytest.raises(PageWeightError, match=message):
        parse_budget(setting)


@pytest.mark.parametrize(("value", "expected"), [(None, "error"), ("error", "error"),
                                                 ("warn", "warn"), ("report", "report")])
def test_mode(value, expected: str) -> None:
    assert parse_mode(value) == expected


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(PageWeightError, match="PAGE_WEIGHT_MODE"):
        parse_mode("strict")


@pytest.mark.parametrize(("extra", "over"), [(0, False), (1, True)])
def test_verdict_flips_one_byte_over_the_budget(site, extra: int, over: bool) -> None:
    site.page("index.html", '<img src="photo.bin" alt="">')
    page_gzip = weigh_site(site.root)[0].page_gzip
    site.write("photo.bin", noise_gzip(14336 - page_gzip + extra))
    [verdict] = judge(weigh_site(site.root), parse_budget(None))
    assert verdict.weight.gzip == 14336 + extra
    assert verdict.over is over
    assert verdict.over_gzip == extra


@pytest.mark.parametrize(("requests", "over"), [(4, False), (5, True)])
def test_verdict_counts_requests(requests: int, over: bool) -> None:
    images = tuple(Resource(f"{i}.png", 1, 1) for i in range(requests - 1))
    weight = PageWeight("index.html", 100, 80, images)
    [verdict] = judge([weight], parse_budget(None))
    assert verdict.over is over
    assert verdict.over_requests == (requests - 4 if over else 0)


def test_a_budget_of_zero_is_a_budget() -> None:
    config = parse_budget({"default": {"gzip": 0, "requests": 0}})
    assert (config.default.gzip, config.default.requests) == (0, 0)
