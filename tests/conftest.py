"""Fixtures: a valid pledges/ folder, and real sites built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import (
    EPOCH,
    EXAMPLE,
    FIXTURES,
    YEAR_LATER_EPOCH,
    built,
    crowded,
    epoch,
    write_pledges,
    year_later,
)


def pytest_configure(config) -> None:
    """Every build in the suite, in this process or a child, sees the same reference date
    (2026-11-29), so staleness and future-date checks do not drift."""
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH


@pytest.fixture
def pledges(tmp_path: Path) -> Path:
    return write_pledges(tmp_path / "pledges")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, EXAMPLE, "example")


@pytest.fixture(scope="session")
def before_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, FIXTURES / "avant", "avant")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, EXAMPLE, "publish", "publishconf.py", "--gzip")


@pytest.fixture(scope="session")
def year_later_site(tmp_path_factory) -> Path:
    """The example a year and three months on (30 June 2027, two more updates), published:
    its first anniversary's dated bilan, feeds, the bilan of fifteen months."""
    pledges = year_later(tmp_path_factory.mktemp("an") / "pledges")
    with epoch(YEAR_LATER_EPOCH):
        return built(tmp_path_factory, pledges, "an-apres", "publishconf.py")


@pytest.fixture(scope="session")
def eight_site(tmp_path_factory) -> Path:
    """The example with eight lists, built."""
    pledges = crowded(EXAMPLE, tmp_path_factory.mktemp("huit") / "pledges")
    return built(tmp_path_factory, pledges, "huit")


@pytest.fixture(scope="session")
def minimal_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, FIXTURES / "minimal", "minimal")


@pytest.fixture(scope="session")
def federation_site(tmp_path_factory) -> Path:
    """The overview of the example communes (federation/donnees/), built."""
    from helpers import ROOT, cli

    output = tmp_path_factory.mktemp("federation") / "output-federation"
    result = cli("federation", "--copies", str(ROOT / "federation" / "donnees"),
                 "--output", str(output), "--settings", str(ROOT / "federationconf.py"))
    assert result.returncode == 0, result.stderr
    return output
