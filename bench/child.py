"""Run one command and print, as JSON, its wall time, CPU time and peak memory.

Used as ``python -m bench.child COMMAND…`` so that each measure starts from a fresh process:
``RUSAGE_CHILDREN`` then covers exactly the command and its own children (Pelican).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time


def main(command: list[str]) -> int:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "max_rss_kb": usage.ru_maxrss,  # kilobytes on Linux
        "returncode": result.returncode,
        "output": (result.stdout + result.stderr)[-4000:],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
