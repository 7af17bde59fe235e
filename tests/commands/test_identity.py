"""Who the new commune is, from its INSEE code typed as a volunteer types it: in lower case,
a commune déléguée's code, a territory with no municipal council, an unreadable geography."""

from __future__ import annotations

import pytest

from tenir_parole.commands import identity
from tenir_parole.commands.identity import Refused, identify


def test_a_corsican_code_typed_in_lower_case_is_the_commune():
    found = identify("", " 2a004 ", "")
    assert (found.name, found.insee, found.department, found.region, found.siren) == (
        "Ajaccio", "2A004", "Corse-du-Sud", "Corse", "212000046")
    assert found.intercommunality == ("Communauté d'agglomération du Pays Ajaccien", "242010056")


@pytest.mark.parametrize(("insee", "name"), [("97701", "Saint-Barthélemy"),
                                              ("98901", "Île de Clipperton")])
def test_a_territory_without_a_municipal_council_is_refused(insee, name):
    with pytest.raises(Refused) as refused:
        identify("", insee, "")
    assert str(refused.value) == (f"INSEE={insee} : {name} n'élit pas de conseil municipal : il "
                                  "n'y a pas d'élections municipales à suivre")


@pytest.mark.parametrize("name", ["Botz-en-Mauges", "Saumur", ""])
def test_a_commune_deleguee_points_to_the_commune_that_elects_whatever_name_was_typed(name):
    with pytest.raises(Refused) as refused:
        identify(name, "49034", "")
    assert str(refused.value) == (
        "INSEE=49034 : Botz-en-Mauges est une commune déléguée de Mauges-sur-Loire (49244, "
        "Maine-et-Loire) ; c'est Mauges-sur-Loire qui élit le conseil municipal, code INSEE "
        "« 49244 »\n  make nouvelle-commune INSEE=49244")


def test_a_geography_that_cannot_be_read_is_refused_not_a_traceback(monkeypatch):
    def unreadable():
        raise PermissionError(13, "Permission non accordée", "geographie/communes.csv")

    monkeypatch.setattr(identity, "load", unreadable)
    with pytest.raises(Refused, match="Permission non accordée"):
        identify("", "42246", "")
