"""Fixtures: a valid pledges/ folder, and real sites built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import EPOCH, EXAMPLE, FIXTURES, built, write_pledges


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


#: Four more lists for the eight-list commune, with long names: a crowded grid on a phone.
MORE_LISTS = {"nouvel-elan": "Nouvel élan pour Saint-Exemple-sur-Loire et ses hameaux",
              "ecologie-solidaire": "Écologie et solidarité, une commune pour tous",
              "cap-citoyen": "Cap citoyen",
              "saint-exemple-demain": "Saint-Exemple demain : la commune des habitants"}


@pytest.fixture(scope="session")
def eight_site(tmp_path_factory) -> Path:
    """The example with eight lists, built."""
    import shutil

    pledges = tmp_path_factory.mktemp("huit") / "pledges"
    shutil.copytree(EXAMPLE, pledges)
    sources = sorted((pledges / "listes").glob("*.yaml"))
    for source, (slug, name) in zip(sources, MORE_LISTS.items(), strict=True):
        text = source.read_text(encoding="utf-8")
        first = next(line for line in text.splitlines() if line.startswith("nom:"))
        (pledges / "listes" / f"{slug}.yaml").write_text(
            text.replace(first, f'nom: "{name}"', 1), encoding="utf-8")
    return built(tmp_path_factory, pledges, "huit")


@pytest.fixture(scope="session")
def minimal_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, FIXTURES / "minimal", "minimal")
