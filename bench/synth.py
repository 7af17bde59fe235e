"""Synthetic but valid pledges/ folders: N lists × M measures, after the election.

Every list has exactly one stance per measure, cycling through the six positions; stated
positions carry provenance, quote, source and date; partial ones name sub-measures; « sans
réponse » names the solicitation. The elected list (the first) commits to every measure and
each commitment gets two follow-up updates. Strings are written as JSON, which is valid YAML.
"""

from __future__ import annotations

import json
from pathlib import Path

POSITIONS = ("engagement-total", "engagement-partiel", "flou", "opposition", "sans-reponse",
             "non-sollicitee")
SUB_MEASURES = ("plan", "agents", "budget")
WORDS = ("commune", "école", "réseau", "guichet", "écran", "quartier", "panne", "atelier",
         "bibliothèque", "marché", "conseil", "habitants")


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML 1.2)."""
    return json.dumps(text, ensure_ascii=False)


def sentence(seed: int, words: int = 14) -> str:
    picked = [WORDS[(seed * 7 + k * 5) % len(WORDS)] for k in range(words)]
    return (" ".join(picked) + ".").capitalize()


def list_slug(j: int) -> str:
    return f"liste-{j:04d}"


def measure_slug(i: int) -> str:
    return f"mesure-{i:03d}"


def commune(elected: str) -> str:
    return "\n".join([
        f"nom: {q('Synthèse-sur-Loire')}",
        f"code_insee: {q('99998')}",
        f"departement: {q('Exemple')}",
        "elections:",
        "  premier_tour: 2026-03-15",
        "  second_tour: 2026-03-22",
        "phase: apres",
        f"liste_elue: {elected}",
        f"contact: {q('Écrivez-nous à [suivi@example.org](mailto:suivi@example.org).')}",
        f"presentation: {q('*Commune fictive, données synthétiques pour les mesures.*')}",
        "exemple: true",  # fictional: not compared with the official geography
        "",
    ])


def measures(count: int) -> str:
    lines = ["mesures:"]
    for i in range(1, count + 1):
        lines += [
            f"  - numero: {i}",
            f"    slug: {measure_slug(i)}",
            f"    titre: {q(f'Mesure {i} : ' + sentence(i, 6))}",
            f"    resume: {q(sentence(i, 30))}",
            "    sous_mesures:",
        ]
        for sub in SUB_MEASURES:
            lines += [f"      - id: {sub}", f"        texte: {q(sentence(i + len(sub), 8))}"]
        lines.append("    source: https://desescaladenumerique.org/propositions/")
    return "\n".join(lines) + "\n"


def stance(i: int, position: str, seed: int) -> list[str]:
    lines = [f"  - mesure: {measure_slug(i)}", f"    position: {position}"]
    if position == "engagement-partiel":
        lines += ["    sous_mesures:", f"      - {SUB_MEASURES[0]}", f"      - {SUB_MEASURES[2]}"]
    if position in POSITIONS[:4]:
        lines += [
            f"    provenance: {'declaree' if seed % 2 else 'deduite'}",
            f"    citation: {q(sentence(seed, 24))}",
            "    source:",
            f"      url: https://liste-{seed % 97}.example.org/programme/",
            f"    date: 2026-02-{1 + seed % 28:02d}",
        ]
    if position == "sans-reponse":
        lines += ["    sollicitation:", f"      date: 2026-02-{1 + seed % 28:02d}",
                  f"      moyen: {q('courriel')}"]
    return lines


def candidate(j: int, measure_count: int, elected: bool) -> str:
    lines = [
        f"nom: {q(f'Liste {j} ' + WORDS[j % len(WORDS)])}",
        f"tete_de_liste: {q(f'Tête de liste {j}')}",
        f"site: https://liste-{j}.example.org/",
        f"presentation: {q(sentence(j, 20))}",
        "positions:",
    ]
    for i in range(1, measure_count + 1):
        position = "engagement-total" if elected else POSITIONS[(i + j) % len(POSITIONS)]
        lines += stance(i, position, i * 31 + j)
    return "\n".join(lines) + "\n"


def followup(elected: str, measure_count: int) -> str:
    lines = [f"liste: {elected}", "mises_a_jour:"]
    for i in range(1, measure_count + 1):
        lines += [
            f"  - mesure: {measure_slug(i)}",
            f"    date: 2026-05-{1 + i % 28:02d}",
            "    statut: en-cours",
            f"    resume: {q(sentence(i, 18))}",
            "    source:",
            f"      description: {q(f'Délibération n° 2026-{i:03d}')}",
            f"  - mesure: {measure_slug(i)}",
            f"    date: 2026-10-{1 + i % 28:02d}",
            f"    statut: {'tenu' if i % 3 else 'non-tenu'}",
            f"    resume: {q(sentence(i + 1, 18))}",
            *([] if i % 3 else ["    raison: budget"]),
            "    source:",
            f"      url: https://mairie.example.org/suivi/{i}/",
        ]
    return "\n".join(lines) + "\n"


def write(root: Path, lists: int, measure_count: int) -> Path:
    """Write a valid pledges/ folder with ``lists`` lists and ``measure_count`` measures."""
    root = Path(root)
    (root / "listes").mkdir(parents=True, exist_ok=True)
    elected = list_slug(1)
    (root / "commune.yaml").write_text(commune(elected), encoding="utf-8")
    (root / "mesures.yaml").write_text(measures(measure_count), encoding="utf-8")
    for j in range(1, lists + 1):
        text = candidate(j, measure_count, elected=j == 1)
        (root / "listes" / f"{list_slug(j)}.yaml").write_text(text, encoding="utf-8")
    (root / "suivi.yaml").write_text(followup(elected, measure_count), encoding="utf-8")
    return root
