"""`make usb`, `make carnet`, `make publish`: the offline editions volunteers carry.

- usb: the site built for reading from a stick (banner with the edition date on every page),
  in dist/<name>/ with LISEZMOI.txt, and a reproducible dist/<name>.zip;
- carnet: carnet/index.html printed to an A5 PDF by headless Chromium, dist/<name>.pdf;
- publish: both, then the publish build with them offered on the « Hors ligne » page.

The edition date is SOURCE_DATE_EPOCH's day when set, otherwise today.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from tenir_parole.build import build
from tenir_parole.data.dataset import Dataset

CHROMIUM = "/usr/bin/chromium"
README = """Tenir parole — édition hors ligne du {date}
{commune}

Pour lire le site : ouvrez le fichier index.html de ce dossier dans n'importe quel
navigateur (double-clic). Rien à installer, aucune connexion nécessaire.

Sur un téléphone qui ouvre mal les liens entre fichiers, ouvrez carnet/index.html :
une seule page contient tout.

Cette copie date du {date}. Vérifiez la version en ligne dès que possible :
{url}
"""


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def edition_name(commune: str, date: str) -> str:
    return f"tenir-parole-{ascii_slug(commune)}-{date}"


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
    stamp = (*map(int, date.split("-")), 0, 0, 0)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
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
    if build(settings_file, folder, data, edition=date, online=online) != 0:
        return None
    text = README.format(date=date, commune=commune, url=online).replace("\n", "\r\n")
    (folder / "LISEZMOI.txt").write_bytes(text.encode("utf-8"))
    problems = fat_safe(folder)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return None
    reproducible_zip(folder, dist / f"{name}.zip", date)
    here = Path.cwd()
    print(f"Édition USB : {folder.relative_to(here) if folder.is_relative_to(here) else folder}"
          f" et {name}.zip")
    return dist / f"{name}.zip"


def carnet(folder: Path, target: Path) -> bool:
    """Print carnet/index.html to an A5 PDF with headless Chromium (no header or footer)."""
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} absent : apt-get install chromium pour imprimer le carnet",
              file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--no-first-run", f"--user-data-dir={profile}",
             "--no-pdf-header-footer", f"--print-to-pdf={target}",
             (folder / "carnet" / "index.html").resolve().as_uri()],
            capture_output=True, text=True, timeout=120)
    if result.returncode != 0 or not target.is_file():
        print("Impression du carnet impossible :\n" + result.stderr[-2000:], file=sys.stderr)
        return False
    print(f"Carnet A5 : {target.name}")
    return True


def make(what: str, data: Dataset, settings_file: Path, online: str, dist: Path,
         publish_settings: Path, output: Path) -> int:
    """`make usb`, `make carnet` or `make publish` on checked ``data``."""
    dist = dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    zipped = usb(settings_file, data, dist, online)
    if zipped is None:
        return 1
    if what == "usb":
        return 0
    pdf = zipped.with_suffix(".pdf")
    printed = carnet(zipped.with_suffix(""), pdf)
    if what == "carnet":
        return 0 if printed else 1
    downloads = [zipped] + ([pdf] if printed else [])
    return build(publish_settings, output, data, gz=True, downloads=downloads, online=online)
