"""Where a commune's code puts it, and the order of the régions on the overview's pages."""

from __future__ import annotations

import pytest

from tenir_parole.overview.departements import code_of, region_order
from tenir_parole.overview.pages import department_page, region_page


@pytest.mark.parametrize(("insee", "department"), [
    ("49007", "49"),  # Angers, Maine-et-Loire
    ("2A004", "2A"),  # Ajaccio, Corse-du-Sud
    ("97411", "974"),  # Saint-Denis, La Réunion
    ("98735", "987"),  # Papeete, Polynésie française: its communes elect councils too
])
def test_a_communes_code_gives_its_departement_or_collectivite(insee, department):
    assert code_of(insee) == department


def test_metropolitan_regions_come_first_by_name_then_overseas_ones():
    # Auvergne-Rhône-Alpes, Corse, Île-de-France (its accent aside: before Normandie),
    # Normandie; then Guadeloupe, La Réunion, Polynésie française (a collectivité, 987).
    assert sorted(["987", "01", "28", "11", "84", "04", "94"], key=region_order) == [
        "84", "94", "11", "28", "01", "04", "987"]


@pytest.mark.parametrize(("page", "name"), [
    (department_page("2A"), "departements/2a.html"),
    (department_page("974"), "departements/974.html"),
    (region_page("94"), "regions/94.html"),
])
def test_a_departements_page_is_named_in_lower_case(page, name):
    """A USB stick (FAT) ignores case, a web server does not: pages and the links to them
    share one spelling, in lower case."""
    assert page == name
