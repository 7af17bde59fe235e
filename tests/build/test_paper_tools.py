"""The printed editions (tenir_parole/build/paper.py) without the tools they call: no traceback,
the version printed on paper still says which data it shows, a stuck printer is named."""

from __future__ import annotations

import io
import re
from pathlib import Path

from helpers import commit_all, run, write_pledges
from tenir_parole.build import paper
from tenir_parole.build.paper import renumber_structure


def test_without_git_a_paper_copy_names_its_data_by_a_fingerprint(tmp_path, monkeypatch):
    pledges = write_pledges(tmp_path / "pledges")
    monkeypatch.setenv("PATH", str(tmp_path / "sans-git"))
    version = paper.version(pledges)
    assert version.startswith("empreinte ") and len(version) == len("empreinte ") + 10
    (pledges / "suivi.yaml").write_text("liste: alpha\nmises_a_jour: []\n", encoding="utf-8")
    assert paper.version(pledges) != version  # other data, another fingerprint


def test_a_paper_copy_names_a_commit_only_when_the_data_is_exactly_that_commit(tmp_path):
    """Clean: the short commit id, « (git) ». Changed, added (even staged) or removed since:
    a fingerprint, never the commit id, which would name data the paper does not show."""
    pledges = write_pledges(tmp_path / "pledges")
    commit_all(tmp_path)
    short = run(tmp_path, "git", "log", "-1", "--format=%h").stdout.strip()
    assert paper.version(pledges) == f"{short} (git)"
    changes = {
        "changed": lambda: (pledges / "suivi.yaml").write_text(
            "liste: alpha\nmises_a_jour: []\n", encoding="utf-8"),
        "new": lambda: (pledges / "listes" / "beta.yaml").write_text(
            "nom: Beta\n", encoding="utf-8"),
        "staged": lambda: run(tmp_path, "git", "add", "-A"),
        "removed": lambda: (pledges / "commune.yaml").unlink()}
    for what, change in changes.items():
        change()
        version = paper.version(pledges)
        assert version.startswith("empreinte "), what
        assert short not in version and "git" not in version, what


def test_an_editors_lock_file_changes_nothing_on_paper(tmp_path, monkeypatch):
    pledges = write_pledges(tmp_path / "pledges")
    monkeypatch.setenv("PATH", str(tmp_path / "sans-git"))
    version = paper.version(pledges)
    (pledges / ".#commune.yaml").symlink_to("editeur@machine.4242:1700000000")
    (pledges / "commune.yaml~").write_text("nom: ancienne copie\n", encoding="utf-8")
    # Where links cannot be made, the lock is a file; a folder is never data either.
    (pledges / "listes" / ".#une-liste.yaml").write_text("nom: verrou\n", encoding="utf-8")
    (pledges / "archives.yaml").mkdir()
    assert paper.version(pledges) == version


def printer(tmp_path, script: str) -> str:
    """A stand-in for Chromium: this shell script."""
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    fake.chmod(0o755)
    return str(fake)


def carnet(tmp_path) -> Path:
    page = tmp_path / "carnet.html"
    page.write_text("<p>carnet</p>", encoding="utf-8")
    return page


def test_a_printer_that_never_finishes_is_a_french_problem(tmp_path, monkeypatch):
    monkeypatch.setattr(paper, "CHROMIUM", printer(tmp_path, "exec sleep 30\n"))
    monkeypatch.setattr(paper, "PRINT_TIMEOUT", 1)
    page = carnet(tmp_path)
    problem = paper.chromium_pdf(page, tmp_path / "carnet.pdf")
    assert problem == ("impression impossible : Chromium n'a pas fini en 1 seconde "
                       "(ordinateur très occupé ?) ; relancez la commande")


def test_a_printer_that_fails_is_named_with_its_last_words(tmp_path, monkeypatch):
    page = carnet(tmp_path)
    words = "x" * 2500 + "Échec : imprimante introuvable"
    monkeypatch.setattr(paper, "CHROMIUM", printer(tmp_path, f"printf '{words}' >&2\nexit 3\n"))
    problem = paper.chromium_pdf(page, tmp_path / "carnet.pdf")
    # Its words end the line, cut to their last 2,000 characters.
    assert problem == "impression impossible :\n" + words[-2000:]


def test_a_printer_that_crashes_halfway_is_a_failure_even_with_a_file_left(tmp_path,
                                                                              monkeypatch):
    page = carnet(tmp_path)
    # The target is Chromium's --print-to-pdf argument: the script finds it among its own.
    script = "for a; do case $a in --print-to-pdf=*) t=${a#--print-to-pdf=};; esac; done\n" \
             "printf '%%PDF-1.4 à moitié' > \"$t\"\nkill -9 $$\n"
    monkeypatch.setattr(paper, "CHROMIUM", printer(tmp_path, script))
    problem = paper.chromium_pdf(page, tmp_path / "carnet.pdf")
    assert (tmp_path / "carnet.pdf").is_file() and problem == "impression impossible :\n"


def test_a_printer_that_says_it_printed_but_wrote_nothing_is_a_failure(tmp_path, monkeypatch):
    page = carnet(tmp_path)
    monkeypatch.setattr(paper, "CHROMIUM", printer(tmp_path, "exit 0\n"))
    assert paper.chromium_pdf(page, tmp_path / "carnet.pdf") == "impression impossible :\n"


def chromium_like(counter: int, leaves: int = 1) -> bytes:
    """A tagged PDF as Chromium writes one: a table header and a cell that names it, their
    ids taken from a counter that differs from run to run, indexed in one leaf (or two)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    head_id, cell_id = (TextStringObject(f"node{counter + n:08d}") for n in (0, 4))
    head = writer._add_object(DictionaryObject({NameObject("/S"): NameObject("/TH"),
                                                NameObject("/ID"): head_id}))
    cell = writer._add_object(DictionaryObject({
        NameObject("/S"): NameObject("/TD"), NameObject("/ID"): cell_id,
        NameObject("/A"): ArrayObject([DictionaryObject({
            NameObject("/O"): NameObject("/Table"),
            NameObject("/Headers"): ArrayObject([head_id])})])}))
    pairs = [[head_id, head, cell_id, cell]] if leaves == 1 else [[head_id, head], [cell_id, cell]]
    kids = ArrayObject(writer._add_object(DictionaryObject({
        NameObject("/Limits"): ArrayObject([pair[0], pair[-2]]),
        NameObject("/Names"): ArrayObject(pair)})) for pair in pairs)
    writer.root_object[NameObject("/StructTreeRoot")] = writer._add_object(DictionaryObject({
        NameObject("/K"): ArrayObject([head, cell]),
        NameObject("/IDTree"): DictionaryObject({NameObject("/Kids"): kids})}))
    renumber_structure(writer.root_object)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_chromiums_changing_structure_ids_leave_the_same_bytes_and_cells_name_their_header():
    first, again = chromium_like(88), chromium_like(93)
    assert first == again
    assert b"/Headers [ (node00000000) ]" in first and b"(node00000088)" not in first
    assert b"/Limits [ (node00000000) (node00000001) ]" in first
    # The index pairs each new name with its element, in the order of the tree.
    assert re.search(rb"/Names \[ \(node00000000\) \d+ 0 R \(node00000001\) \d+ 0 R \]", first)


def index_of(pdf: bytes) -> tuple[list, list]:
    """What a PDF reader finds in the index of names: its leaves' names, and its own."""
    from pypdf import PdfReader

    tree = PdfReader(io.BytesIO(pdf)).trailer["/Root"]["/StructTreeRoot"]["/IDTree"]
    names = [[str(n) if isinstance(n, str) else n["/S"] for n in kid.get_object()["/Names"]]
             for kid in tree.get("/Kids", [])]
    return names, [str(n) if isinstance(n, str) else n["/S"] for n in tree.get("/Names", [])]


def test_the_index_of_names_leads_each_new_name_to_its_element():
    assert index_of(chromium_like(88)) == (
        [["node00000000", "/TH", "node00000001", "/TD"]], [])
    # An index over several leaves becomes one list of names, in the order of the tree.
    assert index_of(chromium_like(88, leaves=2)) == (
        [], ["node00000000", "/TH", "node00000001", "/TD"])


def test_a_structure_whose_elements_have_no_ids_keeps_its_index_as_it_was():
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    writer = PdfWriter()
    paragraph = writer._add_object(DictionaryObject({NameObject("/S"): NameObject("/P")}))
    leaf = DictionaryObject({NameObject("/Limits"): ArrayObject(),
                             NameObject("/Names"): ArrayObject()})
    writer.root_object[NameObject("/StructTreeRoot")] = writer._add_object(DictionaryObject({
        NameObject("/K"): ArrayObject([paragraph]),
        NameObject("/IDTree"): DictionaryObject({NameObject("/Kids"): ArrayObject([leaf])})}))
    renumber_structure(writer.root_object)
    index = writer.root_object["/StructTreeRoot"]["/IDTree"]
    assert index["/Kids"][0] == leaf and leaf["/Names"] == [] and leaf["/Limits"] == []
