"""`make devserver` as an editor uses it: save a YAML file, the preview follows; save a mistake,
the French message appears and the last good preview stays served."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from helpers import EXAMPLE, ROOT

PROJECT = ("content", "theme", "examples", "pelicanconf.py", "publishconf.py", "Makefile",
           "requirements.txt", "requirements-dev.txt", "pyproject.toml")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "projet"
    root.mkdir()
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy2(source, root / name)
    shutil.copytree(EXAMPLE, root / "pledges")
    return root


def test_the_preview_follows_each_save_and_keeps_the_last_good_site(project):
    port = free_port()
    home = f"http://127.0.0.1:{port}/index.html"
    environ = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MAKELEVEL"}}
    process = subprocess.Popen(
        ["make", "-s", "-o", ".venv/.installed", "devserver", f"BIN={Path(sys.executable).parent}",
         f"PORT={port}"], cwd=project, env=environ, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, start_new_session=True)
    said: list[str] = []
    threading.Thread(target=lambda: said.extend(process.stdout), daemon=True).start()
    try:
        assert wait_for(lambda: "Saint-Exemple-sur-Loire" in fetch(home), 60), said
        commune = project / "pledges" / "commune.yaml"
        text = commune.read_text(encoding="utf-8")
        commune.write_text(text.replace("Commune fictive", "Commune imaginaire"),
                           encoding="utf-8")
        assert wait_for(lambda: "Commune imaginaire" in fetch(home), 30), said
        commune.write_text(text.replace("phase: apres", "phase: NO"), encoding="utf-8")
        assert wait_for(lambda: any("phase « NO » inconnue" in line for line in said), 30), said
        line = text.split("phase: apres")[0].count("\n") + 1
        assert any(f"pledges/commune.yaml, ligne {line} : phase « NO » inconnue" in x
                   for x in said)
        assert any("garde la dernière version valide" in x for x in said)
        assert "Commune imaginaire" in fetch(home)  # the last good preview, still served
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def test_a_file_gone_while_looked_at_does_not_stop_the_preview(tmp_path, monkeypatch):
    """An editor saves by writing a temporary file, then renaming it over the real one: the
    temporary file can vanish between two looks at it."""
    from tenir_parole.commands.devserver import snapshot

    pages = tmp_path / "content" / "pages"
    pages.mkdir(parents=True)
    (pages / "a-propos.md").write_text("Title: À propos\n", encoding="utf-8")
    temporary = pages / ".a-propos.md.kate-swp-4242"
    temporary.write_text("Title: À propos, en cours\n", encoding="utf-8")
    is_file = Path.is_file

    def renamed_over_just_after(path: Path) -> bool:
        there = is_file(path)
        if path == temporary:
            temporary.unlink()
        return there

    monkeypatch.setattr(Path, "is_file", renamed_over_just_after)
    assert list(snapshot([tmp_path / "content"])) == [pages / "a-propos.md"]


@pytest.fixture
def served(tmp_path, capfd):
    """A folder served by the preview server, in this process (its errors reach capfd)."""
    from tenir_parole.commands.devserver import serve

    (tmp_path / "index.html").write_text("<p>aperçu</p>" * 2000, encoding="utf-8")
    server = serve(tmp_path, 0)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_address_no_file_can_have_is_a_404_without_a_traceback(served, capfd):
    for path in ("/%00", "/index.html%00.txt", "/..%2f..%2fetc%2fpasswd"):
        try:
            urllib.request.urlopen(served + path, timeout=5)
            raise AssertionError(f"{path} answered 200")
        except urllib.error.HTTPError as e:
            assert e.code == 404, path
    assert "Traceback" not in capfd.readouterr().err


def test_two_hundred_phones_at_once_are_all_served(served):
    pages: list[str] = []
    together = threading.Barrier(200)

    def one() -> None:
        together.wait()
        pages.append(fetch(served + "/index.html"))

    threads = [threading.Thread(target=one) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(pages) == 200 and all(page.startswith("<p>aperçu</p>") for page in pages)


def test_a_browser_that_leaves_mid_page_leaves_no_traceback(served, capfd):
    host, port = served.removeprefix("http://").split(":")
    for _ in range(20):
        with socket.create_connection((host, int(port))) as client:
            client.sendall(b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n")
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\0\0\0\0\0\0\0")
    time.sleep(0.5)
    assert "Traceback" not in capfd.readouterr().err
