"""The survivors of the first measure: the report says which test kills each of them now."""

from __future__ import annotations

NOTE: tuple[str, ...] = ()
SURVIVORS: tuple[tuple[str, str, str], ...] = ()
