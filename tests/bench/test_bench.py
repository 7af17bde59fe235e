"""The benchmark's own pieces: its synthetic communes are valid data, its arithmetic and French
figures are right, and its step-by-step timing covers every step of a real build."""

from __future__ import annotations

import pytest

from bench import builds, synth
from bench.common import fr, table
from bench.sites import linked_variant, visible_text
from helpers import EPOCH, ROOT
from tenir_parole.build import verify
from tenir_parole.build.settings import read_settings


@pytest.mark.parametrize(("lists", "measures"), [(1, 1), (7, 3), (12, 6)])
def test_synthetic_communes_pass_every_check(tmp_path, lists, measures):
    """What `make check` runs, the official geography included (they are fictional)."""
    data, said = verify.load(synth.write(tmp_path / "pledges", lists, measures),
                             read_settings(ROOT / "pelicanconf.py"),
                             {"SOURCE_DATE_EPOCH": EPOCH})
    assert data is not None, said
    assert (len(data.lists), len(data.measures)) == (lists, measures)
    assert len(data.commitments()) == measures  # the elected list commits to everything
    assert len(data.followup.updates) == 2 * measures


def test_the_synthetic_federation_runs_on_the_real_communes():
    """The benchmark's communes are the official ones: all 34,969 at its largest size, each
    smaller size spread over the country and a part of the next."""
    from bench import federation_synth

    every = federation_synth.communes(34_969)
    assert len({c.code for c in every}) == 34_969
    assert {c.name for c in every} >= {"Saint-Julien-Molin-Molette", "L'Haÿ-les-Roses", "Y",
                                      "Œting"}
    hundred = federation_synth.communes(100)
    assert len({c.department for c in hundred}) > 60
    assert {c.code for c in hundred} <= {c.code for c in federation_synth.communes(1_000)}
    assert {c.department for c in federation_synth.communes(150, ["62"])} == {"62"}
    with pytest.raises(ValueError, match="35 000 communes synthétiques : la géographie n'en a "
                       "que 34 969"):
        federation_synth.communes(35_000)


def test_french_figures_and_tables():
    assert fr(1234.56) == "1\u202f234,6" and fr(0.5, 2) == "0,50"
    assert table(["a", "bb"], [["1", "2"]]) == ["| a | bb |", "|---|----|", "| 1 | 2  |"]


def test_hyperfine_report_gives_median_wall_and_cpu_by_command():
    report = {"results": [{"command": "ours", "median": 0.8, "user": 0.6, "system": 0.1},
                          {"command": "bare", "median": 0.5, "user": 0.4, "system": 0.05}]}
    assert builds.parse(report) == {"ours": builds.Timing(0.8, 0.7),
                                    "bare": builds.Timing(0.5, 0.45)}


def test_linked_variant_moves_the_inline_stylesheet_into_one_file(tmp_path):
    site = tmp_path / "site"
    (site / "mesures").mkdir(parents=True)
    page = ('<html><head><meta content="default-src \'none\'; style-src \'sha256-x\'">'
            "<style>p{color:red}</style></head><body><main><p>Texte</p></main></body></html>")
    (site / "mesures" / "a.html").write_text(page, encoding="utf-8")
    linked = linked_variant(site, tmp_path / "linked")
    html = (linked / "mesures" / "a.html").read_text(encoding="utf-8")
    assert '<link rel="stylesheet" href="../site.css">' in html and "<style>" not in html
    assert "style-src 'self'" in html
    assert (linked / "site.css").read_text(encoding="utf-8") == "p{color:red}"
    assert visible_text(html) == "Texte"


def test_the_collector_benchmark_serves_its_keys_under_the_cap_and_writes_its_section():
    from bench import collector
    from tenir_parole.overview.fetch import MAX_BYTES

    payload = collector.bloated(b'{"commune": {}, "bilan": null}', twice=True)
    assert len(payload) < MAX_BYTES and payload.count(b'"k') == collector.KEYS
    assert payload.count(f'"k{collector.KEYS - 1}":'.encode()) == 2
    text = "# Mesures\n\n## 3. Temps\n\nx\n\n## Fédération\n\ny\n\n## Reproduire\n"
    new = collector.replace_section(text, [collector.TITLE, "", "z", ""])
    assert new.index(collector.TITLE) < new.index("## Fédération")
    assert collector.replace_section(new, [collector.TITLE, "", "w", ""]).count("z") == 0
