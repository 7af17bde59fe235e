"""A measure renamed in mesures.yaml while many files still use its old identifier: the first
eight uses are named, the others counted in French (« et 1 autre », « et 2 autres »)."""

from __future__ import annotations

import pytest

from helpers import MESURES, TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.errors import DataErrors


def followup(updates: int) -> str:
    return "liste: alpha\nmises_a_jour:\n" + "".join(
        f"  - mesure: services-hors-reseau\n    date: 2026-06-{day:02d}\n    statut: en-cours\n"
        f"    resume: Point du {day} juin.\n    source:\n      description: Compte rendu\n"
        for day in range(1, updates + 1))


@pytest.mark.parametrize(("uses", "more"), [(8, ""), (9, ", et 1 autre"), (10, ", et 2 autres"),
                                           (17, ", et 9 autres")])
def test_eight_uses_are_named_and_the_others_counted(tmp_path, uses, more):
    root = write_pledges(tmp_path / "pledges", suivi_yaml=followup(uses - 1),
                         mesures_yaml=MESURES.replace("slug: services-hors-reseau",
                                                      "slug: hors-reseau"))
    with pytest.raises(DataErrors) as caught:
        load_dataset(root, TODAY)
    named = " ; ".join(["pledges/listes/alpha.yaml, ligne 4",
                        *(f"pledges/suivi.yaml, ligne {3 + 6 * i}" for i in range(7))])
    assert str(caught.value) == (
        f"pledges/mesures.yaml, ligne 3 : mesure « hors-reseau » absente des listes — renommée ? "
        f"{uses} usages de l'ancien identifiant « services-hors-reseau » : {named}{more} — "
        "remplacez-les par « hors-reseau », ou remettez « services-hors-reseau » ici")
