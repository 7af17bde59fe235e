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


def refused(tmp_path, text: str) -> str:
    """What `make` says of a pelicanconf.py holding ``text``."""
    from tenir_parole.build.settings import read_settings

    settings = tmp_path / "pelicanconf.py"
    settings.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        read_settings(settings)
    return str(caught.value).removeprefix(f"{settings.as_posix()}")


def test_a_mistake_inside_a_helper_of_the_settings_is_named_where_it_fails(tmp_path):
    said = refused(tmp_path, "def jours():\n    return 365 / 0\n\nFOLLOWUP_STALE_DAYS = jours()\n")
    assert said == (", ligne 2 : réglage illisible (ZeroDivisionError: division by zero) — "
                    "corrigez cette ligne")


def test_a_syntax_error_in_code_the_settings_run_is_no_syntax_error_of_their_own(tmp_path):
    """The settings run text compiled under another name: its error is the settings' line
    that ran it, not the other text's line 1 passed off as the settings'."""
    said = refused(tmp_path, "SITENAME = 'x'\nexec(compile('x = (', 'autre.py', 'exec'))\n")
    assert said.startswith(", ligne 2 : réglage illisible (SyntaxError: ")


@pytest.mark.parametrize(("rule", "said"), [
    ({"en-cours": "non-tenus"}, "END_OF_MANDATE : état « non-tenus » inconnu — vouliez-vous "
                                "dire « non-tenu » ?"),
    ({"en-cour": "non-tenu"}, "END_OF_MANDATE : état « en-cour » inconnu — vouliez-vous dire "
                              "« en-cours » ?"),
])
def test_an_unknown_status_in_the_end_of_mandate_rule_is_named_with_a_guess(rule, said):
    with pytest.raises(SettingsError) as caught:
        mandate({"END_OF_MANDATE": rule})
    assert str(caught.value).startswith(said)
