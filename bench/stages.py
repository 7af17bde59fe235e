"""Where one build's time goes, step by step, in a fresh process (for BENCHMARKS.md).

    .venv/bin/python -m bench.stages PLEDGES SETTINGS   # prints one JSON object

The steps of `tenir-parole html`: imports, loading and checking the data, Pelican writing the
pages, the page_weight plugin weighing them (timed apart, through its own hook), and the
offline link check. Wall-clock seconds of each, measured with perf_counter.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

START = time.perf_counter()

from tenir_parole import weight as page_weight  # noqa: E402
from tenir_parole.build import pelican as build  # noqa: E402
from tenir_parole.build.links import check_links  # noqa: E402
from tenir_parole.build.verify import load  # noqa: E402

STEPS = ("imports", "données", "pages", "pesée", "liens")


def measure(pledges: Path, settings_file: Path) -> dict[str, float]:
    times = {"imports": time.perf_counter() - START}
    weighing = page_weight.check_output

    def timed_weighing(*args, **kwargs):
        began = time.perf_counter()
        try:
            return weighing(*args, **kwargs)
        finally:
            times["pesée"] = time.perf_counter() - began

    page_weight.check_output = timed_weighing  # on_finalized looks it up here
    try:
        began = time.perf_counter()
        data, _ = load(pledges, build.read_pelican_settings(settings_file))
        times["données"] = time.perf_counter() - began
        with tempfile.TemporaryDirectory() as work:
            new = Path(work)
            began = time.perf_counter()
            with build.pelican_locale():
                failed = build.run_pelican(build.pelican_settings(settings_file, new, data,
                                                                  None, None, []))
            times["pages"] = time.perf_counter() - began - times.get("pesée", 0.0)
            began = time.perf_counter()
            broken = check_links(new)
            times["liens"] = time.perf_counter() - began
    finally:
        page_weight.check_output = weighing
    if failed or broken:
        raise SystemExit("\n".join([*failed, *broken]))
    return times


if __name__ == "__main__":
    print(json.dumps(measure(Path(sys.argv[1]), Path(sys.argv[2]))))
