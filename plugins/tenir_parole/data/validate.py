"""Run pydantic on a loaded document and translate its errors into French, with lines."""

from __future__ import annotations

import types
import typing

from pydantic import BaseModel, ValidationError

from tenir_parole.data.errors import DataError
from tenir_parole.data.loader import Document

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


def allowed_keys(model: type[BaseModel] | None) -> str:
    if model is None:
        return ""
    return ", ".join(f.alias or name for name, f in model.model_fields.items())


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
        keys = allowed_keys(model_at(model, loc[:-1]))
        return loc, f"champ « {loc[-1]} » inconnu — champs permis : {keys}"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        if not loc:
            return loc, ("le fichier doit contenir des champs « nom: valeur », un par ligne "
                         f"(champs attendus : {allowed_keys(model)})")
        return loc, (f"{where} doit contenir des champs « nom: valeur » indentés en dessous "
                     f"(champs attendus : {allowed_keys(model_at(model, loc))})")
    if kind == "list_type":
        return loc, f"{where} doit être une liste : un élément par ligne, commençant par « - »"
    if kind == "too_short":
        return loc, f"{where} ne doit pas être vide"
    if kind == "vocabulaire" or kind.startswith("insee"):
        return loc, error["msg"]
    if kind.startswith(("texte", "identifiant", "url", "date", "entier",
                        "pourcentage", "booleen")):
        return loc, f"{where} : {error['msg']}"
    return loc, f"{where} : valeur invalide ({error['msg']})"


def validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[DataError]]:
    """Validate ``doc`` against ``model``; return the object or the translated errors."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as e:
        problems = []
        for error in e.errors(include_url=False):
            path, message = translate(error, model)
            problems.append(DataError(doc.file, doc.line(path), message))
        return None, problems
