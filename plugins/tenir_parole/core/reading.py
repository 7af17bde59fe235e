"""The bytes of an editor's file, before any parsing: a regular file, within the size cap,
decoded from UTF-8; each refusal a French DataError naming the file (and the line of a bad
byte)."""

from __future__ import annotations

import os
import re
import stat

from tenir_parole.core.errors import DataError

#: The largest file an editor's data may be, in bytes (the README and the guide say so):
#: the example's largest is 8 kB, and a page's whole budget is 14 kB compressed. Nothing
#: larger is read into memory.
MAX_BYTES = 1_048_576
FOLDER = "dossier à la place d'un fichier : mettez ici un fichier .yaml, ou retirez ce dossier"


def read_limited(path, file: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path`` (shown as ``file``); a DataError, before reading,
    for a device, a pipe or a folder, or a file larger than ``limit``."""
    try:  # non-blocking: opening a named pipe for reading would wait for a writer
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:  # where a folder cannot even be opened
        raise DataError(file, 0, FOLDER) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):  # Linux opens a folder: it is refused here
            raise DataError(file, 0, FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise DataError(file, 0, "ce n'est pas un fichier ordinaire (périphérique, tube…) : "
                            "mettez ici un fichier enregistré par votre éditeur")
        if info.st_size > limit:
            raise DataError(file, 0, too_big(info.st_size, limit))
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(raw) > limit:  # it grew since
        raise DataError(file, 0, too_big(len(raw), limit))
    return raw


def too_big(size: int, limit: int) -> str:
    def megabytes(n: int) -> str:
        return f"{n / 1_048_576:.1f}".replace(".", ",").removesuffix(",0")

    return (f"fichier trop gros ({megabytes(size)} Mo ; {megabytes(limit)} Mo au plus) : un "
            "fichier de données ou une page fait quelques kilo-octets — vérifiez que c'est le "
            "bon fichier, ou répartissez son contenu")


def decode_utf8(raw: bytes, file: str) -> str:
    """Decode ``raw`` as UTF-8 or raise a DataError naming the line of the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise DataError(file, line, "caractère invalide : le fichier doit être enregistré en "
                        "UTF-8 (vérifiez l'encodage dans votre éditeur)") from None
    return text.removeprefix("\ufeff")


#: What git leaves in a file when a merge could not choose between two versions.
_CONFLICT = re.compile(r"^(<<<<<<<|=======|>>>>>>>)(?: |$)", re.M)


def refuse_conflicts(text: str, file: str) -> None:
    """A DataError at the first line git marked in a merge it could not finish."""
    found = _CONFLICT.search(text)
    if found:
        line = text.count("\n", 0, found.start()) + 1
        raise DataError(file, line, f"conflit git non résolu (marque « {found.group(1)} ») : "
                        "entre « <<<<<<< » et « >>>>>>> », deux versions du même passage ; "
                        "gardez la bonne, supprimez les lignes de marques (<<<<<<<, =======, "
                        ">>>>>>>), puis enregistrez")
