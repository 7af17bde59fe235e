"""Where the federation puts each commune: its département and région as the official
geography (core.geography) has them, by its INSEE code. An example commune (fictional,
``exemple: true``: its code is in no geography) goes to the département its code starts with.
"""

from __future__ import annotations

from tenir_parole.core import geography
from tenir_parole.texts.french import sort_key


def code_of(insee: str) -> str | None:
    """« 49901 » → « 49 », « 97411 » → « 974 », « 2A904 » → « 2A »: the département a
    fictional code would be in; None when no département has that code (« 99… »)."""
    code = insee[:3] if insee.startswith(("97", "98")) else insee[:2]
    return code if geography.load().department(code) else None


def place(insee: str, example: bool) -> tuple[geography.Commune | None, str | None]:
    """The official commune of ``insee`` and its département's code; for an example commune
    not in the geography, (None, the département of its code's first characters)."""
    found = geography.load().commune(insee)
    if found:
        return found, found.department
    return None, code_of(insee) if example else None


def names() -> dict[str, str]:
    """Every département's name, by code."""
    return {code: d.name for code, d in geography.load().departments.items()}


def region_names() -> dict[str, str]:
    return {code: r.name for code, r in geography.load().regions.items()}


def slug(code: str) -> str:
    """The page name of a département (or a région): « 2a », « 49 », « 974 »."""
    return code.lower()


def order(code: str) -> str:
    """The usual order of départements: Corsica after Corrèze, overseas last."""
    return geography.department_order(code)


def region_order(code: str) -> tuple:
    """Régions of metropolitan France by name, then overseas ones (codes 01 to 06 and the
    collectivités' 975…) by name."""
    name = geography.load().region(code)
    overseas = code < "11" or len(code) == 3
    return overseas, sort_key(name.name if name else code)
