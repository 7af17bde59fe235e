"""What still holds a placeholder before a commune can publish: one notion, one list.

A placeholder is something `make nouvelle-commune` or the example left for the editor to fill:
« à compléter », the list to rename, an example address (…@example.org, the example site), a
name from the example commune, the legal notice's publisher and host, the site's public
address, « votre-compte » in a forge's CI file. `make html` and `make check` warn about each;
`make publish`, `make deploy`, `make usb` and the printed editions refuse until none is left,
unless commune.yaml says ``exemple: true`` (the shipped example, demo data on purpose).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from tenir_parole.data.dataset import Dataset
from tenir_parole.data.french import accentless
from tenir_parole.data.loader import load_file

#: The example commune, in the project: its names must not reach a real commune's site.
EXAMPLE = Path("examples") / "saint-exemple"
#: Forge CI files a commune copies from ci/ to its repository's root.
CI_FILES = (".gitlab-ci.yml", ".woodpecker.yml", ".github/workflows/*.yml",
            ".forgejo/workflows/*.yml")
_TEXTS = [
    # « À compléter » as a value, a quote or a note starts it (prose may say « à compléter »).
    (re.compile(r"(?:^|[:\"'*(«-])\s*a completer\b", re.I), "texte « à compléter »"),
    (re.compile(r"\bListe a renommer\b"), "nom de liste « Liste à renommer »"),
    (re.compile(r"[\w.+-]+@example\.(?:org|com|net)\b", re.I), "adresse électronique d'exemple"),
    (re.compile(r"https?://[^\s\"')\]]*\bexample\.(?:org|com|net)\b", re.I),
     "adresse web d'exemple"),
]
_CODE_SPAN = re.compile(r"`[^`]*`")


@dataclass(frozen=True, order=True)
class Placeholder:
    file: str
    line: int
    what: str

    def __str__(self) -> str:
        where = f"{self.file}, ligne {self.line}" if self.line else self.file
        return f"{where} : {self.what}"


def example_names(example: Path) -> set[str]:
    """The example commune's own names: the commune, its lists, their heads."""
    names: set[str] = set()
    for path in [example / "commune.yaml", *sorted((example / "listes").glob("*.yaml"))]:
        if path.is_file():
            data = load_file(path, str(path)).data
            if isinstance(data, dict):
                names |= {str(data[k]) for k in ("nom", "tete_de_liste") if data.get(k)}
    return {name for name in names if len(name) > 3}


def _published(path: Path) -> Iterator[tuple[int, str]]:
    """The lines of an editor's file that reach readers: not YAML comments, not Markdown
    code (the guides' own examples)."""
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if path.suffix == ".md":
            if line.lstrip().startswith("```"):
                fenced = not fenced
            if fenced or line.startswith(("    ", "\t")):
                continue
            line = _CODE_SPAN.sub("", line)
        elif line.lstrip().startswith("#"):
            continue
        yield number, line


def _scan(path: Path, shown: str, names: set[str]) -> Iterator[Placeholder]:
    for number, line in _published(path):
        plain = accentless(line)
        for pattern, what in _TEXTS:
            found = pattern.search(plain)
            if found:
                detail = f" (« {found.group(0)} »)" if "adresse" in what else ""
                yield Placeholder(shown, number, what + detail)
        for name in sorted(names):
            if name.casefold() in line.casefold():
                yield Placeholder(shown, number, f"nom de la commune d'exemple (« {name} »)")


def _commune(data: Dataset, file: str, environ: Mapping) -> Iterator[Placeholder]:
    commune = data.commune
    if not (environ.get("SITEURL") or commune.site):
        yield Placeholder(file, 0, "adresse publique du site manquante : ajoutez « site: "
                                   "https://… » (celle où le site sera publié)")
    if commune.publisher is None:
        yield Placeholder(file, 0, "mentions légales : ajoutez « editeur: » (nom, adresse, "
                                   "directeur_publication)")
    if commune.host is None:
        yield Placeholder(file, 0, "mentions légales : ajoutez « hebergeur: » (nom, adresse, "
                                   "telephone)")


def find(data: Dataset, pledges: Path, project: Path | None = None,
         environ: Mapping = os.environ) -> list[Placeholder]:
    """Every placeholder left in the data folder, the pages and the forge CI files."""
    project = project or Path.cwd()
    pledges = pledges.resolve()
    example = (project / EXAMPLE).resolve()
    names = example_names(example) if example.is_dir() and example != pledges else set()

    def shown(path: Path) -> str:
        base = pledges.parent if path.is_relative_to(pledges) else project
        return path.relative_to(base).as_posix()

    found = list(_commune(data, shown(pledges / "commune.yaml"), environ))
    for path in sorted(pledges.rglob("*.yaml")):
        found += _scan(path, shown(path), names)
        if path.stem == "liste-a-renommer":
            found.append(Placeholder(shown(path), 0, "fichier à renommer d'après la liste "
                                                     "(par exemple ensemble-pour-la-ville.yaml)"))
    for path in sorted((project / "content" / "pages").glob("*.md")):
        found += _scan(path, shown(path), names)
    for pattern in CI_FILES:
        for path in sorted(project.glob(pattern)):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "votre-compte" in line:
                    found.append(Placeholder(shown(path), number, "« votre-compte » à remplacer "
                                                                  "par le compte de la forge"))
    return sorted(set(found))


def refusal(placeholders: list[Placeholder]) -> list[str]:
    """The French lines of a refused publication."""
    return [f"Publication refusée : {len(placeholders)} élément(s) à compléter d'abord :",
            *(f"  {p}" for p in placeholders),
            "Complétez-les (le guide de l'éditeur dit comment), puis relancez."]
