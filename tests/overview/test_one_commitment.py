"""An elected team with a single commitment: the overview says « 1 engagement », in the
singular, on the commune's page and on the national bilan."""

from __future__ import annotations

from helpers import TODAY, page_text, write_pledges
from overview_data import overview, seed
from tenir_parole.commands.generated import variant
from tenir_parole.core.assembly import load_dataset
from tenir_parole.site.opendata import to_json

SITE = "https://villeneuve.example.org"


def test_one_commitment_is_said_in_the_singular(tmp_path):
    data = load_dataset(write_pledges(tmp_path / "pledges"), TODAY)
    one = variant(data, "Angers", "49007", "Maine-et-Loire", SITE)
    folder = tmp_path / "donnees"
    seed(folder, {SITE: to_json(one, "Licence Ouverte / Open Licence 2.0 (Etalab)")})
    output = tmp_path / "output-federation"
    result = overview(folder, output)
    assert result.returncode == 0, result.stderr
    assert ("1 engagement d'Alpha pour tous, par état du suivi"
            in page_text(output, "communes/49007.html"))
    assert "1 engagement des équipes élues, par état" in page_text(output, "index.html")
