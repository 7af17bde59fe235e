"""Helpers to write tiny built sites (HTML, CSS, binary files) in a temporary folder.

Not a ``conftest.py``: the suite imports ``tests/conftest.py`` by name (``from conftest
import …``), and a second conftest.py without ``__init__.py`` would shadow it in
``sys.modules``. Test modules declare ``site = site_fixture()`` instead.
"""

from __future__ import annotations

import gzip
import random
from collections.abc import Callable
from pathlib import Path

import pytest

#: gzip -9 adds this much to incompressible data under 16 KiB (one stored block).
STORED_OVERHEAD = 23


class Site:
    """An output folder under construction: ``site.write("a/b.css", "…")``."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def write(self, path: str, content: str | bytes) -> Path:
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        target.write_bytes(content)
        return target

    def page(self, path: str, body: str, head: str = "") -> Path:
        """A minimal HTML document."""
        return self.write(
            path,
            f"<!doctype html><html lang=fr><head><meta charset=utf-8><title>t</title>{head}"
            f"</head><body>{body}</body></html>",
        )

    def read(self, path: str) -> str:
        return (self.root / path).read_text(encoding="utf-8")


def site_fixture() -> Callable[[Path], Site]:
    """A ``site`` fixture: an empty output folder in ``tmp_path``."""

    @pytest.fixture
    def site(tmp_path: Path) -> Site:
        return Site(tmp_path / "output")

    return site


def noise(size: int, seed: int = 0) -> bytes:
    """Incompressible bytes (seeded, so reproducible)."""
    return random.Random(seed).randbytes(size)


def noise_gzip(target: int, seed: int = 0) -> bytes:
    """Incompressible bytes whose gzip -9 size is exactly ``target``."""
    data = noise(target - STORED_OVERHEAD, seed)
    assert len(gzip.compress(data, 9, mtime=0)) == target
    return data
