"""A list's seats on the council, agreed as French agrees them: « 0 siège » and « 1 siège » in
the singular, « 6 sièges » in the plural (the example's agir-pour-saint-exemple won none)."""

from __future__ import annotations

import pytest

from helpers import ALPHA, build, page_text, write_pledges


def test_a_list_without_a_seat_says_0_siege(example_site):
    page = page_text(example_site, "listes/agir-pour-saint-exemple.html")
    assert ", 0 siège" in page and "0 sièges" not in page


@pytest.mark.parametrize(("seats", "said"), [(1, "1 siège"), (2, "2 sièges")])
def test_one_seat_is_singular_two_are_plural(tmp_path, seats, said):
    alpha = ALPHA.replace("tete_de_liste: Anne Alpha\n",
                          f"tete_de_liste: Anne Alpha\nresultat:\n  premier_tour: 12.5\n"
                          f"  sieges: {seats}\n")
    output = tmp_path / "output"
    result = build(output, write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha))
    assert result.returncode == 0, result.stderr
    assert f"Résultat : premier tour 12,5 %, {said}" in page_text(output, "listes/alpha.html")
