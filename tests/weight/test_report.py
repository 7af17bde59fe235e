"""French figures, the readable table, and the JSON report."""

from __future__ import annotations

import pytest

from tenir_parole.weight import format_kb
from tenir_parole.weight.budget import Budget, Verdict, parse_budget
from tenir_parole.weight.report import json_report, overrun, text_report
from tenir_parole.weight.weigh import EXTERNAL, PageWeight, Problem, Resource


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "0,0 ko"),
        (51, "0,0 ko"),
        (52, "0,1 ko"),  # 0.0508 ko rounds up
        (1024, "1,0 ko"),
        (6349, "6,2 ko"),
        (6400, "6,3 ko"),  # exactly 6.25: half rounds up
        (14336, "14,0 ko"),
        (1047552, "1023,0 ko"),
        (1048576, "1024,0 ko"),
    ],
)
def test_format_kb(n: int, expected: str) -> None:
    assert format_kb(n) == expected


DEFAULT = Budget(14336, 4)


def verdict(path: str, gzip: int, resources: tuple[Resource, ...] = (),
            budget: Budget = DEFAULT) -> Verdict:
    return Verdict(PageWeight(path, gzip * 2, gzip, resources), budget)


@pytest.mark.parametrize(
    ("v", "expected"),
    [
        (verdict("a.html", 1000), "—"),
        (verdict("a.html", 14336 + 2048), "+2,0 ko"),
        (verdict("a.html", 14336 + 1), "+1 octet"),
        (verdict("a.html", 14336 + 30), "+30 octets"),
        (verdict("a.html", 100, tuple(Resource(f"{i}", 1, 1) for i in range(4))), "+1 requête"),
    ],
)
def test_overrun(v: Verdict, expected: str) -> None:
    assert overrun(v) == expected


def test_text_report_names_the_three_heaviest_resources_of_failing_pages() -> None:
    heavy = tuple(Resource(f"r{i}.bin", 9000 + i, 4000 + 1000 * i) for i in range(4))
    verdicts = [verdict("leger.html", 2000), verdict("lourd.html", 1000, heavy)]
    problem = Problem("leger.html", "https://fonts.example/f.woff2", EXTERNAL)
    text = text_report(verdicts, [problem])
    assert "Page" in text and "Budget" in text and "Dépassement" in text
    assert "lourd.html : ressources les plus lourdes" in text
    assert "r3.bin : 6,8 ko" in text and "r2.bin" in text and "r1.bin" in text
    assert "r0.bin" not in text
    assert "leger.html : ressources" not in text
    assert "leger.html : https://fonts.example/f.woff2 — ressource externe interdite" in text
    assert text.endswith("1 page sur 2 dépasse son budget ; 1 problème de ressource.")


def test_text_report_when_all_is_well() -> None:
    text = text_report([verdict("index.html", 3000)], [])
    assert "2,9 ko" in text and "14,0 ko" in text
    assert text.endswith("toutes dans leur budget.")


def test_json_report_shape() -> None:
    config = parse_budget({"overrides": [("carnet/*", {"gzip": 40960})]})
    resources = (Resource("s.css", 300, 200),)
    report = json_report([verdict("index.html", 20000, resources)], [], config, "warn")
    assert report["budget"] == {
        "default": {"gzip": 14336, "requests": 4},
        "overrides": [["carnet/*", {"gzip": 40960}]],
        "mode": "warn",
    }
    assert report["pages"] == [{
        "page": "index.html", "raw": 40300, "gzip": 20200, "requests": 2,
        "budget_gzip": 14336, "budget_requests": 4, "over": True,
        "resources": [{"path": "s.css", "raw": 300, "gzip": 200}],
    }]
    assert report["problems"] == []


@pytest.mark.parametrize(("count", "expected"), [(0, "0 requête"), (1, "1 requête"),
                                                 (2, "2 requêtes"), (12, "12 requêtes")])
def test_plural_is_french(count: int, expected: str) -> None:
    from tenir_parole.weight.report import plural

    assert plural(count, "requête") == expected


def test_a_page_too_heavy_on_its_own_says_so() -> None:
    text = text_report([verdict("lourd.html", 20000)], [])
    assert "lourd.html : ressources les plus lourdes\n  (aucune : la page elle-même est trop " \
           "lourde)" in text


def test_problems_alone_are_summed_up() -> None:
    problem = Problem("index.html", "https://cdn.example/a.js", EXTERNAL)
    text = text_report([verdict("index.html", 1000)], [problem, problem])
    assert text.endswith("Poids des pages : 2 problèmes de ressource.")


def test_several_pages_over_budget_are_counted() -> None:
    verdicts = [verdict("a.html", 20000), verdict("b.html", 30000), verdict("c.html", 100)]
    assert text_report(verdicts, []).endswith(
        "Poids des pages : 2 pages sur 3 dépassent leur budget.")
