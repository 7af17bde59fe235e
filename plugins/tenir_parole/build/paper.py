"""`make carnet`, `make affiche`, `make lettre`: the printed editions, as PDF files in dist/.

A build for printing (the same checked Dataset; Pelican with ``PRINT`` set and no content
pages) writes imprimer/carnet.html (A5 booklet), imprimer/affiche.html (A4 poster) and
imprimer/lettre.html (A4 letters) in a folder apart, through the usual checks. Headless
Chromium prints each one; the print stylesheet sets the page size and puts « page N / M » and
the date in the margins. pypdf then writes the title, the subject and the dates, taken from
the reference date: the same data and the same SOURCE_DATE_EPOCH give the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from tenir_parole.build.content import shown
from tenir_parole.build.site import build
from tenir_parole.core.dataset import Dataset
from tenir_parole.core.folder import leftover
from tenir_parole.texts import TEXTS as T
from tenir_parole.texts.french import at, count, date_fr

CHROMIUM = "/usr/bin/chromium"
#: Seconds Chromium has to print one edition.
PRINT_TIMEOUT = 180  # pragma: no mutate — a margin chosen, not computed
KINDS = ("carnet", "affiche", "lettre")
TITLES = {"carnet": "print_carnet_title", "affiche": "print_poster_title",
          "lettre": "print_letter_title"}


def version(pledges: Path) -> str:
    """Which data a paper copy shows: the git commit when pledges/ is committed as it is,
    else (no repository, or git not installed) a fingerprint of its files."""
    try:
        status = subprocess.run(["git", "status", "--porcelain", "--", "."], cwd=pledges,
                                capture_output=True, text=True)
        if not status.stdout.strip():  # clean, or no repository (then git log fails too)
            commit = subprocess.run(["git", "log", "-1", "--format=%h", "--", "."],
                                    cwd=pledges, capture_output=True, text=True)
            if commit.stdout.strip():  # nothing when git fails or no commit has this data
                return f"{commit.stdout.strip()} (git)"
    except OSError:  # git is not installed
        pass
    digest = hashlib.sha256()
    for path in sorted(pledges.rglob("*.yaml")):
        if leftover(path.name) or not path.is_file():  # an editor's lock: not the data
            continue
        digest.update(path.relative_to(pledges).as_posix().encode() + b"\0" + path.read_bytes())
    return f"empreinte {digest.hexdigest()[:10]}"


def chromium_pdf(html: Path, target: Path) -> str | None:
    """Print ``html`` to ``target`` with headless Chromium; a French problem, or None."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} absent : apt-get install chromium pour imprimer"
    with tempfile.TemporaryDirectory() as profile:
        try:
            result = subprocess.run(
                [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--no-first-run",
                 f"--user-data-dir={profile}", "--no-pdf-header-footer",
                 f"--print-to-pdf={target}", html.resolve().as_uri()],
                capture_output=True, text=True, timeout=PRINT_TIMEOUT)
        except subprocess.TimeoutExpired:
            return (f"impression impossible : Chromium n'a pas fini en "
                    f"{count(PRINT_TIMEOUT, 'seconde')} (ordinateur très occupé ?) ; relancez "
                    "la commande")
    if result.returncode != 0 or not target.is_file():
        return "impression impossible :\n" + result.stderr[-2000:]
    return None


def stamp(pdf: Path, title: str, subject: str, day: dt.date) -> None:
    """Title, subject and dates: what a reader's PDF viewer shows, the same at every run."""
    from pypdf import PdfReader, PdfWriter

    when = f"D:{day:%Y%m%d}000000Z"
    writer = PdfWriter(clone_from=PdfReader(pdf))
    renumber_structure(writer.root_object)
    writer.add_metadata({"/Title": title, "/Subject": subject, "/Author": "Tenir parole",
                         "/Creator": "Tenir parole (Chromium)", "/Producer": "Tenir parole",
                         "/CreationDate": when, "/ModDate": when})
    buffer = io.BytesIO()
    writer.write(buffer)
    pdf.write_bytes(buffer.getvalue())


def renumber_structure(catalog) -> None:
    """Chromium names each element of the tagged structure (« node00000088 », which table
    cells name as their headers) after a counter that differs from run to run: number them
    in the order of the tree, the same every time, and rebuild the index of those names
    (IDTree), which must follow that order."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    tree = catalog.get("/StructTreeRoot")
    if tree is None:
        return
    tree = tree.get_object()
    elements: list = []  # (reference, element) with an /ID, in the order of the tree

    def walk(item) -> None:
        node = item.get_object()
        if isinstance(node, ArrayObject):
            for child in node:
                walk(child)
        elif isinstance(node, DictionaryObject):
            elements.append((item, node))
            if "/K" in node:
                walk(node["/K"])

    walk(tree["/K"])
    named = [(ref, node) for ref, node in elements if "/ID" in node]
    new = {str(node["/ID"]): TextStringObject(f"node{n:08d}") for n, (_, node) in
           enumerate(named)}
    for _, node in elements:
        if "/ID" in node:
            node[NameObject("/ID")] = new[str(node["/ID"])]
        attributes = node.get("/A")
        for attribute in attributes if isinstance(attributes, ArrayObject) else [attributes]:
            attribute = attribute.get_object() if attribute is not None else None
            if isinstance(attribute, DictionaryObject) and "/Headers" in attribute:
                attribute[NameObject("/Headers")] = ArrayObject(
                    new.get(str(h), h) for h in attribute["/Headers"])
    if "/IDTree" in tree and named:  # its one leaf rewritten in place (nothing left behind)
        index = tree["/IDTree"].get_object()
        kids = index.get("/Kids", [])
        if len(kids) == 1:
            leaf = next(iter(kids)).get_object()
        else:  # no leaf or several: the index holds the names itself
            leaf = index
            index.pop("/Kids", None)
        ids = [node["/ID"] for _, node in named]
        leaf[NameObject("/Names")] = ArrayObject(
            value for (ref, _), name in zip(named, ids, strict=True) for value in (name, ref))
        if "/Limits" in leaf:
            leaf[NameObject("/Limits")] = ArrayObject([ids[0], ids[-1]])


def print_editions(kinds: Sequence[str], data: Dataset, settings_file: Path, online: str,
                   pledges: Path, dist: Path, name: str, answer_by: dt.date | None = None,
                   archive: dt.date | None = None) -> list[Path] | None:
    """Print ``kinds`` into ``dist`` as ``<name>-<kind>.pdf``; None when one failed. An
    ``archive`` edition says on each page that it shows the record as it stood that day."""
    answer_by = answer_by or data.reference_date + dt.timedelta(days=30)
    printing = {"online": online, "version": version(pledges), "answer_by": answer_by,
                "archive": archive}
    commune, day = data.commune.name, data.reference_date
    printed = []
    with tempfile.TemporaryDirectory() as work:
        site = Path(work) / "imprimer"
        with contextlib.redirect_stdout(io.StringIO()):  # « Site construit… » would puzzle
            built = build(settings_file, site, data, online=online,
                          extra={"PRINT": printing, "PAGE_PATHS": []})
        if built:  # its problems are printed
            return None
        for kind in kinds:
            target = dist / f"{name}-{kind}.pdf"
            problem = chromium_pdf(site / "imprimer" / f"{kind}.html", target)
            if problem:
                print(f"{kind} : {problem}", file=sys.stderr)
                return None
            subject = T[f"print_subject_{kind}"].format(at_commune=at(commune), date=date_fr(day))
            if archive:
                subject = T["print_archive"].format(date=date_fr(day)) + " — " + subject
            stamp(target, T[TITLES[kind]].format(commune=commune), subject, day)
            print(f"{kind.capitalize()} : {shown(target)} ({count(pages(target), 'page')}, "
                  f"{round(target.stat().st_size / 1024)} ko)")
            printed.append(target)
    return printed


def pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)
