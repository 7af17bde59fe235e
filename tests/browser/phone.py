"""The phone check shared by the Chromium and Firefox tests: nothing hidden sideways.

At 320 and 360 px, no box may hold content that only sideways scrolling reaches, the page may
not be wider than the screen, and no word shown at 1280 px may be missing (sideways.js
gathers the facts in the page).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

SIDEWAYS = (Path(__file__).with_name("sideways.js")).read_text(encoding="utf-8")
DESKTOP = 1280
PHONES = (320, 360)
WIDTHS = (DESKTOP, *PHONES)


def hidden(by_width: dict) -> list[str]:
    """French lines, one per thing a phone reader would miss, from sideways.js's results by
    width (keys may be ints or strings, as JSON gives them)."""
    seen = {int(width): result for width, result in by_width.items()}
    words = Counter(seen[DESKTOP]["words"])
    problems = []
    for width in PHONES:
        problems += [f"{width} px : {p}" for p in seen[width]["problems"]]
        missing = words - Counter(seen[width]["words"])
        if missing:
            problems.append(f"{width} px : mots absents : {' '.join(sorted(missing))[:200]}")
    return problems
