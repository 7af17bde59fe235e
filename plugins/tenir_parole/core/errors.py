"""Data errors shown to editors: French, with the file and line of the exact key."""

from __future__ import annotations

from dataclasses import dataclass

from tenir_parole.texts.printable import printable_lines


@dataclass(frozen=True, order=True)
class DataError(Exception):
    """One problem in an editor's file. Sorts by file, then line."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return printable_lines(f"{self.file}, ligne {self.line} : {self.message}")
        return printable_lines(f"{self.file} : {self.message}")


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
