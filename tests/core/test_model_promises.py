"""What the model promises beyond a file's shape: the day an update last changed (its feed
entry's date), its id on the measure's page, French keys only, measures in their numbers'
order, and a level of government written in everyday words suggested as its own."""

from __future__ import annotations

import pytest

from helpers import COMMUNE, SUIVI, TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.errors import DataErrors

ASKED = "    sollicitation:\n      date: 2026-07-01\n      moyen: Lettre au maire\n"
REPLIED = "    reponse_mairie:\n      date: 2026-08-20\n      texte: Réponse.\n"


def the_update(tmp_path, extra: str):
    root = write_pledges(tmp_path / "pledges", suivi_yaml=SUIVI + extra)
    return load_dataset(root, TODAY).followup.updates[0]


@pytest.mark.parametrize(("extra", "revised"), [
    ("", "2026-06-12"),                  # written on 12 June, nothing since
    (ASKED, "2026-07-01"),               # the mairie asked on 1 July
    (ASKED + REPLIED, "2026-08-20"),     # and its reply, on 20 August, is the latest
    (REPLIED, "2026-08-20"),             # a reply without a request shown
])
def test_an_update_was_last_revised_by_its_latest_request_or_reply(tmp_path, extra, revised):
    assert the_update(tmp_path, extra).revised.isoformat() == revised


def test_an_update_is_found_on_its_measure_page_by_its_iso_date(tmp_path):
    assert the_update(tmp_path, "").anchor == "2026-06-12"


def test_english_attribute_names_are_not_keys_editors_may_write(tmp_path):
    """« name » is the code's word for « nom »: in commune.yaml it is an unknown field."""
    root = write_pledges(tmp_path / "pledges",
                         commune_yaml=COMMUNE.replace("nom: Villeneuve", "name: Villeneuve"))
    with pytest.raises(DataErrors) as caught:
        load_dataset(root, TODAY)
    text = str(caught.value)
    assert "pledges/commune.yaml, ligne 1 : champ « name » inconnu" in text


def test_measures_are_in_the_order_of_their_numbers_not_of_the_file(tmp_path):
    from helpers import MESURES

    first, second = MESURES.split("  - numero: 2\n")
    swapped = "mesures:\n  - numero: 2\n" + second + first.removeprefix("mesures:\n")
    data = load_dataset(write_pledges(tmp_path / "pledges", mesures_yaml=swapped), TODAY)
    assert [int(m.number) for m in data.measures] == [1, 2]


@pytest.mark.parametrize(("written", "level"), [
    ("conseil-departemental", "departement"), ("conseil-regional", "region"),
    ("prefecture", "etat"), ("metropole", "intercommunalite"), ("mairie", "commune")])
def test_a_level_written_in_everyday_words_is_suggested_as_its_level(tmp_path, written, level):
    from helpers import MESURES

    measures = MESURES + f"    competence:\n      niveau: {written}\n"
    with pytest.raises(DataErrors) as caught:
        load_dataset(write_pledges(tmp_path / "pledges", mesures_yaml=measures), TODAY)
    assert str(caught.value).startswith(
        f"pledges/mesures.yaml, ligne 17 : compétence « {written} » inconnue — vouliez-vous "
        f"dire « {level} » ?")
