"""A site published at a plain http:// address (an intranet, a local server) is still a
published site: it has its feeds and its sitemap, with that address in them."""

from __future__ import annotations

from helpers import ROOT, build, write_pledges


def test_a_site_at_an_http_address_has_its_feeds_and_sitemap(tmp_path, monkeypatch):
    monkeypatch.setenv("SITEURL", "http://suivi.villeneuve.local")
    output = tmp_path / "output"
    result = build(output, write_pledges(tmp_path / "pledges"), ROOT / "publishconf.py")
    assert result.returncode == 0, result.stderr
    assert "http://suivi.villeneuve.local/mesures/services-hors-reseau.html" in (
        output / "suivi.atom").read_text(encoding="utf-8")
    assert (output / "mesures" / "services-hors-reseau.atom").is_file()
    assert (output / "sitemap.xml").is_file()  # its lines: test_pages.py
