"""How a source reads on a page: one consistent French form for each type, the council's vote
in words, amounts in euros."""

from __future__ import annotations

import datetime as dt

import pytest

from tenir_parole.core.model import Source, Vote
from tenir_parole.site.wording import euros, source_text, vote_text

DAY = dt.date(2026, 10, 15)


def vote(yes: int, no: int, abstentions: int) -> Vote:
    return Vote(pour=str_number(yes), contre=str_number(no), abstention=str_number(abstentions))


def str_number(n: int):
    from tenir_parole.core.loader import PlainNumber

    return PlainNumber(str(n))


@pytest.mark.parametrize(("counts", "words"), [
    ((21, 6, 2), "adoptée par 21 voix pour, 6 contre, 2 abstentions"),
    ((21, 6, 1), "adoptée par 21 voix pour, 6 contre, 1 abstention"),
    ((15, 2, 0), "adoptée par 15 voix pour, 2 contre"),
    ((25, 0, 0), "adoptée à l'unanimité (25 voix)"),
    ((12, 0, 3), "adoptée par 12 voix pour, 0 contre, 3 abstentions"),
    ((8, 10, 1), "rejetée : 8 voix pour, 10 contre, 1 abstention"),
    ((9, 9, 1), "partage égal des voix : 9 voix pour, 9 contre, 1 abstention"),
])
def test_a_vote_reads_as_its_outcome_then_its_counts(counts, words):
    assert vote_text(vote(*counts)) == words


def test_amounts_take_french_thousands_and_the_euro_sign_after():
    assert euros(12000) == "12\u202f000\u00a0€"
    assert euros(950) == "950\u00a0€"


def source(**fields) -> Source:
    return Source.model_construct(**{"type": None, "url": None, "description": None,
                                     "archive": None, "number": None, "date": None,
                                     "subject": None, "vote": None, "document": None,
                                     "chapter": None, "amount": None, "place": None,
                                     "sender": None, "recipient": None, **fields})


@pytest.mark.parametrize(("fields", "text"), [
    ({"type": "deliberation", "number": "2026-078", "date": DAY,
      "subject": "Budget supplémentaire 2026", "vote": vote(21, 6, 2)},
     "Délibération n° 2026-078 du 15 octobre 2026 : Budget supplémentaire 2026 — adoptée par "
     "21 voix pour, 6 contre, 2 abstentions"),
    ({"type": "arrete", "number": "A-12", "date": DAY, "subject": "Horaires"},
     "Arrêté n° A-12 du 15 octobre 2026 : Horaires"),
    ({"type": "budget", "document": "Budget primitif 2026", "chapter": "Chapitre 21",
      "amount": 18000, "date": DAY},
     "Budget primitif 2026, Chapitre 21 — 18\u202f000\u00a0€, voté le 15 octobre 2026"),
    ({"type": "reunion", "date": DAY, "place": "salle des fêtes",
      "description": "réunion publique"},
     "Réunion du 15 octobre 2026, salle des fêtes (réunion publique)"),
    ({"type": "courrier", "date": DAY, "sender": "Le maire", "recipient": "Le collectif",
      "subject": "Votre lettre"},
     "Courrier du 15 octobre 2026 (expéditeur : Le maire ; destinataire : Le collectif) : "
     "Votre lettre"),
    ({"url": "https://mairie.example.org/page/"}, "https://mairie.example.org/page/"),
    ({"url": "https://mairie.example.org/page/", "description": "Plan communal"},
     "Plan communal"),
    ({"description": "Bulletin municipal n° 1"}, "Bulletin municipal n° 1"),
])
def test_each_type_of_source_reads_one_consistent_way(fields, text):
    assert source_text(source(**fields)) == text


def test_on_paper_a_bare_address_is_printed_short():
    assert source_text(source(url="https://mairie.example.org/page/"), short=True) == \
        "mairie.example.org/page"
