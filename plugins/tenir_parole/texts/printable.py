"""Text made safe to print: nothing a site sends, nor an editor types, drives the terminal.

A status line, a header, a reason or a text of an export may hold control characters (ESC
sequences that recolour, clear or retitle a terminal), bidirectional overrides that show a line
in another order than it reads, or invisible marks. Each is shown as a visible escape
(« \\x1b », « \\u202e ») instead; the rest of the text, accents included, is left as it is.
"""

from __future__ import annotations

import re
import unicodedata

#: Control, format (bidi overrides and isolates, zero-width marks), surrogate, private-use and
#: unassigned characters, line and paragraph separators.
HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
#: Text made only of printable ASCII needs no closer look (most of a report).
PLAIN = re.compile(r"[ -~]*")


def visible(char: str) -> str:
    """``char``, or its escape when it would not show as itself."""
    if unicodedata.category(char) in HIDDEN:
        return char.encode("unicode_escape").decode("ascii")
    return char


def printable(text: str, limit: int | None = None) -> str:
    """``text`` with every hidden character escaped, cut to ``limit`` characters (« … »)."""
    if limit is not None and len(text) > limit:
        text = text[:limit] + "…"
    if PLAIN.fullmatch(text):
        return text
    return "".join(map(visible, text))


def printable_lines(text: str) -> str:
    """Each line of ``text`` made printable, the line breaks kept."""
    return "\n".join(map(printable, text.split("\n")))
