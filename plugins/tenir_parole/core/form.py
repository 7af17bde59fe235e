"""The form editor's configuration (Decap CMS, `config.yml`), made from the model: one
collection per file kind, one field per model field, in the model's order.

What the model says becomes what the form enforces: a closed vocabulary is a select with the
site's French words, a reference to a measure, a list or a sub-measure is chosen among those
that exist (a relation), a date is a date picker writing AAAA-MM-JJ, a required field is
required. `make schemas` writes the result (editeur/); a test fails when it drifts.
"""

from __future__ import annotations

import types
import typing
from typing import Annotated

import yaml
from pydantic import BaseModel, WithJsonSchema
from pydantic.fields import FieldInfo

from tenir_parole.core import fields as F
from tenir_parole.core import vocabulary as V
from tenir_parole.core.model import FILE_KINDS
from tenir_parole.texts import form as T
from tenir_parole.texts import labels as L

#: The site's words for each closed vocabulary, by its values.
WORDS = {V.POSITIONS: L.POSITION_LABELS, V.PROVENANCES: L.PROVENANCE_LABELS,
         V.STATUSES: L.STATUS_LABELS, V.REASONS: L.REASON_LABELS, V.PHASES: L.PHASE_LABELS,
         V.SOURCE_TYPES: L.SOURCE_TYPE_LABELS, V.COMPETENCES: L.COMPETENCE_LABELS}
DATE = {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
        "time_format": False, "default": ""}
#: Where the editor finds what a reference may name.
MEASURE = {"widget": "relation", "collection": "mesures", "file": "mesures",
           "value_field": "mesures.*.slug", "search_fields": ["mesures.*.titre",
                                                             "mesures.*.slug"],
           "display_fields": ["mesures.*.titre"]}
LIST = {"widget": "relation", "collection": "listes", "value_field": "{{slug}}",
        "search_fields": ["nom"], "display_fields": ["nom"]}
SUB_MEASURES = {"widget": "relation", "collection": "mesures", "file": "mesures",
                "value_field": "mesures.*.sous_mesures.*.id",
                "search_fields": ["mesures.*.sous_mesures.*.texte"],
                "display_fields": ["mesures.*.sous_mesures.*.texte"], "multiple": True,
                "options_length": 100}
REFERENCES = {"mesure": MEASURE, "liste": LIST, "liste_elue": LIST, "sous_mesures": SUB_MEASURES}
PATTERNS = {
    F.Slug: [F.SLUG_RE, "minuscules sans accents, chiffres et tirets"],
    F.Url: [F.URL_RE, "une adresse complète, qui commence par https:// ou http://"],
    F.InseeCode: [F.INSEE_RE, "cinq caractères, par exemple 01234 ou 2A004"],
    F.Siren: ["^[0-9]{9}$", "9 chiffres, par exemple 214202467"],
    F.Siret: ["^[0-9]{14}$", "14 chiffres : le SIREN puis 5 autres"],
    F.Email: [F.EMAIL_RE, "une adresse électronique, par exemple mairie@ma-commune.fr"],
}
#: How each item of a list is summed up in the form's list of items.
SUMMARIES = {"mesures": "{{fields.numero}}. {{fields.titre}}",
             "sous_mesures": "{{fields.texte}}",
             "positions": "{{fields.mesure}} : {{fields.position}}",
             "mises_a_jour": "{{fields.date}} — {{fields.mesure}} — {{fields.statut}}",
             "corrections": "{{fields.date}} — {{fields.page}}"}
#: Each file kind: its collection, and where its file lives (under the data folder).
FILES = {"commune": ("commune", "commune.yaml"), "mesures": ("mesures", "mesures.yaml"),
         "suivi": ("suivi", "suivi.yaml"), "corrections": ("corrections", "corrections.yaml")}
LIST_FOLDER = "listes"

#: Backends of a forge (editing on the web, each save a commit through the forge's API):
#: what a commune replaces is marked « votre-… » and told in content/pages/publier.md.
REPO = "votre-compte/votre-depot"
FORGES = {
    "github": {"name": "github", "repo": REPO, "branch": "main",
               "base_url": "https://votre-service-oauth.example.org"},
    "gitlab": {"name": "gitlab", "repo": REPO, "branch": "main", "auth_type": "pkce",
               "app_id": "votre-identifiant-d-application"},
    "gitea": {"name": "gitea", "repo": REPO, "branch": "main",
              "base_url": "https://codeberg.org", "api_root": "https://codeberg.org/api/v1",
              "app_id": "votre-identifiant-d-application"},
    "forgejo": {"name": "forgejo", "repo": REPO, "branch": "main",
                "api_root": "https://codeberg.org/api/v1",
                "app_id": "votre-identifiant-d-application"},
}
#: The forges whose Decap backend opens a merge request per change (the gitea one cannot).
REVIEWED = ("github", "gitlab", "forgejo")
LOCAL = {"name": "proxy", "proxy_url": "/api/v1", "branch": "main"}
HEADER = ("# Configuration de l'éditeur de formulaires (Decap CMS), faite depuis le modèle des\n"
          "# données : ne la modifiez pas ici, `make schemas` la réécrit.\n")


def _parts(annotation) -> tuple[object, bool]:
    """``annotation`` without ``| None``, and whether None was allowed."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0], True
    return annotation, False


def _metadata(annotation) -> list:
    return list(getattr(annotation, "__metadata__", ()))


def _same(annotation, kind) -> bool:
    return typing.get_origin(annotation) is Annotated and annotation == kind


def widget(owner: str, key: str, annotation, optional: bool = False) -> dict:
    """The widget settings of one value (without its name and label); ``optional``: the value
    is in a group of fields that may be absent."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {"widget": "object", "collapsed": False,
                "fields": model_fields(annotation, optional)}
    if typing.get_origin(annotation) is list:
        item = typing.get_args(annotation)[0]
        if isinstance(item, type) and issubclass(item, BaseModel):
            spec = {"widget": "list", "label_singular": T.SINGULAR[key],
                    "fields": model_fields(item)}
            return {**spec, **({"summary": SUMMARIES[key]} if key in SUMMARIES else {})}
        return dict(REFERENCES[key])  # a list of references: a relation with several choices
    for meta in _metadata(annotation):
        if isinstance(meta, WithJsonSchema) and "enum" in meta.json_schema:
            values = tuple(meta.json_schema["enum"])
            return {"widget": "select", "options": [
                {"label": T.option(WORDS[values][value], value), "value": value}
                for value in values]}
    if _same(annotation, F.Reference):
        return dict(REFERENCES[key])
    for kind, pattern in PATTERNS.items():
        if _same(annotation, kind):
            return {"widget": "string", "pattern": pattern}
    if _same(annotation, F.Date):
        return dict(DATE)
    if _same(annotation, F.Integer):
        return {"widget": "number", "value_type": "int", "min": 0}
    if _same(annotation, F.Percent):
        return {"widget": "number", "value_type": "float", "min": 0, "max": 100, "step": 0.1}
    if _same(annotation, F.Flag):
        return {"widget": "boolean"}
    if any(isinstance(meta, F.LongText) for meta in _metadata(annotation)):
        return {"widget": "text"}
    if _same(annotation, F.Text):
        return {"widget": "string"}
    raise TypeError(f"{owner}.{key}: no widget for {annotation!r}")  # a new type: map it here


def field(model: type[BaseModel], key: str, info: FieldInfo, inside_optional: bool) -> dict:
    """One field of ``model``. Decap checks the required fields of a group even when the group
    is absent: inside an optional group, every field is optional in the form, and `make check`
    (on each save) says what the group lacks once it is there."""
    annotation, optional = _parts(info.annotation)
    optional = optional or not info.is_required()
    if info.metadata and typing.get_origin(annotation) is not list:
        annotation = Annotated[(annotation, *info.metadata)]  # pydantic keeps them apart
    owner = model.__name__
    spec = {"name": key, "label": T.OWN_LABELS.get((owner, key), T.LABELS[key]),
            **widget(owner, key, annotation, optional or inside_optional)}
    if optional or inside_optional:
        spec["required"] = False
    elif spec["widget"] == "list":
        spec["min"] = 1
    if (owner, key) in T.HINTS:
        spec["hint"] = T.HINTS[(owner, key)]
    return spec


def model_fields(model: type[BaseModel], inside_optional: bool = False) -> list[dict]:
    return [field(model, info.alias or name, info, inside_optional)
            for name, info in model.model_fields.items()]


def collections(folder: str = "pledges") -> list[dict]:
    """The five file kinds, in the order of the editor's menu."""
    found = []
    for name, (label, singular) in T.COLLECTIONS.items():
        common = {"name": name, "label": label, "label_singular": singular, "format": "yaml",
                  "editor": {"preview": False}, "delete": False}
        if name == LIST_FOLDER:
            found.append({**common, "folder": f"{folder}/{LIST_FOLDER}", "extension": "yaml",
                          "create": True, "identifier_field": "nom", "slug": "{{nom}}",
                          "summary": "{{nom}}", "fields": model_fields(FILE_KINDS["liste"])})
            continue
        kind, file = FILES[name]
        found.append({**common, "files": [{"name": name, "label": label,
                                           "file": f"{folder}/{file}",
                                           "fields": model_fields(FILE_KINDS[kind])}]})
    return found


def config(forge: str | None = None) -> dict:
    """The whole configuration: the local editor's (`make editeur`), or a forge's."""
    backend = dict(FORGES[forge]) if forge else dict(LOCAL)
    workflow = {"publish_mode": "editorial_workflow"} if forge in REVIEWED else {}
    return {"backend": backend, **workflow, "locale": "fr", "media_folder": "medias",
            "show_preview_links": False, "search": False,
            "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
            "collections": collections()}


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data) -> bool:
        return True  # every field written out in full: no « &id001 » for Decap to resolve


def render(forge: str | None = None) -> str:
    return HEADER + yaml.dump(config(forge), Dumper=_Dumper, allow_unicode=True,
                              sort_keys=False, width=100)


def write_all(folder) -> list:
    """editeur/config.yml and editeur/forges/<forge>.yml."""
    written = [folder / "config.yml"]
    folder.mkdir(parents=True, exist_ok=True)
    written[0].write_text(render(), encoding="utf-8")
    (folder / "forges").mkdir(exist_ok=True)
    for forge in FORGES:
        path = folder / "forges" / f"{forge}.yml"
        path.write_text(render(forge), encoding="utf-8")
        written.append(path)
    return written
