"""The follow-up in time, from the Dataset: the record as it stood on a date, the bilan month by
month, the mandate's dated milestones, and what its end does to commitments still pending."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from helpers import EXAMPLE, TODAY
from tenir_parole.core.assembly import load_dataset
from tenir_parole.core.timeline import MUNICIPAL, Mandate, add_months

D = dt.date


def example(today: dt.date = TODAY, mandate: Mandate = MUNICIPAL):
    return load_dataset(EXAMPLE, today, mandate=mandate)


def statuses(data) -> dict[str, str]:
    return {m.slug: (data.current(m.slug).status if data.current(m.slug) else "non-evalue")
            for m in data.commitments()}


def test_the_record_as_it_stood_keeps_only_what_was_known_that_day():
    then = example().as_of(D(2026, 9, 30))
    assert then.reference_date == D(2026, 9, 30)
    assert statuses(then) == {
        "ecrans-publicitaires": "en-cours", "services-hors-reseau": "en-cours",
        "commune-degafamisee": "tenu-en-partie", "emplois-pas-ia": "au-point-mort",
        "ecole-ouverte": "en-cours", "service-public-humain": "tenu",
        "data-centers": "non-evalue"}
    assert [c.date for c in then.corrections] == [D(2026, 3, 9)]  # the 2 October one: later
    # The mairie answered on 6 October: on 30 September, the request was still waiting.
    asked = then.current("commune-degafamisee")
    assert asked.town_hall_reply is None and then.waiting(asked) == 0
    assert example().current("commune-degafamisee").town_hall_reply.date == D(2026, 10, 6)


def test_the_record_on_the_last_day_of_the_data_is_the_record():
    data = example()
    assert statuses(data.as_of(TODAY)) == statuses(data)
    assert data.as_of(TODAY).status_counts() == data.status_counts()


def test_the_bilan_month_by_month_counts_each_commitment_at_each_month_end():
    months = example().months()
    assert [m.isoformat() for m, _ in months] == [
        "2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01",
        "2026-09-01", "2026-10-01", "2026-11-01"]
    shown = {m.strftime("%m"): {s: n for s, n in c.items() if n} for m, c in months}
    assert shown["03"] == {"non-evalue": 7}
    assert shown["08"] == {"non-evalue": 1, "en-cours": 4, "au-point-mort": 1, "tenu": 1}
    assert shown["11"] == {"non-evalue": 1, "en-cours": 1, "tenu": 2, "tenu-en-partie": 1,
                           "non-tenu": 1, "non-verifiable": 1}  # on 29 November
    assert all(sum(c.values()) == 7 for _, c in months)


def test_the_milestones_are_each_anniversary_the_midpoint_and_the_end():
    data = example(D(2032, 4, 1))
    assert [(m.date.isoformat(), m.kind) for m in data.milestones()] == [
        ("2027-03-22", "anniversaire"), ("2028-03-22", "anniversaire"),
        ("2029-03-22", "mi-mandat"), ("2030-03-22", "anniversaire"),
        ("2031-03-22", "anniversaire"), ("2032-03-22", "fin")]
    assert [m.slug for m in example(D(2027, 3, 22)).milestones()] == ["bilan-2027-03-22"]
    assert example().milestones() == []  # 29 November 2026: not a year yet
    five = example(D(2031, 4, 1), Mandate(years=5))
    assert [(m.date.isoformat(), m.kind) for m in five.milestones()] == [
        ("2027-03-22", "anniversaire"), ("2028-03-22", "anniversaire"),
        ("2028-09-22", "mi-mandat"), ("2029-03-22", "anniversaire"),
        ("2030-03-22", "anniversaire"), ("2031-03-22", "fin")]


def test_a_date_a_few_months_on_keeps_its_day_or_the_months_last():
    assert add_months(D(2028, 2, 29), 12) == D(2029, 2, 28)
    assert add_months(D(2026, 3, 31), 6) == D(2026, 9, 30)


def test_when_the_mandate_ends_what_is_still_pending_counts_not_kept():
    before, after = example(D(2032, 3, 21)), example(D(2032, 3, 22))
    assert before.current("ecrans-publicitaires").status == "en-cours"
    rule = after.current("ecrans-publicitaires")
    assert (rule.status, rule.date, rule.automatic, rule.before) == (
        "non-tenu", D(2032, 3, 22), True, "en-cours")
    assert "règle de fin de mandat" in rule.summary
    assert statuses(after) == {**statuses(before), "ecrans-publicitaires": "non-tenu"}
    assert [m.slug for m, _ in after.reasons()["fin-de-mandat"]] == ["ecrans-publicitaires"]
    # Its current verdict rests on the rule now, not on the deliberation that started it.
    assert (before.proof_counts()["deliberation"], after.proof_counts()["deliberation"]) == (2, 1)
    # The news say it, from « en cours » to « non tenu ».
    assert [(u.measure, was) for u, was in after.changes(1)] == [("ecrans-publicitaires",
                                                                  "en-cours")]


def test_no_rule_changes_nothing_and_the_record_before_the_end_has_no_rule():
    none = example(D(2032, 6, 1), Mandate(at_end=()))
    assert none.current("ecrans-publicitaires").status == "en-cours"
    ended = example(D(2032, 6, 1))
    assert ended.as_of(D(2031, 1, 1)).current("ecrans-publicitaires").status == "en-cours"
    assert not any(u.automatic for u in ended.as_of(D(2031, 1, 1)).updates())


def test_on_the_first_of_a_month_the_bilan_already_has_that_month():
    months = example(D(2026, 12, 1)).months()
    assert [m.isoformat() for m, _ in months][-2:] == ["2026-11-01", "2026-12-01"]


def test_a_reply_is_part_of_the_record_from_the_end_of_the_day_it_was_written():
    """Saint-Exemple d'abord replied on 9 March 2026 about video surveillance."""
    def reply(day):
        lst = example().as_of(day).lists["saint-exemple-d-abord"]
        return next(s.reply for s in lst.stances if s.measure == "securite-sans-videosurveillance")

    assert reply(D(2026, 3, 8)) is None
    assert reply(D(2026, 3, 9)).date == D(2026, 3, 9)


def test_a_request_made_before_the_day_is_still_waiting_on_that_day():
    """The mairie was asked on 30 September 2026 and answered on 6 October."""
    asked = example().as_of(D(2026, 10, 5))
    update = asked.current("commune-degafamisee")
    assert update.solicitation.date == D(2026, 9, 30)
    assert update.town_hall_reply is None and asked.waiting(update) == 5


def test_a_month_counts_what_was_decided_by_its_last_day_not_on_the_next_first():
    """The single phone line was judged kept on 1 July 2026: June ends without it."""
    shown = {m.strftime("%m"): c for m, c in example().months()}
    assert shown["06"]["tenu"] == 0
    assert shown["07"]["tenu"] == 1


def test_after_the_mandate_no_anniversary_follows_its_end():
    assert [(m.date.isoformat(), m.kind) for m in example(D(2035, 1, 1)).milestones()][-2:] == [
        ("2031-03-22", "anniversaire"), ("2032-03-22", "fin")]


def test_a_correction_made_on_a_day_is_in_the_record_at_that_days_end():
    then = example().as_of(D(2026, 10, 2))
    assert sorted(c.date for c in then.corrections) == [D(2026, 3, 9), D(2026, 10, 2)]


def test_on_the_mandates_last_day_the_rules_verdict_is_the_newest_news(tmp_path):
    """An editor's update dated the last day, and the rule's of that day: the rule speaks
    after the editors, so the news show it first."""
    pledges = Path(shutil.copytree(EXAMPLE, tmp_path / "pledges"))
    followup = pledges / "suivi.yaml"
    followup.write_text(followup.read_text(encoding="utf-8") + """\
  - mesure: service-public-humain
    date: 2032-03-22
    statut: tenu
    resume: Le dernier conseil du mandat confirme l'accueil humain.
    source:
      url: https://mairie-saint-exemple.example.org/conseil-2032/
""", encoding="utf-8")
    news = load_dataset(pledges, D(2032, 6, 1)).changes(2)
    assert [(u.measure, u.date, was) for u, was in news] == [
        ("ecrans-publicitaires", D(2032, 3, 22), "en-cours"),
        ("service-public-humain", D(2032, 3, 22), "tenu")]
