"""Strict YAML loading for editors' files.

PyYAML is used only to scan and compose nodes; values are built here so that:
- input must be UTF-8 (the line of a bad byte is reported);
- nothing is coerced the YAML 1.1 way (``NO``, ``on``, ``01234``, ``12:30``, dates stay text);
- duplicate keys, anchors, aliases and explicit tags are refused;
- every key and list item keeps its line, so later errors can point at it.

Plain scalars follow the YAML 1.2 core schema, like the editors' tools (and check-jsonschema):
null and true/false forms become None and booleans; numbers become :class:`PlainNumber`, a str
that remembers it was written as a number, so the model can say « write it between quotes ».

Speed: libyaml (PyYAML's C binding) produces the events when it is available, four times
faster; our strict composer runs on them either way. A file libyaml refuses is parsed again by
PyYAML's own reader and scanner, whose messages and marks the French hints are written for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml
import yaml.reader
from yaml.composer import Composer
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from tenir_parole.core.errors import DataError
from tenir_parole.core.reading import decode_utf8, read_limited, refuse_conflicts
from tenir_parole.core.yaml_hints import scanner_message, stray_quote, trap

Path = tuple[str | int, ...]

_NULL = {"", "~", "null", "Null", "NULL"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NUMBER = re.compile(
    r"""[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+
      | [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
      | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)""",
    re.VERBOSE,
)


class PlainNumber(str):
    """A plain scalar that reads as a number in YAML 1.2; keeps the editor's exact text."""


class Commented(DataError):
    """A file holding comments only: for an optional file, its template not yet filled in."""


@dataclass
class Document:
    """One loaded file: its data and the line of every key and list item."""

    file: str
    data: object
    lines: dict[Path, int] = field(default_factory=dict)
    #: The comment that follows a plain (unquoted) value on its line, by the value's path:
    #: « description: Délibération #41 » leaves « Délibération » and the comment « #41 ».
    comments: dict[Path, str] = field(default_factory=dict)
    source: list[str] = field(default_factory=list, repr=False)

    def line(self, path: Path) -> int:
        """Line of ``path``, or of its nearest recorded ancestor."""
        path = tuple(path)
        while path and path not in self.lines:
            path = path[:-1]
        return self.lines.get(path, 1)

    def where(self, path: Path) -> tuple[str, int]:
        """The file and line a message about ``path`` names."""
        return self.file, self.line(path)

    def at(self, path: Path) -> str:
        """Where ``path`` is, said inside a message about another place of the same file
        (« numéro 1 déjà utilisé (ligne 4) »)."""
        return f"ligne {self.line(path)}"


class _Refused(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _StrictComposer(Composer):
    """Composer that refuses aliases, anchors and explicit tags."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            raise _Refused(line, "les alias YAML (*nom) ne sont pas acceptés : recopiez le texte")
        if getattr(event, "anchor", None):
            raise _Refused(line, "les ancres YAML (&nom) ne sont pas acceptées : recopiez le texte")
        tag = getattr(event, "tag", None)
        if tag not in (None, "!"):
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            raise _Refused(line, f"les étiquettes YAML ({shown}) ne sont pas acceptées : "
                           "retirez-les")
        return super().compose_node(parent, index)


class _NodeLoader(Reader, Scanner, Parser, _StrictComposer, BaseResolver):
    """The reference parser (pure Python): precise messages and marks."""

    def __init__(self, stream: str):
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseResolver.__init__(self)


if yaml.__with_libyaml__:
    from yaml.cyaml import CParser

    class _FastLoader(_StrictComposer, CParser, BaseResolver):
        """libyaml's events under our strict composer."""

        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            Composer.__init__(self)
            BaseResolver.__init__(self)

else:  # pragma: no cover — PyYAML built without libyaml
    _FastLoader = None

#: What libyaml lets through and PyYAML (with our rules) refuses: tabs, a byte-order mark
#: inside the text (pasted from a word processor), « |# » or « >- # » block headers.
_LENIENT = re.compile(r"\t|\ufeff|[|>][-+0-9]*#")


def _fast(text: str) -> Node | None:
    """The node tree from libyaml, or None when PyYAML's own parser must tell."""
    if _FastLoader is None or _LENIENT.search(text):
        return None
    try:
        node = _compose(_FastLoader, text)
    except (yaml.YAMLError, _Refused):
        return None
    return node if isinstance(node, MappingNode) else None  # every file is a mapping


def _compose(loader_class, text: str) -> Node | None:
    loader = loader_class(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _plain(value: str) -> object:
    if value in _NULL:
        return None
    if value in _BOOL:
        return _BOOL[value]
    if _NUMBER.fullmatch(value):
        return PlainNumber(value)
    return value


_TRAILING_COMMENT = re.compile(r"\s+(#.*?)\s*$")


def _build(node: Node, path: Path, doc: Document) -> object:
    doc.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, ScalarNode):
        if node.style:
            return node.value
        end = node.end_mark  # plain: style None, or "" from libyaml
        if node.value and end.line < len(doc.source):
            comment = _TRAILING_COMMENT.match(doc.source[end.line], end.column)
            if comment:
                doc.comments[path] = comment.group(1)
        return _plain(node.value)
    if isinstance(node, SequenceNode):
        return [_build(item, (*path, i), doc) for i, item in enumerate(node.value)]
    assert isinstance(node, MappingNode)
    result: dict[str, object] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, ScalarNode):
            raise _Refused(line, "nom de champ invalide : un nom simple est attendu avant « : »")
        key = key_node.value
        if key in result:
            first = doc.lines[(*path, key)]
            raise _Refused(line, f"champ « {key} » en double (déjà présent ligne {first}) : "
                           "gardez-en un seul")
        doc.lines[(*path, key)] = line
        result[key] = _build(value_node, (*path, key), doc)
    return result


def load_text(text: str, file: str) -> Document:
    """Parse YAML ``text`` strictly; raise DataError on any problem."""
    doc = Document(file, None)
    refuse_conflicts(text, file)
    try:
        # The reference parser says what is wrong, and where.
        node = _fast(text) or _compose(_NodeLoader, text)
    except _Refused as e:
        raise DataError(file, e.line, e.message) from None
    except yaml.MarkedYAMLError as e:
        found = trap(e, text.splitlines())
        if found:
            raise DataError(file, found[0], f"syntaxe YAML invalide — {found[1]}") from None
        # An unclosed bracket is best shown where it was opened.
        opened = "flow" in (e.context or "") and e.context_mark is not None
        mark = e.context_mark if opened else (e.problem_mark or e.context_mark)
        line = mark.line + 1 if mark else 1
        quote = None if opened else stray_quote(text, line)
        if quote:
            raise DataError(file, quote[0], f"syntaxe YAML invalide — guillemet ouvert sur cette "
                            f"ligne et refermé seulement ligne {quote[1]} : ajoutez-le à la fin "
                            f"du texte de cette ligne (l'erreur se montre ligne {line})") from None
        raise DataError(file, line, scanner_message(e)) from None
    except RecursionError:
        raise DataError(file, 1, "imbrication trop profonde : simplifiez la structure") from None
    except yaml.reader.ReaderError as e:  # control characters and the like
        line = text[: e.position].count("\n") + 1
        raise DataError(file, line, f"caractère non autorisé (code {e.character:#x}) : "
                        "supprimez-le") from None
    if node is None:
        if any(line.lstrip().startswith("#") for line in text.splitlines()):
            raise Commented(file, 1, "rien que des commentaires : retirez les « # » des lignes "
                            "du modèle que vous remplissez")
        raise DataError(file, 1, "fichier vide : voir le modèle dans le guide de l'éditeur")
    doc.source = text.splitlines()
    try:
        doc.data = _build(node, (), doc)
    except _Refused as e:
        raise DataError(file, e.line, e.message) from None
    except RecursionError:
        raise DataError(file, 1, "imbrication trop profonde : simplifiez la structure") from None
    return doc


def load_file(path, file: str) -> Document:
    """Read ``path`` (shown to editors as ``file``) and parse it strictly."""
    return load_text(decode_utf8(read_limited(path, file), file), file)
