"""Loading a whole pledges/ folder: every error, in French, at the exact file and line."""

import dataclasses
import datetime as dt

import pytest

from helpers import ALPHA, COMMUNE, MESURES, SUIVI, TODAY, errors, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.errors import DataErrors
from tenir_parole.core.vocabulary import STATUSES


def test_valid_folder_loads(pledges):
    data = load_dataset(pledges, TODAY)
    assert [m.slug for m in data.measures] == ["services-hors-reseau", "ecrans-publicitaires"]
    assert data.stance("alpha", "ecrans-publicitaires").position == "sans-reponse"
    assert [m.slug for m in data.commitments()] == ["services-hors-reseau"]
    assert data.current("services-hors-reseau").status == "en-cours"


def test_a_copy_of_a_dataset_counts_each_commitment_once(pledges):
    """dataclasses.replace (the federation's example communes are copies under another name)
    gives a Dataset with the same commitments and bilan, the original's unchanged."""
    data = load_dataset(pledges, TODAY)
    renamed = dataclasses.replace(data, commune=data.commune.model_copy(
        update={"name": "Autre-Ville"}))
    again = dataclasses.replace(renamed, commune=data.commune)
    for each in (data, renamed, again):
        assert [m.slug for m in each.commitments()] == ["services-hors-reseau"]
        assert each.status_counts() == {"en-cours": 1}
    assert renamed.commune.name == "Autre-Ville"

def test_unknown_position_lists_permitted_values(tmp_path):
    root = write_pledges(tmp_path / "pledges",
                         listes__alpha_yaml=ALPHA.replace("sans-reponse", "maybe"))
    assert errors(root) == [
        "pledges/listes/alpha.yaml, ligne 13 : position « maybe » inconnue — valeurs permises : "
        "engagement-total, engagement-partiel, flou, opposition, sans-reponse, non-sollicitee"]


def test_unknown_field_is_an_error_naming_permitted_fields(tmp_path):
    root = write_pledges(tmp_path / "pledges", commune_yaml=COMMUNE + "contacte: moi\n")
    assert errors(root) == [
        "pledges/commune.yaml, ligne 10 : champ « contacte » inconnu — vouliez-vous dire "
        "« contact » ? Champs permis : nom, code_insee, departement, region, siren, "
        "intercommunalite, siret, elections, phase, "
        "liste_elue, contact, presentation, site, editeur, hebergeur, exemple, deliberations, "
        "courriel, forge"]


def test_missing_field_points_at_its_parent(tmp_path):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=MESURES.replace(
        "    titre: Pas d'écrans publicitaires\n", ""))
    assert errors(root) == ["pledges/mesures.yaml, ligne 12 : champ « titre » manquant"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ('code_insee: "04242"', "code_insee: 01234",
     "pledges/commune.yaml, ligne 2 : code INSEE « 01234 » : écrivez-le entre guillemets "
     "(sinon un zéro initial se perd), par exemple \"01234\""),
    ("premier_tour: 2026-03-15", "premier_tour: 2026-02-30",
     "pledges/commune.yaml, ligne 5 : « premier_tour » : date « 2026-02-30 » invalide : le 30 "
     "février 2026 n'existe pas"),
    ("premier_tour: 2026-03-15", "premier_tour: 2026-15-03",
     "pledges/commune.yaml, ligne 5 : « premier_tour » : date « 2026-15-03 » invalide : il n'y a "
     "pas de mois 15 (format AAAA-MM-JJ, l'année d'abord)"),
    ("phase: apres", "phase: NO",
     "pledges/commune.yaml, ligne 7 : phase « NO » inconnue — valeurs permises : avant, apres"),
    ("nom: Villeneuve", "nom: 1789",
     "pledges/commune.yaml, ligne 1 : « nom » : « 1789 » serait lu comme un nombre ou un "
     "booléen : écrivez-le entre guillemets"),
    ("liste_elue: alpha", "liste_elue: beta",
     "pledges/commune.yaml, ligne 8 : liste « beta » introuvable (pas de fichier "
     "listes/beta.yaml) — listes connues (noms des fichiers de listes/) : alpha"),
])
def test_commune_value_errors(tmp_path, old, new, expected):
    root = write_pledges(tmp_path / "pledges", commune_yaml=COMMUNE.replace(old, new))
    assert expected in errors(root)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("      moyen: courriel\n", "      moyen: courriel\n  - mesure: ecrans\n"
     "    position: non-sollicitee\n",
     "ligne 17 : mesure « ecrans » inconnue — valeurs permises : services-hors-reseau, "
     "ecrans-publicitaires"),
    ("    citation: Nous inscrirons la panne au plan.\n", "",
     "ligne 4 : position « engagement-partiel » : champ « citation » manquant"),
    ("    sous_mesures: [plan-sauvegarde]\n", "",
     "ligne 4 : position « engagement-partiel » : listez les sous-mesures concernées "
     "(champ sous_mesures)"),
    ("[plan-sauvegarde]", "[plan]",
     "ligne 11 : sous-mesure « plan » inconnue pour la mesure « services-hors-reseau » — "
     "valeurs permises : journee-sans-electricite, plan-sauvegarde"),
    ("url: https://alpha.example.org/programme", "url: javascript:alert(1)",
     "ligne 9 : « url » : adresse web « javascript:alert(1) » invalide : elle doit commencer "
     "par https:// ou http://"),
    ("date: 2026-03-01", "date: 2027-03-01", "ligne 10 : date 2027-03-01 dans le futur : "
     "vérifiez l'année"),
    ("    sollicitation:\n      date: 2026-02-10\n      moyen: courriel\n", "",
     "ligne 12 : position « sans-reponse » : indiquez quand et comment la liste a été "
     "sollicitée (champ sollicitation avec date et moyen)"),
])
def test_stance_rules(tmp_path, old, new, expected):
    assert old in ALPHA
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=ALPHA.replace(old, new))
    assert f"pledges/listes/alpha.yaml, {expected}" in errors(root)


def test_two_stances_for_one_measure_name_both_lines(tmp_path):
    duplicate = ALPHA.replace("mesure: ecrans-publicitaires", "mesure: services-hors-reseau")
    lines = errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=duplicate))
    assert ("pledges/listes/alpha.yaml, ligne 12 : deuxième position pour la mesure "
            "« services-hors-reseau » (la première est ligne 4) : gardez-en une") in lines
    assert any("aucune position pour la mesure « ecrans-publicitaires »" in x for x in lines)


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("liste: alpha", "liste: beta",
     "ligne 1 : le suivi porte sur « beta » mais la liste élue (commune.yaml) est « alpha »"),
    ("liste: alpha", "liste: aa",  # a name sorted before the elected list's
     "ligne 1 : le suivi porte sur « aa » mais la liste élue (commune.yaml) est « alpha »"),
    ("statut: en-cours", "statut: non-tenu",
     "ligne 3 : statut « non-tenu » : indiquez la raison (champ raison)"),
    ("mesure: services-hors-reseau", "mesure: ecrans-publicitaires",
     "ligne 3 : mesure « ecrans-publicitaires » : la liste élue ne s'y était pas engagée"),
    ("date: 2026-06-12", "date: 2026-01-12", "ligne 4 : date antérieure à l'élection (2026-03-22)"),
])
def test_followup_rules(tmp_path, old, new, expected):
    lines = errors(write_pledges(tmp_path / "pledges", suivi_yaml=SUIVI.replace(old, new)))
    assert any(line.startswith(f"pledges/suivi.yaml, {expected}") for line in lines), lines


def test_followup_before_the_election_is_refused(tmp_path):
    commune = COMMUNE.replace("phase: apres\nliste_elue: alpha\n", "phase: avant\n")
    assert errors(write_pledges(tmp_path / "pledges", commune_yaml=commune)) == [
        "pledges/suivi.yaml, ligne 1 : un suivi n'a de sens qu'après l'élection : passez la "
        "phase de commune.yaml à « apres »"]


def test_every_error_of_every_file_is_reported_sorted(tmp_path):
    root = write_pledges(tmp_path / "pledges",
                         commune_yaml=COMMUNE.replace("phase: apres", "phase: x"),
                         listes__alpha_yaml=ALPHA + "x: 1\nx: 2\n", mesures_yaml="[]\n")
    lines = errors(root)
    assert [line.split(",")[0] for line in lines] == [
        "pledges/commune.yaml", "pledges/listes/alpha.yaml", "pledges/mesures.yaml"]


def test_stray_and_missing_files_are_named(tmp_path):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=None)
    (root / "suivi.yml").write_text("x: 1\n")
    (root / "listes" / "Beta Liste.yaml").write_text("x: 1\n")
    lines = errors(root)
    assert "pledges/mesures.yaml : fichier manquant" in lines
    assert "pledges/suivi.yml : fichier inattendu — renommez-le en .yaml" in lines
    assert any(line.startswith("pledges/listes/Beta Liste.yaml : nom de fichier invalide")
               for line in lines)


def test_lists_are_ordered_alphabetically_ignoring_accents(tmp_path):
    other = ALPHA.replace("Alpha pour tous", "Écologie d'abord")
    root = write_pledges(tmp_path / "pledges", listes__ecolo_yaml=other,
                         listes__zeta_yaml=ALPHA.replace("Alpha pour tous", "Zeta"))
    assert list(load_dataset(root, TODAY).lists) == ["alpha", "ecolo", "zeta"]


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("numero: 2", "numero: 1", "pledges/mesures.yaml, ligne 12 : numéro 1 déjà utilisé (ligne 2)"),
    ("slug: ecrans-publicitaires", "slug: services-hors-reseau",
     "pledges/mesures.yaml, ligne 13 : slug « services-hors-reseau » déjà utilisé (ligne 2)"),
    ("id: journee-sans-electricite", "id: plan-sauvegarde",
     "pledges/mesures.yaml, ligne 9 : sous-mesure « plan-sauvegarde » en double"),
    ("slug: ecrans-publicitaires", "slug: index",
     "pledges/mesures.yaml, ligne 13 : « slug » : identifiant « index » réservé par le site : "
     "choisissez-en un autre"),
])
def test_duplicate_and_reserved_slugs(tmp_path, old, new, expected):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=MESURES.replace(old, new))
    assert expected in errors(root)


def test_reserved_list_file_name(tmp_path):
    root = write_pledges(tmp_path / "pledges", listes__index_yaml=ALPHA)
    assert any(line.startswith("pledges/listes/index.yaml : nom de fichier invalide")
               for line in errors(root))


def test_deeply_nested_yaml_is_a_data_error(tmp_path):
    root = write_pledges(tmp_path / "pledges", suivi_yaml="[" * 3000 + "]" * 3000)
    assert "pledges/suivi.yaml, ligne 1 : imbrication trop profonde" in " ".join(errors(root))


SUIVI_SOURCE = "    source:\n      description: Délibération n° 2026-045\n"


@pytest.mark.parametrize("status", [s for s in STATUSES if s != "non-evalue"])
def test_every_evaluated_status_needs_a_source(tmp_path, status):
    suivi = SUIVI.replace("statut: en-cours", f"statut: {status}").replace(SUIVI_SOURCE, "")
    if status == "non-tenu":
        suivi += "    raison: budget\n"
    [message] = errors(write_pledges(tmp_path / "pledges", suivi_yaml=suivi))
    assert message.startswith("pledges/suivi.yaml, ligne 3 : ")
    assert f"statut « {status} »" in message and "« source »" in message


def test_a_follow_up_not_yet_evaluated_needs_no_source(tmp_path):
    suivi = SUIVI.replace("statut: en-cours", "statut: non-evalue").replace(SUIVI_SOURCE, "")
    data = load_dataset(write_pledges(tmp_path / "pledges", suivi_yaml=suivi), TODAY)
    assert data.current("services-hors-reseau").status == "non-evalue"


# The reference date is TODAY (2026-11-29): a date later in the same year is still the future.
@pytest.mark.parametrize("date", ["2026-11-30", "2026-12-15", "2027-01-01"])
@pytest.mark.parametrize(("file", "text", "old"), [
    ("suivi_yaml", SUIVI, "date: 2026-06-12"),
    ("listes__alpha_yaml", ALPHA, "date: 2026-03-01"),
    ("listes__alpha_yaml", ALPHA, "date: 2026-02-10"),
], ids=["suivi", "position", "sollicitation"])
def test_a_date_in_the_future_is_refused_at_its_line(tmp_path, file, text, old, date):
    edited = text.replace(old, f"date: {date}")
    line = edited.split(f"date: {date}")[0].count("\n") + 1
    name = file.replace("__", "/").replace("_yaml", ".yaml")
    assert errors(write_pledges(tmp_path / "pledges", **{file: edited})) == [
        f"pledges/{name}, ligne {line} : date {date} dans le futur : vérifiez l'année"]


def test_a_date_on_the_reference_day_is_accepted(tmp_path):
    suivi = SUIVI.replace("date: 2026-06-12", f"date: {TODAY.isoformat()}")
    data = load_dataset(write_pledges(tmp_path / "pledges", suivi_yaml=suivi), TODAY)
    assert data.current("services-hors-reseau").date == TODAY


@pytest.mark.parametrize(("file", "text", "old", "key"), [
    ("commune_yaml", COMMUNE, "nom: Villeneuve", "nom"),
    ("commune_yaml", COMMUNE, "departement: Alpes-de-Haute-Provence", "departement"),
    ("listes__alpha_yaml", ALPHA, "nom: Alpha pour tous", "nom"),
    ("listes__alpha_yaml", ALPHA, "citation: Nous inscrirons la panne au plan.", "citation"),
    ("mesures_yaml", MESURES, "resume: Interdire les écrans publicitaires numériques.",
     "resume"),
    ("suivi_yaml", SUIVI, "resume: Le plan est en révision.", "resume"),
    ("suivi_yaml", SUIVI, "description: Délibération n° 2026-045", "description"),
], ids=["commune-nom", "departement", "liste-nom", "citation", "mesure-resume", "suivi-resume",
        "source-description"])
@pytest.mark.parametrize("blank", ['"   "', "' '", '"\\t\\n"'], ids=["espaces", "espace", "tab"])
def test_a_blank_text_is_refused_at_its_line(tmp_path, file, text, old, key, blank):
    edited = text.replace(old, f"{key}: {blank}")
    line = edited.split(f"{key}: {blank}")[0].count("\n") + 1
    name = file.replace("__", "/").replace("_yaml", ".yaml")
    assert errors(write_pledges(tmp_path / "pledges", **{file: edited})) == [
        f"pledges/{name}, ligne {line} : « {key} » : texte vide : remplissez-le ou retirez le "
        "champ"]


def test_spaces_around_a_text_are_not_published(tmp_path):
    commune = COMMUNE.replace("nom: Villeneuve", 'nom: "  Villeneuve \\t"')
    data = load_dataset(write_pledges(tmp_path / "pledges", commune_yaml=commune), TODAY)
    assert data.commune.name == "Villeneuve"


# ─── commune.yaml ─────────────────────────────────────────────────────────────────────────────

@pytest.mark.parametrize(("old", "new", "expected"), [
    ("second_tour: 2026-03-22", "second_tour: 2026-03-08",
     "pledges/commune.yaml, ligne 6 : le second tour précède le premier tour"),
    ("liste_elue: alpha\n", "",
     "pledges/commune.yaml, ligne 7 : phase « apres » : indiquez la liste élue (champ "
     "liste_elue, nom de son fichier sans .yaml)"),
])
def test_commune_rules(tmp_path, old, new, expected):
    assert expected in errors(write_pledges(tmp_path / "pledges",
                                            commune_yaml=COMMUNE.replace(old, new)))


def test_an_elected_list_before_the_vote_is_refused(tmp_path):
    commune = COMMUNE.replace("phase: apres", "phase: avant")
    assert errors(write_pledges(tmp_path / "pledges", commune_yaml=commune, suivi_yaml=None)) == [
        "pledges/commune.yaml, ligne 8 : liste_elue renseignée alors que la phase est « avant » : "
        "passez la phase à « apres » ou retirez liste_elue"]


@pytest.mark.parametrize("second", ["2026-03-15", "2026-03-29", None])
def test_a_second_round_on_or_after_the_first_or_none_is_fine(tmp_path, second):
    commune = COMMUNE.replace("  second_tour: 2026-03-22\n",
                              f"  second_tour: {second}\n" if second else "")
    suivi = SUIVI.replace("date: 2026-06-12", "date: 2026-04-02")
    data = load_dataset(write_pledges(tmp_path / "pledges", commune_yaml=commune,
                                      suivi_yaml=suivi), TODAY)
    assert data.commune.elections.first_round == dt.date(2026, 3, 15)


# ─── lists ────────────────────────────────────────────────────────────────────────────────────

NO_ANSWER = "  - mesure: ecrans-publicitaires\n    position: sans-reponse\n"


@pytest.mark.parametrize("key", ["provenance: declaree", "citation: Rien.",
                                 "source:\n      url: https://alpha.example.org/",
                                 "date: 2026-03-01"])
def test_a_list_that_said_nothing_has_no_quote_source_or_date(tmp_path, key):
    alpha = ALPHA.replace(NO_ANSWER, f"{NO_ANSWER}    {key}\n")
    line = alpha.rsplit(key, 1)[0].count("\n") + 1
    assert (f"pledges/listes/alpha.yaml, ligne {line} : position « sans-reponse » : pas de champ "
            f"« {key.split(':')[0]} » (la liste n'a rien déclaré)") in errors(
        write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha))


def test_a_solicitation_goes_only_with_no_answer(tmp_path):
    alpha = ALPHA.replace("    sous_mesures: [plan-sauvegarde]\n", "    sous_mesures: "
                          "[plan-sauvegarde]\n    sollicitation:\n      date: 2026-02-10\n"
                          "      moyen: courriel\n")
    assert errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha)) == [
        "pledges/listes/alpha.yaml, ligne 12 : « sollicitation » ne sert qu'avec la position "
        "« sans-reponse »"]


@pytest.mark.parametrize("extra", ["  - mesure: inconnue\n    position: non-sollicitee\n",
                                   "  - mesure: services-hors-reseau\n"
                                   "    position: non-sollicitee\n"], ids=["inconnue", "double"])
def test_the_stances_after_an_unknown_or_repeated_measure_are_still_checked(tmp_path, extra):
    alpha = ALPHA.replace("  - mesure: ecrans-publicitaires\n",
                          f"{extra}  - mesure: ecrans-publicitaires\n")
    alpha = alpha.replace("date: 2026-02-10", "date: 2027-02-10")
    lines = errors(write_pledges(tmp_path / "pledges", listes__alpha_yaml=alpha, suivi_yaml=None))
    future = alpha.split("date: 2027-02-10")[0].count("\n") + 1
    assert len(lines) == 2 and not any("aucune position" in line for line in lines)
    assert lines[1] == (f"pledges/listes/alpha.yaml, ligne {future} : date 2027-02-10 dans le "
                        "futur : vérifiez l'année")


# ─── follow-up and corrections ────────────────────────────────────────────────────────────────

def test_a_follow_up_of_an_unknown_measure_suggests_the_closest(tmp_path):
    suivi = SUIVI.replace("mesure: services-hors-reseau", "mesure: services-hors-reseaux")
    assert errors(write_pledges(tmp_path / "pledges", suivi_yaml=suivi)) == [
        "pledges/suivi.yaml, ligne 3 : mesure « services-hors-reseaux » inconnue — vouliez-vous "
        "dire « services-hors-reseau » ? Valeurs permises : services-hors-reseau, "
        "ecrans-publicitaires"]


def test_a_follow_up_may_start_on_the_day_of_the_last_round(tmp_path):
    suivi = SUIVI.replace("date: 2026-06-12", "date: 2026-03-22")
    data = load_dataset(write_pledges(tmp_path / "pledges", suivi_yaml=suivi), TODAY)
    assert data.current("services-hors-reseau").date == dt.date(2026, 3, 22)


def test_a_correction_dated_in_the_future_is_refused(tmp_path):
    corrections = ("corrections:\n  - date: 2026-10-02\n    page: index.html\n"
                   "    modification: Titre.\n    motif: Coquille.\n"
                   "  - date: 2026-12-02\n    page: index.html\n"
                   "    modification: Titre.\n    motif: Coquille.\n")
    assert errors(write_pledges(tmp_path / "pledges", corrections_yaml=corrections)) == [
        "pledges/corrections.yaml, ligne 6 : date 2026-12-02 dans le futur : vérifiez l'année"]


# A typo explains a missing stance only when the measure it is closest to is the missing one.
MESURES_PROCHES = """\
mesures:
  - numero: 1
    slug: ecoles-sans-wifi
    titre: Écoles sans wifi
    resume: Pas de wifi.
  - numero: 2
    slug: ecoles-sans-ecrans
    titre: Écoles sans écrans
    resume: Pas d'écrans.
"""


def stances(*slugs: str) -> str:
    return "nom: Alpha\ntete_de_liste: Anne\npositions:\n" + "".join(
        f"  - mesure: {slug}\n    position: non-sollicitee\n" for slug in slugs)


@pytest.mark.parametrize(("present", "typed", "missing"), [
    ("ecoles-sans-wifi", "ecoles-sans-wif", "ecoles-sans-ecrans"),
    ("ecoles-sans-ecrans", "ecoles-sans-ecran", "ecoles-sans-wifi"),
])
def test_a_typo_of_a_present_measure_does_not_explain_a_missing_one(tmp_path, present, typed,
                                                                     missing):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=MESURES_PROCHES, suivi_yaml=None,
                         listes__alpha_yaml=stances(present, typed),
                         commune_yaml=COMMUNE.replace("phase: apres\nliste_elue: alpha\n",
                                                      "phase: avant\n"))
    assert errors(root) == [
        f"pledges/listes/alpha.yaml, ligne 3 : aucune position pour la mesure « {missing} » : "
        "ajoutez-en une (position: non-sollicitee si la liste n'a pas été interrogée)",
        f"pledges/listes/alpha.yaml, ligne 6 : mesure « {typed} » inconnue — vouliez-vous dire "
        f"« {present} » ? Valeurs permises : ecoles-sans-wifi, ecoles-sans-ecrans"]


def test_two_typos_of_one_missing_measure_explain_it_once(tmp_path):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=MESURES_PROCHES, suivi_yaml=None,
                         listes__alpha_yaml=stances("ecoles-sans-wifi", "ecoles-sans-ecran",
                                                    "ecole-sans-ecran"),
                         commune_yaml=COMMUNE.replace("phase: apres\nliste_elue: alpha\n",
                                                      "phase: avant\n"))
    assert [line.count("elle n'a pas d'autre position") for line in errors(root)] == [1, 0]


def test_a_folder_of_more_list_files_than_any_commune_has_is_one_french_line(tmp_path):
    root = write_pledges(tmp_path / "pledges")
    for n in range(101):
        (root / "listes" / f"liste-{n}.yaml").write_text("nom: x\n", encoding="utf-8")
    with pytest.raises(DataErrors) as refused:
        load_dataset(root, TODAY)
    assert "pledges/listes : 102 fichiers de listes, 100 au plus : est-ce bien le dossier des " \
           "listes candidates ?" in map(str, refused.value.errors)
