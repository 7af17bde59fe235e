"""A verdict a resident can re-check, on the example commune's pages: what backs it, who holds
the power, whether the mairie was asked, and why commitments are not kept — on the home page,
the measure pages and in the open data."""

from __future__ import annotations

import csv
import io
import json

from bs4 import BeautifulSoup

from helpers import EXAMPLE, TODAY, words
from tenir_parole.core.assembly import load_dataset


def text_of(site, page: str) -> str:
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return " ".join(soup.main.get_text(" ").split())


def rows(site, name: str) -> list[dict]:
    raw = (site / "donnees" / name).read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw, newline=""), delimiter=";"))


def test_the_example_uses_every_type_of_source_and_two_levels_besides_the_commune():
    data = load_dataset(EXAMPLE, TODAY)
    sources = [u.source for u in data.followup.updates if u.source]
    sources += [s.source for lst in data.lists.values() for s in lst.stances if s.source]
    sources += [u.carried.source for u in data.followup.updates if u.carried]
    assert {s.kind for s in sources} == {"page", "document", "deliberation", "arrete", "budget",
                                         "reunion", "courrier"}
    assert {m.slug for m in data.elsewhere()} == {"emplois-pas-ia", "ecole-ouverte"}
    assert [m.slug for m, _, _ in data.pending()] == ["ecole-ouverte"]  # waits on the mairie


#: Each verdict of the example's follow-up (none for data centres, never checked), as its
#: measure page says it: the date and status, then its source and what backs it.
VERDICTS = {
    "services-hors-reseau": [
        ("5 novembre 2026 : Tenu", "Source : https://mairie-saint-exemple.example.org/"
         "securite/plan-communal-de-sauvegarde/. Appuyé sur : document."),
        ("12 juin 2026 : En cours", "Source : Délibération n° 2026-045 du 12 juin 2026 : "
         "Révision du plan communal de sauvegarde — adoptée par 22 voix pour, 0 contre, "
         "6 abstentions (toutes les délibérations de la commune). Appuyé sur : délibération."),
    ],
    "commune-degafamisee": [
        ("30 septembre 2026 : Tenu en partie — Raison : jugé non prioritaire",
         "Source : https://mairie-saint-exemple.example.org/actualites/nos-canaux/. "
         "Appuyé sur : document."),
        ("8 juillet 2026 : En cours",
         "Source : Bulletin municipal n° 1, juillet 2026. Appuyé sur : document."),
        ("15 avril 2026 : En cours", "Source : https://mairie-saint-exemple.example.org/"
         "actualites/fermeture-compte-x/ (copie archivée). Appuyé sur : document."),
    ],
    "service-public-humain": [
        ("1er juillet 2026 : Tenu", "Source : Arrêté n° A-2026-054 du 24 juin 2026 : Horaires "
         "de l'accueil de la mairie et de la ligne téléphonique unique (copie archivée). "
         "Appuyé sur : arrêté."),
    ],
    "emplois-pas-ia": [
        ("15 octobre 2026 : Non tenu — Raison : faute de budget",
         "Source : Délibération n° 2026-078 du 15 octobre 2026 : Budget supplémentaire 2026 — "
         "adoptée par 21 voix pour, 6 contre, 2 abstentions (toutes les délibérations de la "
         "commune). Appuyé sur : délibération."),
        ("27 août 2026 : Au point mort", "Source : Ordres du jour des commissions municipales "
         "de juin à août 2026. Appuyé sur : document."),
        ("20 mai 2026 : En cours", "Source : Délibération n° 2026-036 du 20 mai 2026 : Étude "
         "de faisabilité d'une maison du réemploi (toutes les délibérations de la commune). "
         "Appuyé sur : délibération."),
    ],
    "ecrans-publicitaires": [
        ("12 mai 2026 : En cours", "Source : Délibération n° 2026-031 du 12 mai 2026 : "
         "Prescription de la révision du règlement local de publicité — adoptée à l'unanimité "
         "(27 voix) (toutes les délibérations de la commune). Appuyé sur : délibération."),
    ],
    "ecole-ouverte": [
        ("10 novembre 2026 : Invérifiable", "Source : Courrier du 10 novembre 2026 "
         "(expéditeur : Le service enfance de la mairie ; destinataire : Collectif Tenir "
         "parole) : Semaine sans écrans de juillet (courriel). Appuyé sur : document."),
        ("8 septembre 2026 : En cours", "Source : https://mairie-saint-exemple.example.org/"
         "ecoles/rentree-2026/. Appuyé sur : document."),
        ("15 juin 2026 : En cours", "Source : Budget primitif 2026 de la commune, Chapitre 21, "
         "fonction 21 (écoles) : mobilier et livres — 18 000 €, voté le 8 avril 2026. "
         "Appuyé sur : ligne budgétaire."),
    ],
    "data-centers": [],
}


def test_each_verdict_says_what_backs_it_and_a_deliberation_reads_with_its_vote(example_site):
    for slug, verdicts in VERDICTS.items():
        page = BeautifulSoup((example_site / "mesures" / f"{slug}.html").read_text("utf-8"),
                             "html.parser")
        said = [(words(entry.p.get_text()), words(entry.find("p", class_="meta").get_text()))
                for entry in page.select("div.stance")
                if not entry.p.get_text().endswith("Pas encore évalué")]
        assert said == verdicts, slug


def test_who_holds_the_power_shows_on_the_measure_page_and_beside_the_commitment(example_site):
    home = BeautifulSoup((example_site / "index.html").read_text("utf-8"), "html.parser")
    table = home.find("caption", string="Engagements de l'équipe élue et leur état").parent
    assert [words(row.th.get_text(" ")) for row in table.tbody("tr")
            if row.th.get_text(" ").startswith(("4.", "7."))] == [
        "4. Favoriser les emplois, pas les IA dépend de l'intercommunalité",
        "7. Favoriser une école ouverte et créative relève de plusieurs niveaux, en compétence "
        "partagée"]
    assert ("Cette mesure relève de plusieurs niveaux, en compétence partagée (la commune pour "
            "les bâtiments, l'équipement et le périscolaire ; l'État pour l'enseignement).") in \
        text_of(example_site, "mesures/ecole-ouverte.html")
    assert "Ne dépend pas de la seule commune :" in " ".join(home.main.get_text(" ").split())
    # The intercommunalité is named from commune.yaml when mesures.yaml gives no name.
    assert ("Cette mesure dépend de l'intercommunalité (Communauté de communes du Val "
            "d'Exemple).") in text_of(example_site, "mesures/emplois-pas-ia.html")


def test_a_request_left_unanswered_is_counted_in_days(example_site):
    """The school's mairie, asked on 12 November 2026, has not answered 17 days on; the
    mairie asked on 30 September about free software answered, and its answer is quoted."""
    said = "sans réponse depuis 17 jours"
    assert said in text_of(example_site, "mesures/ecole-ouverte.html")
    assert said in text_of(example_site, "index.html")
    page = text_of(example_site, "mesures/commune-degafamisee.html")
    assert ("Mairie sollicitée le 30 septembre 2026 (courriel au cabinet du maire), elle a "
            "répondu. Réponse de la mairie (6 octobre 2026) La mairie indique qu'une migration "
            "de la bureautique vers des logiciels libres sera étudiée lors du renouvellement "
            "des postes, en 2027.") in page  # verbatim


def test_home_says_why_commitments_are_not_kept_each_linked_to_its_follow_up(example_site):
    home = BeautifulSoup((example_site / "index.html").read_text("utf-8"), "html.parser")
    title = "Pourquoi des engagements ne sont pas tenus"
    headings = [h.get_text() for h in home.find_all("h2")]
    assert headings.index(title) == headings.index("Le bilan en un coup d'œil") + 1
    items = home.find("h2", string=title).parent.find_all("li")
    assert [(words(item.get_text(" ")), [a["href"] for a in item("a")]) for item in items] == [
        ("Jugé non prioritaire : 1 — 2. Assurer une gestion municipale sobre et dégafamisée "
         "(tenu en partie)", ["./mesures/commune-degafamisee.html#suivi"]),
        ("Faute de budget : 1 — 4. Favoriser les emplois, pas les IA (non tenu)",
         ["./mesures/emplois-pas-ia.html#suivi"]),
    ]


def test_open_data_carries_typed_sources_under_the_national_names_and_the_bilan(example_site):
    updates = rows(example_site, "suivi.csv")
    deliberation = next(r for r in updates if r["DELIB_ID"] == "2026-078")
    assert (deliberation["DELIB_DATE"], deliberation["VOTE_POUR"], deliberation["VOTE_CONTRE"],
            deliberation["VOTE_ABSTENTION"], deliberation["source_type"],
            deliberation["preuve"]) == ("2026-10-15", "21", "6", "2", "deliberation",
                                        "deliberation")
    assert deliberation["DELIB_URL"].endswith("2026-078.pdf")
    reasons = rows(example_site, "raisons.csv")
    assert [(r["raison"], r["statut"], r["mesure"]) for r in reasons] == [
        ("non-prioritaire", "tenu-en-partie", "commune-degafamisee"),
        ("budget", "non-tenu", "emplois-pas-ia")]
    measures = {r["slug"]: r["competence"] for r in rows(example_site, "mesures.csv")}
    assert {s: level for s, level in measures.items() if level} == {
        "emplois-pas-ia": "intercommunalite", "ecole-ouverte": "partagee",
        "antennes-relais": "etat"}
    whole = json.loads((example_site / "donnees" / "tenir-parole.json").read_text("utf-8"))
    # Formal decisions: the arrêté of 3 and the délibérations of 4 and 6.
    assert whole["bilan"]["decisions_formelles"] == 3
    assert whole["bilan"]["raisons"] == {"non-prioritaire": ["commune-degafamisee"],
                                         "budget": ["emplois-pas-ia"]}
