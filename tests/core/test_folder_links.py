"""A file of pledges/ that is a link to a file moved or deleted (an editor tidied a folder):
one French line naming it, never « erreur interne », never « fichier manquant » beside it,
never an optional file silently taken as absent."""

from __future__ import annotations

import pytest

from helpers import errors, write_pledges

GONE = ("lien vers un fichier absent : mettez ici le fichier lui-même, pas un lien")


@pytest.mark.parametrize("name", ["commune.yaml", "suivi.yaml", "listes/beta.yaml"])
def test_a_link_to_a_file_gone_is_named_once_in_french(tmp_path, name):
    pledges = write_pledges(tmp_path / "pledges")
    link = pledges / name
    link.unlink(missing_ok=True)
    link.symlink_to(pledges / "ancienne-copie.yaml")  # inside the folder, but gone
    said = errors(pledges)
    assert [line for line in said if line.startswith(f"pledges/{name}")] == [
        f"pledges/{name} : {GONE}"]
    assert not [line for line in said if "interne" in line]
