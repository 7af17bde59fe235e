"""Every <link rel> that makes a browser fetch its href counts as a request of the page; the
others (a feed, the canonical address) are links, not loads."""

from __future__ import annotations

import pytest

from tenir_parole.weight.refs import html_refs, parsed_refs


@pytest.mark.parametrize("rel", ["stylesheet", "icon", "apple-touch-icon",
                                 "apple-touch-icon-precomposed", "mask-icon", "preload",
                                 "modulepreload", "prefetch", "manifest", "Shortcut Icon"])
def test_a_link_the_browser_fetches_is_a_load(rel) -> None:
    page = f'<!doctype html><html><head><link rel="{rel}" href="f.bin"></head></html>'
    assert html_refs(page) == parsed_refs(page) == ["f.bin"]


@pytest.mark.parametrize("rel", ["alternate", "canonical", "author", "license"])
def test_a_link_the_browser_only_knows_of_is_no_load(rel) -> None:
    page = f'<!doctype html><html><head><link rel="{rel}" href="f.xml"></head></html>'
    assert html_refs(page) == parsed_refs(page) == []
