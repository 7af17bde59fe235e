"""`make mutation [ONLY=core/loader.py …]`: every runtime module, one cosmic-ray session each,
each mutant judged by the tests that run its line (mutation/select.py).

    .venv/bin/python -m mutation                       # every module, then TESTING.md
    .venv/bin/python -m mutation core/loader.py ...    # these sessions again, the rest kept
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from mutation.report import earlier, render
from mutation.select import record

ROOT = Path(__file__).resolve().parent.parent
CODE = ROOT / "plugins" / "tenir_parole"
WORK = ROOT / ".mutation"
#: The commit under test, cloned once: cosmic-ray reads its modules there and its workers clone
#: it, so that editing the work tree meanwhile changes nothing of the run.
TREE = WORK / "tree"
PORTS = (9871, 9872)
#: The tests that judge a line run outside any test (at import, in a subprocess), after the
#: module's own test file: a package whose strings or helpers show on pages, or in editors'
#: messages, is judged by those tests too; the printed and offline editions, by the browser
#: tests that print them through `make` (a subprocess: the map never names them).
TESTS = {"texts": ("tests/texts", "tests/site", "tests/core"), "core": ("tests/core",),
         "weight": ("tests/weight",), "site": ("tests/site",), "overview": ("tests/overview",),
         "build": ("tests/build", "tests/browser/test_paper.py",
                   "tests/browser/test_paper_content.py", "tests/browser/test_paper_archive.py",
                   "tests/browser/test_offline_edition.py"),
         "commands": ("tests/commands",)}


def modules() -> list[str]:
    """Every module with code, as « core/loader.py »."""
    return sorted(p.relative_to(CODE).as_posix() for p in CODE.rglob("*.py")
                  if p.read_text(encoding="utf-8").strip().count("\n") > 3)


def tests(module: str) -> list[str]:
    package, _, name = module.rpartition("/")
    own = f"tests/{package}/test_{Path(name).stem}.py"
    found = [own] if (ROOT / own).is_file() else []
    return found + [t for t in TESTS.get(package, ("tests",)) if (ROOT / t).exists()]


def lines_map() -> Path:
    """Which tests run each line, recorded once per commit (the suite under coverage)."""
    return WORK / "lines.json"


def config(module: str) -> str:
    """The session's cosmic-ray configuration (TOML); the workers import the code of their
    own clone (PYTHONPATH=plugins), not the work tree's."""
    command = (f"env PYTHONPATH=plugins {shlex.quote(sys.executable)} -m mutation.select "
               f"{shlex.quote(str(lines_map()))} {module} " + " ".join(tests(module)))
    urls = ", ".join(f'"http://127.0.0.1:{port}"' for port in PORTS)
    return (f'[cosmic-ray]\nmodule-path = "plugins/tenir_parole/{module}"\ntimeout = 900.0\n'
            f'excluded-modules = []\ntest-command = {json.dumps(command)}\n\n'
            f'[cosmic-ray.distributor]\nname = "http"\n\n'
            f'[cosmic-ray.distributor.http]\nworker-urls = [{urls}]\n')


def session(module: str) -> Path:
    return WORK / (module.replace("/", ".").removesuffix(".py") + ".sqlite")


def run(*command: str) -> None:
    subprocess.run(command, cwd=TREE, check=True, stdout=subprocess.DEVNULL)


def mutate(module: str) -> float:
    """One session: mutants listed, equivalents skipped, the rest run; its seconds."""
    started = time.monotonic()
    settings, db = session(module).with_suffix(".toml"), session(module)
    settings.write_text(config(module), encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    run(str(bin_dir / "cosmic-ray"), "init", "--force", str(settings), str(db))
    run(str(bin_dir / "cr-filter-pragma"), str(db))
    run(sys.executable, "-m", "mutation.annotations", str(db))
    run(str(bin_dir / "cosmic-ray"), "exec", str(settings), str(db))
    return time.monotonic() - started


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@contextmanager
def workers():
    """cosmic-ray's HTTP workers, each in a git clone of the last commit."""
    shutil.rmtree(TREE, ignore_errors=True)
    subprocess.run(["git", "clone", "-q", "--depth", "1", ROOT.as_uri(), str(TREE)], check=True)
    # The map depends on the code and the tests only: a commit elsewhere keeps it.
    trees = subprocess.run(["git", "rev-parse", "HEAD:plugins", "HEAD:tests"], cwd=TREE,
                           capture_output=True, text=True, check=True).stdout
    recorded = WORK / "lines.trees"
    if not lines_map().exists() or not recorded.exists() or recorded.read_text() != trees:
        print("Suite de tests sous coverage : quels tests exécutent chaque ligne…", flush=True)
        record(TREE, WORK / "coverage-lines", lines_map())
        recorded.write_text(trees, encoding="utf-8")
    settings = WORK / "workers.toml"
    settings.write_text(config("core/errors.py"), encoding="utf-8")
    tools = Path(sys.executable).parent  # cr-http-workers starts « cosmic-ray » from PATH
    path = f"{tools}:{os.environ['PATH']}"
    taken = [port for port in PORTS if listening(port)]
    if taken:  # workers left by another run would test its code, not this commit's
        raise SystemExit(f"Ports {', '.join(map(str, taken))} déjà occupés : une autre "
                         "exécution de make mutation tourne-t-elle encore ?")
    # Its workers are its children, in their own session: stopped with it, never left behind.
    started = subprocess.Popen([str(tools / "cr-http-workers"), str(settings), str(TREE)],
                               cwd=TREE, env={**os.environ, "PATH": path},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        for port in PORTS:
            while not listening(port):
                if started.poll() is not None:
                    raise SystemExit("Les travailleurs de cosmic-ray n'ont pas démarré.")
                time.sleep(0.5)
        yield
    finally:
        os.killpg(started.pid, signal.SIGTERM)
        started.wait()


def main(argv: list[str]) -> int:
    # Stopped by kill or Ctrl-C, it still stops its workers (the « finally » below).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    changed = subprocess.run(["git", "status", "--porcelain", "plugins", "tests"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    if changed:
        print("plugins/ ou tests/ ont des modifications non enregistrées : les travailleurs "
              "testent le dernier commit. Enregistrez-les (git commit), puis relancez.",
              file=sys.stderr)
        return 2
    chosen = argv or modules()
    unknown = sorted(set(chosen) - set(modules()))
    if unknown:
        print(f"Modules inconnus : {', '.join(unknown)} (par exemple core/loader.py)",
              file=sys.stderr)
        return 2
    WORK.mkdir(exist_ok=True)
    durations = WORK / "durations.json"
    seconds = json.loads(durations.read_text()) if argv and durations.exists() else {}
    began = time.monotonic()
    rerun = [] if set(chosen) == set(modules()) else chosen  # the report says which, if not all
    with workers():
        for module in chosen:
            print(f"Mutation de {module}…", flush=True)
            seconds[module] = mutate(module)
            durations.write_text(json.dumps(seconds, indent=1), encoding="utf-8")
            report(seconds, time.monotonic() - began, rerun)  # an interruption keeps its part
    print("TESTING.md réécrit.")
    return 0


def report(seconds: dict[str, float], total: float, rerun: list[str]) -> None:
    sessions = {m: session(m) if session(m).exists() else None for m in modules()}
    previous = ROOT / "TESTING.md"
    kept = earlier(previous.read_text(encoding="utf-8")) if previous.exists() else {}
    previous.write_text(render(sessions, seconds, total, rerun=rerun, kept=kept),
                        encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
