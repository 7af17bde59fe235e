"""The whole check on a built output folder, usable with or without Pelican."""

from __future__ import annotations

import json
import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tenir_parole.weight.budget import PageWeightError, Verdict, judge, parse_budget, parse_mode
from tenir_parole.weight.fill import TABLE, has_placeholder, settle
from tenir_parole.weight.report import json_report, text_report
from tenir_parole.weight.weigh import PageWeight, Problem, Resource, site_pages, weigh_page

DEFAULT_REPORT = "poids.json"
#: One page weighed: its weight, and its text when it holds the table of every page's weight.
Weighed = tuple[PageWeight, str | None]


@dataclass(frozen=True)
class Result:
    """Outcome of ``check_output``.

    ``clean``: no page over budget and no problem. ``failed``: the build must stop, i.e.
    not clean while ``PAGE_WEIGHT_MODE`` is "error" (in "warn" mode it is never True).
    """

    pages: list[Verdict]
    problems: list[Problem]
    text: str
    mode: str
    report_path: Path

    @property
    def clean(self) -> bool:
        return not self.problems and not any(verdict.over for verdict in self.pages)

    @property
    def failed(self) -> bool:
        return not self.clean and self.mode == "error"


def report_path(output_dir: Path, value: object) -> Path:
    """Where ``PAGE_WEIGHT_REPORT`` puts the JSON report (always inside the output)."""
    name = DEFAULT_REPORT if value is None else value
    clean = posixpath.normpath(name) if isinstance(name, str) else ""
    if not clean or clean.startswith(("/", "..")) or clean == ".":
        raise PageWeightError(
            f"PAGE_WEIGHT_REPORT : « {value} » doit être un chemin relatif dans le dossier "
            "de sortie"
        )
    return output_dir / clean


def site_url(settings: Mapping[str, object]) -> str:
    """SITEURL when absolute: URLs under it are the site's own files, not external ones."""
    url = str(settings.get("SITEURL") or "")
    return url if url.startswith(("http://", "https://", "//")) else ""


def _weigh(output_dir: Path, page: str, site: str, cache: dict[str, Resource],
           config) -> Weighed:
    """Weigh one page. A page whose placeholders show only its own figures (the footer) is
    filled and written at once: one page in memory at a time, whatever the size of the site.
    A page with the table of every page's weight is returned (its text) to be filled once all
    are known."""
    path = output_dir / page
    data = path.read_bytes()
    text = data.decode("utf-8") if b"page-weight" in data else ""
    weight = weigh_page(output_dir, page, site, cache, data)
    if not has_placeholder(text):
        return weight, None
    if TABLE.search(text):
        return weight, text
    filled, (settled,) = settle([weight], {page: text}, config)
    path.write_bytes(filled[page])
    return settled, None


def check_output(output_dir: Path, settings: Mapping[str, object]) -> Result:
    """Weigh every page, fill the placeholders, write the JSON report.

    Never raises for a verdict (only ``PageWeightError`` for bad settings): the caller
    stops the build when ``result.failed``."""
    output_dir = Path(output_dir)
    config = parse_budget(settings.get("PAGE_WEIGHT_BUDGET"))
    mode = parse_mode(settings.get("PAGE_WEIGHT_MODE"))
    target = report_path(output_dir, settings.get("PAGE_WEIGHT_REPORT"))
    site = site_url(settings)
    cache: dict[str, Resource] = {}  # a file loaded by many pages is weighed once
    done = [_weigh(output_dir, page, site, cache, config) for page in site_pages(output_dir)]
    weights = [weight for weight, _ in done]
    filled, weights = settle(weights, {w.path: text for w, text in done if text}, config)
    for page, data in filled.items():
        (output_dir / page).write_bytes(data)
    verdicts = judge(weights, config)
    problems = sorted({problem for w in weights for problem in w.problems})
    report = json_report(verdicts, problems, config, mode)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return Result(verdicts, problems, text_report(verdicts, problems), mode, target)
