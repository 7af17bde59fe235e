"""What lies in a pledges/ folder: the files expected, editors' leftovers skipped with a note,
list files well named, each file loaded and validated into a Collector that gathers every
error before anything is raised."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

from tenir_parole.core.errors import DataError, InternalError
from tenir_parole.core.fields import SLUG_RE, reserved
from tenir_parole.core.loader import Commented, Document, load_file
from tenir_parole.core.model import MAX_LISTS
from tenir_parole.core.validate import validate
from tenir_parole.texts.french import slugified

REQUIRED = ("commune.yaml", "mesures.yaml")
OPTIONAL = ("suivi.yaml", "corrections.yaml")


#: Files editors' tools leave behind (backups, locks, folder settings): skipped with a note.
LEFTOVERS = ("*~", ".#*", "#*#", "*.swp", "*.swo", "*.bak", "*.orig", ".DS_Store", "Thumbs.db",
             "desktop.ini")


def leftover(name: str) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in LEFTOVERS)


def inside(path: Path, root: Path) -> bool:
    """True when ``path``, its links followed, is a file of ``root``'s own tree: a link that
    leads out of it (to /proc/self/environ, a home folder…) is never read."""
    return Path(path).resolve().is_relative_to(Path(root).resolve())


def outside(shown: str, root: str) -> DataError:
    return DataError(shown, 0, f"lien vers un fichier hors du dossier {root}/ : refusé, rien "
                     "n'en est lu — mettez ici le fichier lui-même, pas un lien")


def dangling(shown: str) -> DataError:
    """A link whose file was moved or deleted."""
    return DataError(shown, 0, "lien vers un fichier absent : mettez ici le fichier lui-même, "
                     "pas un lien")


class Collector:
    """Every file's document, and every error and note, gathered before anything is raised."""

    def __init__(self, root: Path):
        self.root = root
        self.errors: list[DataError] = []
        self.notes: list[str] = []
        self.documents: dict[str, Document] = {}
        #: The names list files would have, well named (« Avenir Commun.yaml »: avenir-commun):
        #: what names them elsewhere is explained by the file's own message.
        self.misnamed: set[str] = set()
        #: Optional files holding only their commented template (« pledges/suivi.yaml »).
        self.templates: list[str] = []

    def skip(self, path: Path) -> None:
        self.notes.append(f"Note : {self.rel(path)} ignoré (copie de sauvegarde ou fichier de "
                          "travail d'un éditeur)")

    def rel(self, path: Path) -> str:
        return str(Path(self.root.name) / path.relative_to(self.root))

    def read(self, path: Path) -> Document | DataError:
        """``path`` parsed (strict YAML, every line kept), or what is wrong with it."""
        if not inside(path, self.root):
            return outside(self.rel(path), self.root.name)
        if path.is_symlink() and not path.exists():
            return dangling(self.rel(path))
        try:
            return load_file(path, self.rel(path))
        except DataError as e:
            return e
        except Exception as e:  # a bug of ours: say which file, keep the cause for debugging
            raise InternalError(self.rel(path), e) from e

    def load(self, path: Path, model, read: Document | DataError | None = None):
        """(document, model) of ``path`` (``read`` already, or read now), or (None, None)."""
        doc = self.read(path) if read is None else read
        if isinstance(doc, DataError):
            self.errors.append(doc)
            return None, None
        try:
            obj, problems = validate(doc, model)
        except DataError as e:
            self.errors.append(e)
            return None, None
        except Exception as e:  # a bug of ours: say which file, keep the cause for debugging
            raise InternalError(self.rel(path), e) from e
        self.errors.extend(problems)
        self.documents[doc.file] = doc
        return doc, obj

    def load_part(self, path: Path, model, read: Document | DataError | None = None):
        """(document, model) for a file that exists and is valid, else None. An optional file
        that holds nothing but comments (make nouvelle-commune's template) is not there yet."""
        if read is None and not path.is_file() and not path.is_symlink():
            return None  # absent (a link to a file gone is refused by read)
        if read is None and path.name in OPTIONAL:
            read = self.read(path)
            if isinstance(read, Commented):
                self.templates.append(self.rel(path))
                return None
        doc, obj = self.load(path, model, read)
        return (doc, obj) if obj is not None else None


def unexpected_files(c: Collector) -> list[DataError]:
    root = c.root
    errors = []
    expected = set(REQUIRED) | set(OPTIONAL) | {"listes"}
    for path in sorted(root.iterdir()):
        if leftover(path.name):
            c.skip(path)
            continue
        if path.name.startswith(".") or path.name in expected:
            continue
        hint = ("renommez-le en .yaml" if path.suffix == ".yml" else
                f"fichiers attendus : {', '.join(REQUIRED + OPTIONAL)} et le dossier listes/")
        errors.append(DataError(str(Path(root.name) / path.name), 0, f"fichier inattendu — {hint}"))
    for name in REQUIRED:
        if not (root / name).is_file() and not (root / name).is_symlink():  # a link: read says
            errors.append(DataError(str(Path(root.name) / name), 0, "fichier manquant"))
    return errors


def list_files(c: Collector) -> list[Path]:
    """The list files worth loading (listes/*.yaml, well named); the others are reported."""
    folder = c.root / "listes"
    wanted = []
    for path in sorted(folder.glob("*")) if folder.is_dir() else []:
        if leftover(path.name):
            c.skip(path)
        elif path.suffix == ".yml":
            c.errors.append(DataError(c.rel(path), 0, "fichier inattendu — renommez-le en .yaml"))
            c.misnamed.add(path.stem)
        elif path.suffix != ".yaml" or not re.fullmatch(SLUG_RE, path.stem) or reserved(path.stem):
            slug = slugified(path.stem)
            fit = bool(slug) and not reserved(slug)
            c.errors.append(DataError(c.rel(path), 0, "nom de fichier invalide : minuscules sans "
                                      "accents, chiffres et tirets, terminé par .yaml, "
                                      "autre que index, suivi ou contenu (" + (
                                          f"renommez-le « {slug}.yaml »" if fit else
                                          "par exemple « avenir-commun.yaml »") + ")"))
            if fit:
                c.misnamed.add(slug)
        else:
            wanted.append(path)
    if not wanted:
        c.errors.append(DataError(c.rel(folder), 0, "aucune liste : ajoutez un fichier par "
                                  "liste candidate"))
    if len(wanted) > MAX_LISTS:
        c.errors.append(DataError(c.rel(folder), 0, f"{len(wanted)} fichiers de listes, "
                                  f"{MAX_LISTS} au plus : est-ce bien le dossier des listes "
                                  "candidates ?"))
        return []
    return wanted
