"""The preview as a browser gets it: each page carries the reload script and a policy that
lets it run and call back; `make serve` without a site says to build it first."""

from __future__ import annotations

from helpers import cli
from tenir_parole.commands.devserver import snapshot, watched
from tenir_parole.commands.options import Options
from tenir_parole.commands.reload import inject

CSP = ('<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">')


def test_a_page_gets_the_script_before_its_head_ends_and_a_policy_allowing_it():
    page = f"<html><head>{CSP}<title>t</title></head><body></body></html>"
    assert inject(page, 7) == (
        '<html><head><meta http-equiv="Content-Security-Policy" content="default-src '
        "&#39;self&#39;; script-src &#39;self&#39;; connect-src &#39;self&#39;\"><title>t"
        '</title><script src="/__reload.js?build=7"></script></head><body></body></html>')


def test_a_page_without_head_still_gets_the_script_at_its_end():
    assert inject("<p>bonjour</p>", 3) == '<p>bonjour</p><script src="/__reload.js?build=3">' \
                                          "</script>"


def test_serve_without_a_built_site_says_to_build_it(tmp_path):
    ran = cli("serve", "--output", str(tmp_path / "output"))
    assert ran.returncode == 2
    assert ran.stderr == f"{tmp_path / 'output'}/ introuvable : construisez d'abord le site " \
                         "(make html)\n"


def test_the_preview_watches_the_data_the_settings_the_pages_and_the_theme():
    options = Options("devserver")
    assert [p.as_posix() for p in watched(options)] == ["pledges", "pelicanconf.py", "content",
                                                        "theme"]


def test_an_editors_leftover_is_no_change(tmp_path):
    (tmp_path / "commune.yaml").write_text("a", encoding="utf-8")
    for leftover in ("commune.yaml~", ".commune.yaml.swp", "#commune.yaml#"):
        (tmp_path / leftover).write_text("a", encoding="utf-8")
    assert [p.name for p in snapshot([tmp_path])] == ["commune.yaml"]
