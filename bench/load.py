"""Section 2: time to `load` on emulated EDGE and 2G links, and inline against linked CSS."""

from __future__ import annotations

from pathlib import Path

from bench.browser import EDGE, G2, Load, Profile, run_all
from bench.common import QUICK, ko, median, seconds, table
from bench.server import Server
from bench.weight import SiteWeight

RUNS = 3 if QUICK else 5
PARALLEL = 3  # browser contexts at a time; each page has its own emulated link


def chosen_pages(ours: SiteWeight) -> dict[str, str]:
    """Home, and the heaviest measure page and list page of our build (worst cases)."""
    def heaviest(folder: str) -> str:
        pages = [w for w in ours.pages if w.path.startswith(folder + "/")
                 and not w.path.endswith("/index.html")]
        return max(pages, key=lambda w: (w.gzip, w.path)).path

    return {"Accueil": "index.html", "Mesure": heaviest("mesures"), "Liste": heaviest("listes")}


def stats(loads: list[Load]) -> tuple[float, float, float]:
    """Median time to `load`, time to the last byte (s), and bytes transferred."""
    return (median([x.seconds for x in loads]), median([x.done for x in loads]),
            median([x.bytes for x in loads]))


def requests(loads: list[Load]) -> str:
    """« 7 req. », or « 6–7 req. » when runs differ (a web font fetched before `load` or
    not, depending on the run)."""
    low, high = min(x.requests for x in loads), max(x.requests for x in loads)
    return f"{low} req." if low == high else f"{low}–{high} req."


def cold_table(profile: Profile, pages: dict[str, str], cold: dict) -> list[str]:
    rows = []
    for label, path in pages.items():
        row = [f"{label} (`{path}`)"]
        for site in ("ours", "default"):
            loads = cold[(site, path, profile.name)]
            time, done, sent = stats(loads)
            row += [f"{seconds(time)} ({seconds(done)})", f"{ko(sent)}, {requests(loads)}",
                    seconds(profile.floor(sent))]
        rows.append(row)
    return table(["Page", "Tenir parole : `load` (tout reçu)", "transféré", "plancher",
                  "notmyidea : `load` (tout reçu)", "transféré", "plancher"], rows)


def recommendation(inline_cold: float, linked_cold: float, inline_warm: float,
                   linked_warm: float) -> str:
    cold_gain = linked_cold - inline_cold  # > 0: inline is faster on a first visit
    warm_gain = linked_warm - inline_warm
    if cold_gain >= 0 and warm_gain >= 0:
        return (f"**Garder la feuille de style en ligne** : plus rapide à la première visite "
                f"({seconds(cold_gain)} de moins en médiane) et sur une visite de 3 pages "
                f"({seconds(warm_gain)} de moins), le cache ne rattrapant pas la requête de plus.")
    if cold_gain < 0 and warm_gain < 0:
        return ("**Passer à une feuille liée** : plus rapide à la première visite comme sur "
                "3 pages.")
    if cold_gain >= 0:
        return (f"**Garder la feuille en ligne** : la première visite, cas de la plupart des "
                f"habitants, gagne {seconds(cold_gain)} ; la feuille liée ne fait gagner que "
                f"{seconds(-warm_gain)} sur une visite de 3 pages.")
    return (f"**Feuille liée** : la première visite ne perd que {seconds(-cold_gain)} et la "
            f"visite de 3 pages gagne {seconds(warm_gain)}.")


def measure(work: Path, ours: SiteWeight) -> dict:
    """Every browser run; the web root ``work`` holds ours/, default/ and linked/."""
    pages = chosen_pages(ours)
    with Server(work, work / "nginx") as server:
        url = f"{server.url}/{{site}}/{{path}}".format
        keys, jobs = [], []
        for profile in (G2, EDGE):  # longest runs first: the parallel slots fill better
            for site in ("default", "ours"):
                for path in pages.values():
                    keys.append((site, path, profile.name))
                    jobs += [([url(site=site, path=path)], profile, False)] * RUNS
        for path in pages.values():
            keys.append(("linked", path, EDGE.name))
            jobs += [([url(site="linked", path=path)], EDGE, False)] * RUNS
        for site in ("ours", "linked"):
            keys.append((site, "visite", EDGE.name))
            jobs += [([url(site=site, path=p) for p in pages.values()], EDGE, True)] * RUNS
        results = run_all(jobs, PARALLEL)
        kind = server.kind
    runs: dict = {}
    for index, key in enumerate(keys):
        batch = results[index * RUNS:(index + 1) * RUNS]
        runs[key] = [loads if key[1] == "visite" else loads[0] for loads in batch]
    return {"pages": pages, "runs": runs, "server": kind}


def visit_totals(loads: list[list[Load]]) -> tuple[float, float]:
    return (median([sum(x.seconds for x in visit) for visit in loads]),
            median([sum(x.bytes for x in visit) for visit in loads]))


def report(work: Path, ours: SiteWeight) -> tuple[list[str], str]:
    data = measure(work, ours)
    pages, runs = data["pages"], data["runs"]
    lines = [
        "## 2. Chargement sur liaison lente (Chromium sans tête, réseau émulé)",
        "",
        f"Serveur : {data['server']}. Émulation DevTools (`Network.emulateNetworkConditions`) : "
        f"EDGE = {EDGE.latency_ms} ms, {EDGE.down_kbps} kbit/s descendant, {EDGE.up_kbps} kbit/s "
        f"montant ; 2G = {G2.latency_ms} ms, {G2.down_kbps}/{G2.up_kbps} kbit/s. Cache "
        f"désactivé, contexte neuf à chaque essai, médiane de {RUNS} essais ({PARALLEL} "
        "contextes en parallèle, chacun sur sa propre liaison émulée). Temps = "
        "`loadEventEnd` de l'entrée de navigation ; tout reçu = dernier `responseEnd`, une fois "
        "le réseau au repos (`networkidle`) ; transféré = somme des `transferSize` "
        "(en-têtes compris) ; plancher = 2 × latence + transféré ÷ débit, ce qu'un vrai "
        "lien coûterait au minimum (connexion puis requête). L'émulation de DevTools n'ajoute "
        "la latence qu'une fois par requête, sans connexion TCP émulée : une page d'une seule "
        "requête peut donc finir sous ce plancher. Transféré et requêtes : tout ce que la page "
        "a reçu, police comprise. Le `load` du thème par défaut varie d'un essai à l'autre : "
        "sa police web est demandée avant `load` ou après, selon l'essai.",
        "",
    ]
    for profile in (EDGE, G2):
        lines += [f"### {profile.name}", "", *cold_table(profile, pages, runs), ""]
    inline_cold = [stats(runs[("ours", p, "EDGE")])[0] for p in pages.values()]
    linked_cold = [stats(runs[("linked", p, "EDGE")])[0] for p in pages.values()]
    inline_warm, inline_bytes = visit_totals(runs[("ours", "visite", "EDGE")])
    linked_warm, linked_bytes = visit_totals(runs[("linked", "visite", "EDGE")])
    rows = [
        ["En ligne (`<style>`, tel que construit)", *map(seconds, inline_cold),
         seconds(inline_warm), ko(inline_bytes)],
        ["Liée (`<link>` vers `site.css`)", *map(seconds, linked_cold),
         seconds(linked_warm), ko(linked_bytes)],
    ]
    lines += [
        "### Feuille de style en ligne ou liée (EDGE)",
        "",
        "Première visite : cache vide et désactivé, une page. Visite de 3 pages : un seul "
        "contexte, cache actif (vide au départ), accueil → mesure → liste, temps additionnés.",
        "",
        *table(["Variante", *(f"1re visite : {label}" for label in pages),
                "Visite de 3 pages (total)", "transféré (3 pages)"], rows),
        "",
        "Recommandation : " + recommendation(median(inline_cold), median(linked_cold),
                                             inline_warm, linked_warm),
        "",
    ]
    return lines, data["server"]
