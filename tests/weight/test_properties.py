"""Properties over many generated pages (Hypothesis): kept apart from the example-based tests,
which the mutation sessions run for each mutant and which must start fast."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from test_fill import settled_is_consistent

from tenir_parole.weight.refs import may_load, parsed_refs
from tenir_parole.weight.weigh import resolve


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="<>&"), max_size=4000))
def test_footer_always_matches_the_final_bytes(body: str) -> None:
    assert settled_is_consistent(f"<html><body><p>{body}</p><!--page-weight--></body></html>")


#: <link> tags, right and wrong: quotes or none, case, references, repeated attributes…
OPENINGS = ["<link", "<LINK", "<link/", "<link\n"]
ATTRIBUTES = [' rel="icon"', ' rel="stylesheet"', " rel=stylesheet", ' REL="Preload"',
              ' rel="alternate"', ' rel="icon stylesheet"', ' rel="&#115;tylesheet"',
              ' href="data:,"', ' href=""', ' href="s.css"', " href=s.css", ' href=" data:x"',
              ' HREF="i.png"', ' href="&#100;ata:,"', ' title="a>b"', " title='a\">b'",
              ' type="text/css"', '"', "'"]
CLOSINGS = [">", "/>", " >", ""]
BETWEEN = ["", " ", "<p>texte</p>", "<!--", "-->", "<style>", "</style>", '"', "'"]
links = st.builds(lambda o, a, c: o + "".join(a) + c, st.sampled_from(OPENINGS),
                  st.lists(st.sampled_from(ATTRIBUTES), max_size=4), st.sampled_from(CLOSINGS))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(BETWEEN), links), max_size=4))
def test_a_page_read_without_the_parser_loads_nothing_by_the_parser_either(parts) -> None:
    """The shortcut is safe: whatever ``may_load`` lets through unparsed, the parser finds
    nothing in it that loads a file."""
    page = "".join(before + link for before, link in parts)
    if not may_load(page):
        assert all(resolve(ref, "") is None for ref in parsed_refs(page)), page
