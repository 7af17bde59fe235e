"""`make devserver`: rebuild the preview a moment after each save, and serve it locally.

Watches pledges/, content/, theme/ and the settings file by polling (no dependency, works on
every filesystem and editor). Each change runs exactly `make html`: the same checks, the same
French messages, and output/ replaced only when everything passed — so a mistake leaves the
last good preview served while the message says what to fix. The page open in the browser
reloads itself once the new site has landed (commands.reload); `make serve` serves output/ as
it is, without that.
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
from tenir_parole.commands.reload import Builds, answer
from tenir_parole.core.folder import leftover
from tenir_parole.texts.french import count

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


class _Live(_Quiet):
    """The preview of `make devserver`: HTML pages carry the reload script."""

    def do_GET(self) -> None:
        if not answer(self, self.server.builds):
            super().do_GET()

    def do_HEAD(self) -> None:
        if not answer(self, self.server.builds):
            super().do_HEAD()


class PreviewServer(http.server.ThreadingHTTPServer):
    """One thread a request, room for many waiting connections (a page opened on several
    phones, a test's burst), and no traceback for a client gone mid-answer."""

    request_queue_size = 1024
    daemon_threads = True
    builds: Builds | None = None

    def shutdown(self) -> None:
        if self.builds:
            self.builds.close()
        super().shutdown()

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return  # the browser closed the page or its connection: nothing to say
        print(f"Aperçu : une requête de {client_address[0]} a échoué "
              f"({type(error).__name__}: {error})", file=sys.stderr)


def serve(output: Path, port: int, live: bool = False) -> PreviewServer:
    """Serve ``output`` by its path: after each swap, the new site is what is served; ``live``:
    each page reloads itself when ``server.builds.landed()`` says a new site is there."""
    handler = functools.partial(_Live if live else _Quiet, directory=str(output))
    server = PreviewServer(("127.0.0.1", port), handler)
    server.builds = Builds() if live else None
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
    roots = watched(args)
    before = snapshot(roots)
    commune.run(dataclasses.replace(args, command="html"))
    server = None
    if args.port:
        server = start_preview(args, "make devserver PORT=8001")
        if server is None:
            return 1
        print(f"Aperçu : {address(args.port)} — il se reconstruit à chaque enregistrement et la "
              "page se recharge seule (Ctrl-C pour arrêter).", flush=True)
    try:
        watch(args, before, server)
    except KeyboardInterrupt:
        print("\nAperçu arrêté.")
    return 0


def address(port: int) -> str:
    return f"http://127.0.0.1:{port}/index.html"


def watched(args: Options) -> list[Path]:
    return [args.pledges, args.settings, *(Path(name) for name in WATCHED)]


def start_preview(args: Options, retry: str) -> PreviewServer | None:
    try:
        return serve(args.output.resolve(), args.port, live=True)
    except OSError as e:
        print(f"Impossible de servir sur le port {args.port} ({e.strerror}) : essayez {retry}",
              file=sys.stderr)
        return None


def watch(args: Options, before: dict, server: PreviewServer | None,
          wake: threading.Event | None = None) -> None:
    """Rebuild after each change, forever. ``wake`` set: a file was just written whole (by the
    form editor), look now rather than at the next poll, and build without waiting."""
    html = dataclasses.replace(args, command="html")
    roots = watched(args)
    shown_at = f" : {address(args.port)}" if server else "."
    wake = wake or threading.Event()
    while True:
        woken = wake.wait(args.interval)
        wake.clear()
        after = snapshot(roots)
        changed = changes(before, after)
        if not changed:
            continue
        if not woken:
            time.sleep(args.interval)  # let an editor finish writing (several files at once)
        before = snapshot(roots)
        shown = ", ".join(p.as_posix() for p in changed[:3])
        more = f" et {count(len(changed) - 3, 'autre')}" if len(changed) > 3 else ""
        print(f"\nModifié : {shown}{more} — reconstruction…", flush=True)
        if commune.run(html) == 0:
            if server and server.builds:
                server.builds.landed()
            print(f"Aperçu à jour{shown_at}", flush=True)
        else:
            print("L'aperçu garde la dernière version valide : corrigez, puis enregistrez.",
                  file=sys.stderr, flush=True)
