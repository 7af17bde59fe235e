"""The pages of content/ before Pelican reads them: each a Markdown file of the folder itself
(no link out of it), within the size cap, saved in UTF-8. Anything else is refused in French,
named, before anything is built.

Markdown only: Pelican can read other formats (reStructuredText when docutils is installed,
HTML), and they can insert a file (``.. include:: /proc/self/environ``), raw HTML or a
download from another site into a page; the Markdown reader's output is sanitised
(safe_markdown), theirs is not.
"""

from __future__ import annotations

import os
from pathlib import Path

from tenir_parole.core.errors import DataError
from tenir_parole.core.folder import dangling, inside, leftover, outside
from tenir_parole.core.reading import decode_utf8, read_limited, refuse_conflicts

#: The only pages published: Markdown, read by safe_markdown's reader.
PAGES = ".md"


def shown(path: Path) -> str:
    """The path an editor recognises: from the project's folder when it is inside."""
    here = Path.cwd()
    return path.relative_to(here).as_posix() if path.is_relative_to(here) else path.as_posix()


def _page(path: Path, name: str) -> DataError | None:
    if path.suffix != PAGES:
        kind = f"format {path.suffix}" if path.suffix else "fichier sans extension"
        return DataError(name, 0, f"{kind} non pris en charge : seules les pages Markdown "
                         "(.md) sont publiées — convertissez-la en Markdown, sous un nom "
                         "en .md, ou retirez-la de ce dossier")
    try:
        refuse_conflicts(decode_utf8(read_limited(path, name), name), name)
    except DataError as e:
        return e
    return None


def problems(content: Path) -> list[DataError]:
    """What keeps the pages of ``content`` (Pelican's PATH) from being built, one per file."""
    root = content.resolve()
    found = []
    for folder, folders, files in os.walk(root):  # links to folders: listed, not followed
        folders.sort()  # walked in this order too: the same list on every disk
        for name in sorted(folders + files):
            path = Path(folder) / name
            if leftover(name):
                continue
            if not inside(path, root):
                found.append(outside(shown(path), content.name))
            elif path.is_symlink() and path.is_dir():
                found.append(DataError(shown(path), 0, "lien vers un dossier : mettez ici le "
                                       "dossier lui-même, pas un lien"))
            elif path.is_symlink() and not path.exists():  # its file moved or deleted
                found.append(dangling(shown(path)))
            elif not path.is_dir() and (problem := _page(path, shown(path))):
                found.append(problem)
    return found
