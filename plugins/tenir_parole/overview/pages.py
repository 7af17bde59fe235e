"""Which pages the federation writes: (file to save as, template, extra context): the home
page, a page per région (its départements), per département (its communes), per commune.

A département with many communes lists them on several pages of at most PART_SIZE, so that
no page outgrows its budget (the worst case is built by tests/federation/test_federation_build.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tenir_parole.overview import departements
from tenir_parole.overview.model import Commune, Department, Federation

Page = tuple[str, str, dict]
PART_SIZE = 100


@dataclass(frozen=True)
class Part:
    """One page of a département's communes."""

    save_as: str
    communes: tuple[Commune, ...]

    @property
    def first(self) -> str:
        return self.communes[0].name

    @property
    def last(self) -> str:
        return self.communes[-1].name


def department_page(code: str) -> str:
    """The page of the département with this code (a commune's links to it, too)."""
    return f"departements/{departements.slug(code)}.html"


def region_page(code: str) -> str:
    """The page of the région with this code."""
    return f"regions/{departements.slug(code)}.html"


def parts(department: Department, size: int = PART_SIZE) -> tuple[Part, ...]:
    """The pages of its communes: none apart when they fit on the département's own page."""
    communes = department.communes
    if len(communes) <= size:
        return ()
    return tuple(Part(f"departements/{department.slug}-{n}.html", communes[i:i + size])
                 for n, i in enumerate(range(0, len(communes), size), 1))


def site_pages(federation: Federation) -> Iterator[Page]:
    yield "index.html", "federation/index", {}
    for region in federation.regions:
        yield region_page(region.code), "federation/region", {"region": region}
    for department in federation.departments:
        split = parts(department)
        yield department_page(department.code), "federation/department", {
            "department": department, "parts": split}
        for part in split:
            yield part.save_as, "federation/department_part", {"department": department,
                                                              "part": part}
    for commune in federation.communes:
        yield f"communes/{commune.slug}.html", "federation/commune", {"commune": commune}
    yield "donnees/index.html", "federation/data", {}
