"""A verdict a resident can re-check, on the example commune's pages: what backs it, who holds
the power, whether the mairie was asked, and why commitments are not kept — on the home page,
the measure pages and in the open data."""

from __future__ import annotations

import csv
import io
import json

from bs4 import BeautifulSoup

from helpers import EXAMPLE, TODAY
from tenir_parole import texts as ui_fr
from tenir_parole.core.assembly import load_dataset
from tenir_parole.site.wording import source_text

DATA = load_dataset(EXAMPLE, TODAY)


def text_of(site, page: str) -> str:
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return " ".join(soup.main.get_text(" ").split())


def rows(site, name: str) -> list[dict]:
    raw = (site / "donnees" / name).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";"))


def test_the_example_uses_every_type_of_source_and_two_levels_besides_the_commune():
    sources = [u.source for u in DATA.followup.updates if u.source]
    sources += [s.source for lst in DATA.lists.values() for s in lst.stances if s.source]
    sources += [u.carried.source for u in DATA.followup.updates if u.carried]
    assert {s.kind for s in sources} == {"page", "document", "deliberation", "arrete", "budget",
                                         "reunion", "courrier"}
    assert len(DATA.elsewhere()) >= 2
    assert DATA.pending()  # a verdict waits on the mairie


def test_each_verdict_says_what_backs_it_and_a_deliberation_reads_with_its_vote(example_site):
    for measure in DATA.commitments():
        page = text_of(example_site, f"mesures/{measure.slug}.html")
        for update in DATA.history(measure.slug):
            if update.status != "non-evalue":
                proof = ui_fr.PROOF_LABELS[update.source.proof][0]
                assert " ".join(source_text(update.source).split()) in page
                assert f"{ui_fr.TEXTS['proof']} {proof}." in page
    page = text_of(example_site, "mesures/emplois-pas-ia.html")
    assert ("Délibération n° 2026-078 du 15 octobre 2026 : Budget supplémentaire 2026 — "
            "adoptée par 21 voix pour, 6 contre, 2 abstentions") in page
    assert ui_fr.TEXTS["deliberations_list"] in page  # the commune's own list, linked


def test_who_holds_the_power_shows_on_the_measure_page_and_beside_the_commitment(example_site):
    home = BeautifulSoup((example_site / "index.html").read_text("utf-8"), "html.parser")
    table = home.find("caption", string=ui_fr.TEXTS["followup_caption"]).parent
    for measure in DATA.elsewhere():
        label = ui_fr.COMPETENCE_LABELS[measure.competence.level]
        page = text_of(example_site, f"mesures/{measure.slug}.html")
        assert f"Cette mesure {label} ({DATA.competence_name(measure)})." in page
        row = table.find("a", href=f"./mesures/{measure.slug}.html").find_parent("tr")
        assert label in row.th.get_text()
    home_text = " ".join(home.main.get_text(" ").split())
    assert ui_fr.TEXTS["bilan_elsewhere"] in home_text
    # The intercommunalité is named from commune.yaml when mesures.yaml gives no name.
    assert ("Cette mesure dépend de l'intercommunalité (Communauté de communes du Val "
            "d'Exemple).") in text_of(example_site, "mesures/emplois-pas-ia.html")


def test_a_request_left_unanswered_is_counted_in_days(example_site):
    (measure, update, days), = DATA.pending()
    assert days == (TODAY - update.solicitation.date).days
    said = f"sans réponse depuis {days} jours"
    assert said in text_of(example_site, f"mesures/{measure.slug}.html")
    assert said in text_of(example_site, "index.html")
    answered = next(u for u in DATA.followup.updates if u.solicitation and u.town_hall_reply)
    page = text_of(example_site, f"mesures/{answered.measure}.html")
    assert ui_fr.TEXTS["town_hall_answered"] in page
    assert " ".join(answered.town_hall_reply.text.split()) in page  # verbatim


def test_home_says_why_commitments_are_not_kept_each_linked_to_its_follow_up(example_site):
    home = BeautifulSoup((example_site / "index.html").read_text("utf-8"), "html.parser")
    section = home.find("h2", string=ui_fr.TEXTS["reasons_title"]).parent
    headings = [h.get_text() for h in home.find_all("h2")]
    assert headings.index(ui_fr.TEXTS["reasons_title"]) == \
        headings.index(ui_fr.TEXTS["bilan_title"]) + 1  # right after the bilan
    items = section.find_all("li")
    found = DATA.reasons()
    assert len(items) == len(found) > 0
    for item, (reason, commitments) in zip(items, found.items(), strict=True):
        words = " ".join(item.get_text(" ").split())
        assert words.lower().startswith(ui_fr.REASON_LABELS[reason].lower())
        assert [a["href"] for a in item.find_all("a")] == \
            [f"./mesures/{m.slug}.html#suivi" for m, _ in commitments]


def test_open_data_carries_typed_sources_under_the_national_names_and_the_bilan(example_site):
    updates = rows(example_site, "suivi.csv")
    deliberation = next(r for r in updates if r["DELIB_ID"] == "2026-078")
    assert (deliberation["DELIB_DATE"], deliberation["VOTE_POUR"], deliberation["VOTE_CONTRE"],
            deliberation["VOTE_ABSTENTION"], deliberation["source_type"],
            deliberation["preuve"]) == ("2026-10-15", "21", "6", "2", "deliberation",
                                        "deliberation")
    assert deliberation["DELIB_URL"].endswith("2026-078.pdf")
    reasons = rows(example_site, "raisons.csv")
    assert sorted(r["mesure"] for r in reasons) == sorted(
        m.slug for items in DATA.reasons().values() for m, _ in items)
    measures = {r["slug"]: r for r in rows(example_site, "mesures.csv")}
    assert {s for s, r in measures.items() if r["competence"] not in ("", "commune")} >= \
        {m.slug for m in DATA.elsewhere()}
    whole = json.loads((example_site / "donnees" / "tenir-parole.json").read_text("utf-8"))
    assert whole["bilan"]["decisions_formelles"] == DATA.formal_count()
    assert whole["bilan"]["raisons"] == {r or "non-precisee": [m.slug for m, _ in items]
                                         for r, items in DATA.reasons().items()}
