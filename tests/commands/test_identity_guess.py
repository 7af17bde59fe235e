"""`make nouvelle-commune NOM=…` without INSEE: the codes the name may mean, from the official
geography: the one commune and the command to type, or the first five homonyms and how many
there are."""

from __future__ import annotations

import pytest

from tenir_parole.commands.identity import Refused, identify


@pytest.mark.parametrize(("name", "said"), [
    ("Saint-Julien-Molin-Molette",
     "Il manque INSEE, le code de la commune : d'après le nom « Saint-Julien-Molin-Molette », "
     "INSEE=42246 (Saint-Julien-Molin-Molette, Loire)\n  make nouvelle-commune INSEE=42246"),
    ("Sainte-Colombe",
     "Il manque INSEE, le code de la commune : d'après le nom « Sainte-Colombe », INSEE=05135 "
     "(Sainte-Colombe, Hautes-Alpes) ou INSEE=17319 (Sainte-Colombe, Charente-Maritime) ou "
     "INSEE=25515 (Sainte-Colombe, Doubs) ou INSEE=33390 (Sainte-Colombe, Gironde) ou "
     "INSEE=35262 (Sainte-Colombe, Ille-et-Vilaine) (12 communes de ce nom : DEPARTEMENT= les "
     "départage)"),
])
def test_a_name_without_insee_gives_the_codes_it_may_mean(name, said):
    with pytest.raises(Refused) as refused:
        identify(name, "", "")
    assert str(refused.value) == said
