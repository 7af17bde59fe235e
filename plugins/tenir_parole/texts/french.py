"""French for editors' messages and the site: dates, plurals, and « did you mean…? ».

Pure functions, shared by the data core's messages and by the UI (pledges/ui_fr/).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable

from unidecode import unidecode

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


def count(n: int, singular: str, plural: str | None = None) -> str:
    """« 1 liste », « 3 listes », « 34 969 communes » — French plural (0 and 1 take the
    singular)."""
    return f"{number(n)} {singular if n <= 1 else (plural or singular + 's')}"


def number(n: int) -> str:
    """« 34 969 »: thousands apart by a narrow no-break space, as French prints them."""
    return f"{n:,}".replace(",", "\u202f")


def percent(part: int, whole: int) -> str:
    """« 12,3 % » of ``whole``; « moins de 0,1 % » rather than a misleading 0."""
    if not whole or not part:
        return "0\u00a0%"
    share = 100 * part / whole
    if share < 0.1:
        return "moins de 0,1\u00a0%"
    return f"{share:.1f}".replace(".", ",").replace(",0", "") + "\u00a0%"


def date_fr(day: dt.date | None) -> str:
    """« 15 mars 2026 » (« 1er » for the first of the month)."""
    if not day:
        return ""
    first = "1er" if day.day == 1 else str(day.day)  # pragma: no mutate — no day is below 1
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def month_fr(day: dt.date) -> str:
    """« mars 2026 »."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def accentless(text: str) -> str:
    """« Écoles » → « Ecoles », « Vœuil » → « Voeuil », « L'Haÿ » → « L'Hay »: every letter
    kept, in ASCII (unidecode: œ → oe, æ → ae, ß → ss)."""
    return unidecode(text)


def slugified(text: str) -> str:
    """What an identifier for ``text`` would be: « Écoles sans écrans » → ecoles-sans-ecrans,
    « Vœuil-et-Giget » → voeuil-et-giget."""
    return re.sub(r"[^a-z0-9]+", "-", accentless(text).lower()).strip("-")


def sort_key(text: str) -> tuple[str, str]:
    """French alphabetical order, accents and case aside (« Écouflant » before « Saumur »,
    « Œuvre » with « Oeuvre »), punctuation as a space; the name as written breaks ties."""
    return re.sub(r"[^a-z0-9]+", " ", accentless(text).casefold()).strip(), text


#: Letters before which « de » becomes « d' » (not « h »: « de Haguenau », « de Hautot »).
_VOWELS = tuple("AEIOUYÀÂÄÉÈÊËÎÏÔÖŒÆÛÙÜaeiouyàâäéèêëîïôöœæûùü")
#: A name's own article, and what « de » and « à » make of it.
_ARTICLES = (("Le ", "du ", "au "), ("Les ", "des ", "aux "), ("le ", "du ", "au "),
             ("les ", "des ", "aux "))


def of(name: str) -> str:
    """« de » before a name, the French way: « d'Agir pour le Pilat », « du Renouveau »
    (Le Renouveau), « des Verts », « de La Rochelle », « de L'Haÿ-les-Roses »."""
    for article, merged, _ in _ARTICLES:
        if name.startswith(article):
            return merged + name[len(article):]
    return ("d'" if name.startswith(_VOWELS) else "de ") + name


def at(name: str) -> str:
    """« à » before a name: « à Saint-Exemple », « au Mans », « aux Mureaux », « à La Rochelle »,
    « à L'Haÿ-les-Roses »."""
    for article, _, merged in _ARTICLES:
        if name.startswith(article):
            return merged + name[len(article):]
    return "à " + name


#: How the DGCL's list abbreviates an intercommunalité's kind (« CC du Pilat Rhodanien »), and
#: the words readers know it by.
INTERCOMMUNALITY_KINDS = {"CC ": "Communauté de communes ", "CA ": "Communauté d'agglomération ",
                          "CU ": "Communauté urbaine "}


def intercommunality_name(name: str) -> str:
    """« CC du Pilat Rhodanien » → « Communauté de communes du Pilat Rhodanien »; a name
    already in full (« Métropole de Lyon ») as it is."""
    for short, full in INTERCOMMUNALITY_KINDS.items():
        if name.startswith(short):
            return full + name[len(short):]
    return name


def closest(value: object, known: Iterable[str]) -> str | None:
    """The known value an editor most likely meant (typo, accent, « _ » for « - »), if any."""
    candidates = {slugified(k): k for k in known}
    typed = slugified(str(value))
    if typed in candidates:
        return candidates[typed]
    best = difflib.get_close_matches(typed, list(candidates), cutoff=0.6,
                                     n=1)  # pragma: no mutate — more keeps the same best first
    return next((candidates[match] for match in best), None)


def known(value: object, allowed: Iterable[str], label: str = "valeurs permises",
          why: str = "", synonyms: dict[str, str] | None = None) -> str:
    """The end of a message about an unknown value: a suggestion (and ``why``, when the
    suggestion explains another problem), then what is allowed. ``synonyms`` maps words
    editors use (slugified) to the value they mean."""
    allowed = list(allowed)
    listed = ", ".join(allowed) or "aucune"
    guess = (synonyms or {}).get(slugified(str(value))) or closest(value, allowed)
    if guess is not None and guess != value:
        why = f" ({why})" if why else ""
        return (f" — vouliez-vous dire « {guess} » ?{why} {label[0].upper()}{label[1:]} : "
                f"{listed}")
    return f" — {label} : {listed}"
