"""What is mutated, and by which tests: one cosmic-ray session per module."""

from __future__ import annotations

import shlex
import sys
from dataclasses import dataclass

PAGE_WEIGHT = "plugins/pelican/plugins/page_weight"
DATA = "plugins/tenir_parole/data"


@dataclass(frozen=True)
class Session:
    """One module, the tests that cover it (fastest and most specific first: ``-x`` stops at
    the first failure), and optionally the only functions in scope."""

    module: str
    tests: tuple[str, ...]
    functions: tuple[str, ...] = ()
    hypothesis: bool = False  # the tests use Hypothesis: keep its pytest plugin

    @property
    def name(self) -> str:
        """A file-safe name: ``page_weight.refs``, ``loader``, ``safe_markdown``."""
        parts = self.module.removesuffix(".py").split("/")
        if parts[-2] == "page_weight":
            return f"page_weight.{parts[-1]}"
        return parts[-1]

    def command(self, python: str = sys.executable) -> str:
        """The test command cosmic-ray runs for each mutant: no coverage, no xdist."""
        plugins = ["cacheprovider", "randomly", "xdist", "cov"]
        if not self.hypothesis:
            plugins.append("hypothesispytest")  # 0.7 s of start-up per mutant
        options = " ".join(f"-p no:{name}" for name in plugins)
        return f"{shlex.quote(python)} -m pytest -x -q {options} " + " ".join(self.tests)


def _page_weight(name: str, *also: str) -> Session:
    tests = [f"tests/page_weight/test_page_weight_{name}.py"]
    tests += [f"tests/page_weight/test_page_weight_{other}.py" for other in also]
    return Session(f"{PAGE_WEIGHT}/{name}.py", tuple(tests))


SCHEMAS = "tests/data/test_schema.py::test_published_schemas_match_the_model"

SESSIONS: tuple[Session, ...] = (
    Session(f"{DATA}/loader.py", ("tests/data/test_loader.py",)),
    Session(f"{DATA}/fields.py", ("tests/data/test_fields.py", SCHEMAS,
                                  "tests/data/test_dataset.py")),
    Session(f"{DATA}/rules.py", ("tests/data/test_dataset.py", "tests/data/test_sources.py")),
    Session(f"{DATA}/sources.py", ("tests/data/test_sources.py",)),
    Session(f"{DATA}/dataset.py", ("tests/data/test_dataset_queries.py",
                                   "tests/data/test_dataset.py", "tests/data/test_sources.py",
                                   "tests/pledges/test_opendata_sources.py")),
    Session(f"{DATA}/validate.py", ("tests/data/test_editor_mistakes.py",
                                    "tests/data/test_fields.py")),
    Session("plugins/safe_markdown", ("tests/safe_markdown",)),
    Session("plugins/tenir_parole/links.py", ("tests/tenir_parole/test_links.py",)),
    Session("plugins/tenir_parole/build.py", ("tests/tenir_parole/test_build.py",
                                               "-k", "'swap or recover'"),
            functions=("swap", "recover")),
    Session("plugins/pledges/opendata.py", ("tests/pledges/test_opendata.py",
                                             "tests/pledges/test_opendata_sources.py")),
    Session(f"{PAGE_WEIGHT}/__init__.py", ("tests/page_weight/test_page_weight_pelican.py",
                                           "tests/page_weight/test_page_weight_check.py")),
    _page_weight("budget", "check"),
    _page_weight("check", "pelican"),
    _page_weight("fill", "check"),
    _page_weight("refs", "weigh"),
    _page_weight("report", "check"),
    _page_weight("weigh", "refs", "check"),
)
