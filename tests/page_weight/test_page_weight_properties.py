"""Properties over many generated pages (Hypothesis): kept apart from the example-based tests,
which the mutation sessions run for each mutant and which must start fast."""

from __future__ import annotations

import gzip

from hypothesis import given, settings
from hypothesis import strategies as st
from pelican.plugins.page_weight.weigh import PrefixSizer
from test_page_weight_fill import settled_is_consistent


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000), st.binary(max_size=3000), st.binary(max_size=200))
def test_a_page_filled_again_is_weighed_exactly_as_gzip_would(start, end, filling) -> None:
    """The figure shown is the gzip -9 size of the bytes written, to the byte."""
    sizer = PrefixSizer(start)
    for data in (start + filling + end, start + end, start, filling + end):
        assert sizer.measure(data) == (len(data), len(gzip.compress(data, 9, mtime=0)))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="<>&"), max_size=4000))
def test_footer_always_matches_the_final_bytes(body: str) -> None:
    assert settled_is_consistent(f"<html><body><p>{body}</p><!--page-weight--></body></html>")
