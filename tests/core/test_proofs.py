"""What backs a verdict, as the bilan counts it: a letter is a document, a meeting a
testimony, a budget line a formal decision like a deliberation or an order."""

from __future__ import annotations

import pytest

from helpers import SUIVI, TODAY, write_pledges
from tenir_parole.core.assembly import load_dataset

SOURCES = {
    "courrier": "      type: courrier\n      date: 2026-06-10\n      expediteur: Mairie\n"
                "      destinataire: Collectif\n",
    "reunion": "      type: reunion\n      date: 2026-06-10\n      lieu: Salle des fêtes\n",
    "budget": "      type: budget\n      document: Budget primitif 2026\n      chapitre: '21'\n",
    "deliberation": "      type: deliberation\n      numero: D-2026-045\n      date: 2026-06-10\n"
                    "      objet: Plan de sauvegarde\n",
}


@pytest.mark.parametrize(("kind", "proof", "formal"), [
    ("courrier", "document", 0), ("reunion", "temoignage", 0), ("budget", "budget", 1),
    ("deliberation", "deliberation", 1)])
def test_a_verdicts_source_is_counted_as_its_proof(tmp_path, kind, proof, formal):
    followup = SUIVI.replace("      description: Délibération n° 2026-045\n", SOURCES[kind])
    data = load_dataset(write_pledges(tmp_path / "pledges", suivi_yaml=followup), TODAY)
    assert data.proof_counts() == {proof: 1}
    assert data.formal_count() == formal
