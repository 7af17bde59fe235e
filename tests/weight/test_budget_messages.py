"""A mistake in PAGE_WEIGHT_BUDGET or PAGE_WEIGHT_MODE is one whole French sentence naming
the setting, the key, where it stands (the default or which override) and what is expected."""

from __future__ import annotations

import pytest

from tenir_parole.weight.budget import PageWeightError, parse_budget, parse_mode


@pytest.mark.parametrize(("value", "said"), [
    ({"default": {"gzp": 1}},
     "PAGE_WEIGHT_BUDGET : clé « gzp » inconnue dans « default » (attendu : gzip, requests)"),
    ({"overrides": [("carnet/*", {"requetes": 3})]},
     "PAGE_WEIGHT_BUDGET : clé « requetes » inconnue dans le budget de « carnet/* » "
     "(attendu : gzip, requests)"),
    ({"default": {"gzip": -1}},
     "PAGE_WEIGHT_BUDGET : « gzip » dans « default » doit être un entier positif"),
    ({"overrides": [("carnet/*", {"requests": True})]},
     "PAGE_WEIGHT_BUDGET : « requests » dans le budget de « carnet/* » doit être un entier "
     "positif"),
    ({"overrides": [("carnet/*", 5)]},
     "PAGE_WEIGHT_BUDGET : le budget de « carnet/* » doit être un dictionnaire"),
    ({"overrides": [(3, {})]}, "PAGE_WEIGHT_BUDGET : chaque motif doit être du texte"),
    ({"zz": 1, "aa": 2},
     "PAGE_WEIGHT_BUDGET : clé « aa » inconnue (attendu : default, overrides)"),
    ({"overrides": 5},
     "PAGE_WEIGHT_BUDGET : « overrides » doit être une liste de paires (motif, budget)"),
    ([1], "PAGE_WEIGHT_BUDGET doit être un dictionnaire"),
])
def test_a_wrong_budget_is_one_french_sentence_saying_where(value, said) -> None:
    with pytest.raises(PageWeightError) as refused:
        parse_budget(value)
    assert str(refused.value) == said


def test_a_wrong_mode_names_the_three_modes() -> None:
    with pytest.raises(PageWeightError) as refused:
        parse_mode("strict")
    assert str(refused.value) == ("PAGE_WEIGHT_MODE : « strict » inconnu (attendu : error, warn, "
                                  "report)")
