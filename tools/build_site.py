"""`make html` / `make publish`: check, build aside, verify, then swap into output/.

1. validate pledges/ (our code, French errors, before Pelican starts);
2. run Pelican into a fresh folder beside output/ (same filesystem), warnings fatal;
3. check page weight and offline links there;
4. only then replace output/ (rename old aside, rename new in, delete old).

Any failure leaves output/ as it was. If a run is killed between the two renames, the next
run puts the previous site back before doing anything else.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from check_data import check
from link_check import check_links

UNCHANGED = "{output}/ n'a pas été modifié."
GZIP_SUFFIXES = {".html", ".css", ".xml", ".json", ".csv", ".txt", ".svg", ".atom"}


def recover(output: Path) -> None:
    """Undo what an interrupted run left: restore the old site, drop half-built ones."""
    for old in sorted(output.parent.glob(f".{output.name}-old-*")):
        if not output.exists():
            old.rename(output)
        else:
            shutil.rmtree(old)
    for new in output.parent.glob(f".{output.name}-new-*"):
        shutil.rmtree(new)


def run_pelican(settings: Path, content: Path, target: Path, env: dict,
                extra: list[str]) -> list[str]:
    """Run Pelican in its own process; return French lines describing a failure, or []."""
    command = [sys.executable, "-m", "pelican", str(content), "-o", str(target), "-s",
               str(settings), "--fatal", "warnings", "--log-handler", "plain",
               "-e", 'PAGE_WEIGHT_MODE="off"', *extra]
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode == 0:
        return []
    noise = ("Traceback", "During handling", "RuntimeError: Warning or error encountered")
    keep = [line for line in (result.stdout + result.stderr).splitlines()
            if line.strip() and not line[0].isspace() and not line.startswith(noise)]
    return ["Pelican a signalé un problème (les avertissements sont bloquants) :",
            *(keep[-15:] or result.stderr.splitlines()[-15:])]


def precompress(site: Path) -> int:
    """Write a .gz beside each text file (gzip -9, fixed mtime) for the web server."""
    count = 0
    for path in sorted(site.rglob("*")):
        if path.suffix in GZIP_SUFFIXES and path.is_file():
            path.with_name(path.name + ".gz").write_bytes(gzip.compress(path.read_bytes(), 9,
                                                                        mtime=0))
            count += 1
    return count


def swap(new: Path, output: Path) -> None:
    old = output.parent / f".{output.name}-old-{os.getpid()}"
    if output.exists():
        output.rename(old)
    new.rename(output)
    if old.exists():
        shutil.rmtree(old)


def verify(site: Path, settings: Path) -> list[str]:
    """Weight and link checks on the built folder."""
    from pelican.settings import read_settings

    from page_weight import check_output

    problems = []
    result = check_output(site, read_settings(str(settings)))
    if result.failed:
        problems.append(result.text)
    broken = check_links(site)
    if broken:
        problems += ["Liens cassés :", *broken]
    return problems


def offer(downloads: list[Path], site: Path) -> list[str]:
    """Copy files into telechargements/; return the Pelican option that lists them."""
    folder = site / "telechargements"
    folder.mkdir(exist_ok=True)
    for path in downloads:
        shutil.copyfile(path, folder / path.name)
    listed = [{"name": p.name, "size": p.stat().st_size} for p in downloads]
    return ["-e", f"OFFLINE_DOWNLOADS={json.dumps(listed)}"] if listed else []


def build(settings: Path, output: Path, pledges: Path, gz: bool = False,
          extra: list[str] | None = None, downloads: list[Path] | None = None,
          content: Path | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    content = content or root / "content"
    output = output.resolve()
    recover(output)
    data, lines = check(pledges)
    if data is None:
        print("\n".join(lines), file=sys.stderr)
        print(UNCHANGED.format(output=output.name), file=sys.stderr)
        return 1
    env = {**os.environ, "PLEDGES_PATH": str(pledges.resolve()),
           "PYTHONPATH": os.pathsep.join([str(root / "plugins"), str(root / "tools")])}
    output.parent.mkdir(parents=True, exist_ok=True)
    new = Path(tempfile.mkdtemp(prefix=f".{output.name}-new-", dir=output.parent))
    new.chmod(0o755)  # mkdtemp makes it private; the web server must read it
    try:
        options = [*(extra or []), *offer(downloads or [], new)]
        problems = run_pelican(settings, content, new, env, options) or verify(
            new, settings)
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print(UNCHANGED.format(output=output.name), file=sys.stderr)
            return 1
        if gz:
            precompress(new)
        swap(new, output)
    finally:
        if new.exists():
            shutil.rmtree(new)
    pages = len(list(output.rglob("*.html")))
    print(f"Site construit dans {output.name}/ : {pages} pages.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construit le site après vérification.")
    parser.add_argument("--settings", type=Path, default=Path("pelicanconf.py"))
    parser.add_argument("--output", type=Path, default=Path("output"))
    parser.add_argument("--pledges", type=Path, default=Path("pledges"))
    parser.add_argument("--content", type=Path, default=None, help="pages Markdown (content/)")
    parser.add_argument("--gzip", action="store_true", help="copies .gz pour le serveur web")
    args = parser.parse_args(argv)
    return build(args.settings, args.output, args.pledges, args.gzip, content=args.content)


if __name__ == "__main__":
    sys.exit(main())
