"""The machine and tool versions the figures were measured with."""

from __future__ import annotations

import os
import platform
import subprocess
from importlib.metadata import version
from pathlib import Path

from bench.common import fr


def command_output(*command: str) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return (result.stdout or result.stderr).strip()


def utc_date() -> str:
    return command_output("date", "-u")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "inconnu"


def load_average() -> str:
    return " / ".join(fr(x, 2) for x in os.getloadavg())


def commit() -> str:
    """The measured code: ``git describe --always --dirty`` (untracked files not counted)."""
    return command_output("git", "-C", str(Path(__file__).resolve().parent.parent), "describe",
                          "--always", "--dirty") or "inconnu"


def describe(chromium: str, server: str, load_start: str, code: str) -> list[str]:
    """Markdown lines: the code, the machine, the versions, and how busy it was."""
    return [
        f"- Code mesuré : commit `{code}` (au début de l'exécution)",
        f"- Processeurs (`nproc`) : {command_output('nproc') or os.cpu_count()} ; modèle : "
        f"{cpu_model()} ; {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, Pelican {version('pelican')}, Markdown "
        f"{version('markdown')}, Playwright {version('playwright')}, Chromium {chromium}",
        f"- Serveur web des mesures de chargement : {server}",
        f"- Charge moyenne (1/5/15 min) au début : {load_start} ; à la fin : {load_average()} "
        "— la machine peut être partagée : les temps de construction « mur » en dépendent, le "
        "temps CPU beaucoup moins.",
    ]
