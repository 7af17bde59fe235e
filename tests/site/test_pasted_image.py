"""An image an editor pasted in a content page (content/pages/*.md) becomes a link to it, its
description the link's text: the page loads nothing from another site, and loses nothing."""

from __future__ import annotations

import shutil

from bs4 import BeautifulSoup

from helpers import FIXTURES, ROOT, build

PAGE = """\
Title: Plan du quartier
Slug: plan

Voici le plan : ![le plan du quartier](https://example.org/plan.png)
"""


def test_a_pasted_image_on_a_content_page_becomes_a_link_to_it(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "pages" / "plan.md").write_text(PAGE, encoding="utf-8")
    output = tmp_path / "output"
    result = build(output, FIXTURES / "minimal", "pelicanconf.py", "--content", str(content))
    assert result.returncode == 0, result.stderr
    main = BeautifulSoup((output / "plan.html").read_text(encoding="utf-8"), "html.parser").main
    assert main.find("img") is None
    link = main.find("a", href="https://example.org/plan.png")
    assert link is not None and link.text == "le plan du quartier"
