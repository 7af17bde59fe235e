"""A commune's export as the collector judges it: the first few reasons of a refusal, one
line saying how many more, and the longest name it takes."""

from __future__ import annotations

import pytest

from helpers import TODAY
from overview_data import as_bytes, example
from tenir_parole.overview import exports

NUMBER = "« titre » : « 12 » serait lu comme un nombre ou un booléen : écrivez-le entre guillemets"


def refusal(whole: dict) -> list[str]:
    with pytest.raises(exports.Refused) as refused:
        exports.accept(as_bytes(whole), "site.json", TODAY)
    return refused.value.lines


@pytest.mark.parametrize(("wrong", "more"), [
    (4, []), (5, []), (6, ["… et 1 autre problème"]), (9, ["… et 4 autres problèmes"]),
    (10, ["… et 5 autres problèmes"])])
def test_a_refused_export_names_five_reasons_then_says_how_many_more(wrong, more):
    whole = example(0)
    for measure in whole["mesures"][:wrong]:
        measure["titre"] = 12
    shown = min(wrong, 5)
    assert refusal(whole) == [f"site.json › mesures › {i} › titre : {NUMBER}"
                              for i in range(shown)] + more


@pytest.mark.parametrize(("marked", "more"), [
    (3, []), (4, ["… et 1 autre texte avec du balisage"]),
    (7, ["… et 4 autres textes avec du balisage"])])
def test_markup_in_an_export_is_named_three_times_then_counted(marked, more):
    whole = example(0)
    for measure in whole["mesures"][:marked]:
        measure["resume"] = "Voir <b>ici</b>"
    lines = refusal(whole)
    assert lines == [f"mesures › {i} › resume : balisage HTML ou adresse de script (« <b> »)"
                     for i in range(min(marked, 3))] + more


def test_a_name_of_120_characters_is_taken_one_of_121_is_refused():
    whole = example(0)
    whole["commune"]["nom"] = "Saint-" + "e" * 114
    assert exports.accept(as_bytes(whole), "site.json", TODAY).commune.name == whole[
        "commune"]["nom"]
    whole["commune"]["nom"] += "e"
    assert [line for line in refusal(whole) if "commune › nom" in line] == [
        "commune › nom : 121 caractères, 120 au plus"]


def test_markup_is_quoted_by_its_first_40_characters():
    whole = example(0)
    whole["mesures"][0]["resume"] = 'Voir <a title="' + "x" * 35 + '">ici</a>'
    assert refusal(whole) == [
        "mesures › 0 › resume : balisage HTML ou adresse de script (« <a title=\""
        + "x" * 30 + " »)"]


def with_measures(n: int) -> dict:
    """The example before the election with ``n`` measures, each list declaring on each."""
    whole = example(0)
    measure = {k: v for k, v in whole["mesures"][0].items() if k != "source"}
    whole["mesures"] = [measure | {"numero": i + 1, "slug": f"mesure-{i + 1}",
                                   "sous_mesures": []} for i in range(n)]
    for lst in whole["listes"].values():
        lst["positions"] = [{"mesure": f"mesure-{i + 1}", "position": "non-sollicitee",
                             "sous_mesures": []} for i in range(n)]
    whole["commune"].pop("liste_elue", None)
    whole["commune"]["phase"] = "avant"
    whole["suivi"] = None
    whole["corrections"] = []
    return whole


def test_an_export_of_40_measures_is_taken_one_of_41_is_refused():
    assert len(exports.accept(as_bytes(with_measures(40)), "site.json", TODAY).measures) == 40
    assert refusal(with_measures(41)) == ["41 mesures : la vue d'ensemble en montre 40 au plus"]
