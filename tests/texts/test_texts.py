"""The sites' strings: each key says one thing, in one module."""

from __future__ import annotations

from tenir_parole.texts import history, paper, site


def test_no_key_is_defined_in_two_modules_where_one_would_hide_the_other():
    modules = {"site": site.TEXTS, "paper": paper.TEXTS, "history": history.TEXTS}
    seen: dict[str, str] = {}
    twice = []
    for name, texts in modules.items():
        twice += [f"{key} ({seen[key]}, {name})" for key in texts if key in seen]
        seen.update(dict.fromkeys(texts, name))
    assert twice == []
