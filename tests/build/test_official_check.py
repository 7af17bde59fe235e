"""`make check` compares commune.yaml with the official geography (COG 2026): the INSEE code is
a commune's, the name is that commune's, and so are the département, the SIREN, the
intercommunalité and the SIRET; the example commune (fictional, `exemple: true`) is not
compared. Errors become warnings when the geography is not of the election's year."""

from __future__ import annotations

import re

import pytest

from helpers import COMMUNE, cli, write_pledges

PILAT = COMMUNE.replace("nom: Villeneuve", "nom: Saint-Julien-Molin-Molette").replace(
    '"04242"', '"42246"').replace("Alpes-de-Haute-Provence", "Loire")


def check(tmp_path, commune: str, **files):
    return cli("check", "--pledges", str(write_pledges(tmp_path / "pledges",
                                                       commune_yaml=commune, **files)))


def refused(tmp_path, commune: str) -> list[str]:
    result = check(tmp_path, commune)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"[0-9]+ erreurs? à corriger\.", lines[-1]), lines
    return lines[:-1]


def test_the_code_of_another_commune_is_refused_with_the_one_the_name_means(tmp_path):
    """The issue's own case: Saint-Julien-Molin-Molette is 42246; 42265 is another commune."""
    assert refused(tmp_path, PILAT.replace('"42246"', '"42265"')) == [
        "pledges/commune.yaml, ligne 2 : code INSEE « 42265 » : c'est celui de "
        "Saint-Michel-sur-Rhône selon le Code officiel géographique 2026, pas de "
        "« Saint-Julien-Molin-Molette » — vouliez-vous dire « 42246 » "
        "(Saint-Julien-Molin-Molette, Loire) ?"]


@pytest.mark.parametrize(("code", "name", "said"), [
    ("01018", "Bellegarde-sur-Valserine", "code INSEE « 01018 » : ancien code : cette commune "
     "fait partie de Valserhône (01033, Ain) depuis, selon le Code officiel géographique 2026 ; "
     "c'est elle qui élit le conseil municipal, code INSEE « 01033 »"),
    ("01340", "Saint-Bois", "code INSEE « 01340 » : Saint-Bois est une commune déléguée "
     "d'Arboys en Bugey (01015, Ain) ; c'est Arboys en Bugey qui élit le conseil municipal, "
     "code INSEE « 01015 »"),
    ("75101", "Paris 1er Arrondissement", "code INSEE « 75101 » : Paris 1er Arrondissement "
     "est un arrondissement municipal de Paris (75056, Paris) ; c'est Paris qui élit le "
     "conseil municipal, code INSEE « 75056 »"),
    ("04999", "Villeneuve", "code INSEE « 04999 » : aucune commune ne porte ce code dans le "
     "Code officiel géographique 2026 — vouliez-vous dire « 01446 » (Villeneuve, Ain) ou"),
])
def test_a_code_that_is_no_commune_today_says_which_commune_it_is_part_of(tmp_path, code,
                                                                         name, said):
    commune = COMMUNE.replace('"04242"', f'"{code}"').replace("nom: Villeneuve", f"nom: {name}")
    [line] = refused(tmp_path, commune)
    assert line.startswith(f"pledges/commune.yaml, ligne 2 : {said}")


@pytest.mark.parametrize(("old", "new", "said"), [
    ("departement: Loire", "departement: Ain", "ligne 3 : département « Ain » : "
     "Saint-Julien-Molin-Molette est dans le département Loire (42) ; écrivez departement: "
     "\"Loire\""),
    ("phase:", 'siren: "214202657"\nphase:', "ligne 7 : SIREN « 214202657 » : celui de "
     "Saint-Julien-Molin-Molette est « 214202467 » selon le Code officiel géographique 2026"),
    ("phase:", 'intercommunalite:\n  nom: CC du Pilat Rhodanien\n  siren: "244200895"\nphase:',
     "ligne 9 : SIREN « 244200895 » : l'intercommunalité de Saint-Julien-Molin-Molette est la "
     "Communauté de communes des Monts du Pilat (« 244200622 ») selon le Code officiel "
     "géographique 2026"),
    ("phase:", 'siret: "21420246700010"\nphase:', "ligne 7 : SIRET « 21420246700010 » : clé de "
     "contrôle fausse (un chiffre mal recopié ?)"),
    ("phase:", 'siret: "21040242600014"\nphase:', "ligne 7 : SIRET « 21040242600014 » : celui "
     "de la mairie commence par le SIREN de la commune, « 214202467 »"),
])
def test_what_commune_yaml_says_of_the_commune_must_be_the_geographys(tmp_path, old, new, said):
    assert refused(tmp_path, PILAT.replace(old, new, 1)) == [f"pledges/commune.yaml, {said}"]


def test_the_right_values_pass_and_a_name_spelled_otherwise_is_only_a_warning(tmp_path):
    right = PILAT.replace("nom: Saint-Julien-Molin-Molette", "nom: Saint Julien Molin Molette")
    # A mairie's SIRET: its SIREN, then an establishment number ending in 9s (Luhn: a 9 is
    # counted as it is, only a doubled digit over 9 loses 9).
    right = right.replace("phase:", 'region: Auvergne-Rhône-Alpes\nsiren: "214202467"\n'
                          'siret: "21420246700079"\n'
                          'intercommunalite:\n  nom: Monts du Pilat\n  siren: "244200622"\n'
                          "phase:")
    result = check(tmp_path, right)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stdout.splitlines() if line.startswith("Avertissement")]
    assert warnings == [  # the geography is of the election's year: no warning of its age
        "Avertissement : pledges/commune.yaml, ligne 1 : nom « Saint Julien Molin Molette » : "
        "le nom officiel s'écrit « Saint-Julien-Molin-Molette »"]


def test_the_example_commune_is_fictional_and_not_compared(tmp_path):
    fictional = COMMUNE.replace('"04242"', '"99001"') + "exemple: true\n"
    result = check(tmp_path, fictional)
    assert result.returncode == 0, result.stderr
    assert "Code officiel géographique" not in result.stdout


def test_a_geography_older_than_the_election_is_said_and_only_warns(tmp_path):
    later = PILAT.replace("2026-03-15", "2032-03-14").replace("2026-03-22", "2032-03-21")
    later = later.replace("phase: apres\nliste_elue: alpha", "phase: avant")
    result = check(tmp_path, later.replace("departement: Loire", "departement: Ain"),
                   suivi_yaml=None)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert ("Avertissement : la géographie officielle est celle du Code officiel géographique "
            "2026, plus ancienne que les élections de 2032 : prenez la nouvelle version de "
            "Tenir parole (make mise-a-jour) ou régénérez-la (make geographie VERSION=…)"
            ) in lines
    assert any(line.startswith("Avertissement : pledges/commune.yaml, ligne 3 : département "
                               "« Ain »") for line in lines)


def test_a_commune_merged_since_its_election_is_a_warning(tmp_path):
    """Elected in 2020 as Bellegarde-sur-Valserine (01033, a commune nouvelle since): the
    2026 geography cannot make its data wrong."""
    earlier = COMMUNE.replace("2026-03-15", "2020-03-15").replace("2026-03-22", "2020-03-22")
    earlier = earlier.replace('"04242"', '"01018"').replace("nom: Villeneuve", "nom: Lancrans")
    result = check(tmp_path, earlier)
    assert result.returncode == 0, result.stderr
    assert ("Avertissement : pledges/commune.yaml, ligne 2 : code INSEE « 01018 » : ancien code "
            ": cette commune fait partie de Valserhône") in result.stdout


def test_a_departement_written_as_its_code_in_lower_case_passes(tmp_path):
    """« 2a » is Corse-du-Sud's code as an editor may type it."""
    ajaccio = COMMUNE.replace("nom: Villeneuve", "nom: Ajaccio").replace(
        '"04242"', '"2A004"').replace("Alpes-de-Haute-Provence", '"2a"')
    result = check(tmp_path, ajaccio)
    assert result.returncode == 0, result.stderr
    assert "département" not in result.stdout


def test_an_unknown_code_suggests_the_five_communes_of_that_name_nearest(tmp_path):
    [line] = refused(tmp_path, COMMUNE.replace('"04242"', '"04999"'))
    assert line == (
        "pledges/commune.yaml, ligne 2 : code INSEE « 04999 » : aucune commune ne porte ce code "
        "dans le Code officiel géographique 2026 — vouliez-vous dire « 01446 » (Villeneuve, Ain) "
        "ou « 04242 » (Villeneuve, Alpes-de-Haute-Provence) ou « 09335 » (Villeneuve, Ariège) ou "
        "« 12301 » (Villeneuve, Aveyron) ou « 33551 » (Villeneuve, Gironde) ?")


def test_a_departement_that_may_have_changed_since_an_older_election_only_warns(tmp_path):
    """Elected in 2020, compared with the 2026 geography: a mismatch is a warning."""
    earlier = PILAT.replace("2026-03-15", "2020-03-15").replace("2026-03-22", "2020-03-22")
    result = check(tmp_path, earlier.replace("departement: Loire", "departement: Ain"))
    assert result.returncode == 0, result.stderr
    assert ("Avertissement : pledges/commune.yaml, ligne 3 : département « Ain » : "
            "Saint-Julien-Molin-Molette est dans le département Loire (42) ; écrivez "
            "departement: \"Loire\"") in result.stdout.splitlines()


def test_a_siret_not_of_the_communes_siren_is_an_error_whatever_the_geographys_year(tmp_path):
    earlier = PILAT.replace("2026-03-15", "2020-03-15").replace("2026-03-22", "2020-03-22")
    assert refused(tmp_path, earlier.replace("phase:", 'siret: "21040242600014"\nphase:')) == [
        "pledges/commune.yaml, ligne 7 : SIRET « 21040242600014 » : celui de la mairie commence "
        "par le SIREN de la commune, « 214202467 »"]
