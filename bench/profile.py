"""Profile one synthetic build, step by step, in this process (cProfile).

    .venv/bin/python -m bench.profile 300 10

The steps are those of `tenir-parole html`: data check, Pelican (pages, then the page_weight
plugin's weighing), then the offline link check. Prints each step's time and its heaviest
functions by cumulative time. Everything runs in this one process (cProfile would not see a
second one), so the times are those of one core.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

from pelican.settings import read_settings

from bench import synth
from bench.common import EPOCH, ROOT
from bench.scaling import SETTINGS
from tenir_parole.build.links import check_links
from tenir_parole.build.pelican import pelican_settings, run_pelican
from tenir_parole.build.verify import load

TOP = 15


def profiled(label: str, action, top: int = TOP):
    profiler = cProfile.Profile()
    start = time.perf_counter()
    result = profiler.runcall(action)
    elapsed = time.perf_counter() - start
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(top)
    print(f"=== {label} : {elapsed:.2f} s ===")
    print("\n".join(line for line in buffer.getvalue().splitlines()[6:] if line.strip()))
    return result


def main(argv: list[str]) -> int:
    lists, measures = (int(argv[0]), int(argv[1])) if len(argv) == 2 else (300, 10)
    with tempfile.TemporaryDirectory(prefix="tenir-parole-profile-") as tmp:
        work = Path(tmp)
        pledges = synth.write(work / "pledges", lists, measures)
        settings_file = work / "benchconf.py"
        settings_file.write_text(SETTINGS.format(root=str(ROOT)), encoding="utf-8")
        os.environ.update(SOURCE_DATE_EPOCH=EPOCH)
        settings = read_settings(str(settings_file))
        data, lines = profiled("vérification des données", lambda: load(pledges, settings))
        if data is None:
            print("\n".join(lines))
            return 1
        output = work / "site"
        output.mkdir()
        settings = pelican_settings(settings_file, output, data, ROOT / "content", None, [])
        failed = profiled("Pelican (pages, puis pesée)", lambda: run_pelican(settings))
        broken = profiled("liens", lambda: check_links(output))
        print(f"{len(list(output.rglob('*.html')))} pages ; problèmes : {failed + broken}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
