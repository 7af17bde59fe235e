"""Run pydantic on a loaded document and translate its errors into French, with lines."""

from __future__ import annotations

import types
import typing

from pydantic import BaseModel, ValidationError

from tenir_parole.core.errors import DataError
from tenir_parole.core.fields import FreeText
from tenir_parole.core.loader import Document
from tenir_parole.texts.french import closest, known

Loc = tuple[str | int, ...]


def _inner_model(annotation: object) -> type[BaseModel] | None:
    """The model inside ``X | None`` or ``list[X]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found:
                return found
    return None


def model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model that holds the fields at ``loc`` (ints are list indexes)."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        fields = {f.alias or name: f for name, f in current.model_fields.items()}
        if part not in fields:
            return None
        current = _inner_model(fields[part].annotation)
    return current


def keys_of(model: type[BaseModel] | None) -> list[str]:
    if model is None:
        return []
    return [f.alias or name for name, f in model.model_fields.items()]


def allowed_keys(model: type[BaseModel] | None) -> str:
    return ", ".join(keys_of(model))


def _marked(annotation: object, marker: type) -> bool:
    """True when ``annotation`` (or what it wraps: X | None, Annotated[X, …]) has ``marker``."""
    if any(isinstance(m, marker) for m in getattr(annotation, "__metadata__", ())):
        return True
    return any(_marked(arg, marker) for arg in typing.get_args(annotation))


def free_text(model: type[BaseModel], loc: Loc) -> bool:
    """True when the value at ``loc`` is free text (a name, a quote, a summary)."""
    if not loc or not isinstance(loc[-1], str):
        return False
    holder = model_at(model, loc[:-1])
    fields = {f.alias or name: f for name, f in holder.model_fields.items()} if holder else {}
    field = fields.get(loc[-1])
    return field is not None and (any(isinstance(m, FreeText) for m in field.metadata)
                                  or _marked(field.annotation, FreeText))


#: Characters a word processor leaves in copied text, invisible in most editors.
INVISIBLE = {"\u00a0": "espace insécable", "\u202f": "espace fine insécable",
             "\u200b": "espace de largeur nulle", "\ufeff": "marque d'ordre des octets",
             "\u2060": "gluon", "\u00ad": "trait d'union conditionnel"}


def _invisible(key: str) -> str:
    found = [name for char, name in INVISIBLE.items() if char in key]
    if not found:
        return ""
    return (f" (le nom contient un caractère invisible, {found[0]}, sans doute copié d'un "
            "traitement de texte : retapez-le)")


def _where(loc: Loc) -> str:
    keys = [p for p in loc if isinstance(p, str)]
    return f"« {keys[-1]} »" if keys else "le fichier"


def translate(error: dict, model: type[BaseModel]) -> tuple[Loc, str]:
    """French message for one pydantic error, and the path whose line it concerns."""
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    where = _where(loc)
    if kind == "missing":
        return loc[:-1], f"champ « {loc[-1]} » manquant"
    if kind == "extra_forbidden":
        keys = keys_of(model_at(model, loc[:-1]))
        return loc, (f"champ « {loc[-1]} » inconnu{_invisible(str(loc[-1]))}"
                     + known(loc[-1], keys, "champs permis"))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if not loc:
            return loc, ("le fichier doit contenir des champs « nom: valeur », un par ligne "
                         f"(champs attendus : {allowed_keys(model)})")
        return loc, (f"{where} doit contenir des champs « nom: valeur » indentés en dessous "
                     f"(champs attendus : {allowed_keys(model_at(model, loc))})")
    if kind == "list_type":
        return loc, f"{where} doit être une liste : un élément par ligne, commençant par « - »"
    if kind == "too_long":
        context = error.get("ctx") or {}
        return loc, (f"{where} : trop d'éléments ({context.get('actual_length', '?')}, "
                     f"{context.get('max_length', '?')} au plus)")
    if kind == "too_short":
        return loc, f"{where} ne doit pas être vide"
    if kind == "vocabulaire" or kind.startswith("insee"):
        return loc, error["msg"]
    if kind.startswith(("texte", "identifiant", "url", "courriel", "chiffres", "date", "entier",
                        "pourcentage", "booleen")):
        return loc, f"{where} : {error['msg']}"
    return loc, f"{where} : valeur invalide ({error['msg']})"


def _typos(errors: list[dict]) -> dict[Loc, str]:
    """Unknown keys that are a typo of a missing one, e.g. « résumé » for « resume »: the
    missing key is then said once, at the typo."""
    missing: dict[Loc, list[str]] = {}
    for error in errors:
        if error["type"] == "missing":
            missing.setdefault(tuple(error["loc"][:-1]), []).append(str(error["loc"][-1]))
    typos = {}
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            guess = closest(loc[-1], missing.get(loc[:-1], []))
            if guess:
                missing[loc[:-1]].remove(guess)
                typos[loc] = guess
    return typos


def _cut_texts(doc: Document, model: type[BaseModel]) -> list[DataError]:
    """Free text followed by « # »: YAML drops the rest of the line as a comment."""
    problems = []
    for loc, comment in sorted(doc.comments.items(), key=lambda item: doc.line(item[0])):
        if free_text(model, loc):
            value = f"{_value(doc.data, loc)} {comment}".replace("\\", "\\\\")
            value = value.replace('"', '\\"')
            problems.append(DataError(*doc.where(loc), (
                f"« {loc[-1]} » : le texte s'arrête avant « {comment} », que YAML lit comme un "
                f"commentaire — mettez tout le texte entre guillemets : {loc[-1]}: \"{value}\"")))
    return problems


def _value(data: object, loc: Loc) -> object:
    for part in loc:
        data = data[part]  # type: ignore[index]
    return data


def misplaced(doc: Document, path: Loc, key: str) -> tuple[str, str] | None:
    """When ``key``, missing from the group at ``path``, sits one level deeper, under one of
    the group's fields (a « date: » indented under « source: »): that field, and the message
    to say at the key's own line."""
    try:
        group = _value(doc.data, path)
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(group, dict):
        return None
    for child, inner in group.items():
        if isinstance(inner, dict) and key in inner:
            def at_a_dash(name: str) -> bool:  # a list item's first key sits after « - »
                return doc.source[doc.line((*path, name)) - 1].lstrip().startswith("-")

            sibling = next((k for k in group if k != child and not at_a_dash(k)), child)
            return child, (f"« {key} » est rangé sous « {child} » ; alignez-le sur "
                           f"« {sibling} » (il manque à ce niveau)")
    return None


def validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[DataError]]:
    """Validate ``doc`` against ``model``; return the object or the translated errors."""
    problems = _cut_texts(doc, model)
    try:
        obj = model.model_validate(doc.data)
    except ValidationError as e:
        errors = e.errors(include_url=False)
        typos = _typos(errors)
        said = {(loc[:-1], guess) for loc, guess in typos.items()}
        moved = {loc: place for error in errors if error["type"] == "missing"
                 and (place := misplaced(doc, (loc := tuple(error["loc"]))[:-1], str(loc[-1])))}
        # The key found one level too deep is unknown there too: the same mistake, said once.
        deeper = {(*loc[:-1], child, loc[-1]) for loc, (child, _) in moved.items()}
        for error in errors:
            loc = tuple(error["loc"])
            if error["type"] == "missing" and (loc[:-1], str(loc[-1])) in said or loc in deeper:
                continue  # said at its typo, or where the key is
            if loc in moved:
                child, message = moved[loc]
                problems.append(DataError(*doc.where((*loc[:-1], child, loc[-1])), message))
                continue
            if loc in typos:
                path, message = loc, (f"champ « {loc[-1]} » inconnu{_invisible(str(loc[-1]))} — "
                                      f"vouliez-vous dire « {typos[loc]} » ? (champ obligatoire, "
                                      "absent d'ici)")
            else:
                path, message = translate(error, model)
            problems.append(DataError(*doc.where(path), message))
        return None, problems
    return (None, problems) if problems else (obj, [])
