"""What the federation accepts from a commune's site: a valid export (the data core's own
checks, tenir_parole.core.export), plus what its pages need — an INSEE code of the official
geography (or, for an example commune, fictional, one in a known département), names short
enough for a page's budget, and no markup at all in any text.

The same function serves collecting and building: a copy that lands is a copy the build reads.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from tenir_parole.core import geography, official
from tenir_parole.core.dataset import Dataset
from tenir_parole.core.errors import DataErrors
from tenir_parole.core.export import parts, read_export
from tenir_parole.overview import departements
from tenir_parole.texts import overview as ui_fr
from tenir_parole.texts.french import count

#: The longest names a page shows (characters), and how many lists and measures a commune's
#: page can hold within its budget (tests/federation/test_federation_build.py builds the
#: worst case).
MAX_NAME = 120
MAX_LISTS = 30
MAX_MEASURES = 40
#: How far after the federation's date a site's reference date may be: a site's clock can be
#: on the next day (its time zone is ahead of UTC, New Caledonia's by eleven hours). Collecting
#: and building both accept through ``accept``, so a copy that lands is never refused by the
#: build of the same day.
AHEAD = dt.timedelta(days=1)
#: An HTML tag or comment, or a script address: a commune's site would have filtered them
#: (safe_markdown); in an export they mean a hostile or broken site.
MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>|<!--|(?i:(?:java|vb)\s*script\s*:)")
#: Nothing in the JSON text that could decode to markup: no « < », no \u escape, no script
#: address (even split by an escaped blank). Most exports: their texts need no closer look.
SUSPECT = re.compile(r"<|\\u|(?i:(?:java|vb)(?:\s|\\[nrt])*script)")


class Refused(Exception):
    """An export the federation does not take; ``lines`` say why, in French."""

    def __init__(self, lines: list[str]):
        super().__init__("\n".join(lines))
        self.lines = lines


def texts(value: object, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string in a JSON-like tree, with its path (keys and indexes)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from texts(key, path)
            yield from texts(inner, (*path, key))
    elif isinstance(value, list | tuple):
        for i, inner in enumerate(value):
            yield from texts(inner, (*path, i))


def markup(data: Dataset) -> list[str]:
    found = [(path, match.group(0)) for path, text in texts(parts(data))
             if (match := MARKUP.search(text))]
    more = count(len(found) - 3, "autre texte", "autres textes")
    return [ui_fr.MESSAGES["markup"].format(where=" › ".join(map(str, path)), excerpt=excerpt[:40])
            for path, excerpt in found[:3]] + (
                [ui_fr.MESSAGES["markup_more"].format(others=more)] if len(found) > 3 else [])


def limits(data: Dataset) -> list[str]:
    m = ui_fr.MESSAGES
    problems = []
    insee = data.commune.insee_code
    if departements.place(insee, data.commune.example)[1] is None:
        cog = geography.load()
        problems.append(m["not_a_commune"].format(
            insee=insee, what=official.what_it_is(cog, cog.resolve(insee))))
    if len(data.lists) > MAX_LISTS:
        problems.append(m["too_many_lists"].format(n=len(data.lists), max=MAX_LISTS))
    if len(data.measures) > MAX_MEASURES:
        problems.append(m["too_many_measures"].format(n=len(data.measures), max=MAX_MEASURES))
    names = [("commune › nom", data.commune.name),
             *((f"listes › {slug} › nom", lst.name) for slug, lst in data.lists.items()),
             *((f"mesures › {m.slug} › titre", m.title) for m in data.measures)]
    problems += [m["too_long"].format(where=where, n=len(name), max=MAX_NAME)
                 for where, name in names if len(name) > MAX_NAME]
    return problems


def accept(payload: bytes, name: str, today: dt.date) -> Dataset:
    """The commune's Dataset, or ``Refused`` with every reason; its reference date may be up
    to ``AHEAD`` after ``today``."""
    try:
        data = read_export(payload, name, today + AHEAD)
    except DataErrors as e:
        lines = [str(error) for error in e.errors]
        raise Refused(lines[:5] + ([ui_fr.MESSAGES["more"].format(
            others=count(len(lines) - 5, "autre problème", "autres problèmes"))]
                                   if len(lines) > 5 else [])) from None
    suspect = SUSPECT.search(payload.decode("utf-8"))
    problems = (markup(data) if suspect else []) + limits(data)
    if problems:
        raise Refused(problems)
    return data
