"""federation/donnees/ as files a person can read: each site's copy under a name made of its
address, collecte.json listing every copy with its date and SHA-256, the list of sites read
line by line with French lines for what is not a site address."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from overview_data import as_bytes, example, seed
from tenir_parole.overview import store
from tenir_parole.overview.load import read_copies

WHEN = dt.datetime(2026, 11, 27, 8, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize(("site", "name"), [
    ("https://tenir-parole.exemple.fr/ville/", "tenir-parole.exemple.fr-ville.json"),
    ("https://Tenir-Parole.Exemple.FR", "tenir-parole.exemple.fr.json"),
    ("http://127.0.0.1:8042/bon", "127.0.0.1-8042-bon.json"),
])
def test_a_copy_is_named_after_its_sites_address(site, name):
    assert store.file_name(site) == name


def test_the_export_is_asked_at_the_sites_donnees_folder():
    assert store.export_url("https://tenir-parole.exemple.fr/ville/") == (
        "https://tenir-parole.exemple.fr/ville/donnees/tenir-parole.json")


def test_a_saved_copy_is_its_bytes_and_the_manifest_names_it_with_date_and_sha256(tmp_path):
    payload = '{"format": "tenir-parole/1", "nom": "Écouflant"}'.encode()
    copy = store.save(tmp_path, "https://ecouflant.example.org", payload, WHEN)
    assert (tmp_path / "ecouflant.example.org.json").read_bytes() == payload
    store.write_manifest(tmp_path, {copy.site: copy})
    assert json.loads((tmp_path / "collecte.json").read_text("utf-8")) == {
        "format": "tenir-parole-collecte/1",
        "copies": [{"site": "https://ecouflant.example.org",
                    "fichier": "ecouflant.example.org.json",
                    "collecte_le": "2026-11-27T08:30:00+00:00",
                    "sha256": hashlib.sha256(payload).hexdigest()}]}
    [read] = store.read_manifest(tmp_path).values()
    assert store.read_copy(tmp_path, read) == payload
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftover


def test_a_copy_edited_by_hand_is_altered_and_never_read(tmp_path):
    copy = store.save(tmp_path, "https://ecouflant.example.org", b'{"a": 1}', WHEN)
    (tmp_path / copy.file).write_bytes(b'{"a": 2}')
    with pytest.raises(store.Altered):
        store.read_copy(tmp_path, copy)


def test_the_list_of_sites_skips_comments_and_names_each_bad_line_in_french(tmp_path):
    listing = tmp_path / "communes.txt"
    listing.write_text("# Les sites de la fédération\n\n"
                       "https://saumur.example.org/  # Saumur\n"
                       "https://angers.example.org\n"
                       "ftp://ecouflant.example.org\n"
                       "https://angers.example.org/\n"
                       "https://trelaze.example.org/?page=1\n", encoding="utf-8")
    sites, problems = store.read_sites(listing)
    assert sites == ["https://saumur.example.org", "https://angers.example.org"]
    assert problems == [
        f"{listing}, ligne 5 : « ftp://ecouflant.example.org » — adresse invalide : elle doit "
        "commencer par https:// (ou http://)",
        f"{listing}, ligne 6 : « https://angers.example.org/ » — site déjà dans la liste",
        f"{listing}, ligne 7 : « https://trelaze.example.org/?page=1 » — adresse du site "
        "seulement, sans « ? », « # » ni identifiant"]


def test_the_overview_notes_in_french_each_copy_it_leaves_out(tmp_path):
    """Of three listed sites: one whose file was deleted, one collected, one never; a stray
    file in the folder: each said once, and the good one kept (a missing file or a site never
    collected stops nothing after it)."""
    folder = tmp_path / "donnees"
    seed(folder, {"https://bon.example.org": as_bytes(example(0)),
                  "https://perdu.example.org": as_bytes(example(1))})
    (folder / "perdu.example.org.json").unlink()
    (folder / "egare.json").write_bytes(b"{}")
    sites = ["https://perdu.example.org", "https://jamais.example.org", "https://bon.example.org"]
    communes, notes = read_copies(folder, dt.date(2026, 11, 29), sites, tmp_path / "communes.txt")
    assert [c.name for c in communes] == ["Saint-Exemple-sur-Loire"]
    assert notes == [
        "Note : perdu.example.org.json (https://perdu.example.org) introuvable : commune "
        "laissée de côté",
        "Note : https://jamais.example.org : aucune copie collectée (lancez make "
        "federation-collecte)",
        "Note : egare.json ignoré : absent de collecte.json"]


def test_a_missing_list_or_a_broken_manifest_is_said_in_french(tmp_path):
    with pytest.raises(store.StoreError) as missing:
        store.read_sites(tmp_path / "communes.txt")
    assert str(missing.value).startswith(f"{tmp_path / 'communes.txt'} : liste des sites "
                                         "illisible (")
    (tmp_path / "collecte.json").write_text('{"format": "autre/9", "copies": []}', "utf-8")
    with pytest.raises(store.StoreError) as broken:
        store.read_manifest(tmp_path)
    assert str(broken.value) == (f"{tmp_path / 'collecte.json'} : fichier de collecte illisible "
                                 "(format 'autre/9') ; relancez make federation-collecte")


def test_copies_and_the_manifest_are_readable_by_the_web_server_in_new_folders(tmp_path):
    """Written where no folder exists yet, each file is -rw-r--r-- exactly: its owner writes
    it, the web server (another user) reads it, nobody else writes it."""
    folder = tmp_path / "federation" / "donnees"
    copy = store.save(folder, "https://ecouflant.example.org", b'{"a": 1}', WHEN)
    store.write_manifest(folder, {copy.site: copy})
    assert {p.name: oct(p.stat().st_mode & 0o777) for p in folder.iterdir()} == {
        "ecouflant.example.org.json": "0o644", "collecte.json": "0o644"}


def test_the_manifest_is_plain_utf8_one_space_indented_for_people_to_read(tmp_path):
    site = "https://tenir-parole.example.org/saint-étienne"
    copy = store.save(tmp_path, site, b"{}", WHEN)
    store.write_manifest(tmp_path, {copy.site: copy})
    assert (tmp_path / "collecte.json").read_text("utf-8") == (
        '{\n "format": "tenir-parole-collecte/1",\n "copies": [\n  {\n'
        '   "site": "https://tenir-parole.example.org/saint-étienne",\n'
        '   "fichier": "tenir-parole.example.org-saint-tienne.json",\n'
        '   "collecte_le": "2026-11-27T08:30:00+00:00",\n'
        '   "sha256": "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"\n'
        '  }\n ]\n}\n')


@pytest.mark.parametrize("other", ["aaa.example.org.json", "zzz.example.org.json"])
def test_a_manifest_naming_another_sites_file_is_altered_never_read(tmp_path, other):
    """collecte.json edited to point a site at another file (even a good copy of another
    site, its SHA-256 right): that copy is left out, not shown as this site's."""
    payload = b'{"a": 1}'
    (tmp_path / other).write_bytes(payload)
    copy = store.Copy("https://ecouflant.example.org", other, WHEN,
                      hashlib.sha256(payload).hexdigest())
    with pytest.raises(store.Altered):
        store.read_copy(tmp_path, copy)


def test_a_manifest_of_a_later_format_is_refused_in_french(tmp_path):
    (tmp_path / "collecte.json").write_text('{"format": "tenir-parole-collecte/2", '
                                            '"copies": []}', "utf-8")
    with pytest.raises(store.StoreError) as later:
        store.read_manifest(tmp_path)
    assert "(format 'tenir-parole-collecte/2')" in str(later.value)


@pytest.mark.parametrize("address", ["https://a.example.org/#suivi",
                                     "https://moi@a.example.org", "https://a.example.org/?p=1"])
def test_a_site_address_with_a_fragment_a_user_or_a_query_is_named_in_french(tmp_path, address):
    listing = tmp_path / "communes.txt"
    listing.write_text(f"{address}\n", encoding="utf-8")
    assert store.read_sites(listing) == ([], [
        f"{listing}, ligne 1 : « {address} » — adresse du site seulement, sans « ? », « # » "
        "ni identifiant"])


def test_a_site_whose_copy_would_overwrite_the_collection_record_is_refused(tmp_path):
    """« https://collecte » would be kept as collecte.json, the very file that lists every
    copy: the line is named, the other sites are read."""
    listing = tmp_path / "communes.txt"
    listing.write_text("https://collecte\nhttps://angers.example.org\n", encoding="utf-8")
    assert store.read_sites(listing) == (["https://angers.example.org"], [
        f"{listing}, ligne 1 : « https://collecte » — sa copie s'appellerait collecte.json, le "
        "nom du registre de la collecte : indiquez l'adresse complète du site (avec son "
        "domaine)"])
