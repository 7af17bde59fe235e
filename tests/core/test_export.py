"""Reading a published export back: the same models and rules as the YAML folder, French
messages for every problem, and the versioned envelope."""

from __future__ import annotations

import json

import pytest

from helpers import EXAMPLE, FIXTURES, TODAY
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.errors import DataErrors
from tenir_parole.core.export import FORMAT, read_export
from tenir_parole.site.opendata import to_json

NAME = "https://exemple.example.org/donnees/tenir-parole.json"


def exported(root=EXAMPLE) -> dict:
    return json.loads(to_json(load_dataset(root, TODAY), "Licence Ouverte 2.0"))


def refusal(whole: dict | bytes) -> str:
    payload = whole if isinstance(whole, bytes) else json.dumps(whole).encode()
    with pytest.raises(DataErrors) as caught:
        read_export(payload, NAME, TODAY)
    return str(caught.value)


@pytest.mark.parametrize("root", [EXAMPLE, FIXTURES / "avant", FIXTURES / "minimal"],
                         ids=lambda p: p.name)
def test_an_export_reads_back_as_the_dataset_it_was_written_from(root):
    data = load_dataset(root, TODAY)
    back = read_export(to_json(data, "Licence Ouverte 2.0"), NAME, TODAY)
    assert (back.commune, back.measures, back.lists, back.followup, back.corrections) == (
        data.commune, data.measures, data.lists, data.followup, data.corrections)
    assert back.status_counts() == data.status_counts()


def test_the_export_names_its_format():
    assert exported()["format"] == FORMAT == "tenir-parole/1"


def test_another_format_version_is_refused_in_french():
    whole = exported()
    whole["format"] = "tenir-parole/2"
    assert "format « tenir-parole/2 » inconnu" in refusal(whole)


def test_each_part_is_checked_like_its_file_with_the_cross_file_rules():
    whole = exported()
    whole["commune"]["nom"] = ""
    whole["listes"]["avenir-commun"]["positions"][0]["position"] = "peut-etre"
    whole["listes"]["renouveau-citoyen"]["positions"].pop()
    message = refusal(whole)
    assert f"{NAME} › commune › nom : « nom » : texte vide" in message
    assert "position « peut-etre » inconnue" in message
    assert "listes › renouveau-citoyen › positions : aucune position pour la mesure" in message



def test_each_message_about_an_export_names_its_json_path_once():
    whole = exported()
    whole["mesures"][2]["numero"] = "trois"
    whole["mesures"][4]["numero"] = whole["mesures"][0]["numero"]
    whole["corrections"] = [{"date": "2026-01-05", "page": "/", "modification": "x",
                             "motif": "y", "auteur": "moi"}]
    whole["suivi"]["mises_a_jour"][1]["statut"] = "bof"
    whole["listes"]["avenir-commun"]["positions"][4]["position"] = "peut-etre"
    lines = refusal(whole).splitlines()
    for expected in [
        "› mesures › 2 › numero : « numero » : nombre entier attendu (sans guillemets), reçu "
        "« trois »",
        "› corrections › 0 › auteur : champ « auteur » inconnu",
        "› suivi › mises_a_jour › 1 › statut : statut « bof » inconnu",
        "› listes › avenir-commun › positions › 4 › position : position « peut-etre » inconnue",
    ]:
        assert any(line.startswith(NAME + " " + expected) for line in lines), expected
    whole = exported()
    whole["mesures"][4]["numero"] = whole["mesures"][0]["numero"]
    assert refusal(whole) == (f"{NAME} › mesures › 4 › numero : numéro "
                              f"{whole['mesures'][0]['numero']} déjà utilisé (« mesures › 0 »)")

@pytest.mark.parametrize(("payload", "expected"), [
    (b'{"format": "tenir-parole/1", "format": "x"}', "clé « format » en double"),
    (b'{"a": NaN}', "pas du JSON standard"),
    (b"\xff\xfe", "pas en UTF-8"),
    (b"<html>Site en maintenance</html>", "JSON invalide"),
    (b"[]", "des champs"),
    (b'{"commune": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "JSON invalide (imbrication trop profonde"),
])
def test_what_is_not_an_export_is_refused_with_a_french_reason(payload, expected):
    assert expected in refusal(payload)


def test_an_export_dated_after_today_is_refused():
    whole = exported()
    whole["date_de_reference"] = "2027-01-01"
    assert "date_de_reference 2027-01-01 dans le futur" in refusal(whole)


def bloated(keys: int, twice: str | None = None) -> bytes:
    """The example's export, its bilan swollen to ``keys`` keys (``twice`` written twice)."""
    whole = exported()
    text = json.dumps(whole | {"bilan": {f"k{i}": i for i in range(keys)}})
    return (text.replace('"k0": 0', f'"{twice}": 0') if twice else text).encode()


@pytest.mark.parametrize(("payload", "expected"), [
    (bloated(100_000), "JSON invalide (un objet de 100\u202f000 clés, plus que les 1\u202f000 "
                       "qu'un export peut avoir)"),
    (bloated(100_000, twice="k99999"), "JSON invalide (clé « k99999 » en double)"),
    (bloated(1_001), "JSON invalide (un objet de 1\u202f001 clés, plus que les 1\u202f000"),
])
def test_an_object_of_many_keys_is_refused_as_it_is_parsed_a_key_twice_named(payload, expected):
    """The duplicate check is linear: 100,000 keys in one object are judged at once (they took
    minutes when each key was counted among all the others)."""
    assert refusal(payload).startswith(f"{NAME} : {expected}")


@pytest.mark.parametrize(("change", "expected"), [
    (lambda b: b["statuts"].update({"bof": 1}),
     "› bilan › statuts › bof › [key] : statut « bof » inconnu — valeurs permises : non-evalue"),
    (lambda b: b.update({"engagements": -1}),
     "› bilan › engagements : « engagements » : nombre entier attendu (sans guillemets), reçu "
     "« -1 »"),
    (lambda b: b["raisons"].update({"budget": []}),
     "› bilan › raisons › budget : « budget » ne doit pas être vide"),
    (lambda b: b["hors_commune"].update({"ecole-ouverte": "commune"}),
     "› bilan › hors_commune › ecole-ouverte : compétence « commune » inconnue"),
    (lambda b: b["en_attente_de_la_mairie"]["ecole-ouverte"].update({"jours": "17"}),
     "› bilan › en_attente_de_la_mairie › ecole-ouverte › jours : « jours » : nombre entier "
     "attendu (sans guillemets), reçu « 17 »"),
    (lambda b: b.update({"total": 7}), "› bilan › total : champ « total » inconnu"),
    (lambda b: b.pop("verdicts"), "› bilan : champ « verdicts » manquant"),
])
def test_the_bilan_is_typed_like_the_rest_of_the_export(change, expected):
    whole = exported()
    change(whole["bilan"])
    assert f"{NAME} {expected}" in refusal(whole)


def test_an_export_before_the_election_has_no_bilan():
    whole = exported(FIXTURES / "avant")
    assert whole["bilan"] is None
    assert read_export(json.dumps(whole).encode(), NAME, TODAY).commune.phase == "avant"


def test_a_part_longer_than_any_commune_has_is_refused_at_once_in_french():
    """200,000 measures (0.4 MB, under the size cap): one line, not one per item."""
    whole = exported()
    whole["mesures"] = [0] * 200_000
    with pytest.raises(DataErrors) as refused:
        read_export(json.dumps(whole).encode(), "x.json", TODAY)
    assert [str(e) for e in refused.value.errors] == [
        "x.json › mesures : « mesures » : trop d'éléments (200000, 100 au plus)"]


def test_an_object_of_exactly_the_most_keys_an_export_may_have_is_parsed():
    """1 000 keys is the limit, not beyond it: the bilan is then refused for what it holds."""
    message = refusal(bloated(1_000))
    assert "clés, plus que" not in message
    assert f"{NAME} › bilan › k0 : champ « k0 » inconnu" in message


@pytest.mark.parametrize("slug", ["index", "suivi", "con", "com1", "../../index", "Avenir Commun",
                                  "avenir/commun", ""])
def test_a_list_keyed_by_a_reserved_name_or_not_a_file_name_is_refused(slug):
    """A list's page would overwrite the home page or the follow-up, be a Windows device, or
    land outside its folder."""
    whole = exported()
    whole["listes"][slug] = whole["listes"].pop("renouveau-citoyen")
    assert f"{NAME} : listes : identifiant « {slug} » invalide" in refusal(whole).splitlines()


def test_an_export_without_any_list_is_refused():
    whole = exported()
    whole["listes"] = {}
    assert f"{NAME} : listes : aucune liste" in refusal(whole).splitlines()


def test_an_exports_dates_are_bounded_by_its_own_reference_date():
    """Read on 29 November, an export made on 15 November cannot hold a date of the 20th."""
    whole = exported()
    whole["date_de_reference"] = "2026-11-15"
    whole["corrections"][0]["date"] = "2026-11-20"
    assert (f"{NAME} › corrections › 0 › date : date 2026-11-20 dans le futur : vérifiez "
            "l'année") in refusal(whole).splitlines()


def test_an_empty_follow_up_is_checked_as_a_follow_up():
    whole = exported()
    whole["suivi"] = {}
    assert f"{NAME} › suivi : champ « liste » manquant" in refusal(whole).splitlines()
