"""Rules beyond the shape: what each position or status requires, and cross-file checks.

Each check yields (document, path, message); the caller turns paths into lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tenir_parole.core import vocabulary as V
from tenir_parole.core.loader import Document
from tenir_parole.core.model import CandidateList, Commune, FollowUp, Measure, Stance, Update
from tenir_parole.core.sources import check_source
from tenir_parole.core.validate import misplaced
from tenir_parole.texts.french import closest, known, slugified

Problem = tuple[Document, tuple, str]


def _position(stance: Stance) -> str:
    return f"position « {stance.position} »"


def _check_date(doc: Document, path: tuple, date: dt.date | None, today: dt.date) -> Iterator:
    if date and date > today:
        yield doc, path, f"date {date.isoformat()} dans le futur : vérifiez l'année"


def check_commune(doc: Document, commune: Commune, list_slugs: set[str],
                  named_too: list[tuple[Document, tuple]] = (),
                  names: dict[str, str] | None = None) -> Iterator[Problem]:
    """``named_too``: the other places that name the elected list (suivi.yaml's « liste »),
    said with it when it is missing; ``names``: each list's name (« nom »), by file name."""
    rounds = commune.elections
    if rounds.second_round and rounds.second_round < rounds.first_round:
        yield doc, ("elections", "second_tour"), "le second tour précède le premier tour"
    if commune.phase == "apres" and not commune.elected_list:
        yield doc, ("phase",), ("phase « apres » : indiquez la liste élue "
                                "(champ liste_elue, nom de son fichier sans .yaml)")
    if commune.phase == "avant" and commune.elected_list:
        yield doc, ("liste_elue",), ("liste_elue renseignée alors que la phase est « avant » : "
                                     "passez la phase à « apres » ou retirez liste_elue")
    by_name = {slugified(name): slug for slug, name in (names or {}).items()}
    if commune.elected_list and slugified(commune.elected_list) in by_name \
            and commune.elected_list not in list_slugs:
        slug = by_name[slugified(commune.elected_list)]
        yield doc, ("liste_elue",), (f"« {commune.elected_list} » est le nom de la liste : "
                                     "indiquez le nom de son fichier, sans .yaml — liste_elue: "
                                     f"{slug}")
    elif commune.elected_list and commune.elected_list not in list_slugs:
        also = "".join(f" ; nommée aussi dans {other.file}, {other.at(path)}"
                       for other, path in named_too)
        yield doc, ("liste_elue",), (f"liste « {commune.elected_list} » introuvable (pas de "
                                     f"fichier listes/{commune.elected_list}.yaml){also}"
                                     + known(commune.elected_list, sorted(list_slugs),
                                             "listes connues (noms des fichiers de listes/)"))


def check_measures(doc: Document, measures: list[Measure], today: dt.date) -> Iterator[Problem]:
    numbers: dict[int, int] = {}
    slugs: dict[str, int] = {}
    for i, measure in enumerate(measures):
        path = ("mesures", i)
        if measure.number in numbers:
            first = doc.at(("mesures", numbers[measure.number]))
            yield doc, (*path, "numero"), f"numéro {measure.number} déjà utilisé ({first})"
        numbers.setdefault(measure.number, i)
        if measure.slug in slugs:
            first = doc.at(("mesures", slugs[measure.slug]))
            yield doc, (*path, "slug"), f"slug « {measure.slug} » déjà utilisé ({first})"
        slugs.setdefault(measure.slug, i)
        seen: set[str] = set()
        for j, sub in enumerate(measure.sub_measures):
            if sub.id in seen:
                yield doc, (*path, "sous_mesures", j, "id"), f"sous-mesure « {sub.id} » en double"
            seen.add(sub.id)
        if measure.competence:
            yield from _check_competence(doc, (*path, "competence"), measure, today)


def _check_competence(doc: Document, path: tuple, measure: Measure,
                      today: dt.date) -> Iterator[Problem]:
    competence = measure.competence
    if competence.level != "commune":
        for key, value in (("note", competence.note), ("source", competence.source)):
            if value is None:
                yield doc, path, (f"compétence « {competence.level} » : champ « {key} » manquant "
                                  "(expliquez en une phrase qui décide, et d'où vient "
                                  "l'information)")
    if competence.source:
        yield from check_source(doc, (*path, "source"), competence.source, today)


def _check_stance(doc: Document, path: tuple, stance: Stance, measure: Measure,
                  today: dt.date) -> Iterator[Problem]:
    said = (("provenance", stance.provenance), ("citation", stance.quote),
            ("source", stance.source), ("date", stance.date))
    stated = stance.position in V.STATED
    if stated:
        for key, value in said:
            if value is None:
                moved = misplaced(doc, path, key)
                if moved:
                    yield doc, (*path, moved[0], key), f"{_position(stance)} : {moved[1]}"
                else:
                    yield doc, path, f"{_position(stance)} : champ « {key} » manquant"
    else:
        for key, value in said:
            if value is not None:
                yield doc, (*path, key), (f"{_position(stance)} : pas de champ « {key} » "
                                          "(la liste n'a rien déclaré)")
    if stance.position == "sans-reponse" and stance.solicitation is None:
        yield doc, path, ("position « sans-reponse » : indiquez quand et comment la liste a été "
                          "sollicitée (champ sollicitation avec date et moyen)")
    if stance.position != "sans-reponse" and stance.solicitation is not None:
        yield doc, (*path, "sollicitation"), ("« sollicitation » ne sert qu'avec la position "
                                              "« sans-reponse »")
    if stance.position == "engagement-partiel" and not stance.sub_measures:
        yield doc, path, ("position « engagement-partiel » : listez les sous-mesures concernées "
                          "(champ sous_mesures)")
    ids = sorted(sub.id for sub in measure.sub_measures)
    for j, sub in enumerate(stance.sub_measures):
        if sub not in ids:
            yield doc, (*path, "sous_mesures", j), (
                f"sous-mesure « {sub} » inconnue pour la mesure « {measure.slug} »"
                + known(sub, ids))
    if stance.source:
        yield from check_source(doc, (*path, "source"), stance.source, today)
    yield from _check_date(doc, (*path, "date"), stance.date, today)
    if stance.solicitation:
        yield from _check_date(doc, (*path, "sollicitation", "date"), stance.solicitation.date,
                               today)
    if stance.reply:
        yield from _check_date(doc, (*path, "droit_de_reponse", "date"), stance.reply.date, today)


def check_list(doc: Document, lst: CandidateList, measures: dict[str, Measure],
               today: dt.date) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    unknown: list[tuple[int, str]] = []
    for i, stance in enumerate(lst.stances):
        path = ("positions", i)
        if stance.measure not in measures:
            unknown.append((i, stance.measure))
            continue
        if stance.measure in seen:
            first = doc.at(("positions", seen[stance.measure]))
            yield doc, (*path, "mesure"), (f"deuxième position pour la mesure « {stance.measure} »"
                                           f" (la première est {first}) : gardez-en une")
            continue
        seen[stance.measure] = i
        yield from _check_stance(doc, path, stance, measures[stance.measure], today)
    missing = [slug for slug in measures if slug not in seen]
    explained: set[str] = set()  # a missing position that a typo explains is said once, there
    for i, typed in unknown:
        guess = closest(typed, missing)
        why = ""
        if guess and guess not in explained and guess == closest(typed, measures):
            explained.add(guess)
            why = "elle n'a pas d'autre position dans ce fichier"
        yield doc, ("positions", i, "mesure"), (f"mesure « {typed} » inconnue"
                                                + known(typed, list(measures), why=why))
    for slug in missing:
        if slug not in explained:
            yield doc, ("positions",), (f"aucune position pour la mesure « {slug} » : ajoutez-en "
                                        "une (position: non-sollicitee si la liste n'a pas "
                                        "été interrogée)")


def check_followup(doc: Document, followup: FollowUp, commune: Commune,
                   elected: CandidateList | None,
                   measures: dict[str, Measure], today: dt.date) -> Iterator[Problem]:
    if commune.phase != "apres":
        yield doc, ("liste",), ("un suivi n'a de sens qu'après l'élection : passez la phase "
                                "de commune.yaml à « apres »")
        return
    if not commune.elected_list:  # check_commune asks for it: the follow-up waits for it
        return
    if followup.list_slug != commune.elected_list:
        yield doc, ("liste",), (f"le suivi porte sur « {followup.list_slug} » mais la liste élue "
                                f"(commune.yaml) est « {commune.elected_list} »")
        return
    if elected is None:  # its own file has errors: reported there
        return
    committed = {s.measure: s for s in elected.stances}
    seen: dict[tuple[str, dt.date], int] = {}
    for i, update in enumerate(followup.updates):
        path = ("mises_a_jour", i)
        stance = committed.get(update.measure)
        if measures and update.measure not in measures:
            yield doc, (*path, "mesure"), (f"mesure « {update.measure} » inconnue"
                                           + known(update.measure, list(measures)))
        elif stance is not None and stance.position not in V.COMMITTED:
            # No stance at all is the list file's own error (a measure missing or mistyped
            # there), said there once.
            yield doc, (*path, "mesure"), (
                f"mesure « {update.measure} » : la liste élue ne s'y était pas engagée "
                "(seules les mesures en engagement-total ou engagement-partiel sont suivies)")
        key = (update.measure, update.date)
        if key in seen:
            other = doc.at(("mises_a_jour", seen[key]))
            yield doc, (*path, "date"), (f"deux mises à jour le même jour pour « {update.measure} »"
                                         f" (l'autre est {other})")
        seen.setdefault(key, i)
        if update.status in V.NEEDS_REASON and not update.reason:
            yield doc, path, (f"statut « {update.status} » : indiquez la raison (champ raison) — "
                              f"valeurs permises : {', '.join(V.REASONS)}")
        if update.reason and update.status not in (*V.NEEDS_REASON, "tenu-en-partie"):
            yield doc, (*path, "raison"), ("« raison » ne sert qu'avec les statuts « non-tenu » ou "
                                           "« tenu-en-partie »")
        if update.status != "non-evalue" and update.source is None:
            yield doc, path, f"statut « {update.status} » : champ « source » manquant"
        if update.source:
            yield from check_source(doc, (*path, "source"), update.source, today)
        yield from _check_asked(doc, path, update, measures.get(update.measure), today)
        final_round = commune.elections.second_round or commune.elections.first_round
        if update.date < final_round:
            yield doc, (*path, "date"), (f"date antérieure à l'élection ({final_round.isoformat()})"
                                         " : le suivi commence après le dernier tour")
        yield from _check_date(doc, (*path, "date"), update.date, today)


def _check_asked(doc: Document, path: tuple, update: Update, measure: Measure | None,
                 today: dt.date) -> Iterator[Problem]:
    """The mairie asked, its reply, and the demand carried to the level that decides."""
    asked, reply, carried = update.solicitation, update.town_hall_reply, update.carried
    if asked:
        yield from _check_date(doc, (*path, "sollicitation", "date"), asked.date, today)
    if reply:
        yield from _check_date(doc, (*path, "reponse_mairie", "date"), reply.date, today)
    if asked and reply and reply.date < asked.date:
        yield doc, (*path, "reponse_mairie", "date"), (
            f"réponse datée du {reply.date.isoformat()}, avant la sollicitation du "
            f"{asked.date.isoformat()} : vérifiez les dates")
    if carried:
        level = measure.competence.level if measure and measure.competence else "commune"
        if measure and level == "commune":
            yield doc, (*path, "demande_portee"), (
                f"« demande_portee » : la mesure « {measure.slug} » relève de la commune — "
                "indiquez dans mesures.yaml qui décide (champ competence, niveau autre que "
                "commune)")
        yield from _check_date(doc, (*path, "demande_portee", "date"), carried.date, today)
        yield from check_source(doc, (*path, "demande_portee", "source"), carried.source, today)


def check_corrections(doc: Document, corrections: list, today: dt.date) -> Iterator[Problem]:
    for i, correction in enumerate(corrections):
        yield from _check_date(doc, ("corrections", i, "date"), correction.date, today)
