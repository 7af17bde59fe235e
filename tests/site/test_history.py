"""Residents follow what changes: the bilan month by month on the home page, a feed per
commitment (read by a real Atom parser), the dated bilans, « Signaler une nouvelle », and the
end-of-mandate rule where it applies."""

from __future__ import annotations

import re
import shutil
import subprocess
from urllib.parse import parse_qs, unquote, urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from helpers import COMMUNE, ROOT, build, words, write_pledges

SITE = "https://tenir-parole.example.org"


def soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def feed(path):
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_the_home_page_draws_the_bilan_month_by_month_and_says_it_in_a_table(example_site):
    page = soup(example_site / "index.html")
    bars = page.select("svg.mois rect")
    assert bars and all(r["fill"].startswith("url(#p-") for r in bars)
    assert {r["x"] for r in bars} == {f"{x}%" for x in
                                      ("0", "11.111", "22.222", "33.333", "44.444", "55.556",
                                       "66.667", "77.778", "88.889")}  # nine months, March on
    table = page.select_one("details table")
    assert words(table.caption.text) == ("Engagements par état, à la fin de chaque mois où "
                                         "l'un d'eux a changé")
    rows = [[words(c.text) for c in tr.find_all(["th", "td"])] for tr in table.select("tr")]
    assert rows[0] == ["Mois", "Tenu", "Tenu en partie", "En cours", "Au point mort",
                       "Non tenu", "Invérifiable", "Pas encore évalué"]
    assert rows[1] == ["mars 2026", "0", "0", "0", "0", "0", "0", "7"]
    assert rows[6] == ["août 2026", "1", "0", "4", "1", "0", "0", "1"]
    assert rows[-1] == ["novembre 2026", "2", "1", "1", "0", "1", "1", "1"]


def test_the_month_by_month_intro_runs_from_the_first_month_to_the_last(example_site):
    intro = soup(example_site / "index.html").find(id="mois-par-mois").find_next("p")
    assert words(intro.text) == (
        "Une barre par mois, de mars 2026 à novembre 2026 : l'état des engagements à la fin de "
        "chaque mois (au 29 novembre 2026 pour le dernier), de « Tenu » en bas à « Pas encore "
        "évalué » en haut, avec les motifs du bilan.")


def test_in_the_month_of_the_vote_the_bilan_has_no_month_by_month_yet(tmp_path):
    from helpers import epoch

    pledges = write_pledges(tmp_path / "pledges", suivi_yaml=None)
    with epoch("1774828800"):  # 2026-03-30, eight days after the vote
        assert build(tmp_path / "output", pledges).returncode == 0
    home = soup(tmp_path / "output" / "index.html")
    assert home.find(id="bilan") and not home.find(id="mois-par-mois")
    assert "Le bilan mois par mois" not in words(home.text)


def test_the_elected_list_and_the_carnet_show_it_too(example_site):
    for page in ("listes/avenir-commun.html", "carnet/index.html"):
        assert soup(example_site / page).select("svg.mois rect"), page
    assert not soup(example_site / "listes/renouveau-citoyen.html").select("svg.mois")


def test_a_text_browser_reads_the_months_in_order(example_site):
    if shutil.which("w3m") is None:
        pytest.skip("w3m absent : apt-get install w3m")
    dump = subprocess.run(["w3m", "-dump", "-cols", "200", str(example_site / "index.html")],
                          capture_output=True, text=True, check=True).stdout
    months = re.findall(r"^\s*(\w+ 2026)\s+((?:\d+\s+){6}\d+)\s*$", dump, re.M)
    assert [m for m, _ in months] == ["mars 2026", "avril 2026", "mai 2026", "juin 2026",
                                      "juillet 2026", "août 2026", "septembre 2026",
                                      "octobre 2026", "novembre 2026"]
    assert months[-1][1].split() == ["2", "1", "1", "0", "1", "1", "1"]


def test_each_commitment_has_its_own_atom_feed_with_its_updates(year_later_site):
    page = soup(year_later_site / "mesures/service-public-humain.html")
    links = {a["title"]: a["href"] for a in page.select('link[type="application/atom+xml"]')}
    assert links == {"Fil Atom du suivi": "../suivi.atom",
                     "Fil Atom de cet engagement": "../mesures/service-public-humain.atom"}
    own = feed(year_later_site / "mesures/service-public-humain.atom")
    assert own.feed.title == ("Suivi de la mesure 3 : Garantir un service public humain — "
                              "Saint-Exemple-sur-Loire")
    assert [e.title for e in own.entries] == [
        "3. Garantir un service public humain : de « Tenu » à « En cours »",
        "3. Garantir un service public humain : de « Pas encore évalué » à « Tenu »",
        "3. Garantir un service public humain : toujours « Pas encore évalué »"]
    assert own.feed.updated == "2027-05-04T00:00:00Z"
    back = own.entries[0]
    assert back.id == f"{SITE}/mesures/service-public-humain.html#2027-05-04"
    assert back.link == back.id and back.published == "2027-05-04T00:00:00Z"
    assert "horaires-2027" in back.summary and "faute d'agents" in back.summary  # its source
    # Measures nobody committed to have no feed; those committed to, one each.
    feeds = sorted(p.name for p in (year_later_site / "mesures").glob("*.atom"))
    assert len(feeds) == 7 and "antennes-relais.atom" not in feeds


def test_an_update_moved_back_is_in_both_feeds_under_one_id(year_later_site):
    site = feed(year_later_site / "suivi.atom")
    assert site.feed.updated == "2027-05-04T00:00:00Z"
    first = site.entries[0]
    assert first.title == "3. Garantir un service public humain : de « Tenu » à « En cours »"
    own = feed(year_later_site / "mesures/service-public-humain.atom").entries[0]
    assert (first.id, first.updated) == (own.id, own.updated)
    ids = [e.id for e in site.entries]
    assert len(ids) == len(set(ids)) == 17


def test_an_entry_is_updated_when_the_mairie_is_asked_later(year_later_site):
    entry = feed(year_later_site / "mesures/ecole-ouverte.atom").entries[0]
    assert (entry.published, entry.updated) == ("2026-11-10T00:00:00Z", "2026-11-12T00:00:00Z")


def test_the_feed_entries_lead_to_an_update_on_its_page(year_later_site):
    page = soup(year_later_site / "mesures/service-public-humain.html")
    assert words(page.find(id="suivi").text) == "Historique du suivi"
    assert page.find(id="2027-05-04") and page.find(id="2026-07-01")


def test_a_site_for_a_usb_stick_or_a_preview_has_no_feed(example_site):
    assert not list(example_site.rglob("*.atom"))
    assert not soup(example_site / "mesures/ecole-ouverte.html").select(
        'link[type="application/atom+xml"]')


def test_a_year_on_the_site_compares_that_day_with_today(year_later_site, example_site):
    home = soup(year_later_site / "index.html")
    dated = home.find(id="bilans-dates").parent
    assert [(words(a.text), a["href"]) for a in dated.select("a")] == [
        ("Un an après : le 22 mars 2027", "./bilan-2027-03-22.html")]
    page = soup(year_later_site / "bilan-2027-03-22.html")
    assert words(page.h1.text) == "Un an après : le 22 mars 2027"
    assert words(page.h1.find_next("p").text) == (
        "Le 22 mars 2027, un an après l'élection du 22 mars 2026 : l'état de chaque engagement "
        "de L'Avenir en commun à Saint-Exemple ce jour-là, et au 30 juin 2027.")
    rows = {words(tr.th.text): [words(td.text) for td in tr.find_all("td")]
            for tr in page.select("tbody tr")}
    assert rows["3. Garantir un service public humain"] == ["Tenu", "En cours", "a changé"]
    # Screens were banned in February 2027: already so on the anniversary.
    assert rows["6. Bannir les écrans publicitaires de l'espace public et des transports en "
                "commun"] == ["Tenu", "Tenu", "inchangé"]
    assert [words(th.text) for th in page.thead.find_all("th")] == [
        "Engagement", "Le 22 mars 2027", "Au 30 juin 2027", "Évolution"]
    # Each state held on either day, « En cours » too, which none held on the anniversary.
    assert [words(li.text) for li in page.find("main").find_all("ul")[-1].find_all("li")] == [
        "Tenu : 3 sur 7 puis 2 sur 7", "Tenu en partie : 1 sur 7 puis 1 sur 7",
        "En cours : 0 sur 7 puis 1 sur 7", "Non tenu : 1 sur 7 puis 1 sur 7",
        "Invérifiable : 1 sur 7 puis 1 sur 7", "Pas encore évalué : 1 sur 7 puis 1 sur 7"]
    assert not list(example_site.glob("bilan-*.html"))  # 29 November 2026: not a year yet


def report_links(site, measure: str) -> dict[str, str]:
    page = soup(site / "mesures" / f"{measure}.html")
    return {words(a.text): a["href"] for a in page.find(id="signaler").find_next("ul")("a")}


def test_residents_report_news_by_an_email_naming_the_measure(example_site):
    links = report_links(example_site, "ecole-ouverte")
    mail = urlsplit(links["Nous écrire (courriel prérempli)"])
    assert (mail.scheme, mail.path) == ("mailto", "suivi@example.org")
    query = parse_qs(mail.query)
    assert query["subject"] == ["Tenir parole, mesure 7 : Favoriser une école ouverte et "
                                "créative"]
    assert query["body"][0].split("\r\n") == [
        "Mesure : 7. Favoriser une école ouverte et créative", "", "Ce que j'ai vu :", "",
        "Quand (date) :", "", "Source (lien, document, lieu) :", ""]
    assert not soup(example_site / "mesures/antennes-relais.html").find(id="signaler")


@pytest.fixture(scope="module")
def reporting(tmp_path_factory):
    """A commune with its own address and a forge, its mandate ended (1 April 2032)."""
    commune = COMMUNE.replace("contact: suivi@example.org\n",
                              "contact: Écrivez-nous.\ncourriel: nouvelles@villeneuve.fr\n"
                              "forge: https://codeberg.org/villeneuve/tenir-parole\n")
    pledges = write_pledges(tmp_path_factory.mktemp("forge") / "pledges", commune_yaml=commune)
    output = tmp_path_factory.mktemp("forge-site") / "output"
    from helpers import epoch

    with epoch("1964390400"):  # 2032-04-01
        assert build(output, pledges).returncode == 0
    return output


def test_a_forge_in_commune_yaml_opens_an_issue_there(reporting):
    links = report_links(reporting, "services-hors-reseau")
    assert urlsplit(links["Nous écrire (courriel prérempli)"]).path == "nouvelles@villeneuve.fr"
    issue = links["Ouvrir un ticket sur la forge du projet"]
    assert issue.startswith("https://codeberg.org/villeneuve/tenir-parole/issues/new?title=")
    assert unquote(parse_qs(urlsplit(issue).query)["title"][0]) == (
        "Tenir parole, mesure 1 : Services essentiels hors réseau")


def test_when_the_mandate_has_ended_pending_commitments_say_the_rule(reporting):
    page = soup(reporting / "mesures/services-hors-reseau.html")
    last = page.find(id="fin-de-mandat")
    assert words(last.p.text) == "22 mars 2032 : Non tenu"
    assert "Le mandat s'achève ce jour : l'engagement, encore « En cours »" in words(last.text)
    assert {words(a.text): a["href"] for a in last("a")} == {
        "Règle de fin de mandat : voir la méthode": "../methode.html#fin-du-mandat"}
    home = words(soup(reporting / "index.html").text)
    assert "Comptés d'office à la fin du mandat (règle de fin de mandat) : 1." in home
    assert "Mandat achevé sans qu'il soit tenu (règle de fin de mandat) : 1" in home
    method = words(soup(reporting / "methode.html").find(id="fin-du-mandat").find_next("p")
                   .find_next("p").text)
    assert method.startswith("Ce jour-là, un engagement encore « En cours » ou « Au point mort » "
                             "est compté « Non tenu »")
    assert [m for m in (ROOT / "pelicanconf.py").read_text().splitlines()
            if m.startswith("END_OF_MANDATE")] == [
        'END_OF_MANDATE = {"en-cours": "non-tenu", "au-point-mort": "non-tenu"}']


def test_after_the_mandate_the_open_data_say_the_rule_and_still_pass_their_schemas(reporting):
    import datetime as dt

    from test_opendata_package import frictionless, tool

    from tenir_parole.core.export import read_export

    folder = reporting / "donnees"
    assert "fin-de-mandat" in (folder / "raisons.csv").read_text(encoding="utf-8-sig")
    assert frictionless(folder).returncode == 0
    schema = subprocess.run([tool("check-jsonschema"), "--schemafile",
                             str(folder / "tenir-parole.schema.json"),
                             str(folder / "tenir-parole.json")], capture_output=True, text=True)
    assert schema.returncode == 0, schema.stdout
    # A federation reads it back: the same bilan, the rule's update computed again.
    data = read_export((folder / "tenir-parole.json").read_bytes(), "x", dt.date(2032, 4, 1))
    assert data.current("services-hors-reseau").automatic
