"""Where a commune's code puts it, and the order of the régions on the overview's pages."""

from __future__ import annotations

import pytest

from tenir_parole.overview.departements import code_of, region_order


@pytest.mark.parametrize(("insee", "department"), [
    ("49007", "49"),  # Angers, Maine-et-Loire
    ("2A004", "2A"),  # Ajaccio, Corse-du-Sud
    ("97411", "974"),  # Saint-Denis, La Réunion
    ("98735", "987"),  # Papeete, Polynésie française: its communes elect councils too
])
def test_a_communes_code_gives_its_departement_or_collectivite(insee, department):
    assert code_of(insee) == department


def test_metropolitan_regions_come_first_by_name_then_overseas_ones():
    # Auvergne-Rhône-Alpes, Corse, Île-de-France (accent aside); Guadeloupe, La Réunion.
    assert sorted(["01", "11", "84", "04", "94"], key=region_order) == [
        "84", "94", "11", "01", "04"]
