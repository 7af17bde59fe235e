"""Data errors shown to editors: French, with the file and line of the exact key."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: What a terminal would obey rather than show (ESC sequences, carriage returns) and the
#: invisible characters that reverse or isolate the direction of writing, so that a text reads
#: otherwise than it is stored: refused in texts (data.fields), shown as « \\u202e » in messages.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                          "\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` safe to print: each control or direction character written as its code."""
    return UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


@dataclass(frozen=True, order=True)
class DataError(Exception):
    """One problem in an editor's file. Sorts by file, then line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return visible(f"{self.file}, ligne {self.line} : {self.message}")
        return visible(f"{self.file} : {self.message}")


class InternalError(Exception):
    """A bug in Tenir parole (not in the data): still names the file being read."""

    def __init__(self, file: str, cause: BaseException):
        super().__init__(f"{file} : erreur interne de Tenir parole en lisant ce fichier "
                         f"({type(cause).__name__}: {cause}) — signalez-la avec ce fichier")
        self.file = file


class DataErrors(Exception):
    """Every problem found in one run, sorted by file and line."""

    def __init__(self, errors: list[DataError], notes: list[str] | tuple[str, ...] = ()):
        self.errors = sorted(set(errors))
        self.notes = tuple(notes)
        super().__init__("\n".join(map(str, self.errors)))
