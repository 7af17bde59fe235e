"""`make devserver`: rebuild the preview a moment after each save, and serve it locally.

Watches pledges/, content/, theme/ and the settings file by polling (no dependency, works on
every filesystem and editor). Each change runs exactly `make html`: the same checks, the same
French messages, and output/ replaced only when everything passed — so a mistake leaves the
last good preview served while the message says what to fix.
"""

from __future__ import annotations

import dataclasses
import functools
import http.server
import sys
import threading
import time
from collections.abc import Iterable
from http import HTTPStatus
from pathlib import Path

from tenir_parole.commands import commune
from tenir_parole.commands.options import Options
from tenir_parole.core.folder import leftover

WATCHED = ("content", "theme")


def snapshot(roots: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """Modification time and size of every file under ``roots`` (editors' leftovers aside)."""
    seen: dict[Path, tuple[int, int]] = {}
    for root in roots:
        paths = [root] if root.is_file() else root.rglob("*") if root.is_dir() else []
        for path in paths:
            if path.is_file() and not leftover(path.name):
                try:
                    stat = path.stat()
                except OSError:  # gone since listed: an editor's temporary file, saved over
                    continue
                seen[path] = (stat.st_mtime_ns, stat.st_size)
    return seen


def changes(before: dict, after: dict) -> list[Path]:
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        try:
            return super().send_head()
        except ValueError:  # an address no file can have (« /%00 »): there is no such page
            self.send_error(HTTPStatus.NOT_FOUND, "Page introuvable")
            return None


class PreviewServer(http.server.ThreadingHTTPServer):
    """One thread a request, room for many waiting connections (a page opened on several
    phones, a test's burst), and no traceback for a client gone mid-answer."""

    request_queue_size = 1024
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return  # the browser closed the page or its connection: nothing to say
        print(f"Aperçu : une requête de {client_address[0]} a échoué "
              f"({type(error).__name__}: {error})", file=sys.stderr)


def serve(output: Path, port: int) -> PreviewServer:
    """Serve ``output`` by its path: after each swap, the new site is what is served."""
    handler = functools.partial(_Quiet, directory=str(output))
    server = PreviewServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def serve_as_is(options: Options) -> int:
    """`make serve`: ``output`` as it is, until Ctrl-C."""
    output, port = options.output, options.port
    if not output.is_dir():
        print(f"{output}/ introuvable : construisez d'abord le site (make html)", file=sys.stderr)
        return 2
    try:
        serve(output.resolve(), port)
    except OSError as e:
        print(f"Impossible de servir sur le port {port} ({e.strerror}) : essayez "
              "make serve PORT=8001", file=sys.stderr)
        return 1
    print(f"Site servi sur http://127.0.0.1:{port}/index.html (Ctrl-C pour arrêter)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("\nArrêté.")
    return 0


def main(args: Options) -> int:
    """`make devserver` (and `make regenerate`, with port 0: rebuild without serving)."""
    for stream in (sys.stdout, sys.stderr):  # each message as it comes, even into a pipe
        stream.reconfigure(line_buffering=True)
    html = dataclasses.replace(args, command="html")
    roots = [args.pledges, args.settings, *(Path(name) for name in WATCHED)]
    before = snapshot(roots)
    commune.run(html)
    address = ""
    if args.port:
        try:
            serve(args.output.resolve(), args.port)
        except OSError as e:
            print(f"Impossible de servir sur le port {args.port} ({e.strerror}) : essayez "
                  "make devserver PORT=8001", file=sys.stderr)
            return 1
        address = f"http://127.0.0.1:{args.port}/index.html"
        print(f"Aperçu : {address} — il se reconstruit à chaque enregistrement (Ctrl-C pour "
              "arrêter).", flush=True)
    try:
        while True:
            time.sleep(args.interval)
            after = snapshot(roots)
            changed = changes(before, after)
            if not changed:
                continue
            time.sleep(args.interval)  # let an editor finish writing (several files at once)
            before = snapshot(roots)
            shown = ", ".join(p.as_posix() for p in changed[:3])
            more = f" et {len(changed) - 3} autres" if len(changed) > 3 else ""
            print(f"\nModifié : {shown}{more} — reconstruction…", flush=True)
            if commune.run(html) == 0:
                print(f"Aperçu à jour{' : ' + address if address else '.'}", flush=True)
            else:
                print("L'aperçu garde la dernière version valide : corrigez, puis enregistrez.",
                      file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        print("\nAperçu arrêté.")
    return 0
