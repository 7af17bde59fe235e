"""A file of comments only: an optional file still holding its commented template is simply
not there yet; a required one is an error said in French."""

from __future__ import annotations

import pytest

from helpers import TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.errors import DataErrors

TEMPLATE = "# liste: alpha\n# mises_a_jour:\n#   - mesure: …\n"


def errors_of(pledges) -> list[str]:
    with pytest.raises(DataErrors) as caught:
        load_dataset(pledges, TODAY)
    return [str(e) for e in caught.value.errors]


@pytest.mark.parametrize("name", ["suivi_yaml", "corrections_yaml"])
def test_an_optional_file_holding_only_its_template_is_not_there_yet(tmp_path, name):
    """`make nouvelle-commune` ships suivi.yaml and corrections.yaml commented out."""
    data = load_dataset(write_pledges(tmp_path / "pledges", **{name: TEMPLATE}), TODAY)
    assert data.templates == (f"pledges/{name.removesuffix('_yaml')}.yaml",)


def test_a_required_file_holding_only_comments_is_an_error(tmp_path):
    pledges = write_pledges(tmp_path / "pledges", commune_yaml="# nom: Villeneuve\n")
    assert errors_of(pledges) == [
        "pledges/commune.yaml, ligne 1 : rien que des commentaires : retirez les « # » des "
        "lignes du modèle que vous remplissez"]
