"""After the vote: the follow-up dashboard, staleness, corrections, Atom feed and open data."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import xml.etree.ElementTree as ET

import pytest

from helpers import EXAMPLE, TODAY, cli, soup, words
from tenir_parole.core.assembly import load_dataset

ATOM = "{http://www.w3.org/2005/Atom}"
FOLLOWUP_CAPTION = "Engagements de l'équipe élue et leur état"

#: The example's seven commitments (the elected list, L'Avenir en commun, pledged measures
#: 1, 2, 3, 4, 6, 7 and 9 fully or in part), as the home page's follow-up table reads them:
#: engaged, status, last check (suivi.yaml's latest update of each; none for data centres).
FOLLOWUP_ROWS = [
    ("1. Sécuriser les services essentiels « hors réseau »",
     ["En partie", "Tenu", "5 novembre 2026"]),
    ("2. Assurer une gestion municipale sobre et dégafamisée",
     ["Oui", "Tenu en partie", "30 septembre 2026"]),
    ("3. Garantir un service public humain", ["Oui", "Tenu", "1er juillet 2026"]),
    ("4. Favoriser les emplois, pas les IA", ["En partie", "Non tenu", "15 octobre 2026"]),
    ("6. Bannir les écrans publicitaires de l'espace public et des transports en commun",
     ["Oui", "En cours", "12 mai 2026 — à revérifier"]),
    ("7. Favoriser une école ouverte et créative",
     ["En partie", "Invérifiable", "10 novembre 2026"]),
    ("9. Refuser l'installation de data centers",
     ["Oui", "Pas encore évalué", "jamais — à revérifier"]),
]


def followup_rows(site):
    return soup(site, "index.html").find("caption", string=FOLLOWUP_CAPTION).parent \
        .tbody.find_all("tr")


def test_home_leads_with_the_elected_teams_commitments_and_their_status(example_site):
    page = soup(example_site, "index.html")
    headings = [h.get_text() for h in page.find_all("h2")]
    assert headings[0] == "Le bilan en un coup d'œil"
    assert headings.index("Suivi de l'équipe élue") < headings.index("Positions des listes")
    rows = followup_rows(example_site)
    assert [(words(r.th.a.get_text()), [td.get_text(" ", strip=True) for td in r("td")])
            for r in rows] == FOLLOWUP_ROWS


def test_stale_commitments_are_flagged_in_words(example_site):
    """Screens last checked on 12 May 2026 (over 183 days before 29 November), data centres
    never: both « à revérifier », on the home page and on their own page."""
    flagged = {r.th.a["href"].split("/")[-1][:-5] for r in followup_rows(example_site)
               if r.find(class_="stale", string="à revérifier")}
    assert flagged == {"ecrans-publicitaires", "data-centers"}
    assert soup(example_site, "mesures/data-centers.html").find(class_="stale")


def test_staleness_counts_from_the_reference_date_and_flips_after_the_limit():
    last = dt.date(2026, 11, 5)  # services-hors-reseau's latest update in suivi.yaml
    on_the_day = load_dataset(EXAMPLE, last + dt.timedelta(days=183), 183)
    day_after = load_dataset(EXAMPLE, last + dt.timedelta(days=184), 183)
    assert not on_the_day.stale("services-hors-reseau")
    assert day_after.stale("services-hors-reseau")
    assert not load_dataset(EXAMPLE, TODAY).stale("services-hors-reseau")  # 24 days on


def test_measure_page_keeps_the_whole_history_newest_first_even_when_it_moves_back(
        example_site):
    """Jobs not AIs: « en cours » in May, « au point mort » in August, « non tenu » in
    October for want of budget — every step kept, newest first."""
    section = soup(example_site, "mesures/emplois-pas-ia.html")
    entries = [words(p.get_text(" ")) for p in section.select("div.stance > p:first-child")]
    assert entries == ["15 octobre 2026 : Non tenu — Raison : faute de budget",
                       "27 août 2026 : Au point mort",
                       "20 mai 2026 : En cours"]


def test_corrections_page_lists_each_dated_correction(example_site):
    """corrections.yaml's two corrections, newest first."""
    rows = soup(example_site, "corrections.html").find("table").tbody.find_all("tr")
    assert [r.th.get_text() for r in rows] == ["2 octobre 2026", "9 mars 2026"]
    assert [r.td.get_text() for r in rows] == ["mesures/commune-degafamisee.html",
                                               "listes/saint-exemple-d-abord.html"]


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
    assert len(entries) == 15  # suivi.yaml's fifteen updates
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
    assert len(rows) == 4 * 10  # four lists, ten measures
    row = next(r for r in rows if r["liste"] == "avenir-commun" and r["mesure"] == "data-centers")
    assert row["position"] == "engagement-total"
    updates = (example_site / "donnees" / "suivi.csv").read_bytes().decode("utf-8-sig")
    assert len(list(csv.reader(io.StringIO(updates, newline=""), delimiter=";"))) == \
        1 + 15  # the header, suivi.yaml's fifteen updates
    whole = json.loads((example_site / "donnees" / "tenir-parole.json").read_text("utf-8"))
    assert set(whole["listes"]) == {"agir-pour-saint-exemple", "avenir-commun",
                                    "renouveau-citoyen", "saint-exemple-d-abord"}
    assert whole["licence"]


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


#: The example's bilan on 29 November 2026, from kept to not yet rated (none « au point mort »).
BILAN = ["Tenu : 2 sur 7", "Tenu en partie : 1 sur 7", "En cours : 1 sur 7",
         "Non tenu : 1 sur 7", "Invérifiable : 1 sur 7", "Pas encore évalué : 1 sur 7"]


def test_the_bilan_says_each_status_in_words_with_its_share_and_draws_it_to_scale(example_site):
    home = soup(example_site, "index.html")
    assert bilan_words(home) == BILAN
    bar = home.find("svg", class_="barre")
    assert bar["aria-hidden"] == "true"  # the words above say it to screen readers
    widths = [float(rect["width"].rstrip("%")) for rect in bar.find_all("rect", recursive=False)]
    shares = [100 * 2 / 7] + [100 * 1 / 7] * 5  # the bilan's order
    assert widths == pytest.approx(shares, abs=0.01) and sum(widths) == pytest.approx(100)


def test_the_bilan_is_on_the_elected_lists_page_and_in_the_carnet_only(example_site):
    with_bilan = {slug for slug in ("agir-pour-saint-exemple", "avenir-commun",
                                    "renouveau-citoyen", "saint-exemple-d-abord")
                  if soup(example_site, f"listes/{slug}.html").find("ul", class_="legende")}
    assert with_bilan == {"avenir-commun"}  # the elected list
    assert bilan_words(soup(example_site, "carnet/index.html")) == \
        bilan_words(soup(example_site, "index.html"))


def test_the_home_page_gives_the_latest_changes_each_with_its_status_before_and_after(
        example_site):
    """The five latest updates of suivi.yaml, newest first, each with the status it left."""
    items = soup(example_site, "index.html").find("ul", class_="nouveau")("li")
    assert [(words(item.get_text(" ")), item.a["href"]) for item in items] == [
        ("10 novembre 2026 — 7. Favoriser une école ouverte et créative : "
         "de « En cours » à Invérifiable", "./mesures/ecole-ouverte.html#suivi"),
        ("5 novembre 2026 — 1. Sécuriser les services essentiels « hors réseau » : "
         "de « En cours » à Tenu", "./mesures/services-hors-reseau.html#suivi"),
        ("15 octobre 2026 — 4. Favoriser les emplois, pas les IA : "
         "de « Au point mort » à Non tenu", "./mesures/emplois-pas-ia.html#suivi"),
        ("30 septembre 2026 — 2. Assurer une gestion municipale sobre et dégafamisée : "
         "de « En cours » à Tenu en partie", "./mesures/commune-degafamisee.html#suivi"),
        ("8 septembre 2026 — 7. Favoriser une école ouverte et créative : "
         "toujours En cours", "./mesures/ecole-ouverte.html#suivi"),
    ]


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
