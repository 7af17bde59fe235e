"""Mistakes whose consequences spread over several files, each said once, at its cause.

A measure renamed in mesures.yaml but not in the files that use it would otherwise give two
messages per list file (an unknown measure, a missing one), none where the rename happened:
it is said once, at the measure's line, with every use of the old identifier; the rules then
read the old identifier as the new one, so that nothing else is said twice. An identifier
that every list uses but that is written in one file only, close to a measure's, is that
file's typo instead (core.rules says it, with the suggestion).
"""

from __future__ import annotations

from tenir_parole.core.loader import Document
from tenir_parole.core.model import CandidateList, FollowUp, Measure
from tenir_parole.texts.french import closest, count

Problem = tuple[Document, tuple, str]
#: Uses named in the message, the others counted.
SHOWN = 8


def _uses(lists: dict[str, tuple[Document, CandidateList]],
          followup: tuple[Document, FollowUp] | None) -> dict[str, list[tuple[Document, tuple]]]:
    """Every measure identifier written in the list files and the follow-up, with its place."""
    uses: dict[str, list[tuple[Document, tuple]]] = {}
    for doc, lst in lists.values():
        for i, stance in enumerate(lst.stances):
            uses.setdefault(stance.measure, []).append((doc, ("positions", i, "mesure")))
    if followup:
        for i, update in enumerate(followup[1].updates):
            uses.setdefault(update.measure, []).append((followup[0], ("mises_a_jour", i,
                                                                      "mesure")))
    return uses


def renamed(doc: Document, measures: list[Measure],
            lists: dict[str, tuple[Document, CandidateList]],
            followup: tuple[Document, FollowUp] | None) -> tuple[list[Problem], dict[str, str]]:
    """Measures no list uses whose old identifier every list still uses: the message at each
    measure's line, and the old identifiers → the new ones."""
    uses = _uses(lists, followup)
    known = {m.slug for m in measures}
    listed = {stance.measure for _, lst in lists.values() for stance in lst.stances}
    unused = [(i, m) for i, m in enumerate(measures) if m.slug not in listed]
    old = [slug for slug in uses if slug not in known
           and all(any(s.measure == slug for s in lst.stances) for _, lst in lists.values())
           # one file's identifier close to the new one is that file's typo, said there
           and (len({used.file for used, _ in uses[slug]}) > 1
                or closest(slug, [m.slug for _, m in unused]) is None)]
    if not unused or not old or not lists:  # pragma: no mutate — an empty side pairs nothing
        return [], {}
    if len(unused) == len(old) == 1:
        pairs = [(unused[0], old[0])]  # pragma: no mutate — one of each: [0] is [-1]
    else:  # several renames at once: each old identifier with the new one it most resembles
        pairs = [(u, o) for o in old for u in unused
                 if closest(o, [unused_m.slug for _, unused_m in unused]) == u[1].slug]
    problems, aliases = [], {}
    for (i, measure), was in pairs:
        places = [f"{used.file}, ligne {used.line(path)}" for used, path in uses[was]]
        more = f", et {count(len(places) - SHOWN, 'autre')}" if len(places) > SHOWN else ""
        files = {used.file for used, _ in uses[was]}
        why = ("renommée ?" if len(files) > 1  # pragma: no mutate — one file at least
               else "renommée, ou mal tapée là-bas ?")
        problems.append((doc, ("mesures", i, "slug"), (
            f"mesure « {measure.slug} » absente des listes — {why} "
            f"{count(len(places), 'usage')} de l'ancien identifiant « {was} » : "
            f"{' ; '.join(places[:SHOWN])}{more} — "
            f"{'remplacez-les' if len(places) > 1 else 'remplacez-le'} par « {measure.slug} », "
            f"ou remettez « {was} » ici")))
        aliases[was] = measure.slug
    return problems, aliases


def read_as(aliases: dict[str, str], lst: CandidateList) -> CandidateList:
    """The list with each old identifier read as the new one."""
    return lst.model_copy(update={"stances": [
        s.model_copy(update={"measure": aliases.get(s.measure, s.measure)})
        for s in lst.stances]})


def follow_as(aliases: dict[str, str], followup: FollowUp) -> FollowUp:
    return followup.model_copy(update={"updates": [
        u.model_copy(update={"measure": aliases.get(u.measure, u.measure)})
        for u in followup.updates]})
