"""The hostile corpus: sites that answer with broken or malicious HTTP, written by us, served
on 127.0.0.1 byte for byte. For each, the collection finishes, the report names the site and
says what went wrong in French, printable; its previous copy stays; every site after it is
still collected; nothing of what it sent reaches a page."""

from __future__ import annotations

import datetime as dt
import json
import time
import unicodedata

import pytest

from bench.raw_server import RESET, RawServer, response, trickle
from helpers import Ran, cli
from overview_data import as_bytes, example, overview, seed
from tenir_parole.overview import store

DEADLINE = 1.5  # each trickling site is cut there
HIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
#: The months as a French reader writes them (here, not from texts/french.py: the copies are
#: dated from today's clock, so the expected date is written out by the test itself).
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")


def in_french(day: dt.date) -> str:
    """« 19 novembre 2026 », « 1er décembre 2026 »."""
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def commune(n: int) -> bytes:
    """A valid export of its own commune (an INSEE code of Maine-et-Loire each)."""
    whole = example(0)
    whole["commune"] |= {"nom": f"Commune-Gardée-{n}", "code_insee": f"49{910 + n}"}
    return as_bytes(whole)


def many_keys(n: int, twice: bool = False) -> bytes:
    whole = example(0)
    whole["bilan"] = {f"k{i}": i for i in range(n)}
    text = json.dumps(whole, separators=(",", ":"))
    return (text.replace('"k1":1', '"k7":1') if twice else text).encode()


def with_escapes() -> bytes:
    """An export whose unknown key holds a terminal escape and a bidi override."""
    whole = example(0)
    whole["commune"]["\x1b[2J\u202etxt.exe"] = "x"
    return json.dumps(whole).encode()


def redirect(location: str, status: str = "302 Found") -> list:
    return [response(status, [("Location", location)])]


#: name → (what the site sends, given its port; what the report says of it, in French).
CASES = {
    # 3. a malformed response is that site's failure, never the run's
    "location-illisible": (lambda port: redirect("http://[::1"),
                           "redirection vers une adresse illisible (« http://[::1 »)"),
    "port-illisible": (lambda port: redirect("http://127.0.0.1:99999/x"),
                       "redirection vers une adresse illisible (« http://127.0.0.1:99999/x »)"),
    "ligne-d-etat": (lambda port: [b"HTTP/1.1 deux-cents OK\r\n\r\n{}"],
                     "réponse HTTP mal formée (ligne d'état « HTTP/1.1 deux-cents OK »)"),
    "charabia": (lambda port: [b"\x00\xff\xfe<html>\r\n\r\n"],
                 "réponse HTTP mal formée (ligne d'état « \\x00ÿþ<html> »)"),
    "en-tetes": (lambda port: [b"HTTP/1.1 200 OK\r\n" + b"X-Encore: oui\r\n" * 150 + b"\r\n"],
                 "réponse HTTP mal formée (en-têtes illisibles)"),
    "en-tete-long": (lambda port: [b"HTTP/1.1 200 OK\r\nX: " + b"y" * 70_000 + b"\r\n\r\n"],
                     "réponse HTTP mal formée (ligne trop longue)"),
    "morceaux": (lambda port: [b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                               b"zz\r\n{}\r\n0\r\n\r\n"],
                 "réponse HTTP mal formée (découpage en morceaux (chunked) illisible"),
    "longueur": (lambda port: [b"HTTP/1.1 200 OK\r\nContent-Length: -12\r\n\r\n{}"],
                 "réponse HTTP mal formée (Content-Length « -12 » invalide)"),
    "compresse": (lambda port: [response(headers=[("Content-Encoding", "gzip")], body=b"{}")],
                  "réponse compressée (« gzip ») sans que la collecte l'ait demandé"),
    # announced one byte over the 5 MiB an export may have: refused before a byte is read
    "annonce-trop-gros": (lambda port: [b"HTTP/1.1 200 OK\r\nContent-Length: 5242881\r\n\r\n{}"],
                          "fichier trop gros (plus de 5120 ko)"),
    "tronque": (lambda port: [response(body=commune(99))[:-500]],
                "réponse coupée avant la fin annoncée"),
    "coupure": (lambda port: [response(body=commune(99))[:4000], 0.05, RESET],
                "connexion coupée par le site"),
    "muet": (lambda port: [], "le site a fermé la connexion sans répondre"),
    # 4. one deadline per site, from the connection to the last byte
    "goutte-ligne": (lambda port: trickle(response(body=commune(99)), 0.25),
                     "délai dépassé (1,5 s)"),
    "goutte-en-tetes": (lambda port: [b"HTTP/1.1 200 OK\r\n",
                                      *trickle(b"X-Lent: " + b"z" * 40 + b"\r\n", 0.25)],
                        "délai dépassé (1,5 s)"),
    "goutte-corps": (lambda port: [response(body=commune(99))[:300],
                                   *trickle(b"x" * 40, 0.25)],
                     "délai dépassé (1,5 s)"),
    # 5. an export of 20,000 keys in one object is judged at once, a key twice named
    "vingt-mille-cles": (lambda port: [response(body=many_keys(20_000))],
                         "JSON invalide (un objet de 20\u202f000 clés, plus que les 1\u202f000 "
                         "qu'un export peut avoir)"),
    "cle-en-double": (lambda port: [response(body=many_keys(20_000, twice=True))],
                      "JSON invalide (clé « k7 » en double)"),
    # 6. redirections: same origin only, three at most
    "autre-port": (lambda port: redirect(f"http://127.0.0.1:{port + 1}/donnees/x.json"),
                   "redirection vers un autre site (http://127.0.0.1:{port+1}), refusée : seule "
                   "une redirection vers la même origine (protocole, nom et port) est suivie"),
    "vers-https": (lambda port: redirect(f"https://127.0.0.1:{port}/vers-https/d", "301 Moved"),
                   "redirection de http vers https (https://127.0.0.1:{port}), refusée : écrivez "
                   "l'adresse du site en https:// dans la liste"),
    "deux-adresses": (lambda port: [response("302 Found", [("Location", "/a"),
                                                            ("Location", "/b")])],
                      "redirection vers une adresse illisible (« /a »)"),
    # a password in the address it leads to is never repeated in the report
    "identifiants": (lambda port: redirect(f"http://anne:secret@127.0.0.1:{port + 1}/x"),
                     "redirection vers un autre site (http://127.0.0.1:{port+1}), refusée"),
    "boucle": (lambda port: redirect("/boucle-2/donnees/tenir-parole.json"),
               "redirections en boucle (retour à /boucle/donnees/tenir-parole.json)"),
    "boucle-2": (lambda port: redirect("/boucle/donnees/tenir-parole.json"),
                 "redirections en boucle (retour à /boucle-2/donnees/tenir-parole.json)"),
    "chaine": (lambda port: redirect("/chaine-1/x"), "trop de redirections (plus de 3)"),
    "fichier": (lambda port: redirect("file:///etc/passwd"),
                "redirection vers une adresse « file: », refusée : seules les adresses http et "
                "https sont suivies"),
    "script": (lambda port: redirect("javascript:alert(1)"), "redirection vers une adresse "
               "« javascript: », refusée"),
    "sans-adresse": (lambda port: [response("302 Found")], "réponse HTTP 302 sans adresse de "
                     "redirection (en-tête Location absent)"),
    # 8. nothing a site sends drives the terminal
    "echappement-etat": (lambda port: [b"HTTP/1.1 2\x1b[31m00 OK\r\n\r\n"],
                         "réponse HTTP mal formée (ligne d'état « HTTP/1.1 2\\x1b[31m00 OK »)"),
    "echappement-en-tete": (lambda port: redirect("/x\x1b]0;pirate\x07\u202eexe"),
                            "redirection vers une adresse illisible (« /x\\x1b]0;pirate\\x07"),
    "echappement-raison": (lambda port: [response("404 \x1b[2J\x1b]0;pirate\x07")],
                           "réponse HTTP 404 ·"),
    "echappement-export": (lambda port: [response(body=with_escapes())],
                           "champ « \\x1b[2J\\u202etxt.exe » inconnu"),
}
#: The sites redirected along a chain (chaine-1 → chaine-2 → …) or twice, to land.
HOPS = {f"chaine-{n}": lambda port, n=n: redirect(f"/chaine-{n + 1}/x") for n in range(1, 5)}
HOPS |= {"deux-bonds": lambda port: redirect("/deux-bonds-1/x"),
         "deux-bonds-1": lambda port: redirect(f"http://127.0.0.1:{port}/bon/x", "307 Moved"),
         "bon": lambda port: [response(body=as_bytes(example(2)))]}


#: The sites that wait for their deadline: collected apart, the others with time to spare (on
#: a loaded machine, the good site must not miss a short deadline while the others are read).
TRICKLING = ("goutte-ligne", "goutte-en-tetes", "goutte-corps")
SPARE = 20.0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two collections, each of hostile sites (each with a copy from ten days ago) then a good
    one, listed last: the trickling sites with the short deadline, the others; then the
    overview built from what they left. The report is theirs, one after the other."""
    work = tmp_path_factory.mktemp("hostile")
    folder = work / "donnees"
    with RawServer() as server:
        server.scripts = {name: make for name, (make, _) in CASES.items()} | HOPS
        server.scripts["petit"] = lambda port: [response(body=as_bytes(example(3)))]
        hostile = {f"{server.base}/{name}": commune(n) for n, name in enumerate(CASES)}
        seed(folder, hostile, dt.datetime.now(dt.UTC).replace(microsecond=0)
             - dt.timedelta(days=10))
        runs = [([site for site in hostile if site.rsplit("/", 1)[1] not in TRICKLING]
                 + [f"{server.base}/deux-bonds"], SPARE),
                ([f"{server.base}/{name}" for name in TRICKLING] + [f"{server.base}/petit"],
                 DEADLINE)]
        said = []
        for n, (sites, deadline) in enumerate(runs):
            listing = store.write_sites(work / f"communes-{n}.txt", sites)
            said.append(cli("federation-collecte", "--list", str(listing), "--copies",
                            str(folder), "--timeout", str(deadline)))
    ran = Ran(max(r.returncode for r in said), "".join(r.stdout for r in said),
              "".join(r.stderr for r in said))
    built = overview(folder, work / "site", [*runs[0][0], *runs[1][0]])
    return server, folder, ran, hostile, built, work / "site"


def line_of(report: str, site: str) -> str:
    return next(line for line in report.splitlines() if f"({site})" in line)


@pytest.mark.parametrize("name", CASES)
def test_each_hostile_site_is_one_french_line_and_keeps_its_copy(corpus, name):
    server, folder, ran, hostile, _, _ = corpus
    port = server.server_address[1]
    assert ran.returncode == 0 and ran.stderr == ""
    site = f"{server.base}/{name}"
    line = line_of(ran.stdout, site)
    said = CASES[name][1].replace("{port+1}", str(port + 1)).replace("{port}", str(port))
    assert line.startswith(f"  Commune-Gardée-{list(CASES).index(name)} ({site}) · ")
    assert said in line
    assert line.endswith(" gardée (il y a 10 jours)")
    kept = store.read_manifest(folder)[site]
    assert (folder / kept.file).read_bytes() == hostile[site]


def test_the_sites_after_them_are_collected_and_same_origin_hops_followed(corpus):
    server, folder, ran, _, _, _ = corpus
    assert f"  Exempleville-les-Bains ({server.base}/deux-bonds)" in ran.stdout
    assert f"  Petit-Exemple ({server.base}/petit)" in ran.stdout
    others = len(CASES) - len(TRICKLING)
    assert (f"Résumé : 1 copie à jour sur {others + 1} sites ; {others} "
            "problèmes") in ran.stdout
    assert (f"Résumé : 1 copie à jour sur {len(TRICKLING) + 1} sites ; {len(TRICKLING)} "
            "problèmes") in ran.stdout
    assert "/bon/x" in server.asked  # after two hops on the same origin
    assert "/chaine-3/x" in server.asked and "/chaine-4/x" not in server.asked


def test_the_report_holds_no_control_or_bidi_character(corpus):
    _, _, ran, _, _, _ = corpus
    hidden = {c for c in ran.stdout if c != "\n" and unicodedata.category(c) in HIDDEN}
    assert hidden == set()
    assert "\\x1b" in ran.stdout and "\\u202e" in ran.stdout  # shown, as escapes


def test_the_overview_shows_the_kept_copies_and_nothing_they_sent(corpus):
    _, _, _, _, built, site = corpus
    assert built.returncode == 0, built.stderr
    assert f"{len(CASES) + 2} communes reprises" in built.stdout
    pages = "".join(p.read_text("utf-8") for p in site.rglob("*.html"))
    assert all(f"Commune-Gardée-{n}" in pages for n in range(len(CASES)))
    assert "Exempleville-les-Bains" in pages and "Petit-Exemple" in pages
    for sent in ("\x1b", "\u202e", "pirate", "txt.exe", "javascript:", "passwd"):
        assert sent not in pages


def test_the_whole_run_has_a_deadline_and_the_sites_not_done_keep_their_copies(tmp_path,
                                                                              monkeypatch):
    """Two workers, three sites trickling forever (each within its own long deadline): at
    the run's deadline, the two being read and the one never started are not collected, in
    French, named by their address (their copies are not read again), and keep their copies;
    the site without a copy was fetched first, and landed."""
    from tenir_parole.overview import collect

    monkeypatch.setattr(collect, "WORKERS", 2)
    folder = tmp_path / "donnees"
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with RawServer() as server:
        slow = {f"{server.base}/lent-{n}": commune(n) for n in range(3)}
        for n, site in enumerate(slow):  # lent-2's copy is the newest: it goes last
            seed(folder, {site: slow[site]}, now - dt.timedelta(days=10 - n))
        server.scripts = {f"lent-{n}": lambda port: trickle(b"HTTP/1.1 200 OK\r\n" * 99, 0.2)
                          for n in range(3)}
        server.scripts["neuf"] = lambda port: [response(body=as_bytes(example(2)))]
        sites = [*slow, f"{server.base}/neuf"]
        listing = store.write_sites(tmp_path / "communes.txt", sites)
        started = time.monotonic()
        ran = cli("federation-collecte", "--list", str(listing), "--copies", str(folder),
                  "--timeout", "60", "--total-timeout", "1")
        took = time.monotonic() - started
        asked = list(server.asked)
    assert ran.returncode == 0 and took < 1 + 2  # its deadline, give or take the machine's load
    for n, site in enumerate(slow):
        line = line_of(ran.stdout, site)
        kept = in_french((now - dt.timedelta(days=10 - n)).date())
        assert line == (f"  {site} ({site}) · non collecté : délai total de la "
                        f"collecte dépassé (1 s) · copie du {kept} gardée (il y a {10 - n} "
                        "jours)")
        assert (folder / store.read_manifest(folder)[site].file).read_bytes() == slow[site]
    assert f"Exempleville-les-Bains ({server.base}/neuf)" in ran.stdout
    # The site without a copy and the oldest copy first; the newest copy never started.
    assert set(asked[:2]) == {"/neuf/donnees/tenir-parole.json",
                              "/lent-0/donnees/tenir-parole.json"}
    assert asked[2:] == ["/lent-1/donnees/tenir-parole.json"]


def test_a_site_that_is_no_tls_server_a_bad_domain_and_a_bug_are_each_one_line(tmp_path,
                                                                              monkeypatch):
    """https:// to a server that answers in clear, a host name IDNA cannot encode, and an
    unexpected error in our own code with one site: each is that site's French line, and the
    site listed after them still lands."""
    from tenir_parole.overview import collect, exports

    accept = exports.accept

    def buggy(payload, name, today):
        if "/bogue/" in name:
            raise RuntimeError("bogue de test")
        return accept(payload, name, today)

    monkeypatch.setattr(exports, "accept", buggy)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with RawServer(greeting=b"HTTP/1.1 200 OK\r\n\r\n") as clear, RawServer() as server:
        server.scripts = {name: lambda port: [response(body=as_bytes(example(2)))]
                          for name in ("bogue", "bon")}
        tls = f"https://127.0.0.1:{clear.server_address[1]}"
        idna = "https://" + "é" * 70 + ".example.org"
        sites = [tls, idna, f"{server.base}/bogue", f"{server.base}/bon"]
        outcomes = collect.collect(sites, tmp_path, now, timeout=SPARE)
    report = "\n".join(collect.report(outcomes, [], now))
    assert f"({tls}) · échange chiffré impossible ou interrompu · aucune copie gardée" in report
    assert f"({idna}) · nom de domaine invalide · aucune copie gardée" in report
    assert (f"({server.base}/bogue) · erreur inattendue (RuntimeError: bogue de test) : "
            "signalez-la aux développeurs de Tenir parole · aucune copie gardée") in report
    assert f"  Exempleville-les-Bains ({server.base}/bon)" in report


def test_a_site_sending_a_byte_every_few_seconds_is_cut_at_its_deadline(tmp_path):
    """Status line, a header, then one byte every 6 s (each read's own timeout never trips):
    the site's one-second deadline still ends its reading, long before the next bytes, and
    the report says so in French. The margin is the machine's load, not a measure."""
    with RawServer() as server:
        server.scripts = {"goutte-lente": lambda port: [
            b"HTTP/1.1 200 OK\r\nContent-Length: 900\r\n\r\n", *trickle(b"{" * 9, 6.0)]}
        site = f"{server.base}/goutte-lente"
        listing = store.write_sites(tmp_path / "communes.txt", [site])
        started = time.monotonic()
        ran = cli("federation-collecte", "--list", str(listing), "--copies",
                  str(tmp_path / "donnees"), "--timeout", "1")
        took = time.monotonic() - started
    assert ran.returncode == 0, ran.stderr
    assert f"({site}) · délai dépassé (1 s) · aucune copie gardée" in ran.stdout
    assert took < 5  # the second byte comes at 6 s, the last at 54 s
