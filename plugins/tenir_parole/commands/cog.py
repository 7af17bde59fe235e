"""`make geographie VERSION=6.0.0`: geographie/cog-<year>.tsv and its README.md, derived from
Etalab's npm package @etalab/decoupage-administratif (the only command that needs npm; the
build and the tests read the derived file, never the package).

Only the fields the project uses are kept (core.geography.FIELDS); rows are sorted and no date
is written, so the same package gives the same bytes. Every reference is checked before
anything is written: a package that does not hold together is refused, the old file kept.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import tarfile
import tempfile
from pathlib import Path

from tenir_parole.core.geography import FIELDS

PACKAGE = "@etalab/decoupage-administratif"
VERSION_RE = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")
DATA = ("regions", "departements", "communes", "epci")
PART_OF = {"commune-deleguee": ("COMD", "chefLieu"), "commune-associee": ("COMA", "chefLieu"),
           "arrondissement-municipal": ("ARM", "commune")}
EPCI_KINDS = {"CC", "CA", "CU", "METRO", "MET69"}


class Refused(Exception):
    """The package cannot be used (French message); nothing was written."""


def integrity(tarball: Path) -> str:
    """npm's integrity string of a tarball (« sha512-… », as package-lock.json writes it)."""
    digest = hashlib.sha512(tarball.read_bytes()).digest()
    return "sha512-" + base64.b64encode(digest).decode("ascii")


def npm_pack(version: str, folder: Path) -> Path:
    """The package's tarball, downloaded by npm into ``folder`` (argument list, no shell)."""
    try:
        ran = subprocess.run(["npm", "pack", f"{PACKAGE}@{version}", "--json", "--silent",
                              "--pack-destination", str(folder)], cwd=folder,
                             capture_output=True, text=True, timeout=300)
    except FileNotFoundError:
        raise Refused("npm introuvable : make geographie en a besoin (apt-get install npm) ; "
                      "make html et make test, non") from None
    except subprocess.TimeoutExpired:
        raise Refused("npm pack n'a pas répondu en 5 minutes (réseau ?)") from None
    if ran.returncode:
        said = (ran.stderr or ran.stdout).strip().splitlines()[-3:]
        raise Refused(f"npm pack {PACKAGE}@{version} a échoué : " + " ".join(said))
    try:
        tarball = folder / Path(json.loads(ran.stdout)[0]["filename"]).name
    except (ValueError, LookupError, TypeError):
        raise Refused(f"npm pack : réponse inattendue ({ran.stdout[:200]!r})") from None
    if not tarball.is_file():
        raise Refused(f"npm pack : archive {tarball.name} introuvable")
    return tarball


def read_tarball(path: Path) -> dict[str, bytes]:
    """The package's files by their path inside it (« data/communes.json »), read in memory:
    nothing of the tarball is written to disk."""
    files = {}
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                if member.isfile() and member.name.startswith("package/"):
                    files[member.name.removeprefix("package/")] = \
                        archive.extractfile(member).read()
    except (OSError, tarfile.TarError) as e:
        raise Refused(f"{path.name} : archive illisible ({e})") from None
    return files


def read_folder(folder: Path) -> dict[str, bytes]:
    """The same, from an unpacked package."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _json(files: dict[str, bytes], name: str):
    try:
        return json.loads(files[name])
    except KeyError:
        raise Refused(f"{name} absent du paquet") from None
    except ValueError as e:
        raise Refused(f"{name} : JSON illisible ({e})") from None


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value or value != value.strip() or \
            re.search(r"[\t\n\r]", value):
        raise Refused(f"{where} : valeur inattendue {value!r}")
    return value


def vintage(files: dict[str, bytes], version: str) -> int:
    """The COG year of ``version``, from the README's table « Millésimes et versions »."""
    readme = files.get("README.md", b"").decode("utf-8", "replace")
    match = re.search(rf"^\|\s*([0-9]{{4}})\s*\|\s*{re.escape(version)}\s*\|", readme, re.M)
    if not match:
        raise Refused(f"millésime de la version {version} introuvable dans le README du paquet "
                      "(tableau « Millésimes et versions de package »)")
    return int(match.group(1))


def rows(files: dict[str, bytes]) -> list[tuple[str, ...]]:
    """Every line of the derived file, sorted by kind (R, D, E, C, S, X) then code."""
    regions = {_text(r["code"], "regions.json"): r for r in _json(files, "data/regions.json")}
    departments = {_text(d["code"], "departements.json"): d
                   for d in _json(files, "data/departements.json")}
    communes = _json(files, "data/communes.json")
    current = {c["code"]: c for c in communes if c.get("type") == "commune-actuelle"}
    out: list[tuple[str, ...]] = [("R", code, _text(r["nom"], code))
                                  for code, r in sorted(regions.items())]
    for code, d in sorted(departments.items()):
        if d.get("region") not in regions:
            raise Refused(f"département {code} : région {d.get('region')!r} inconnue")
        out.append(("D", code, d["region"], _text(d["nom"], code)))
    epci_of: dict[str, str] = {}
    for e in sorted(_json(files, "data/epci.json"), key=lambda e: e["code"]):
        siren = e["code"]
        if not re.fullmatch(r"[0-9]{9}", siren) or e.get("type") not in EPCI_KINDS:
            raise Refused(f"EPCI {siren!r} : SIREN ou type ({e.get('type')!r}) inattendu")
        out.append(("E", siren, e["type"], _text(e["nom"], siren)))
        for member in e["membres"]:
            if member["code"] not in current or member["code"] in epci_of:
                raise Refused(f"EPCI {siren} : membre {member['code']!r} inconnu ou en double")
            epci_of[member["code"]] = siren
    for code, c in sorted(current.items()):
        if c["departement"] not in departments or c["region"] not in regions:
            raise Refused(f"commune {code} : département ou région inconnus")
        population = c.get("population")
        out.append(("C", _text(code, "code"), c["departement"], c["region"], c.get("siren", ""),
                    "" if population is None else str(int(population)), epci_of.get(code, ""),
                    _text(c["nom"], code)))
    parts = {}
    for c in communes:
        kind, parent_key = PART_OF.get(c.get("type"), (None, None))
        if kind is None:
            continue
        if c.get(parent_key) not in current or c["code"] in parts:
            raise Refused(f"{c['type']} {c['code']} : commune de rattachement inconnue, ou "
                          "code en double")
        parts[c["code"]] = ("S", _text(c["code"], "code"), kind, c[parent_key],
                            _text(c["nom"], c["code"]))
    out += sorted(parts.values())
    former = {}
    for code, c in current.items():
        for old in c.get("anciensCodes", ()):
            if old in current or old in former:
                raise Refused(f"ancien code {old} : aussi commune actuelle, ou en double")
            if old not in parts:  # a sub-commune's line says it already, with its name
                former[old] = ("X", old, code)
    out += sorted(former.values())
    if not (regions and departments and current and epci_of):
        raise Refused("paquet sans régions, départements, communes ou EPCI")
    return out


def header(version: str, year: int, integrity: str) -> list[str]:
    kinds = " | ".join(f"{kind} {' '.join(names)}" for kind, names in FIELDS.items())
    return [f"# Tenir parole — géographie officielle : Code officiel géographique {year}.",
            f"# Source : paquet npm {PACKAGE} {version}"
            + (f" ({integrity})" if integrity else "")
            + ", Etalab : données sous Licence Ouverte 2.0 (INSEE, DGCL), code sous licence "
            "MIT ; voir README.md.",
            f"# Régénéré par make geographie VERSION={version} ; ne pas modifier à la main.",
            f"# {kinds}"]


README = """\
# Géographie officielle

`cog-{year}.tsv` : les communes, départements, régions et intercommunalités (EPCI à fiscalité
propre) du **Code officiel géographique {year}**, avec le SIREN et la population municipale
de chaque commune. Tenir parole y vérifie le code INSEE et le nom de chaque commune
(`make check`), y remplit une nouvelle commune (`make nouvelle-commune INSEE=…`), y trouve
l'intercommunalité qui décide d'une mesure et y prend les noms, départements et régions de la
vue d'ensemble (`make federation`).

Format : une ligne par enregistrement, champs séparés par des tabulations, UTF-8 ; les lignes
qui commencent par `#` sont des commentaires (la dernière nomme les champs de chaque sorte de
ligne) ; un champ vide est une valeur que la source ne donne pas. Lecture :
`plugins/tenir_parole/core/geography.py`.

## Source

Dérivé, sans autre changement que le choix des champs, du paquet npm
[`{package}`](https://www.npmjs.com/package/{package}) **version {version}**
(millésime {year}){integrity}, publié par Etalab
(https://github.com/datagouv/decoupage-administratif). Ses sources : le Code officiel
géographique de l'INSEE, la liste des EPCI à fiscalité propre de la DGCL, les populations
légales de l'INSEE.

Pour passer à un autre millésime (npm est nécessaire pour cette commande seulement) :

    make geographie VERSION=x.y.z

## Licences

- **Données** : [Licence Ouverte 2.0 (Etalab)](https://www.etalab.gouv.fr/licence-ouverte-open-licence),
  comme le dit le README du paquet (« Données : Licence Ouverte ») : réutilisation libre, en
  mentionnant la source (ci-dessus) et la date de sa mise à jour (millésime {year} du COG).
- **Code du paquet** : licence MIT, comme le dit son `package.json` ; son avis :

```
{mit}
```
"""


def readme(version: str, year: int, integrity: str, licence: str) -> str:
    return README.format(year=year, package=PACKAGE, version=version, mit=licence.strip(),
                         integrity=f", intégrité npm `{integrity}`" if integrity else "")


def write(files: dict[str, bytes], version: str, folder: Path, checksum: str = "") -> Path:
    """geographie/cog-<year>.tsv (older ones removed) and README.md, from the package's
    ``files``; each written beside and renamed, so a failure leaves the old ones."""
    meta = _json(files, "package.json")
    if meta.get("name") != PACKAGE or meta.get("version") != version:
        raise Refused(f"paquet {meta.get('name')} {meta.get('version')} : attendu {PACKAGE} "
                      f"{version}")
    year = vintage(files, version)
    lines = [*header(version, year, checksum), *("\t".join(row) for row in rows(files))]
    licence = files.get("LICENSE", b"").decode("utf-8", "replace")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"cog-{year}.tsv"
    for path, text in ((target, "\n".join(lines) + "\n"),
                       (folder / "README.md", readme(version, year, checksum, licence))):
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="\n", dir=folder,
                                         delete=False, suffix=".tmp") as out:
            out.write(text)
        os.chmod(out.name, 0o644)
        os.replace(out.name, path)
    for old in folder.glob("cog-*.tsv"):
        if old != target:
            old.unlink()
    return target


def regenerate(version: str, folder: Path) -> Path:
    """``version`` (x.y.z, fetched with npm pack) or the path of a package tarball."""
    given = Path(version)
    if version.endswith(".tgz") and given.is_file():
        files = read_tarball(given)
        return write(files, str(_json(files, "package.json").get("version")), folder,
                     integrity(given))
    if not VERSION_RE.fullmatch(version):
        raise Refused(f"VERSION « {version} » : attendu un numéro de version du paquet, par "
                      "exemple VERSION=6.0.0 (le millésime 2026), ou le chemin d'une archive "
                      ".tgz du paquet")
    with tempfile.TemporaryDirectory(prefix="tenir-parole-geographie-") as tmp:
        tarball = npm_pack(version, Path(tmp))
        return write(read_tarball(tarball), version, folder, integrity(tarball))
