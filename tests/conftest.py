"""Fixtures: a valid pledges/ folder, and real sites built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import FIXTURES, ROOT, built, write_pledges


@pytest.fixture
def pledges(tmp_path: Path) -> Path:
    return write_pledges(tmp_path / "pledges")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, ROOT / "pledges", "example")


@pytest.fixture(scope="session")
def before_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, FIXTURES / "avant", "avant")


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    return built(tmp_path_factory, ROOT / "pledges", "publish", "publishconf.py", "--gzip")
