"""The follow-up's settings in pelicanconf.py, read as an operator writes them: how old a
check may get, how long the mandate lasts and what its end does; a mistake named at the last
line that sets it (Python keeps the last)."""

from __future__ import annotations

import pytest

from tenir_parole.build.settings import SettingsError, mandate, stale_days


@pytest.mark.parametrize(("value", "days"), [(1, 1), ("90", 90), (None, 183)])
def test_a_staleness_of_a_whole_number_of_days_is_taken(value, days):
    assert stale_days({"FOLLOWUP_STALE_DAYS": value}) == days


@pytest.mark.parametrize("value", [0, -5, True, "six mois", 1.5])
def test_a_staleness_that_is_no_positive_whole_number_is_refused(value):
    with pytest.raises(SettingsError, match="un nombre entier de jours est attendu"):
        stale_days({"FOLLOWUP_STALE_DAYS": value})


@pytest.mark.parametrize(("years", "taken"), [(1, True), (6, True), (10, True), (0, False),
                                              (11, False), (True, False)])
def test_a_mandate_lasts_one_to_ten_years(years, taken):
    if taken:
        assert mandate({"MANDATE_YEARS": years}).years == years
    else:
        with pytest.raises(SettingsError, match="de 1 à 10"):
            mandate({"MANDATE_YEARS": years})


def test_a_status_the_end_of_the_mandate_leaves_as_it_is_is_no_change():
    rule = mandate({"END_OF_MANDATE": {"en-cours": "en-cours", "au-point-mort": "non-tenu"}})
    assert rule.rule == {"au-point-mort": "non-tenu"}


def test_a_setting_set_twice_is_named_at_its_last_line(tmp_path):
    settings = tmp_path / "pelicanconf.py"
    settings.write_text("MANDATE_YEARS = 6\nSITENAME = 'x'\nMANDATE_YEARS = 60\n",
                        encoding="utf-8")
    with pytest.raises(SettingsError) as refused:
        mandate({"MANDATE_YEARS": 60}, settings)
    assert str(refused.value).startswith(f"{settings.as_posix()}, ligne 3 : MANDATE_YEARS = "
                                         "« 60 » invalide")
