"""The settings files (pelicanconf.py, publishconf.py, federationconf.py), read once before
anything is built: a Python mistake or a wrong value is named in French, at its line."""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from pathlib import Path

from tenir_parole.build.pelican import read_pelican_settings
from tenir_parole.core import vocabulary as V
from tenir_parole.core.dataset import STALE_AFTER_DAYS
from tenir_parole.core.timeline import END_OF_MANDATE, Mandate
from tenir_parole.texts.french import known
from tenir_parole.weight.budget import PageWeightError, parse_budget, parse_mode


class SettingsError(Exception):
    """A settings file that cannot be used as it is: the message is French and names the file
    (and the line when it is known)."""


def read_settings(settings_file: Path) -> dict:
    """The Pelican settings in ``settings_file``, with the values Tenir parole reads from them
    checked; a SettingsError when Python or Pelican cannot read the file, or a value is wrong."""
    try:
        settings = read_pelican_settings(settings_file)
    except Exception as e:  # noqa: BLE001 — an editor's mistake in a Python file: any error
        raise SettingsError(_unreadable(settings_file, e)) from None
    stale_days(settings, settings_file)
    mandate(settings, settings_file)
    page_weight(settings, settings_file)
    return settings


def _unreadable(settings_file: Path, error: Exception) -> str:
    shown = settings_file.as_posix()
    if isinstance(error, SyntaxError) and _same(error.filename, settings_file):
        return (f"{shown}, ligne {error.lineno} : erreur de syntaxe Python ({error.msg}) — "
                "vérifiez les guillemets, les parenthèses et les « = » de cette ligne")
    cause = f"{type(error).__name__}: {error}"
    lines = [frame.lineno for frame in traceback.extract_tb(error.__traceback__)
             if _same(frame.filename, settings_file)]
    if lines:
        return f"{shown}, ligne {lines[-1]} : réglage illisible ({cause}) — corrigez cette ligne"
    return f"{shown} : réglages refusés par Pelican ({cause})"


def _same(filename: str | None, path: Path) -> bool:
    return bool(filename) and Path(filename).resolve() == path.resolve()


def stale_days(settings: Mapping, settings_file: Path | None = None) -> int:
    """FOLLOWUP_STALE_DAYS from the Pelican settings, else the data core's default; a
    SettingsError naming the setting (in ``settings_file``, at its line) when it is not a
    whole number of days."""
    value = settings.get("FOLLOWUP_STALE_DAYS")
    if value is None:
        return STALE_AFTER_DAYS
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    raise SettingsError(f"{_where(settings_file, 'FOLLOWUP_STALE_DAYS')}FOLLOWUP_STALE_DAYS = "
                        f"« {value} » invalide : un nombre entier de jours est attendu (par "
                        f"exemple 183, environ six mois)")


def page_weight(settings: Mapping, settings_file: Path | None = None) -> None:
    """PAGE_WEIGHT_BUDGET and PAGE_WEIGHT_MODE checked before anything reads them: a
    SettingsError naming the setting at its line."""
    for name, parse in (("PAGE_WEIGHT_BUDGET", parse_budget), ("PAGE_WEIGHT_MODE", parse_mode)):
        try:
            parse(settings.get(name))
        except PageWeightError as e:
            raise SettingsError(f"{_where(settings_file, name)}{e}") from None


#: A municipal mandate lasts six years; more than ten is surely a typo.
MAX_YEARS = 10


def mandate(settings: Mapping, settings_file: Path | None = None) -> Mandate:
    """MANDATE_YEARS and END_OF_MANDATE from the Pelican settings (six years, and Polimètre's
    rule, by default); a SettingsError naming the setting when one is not as expected."""
    years = settings.get("MANDATE_YEARS", 6)
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise SettingsError(f"{_where(settings_file, 'MANDATE_YEARS')}MANDATE_YEARS = "
                            f"« {years} » invalide : un nombre entier d'années est attendu, de "
                            f"1 à {MAX_YEARS} (6 pour un mandat municipal)")
    rule = settings.get("END_OF_MANDATE", dict(END_OF_MANDATE))
    where = _where(settings_file, "END_OF_MANDATE")
    if not isinstance(rule, dict):
        raise SettingsError(f"{where}END_OF_MANDATE doit être un dictionnaire « état: état "
                            "à la fin du mandat », par exemple {\"en-cours\": \"non-tenu\"} "
                            "(ou {} : aucun état changé d'office)")
    for before, after in rule.items():
        for status in (before, after):
            if status not in V.STATUSES:
                raise SettingsError(f"{where}END_OF_MANDATE : état « {status} » inconnu"
                                    + known(status, V.STATUSES))
    return Mandate(years, tuple((b, a) for b, a in rule.items() if b != a))


def _where(settings_file: Path | None, name: str) -> str:
    """« pelicanconf.py, ligne 56 : », the last line that sets ``name`` (as Python keeps the
    last), or the file alone; nothing without a file."""
    if settings_file is None:
        return ""
    try:
        text = settings_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    numbers = [n for n, line in enumerate(text.splitlines(), start=1)
               if re.match(rf"{name}\s*=", line)]
    return (f"{settings_file.as_posix()}, ligne {numbers[-1]} : " if numbers
            else f"{settings_file.as_posix()} : ")
