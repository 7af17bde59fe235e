"""The printed editions (tenir_parole/paper.py) without the tools they call: no traceback,
the version printed on paper still says which data it shows, a stuck printer is named."""

from __future__ import annotations

from helpers import write_pledges
from tenir_parole.build import paper


def test_without_git_a_paper_copy_names_its_data_by_a_fingerprint(tmp_path, monkeypatch):
    pledges = write_pledges(tmp_path / "pledges")
    monkeypatch.setenv("PATH", str(tmp_path / "sans-git"))
    version = paper.version(pledges)
    assert version.startswith("empreinte ") and len(version) == len("empreinte ") + 10
    (pledges / "suivi.yaml").write_text("liste: alpha\nmises_a_jour: []\n", encoding="utf-8")
    assert paper.version(pledges) != version  # other data, another fingerprint


def test_an_editors_lock_file_changes_nothing_on_paper(tmp_path, monkeypatch):
    pledges = write_pledges(tmp_path / "pledges")
    monkeypatch.setenv("PATH", str(tmp_path / "sans-git"))
    version = paper.version(pledges)
    (pledges / ".#commune.yaml").symlink_to("editeur@machine.4242:1700000000")
    (pledges / "commune.yaml~").write_text("nom: ancienne copie\n", encoding="utf-8")
    assert paper.version(pledges) == version


def test_a_printer_that_never_finishes_is_a_french_problem(tmp_path, monkeypatch):
    stuck = tmp_path / "chromium"
    stuck.write_text("#!/bin/sh\nexec sleep 30\n", encoding="utf-8")
    stuck.chmod(0o755)
    monkeypatch.setattr(paper, "CHROMIUM", str(stuck))
    monkeypatch.setattr(paper, "PRINT_TIMEOUT", 1)
    page = tmp_path / "carnet.html"
    page.write_text("<p>carnet</p>", encoding="utf-8")
    problem = paper.chromium_pdf(page, tmp_path / "carnet.pdf")
    assert problem == ("impression impossible : Chromium n'a pas fini en 1 seconde "
                       "(ordinateur très occupé ?) ; relancez la commande")
