"""make federation-collecte against a local web server: good exports land; a broken, slow,
oversized, redirected, missing or hostile one is reported with the age of the copy kept, the
copy stays, and nothing of it reaches a page."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import json
import re
import threading
import time

import pytest

from helpers import ROOT, TODAY, cli
from overview_data import as_bytes, example, hostile, overview, seed
from tenir_parole.overview import store
from tenir_parole.overview.fetch import Failed

SLEEP = 8.0  # the slow site answers after this; the deadline of the test is shorter
DEADLINE = 3.0


class Sites(http.server.BaseHTTPRequestHandler):
    """/<name>/donnees/tenir-parole.json for each kind of site."""

    exports: dict[str, bytes] = {}

    def log_message(self, *args):
        pass

    def send(self, body: bytes, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # it stopped reading
            self.wfile.write(body)

    def do_GET(self):
        name = self.path.strip("/").split("/")[0]
        port = self.server.server_address[1]
        if name in ("bon", "avant", "hostile"):
            self.send(self.exports[name])
        elif name == "casse":
            self.send(b"<html><body>Erreur interne</body></html>")
        elif name == "lent":
            time.sleep(SLEEP)
            self.send(self.exports["bon"])
        elif name == "gros":
            self.send(b"[" + b"0," * 200_000 + b"0]")
        elif name == "imbrique":  # under the size cap, deeper than a parser goes
            self.send(b"[" * 40_000 + b"]" * 40_000)
        elif name == "gros-sans-taille":
            self.send(b"[" + b"0," * 200_000 + b"0]", length=False)
        elif name in ("ailleurs", "meme-site"):
            host = "localhost" if name == "ailleurs" else "127.0.0.1"
            self.send_response(302)
            self.send_header("Location", f"http://{host}:{port}/avant/donnees/tenir-parole.json")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send(b"introuvable", 404)


@pytest.fixture(scope="module")
def server():
    Sites.exports = {"bon": as_bytes(example(0)), "avant": as_bytes(example(2)),
                     "hostile": as_bytes(hostile(example(1)))}
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Sites)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


KINDS = ("bon", "meme-site", "casse", "lent", "gros", "gros-sans-taille", "imbrique",
         "ailleurs", "absent", "hostile")


@pytest.fixture(scope="module")
def collected(server, tmp_path_factory):
    """A list of every kind of site; the slow one and the broken one had a copy from ten
    days ago. Returns (folder, report, the copies kept before)."""
    work = tmp_path_factory.mktemp("collecte")
    folder = work / "donnees"
    ten_days_ago = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=10)
    before = {f"{server}/lent": as_bytes(example(3)), f"{server}/casse": as_bytes(example(1))}
    seed(folder, before, ten_days_ago)
    listing = work / "communes.txt"
    listing.write_text("# sites de test\n\n" + "".join(f"{server}/{kind}  # {kind}\n"
                                                       for kind in KINDS)
                       + "http://127.0.0.1:1/eteint\npas-une-adresse\n", encoding="utf-8")
    ran = cli("federation-collecte", "--list", str(listing), "--copies", str(folder),
              "--timeout", str(DEADLINE), "--max-size", "100000")
    assert ran.returncode == 0, ran.stderr
    return folder, ran.stdout, before


def line_of(report: str, site: str) -> str:
    return next(line for line in report.splitlines() if f"({site})" in line)


def test_good_exports_land_and_same_host_redirects_are_followed(collected, server):
    folder, report, _ = collected
    copies = store.read_manifest(folder)
    assert {f"{server}/bon", f"{server}/meme-site"} <= set(copies)
    assert (folder / copies[f"{server}/bon"].file).read_bytes() == Sites.exports["bon"]
    assert "Copies à jour (2) :" in report
    assert "Saint-Exemple-sur-Loire" in line_of(report, f"{server}/bon")


@pytest.mark.parametrize(("kind", "problem"), [
    ("casse", "export refusé : "),
    ("lent", "délai dépassé (3 s)"),
    ("gros", "fichier trop gros (plus de 97 ko)"),
    ("gros-sans-taille", "fichier trop gros (plus de 97 ko)"),
    ("imbrique", "export refusé : http://127.0.0.1:{port}/imbrique/donnees/tenir-parole.json : "
                 "JSON invalide (imbrication trop profonde"),
    ("ailleurs", "redirection vers un autre site (http://localhost:{port}), refusée : seule une "
                 "redirection vers la même origine (protocole, nom et port) est suivie"),
    ("absent", "réponse HTTP 404"),
    ("hostile", "balisage HTML ou adresse de script"),
])
def test_every_failing_site_is_reported_in_french_with_the_copy_kept(collected, server, kind,
                                                                       problem):
    folder, report, before = collected
    line = line_of(report, f"{server}/{kind}")
    assert problem.format(port=server.rsplit(":", 1)[1]) in line
    site = f"{server}/{kind}"
    if site in before:
        assert "gardée (il y a 10 jours)" in line
        kept = store.read_manifest(folder)[site]
        assert (folder / kept.file).read_bytes() == before[site]
    else:
        assert "aucune copie gardée" in line and site not in store.read_manifest(folder)


def test_a_site_that_is_down_and_a_line_that_is_no_address_are_reported(collected):
    _, report, _ = collected
    assert "(http://127.0.0.1:1/eteint) · site injoignable (connexion refusée)" in report
    assert "« pas-une-adresse » — adresse invalide" in report
    assert "Résumé : 2 copies à jour sur 11 sites ; 9 problèmes" in report


def test_the_overview_built_after_collecting_shows_the_good_and_kept_copies_only(
        collected, tmp_path):
    folder, _, _ = collected
    output = tmp_path / "site"
    ran = cli("federation", "--copies", str(folder), "--output", str(output), "--list",
              str(folder.parent / "communes.txt"), "--settings", str(ROOT / "federationconf.py"))
    assert ran.returncode == 0, ran.stderr
    pages = {p: p.read_text("utf-8") for p in output.rglob("*.html")}
    assert "communes/49901.html" in {p.relative_to(output).as_posix() for p in pages}
    whole = "".join(pages.values())
    assert "<script" not in whole and "javascript:" not in whole and "onerror" not in whole


def test_collected_copies_and_the_published_files_linked_to_them_are_world_readable(
        collected, tmp_path):
    """A web server runs as another user: every copy (rw-r--r--), the manifest, and every
    file and folder of the built overview, the exports hard-linked to the copies included,
    must be readable by others."""
    import stat

    folder, _, _ = collected
    copies = [p for p in folder.rglob("*") if p.is_file()]
    assert len(copies) >= 3  # two fresh copies, two kept, and collecte.json
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in copies} == {
        p.name: "0o644" for p in copies}
    output = tmp_path / "site"
    ran = cli("federation", "--copies", str(folder), "--output", str(output), "--list",
              str(folder.parent / "communes.txt"), "--settings", str(ROOT / "federationconf.py"))
    assert ran.returncode == 0, ran.stderr
    exports = list((output / "donnees" / "communes").glob("*.json"))
    assert exports and all(oct(stat.S_IMODE(p.stat().st_mode)) == "0o644" for p in exports)
    unreadable = [p.relative_to(output).as_posix() for p in [output, *output.rglob("*")]
                  if not p.stat().st_mode & stat.S_IROTH
                  or (p.is_dir() and not p.stat().st_mode & stat.S_IXOTH)]
    assert unreadable == []


def test_a_hostile_copy_placed_by_hand_is_left_out_of_the_build_with_a_note(tmp_path):
    folder = tmp_path / "donnees"
    seed(folder, {"https://bon.example.org": as_bytes(example(0)),
                  "https://hostile.example.org": as_bytes(hostile(example(1)))})
    ran = overview(folder, tmp_path / "site")
    assert ran.returncode == 0, ran.stderr
    assert "hostile.example.org.json (https://hostile.example.org) laissé de côté" in ran.stdout
    assert "1 commune reprise" in ran.stdout


def test_markup_hidden_behind_json_escapes_in_a_commune_name_is_refused(tmp_path):
    """« \\u003cimg … \\u003e » in the JSON text is « <img …> » once read: the copy is
    refused like plain markup, named by its field, and never reaches a page."""
    from tenir_parole.overview import exports

    whole = example(0)
    whole["commune"]["nom"] = "Saint-Exemple <img src=x onerror=alert(1)>"
    payload = json.dumps(whole, ensure_ascii=False).replace("<", "\\u003c").replace(
        ">", "\\u003e").encode("utf-8")
    assert b"<" not in payload and b"\\u003cimg" in payload
    with pytest.raises(exports.Refused) as refused:
        exports.accept(payload, "echappe.json", TODAY)
    assert refused.value.lines == [
        "commune › nom : balisage HTML ou adresse de script (« <img src=x onerror=alert(1)> »)"]
    folder = tmp_path / "donnees"
    seed(folder, {"https://bon.example.org": as_bytes(example(1)),
                  "https://echappe.example.org": payload})
    output = tmp_path / "site"
    ran = overview(folder, output)
    assert ran.returncode == 0, ran.stderr
    assert "(https://echappe.example.org) laissé de côté" in ran.stdout
    whole_site = "".join(p.read_text("utf-8") for p in output.rglob("*") if p.is_file()
                         and p.suffix in (".html", ".json", ".csv", ".xml"))
    assert "onerror" not in whole_site and "img src=x" not in whole_site


def test_even_unchecked_markup_is_shown_as_text_never_run(tmp_path, monkeypatch):
    """With the markup check switched off, every text still reaches pages escaped."""
    import re

    from tenir_parole.overview import exports

    monkeypatch.setattr(exports, "SUSPECT", re.compile(r"(?!)"))  # matches nothing
    monkeypatch.setattr(exports, "MAX_NAME", 10_000)
    folder = tmp_path / "donnees"
    seed(folder, {"https://hostile.example.org": as_bytes(hostile(example(0)))})
    output = tmp_path / "site"
    ran = overview(folder, output)
    assert ran.returncode == 0, ran.stderr
    page = (output / "communes" / "49901.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    whole = "".join(p.read_text("utf-8") for p in output.rglob("*.html"))
    assert "<script" not in whole and "<img" not in whole
    assert not re.search(r"href=\"javascript", whole)
    data = json.loads((output / "donnees" / "federation.json").read_text("utf-8"))
    assert "<script>" in data["communes"][0]["commune"]  # data stays data


def test_a_line_with_a_bad_port_or_bracket_is_reported_and_the_others_still_read(tmp_path):
    listing = tmp_path / "communes.txt"
    listing.write_text("https://a.example.org:99999\nhttps://b.example.org:abc\n"
                       "https://[::1\nhttps://c.example.org:0\n", encoding="utf-8")
    ran = cli("federation-collecte", "--list", str(listing), "--copies",
              str(tmp_path / "donnees"))
    assert ran.returncode == 0, ran.stderr
    for number, line in enumerate(listing.read_text("utf-8").splitlines(), 1):
        assert (f"{listing}, ligne {number} : « {line} » — adresse invalide : nom du site ou "
                "port illisible (attendu : https://nom.du.site, suivi au besoin de :port, un "
                "nombre de 1 à 65535)") in ran.stdout
    assert "Résumé : 0 copie à jour sur 0 site ; 0 problème" in ran.stdout
    assert store.read_manifest(tmp_path / "donnees") == {}


@pytest.mark.parametrize(("ahead", "kept"), [(1, True), (2, False)])
def test_a_copy_the_collection_takes_is_one_the_build_of_the_same_day_reads(
        tmp_path, monkeypatch, ahead, kept):
    """A site whose clock is on the next day (its time zone is ahead of UTC) is collected and
    shown the same day; two days ahead, it is refused by both, in French."""
    from tenir_parole.overview import collect

    whole = example(0)
    whole["date_de_reference"] = (TODAY + dt.timedelta(days=ahead)).isoformat()
    monkeypatch.setattr(collect, "fetch", lambda url, deadline, max_bytes: as_bytes(whole))
    folder = tmp_path / "donnees"
    now = dt.datetime.combine(TODAY, dt.time(23, 30), dt.UTC)  # the build's date, in UTC
    outcome, = collect.collect(["https://avance.example.org"], folder, now)
    assert (outcome.copy is not None) is kept
    if not kept:
        assert "dans le futur" in outcome.problem
    ran = overview(folder, tmp_path / "site", ["https://avance.example.org"])
    assert ran.returncode == 0, ran.stderr
    assert ("1 commune reprise" if kept else "0 commune reprise") in ran.stdout


def test_a_copy_that_cannot_be_saved_is_reported_and_the_others_still_land(tmp_path,
                                                                          monkeypatch):
    from tenir_parole.overview import collect

    payloads = {"https://plein.example.org": as_bytes(example(0)),
                "https://bon.example.org": as_bytes(example(2))}
    monkeypatch.setattr(collect, "fetch", lambda url, deadline, max_bytes:
                        payloads[url.removesuffix(store.EXPORT_PATH)])
    folder = tmp_path / "donnees"
    blocked = folder / store.file_name("https://plein.example.org")
    blocked.mkdir(parents=True)  # its copy cannot be written there (as on a full disk)
    listing = tmp_path / "communes.txt"
    listing.write_text("".join(f"{site}\n" for site in payloads), encoding="utf-8")
    ran = cli("federation-collecte", "--list", str(listing), "--copies", str(folder))
    assert ran.returncode == 0, ran.stderr
    assert line_of(ran.stdout, "https://plein.example.org") == (
        "  Saint-Exemple-sur-Loire (https://plein.example.org) · export reçu mais impossible "
        f"à enregistrer dans {blocked} (Is a directory) · aucune copie gardée")
    assert "Résumé : 1 copie à jour sur 2 sites ; 1 problème" in ran.stdout
    assert set(store.read_manifest(folder)) == {"https://bon.example.org"}
    dated, = (c["collecte_le"] for c in json.loads(
        (folder / "collecte.json").read_text("utf-8"))["copies"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", dated)  # to the second
    assert sorted(p.name for p in folder.iterdir()) == [  # no half-written file left beside
        "bon.example.org.json", "collecte.json", "plein.example.org.json"]


def test_a_collecte_file_that_cannot_be_written_or_read_is_said_in_french(tmp_path,
                                                                         monkeypatch):
    import errno

    listing = tmp_path / "communes.txt"
    listing.write_text("# aucun site\n", encoding="utf-8")
    folder = tmp_path / "donnees"

    def full(path, payload):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(store, "write_atomically", full)
        ran = cli("federation-collecte", "--list", str(listing), "--copies", str(folder))
    assert ran.returncode == 2
    assert (f"{folder / 'collecte.json'} : impossible d'écrire le fichier de collecte (No space "
            f"left on device) ; les copies reçues sont dans {folder}/") in ran.stderr
    (folder / "collecte.json").mkdir(parents=True)
    ran = cli("federation-collecte", "--list", str(listing), "--copies", str(folder))
    assert ran.returncode == 2
    assert f"{folder / 'collecte.json'} : fichier de collecte illisible (" in ran.stderr


def test_a_copy_edited_or_truncated_after_collection_is_left_out_with_a_note(tmp_path):
    """collecte.json notes each copy's SHA-256: a file changed since (by hand, still a valid
    export; or cut short) is not what its site published, and is not shown."""
    folder = tmp_path / "donnees"
    sites = {"https://bon.example.org": example(0), "https://retouche.example.org": example(1),
             "https://tronque.example.org": example(2)}
    seed(folder, {site: as_bytes(whole) for site, whole in sites.items()})
    edited = sites["https://retouche.example.org"]
    edited["bilan"]["engagements"] += 1  # a better figure, by hand
    (folder / "retouche.example.org.json").write_bytes(as_bytes(edited))
    cut = folder / "tronque.example.org.json"
    cut.write_bytes(cut.read_bytes()[:-200])
    ran = overview(folder, tmp_path / "site")
    assert ran.returncode == 0, ran.stderr
    for file, site in [("retouche.example.org.json", "https://retouche.example.org"),
                       ("tronque.example.org.json", "https://tronque.example.org")]:
        assert (f"Note : {file} ({site}) laissé de côté — fichier modifié ou tronqué depuis la "
                "collecte (son empreinte SHA-256 n'est plus celle notée dans collecte.json) ; "
                "relancez make federation-collecte") in ran.stdout
    assert "1 commune reprise" in ran.stdout


def test_a_copy_that_collecte_json_sends_out_of_its_folder_is_never_read(tmp_path):
    """collecte.json edited by hand: a copy named « ../… », or a copy that is a link to a
    file elsewhere, is left out unread (a secret there reaches neither a page nor a note)."""
    import hashlib
    import json

    folder = tmp_path / "donnees"
    sites = {"https://bon.example.org": example(0), "https://lien.example.org": example(1),
             "https://ailleurs.example.org": example(2)}
    seed(folder, {site: as_bytes(whole) for site, whole in sites.items()})
    secret = tmp_path / "secret.json"
    secret.write_bytes(as_bytes(example(1)))
    (folder / "lien.example.org.json").unlink()
    (folder / "lien.example.org.json").symlink_to(secret)
    manifest = json.loads((folder / "collecte.json").read_text(encoding="utf-8"))
    for copy in manifest["copies"]:
        if copy["site"] == "https://ailleurs.example.org":
            copy["fichier"], copy["sha256"] = "../secret.json", hashlib.sha256(
                secret.read_bytes()).hexdigest()
    (folder / "collecte.json").write_text(json.dumps(manifest), encoding="utf-8")
    ran = overview(folder, tmp_path / "site")
    assert ran.returncode == 0, ran.stderr
    for file, site in [("lien.example.org.json", "https://lien.example.org"),
                       ("../secret.json", "https://ailleurs.example.org")]:
        assert f"Note : {file} ({site}) laissé de côté — fichier modifié" in ran.stdout
    assert "1 commune reprise" in ran.stdout


def test_a_copy_edited_since_collection_is_not_said_to_be_kept(tmp_path, monkeypatch):
    from tenir_parole.overview import collect

    def down(url, deadline, max_bytes):
        raise collect.Failed("site injoignable (connexion refusée)")

    monkeypatch.setattr(collect, "fetch", down)
    folder = tmp_path / "donnees"
    seed(folder, {"https://retouche.example.org": as_bytes(example(0))})
    (folder / "retouche.example.org.json").write_bytes(as_bytes(example(1)))
    outcome, = collect.collect(["https://retouche.example.org"], folder,
                               dt.datetime.now(dt.UTC))
    assert collect.age(outcome.kept, dt.datetime.now(dt.UTC)) == "aucune copie gardée"


# What the volunteer reads, to the letter: counts, ages, reasons, excerpts.

NOW = dt.datetime(2026, 12, 2, 12, 0, tzinfo=dt.UTC)


def down(url, deadline, max_bytes):
    raise Failed("site injoignable (connexion refusée)")


def test_the_problems_title_counts_the_sites_and_the_list_lines_and_each_copy_says_its_age(
        tmp_path, monkeypatch):
    """Three sites down, kept copies of today, yesterday and two days ago, and one bad line
    of the list: four problems, each copy dated in words."""
    from tenir_parole.overview import collect

    monkeypatch.setattr(collect, "fetch", down)
    folder = tmp_path / "donnees"
    sites = {"https://a.example.org": (example(0), NOW.replace(hour=8)),
             "https://b.example.org": (example(2), NOW - dt.timedelta(hours=13)),
             "https://c.example.org": (example(3), NOW - dt.timedelta(days=2, hours=11))}
    for site, (whole, when) in sites.items():
        seed(folder, {site: as_bytes(whole)}, when)
    outcomes = collect.collect(list(sites), folder, NOW)
    lines = collect.report(outcomes, ["communes.txt, ligne 4 : « ftp://d » — adresse invalide"],
                           NOW)
    assert lines == [
        "Problèmes (4) — commune · problème · copie gardée :",
        "  communes.txt, ligne 4 : « ftp://d » — adresse invalide",
        "  Saint-Exemple-sur-Loire (https://a.example.org) · site injoignable (connexion "
        "refusée) · copie du 2 décembre 2026 gardée (aujourd'hui)",
        "  Exempleville-les-Bains (https://b.example.org) · site injoignable (connexion "
        "refusée) · copie du 1er décembre 2026 gardée (hier)",
        "  Petit-Exemple (https://c.example.org) · site injoignable (connexion refusée) · "
        "copie du 30 novembre 2026 gardée (il y a 2 jours)",
        "Résumé : 0 copie à jour sur 3 sites ; 3 problèmes, les copies précédentes "
        "sont gardées.",
    ]


def test_a_refused_export_is_said_with_its_first_three_reasons(tmp_path, monkeypatch):
    from tenir_parole.overview import collect

    monkeypatch.setattr(collect, "fetch", lambda url, deadline, max_bytes:
                        as_bytes(hostile(example(1))))
    outcome, = collect.collect(["https://h.example.org"], tmp_path / "donnees", NOW)
    assert outcome.problem == (
        "export refusé : commune › nom : balisage HTML ou adresse de script (« <script> ») ; "
        "commune › intercommunalite › nom : balisage HTML ou adresse de script (« <script> ») "
        "; commune › contact : balisage HTML ou adresse de script (« <script> »)")


def test_an_unexpected_error_is_quoted_up_to_120_characters(tmp_path, monkeypatch):
    from tenir_parole.overview import collect

    def bug(url, deadline, max_bytes):
        raise RuntimeError("x" * 200)

    monkeypatch.setattr(collect, "fetch", bug)
    outcome, = collect.collect(["https://bogue.example.org"], tmp_path / "donnees", NOW)
    assert outcome.problem == ("erreur inattendue (RuntimeError: " + "x" * 106 + "…) : "
                               "signalez-la aux développeurs de Tenir parole")


def test_a_kept_copy_the_federation_no_longer_accepts_is_still_said_to_be_kept(
        tmp_path, monkeypatch):
    """A copy collected before the rules refused it (here: markup): the site is down, its
    line names it by its address and says its copy is kept, not that something broke."""
    from tenir_parole.overview import collect

    monkeypatch.setattr(collect, "fetch", down)
    folder = tmp_path / "donnees"
    seed(folder, {"https://h.example.org": as_bytes(hostile(example(1)))},
         NOW - dt.timedelta(days=10))
    outcomes = collect.collect(["https://h.example.org"], folder, NOW)
    assert collect.report(outcomes, [], NOW)[1] == (
        "  https://h.example.org (https://h.example.org) · site injoignable (connexion "
        "refusée) · copie du 22 novembre 2026 gardée (il y a 10 jours)")


def test_a_site_not_collected_whose_copy_file_is_gone_is_said_to_have_none(tmp_path):
    """The run's time is up before the site starts, and its copy's file was deleted by hand:
    its line says so, and the run still ends with its report."""
    from tenir_parole.overview import collect

    folder = tmp_path / "donnees"
    seed(folder, {"https://parti.example.org": as_bytes(example(0))}, NOW - dt.timedelta(days=3))
    (folder / "parti.example.org.json").unlink()
    outcomes = collect.collect(["https://parti.example.org"], folder, NOW, total=0)
    assert collect.report(outcomes, [], NOW)[1] == (
        "  https://parti.example.org (https://parti.example.org) · non collecté : délai total "
        "de la collecte dépassé (0 s) · aucune copie gardée")


def test_at_the_deadline_eight_sites_are_being_read_and_nothing_more_is_asked_or_written(
        tmp_path, monkeypatch):
    """Ten sites that do not answer before the run's two-second deadline: eight are asked at
    once, the run ends at its deadline without waiting for them, and when they answer late
    their copies are not written, and the two sites never started are never asked."""
    from tenir_parole.overview import collect

    asked, late = [], threading.Event()

    def stuck(url, deadline, max_bytes):
        asked.append(url)
        late.wait(30)
        return as_bytes(example(0))

    monkeypatch.setattr(collect, "fetch", stuck)
    folder = tmp_path / "donnees"
    sites = [f"https://site-{n}.example.org" for n in range(10)]
    started = time.monotonic()
    try:
        outcomes = collect.collect(sites, folder, NOW, total=2)
        took = time.monotonic() - started
        reading = len(asked)
    finally:
        late.set()
    for worker in [t for t in threading.enumerate() if t.name.startswith("collecte-")]:
        worker.join(10)
    assert took < 2 + 5  # its deadline, give or take the machine's load
    assert reading == 8
    assert len(asked) == 8  # none started after the deadline
    assert [o.problem for o in outcomes] == [
        "non collecté : délai total de la collecte dépassé (2 s)"] * 10
    assert sorted(p.name for p in folder.iterdir()) == ["collecte.json"]
    assert store.read_manifest(folder) == {}


#: `tenir-parole ARGS…` in its own process, each site's download replaced: it waits for the
#: file named first to exist, then for the seconds given second, then fails.
WAITING = """
import sys, time
from pathlib import Path
from tenir_parole.overview import collect
from tenir_parole.commands.cli import main
release, pause = Path(sys.argv[1]), float(sys.argv[2])
def fetch(url, deadline, max_bytes):
    while not release.exists():
        time.sleep(0.05)
    time.sleep(pause)
    raise collect.Failed("site injoignable (connexion refusée)")
collect.fetch = fetch
sys.exit(main(sys.argv[3:]))
"""


def waiting(tmp_path, release, pause: float, *args: str):
    import os
    import subprocess
    import sys

    listing = store.write_sites(tmp_path / "communes.txt", ["https://lent.example.org"])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "plugins"), env.get("PYTHONPATH", "")])
    return subprocess.Popen(
        [sys.executable, "-c", WAITING, str(release), str(pause), "federation-collecte",
         "--list", str(listing), "--copies", str(tmp_path / "donnees"), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)


def test_the_first_line_is_shown_at_once_even_piped_and_the_run_ends_with_no_traceback(
        tmp_path):
    """Output piped (as into `tee`), PYTHONUNBUFFERED unset: the volunteer reads what the
    run does while its sites are still being read; the end prints the report, no Python
    traceback."""
    release = tmp_path / "go"
    process = waiting(tmp_path, release, 0, "--timeout", "5", "--total-timeout", "60")
    try:
        first = []
        reader = threading.Thread(target=lambda: first.append(process.stdout.readline()))
        reader.start()
        reader.join(20)  # the site waits until this line is read
        release.touch()
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
        process.wait()
    assert first == [f"Collecte de 1 site de {tmp_path / 'communes.txt'} dans "
                     f"{tmp_path / 'donnees'}/ (5 s au plus par site, 60 s en tout)…\n"]
    assert err == ""
    assert "(https://lent.example.org) · site injoignable (connexion refusée)" in out


def test_a_site_still_being_read_at_the_deadline_does_not_hold_the_end_of_the_command(
        tmp_path):
    release = tmp_path / "go"
    release.touch()
    process = waiting(tmp_path, release, 60, "--total-timeout", "1")
    try:  # the site answers only after 60 s: the command must end long before
        out, err = process.communicate(timeout=20)
    finally:
        process.kill()
        process.wait()
    assert ("  https://lent.example.org (https://lent.example.org) · non collecté : délai "
            "total de la collecte dépassé (1 s) · aucune copie gardée") in out
    assert err == ""
