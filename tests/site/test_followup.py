"""After the vote: the follow-up dashboard, staleness, corrections, Atom feed and open data."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest

from helpers import EXAMPLE, TODAY, cli, soup, words
from tenir_parole import texts as ui_fr
from tenir_parole.core.assembly import load_dataset

DATA = load_dataset(EXAMPLE, TODAY)
ATOM = "{http://www.w3.org/2005/Atom}"


def test_home_leads_with_the_elected_teams_commitments_and_their_status(example_site):
    page = soup(example_site, "index.html")
    headings = [h.get_text() for h in page.find_all("h2")]
    assert headings.index(ui_fr.TEXTS["followup_title"]) < headings.index(
        ui_fr.TEXTS["grid_title"])
    table = page.find("caption", string=ui_fr.TEXTS["followup_caption"]).parent
    rows = table.tbody.find_all("tr")
    assert [words(r.th.a.get_text()) for r in rows] == [f"{m.number}. {m.title}"
                                             for m in DATA.commitments()]
    for row, measure in zip(rows, DATA.commitments(), strict=True):
        update = DATA.current(measure.slug)
        status = update.status if update else "non-evalue"
        cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
        assert cells[1] == ui_fr.STATUS_LABELS[status]
        assert cells[2].startswith(ui_fr.date_fr(update.date) if update else "jamais")
    assert headings[0] == ui_fr.TEXTS["bilan_title"]


def test_stale_commitments_are_flagged_in_words(example_site):
    stale = {m.slug for m in DATA.stale_commitments()}
    assert stale == {"ecrans-publicitaires", "data-centers"}  # the example is built that way
    rows = soup(example_site, "index.html").find(
        "caption", string=ui_fr.TEXTS["followup_caption"]).parent.tbody.find_all("tr")
    flagged = {r.th.a["href"].split("/")[-1][:-5] for r in rows
               if r.find(class_="stale", string=ui_fr.TEXTS["stale"])}
    assert flagged == stale
    assert soup(example_site, "mesures/data-centers.html").find(class_="stale")


def test_staleness_counts_from_the_reference_date_and_flips_after_the_limit():
    last = DATA.current("services-hors-reseau").date
    on_the_day = load_dataset(EXAMPLE, last + dt.timedelta(days=183), 183)
    day_after = load_dataset(EXAMPLE, last + dt.timedelta(days=184), 183)
    assert not on_the_day.stale("services-hors-reseau")
    assert day_after.stale("services-hors-reseau")
    assert not DATA.stale("services-hors-reseau")


def test_measure_page_keeps_the_whole_history_newest_first_even_when_it_moves_back(
        example_site):
    history = DATA.history("emplois-pas-ia")
    assert [u.status for u in history][-2:] == ["au-point-mort", "non-tenu"]
    section = soup(example_site, "mesures/emplois-pas-ia.html")
    entries = [p.get_text(" ") for p in section.select("div.stance > p:first-child")]
    assert len(entries) == len(history)
    for text, update in zip(entries, reversed(history), strict=True):
        assert ui_fr.date_fr(update.date) in text and ui_fr.STATUS_LABELS[update.status] in text
    assert ui_fr.REASON_LABELS[history[-1].reason] in entries[0]


def test_corrections_page_lists_each_dated_correction(example_site):
    rows = soup(example_site, "corrections.html").find("table").tbody.find_all("tr")
    assert [r.th.get_text() for r in rows] == [ui_fr.date_fr(c.date) for c in DATA.corrections]


def test_no_feed_before_the_election(tmp_path_factory):
    from helpers import FIXTURES, built

    site = built(tmp_path_factory, FIXTURES / "avant", "avant-publie", "publishconf.py")
    assert not (site / "suivi.atom").exists()
    assert "None" not in (site / "sitemap.xml").read_text(encoding="utf-8")


def test_csv_cells_never_run_as_spreadsheet_formulas():
    from tenir_parole.site.opendata import cell

    assert cell('=HYPERLINK("https://evil.example")') == '\'=HYPERLINK("https://evil.example")'
    assert cell("-20 % de budget") == "'-20 % de budget" and cell("Oui") == "Oui"


def test_atom_feed_in_publish_build_only_with_absolute_urls(example_site, published_site):
    assert not (example_site / "suivi.atom").exists()
    for page in example_site.rglob("*.html"):
        assert "tenir-parole.example.org" not in page.read_text(encoding="utf-8")
    feed = ET.parse(published_site / "suivi.atom").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(DATA.followup.updates)
    dates = [e.find(f"{ATOM}updated").text for e in entries]
    assert dates == sorted(dates, reverse=True)
    for entry in entries:
        assert entry.find(f"{ATOM}link").get("href").startswith("https://")
    assert soup(published_site, "index.html").find("link", rel="alternate")["href"] == \
        "./suivi.atom"


def test_open_data_csv_opens_in_french_spreadsheets(example_site):
    raw = (example_site / "donnees" / "positions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == len(DATA.lists) * len(DATA.measures)
    row = next(r for r in rows if r["liste"] == "avenir-commun" and r["mesure"] == "data-centers")
    assert row["position"] == DATA.stance("avenir-commun", "data-centers").position
    updates = (example_site / "donnees" / "suivi.csv").read_bytes().decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(updates, newline=""), delimiter=";"))) == \
        len(DATA.followup.updates) + 1
    whole = json.loads((example_site / "donnees" / "tenir-parole.json").read_text("utf-8"))
    assert set(whole["listes"]) == set(DATA.lists) and whole["licence"]


def test_every_open_data_column_is_documented(example_site):
    page = soup(example_site, "donnees/index.html")

    def documented(caption: str) -> list[str]:
        table = page.find("caption", string=caption).parent
        return [th.get_text() for th in table.tbody.find_all("th")]

    shared = documented("sources (positions.csv et suivi.csv)")
    for csv_file in sorted((example_site / "donnees").glob("*.csv")):
        header = csv_file.read_bytes().decode("utf-8-sig").splitlines()[0].split(";")
        own = [column for column in header if column not in shared]
        assert documented(csv_file.name) == own, csv_file.name  # in the file's order
        assert page.find("a", href=csv_file.name), csv_file.name  # offered in the list


def test_make_check_lists_stale_commitments_as_warnings():
    result = cli("check", "--pledges", str(EXAMPLE))
    assert result.returncode == 0
    warnings = [x for x in result.stdout.splitlines() if x.startswith("Avertissement")]
    assert len(warnings) == 2 and "« data-centers » jamais vérifié" in warnings[1]


def bilan_words(page) -> list[str]:
    return [" ".join(li.get_text(" ").split()) for li in page.find("ul", class_="legende")("li")]


def test_the_bilan_says_each_status_in_words_with_its_share_and_draws_it_to_scale(example_site):
    total = len(DATA.commitments())
    counts = DATA.status_counts()
    expected = [f"{ui_fr.STATUS_LABELS[st]} : {counts[st]} sur {total}"
                for st in ui_fr.STATUS_ORDER if st in counts]
    home = soup(example_site, "index.html")
    assert bilan_words(home) == expected
    bar = home.find("svg", class_="barre")
    assert bar["aria-hidden"] == "true"  # the words above say it to screen readers
    widths = [float(rect["width"].rstrip("%")) for rect in bar.find_all("rect", recursive=False)]
    shares = [100 * counts[st] / total for st in ui_fr.STATUS_ORDER if st in counts]
    assert widths == pytest.approx(shares, abs=0.01) and sum(widths) == pytest.approx(100)


def test_the_bilan_is_on_the_elected_lists_page_and_in_the_carnet_only(example_site):
    for slug in DATA.lists:
        page = soup(example_site, f"listes/{slug}.html")
        assert bool(page.find("ul", class_="legende")) == (slug == DATA.commune.elected_list)
    assert bilan_words(soup(example_site, "carnet/index.html")) == \
        bilan_words(soup(example_site, "index.html"))


def test_the_home_page_gives_the_latest_changes_each_with_its_status_before_and_after(
        example_site):
    items = soup(example_site, "index.html").find("ul", class_="nouveau")("li")
    latest = DATA.updates()[:len(items)]
    assert 0 < len(items) <= 5
    for item, update in zip(items, latest, strict=True):
        text = " ".join(item.get_text(" ").split())
        history = DATA.history(update.measure)
        before = history[history.index(update) - 1].status if history.index(update) else \
            "non-evalue"
        assert text.startswith(ui_fr.date_fr(update.date))
        now = ui_fr.STATUS_LABELS[update.status]
        said = f"toujours {now}" if before == update.status else \
            f"de « {ui_fr.STATUS_LABELS[before]} » à {now}"
        assert said in text
        assert item.a["href"] == f"./mesures/{update.measure}.html#suivi"


def test_before_the_vote_there_is_no_bilan_and_no_news(before_site):
    home = soup(before_site, "index.html")
    assert not home.find("ul", class_="legende") and not home.find("ul", class_="nouveau")


def test_the_team_and_the_commune_are_named_with_french_elision(tmp_path_factory):
    """« 1 engagement d'Agir pour le Pilat », « … au Mans » — never « de Agir », « à Le »."""
    from helpers import ALPHA, COMMUNE, built, write_pledges

    pledges = write_pledges(tmp_path_factory.mktemp("elision") / "pledges",
                            commune_yaml=COMMUNE.replace("nom: Villeneuve", "nom: Le Mans")
                            .replace('"04242"', '"72181"').replace("Alpes-de-Haute-Provence",
                                                                   "Sarthe"),
                            listes__alpha_yaml=ALPHA.replace("nom: Alpha pour tous",
                                                             "nom: Agir pour le Pilat"))
    home = soup(built(tmp_path_factory, pledges, "elision-site"), "index.html")
    assert words(home.h1.get_text()) == "Engagements municipaux au Mans"
    assert "1 engagement d'Agir pour le Pilat, par état du suivi au" in words(home.get_text())
