"""A commune's site built into a folder: its Pelican settings, the files it offers for
download, then built aside, checked and swapped in (build.output)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from tenir_parole.build.output import build_aside
from tenir_parole.build.pelican import pelican_settings
from tenir_parole.core.dataset import Dataset


def offer(downloads: Sequence[Path], site: Path) -> list[dict]:
    """Copy files into telechargements/; return what the « Hors ligne » page lists."""
    if not downloads:
        return []
    folder = site / "telechargements"
    folder.mkdir(exist_ok=True)
    for path in downloads:
        shutil.copyfile(path, folder / path.name)
    return [{"name": p.name, "size": p.stat().st_size,
             "kind": "zip" if p.suffix == ".zip" else p.stem.rsplit("-", 1)[-1]}
            for p in downloads]


def build(settings_file: Path, output: Path, data: Dataset, *, content: Path | None = None,
          gz: bool = False, edition: str | None = None, downloads: Sequence[Path] = (),
          online: str = "", extra: dict | None = None) -> int:
    """Build ``data`` with ``settings_file`` into ``output``; 0 on success, 1 otherwise."""
    return build_aside(output, lambda new: pelican_settings(
        settings_file, new, data, content, edition, offer(downloads, new), online, extra), gz=gz)
