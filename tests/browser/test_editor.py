"""`make editeur` as an editor uses it, in Chromium: a list opened in the form, a stance and its
quote changed, saved; the YAML file says so, `make check` passes, the preview open beside it
shows the new text by itself. Then a change `make check` refuses: refused in the form with its
French message, pledges/ untouched."""

from __future__ import annotations

import http.client
import os
import shutil
import signal
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from helpers import EXAMPLE, ROOT, cli, command

DECAP = ROOT / "node_modules" / "decap-cms" / "dist" / "decap-cms.js"
PROJECT = ("content", "theme", "editeur", "pelicanconf.py", "publishconf.py")
QUOTE = "Nous quitterons X dès 2027, Facebook ensuite."


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def editor(tmp_path_factory):
    """A copy of the project running `tenir-parole editeur`: (editor URL, preview URL, root)."""
    if not DECAP.is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{DECAP} introuvable : npm ci l'installe (requis en CI)")
        pytest.skip("Decap CMS absent (node_modules/) : make editeur ou npm ci l'installe")
    root = tmp_path_factory.mktemp("editeur") / "projet"
    root.mkdir()
    for name in PROJECT:
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, root / name)
    shutil.copytree(EXAMPLE, root / "pledges")
    (root / "node_modules").symlink_to(ROOT / "node_modules")
    preview, form = free_port(), free_port()
    process = subprocess.Popen(command("editeur", "--port", str(preview), "--editor-port",
                                       str(form), "--interval", "0.2"),
                               cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, start_new_session=True)
    said: list[str] = []
    threading.Thread(target=lambda: said.extend(process.stdout), daemon=True).start()
    deadline = time.monotonic() + 60
    while not any("Éditeur de formulaires" in line for line in said):
        assert time.monotonic() < deadline and process.poll() is None, said
        time.sleep(0.2)
    yield f"http://127.0.0.1:{form}/index.html", f"http://127.0.0.1:{preview}/", root, said
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(timeout=10)


def open_stance(page, measure: str):
    """The list item of ``measure``'s position, opened."""
    item = page.locator("div[class*=SortableListItem]").filter(
        has=page.get_by_text(f"{measure} :", exact=False)).first
    item.locator("button").first.click()
    return item


def save(page) -> None:
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    page.get_by_role("menuitem", name="Enregistrer maintenant").click()


def test_a_stance_changed_in_the_form_reaches_the_file_and_the_preview(editor, browser):
    form, preview, root, said = editor
    listed = root / "pledges" / "listes" / "renouveau-citoyen.yaml"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    hosts: set[str] = set()
    context.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    site = context.new_page()
    site.goto(preview + "listes/renouveau-citoyen.html")
    assert QUOTE not in site.content()
    page = context.new_page()
    page.goto(form)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("link", name="Les listes candidates").click()
    page.get_by_text("Renouveau citoyen").click()
    item = open_stance(page, "commune-degafamisee")
    item.get_by_label("Position", exact=True).click()
    page.get_by_role("option", name="Flou ou neutre (flou)").click()
    item.get_by_label("Citation").fill(QUOTE)
    save(page)
    page.get_by_text("Enregistré", exact=True).first.wait_for()

    text = listed.read_text(encoding="utf-8")
    stance = text[text.index("- mesure: commune-degafamisee"):]
    stance = stance[:stance.index("\n  - ")]
    assert "position: flou" in stance and QUOTE in stance, stance
    assert "yaml-language-server" not in text and '""' not in text
    assert cli("check", "--pledges", str(root / "pledges")).returncode == 0
    site.get_by_text(QUOTE).wait_for(timeout=15_000)  # no reload asked: the page did it
    assert "Flou ou neutre" in site.locator("body").inner_text()
    assert not list((root / "output").rglob("__reload*"))
    assert "__reload" not in (root / "output" / "listes" / "renouveau-citoyen.html").read_text()

    # A change make check refuses: an engagement without its quote.
    before = {p: p.read_bytes() for p in (root / "pledges").rglob("*") if p.is_file()}
    page.reload()
    item = open_stance(page, "commune-degafamisee")
    item.get_by_label("Citation").fill("")
    save(page)
    banner = page.locator("#tp-refus")
    banner.wait_for()
    refused = banner.inner_text()
    assert "Non enregistré, rien n'a été écrit" in refused
    assert "pledges/listes/renouveau-citoyen.yaml, ligne" in refused
    assert "champ « citation » manquant" in refused, refused
    assert "champ « citation » manquant" in page.locator(".Toastify__toast").first.inner_text()
    assert {p: p.read_bytes() for p in (root / "pledges").rglob("*") if p.is_file()} == before
    assert hosts == {preview.split("/")[2], form.split("/")[2]}  # nothing from elsewhere
    context.close()


def test_the_editor_answers_this_computer_only(editor):
    form, _, _, _ = editor
    api = form.replace("/index.html", "/api/v1")

    def status(headers: dict, body: bytes = b'{"action": "info"}') -> int:
        request = urllib.request.Request(api, data=body, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status
        except urllib.error.HTTPError as e:
            return e.code

    json_type = {"Content-Type": "application/json"}
    assert status(json_type) == 200
    assert status({**json_type, "Origin": "https://ailleurs.example.org"}) == 403
    assert status({**json_type, "Host": "ailleurs.example.org"}) == 403
    assert status({"Content-Type": "text/plain"}) == 415
    assert status(json_type, b"") == 413  # nothing to read
    # Over 5 Mo announced: refused before a byte of it is read.
    where = urllib.parse.urlsplit(api)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=5)
    connection.putrequest("POST", where.path)
    connection.putheader("Content-Type", "application/json")
    connection.putheader("Content-Length", str(5 * 1024 * 1024 + 1))
    connection.endheaders()
    assert connection.getresponse().status == 413
    connection.close()
    # A page asked for under another name of this computer (DNS rebinding) is not served.
    page = urllib.request.Request(form, headers={"Host": "ailleurs.example.org"})
    try:
        urllib.request.urlopen(page, timeout=5)
        raise AssertionError("page served to another host name")
    except urllib.error.HTTPError as e:
        assert e.code == 403
    outside = (b'{"action": "persistEntry", "params": {"dataFiles": [{"path": '
               b'"pelicanconf.py", "raw": "x"}]}}')
    assert status(json_type, outside) == 422


def test_the_editor_page_is_not_part_of_the_site(editor):
    _, _, root, _ = editor
    built = {p.name for p in (root / "output").rglob("*")}
    assert not built & {"decap-cms.js", "config.yml", "tenir-parole.js"}
    assert not (root / "output" / "editeur").exists()
    assert Path(root / "editeur" / "index.html").is_file()


def test_on_a_phone_the_form_of_a_list_fits_the_screen(editor, browser):
    """Decap keeps its editor 800 px wide; at 360 px the fields must not run off the screen."""
    form, _, _, _ = editor
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(form)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("link", name="Les listes candidates").click()
    page.get_by_text("Renouveau citoyen").click()
    field = page.get_by_label("Tête de liste", exact=True)
    field.wait_for()
    box = field.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 360, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()
