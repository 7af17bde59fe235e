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

from tenir_parole.core.dataset import Dataset
from tenir_parole.core.errors import DataError
from tenir_parole.core.folder import inside, leftover
from tenir_parole.core.loader import load_file
from tenir_parole.core.reading import decode_utf8, read_limited
from tenir_parole.texts.french import count

#: The example commune, in the project: its names must not reach a real commune's site.
EXAMPLE = Path("examples") / "saint-exemple"
#: Forge CI files a commune copies from ci/ to its repository's root.
CI_FILES = (".gitlab-ci.yml", ".woodpecker.yml", ".github/workflows/*.yml",
            ".forgejo/workflows/*.yml")
#: Each search starts with plain, case-sensitive letters, which the regex engine finds at
#: memory speed; the context is checked around each hit. « À compléter » counts where it
#: starts a value, a quote or a note (prose may say « ce qu'il reste à compléter »).
_TODO = re.compile(r"compl[eé]ter\b")
_TODO_START = re.compile(r"(?:^|[:\"'*(«-])\s*[aàAÀ] $", re.M)
_RENAME = re.compile(r"Liste [aà] renommer\b")
_EXAMPLE = re.compile(r"example\.(?:org|com|net)\b")
_DELIMITERS = frozenset(" \t\n\"'()<>[]`")
_CODE_SPAN = re.compile(r"`[^`]*`")
_COMMENT_LINE = re.compile(r"^[ \t]*#", re.M)


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
        if _readable(path, example):
            try:
                data = load_file(path, str(path)).data
            except (DataError, OSError):  # a broken example: its names are not looked for
                continue
            if isinstance(data, dict):
                names |= {str(data[k]) for k in ("nom", "tete_de_liste") if data.get(k)}
    return {name for name in names if len(name) > 3}


def _unpublished(path: Path, text: str) -> tuple[set[int], list[tuple[int, int]]]:
    """What never reaches readers: YAML comment lines; Markdown code (the guides' own
    examples), as line numbers and character spans."""
    if path.suffix != ".md":
        comments, line, last = set(), 1, 0
        for m in _COMMENT_LINE.finditer(text):
            line, last = line + text.count("\n", last, m.start()), m.start()
            comments.add(line)
        return comments, []
    lines: set[int] = set()
    fenced = False
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if fenced or line.startswith(("    ", "\t")):
            lines.add(number)
    return lines, [m.span() for m in _CODE_SPAN.finditer(text)]


def _hits(text: str, names: re.Pattern | None) -> Iterator[tuple[int, str]]:
    """(offset, what) for each placeholder in ``text``."""
    for m in _TODO.finditer(text):
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 12)
        if _TODO_START.search(text, start, m.start()):
            yield m.start(), "texte « à compléter »"
    for m in _RENAME.finditer(text):
        yield m.start(), "nom de liste « Liste à renommer »"
    for m in _EXAMPLE.finditer(text):
        start = m.start()
        while start > 0 and text[start - 1] not in _DELIMITERS and m.start() - start < 200:
            start -= 1
        address = text[start:m.end()].removeprefix("mailto:")
        kind = "électronique" if "@" in address and "://" not in address else "web"
        yield start, f"adresse {kind} d'exemple (« {address} »)"
    if names is not None:
        for m in names.finditer(text):
            yield m.start(), f"nom de la commune d'exemple (« {m.group(0)} »)"


def _readable(path: Path, root: Path) -> bool:
    """A file to read: not an editor's leftover (a lock file may be a dangling link), nor a
    link out of ``root`` (the build refuses it, and its text must not reach a message)."""
    return path.is_file() and not leftover(path.name) and inside(path, root)


def _text(path: Path, shown: str) -> tuple[str, list[Placeholder]]:
    """The file's text, and what keeps it from being read as UTF-8 (the bad bytes replaced,
    so that the rest is still searched); an unreadable or oversized file is searched as
    empty."""
    try:
        raw = read_limited(path, shown)
    except OSError:  # gone since listed, or not ours to read: nothing to say about it here
        return "", []
    except DataError as e:  # too big to read
        return "", [Placeholder(shown, e.line, e.message)]
    try:
        return decode_utf8(raw, shown), []
    except DataError as e:
        return raw.decode("utf-8", errors="replace"), [Placeholder(shown, e.line, e.message)]


def _scan(path: Path, shown: str, names: re.Pattern | None) -> Iterator[Placeholder]:
    text, unreadable = _text(path, shown)
    yield from unreadable
    hits = list(_hits(text, names))
    skipped, spans = _unpublished(path, text) if hits else (set(), [])
    for start, what in hits:
        number = text.count("\n", 0, start) + 1
        if number not in skipped and not any(a <= start < b for a, b in spans):
            yield Placeholder(shown, number, what)


def _commented(data: Dataset, key: str) -> int:
    """The line of commune.yaml where ``key`` waits, commented (« # site: … »), else 0."""
    doc = next((d for f, d in data.documents.items() if f.endswith("commune.yaml")), None)
    lines = doc.source if doc else []
    return next((n for n, line in enumerate(lines, 1) if re.match(rf"#\s*{key}:", line)), 0)


def _commune(data: Dataset, file: str, environ: Mapping) -> Iterator[Placeholder]:
    commune = data.commune
    if not (environ.get("SITEURL") or commune.site):
        line = _commented(data, "site")
        hint = " (retirez le « # » de cette ligne)" if line else ""
        yield Placeholder(file, line, "adresse publique du site manquante : ajoutez « site: "
                                      f"https://… » (celle où le site sera publié){hint}")
    if commune.publisher is None:
        yield Placeholder(file, _commented(data, "editeur"), "mentions légales : ajoutez "
                          "« editeur: » (nom, adresse, directeur_publication)")
    if commune.host is None:
        yield Placeholder(file, _commented(data, "hebergeur"), "mentions légales : ajoutez "
                          "« hebergeur: » (nom, adresse, telephone)")


def find(data: Dataset, pledges: Path, project: Path | None = None,
         environ: Mapping = os.environ) -> list[Placeholder]:
    """Every placeholder left in the data folder, the pages and the forge CI files."""
    project = project or Path.cwd()
    pledges = pledges.resolve()
    example = (project / EXAMPLE).resolve()
    names = example_names(example) if example.is_dir() and example != pledges else set()
    pattern = re.compile("|".join(re.escape(name) for name in sorted(names, key=len,
                                                                      reverse=True))
                         ) if names else None

    def shown(path: Path) -> str:
        base = pledges.parent if path.is_relative_to(pledges) else project
        return path.relative_to(base).as_posix()

    found = list(_commune(data, shown(pledges / "commune.yaml"), environ))
    for path in sorted(pledges.rglob("*.yaml")):
        if not _readable(path, pledges):
            continue
        found += _scan(path, shown(path), pattern)
        if path.stem == "liste-a-renommer":
            found.append(Placeholder(shown(path), 0, "fichier à renommer d'après la liste "
                                                     "(par exemple ensemble-pour-la-ville.yaml)"))
    for path in sorted((project / "content" / "pages").glob("*.md")):
        if _readable(path, project / "content"):
            found += _scan(path, shown(path), pattern)
    for pattern in CI_FILES:
        for path in sorted(p for p in project.glob(pattern) if _readable(p, project)):
            text, unreadable = _text(path, shown(path))
            found += unreadable
            for number, line in enumerate(text.splitlines(), 1):
                if "votre-compte" in line:
                    found.append(Placeholder(shown(path), number, "« votre-compte » à remplacer "
                                                                  "par le compte de la forge"))
    return sorted(set(found))


def refusal(placeholders: list[Placeholder]) -> list[str]:
    """The French lines of a refused publication."""
    return [f"Publication refusée : {count(len(placeholders), 'élément')} à compléter d'abord :",
            *(f"  {p}" for p in placeholders),
            "Complétez-les (le guide de l'éditeur dit comment), puis relancez."]
