"""`make geographie VERSION=…`: geographie/ derived from Etalab's package. Run on a tiny
package written for the tests (tests/fixtures/geographie/paquet: a few real records of 6.0.0),
never npm nor the network — except a stand-in `npm` that says how it was called."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import tarfile
from pathlib import Path

import pytest

from helpers import FIXTURES, cli
from tenir_parole.commands import cog
from tenir_parole.core import geography

PACKAGE = FIXTURES / "geographie" / "paquet"
#: What the fixture package gives, line by line after the header.
EXPECTED = """\
R	11	Île-de-France
R	44	Grand Est
R	84	Auvergne-Rhône-Alpes
R	975	Saint-Pierre-et-Miquelon
D	01	84	Ain
D	42	84	Loire
D	57	44	Moselle
D	75	11	Paris
D	975	975	Saint-Pierre-et-Miquelon
E	200040350	CC	CC Bugey Sud
E	200054781	METRO	Métropole du Grand Paris
E	240100610	CC	CC de la Côtière à Montluel
E	240100891	CC	CC Terre Valserhône (CCTV)
E	244200622	CC	CC des Monts du Pilat
E	244200895	CC	CC du Pilat Rhodanien
E	245700372	CA	CA de Forbach Porte de France
C	01015	01	84	200053668	710	200040350	Arboys en Bugey
C	01033	01	84	200083863	16712	240100891	Valserhône
C	01262	01	84	210102620	6895	240100610	Montluel
C	42246	42	84	214202467	1140	244200622	Saint-Julien-Molin-Molette
C	42265	42	84	214202657	888	244200895	Saint-Michel-sur-Rhône
C	57521	57	44	215705211	2599	245700372	Œting
C	75056	75	11	217500016	2103778	200054781	Paris
C	97501	975	975		596		Miquelon-Langlade
S	01015	COMD	01015	Arbignieu
S	01033	COMD	01033	Bellegarde-sur-Valserine
S	01091	COMD	01033	Châtillon-en-Michaille
S	01120	COMA	01262	Cordieux
S	01205	COMD	01033	Lancrans
S	01340	COMD	01015	Saint-Bois
S	75101	ARM	75056	Paris 1er Arrondissement
X	01018	01033
X	01126	01033
X	01278	01033
X	01458	01033
"""


def tarball(target: Path, change=None) -> Path:
    """The fixture package as npm packs it (« package/… »), ``change(files)`` applied."""
    files = cog.read_folder(PACKAGE)
    if change:
        change(files)
    with tarfile.open(target, "w:gz") as archive:
        for name, data in sorted(files.items()):
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return target


def regenerate(folder: Path, version: str):
    return cli("geographie", "--version", version, str(folder))


def test_the_package_becomes_one_line_a_record_with_its_source_and_licences(tmp_path):
    made = tarball(tmp_path / "paquet.tgz")
    result = regenerate(tmp_path / "geographie", str(made))
    assert result.returncode == 0, result.stderr
    written = tmp_path / "geographie" / "cog-2026.tsv"
    assert result.stdout == (f"{written} (Code officiel géographique 2026) : 8 communes, "
                             "7 intercommunalités, 5 départements, 4 régions ; 1\u202f747 "
                             "octets. README.md réécrit à côté.\n")
    assert written.stat().st_size == 1747
    lines = written.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0] == ("# Tenir parole — géographie officielle : Code officiel géographique "
                        "2026.\n")
    assert lines[1].startswith("# Source : paquet npm @etalab/decoupage-administratif 6.0.0 "
                               f"({cog.integrity(made)}), Etalab : données sous Licence Ouverte "
                               "2.0 (INSEE, DGCL), code sous licence MIT")
    assert lines[2] == ("# Régénéré par make geographie VERSION=6.0.0 ; ne pas modifier à la "
                        "main.\n")
    assert "".join(lines[4:]) == EXPECTED
    readme = (tmp_path / "geographie" / "README.md").read_text(encoding="utf-8")
    assert "**version 6.0.0**" in readme and "Licence Ouverte 2.0 (Etalab)" in readme
    assert "Copyright (c) 2018-2019 Etalab" in readme  # the MIT notice, copied whole
    assert oct(written.stat().st_mode & 0o777) == "0o644"


def test_the_reader_reads_what_the_command_writes(tmp_path):
    cog.write(cog.read_folder(PACKAGE), "6.0.0", tmp_path)
    read = geography.Geography(tmp_path / "cog-2026.tsv")
    assert read.intercommunality("42265").name == "Communauté de communes du Pilat Rhodanien"
    assert read.resolve("01458").commune.name == "Valserhône"
    assert read.commune("57521").name == "Œting"
    assert read.totals[""] == (8, 2_133_318)


def test_the_same_package_gives_the_same_bytes_and_an_older_vintage_goes(tmp_path):
    folder = tmp_path / "geographie"
    folder.mkdir()
    (folder / "cog-2025.tsv").write_text("# l'ancien millésime\n", encoding="utf-8")
    first = cog.write(cog.read_folder(PACKAGE), "6.0.0", folder).read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == ["README.md", "cog-2026.tsv"]
    assert cog.write(cog.read_folder(PACKAGE), "6.0.0", folder).read_bytes() == first


def unknown_member(files: dict) -> None:
    epcis = json.loads(files["data/epci.json"])
    epcis[0]["membres"].append({"code": "01999", "nom": "Nulle-Part"})
    files["data/epci.json"] = json.dumps(epcis).encode()


def no_vintage(files: dict) -> None:
    files["README.md"] = b"# Pas de tableau des millesimes\n"


@pytest.mark.parametrize(("change", "said"), [
    (unknown_member, "EPCI 200040350 : membre '01999' inconnu ou en double"),
    (no_vintage, "millésime de la version 6.0.0 introuvable dans le README du paquet (tableau "
                 "« Millésimes et versions de package »)"),
])
def test_a_package_that_does_not_hold_together_is_refused_and_the_old_file_kept(
        tmp_path, change, said):
    folder = tmp_path / "geographie"
    folder.mkdir()
    (folder / "cog-2026.tsv").write_text("# la version d'avant\n", encoding="utf-8")
    result = regenerate(folder, str(tarball(tmp_path / "paquet.tgz", change)))
    assert result.returncode == 1
    assert result.stderr == f"{said}\nRien n'a été écrit.\n"
    assert (folder / "cog-2026.tsv").read_text(encoding="utf-8") == "# la version d'avant\n"
    assert sorted(p.name for p in folder.iterdir()) == ["cog-2026.tsv"]


@pytest.mark.parametrize(("version", "status", "said"), [
    ("", 2, "Il manque VERSION : par exemple\n  make geographie VERSION=6.0.0"),
    ("latest; rm -rf /", 1, "VERSION « latest; rm -rf / » : attendu un numéro de version du "
                            "paquet, par exemple VERSION=6.0.0"),
])
def test_a_missing_or_odd_version_is_refused_in_french(tmp_path, version, status, said):
    """A forgotten VERSION is a usage mistake (2); a package that cannot be had, 1."""
    result = regenerate(tmp_path, version)
    assert result.returncode == status
    assert result.stderr.startswith(said)
    assert list(tmp_path.iterdir()) == []


def fake_npm(folder: Path, package: Path) -> Path:
    """An `npm` that notes its arguments and « downloads » ``package`` where told."""
    script = folder / "npm"
    script.write_text(f"""#!{sys.executable}
import json, shutil, sys
args = sys.argv[1:]
open({str(folder / "args.json")!r}, "w").write(json.dumps(args))
target = args[args.index("--pack-destination") + 1]
shutil.copy({str(package)!r}, target + "/etalab-decoupage-administratif-6.0.0.tgz")
print(json.dumps([{{"filename": "etalab-decoupage-administratif-6.0.0.tgz"}}]))
""", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_npm_packs_the_version_asked_with_no_shell(tmp_path, monkeypatch):
    made = tarball(tmp_path / "paquet.tgz")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_npm(bin_dir, made)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    result = regenerate(tmp_path / "geographie", "6.0.0")
    assert result.returncode == 0, result.stderr
    args = json.loads((bin_dir / "args.json").read_text(encoding="utf-8"))
    assert args[:5] == ["pack", "@etalab/decoupage-administratif@6.0.0", "--json", "--silent",
                        "--pack-destination"]
    text = (tmp_path / "geographie" / "cog-2026.tsv").read_text(encoding="utf-8")
    assert f"({cog.integrity(made)})" in text


def test_without_npm_the_command_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = regenerate(tmp_path / "geographie", "6.0.0")
    assert result.returncode == 1
    assert result.stderr.startswith("npm introuvable : make geographie en a besoin "
                                    "(apt-get install npm) ; make html et make test, non")
