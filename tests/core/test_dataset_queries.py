"""What the pages ask of the data, answered by the Dataset: each measure and list, the follow-up
in order, what is « à revérifier », what waits on the mairie, the latest news, the bilan's
verdicts, and the reference date of a reproducible build."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import COMMUNE, EXAMPLE, MESURES, TODAY, alpha_committed_to_screens, write_pledges
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.dataset import STALE_AFTER_DAYS, reference_date
from tenir_parole.core.errors import DataErrors

BOTH = alpha_committed_to_screens("      url: https://alpha.example.org/ecrans\n")


def update(measure: str, date: str, status: str, extra: str = "") -> str:
    return (f"  - mesure: {measure}\n    date: {date}\n    statut: {status}\n"
            f"    resume: Point du {date}.\n    source:\n      url: https://villeneuve.example.org/"
            f"{date}\n{extra}")


def dataset(tmp_path, *updates: str, today: dt.date = TODAY, **files):
    followup = "liste: alpha\nmises_a_jour:\n" + "".join(updates) if updates else None
    root = write_pledges(tmp_path / "pledges", listes__alpha_yaml=BOTH, suivi_yaml=followup,
                         **files)
    return load_dataset(root, today)


def test_each_measure_is_found_by_its_identifier(tmp_path):
    data = dataset(tmp_path)
    assert [data.measure(m.slug).number for m in reversed(data.measures)] == [2, 1]
    example = load_dataset(EXAMPLE, TODAY)  # ten measures, in no alphabetical order
    assert all(example.measure(m.slug) is m for m in example.measures)


def test_a_list_counts_its_positions_every_one_named(tmp_path):
    counts = load_dataset(write_pledges(tmp_path / "pledges"), TODAY).position_counts("alpha")
    assert counts == {"engagement-total": 0, "engagement-partiel": 1, "flou": 0,
                      "opposition": 0, "sans-reponse": 1, "non-sollicitee": 0}


def test_after_the_vote_and_before(tmp_path):
    assert dataset(tmp_path / "apres").after_election is True
    before = COMMUNE.replace("phase: apres\nliste_elue: alpha\n", "phase: avant\n")
    data = dataset(tmp_path / "avant", commune_yaml=before)
    assert data.after_election is False and data.commitments() == []


def test_the_history_of_a_measure_is_its_own_oldest_first_and_the_last_is_current(tmp_path):
    data = dataset(tmp_path, update("services-hors-reseau", "2026-09-01", "tenu"),
                   update("ecrans-publicitaires", "2026-08-01", "en-cours"),
                   update("services-hors-reseau", "2026-06-01", "en-cours"))
    assert [u.date.isoformat() for u in data.history("services-hors-reseau")] == [
        "2026-06-01", "2026-09-01"]
    assert data.current("services-hors-reseau").status == "tenu"
    assert data.current("ecrans-publicitaires").status == "en-cours"


@pytest.mark.parametrize(("last_check", "stale"), [
    (TODAY - dt.timedelta(days=STALE_AFTER_DAYS), False),
    (TODAY - dt.timedelta(days=STALE_AFTER_DAYS + 1), True),
])
def test_a_commitment_checked_more_than_six_months_ago_is_to_check_again(tmp_path, last_check,
                                                                         stale):
    data = dataset(tmp_path, update("services-hors-reseau", last_check.isoformat(), "en-cours"))
    assert STALE_AFTER_DAYS == 183  # about six months, as the method page says
    assert data.stale("services-hors-reseau") is stale


def test_a_commitment_never_checked_counts_from_the_second_round(tmp_path):
    second_round = dt.date(2026, 3, 22)
    assert not dataset(tmp_path / "a", today=second_round + dt.timedelta(days=180)).stale(
        "ecrans-publicitaires")  # 187 days after the first round: still within
    assert dataset(tmp_path / "b", today=second_round + dt.timedelta(days=184)).stale(
        "ecrans-publicitaires")


def test_a_verdict_is_a_current_status_other_than_not_yet_rated(tmp_path):
    data = dataset(tmp_path, update("services-hors-reseau", "2026-09-01", "non-evalue"),
                   update("ecrans-publicitaires", "2026-09-01", "au-point-mort"))
    assert [(m.slug, u.status) for m, u in data.verdicts()] == [
        ("ecrans-publicitaires", "au-point-mort")]
    assert data.status_counts() == {"au-point-mort": 1, "non-evalue": 1}


def test_only_measures_that_depend_on_another_level_are_elsewhere(tmp_path):
    anchor = "    source: https://desescaladenumerique.org/propositions/\n"
    commune_level = anchor + "    competence:\n      niveau: commune\n"
    other = ("    competence:\n      niveau: etat\n      note: L'État décide.\n"
             "      source:\n        url: https://etat.example.org/\n")
    measures = MESURES.replace(anchor, commune_level) + other
    data = dataset(tmp_path, mesures_yaml=measures)
    assert [m.slug for m in data.elsewhere()] == ["ecrans-publicitaires"]


ASKED = "    sollicitation:\n      date: 2026-10-01\n      moyen: Lettre au maire\n"


def reply(date: str) -> str:
    return f"    reponse_mairie:\n      date: {date}\n      texte: Réponse.\n"


@pytest.mark.parametrize(("later", "waiting"), [
    ("", 59),  # nothing since the request: 59 days on 29 November
    (reply("2026-10-01"), None),  # answered the same day, on the same update
    (reply("2026-10-20"), None),  # answered later, on the same update
], ids=["sans-reponse", "meme-jour", "plus-tard"])
def test_a_request_waits_until_the_mairie_answers(tmp_path, later, waiting):
    data = dataset(tmp_path, update("services-hors-reseau", "2026-10-01", "en-cours",
                                    ASKED + later))
    asked = data.current("services-hors-reseau")
    assert data.waiting(asked) == waiting
    assert [(m.slug, days) for m, _, days in data.pending()] == (
        [("services-hors-reseau", 59)] if waiting else [])


def test_a_reply_on_a_later_update_ends_the_wait_but_not_one_on_an_earlier_update(tmp_path):
    earlier = update("services-hors-reseau", "2026-09-01", "en-cours", reply("2026-10-15"))
    asking = update("services-hors-reseau", "2026-10-01", "en-cours", ASKED)
    later = update("services-hors-reseau", "2026-11-01", "en-cours", reply("2026-10-20"))
    waiting = dataset(tmp_path / "a", earlier, asking)
    assert waiting.waiting(waiting.history("services-hors-reseau")[1]) == 59
    answered = dataset(tmp_path / "b", earlier, asking, later)
    assert answered.waiting(answered.history("services-hors-reseau")[1]) is None
    # a later update may carry an older reply (to something else): it does not answer
    older = update("services-hors-reseau", "2026-11-01", "en-cours", reply("2026-09-15"))
    still = dataset(tmp_path / "c", asking, older)
    assert still.waiting(still.history("services-hors-reseau")[0]) == 59


def test_the_news_are_the_latest_updates_each_with_the_status_it_replaced(tmp_path):
    data = dataset(tmp_path, update("services-hors-reseau", "2026-06-01", "en-cours"),
                   update("ecrans-publicitaires", "2026-07-01", "au-point-mort"),
                   update("services-hors-reseau", "2026-09-01", "tenu"))
    assert [(u.date.isoformat(), u.measure, was) for u, was in data.changes(2)] == [
        ("2026-09-01", "services-hors-reseau", "en-cours"),
        ("2026-07-01", "ecrans-publicitaires", "non-evalue")]
    assert [u.date.isoformat() for u in data.updates()] == [
        "2026-09-01", "2026-07-01", "2026-06-01"]


def test_before_any_follow_up_there_is_no_news(tmp_path):
    data = dataset(tmp_path)
    assert data.changes(5) == [] and data.updates() == [] and data.history("x") == []


def test_corrections_are_listed_newest_first(tmp_path):
    corrections = ("corrections:\n"
                   "  - date: 2026-05-01\n    page: listes/alpha.html\n"
                   "    modification: Citation corrigée.\n    motif: Erreur de copie.\n"
                   "  - date: 2026-09-01\n    page: index.html\n"
                   "    modification: Date corrigée.\n    motif: Faute de frappe.\n")
    data = dataset(tmp_path, corrections_yaml=corrections)
    assert [c.date.isoformat() for c in data.corrections] == ["2026-09-01", "2026-05-01"]


def test_the_dataset_keeps_each_file_to_point_back_at_its_lines(tmp_path):
    data = dataset(tmp_path, update("services-hors-reseau", "2026-06-01", "en-cours"))
    assert {"pledges/commune.yaml", "pledges/listes/alpha.yaml", "pledges/suivi.yaml"} <= set(
        data.documents)


@pytest.mark.parametrize(("environ", "expected"), [
    ({"SOURCE_DATE_EPOCH": "1795910400"}, dt.date(2026, 11, 29)),
    ({"SOURCE_DATE_EPOCH": ""}, dt.date.today()),
    ({}, dt.date.today()),
])
def test_the_reference_date_is_that_of_a_reproducible_build_or_today(environ, expected):
    assert reference_date(environ) == expected


def test_a_reference_date_that_is_not_a_number_of_seconds_is_refused_in_french():
    with pytest.raises(DataErrors) as refused:
        reference_date({"SOURCE_DATE_EPOCH": "hier"})
    assert [str(e) for e in refused.value.errors] == [
        "SOURCE_DATE_EPOCH : « hier » : nombre de secondes depuis 1970 attendu (par exemple "
        "1795910400)"]


def test_the_reference_date_is_the_epochs_day_in_utc_wherever_the_build_runs(monkeypatch):
    """1795910400 is 29 November 2026 at midnight UTC: still the 28th in California."""
    import time

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        assert reference_date({"SOURCE_DATE_EPOCH": "1795910400"}) == dt.date(2026, 11, 29)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_with_no_list_elected_yet_the_mandate_has_no_milestones(tmp_path):
    """Two years after the vote, but no list elected in commune.yaml: no anniversary to mark."""
    root = write_pledges(tmp_path / "pledges", suivi_yaml=None, commune_yaml=COMMUNE.replace(
        "phase: apres\nliste_elue: alpha\n", "phase: avant\n"))
    data = load_dataset(root, dt.date(2028, 6, 1))
    assert data.commitments() == [] and data.milestones() == []
