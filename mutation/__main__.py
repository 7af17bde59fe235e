"""`make mutation`: run every session (two at a time, each lane in its own copy of the work
tree), then write TESTING.md. ``--only NAME…`` reruns some sessions; the report then takes
the others from their last run (in .mutation/)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import queue
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from importlib.metadata import version
from pathlib import Path

from bench.machine import command_output, commit, cpu_model, load_average, utc_date
from mutation import cosmic, first_run
from mutation.equivalents import ANNOTATION
from mutation.report import Context, SessionResult, render
from mutation.sessions import SESSIONS, Session

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".mutation"
TARGET = ROOT / "TESTING.md"
RESTORE = "git checkout -- plugins/"


class Failure(Exception):
    """A French message for the user; nothing is written."""


def plugins_status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "plugins/"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout


def copy_tree(lane: Path) -> None:
    """The work tree as git sees it (committed, modified and new files, not ignored ones)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], cwd=ROOT, check=True, capture_output=True)
    for name in filter(None, listed.stdout.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():
            (lane / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, lane / name)  # same times: the compiled files below stay valid
    # Compiled once here rather than at each of the thousands of test runs (cosmic-ray forbids
    # writing them); a mutated module has another time and size, so Python recompiles it.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "plugins", "tests"], cwd=lane,
                   check=True, capture_output=True)


def lane_python(lane: Path) -> str:
    """A bare venv inside the lane that sees the lane's plugins/ first, then the project venv's
    libraries: the tests (and the commands they start) import the copy cosmic-ray mutates, not
    the work tree the project's editable install points at."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(lane / ".venv")],
                   check=True, capture_output=True)
    python = lane / ".venv" / "bin" / "python"
    own = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                          "['purelib'])"], check=True, capture_output=True, text=True)
    libraries = sysconfig.get_paths()["purelib"]
    (Path(own.stdout.strip()) / "tenir-parole-lane.pth").write_text(
        f"{lane / 'plugins'}\n{libraries}\n", encoding="utf-8")
    return str(python)


def _cosmic_ray(lane: Path, *args: str) -> None:
    script = Path(sys.executable).with_name("cosmic-ray")
    result = subprocess.run([str(script), *args], cwd=lane, capture_output=True, text=True)
    if result.returncode != 0:
        raise Failure(f"cosmic-ray {args[0]} a échoué :\n{result.stderr[-3000:]}")


def _config(path: Path, session: Session, timeout: float, python: str) -> None:
    path.write_text("\n".join([
        "[cosmic-ray]",
        f"module-path = {json.dumps(session.module)}",
        f"timeout = {timeout:.1f}",
        "excluded-modules = []",
        f"test-command = {json.dumps(session.command(python))}",
        "",
        "[cosmic-ray.distributor]",
        'name = "local"',
        ""]), encoding="utf-8")


def run_session(session: Session, lane: Path, python: str) -> SessionResult:
    """init, skip, baseline (the unmutated code passes, and how long it takes), exec."""
    start = time.monotonic()
    config, database = WORK / f"{session.name}.toml", WORK / f"{session.name}.sqlite"
    _config(config, session, 60, python)
    _cosmic_ray(lane, "init", "--force", str(config), str(database))
    cosmic.skip(database, ROOT, session)
    began = time.monotonic()
    baseline = subprocess.run(session.command(python), shell=True, cwd=lane,
                              capture_output=True, text=True)
    if baseline.returncode != 0:
        raise Failure(f"{session.module} : les tests échouent sans mutation :\n"
                      f"{baseline.stdout[-3000:]}")
    # A mutant that makes the tests loop is caught by this limit (and counted as killed).
    _config(config, session, max(10.0, 4 * (time.monotonic() - began)), python)
    _cosmic_ray(lane, "exec", str(config), str(database))
    return result_of(session, time.monotonic() - start)


def result_of(session: Session, seconds: float) -> SessionResult:
    database = WORK / f"{session.name}.sqlite"
    note = f" (fonctions {', '.join(session.functions)} seulement)" if session.functions else ""
    return SessionResult(session.name, session.module, session.command("python"), seconds,
                         cosmic.read(database, ROOT, session), note)


def run_all(sessions: list[Session], lanes: int) -> dict[str, SessionResult]:
    todo: queue.Queue[Session] = queue.Queue()
    for session in sorted(sessions, key=lambda s: -(ROOT / s.module).stat().st_size
                          if (ROOT / s.module).is_file() else 0):
        todo.put(session)
    done: dict[str, SessionResult] = {}
    failures: list[Failure] = []

    def lane_worker() -> None:
        with tempfile.TemporaryDirectory(prefix="tenir-parole-mutation-") as folder:
            copy_tree(Path(folder))
            python = lane_python(Path(folder))
            while not failures:
                try:
                    session = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    result = done[session.name] = run_session(session, Path(folder), python)
                except Failure as e:
                    failures.append(e)
                    return
                c = result.counts
                print(f"{session.module} : {c.generated} mutants, {c.killed} tués, "
                      f"{c.survived} survivants, {c.equivalent} équivalents "
                      f"({result.seconds:.0f} s)", flush=True)

    threads = [threading.Thread(target=lane_worker) for _ in range(lanes)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return done


def machine(code: str, load_start: str) -> list[str]:
    return [
        f"- Code mesuré : commit `{code}`",
        f"- Processeurs (`nproc`) : {command_output('nproc') or os.cpu_count()} ; modèle : "
        f"{cpu_model()} ; {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, cosmic-ray {version('cosmic-ray')}, pytest "
        f"{version('pytest')}",
        f"- Charge moyenne (1/5/15 min) au début : {load_start} ; à la fin : {load_average()} "
        "(la machine peut être partagée : les durées en dépendent)",
    ]


def write_report(run: dict) -> str:
    """TESTING.md from the session files and what the last run recorded (.mutation/run.json)."""
    results = [result_of(s, run["seconds"].get(s.name, 0.0)) for s in SESSIONS
               if (WORK / f"{s.name}.sqlite").is_file()]
    machine_lines = run["machine"]
    if run.get("only"):
        machine_lines = [*machine_lines, f"- Sessions relancées seules : {', '.join(run['only'])} "
                         "(les autres viennent d'une exécution précédente)"]
    context = Context("make mutation", run["date"], run["minutes"], run["lanes"], machine_lines,
                      first_run.NOTE, first_run.PLANTED)
    TARGET.write_text(render(context, results, [ANNOTATION], first_run.SURVIVORS),
                      encoding="utf-8")
    total = sum((r.counts for r in results[1:]), results[0].counts) if results else None
    if total is None:
        return f"Rapport écrit dans {TARGET.name}."
    return (f"Rapport écrit dans {TARGET.name} : {total.killed} tués sur "
            f"{total.generated - total.equivalent} mutants non équivalents, {total.survived} "
            "survivants.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutation", description=__doc__)
    parser.add_argument("--lanes", type=int, default=2, help="sessions à la fois (2 cœurs)")
    parser.add_argument("--only", nargs="*", default=None, help="sessions à relancer")
    parser.add_argument("--report", action="store_true",
                        help="réécrire TESTING.md à partir de la dernière exécution")
    args = parser.parse_args(argv)
    saved = WORK / "run.json"
    if args.report:
        if not saved.is_file():
            print("Aucune exécution enregistrée : lancez d'abord `make mutation`.",
                  file=sys.stderr)
            return 2
        print(write_report(json.loads(saved.read_text(encoding="utf-8"))))
        return 0
    if plugins_status():
        print("plugins/ contient des modifications non enregistrées : enregistrez-les (git "
              "commit) ou annulez-les avant `make mutation`, pour que le rapport décrive un "
              "commit.", file=sys.stderr)
        return 2
    sessions = [s for s in SESSIONS if args.only is None or s.name in args.only]
    WORK.mkdir(exist_ok=True)
    code, load_start, date, start = commit(), load_average(), utc_date(), time.monotonic()
    print(f"Tests de mutation de {len(sessions)} modules, {args.lanes} à la fois "
          "(cosmic-ray ; plugins/ n'est jamais modifié : chaque session travaille dans une "
          "copie)…", flush=True)
    try:
        done = run_all(sessions, args.lanes)
    except Failure as e:
        print(e, file=sys.stderr)
        return 1
    finally:
        if plugins_status():
            print(f"plugins/ a été modifié pendant l'exécution : restaurez-le avec `{RESTORE}`",
                  file=sys.stderr)
    previous = json.loads(saved.read_text(encoding="utf-8")) if saved.is_file() else {}
    run = {"date": date, "minutes": (time.monotonic() - start) / 60, "lanes": args.lanes,
           "machine": machine(code, load_start), "only": args.only,
           "seconds": {**previous.get("seconds", {}),
                       **{name: result.seconds for name, result in done.items()}}}
    saved.write_text(json.dumps(run, ensure_ascii=False, indent=1), encoding="utf-8")
    print(write_report(run))
    return 0


if __name__ == "__main__":
    sys.exit(main())
