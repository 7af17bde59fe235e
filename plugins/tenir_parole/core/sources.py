"""What each type of source needs, so that a resident can re-check it.

A source is a web page, a described document, or a typed public record: a council
deliberation, a municipal order, a budget line, a meeting, a letter or e-mail. Each check
yields (document, path, message) like the other rules; the caller turns paths into lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tenir_parole.core.loader import Document
from tenir_parole.core.model import Source, Vote

#: Fields each type requires (YAML keys), then the fields it may also carry.
REQUIRED: dict[str, tuple[str, ...]] = {
    "page": ("url",),
    "document": ("description",),
    "deliberation": ("numero", "date", "objet"),
    "arrete": ("numero", "date", "objet"),
    "budget": ("document", "chapitre"),
    "reunion": ("date", "lieu"),
    "courrier": ("date", "expediteur", "destinataire"),
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    "page": ("date",),
    "document": ("date",),
    "deliberation": ("vote",),
    "arrete": (),
    "budget": ("montant", "date"),
    "reunion": (),
    "courrier": ("objet",),
}
#: Any source may carry these.
COMMON = ("type", "url", "archive", "description")
#: What a type is called in messages.
NAMES = {"page": "page web", "document": "document", "deliberation": "délibération",
         "arrete": "arrêté", "budget": "ligne budgétaire", "reunion": "réunion",
         "courrier": "courrier"}


def _fields(source: Source) -> dict[str, object]:
    """The source's fields by YAML key, only those written."""
    return {(info.alias or name): getattr(source, name)
            for name, info in type(source).model_fields.items()
            if getattr(source, name) is not None}


def check_source(doc: Document, path: tuple, source: Source,
                 today: dt.date) -> Iterator[tuple[Document, tuple, str]]:
    kind = source.kind
    written = _fields(source)
    if source.type is None and not source.url and not source.description:
        yield doc, path, ("source incomplète : donnez une adresse web (url), une description "
                          "(tract, bulletin…) ou un type (deliberation, arrete, budget, "
                          "reunion, courrier) avec ses champs")
        return
    missing = [key for key in REQUIRED[kind] if key not in written]
    if missing:
        fields = ", ".join(f"« {key} »" for key in missing)
        yield doc, path, (f"source de type « {kind} » ({NAMES[kind]}) : "
                          f"{'champ' if len(missing) == 1 else 'champs'} {fields} "
                          f"{'manquant' if len(missing) == 1 else 'manquants'}")
    allowed = (*COMMON, *REQUIRED[kind], *OPTIONAL[kind])
    for key in written:
        if key not in allowed:
            yield doc, (*path, key), (f"pas de champ « {key} » pour une source de type "
                                      f"« {kind} » — champs possibles : {', '.join(allowed)}")
    if source.date and source.date > today:
        yield doc, (*path, "date"), (f"date {source.date.isoformat()} dans le futur : "
                                     "vérifiez l'année")
    if source.vote and kind == "deliberation":
        yield from check_vote(doc, (*path, "vote"), source.vote)


def check_vote(doc: Document, path: tuple, vote: Vote) -> Iterator[tuple[Document, tuple, str]]:
    cast = vote.yes + vote.no + vote.abstentions
    if cast == 0:
        yield doc, path, "vote sans aucune voix : indiquez pour, contre et abstention"
    if vote.voters is not None and cast > vote.voters:
        yield doc, path, (f"vote : {cast} voix (pour + contre + abstention) pour "
                          f"{vote.voters} votants — vérifiez les nombres")
    counted = vote.voters if vote.voters is not None else cast
    if vote.members is not None and counted > vote.members:
        yield doc, path, (f"vote : {counted} votants pour un conseil de {vote.members} "
                          "membres (effectif) — vérifiez les nombres")
