"""federation/donnees/: one file per commune's site (its export, as downloaded), and
collecte.json, which says for each site which file holds its copy, when it was fetched and its
SHA-256 (a file that no longer matches, edited by hand or cut short, is not read).

Files are replaced atomically (written beside, then renamed): a copy is whole or absent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tenir_parole.core.errors import DataError
from tenir_parole.core.folder import inside
from tenir_parole.core.reading import read_limited
from tenir_parole.overview.limits import MAX_BYTES
from tenir_parole.texts import overview as ui_fr

MANIFEST = "collecte.json"
FORMAT = "tenir-parole-collecte/1"
#: Where a commune's site publishes its export (pledges' open data).
EXPORT_PATH = "/donnees/tenir-parole.json"


class StoreError(Exception):
    """collecte.json or the list of sites cannot be read; the message is French."""


class Altered(Exception):
    """A copy's file is not what was collected (edited by hand, truncated): its SHA-256
    differs from collecte.json's."""


@dataclass(frozen=True)  # pragma: no mutate — nothing assigns to a Copy: frozen only guards
class Copy:
    """The last good copy of one site's export."""

    site: str
    file: str
    collected: dt.datetime
    sha256: str


def export_url(site: str) -> str:
    return site.rstrip("/") + EXPORT_PATH


def file_name(site: str) -> str:
    """« https://tenir-parole.exemple.fr/ville/ » → « tenir-parole.exemple.fr-ville.json »."""
    parts = urlsplit(site)
    text = f"{parts.hostname or ''}{'-' + str(parts.port) if parts.port else ''}{parts.path}"
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-.") + ".json"


def check_site(text: str) -> str | None:
    """The problem with a site address from the list, if any."""
    try:
        parts = urlsplit(text)
        port = parts.port  # raises on « :abc » or « :99999 »
    except ValueError:  # also an unclosed « [ »
        return ui_fr.MESSAGES["bad_host"]
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ui_fr.MESSAGES["bad_address"]
    if port == 0:
        return ui_fr.MESSAGES["bad_host"]
    if parts.query or parts.fragment or parts.username:
        return ui_fr.MESSAGES["address_extra"]
    return None


def read_sites(path: Path) -> tuple[list[str], list[str]]:
    """The site addresses of the list (one a line, « # » starts a comment), and the French
    lines about the lines that are not addresses."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise StoreError(ui_fr.MESSAGES["no_list"].format(path=path, error=e)) from None
    sites, problems, names = [], [], set()
    for number, line in enumerate(lines, 1):
        text = line.partition(" #")[0].strip() if not line.lstrip().startswith("#") else ""
        if not text:
            continue
        problem = check_site(text) or (ui_fr.MESSAGES["manifest_name"]
                                       if file_name(text) == MANIFEST else None)
        if problem:
            problems.append(f"{path}, ligne {number} : « {text} » — {problem}")
        elif file_name(text) in names:
            problems.append(f"{path}, ligne {number} : « {text} » — "
                            + ui_fr.MESSAGES["duplicate"])
        else:
            names.add(file_name(text))
            sites.append(text.rstrip("/"))
    return sites, problems


def write_sites(path: Path, sites: list[str], header: str = "") -> Path:
    """A list of sites as read_sites reads it: ``header`` (comment lines), one site a line."""
    path.write_text(header + "".join(f"{site}\n" for site in sites), encoding="utf-8")
    return path


def read_manifest(folder: Path) -> dict[str, Copy]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        whole = json.loads(path.read_text(encoding="utf-8"))
        if whole.get("format") != FORMAT:
            raise ValueError(f"format {whole.get('format')!r}")
        return {c["site"]: Copy(c["site"], c["fichier"],
                                dt.datetime.fromisoformat(c["collecte_le"]), c["sha256"])
                for c in whole["copies"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise StoreError(ui_fr.MESSAGES["bad_manifest"].format(path=path, error=e)) from None


def write_atomically(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        # No half-written file left beside; missing_ok never matters: it is still there.
        Path(temporary).unlink(missing_ok=True)  # pragma: no mutate — replace is last
        raise


def write_manifest(folder: Path, copies: dict[str, Copy]) -> None:
    whole = {"format": FORMAT, "copies": [
        {"site": c.site, "fichier": c.file, "collecte_le": c.collected.isoformat(),
         "sha256": c.sha256} for c in sorted(copies.values(), key=lambda c: c.site)]}
    try:
        write_atomically(folder / MANIFEST, (json.dumps(whole, ensure_ascii=False, indent=1)
                                             + "\n").encode("utf-8"))
    except OSError as e:
        raise StoreError(ui_fr.MESSAGES["no_manifest"].format(
            path=folder / MANIFEST, error=e.strerror or e, folder=folder)) from None


def read_copy(folder: Path, copy: Copy) -> bytes:
    """The copy's file as it was collected; ``Altered`` if it changed since (or collecte.json
    names another file than the site's own, or a link out of the folder, or a file larger
    than a download may be: nothing of it is read), OSError if it cannot be read."""
    path = folder / copy.file
    if copy.file != file_name(copy.site) or not inside(path, folder):
        raise Altered(copy.file)
    try:
        payload = read_limited(path, copy.file, MAX_BYTES)
    except DataError:
        raise Altered(copy.file) from None
    if hashlib.sha256(payload).hexdigest() != copy.sha256:
        raise Altered(copy.file)
    return payload


def save(folder: Path, site: str, payload: bytes, when: dt.datetime) -> Copy:
    """Keep ``payload`` as the site's copy (replacing the previous one at once)."""
    name = file_name(site)
    write_atomically(folder / name, payload)
    return Copy(site, name, when, hashlib.sha256(payload).hexdigest())
