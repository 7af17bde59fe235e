"""`make usb`, `make carnet`, `make publish`: the offline editions volunteers carry.

- usb: the site built for reading from a stick (banner with the edition date on every page),
  in dist/<name>/ with LISEZMOI.txt, and a reproducible dist/<name>.zip;
- the printed editions (carnet A5, affiche A4, lettre A4): tenir_parole.build.paper;
- publish: all of them, then the publish build offering them on « Hors ligne et papier ».

The edition date is SOURCE_DATE_EPOCH's day when set, otherwise today.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import zipfile
from pathlib import Path

from tenir_parole.build import paper
from tenir_parole.build.content import shown
from tenir_parole.build.site import build
from tenir_parole.core.dataset import Dataset
from tenir_parole.texts import TEXTS as T
from tenir_parole.texts.french import slugified


def edition_name(commune: str, date: str, archive: bool = False) -> str:
    """« tenir-parole-saint-exemple-2026-11-29 »; an archive says « etat-au » before its date."""
    return f"tenir-parole-{slugified(commune)}-{'etat-au-' if archive else ''}{date}"


def fat_safe(folder: Path) -> list[str]:
    """Problems with names a FAT stick or Windows would mangle: non-ASCII, case clashes."""
    problems, seen = [], {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if not rel.isascii() or re.search(r'[<>:"\\|?*]', rel):
            problems.append(f"{rel} : nom non ASCII ou caractère interdit")
        if rel.lower() in seen:
            problems.append(f"{rel} : même nom que {seen[rel.lower()]} à la casse près")
        seen[rel.lower()] = rel
    return problems


def reproducible_zip(folder: Path, target: Path, date: str) -> None:
    """Zip ``folder`` with sorted entries, fixed timestamps and modes: same input, same bytes."""
    stamp = (*map(int, date.split("-")), 0, 0,
             0)  # pragma: no mutate — zip keeps seconds halved: a second 1 is written as 0
    with zipfile.ZipFile(target, "w") as archive:  # each entry sets its method and level
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(f"{folder.name}/{path.relative_to(folder).as_posix()}", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)


def usb(settings_file: Path, data: Dataset, dist: Path, online: str) -> Path | None:
    """Build the offline edition (relative links only, no feed, no sitemap) and zip it;
    ``online`` is the site's address, printed in LISEZMOI.txt."""
    date = data.reference_date.isoformat()
    commune = data.commune.name
    name = edition_name(commune, date)
    folder = dist / name
    if build(settings_file, folder, data, edition=date, online=online):  # 1: not built
        return None
    text = T["usb_readme"].format(date=date, commune=commune, url=online).replace("\n", "\r\n")
    (folder / "LISEZMOI.txt").write_bytes(text.encode("utf-8"))
    problems = fat_safe(folder)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return None
    reproducible_zip(folder, dist / f"{name}.zip", date)
    print(f"Édition USB : {shown(folder)}/ et {shown(dist / f'{name}.zip')}")
    return dist / f"{name}.zip"


def make(what: str, data: Dataset, settings_file: Path, online: str, dist: Path,
         publish_settings: Path | None, output: Path | None, pledges: Path,
         answer_by: dt.date | None = None, archive: dt.date | None = None) -> int:
    """`make usb`, `make carnet`, `make affiche`, `make lettre` or `make publish`; a printed
    edition ``archive`` of a date shows the record as it stood (``data`` is as of then)."""
    dist = dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    name = edition_name(data.commune.name, data.reference_date.isoformat(), bool(archive))
    if what in paper.KINDS:
        printed = paper.print_editions([what], data, settings_file, online, pledges, dist, name,
                                       answer_by, archive)
        return 0 if printed else 1
    zipped = usb(settings_file, data, dist, online)
    if zipped is None:
        return 1
    if what in ("usb",):  # membership: no comparison « publish » also meets
        return 0
    printed = paper.print_editions(paper.KINDS, data, settings_file, online, pledges, dist,
                                   name, answer_by)
    if printed is None:
        print("Les éditions imprimables manquent : le site est publié sans elles.",
              file=sys.stderr)
    return build(publish_settings, output, data, gz=True, downloads=[zipped, *(printed or [])],
                 online=online)
