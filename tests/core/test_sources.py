"""Verifiable follow-up, as editors write it: typed sources (a council deliberation with its
vote, an order, a budget line, a meeting, a letter), who holds the power on a measure, the
mairie asked before judging — each mistake named at its file and line, in French."""

from __future__ import annotations

import pytest

from helpers import MESURES, SUIVI, TODAY, errors, write_pledges
from tenir_parole.core.assembly import load_dataset

OLD_SOURCE = "    source:\n      description: Délibération n° 2026-045\n"


def followup_with(source: str, extra: str = "") -> str:
    """The minimal follow-up, its source replaced by ``source`` (indented as written)."""
    return SUIVI.replace(OLD_SOURCE, "    source:\n" + source) + extra


DELIBERATION = """\
      type: deliberation
      numero: "2026-045"
      date: 2026-06-10
      objet: Révision du plan communal de sauvegarde
      vote:
        effectif: 19
        votants: 17
        pour: 14
        contre: 2
        abstention: 1
      url: https://mairie.example.org/deliberations/2026-045.pdf
"""


@pytest.mark.parametrize("source", [
    DELIBERATION,
    "      type: arrete\n      numero: A-2026-12\n      date: 2026-06-01\n"
    "      objet: Horaires d'ouverture de la mairie\n",
    "      type: budget\n      document: Budget supplémentaire 2026\n"
    "      chapitre: Chapitre 21, article 2188\n      montant: 12000\n",
    "      type: reunion\n      date: 2026-06-05\n      lieu: Salle des fêtes\n",
    "      type: courrier\n      date: 2026-06-08\n      expediteur: Le maire\n"
    "      destinataire: Collectif Tenir parole\n",
    "      url: https://mairie.example.org/actualites/plan/\n",
    "      description: Bulletin municipal n° 3\n",
    "      type: page\n      url: https://mairie.example.org/plan/\n      date: 2026-06-01\n",
    "      type: document\n      description: Compte rendu affiché en mairie\n"
    "      date: 2026-06-02\n",
])
def test_each_type_of_source_and_the_older_forms_are_accepted(tmp_path, source):
    root = write_pledges(tmp_path / "pledges", suivi_yaml=followup_with(source))
    assert load_dataset(root, TODAY).followup.updates[0].source is not None


@pytest.mark.parametrize(("source", "line", "message"), [
    ("      type: deliberation\n      objet: Révision du plan\n", 7,
     "source de type « deliberation » (délibération) : champs « numero », « date » manquants"),
    ("      type: arrete\n      numero: A-12\n      objet: Horaires\n", 7,
     "source de type « arrete » (arrêté) : champ « date » manquant"),
    ("      type: budget\n      document: Budget primitif 2027\n", 7,
     "source de type « budget » (ligne budgétaire) : champ « chapitre » manquant"),
    ("      type: courrier\n      date: 2026-06-08\n      expediteur: Le maire\n", 7,
     "source de type « courrier » (courrier) : champ « destinataire » manquant"),
    ("      type: page\n      date: 2026-06-01\n", 7,
     "source de type « page » (page web) : champ « url » manquant"),
    ("      type: document\n      date: 2026-06-02\n", 7,
     "source de type « document » (document) : champ « description » manquant"),
    ("      type: reunion\n      date: 2026-06-05\n", 7,
     "source de type « reunion » (réunion) : champ « lieu » manquant"),
    ("      type: reunion\n      date: 2026-06-05\n      lieu: Mairie\n"
     "      vote:\n        pour: 3\n        contre: 0\n        abstention: 0\n", 11,
     "pas de champ « vote » pour une source de type « reunion » — champs possibles : type, "
     "url, archive, description, date, lieu"),
    ("      type: budget\n      document: Budget 2026\n      chapitre: Chapitre 21\n"
     "      vote:\n        pour: 0\n        contre: 0\n        abstention: 0\n", 11,
     "pas de champ « vote » pour une source de type « budget » — champs possibles : type, "
     "url, archive, description, document, chapitre, montant, date"),
    ("      type: reunion\n      date: 2026-06-05\n      lieu: Mairie\n"
     "      vote:\n        pour: 0\n        contre: 0\n        abstention: 0\n", 11,
     "pas de champ « vote » pour une source de type « reunion » — champs possibles : type, "
     "url, archive, description, date, lieu"),  # and no word about the counts it should not have
    ("      type: deliberaton\n      numero: \"12\"\n", 8,
     "type de source « deliberaton » inconnu — vouliez-vous dire « deliberation » ?"),
    ("      archive: https://archive.example.org/x\n", 7,
     "source incomplète : donnez une adresse web (url), une description"),
])
def test_a_source_missing_what_its_type_needs_is_named_at_its_line(tmp_path, source, line,
                                                                    message):
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=followup_with(source)))
    expected = f"pledges/suivi.yaml, ligne {line} : {message}"
    assert len(found) == 1, found
    assert found[0] == expected or found[0].startswith(f"{expected} "), found


@pytest.mark.parametrize(("counts", "line", "message"), [
    ("effectif: 19\n        votants: 17\n        pour: 14\n        contre: 3\n"
     "        abstention: 1", 12, "vote : 18 voix (pour + contre + abstention) pour 17 votants"),
    ("effectif: 15\n        votants: 17\n        pour: 14\n        contre: 2\n"
     "        abstention: 1", 12, "vote : 17 votants pour un conseil de 15 membres (effectif)"),
    ("effectif: 15\n        pour: 14\n        contre: 2\n        abstention: 1", 12,
     "vote : 17 votants pour un conseil de 15 membres (effectif)"),
    ("pour: 0\n        contre: 0\n        abstention: 0", 12,
     "vote sans aucune voix : indiquez pour, contre et abstention"),
    # blank ballots count among the voters: 17 voters, 10 votes cast, a council of 15
    ("effectif: 15\n        votants: 17\n        pour: 8\n        contre: 1\n"
     "        abstention: 1", 12, "vote : 17 votants pour un conseil de 15 membres (effectif)"),
    ("votants: 17\n        pour: 0\n        contre: 0\n        abstention: 0", 12,
     "vote sans aucune voix : indiquez pour, contre et abstention"),
    ("pour: 14\n        contre: -2\n        abstention: 1", 14,
     "« contre » : nombre entier attendu (sans guillemets), reçu « -2 »"),
    ("pour: 14\n        abstention: 1", 12, "champ « contre » manquant"),
])
def test_vote_counts_that_cannot_be_are_refused(tmp_path, counts, line, message):
    before_vote = DELIBERATION[:DELIBERATION.index("      vote:")]
    vote = f"{before_vote}      vote:\n        {counts}\n"
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=followup_with(vote)))
    assert len(found) == 1 and found[0].startswith(
        f"pledges/suivi.yaml, ligne {line} : {message}"), found


def test_votes_that_can_be_are_accepted(tmp_path):
    before_vote = DELIBERATION[:DELIBERATION.index("      vote:")]
    # the whole council present; three blank or spoilt ballots among the 17 voters
    vote = (f"{before_vote}      vote:\n        effectif: 17\n        votants: 17\n"
            "        pour: 10\n        contre: 3\n        abstention: 1\n")
    root = write_pledges(tmp_path / "pledges", suivi_yaml=followup_with(vote))
    assert load_dataset(root, TODAY).followup.updates[0].source.vote.voters == 17
    # a vote of a single voice (the others absent) still counts
    one = f"{before_vote}      vote:\n        pour: 1\n        contre: 0\n        abstention: 0\n"
    root = write_pledges(tmp_path / "one" / "pledges", suivi_yaml=followup_with(one))
    assert load_dataset(root, TODAY).followup.updates[0].source.vote.yes == 1


def test_a_source_dated_today_is_not_in_the_future(tmp_path):
    today = DELIBERATION.replace("date: 2026-06-10", f"date: {TODAY.isoformat()}")
    root = write_pledges(tmp_path / "pledges", suivi_yaml=followup_with(today))
    assert load_dataset(root, TODAY).followup.updates[0].source.date == TODAY


def test_a_source_dated_in_the_future_is_refused(tmp_path):
    future = DELIBERATION.replace("date: 2026-06-10", "date: 2026-12-10")
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=followup_with(future)))
    assert found == ["pledges/suivi.yaml, ligne 10 : date 2026-12-10 dans le futur : "
                     "vérifiez l'année"]


COMPETENCE = """\
    competence:
      niveau: intercommunalite
      nom: Communauté de communes du Val d'Essai
      note: La collecte des déchets relève de la communauté de communes.
      source:
        url: https://cc-val-essai.example.org/competences/
"""


def measures_with(competence: str) -> str:
    anchor = "    source: https://desescaladenumerique.org/propositions/\n"
    return MESURES.replace(anchor, anchor + competence)


def test_a_measure_may_say_who_holds_the_power(tmp_path):
    root = write_pledges(tmp_path / "pledges", mesures_yaml=measures_with(COMPETENCE))
    assert load_dataset(root, TODAY).measures[0].competence.level == "intercommunalite"


def test_a_measure_that_is_the_communes_own_needs_no_note(tmp_path):
    root = write_pledges(tmp_path / "pledges",
                         mesures_yaml=measures_with("    competence:\n      niveau: commune\n"))
    assert load_dataset(root, TODAY).measures[0].competence.level == "commune"


@pytest.mark.parametrize(("competence", "line", "message"), [
    (COMPETENCE.replace("intercommunalite", "communaute"), 13,
     "compétence « communaute » inconnue — vouliez-vous dire « intercommunalite » ?"),
    (COMPETENCE.replace("      note: La collecte des déchets relève de la communauté de "
                        "communes.\n", ""), 12,
     "compétence « intercommunalite » : champ « note » manquant"),
    ("    competence:\n      niveau: etat\n      note: Les programmes scolaires.\n", 12,
     "compétence « etat » : champ « source » manquant"),
])
def test_competence_mistakes_are_named_at_their_line(tmp_path, competence, line, message):
    found = errors(write_pledges(tmp_path / "pledges", mesures_yaml=measures_with(competence)))
    assert len(found) == 1 and found[0].startswith(
        f"pledges/mesures.yaml, ligne {line} : {message}"), found


CARRIED = """\
    demande_portee:
      date: 2026-07-01
      aupres_de: Communauté de communes du Val d'Essai
      source:
        type: courrier
        date: 2026-07-01
        expediteur: Le maire
        destinataire: Le président de la communauté de communes
"""


@pytest.mark.parametrize("competence", ["", "    competence:\n      niveau: commune\n"],
                         ids=["sans-competence", "commune"])
def test_the_demand_carried_to_another_level_needs_a_measure_that_depends_on_it(tmp_path,
                                                                                competence):
    carried = write_pledges(tmp_path / "ok" / "pledges", mesures_yaml=measures_with(COMPETENCE),
                            suivi_yaml=SUIVI + CARRIED)
    assert load_dataset(carried, TODAY).followup.updates[0].carried.to.startswith("Communauté")
    found = errors(write_pledges(tmp_path / "ko" / "pledges", suivi_yaml=SUIVI + CARRIED,
                                 mesures_yaml=measures_with(competence)))
    assert found == ["pledges/suivi.yaml, ligne 9 : « demande_portee » : la mesure "
                     "« services-hors-reseau » relève de la commune — indiquez dans "
                     "mesures.yaml qui décide (champ competence, niveau autre que commune)"]



def test_the_source_of_who_decides_may_not_be_dated_in_the_future(tmp_path):
    future = measures_with(COMPETENCE + "        date: 2027-01-15\n")
    found = errors(write_pledges(tmp_path / "pledges", mesures_yaml=future))
    assert found == ["pledges/mesures.yaml, ligne 18 : date 2027-01-15 dans le futur : "
                     "vérifiez l'année"]


def test_a_demand_carried_may_not_be_dated_in_the_future(tmp_path):
    later = CARRIED.replace("demande_portee:\n      date: 2026-07-01",
                            "demande_portee:\n      date: 2027-07-01")
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=SUIVI + later,
                                 mesures_yaml=measures_with(COMPETENCE)))
    assert found == ["pledges/suivi.yaml, ligne 10 : date 2027-07-01 dans le futur : "
                     "vérifiez l'année"]


def test_a_demand_carried_for_an_unknown_measure_is_said_once_as_an_unknown_measure(tmp_path):
    typo = SUIVI.replace("  - mesure: services-hors-reseau", "  - mesure: ecrans-publicitaire")
    found = errors(write_pledges(tmp_path / "pledges", suivi_yaml=typo + CARRIED))
    assert found == ["pledges/suivi.yaml, ligne 3 : mesure « ecrans-publicitaire » inconnue — "
                     "vouliez-vous dire « ecrans-publicitaires » ? Valeurs permises : "
                     "services-hors-reseau, ecrans-publicitaires"]

ASKED = """\
    sollicitation:
      date: 2026-09-01
      moyen: Lettre au maire
"""


def test_the_mairie_asked_and_its_reply_are_dated_in_order(tmp_path):
    data = load_dataset(write_pledges(tmp_path / "ok" / "pledges", suivi_yaml=SUIVI + ASKED), TODAY)
    update = data.followup.updates[0]
    assert data.waiting(update) == (TODAY - update.solicitation.date).days == 89
    reply = "    reponse_mairie:\n      date: 2026-08-15\n      texte: Nous y travaillons.\n"
    found = errors(write_pledges(tmp_path / "ko" / "pledges", suivi_yaml=SUIVI + ASKED + reply))
    assert found == ["pledges/suivi.yaml, ligne 13 : réponse datée du 2026-08-15, avant la "
                     "sollicitation du 2026-09-01 : vérifiez les dates"]
    for day in ("2026-09-01", "2026-09-20"):  # the same day or later: in order
        answered = reply.replace("2026-08-15", day)
        root = write_pledges(tmp_path / day / "pledges", suivi_yaml=SUIVI + ASKED + answered)
        assert load_dataset(root, TODAY).followup.updates[0].town_hall_reply.date.isoformat() == day
