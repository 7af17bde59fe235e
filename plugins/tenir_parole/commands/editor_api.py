"""The form editor's backend: Decap CMS's local-backend protocol (what `decap-server` 3.11
answers on `POST /api/v1`), for the editors' files only, with `make check` before any write.

Decap sends `{"action": …, "params": {…}}`; a success is the action's JSON, a refusal an HTTP
error with `{"error": "<message en français>"}`, which Decap shows in its red notice (the
form keeps the edits). Only the five kinds of data files can be read or written:
`<pledges>/{commune,mesures,suivi,corrections}.yaml` and `<pledges>/listes/<identifiant>.yaml`,
each resolved inside the data folder (a link out of it is neither read nor written). A save is
checked by laying the new file over a copy of the data folder and running `make check`'s own
code on the copy: refused with the same French lines, nothing written; accepted, the file is
replaced at once (written beside it, then renamed).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Mapping
from pathlib import Path

from tenir_parole.build import verify
from tenir_parole.core.fields import SLUG_RE, reserved
from tenir_parole.core.folder import OPTIONAL, REQUIRED, inside
from tenir_parole.core.reading import MAX_BYTES
from tenir_parole.texts.french import count

#: The prefix of every path in the editor's configuration (core.form), whatever the folder.
PREFIX = "pledges/"
LISTS = "listes"
LIST_FILE = re.compile(SLUG_RE.removesuffix("$") + r"\.yaml$")
UNDELETABLE = ("Supprimer un fichier n'est pas possible depuis le formulaire : retirez-le de "
               "pledges/ avec votre éditeur de texte ou git.")
NO_MEDIA = "Les images et fichiers joints ne sont pas pris en charge : donnez une adresse web."
REFUSED = "Non enregistré, rien n'a été écrit : corrigez d'abord ceci."


class Refused(Exception):
    """A request answered HTTP 422 `{"error", "summary", "problems"}`: ``error`` is what
    Decap's notice shows (one line), ``problems`` every line, for the banner."""

    def __init__(self, summary: str, problems: list[str] | None = None):
        self.summary = summary
        self.problems = list(problems or [])
        first = f" {self.problems[0]}" if self.problems else ""
        rest = len(self.problems) - 1
        more = (f" (et {count(rest, 'autre problème', 'autres problèmes')}, listés en bas de "
                "la page)") if rest > 0 else ""
        super().__init__(summary + first + more)

    def payload(self) -> dict:
        return {"error": str(self), "summary": self.summary, "problems": self.problems}


def editable(rel: str) -> str | None:
    """The path inside the data folder that a configuration path names, if the form may
    touch it."""
    rel = rel.replace("\\", "/").lstrip("/")
    if not rel.startswith(PREFIX):
        return None
    rest = rel.removeprefix(PREFIX)
    if rest in REQUIRED + OPTIONAL:
        return rest
    folder, _, name = rest.partition("/")
    if folder == LISTS and LIST_FILE.fullmatch(name) and not reserved(name[:-5]):
        return rest
    return None


def write_atomic(path: Path, text: str) -> None:
    """``path`` replaced whole or not at all, even if the computer stops mid-write."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Backend:
    """The actions Decap sends, over one data folder."""

    def __init__(self, pledges: Path, settings: Mapping, saved: Callable[[], None] = lambda: None):
        self.pledges = pledges
        self.settings = settings
        self.saved = saved
        self._writing = threading.Lock()

    def handle(self, body: object) -> object:
        if not isinstance(body, dict) or not isinstance(body.get("params", {}), dict):
            raise Refused("Requête illisible.")
        method = getattr(self, f"do_{body.get('action')}", None)
        if method is None:
            raise Refused(f"Action inconnue : {body.get('action')}")
        return method(body.get("params") or {})

    # Where things are
    def path(self, rel: object) -> Path | None:
        rest = editable(rel) if isinstance(rel, str) else None
        if rest is None:
            return None
        path = self.pledges / rest
        return path if inside(path.parent, self.pledges) else None

    def entry(self, rel: str, label: object = None) -> dict:
        """A file as decap-server gives it: `{data, file: {path, label, id}}`, data null when
        it cannot be read (absent, a link out, too big, not UTF-8)."""
        path = self.path(rel)
        raw = None
        if path is not None and path.is_file() and inside(path, self.pledges):
            try:
                raw = path.read_bytes()[:MAX_BYTES + 1]
                text = raw.decode("utf-8") if len(raw) <= MAX_BYTES else None
            except (OSError, UnicodeDecodeError):
                text = None
            if text is not None:
                return {"data": text, "file": {"path": rel, "label": label,
                                               "id": hashlib.sha256(raw).hexdigest()}}
        return {"data": None, "file": {"path": rel, "label": label, "id": None}}

    # Reading
    def do_info(self, params: dict) -> dict:
        return {"repo": self.pledges.resolve().parent.name, "publish_modes": ["simple"],
                "type": "local_fs"}

    def do_entriesByFolder(self, params: dict) -> list:
        if params.get("folder") != PREFIX + LISTS:
            return []
        folder = self.pledges / LISTS
        names = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
        entries = [self.entry(f"{PREFIX}{LISTS}/{name}") for name in names
                   if editable(f"{PREFIX}{LISTS}/{name}")]
        return [e for e in entries if e["data"] is not None]

    def do_entriesByFiles(self, params: dict) -> list:
        files = params.get("files") or []
        return [self.entry(f.get("path"), f.get("label")) for f in files if isinstance(f, dict)]

    def do_getEntry(self, params: dict) -> dict:
        return self.entry(params.get("path"))

    def do_getMedia(self, params: dict) -> list:
        return []

    def do_getDeployPreview(self, params: dict) -> None:
        return None

    def do_unpublishedEntries(self, params: dict) -> list:
        return []

    # Writing
    def do_persistEntry(self, params: dict) -> dict:
        if params.get("assets"):
            raise Refused(NO_MEDIA)
        files = params.get("dataFiles") or ([params["entry"]] if params.get("entry") else [])
        changes: dict[Path, str] = {}
        for file in files:
            path = self.path(file.get("path")) if isinstance(file, dict) else None
            if path is None or not isinstance(file.get("raw"), str):
                named = file.get("path") if isinstance(file, dict) else None
                raise Refused("Fichier que le formulaire ne peut pas écrire : "
                              f"{named if isinstance(named, str) else 'chemin absent'}")
            if file.get("newPath"):
                raise Refused("Renommer un fichier n'est pas possible depuis le formulaire.")
            if (params.get("options") or {}).get("newEntry") and path.exists():
                raise Refused(f"{file['path']} existe déjà : choisissez un autre nom.")
            changes[path] = file["raw"]
        if not changes:
            raise Refused("Rien à enregistrer.")
        with self._writing:
            problems = self.problems(changes)
            if problems:
                raise Refused(REFUSED, problems)
            for path, text in changes.items():
                write_atomic(path, text)
        self.saved()
        return {"message": "entry persisted"}

    def do_persistMedia(self, params: dict) -> None:
        raise Refused(NO_MEDIA)

    def do_deleteFiles(self, params: dict) -> None:
        raise Refused(UNDELETABLE)

    do_deleteFile = do_deleteFiles

    def problems(self, changes: dict[Path, str]) -> list[str]:
        """What `make check` would say of the data folder with ``changes`` in it (nothing
        when it passes)."""
        with tempfile.TemporaryDirectory(prefix="tenir-parole-formulaire-") as tmp:
            copy = Path(tmp) / self.pledges.resolve().name  # messages name it as make check
            shutil.copytree(self.pledges, copy, symlinks=True)
            for path, text in changes.items():
                target = copy / path.relative_to(self.pledges)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.unlink(missing_ok=True)  # a link is replaced, never written through
                target.write_text(text, encoding="utf-8", newline="\n")
            data, lines = verify.load(copy, self.settings)
        if data is not None:
            return []
        return [line for line in lines if not line.startswith("Note :")
                and not re.fullmatch(r"[0-9]+ erreurs? à corriger\.", line)]
