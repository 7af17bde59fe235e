"""What a YAML syntax error means to an editor: PyYAML's own wording matched to a French hint,
and the usual mistakes (a quote left open, an apostrophe in single quotes, typographic quotes,
a « : » in unquoted text, a « : » with no space after it) named at the line where they were
made."""

from __future__ import annotations

import re

import yaml

_SCANNER_HINTS = [  # PyYAML's own wording (the reference parser gives every error)
    ("found character '\\t'", "tabulation interdite : indentez avec des espaces"),
    ("mapping values are not allowed", "deux-points inattendu : mettez le texte entre guillemets "
     "ou vérifiez l'indentation"),
    ("could not find expected ':'", "« : » attendu après le nom du champ (ou indentation "
     "décalée, ou guillemet ouvert plus haut et jamais refermé)"),
    ("but found '-'", "élément de liste mal aligné : chaque « - » d'une même liste au même "
     "niveau, sous le champ qui l'annonce"),
    ("but found '<block sequence start>'", "élément de liste mal aligné : chaque « - » d'une "
     "même liste au même niveau, sous le champ qui l'annonce"),
    ("expected <block end>", "indentation incohérente : alignez ce champ sur ses voisins "
     "(ou cherchez plus haut un guillemet jamais refermé)"),
    ("found undefined alias", "les alias YAML (*nom) ne sont pas acceptés : recopiez le texte"),
    ("found character '@'", "« @ » ou « ` » ne peut pas commencer une valeur : mettez-la entre "
     "guillemets"),
    ("found character '`'", "« @ » ou « ` » ne peut pas commencer une valeur : mettez-la entre "
     "guillemets"),
    ("expected ',' or ']'", "crochet « [ » non refermé"),
    ("expected ',' or '}'", "accolade « { » non refermée"),
    ("found unknown escape character", "caractère d'échappement inconnu entre guillemets "
     "doubles : utilisez des guillemets simples"),
]


_SINGLE_QUOTED_APOSTROPHE = re.compile(r"(^|[:\-]\s+)'[^']*\w'\w")
_TYPOGRAPHIC_QUOTE = re.compile(r"^\s*(?:-\s+)?[^\s:#][^:#]*:\s+[“”„«»‘’‹›]")
#: « nom:"Liste" », a field name whose « : » is not followed by a space (« https:// » aside).
_NO_SPACE = re.compile(r"^\s*(?:-\s+)?([a-z_]+):(?=[^\s/])(.*)$")
_UNQUOTED_COLON = re.compile(r"^(\s*(?:-\s+)?)([^\s:#\"'][^:#]*):\s+([^\"'|>\s].*?:\s.*)$")


def trap(error: yaml.MarkedYAMLError, lines: list[str]) -> tuple[int, str] | None:
    """A mistake editors make, named, at the line where they made it."""
    context = error.context or ""
    if context.startswith("while scanning a quoted scalar") and error.context_mark:
        line = error.context_mark.line
        return line + 1, ("guillemet ouvert sur cette ligne et jamais refermé : ajoutez-le à la "
                          "fin du texte")
    mark = error.problem_mark or error.context_mark
    if mark is None or mark.line >= len(lines):
        return None
    cause = _spaceless_line(error, mark.line)
    found = _NO_SPACE.match(lines[cause]) if 0 <= cause < len(lines) else None
    if found:
        key, value = found.groups()
        return cause + 1, (f"espace manquant après « {key}: » : écrivez "
                           f"« {key}: {value.strip()} »")
    for line in (mark.line, mark.line - 1):
        if line >= 0 and _SINGLE_QUOTED_APOSTROPHE.search(lines[line]):
            return line + 1, ("apostrophe dans un texte entre guillemets simples : doublez-la "
                              "(l''équipe) ou mettez le texte entre guillemets doubles "
                              "(\"… l'équipe\")")
    text = lines[mark.line]
    if "mapping values are not allowed" in (error.problem or ""):
        if _TYPOGRAPHIC_QUOTE.search(text):
            return mark.line + 1, ("guillemets typographiques (« “ » ou « « ») : YAML ne les "
                                   "reconnaît pas — entourez le texte de guillemets droits "
                                   "\"…\" (copié d'un traitement de texte ?)")
        found = _UNQUOTED_COLON.match(text)
        if found:
            indent, key, value = found.groups()
            quoted = value.replace("\\", "\\\\").replace('"', '\\"')
            return mark.line + 1, (f"« : » dans un texte sans guillemets : mettez tout le "
                                   f"texte entre guillemets — {key}: \"{quoted}\"")
    if "expected <block end>" in (error.problem or "") and _dashless(lines, mark.line):
        return mark.line + 1, ("élément de liste sans « - » : commencez la ligne par « - », "
                               "comme les éléments au-dessus")
    return None


def _spaceless_line(error: yaml.MarkedYAMLError, shown: int) -> int:
    """Where a « : » without its space would be (-1: not this kind of error): « nom:"x" »
    reads as a key still waiting for its « : », found missing at the line below; « - mesure:x »
    as a text, so the field under it (``shown``) has a « : » out of place."""
    problem = error.problem or ""
    if "could not find expected ':'" in problem and error.context_mark:
        return error.context_mark.line
    return shown - 1 if "mapping values are not allowed" in problem else -1


def _dashless(lines: list[str], number: int) -> bool:
    """True when line ``number`` starts where the « - » of the list above it stand: a new
    item whose dash was forgotten."""
    text = lines[number]
    column = len(text) - len(text.lstrip(" "))
    for above in reversed(lines[:number]):
        indent = len(above) - len(above.lstrip(" "))
        if above.strip() and indent <= column:
            return indent == column and above.lstrip().startswith("- ")
    return False


def scanner_message(error: yaml.MarkedYAMLError) -> str:
    text = f"{error.context or ''} {error.problem or ''}"
    for needle, french in _SCANNER_HINTS:
        if needle in text:
            return f"syntaxe YAML invalide — {french}"
    return "syntaxe YAML invalide — vérifiez l'indentation, les « : » et les guillemets"


def stray_quote(text: str, before: int) -> tuple[int, int] | None:
    """(opening line, closing line) of the last quoted text that runs over several lines and
    opens before line ``before`` (numbers from 1): editors close a quote on the line they open
    it, so a syntax error after one is most likely that quote left open."""
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            start, end = token.start_mark.line + 1, token.end_mark.line + 1
            if start >= before:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"') and end > start:
                found = (start, end)
    except yaml.YAMLError:
        pass
    return found
