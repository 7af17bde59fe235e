"""Shared helpers: paths, environment, the measured child process, French number formats."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EPOCH = "1795910400"  # 2026-11-29, as in tests/helpers.py: staleness does not drift
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
CHROMIUM = "/usr/bin/chromium"


def example_pledges() -> Path:
    """The example commune: examples/saint-exemple/ when present (pledges/ may hold a real
    commune, see `make nouvelle-commune`), else pledges/."""
    example = ROOT / "examples" / "saint-exemple"
    return example if (example / "commune.yaml").is_file() else ROOT / "pledges"


def build_env(**extra: str) -> dict[str, str]:
    """The environment of `make`, plus a fixed SOURCE_DATE_EPOCH."""
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **extra}


@dataclass(frozen=True)
class Run:
    """One command run in a fresh measuring process (see bench/child.py)."""

    wall: float
    cpu: float
    max_rss_kb: int
    returncode: int
    output: str


def measured(command: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """Run ``command`` through bench.child: wall time, CPU time and peak RSS of its tree."""
    result = subprocess.run([sys.executable, "-m", "bench.child", *command], cwd=ROOT,
                            env=env or build_env(), capture_output=True, text=True)
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"bench.child a échoué : {result.stderr[-2000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return Run(data["wall"], data["cpu"], data["max_rss_kb"], data["returncode"],
               data["output"])


def build_ours(output: Path, pledges: Path, settings: Path | None = None) -> Run:
    """`tenir-parole html` as `make html` runs it, into ``output``."""
    command = [sys.executable, "-m", "tenir_parole.commands.cli", "html", "--output", str(output),
               "--pledges", str(pledges)]
    if settings:
        command += ["--settings", str(settings)]
    run = measured(command)
    if run.returncode != 0:
        raise RuntimeError(f"tenir-parole html a échoué :\n{run.output[-3000:]}")
    return run


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def fr(number: float, digits: int = 1) -> str:
    """``1234.5`` → ``1 234,5`` (French separators, narrow no-break space for thousands)."""
    text = f"{number:,.{digits}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def ko(n: float) -> str:
    """Bytes in ko (1 ko = 1024 octets), one decimal."""
    return f"{fr(n / 1024)} ko"


def octets(n: float) -> str:
    return f"{fr(n, 0)} o"


def seconds(s: float) -> str:
    return f"{fr(s, 2)} s"


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[str]:
    """A Markdown table, readable as plain text too."""
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    return [line(cells[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
            *map(line, cells[1:])]


def section(text: str, title: str) -> list[str]:
    """The lines of BENCHMARKS.md's section ``title`` (up to the next « ## »), or []."""
    lines = text.split("\n")
    if title not in lines:
        return []
    start = lines.index(title)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
               len(lines))
    return lines[start:end]


def replace_section(text: str, title: str, new: list[str], before: str = "") -> str:
    """``text`` with its section ``title`` replaced by ``new``; without one, ``new`` goes
    before the section ``before`` when there is one, else before the last section."""
    lines = text.rstrip("\n").split("\n")
    old = section(text.rstrip("\n"), title)
    if old:
        start = lines.index(title)
        lines[start:start + len(old)] = new
        return "\n".join(lines) + "\n"
    titles = [i for i, line in enumerate(lines) if line.startswith("## ")]
    at = lines.index(before) if before in lines else titles[-1] if titles else len(lines)
    lines[at:at] = new
    return "\n".join(lines) + "\n"
