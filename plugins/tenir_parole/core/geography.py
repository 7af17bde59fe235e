"""The official geography (INSEE's Code officiel géographique, the DGCL's intercommunalités),
read from the file the repository ships: geographie/cog-<year>.tsv, made by `make geographie`
(tenir_parole.commands.cog) from Etalab's package @etalab/decoupage-administratif.

One UTF-8 line a record, tab-separated, its kind first; « # » lines are comments; an empty
field is a value the source does not give (the SIREN and intercommunalité of the overseas
collectivités, the population of the TAAF):

    R  code  nom                                               région
    D  code  region  nom                                       département
    E  siren  type  nom                                        intercommunalité (EPCI)
    C  code  departement  region  siren  population  epci  nom commune
    S  code  COMD|COMA|ARM  parent  nom                        commune déléguée, associée,
                                                               arrondissement municipal
    X  ancien_code  code                                       ancien code d'une commune

Loaded lazily and once (``load`` is cached), only by what needs it. A single look-up (make
check, a measure of the intercommunalité) finds its line in the text without parsing the rest;
the tables (the federation, suggestions by name) are built on first use.
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from tenir_parole.texts.french import intercommunality_name, sort_key

FOLDER = Path(__file__).resolve().parents[3] / "geographie"
FILE_NAME = re.compile(r"cog-([0-9]{4})\.tsv")
#: Each kind of line and its fields after the kind (the writer, commands.cog, uses these).
FIELDS = {
    "R": ("code", "nom"),
    "D": ("code", "region", "nom"),
    "E": ("siren", "type", "nom"),
    "C": ("code", "departement", "region", "siren", "population", "epci", "nom"),
    "S": ("code", "type", "parent", "nom"),
    "X": ("ancien_code", "code"),
}
#: The sub-commune kinds of S lines.
PART_KINDS = ("COMD", "COMA", "ARM")


class Region(NamedTuple):
    code: str
    name: str


class Department(NamedTuple):
    code: str
    region: str
    name: str


class Epci(NamedTuple):
    siren: str
    kind: str  # CC, CA, CU, METRO, MET69
    short_name: str  # as the source writes it: « CC du Pilat Rhodanien »

    @property
    def name(self) -> str:
        """« Communauté de communes du Pilat Rhodanien »."""
        return intercommunality_name(self.short_name)


class Commune(NamedTuple):
    code: str
    department: str
    region: str
    siren: str | None
    population: int | None
    epci: str | None
    name: str


class Part(NamedTuple):
    """A delegated or associated commune (COMD, COMA) or a municipal arrondissement (ARM)."""

    code: str
    kind: str
    parent: str
    name: str


@dataclass(frozen=True)
class Found:
    """What a code is: ``how`` is « commune », a PART_KIND, « ancien » or « inconnu »;
    ``commune`` the current commune it leads to (None when unknown)."""

    code: str
    how: str
    commune: Commune | None = None
    part: Part | None = None


class Missing(Exception):
    """The geography file is not there (French message)."""


def _commune(f: list[str]) -> Commune:
    return Commune(f[0], f[1], f[2], f[3] or None, int(f[4]) if f[4] else None, f[5] or None,
                   f[6])


MAKERS = {"R": lambda f: Region(*f), "D": lambda f: Department(*f),
          "E": lambda f: Epci(*f), "C": _commune, "S": lambda f: Part(*f),
          "X": lambda f: tuple(f)}


def folded(name: str) -> str:
    """What two spellings of one name share: « saint julien molin molette »."""
    return sort_key(name)[0]


#: Look-ups answered by scanning the text before the tables are built: a scan takes about
#: 0.6 ms, the tables about 90 ms (measured on cog-2026.tsv), so past a hundred scans the
#: tables are cheaper.
SCANS = 100


class Geography:
    """One vintage of the official geography (``vintage``: the COG's year)."""

    def __init__(self, path: Path):
        match = FILE_NAME.fullmatch(path.name)
        if not match:
            raise Missing(f"{path} : nom inattendu (attendu : cog-AAAA.tsv)")
        self.path = path
        self.vintage = int(match.group(1))
        self.scans = 0  # look-ups so far (see SCANS)
        self.data = b"\n" + path.read_bytes()  # searched as bytes: a look-up is a memchr
        head = self.data[:4096].decode("utf-8", "replace").split("\n")
        self.source = next((line[len("# Source : "):] for line in head
                            if line.startswith("# Source : ")), "")

    # -- one line, found in the text --------------------------------------------------------
    def _find(self, kind: str, key: str):
        """A commune's build looks up a few lines, each a scan of the text; past
        SCANS look-ups (the federation: thousands), the whole tables are built once."""
        self.scans += 1
        if "_tables" in self.__dict__ or self.scans > SCANS:
            return self._tables[kind].get(key)
        if "\t" in key or "\n" in key:
            return None
        start = self.data.find(f"\n{kind}\t{key}\t".encode())
        if start < 0:
            return None
        end = self.data.find(b"\n", start + 1)
        line = self.data[start + 3:end if end >= 0 else None].decode("utf-8")
        return MAKERS[kind](line.split("\t"))

    def commune(self, code: str) -> Commune | None:
        """The current commune with this INSEE code."""
        return self._find("C", code)

    def epci(self, siren: str) -> Epci | None:
        return self._find("E", siren)

    def department(self, code: str) -> Department | None:
        return self._find("D", code)

    def region(self, code: str) -> Region | None:
        return self._find("R", code)

    def resolve(self, code: str) -> Found:
        """A current commune first (a commune nouvelle's chef-lieu keeps its code as a
        delegated commune), then a sub-commune, then a former code."""
        commune = self.commune(code)
        if commune:
            return Found(code, "commune", commune)
        part = self._find("S", code)
        if part:
            return Found(code, part.kind, self.commune(part.parent), part)
        former = self._find("X", code)
        if former:
            return Found(code, "ancien", self.commune(former[1]))
        return Found(code, "inconnu")

    def intercommunality(self, code: str) -> Epci | None:
        """The EPCI the commune with this code belongs to, if any."""
        commune = self.commune(code)
        return self.epci(commune.epci) if commune and commune.epci else None

    # -- the whole tables, built once --------------------------------------------------------
    @functools.cached_property
    def _tables(self) -> dict[str, dict]:
        tables: dict[str, dict] = {kind: {} for kind in FIELDS}
        for line in self.data.decode("utf-8").split("\n"):
            if not line or line[0] == "#":
                continue
            fields = line.split("\t")
            tables[fields[0]][fields[1]] = MAKERS[fields[0]](fields[1:])
        return tables

    @property
    def communes(self) -> dict[str, Commune]:
        return self._tables["C"]

    @property
    def departments(self) -> dict[str, Department]:
        return self._tables["D"]

    @property
    def regions(self) -> dict[str, Region]:
        return self._tables["R"]

    @functools.cached_property
    def totals(self) -> dict[str, tuple[int, int]]:
        """(communes, population) of France (key « »), of each région and département."""
        totals: dict[str, list[int]] = {}
        for c in self.communes.values():
            for key in ("", f"R{c.region}", f"D{c.department}"):
                total = totals.setdefault(key, [0, 0])
                total[0] += 1
                total[1] += c.population or 0
        return {key: (n, people) for key, (n, people) in totals.items()}

    @functools.cached_property
    def _names(self) -> dict[str, list[str]]:
        """Folded name → the current communes it may mean (a delegated or associated
        commune's name leads to the commune it belongs to)."""
        names: dict[str, list[str]] = {}
        for c in self.communes.values():
            names.setdefault(folded(c.name), []).append(c.code)
        for part in self._tables["S"].values():
            if part.kind != "ARM":
                names.setdefault(folded(part.name), []).append(part.parent)
        return names

    def named(self, name: str, department: str | None = None) -> list[Commune]:
        """The current communes of this name (folded: case, accents, hyphens aside)."""
        codes = dict.fromkeys(self._names.get(folded(name), ()))
        found = [self.communes[code] for code in codes]
        return [c for c in found if department in (None, c.department)]

    def suggest(self, name: str, department: str | None = None, n: int = 5) -> list[Commune]:
        """The current communes whose name is closest to ``name`` (within one département
        when given): « vouliez-vous dire… ? »."""
        names = self._names
        if department:
            keys = [k for k, codes in names.items()
                    if any(self.communes[c].department == department for c in codes)]
        else:
            keys = list(names)
        found: dict[str, Commune] = {}
        for key in difflib.get_close_matches(folded(name), keys, n=n, cutoff=0.7):
            for code in names[key]:
                commune = self.communes[code]
                if department in (None, commune.department):
                    found.setdefault(code, commune)
        return list(found.values())[:n]

    def department_named(self, text: str) -> Department | None:
        """The département whose code or name (folded) is ``text``."""
        text = text.strip()
        if text.upper() in self.departments:
            return self.departments[text.upper()]
        key = folded(text)
        return next((d for d in self.departments.values() if folded(d.name) == key), None)


def path(folder: Path = FOLDER) -> Path:
    """The geography file of ``folder``: the latest cog-<year>.tsv."""
    found = sorted(p for p in folder.glob("cog-*.tsv") if FILE_NAME.fullmatch(p.name))
    if not found:
        raise Missing(f"{folder.name}/cog-AAAA.tsv introuvable : la géographie officielle "
                      "manque (make geographie VERSION=… la régénère)")
    return found[-1]


@functools.cache
def load(folder: Path = FOLDER) -> Geography:
    """The geography of ``folder``, read once per process."""
    return Geography(path(folder))


def department_order(code: str) -> str:
    """The usual order of départements: Corsica (2A, 2B) after 19, overseas after 95."""
    return code.replace("2A", "20A").replace("2B", "20B")
