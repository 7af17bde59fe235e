"""From a save to the new page on screen, for the example (`make editeur`).

`python -m bench.editor` runs `tenir-parole editeur` on a copy of the project, opens the preview
of a list in Chromium, then, each time, saves a new presentation of the list the way the form
does (`POST /api/v1`, `persistEntry`: checked by `make check`'s code, written), or writes the
file by hand (the preview's polling), and times until the new text is on screen — without
any reload asked. Prints its section and puts it into BENCHMARKS.md (`make bench` keeps it).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from bench import common
from bench.common import QUICK, ROOT, fr, median

TITLE = "## Du formulaire à l'écran (`make editeur`)"
RUNS = 3 if QUICK else 7
TARGET = ROOT / "BENCHMARKS.md"
LIST = "listes/renouveau-citoyen.yaml"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def project(tmp: Path) -> Path:
    root = tmp / "projet"
    root.mkdir()
    for name in ("content", "theme", "editeur", "pelicanconf.py", "publishconf.py"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    shutil.copytree(ROOT / "examples" / "saint-exemple", root / "pledges")
    (root / "node_modules").symlink_to(ROOT / "node_modules")
    return root


def persist(api: str, path: str, raw: str) -> None:
    body = json.dumps({"action": "persistEntry", "params": {
        "dataFiles": [{"path": f"pledges/{path}", "raw": raw}], "assets": [],
        "options": {"newEntry": False}}}).encode()
    request = urllib.request.Request(api, data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.status == 200


def measure(root: Path, api: str, preview: str, page, by_hand: bool) -> list[float]:
    path = root / "pledges" / LIST
    original = path.read_text(encoding="utf-8")
    times = []
    for run in range(RUNS):
        marker = f"Présentation mesurée n° {run} {'à la main' if by_hand else 'formulaire'}"
        text = re.sub(r"presentation: >-\n(  .*\n)+", f"presentation: {marker}\n", original)
        page.goto(preview)
        time.sleep(1.5)  # the page settled, its event stream open
        start = time.perf_counter()
        if by_hand:
            path.write_text(text, encoding="utf-8")
        else:
            persist(api, LIST, text)
        page.get_by_text(marker).wait_for(timeout=30_000)
        times.append(time.perf_counter() - start)
    path.write_text(original, encoding="utf-8")
    return times


def report() -> list[str]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="tenir-parole-bench-editeur-") as tmp:
        root = project(Path(tmp))
        port, form = free_port(), free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "tenir_parole.commands.cli", "editeur", "--port", str(port),
             "--editor-port", str(form)], cwd=root, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, start_new_session=True)
        said: list[str] = []
        threading.Thread(target=lambda: said.extend(process.stdout), daemon=True).start()
        try:
            while not any("Éditeur de formulaires" in line for line in said):
                if process.poll() is not None:
                    raise SystemExit("".join(said))
                time.sleep(0.2)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                            args=["--headless", "--no-sandbox", "--disable-gpu"])
                page = browser.new_page()
                preview = f"http://127.0.0.1:{port}/{LIST.replace('.yaml', '.html')}"
                api = f"http://127.0.0.1:{form}/api/v1"
                form_times = measure(root, api, preview, page, by_hand=False)
                hand_times = measure(root, api, preview, page, by_hand=True)
                browser.close()
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
    def cell(times):
        return (f"{fr(median(times), 2)} s (de {fr(min(times), 2)} à "
                f"{fr(max(times), 2)} s)")
    return [
        TITLE, "",
        f"Site d'exemple, page `{LIST.replace('.yaml', '.html')}` ouverte dans Chromium sans "
        "tête ; le temps va de l'enregistrement jusqu'au nouveau texte affiché, sans "
        f"rechargement demandé (la page se recharge seule). Médiane de {RUNS} essais.", "",
        "| Enregistrement | Jusqu'à l'écran |", "|---|---|",
        f"| par le formulaire (`persistEntry` : vérification de `make check`, écriture, "
        f"reconstruction aussitôt) | {cell(form_times)} |",
        f"| à la main dans un éditeur de texte (l'aperçu regarde les fichiers toutes les "
        f"0,5 s, puis attend 0,5 s que l'éditeur ait fini) | {cell(hand_times)} |", "",
        "Objectif : 1 s au plus par le formulaire.", ""]


def kept_section(text: str) -> list[str]:
    """This section of ``text`` (for `make bench`, which rewrites the rest)."""
    return common.section(text, TITLE)


def main() -> int:
    section = report()
    print("\n".join(section))
    TARGET.write_text(common.replace_section(TARGET.read_text(encoding="utf-8"), TITLE, section,
                                             before="## Reproduire, approfondir"),
                      encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
