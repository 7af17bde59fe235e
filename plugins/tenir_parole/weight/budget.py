"""Page budgets from the Pelican settings, matched per page path, and the verdicts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fnmatch import fnmatchcase

from tenir_parole.weight.weigh import PageWeight

KEYS = ("gzip", "requests")
DEFAULT = {"gzip": 14336, "requests": 4}
MODES = ("error", "warn", "report")


class PageWeightError(Exception):
    """Pages over budget, forbidden references, or bad settings; the message is French.
    ``verdicts``: every page weighed, when the failure is a verdict (not bad settings)."""

    def __init__(self, message: str, verdicts: tuple = ()):
        super().__init__(message)
        self.verdicts = verdicts


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a budget
class Budget:
    """Maximum gzip bytes and requests for one page."""

    gzip: int
    requests: int


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a configuration
class BudgetConfig:
    """The default budget, then (glob, partial budget) overrides applied in order."""

    default: Budget
    overrides: tuple[tuple[str, Mapping[str, int]], ...] = ()

    def as_json(self) -> dict:
        return {
            "default": {"gzip": self.default.gzip, "requests": self.default.requests},
            "overrides": [[pattern, dict(values)] for pattern, values in self.overrides],
        }


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a verdict
class Verdict:
    """A weighed page against its budget."""

    weight: PageWeight
    budget: Budget

    @property
    def path(self) -> str:
        return self.weight.path

    @property
    def over_gzip(self) -> int:
        """Bytes above the budget (0 when within)."""
        return max(0, self.weight.gzip - self.budget.gzip)

    @property
    def over_requests(self) -> int:
        return max(0, self.weight.requests - self.budget.requests)

    @property
    def over(self) -> bool:
        return bool(self.over_gzip or self.over_requests)


def _limits(value: object, where: str) -> dict[str, int]:
    """A validated partial budget such as ``{"gzip": 40960}``."""
    if not isinstance(value, Mapping):
        raise PageWeightError(f"PAGE_WEIGHT_BUDGET : {where} doit être un dictionnaire")
    limits: dict[str, int] = {}
    for key, limit in value.items():
        if key not in KEYS:
            raise PageWeightError(
                f"PAGE_WEIGHT_BUDGET : clé « {key} » inconnue dans {where} "
                f"(attendu : {', '.join(KEYS)})"
            )
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise PageWeightError(
                f"PAGE_WEIGHT_BUDGET : « {key} » dans {where} doit être un entier positif"
            )
        limits[key] = limit
    return limits


def _pairs(value: object) -> list[tuple[object, object]]:
    if isinstance(value, Mapping):
        return list(value.items())
    if isinstance(value, Iterable) and not isinstance(value, str | bytes):
        pairs = [tuple(item) if isinstance(item, list | tuple) else (item,) for item in value]
        if all(len(pair) == 2 for pair in pairs):
            return pairs  # type: ignore[return-value]
    raise PageWeightError(
        "PAGE_WEIGHT_BUDGET : « overrides » doit être une liste de paires (motif, budget)"
    )


def parse_budget(value: object) -> BudgetConfig:
    """Read ``PAGE_WEIGHT_BUDGET``; None gives the built-in default budget."""
    value = {} if value is None else value
    if not isinstance(value, Mapping):
        raise PageWeightError("PAGE_WEIGHT_BUDGET doit être un dictionnaire")
    unknown = set(value) - {"default", "overrides"}
    if unknown:
        raise PageWeightError(
            f"PAGE_WEIGHT_BUDGET : clé « {sorted(unknown)[0]} » inconnue "
            "(attendu : default, overrides)"
        )
    default = DEFAULT | _limits(value.get("default", {}), "« default »")
    overrides = []
    for pattern, limits in _pairs(value.get("overrides", ())):
        if not isinstance(pattern, str):
            raise PageWeightError("PAGE_WEIGHT_BUDGET : chaque motif doit être du texte")
        overrides.append((pattern, _limits(limits, f"le budget de « {pattern} »")))
    return BudgetConfig(Budget(**default), tuple(overrides))


def parse_mode(value: object) -> str:
    """Read ``PAGE_WEIGHT_MODE``: "error" (the default), "warn", or "report" (fill the
    pages and write the report only, for a driver that judges the output itself)."""
    mode = "error" if value is None else value
    if mode not in MODES:
        raise PageWeightError(
            f"PAGE_WEIGHT_MODE : « {value} » inconnu (attendu : {', '.join(MODES)})"
        )
    return str(mode)


def budget_for(path: str, config: BudgetConfig) -> Budget:
    """The budget of the page at ``path``: the last matching override wins (as in
    Lighthouse's budget.json); keys it does not set keep the default."""
    limits = {"gzip": config.default.gzip, "requests": config.default.requests}
    matching = [values for pattern, values in config.overrides if fnmatchcase(path, pattern)]
    return Budget(**(limits | matching[-1])) if matching else Budget(**limits)


def judge(weights: Iterable[PageWeight], config: BudgetConfig) -> list[Verdict]:
    """One verdict per page, sorted by path."""
    return sorted(
        (Verdict(weight, budget_for(weight.path, config)) for weight in weights),
        key=lambda verdict: verdict.path,
    )
