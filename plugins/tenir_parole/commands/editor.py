"""`make editeur`: the form editor (Decap CMS) on 127.0.0.1, next to the live preview.

Two servers of this process, on this computer only: the preview of `make devserver` (rebuilt
after each save, the page reloading itself), and the editor — its page, its configuration
(editeur/config.yml, made from the model), the pinned copy of Decap CMS (node_modules/, from
package-lock.json) and the local-backend protocol (commands.editor_api), which writes a data
file only when `make check` passes with it. Nothing is fetched from another site: the page's
Content-Security-Policy allows this server alone.
"""

from __future__ import annotations

import dataclasses
import http.server
import json
import sys
import threading
from http import HTTPStatus
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tenir_parole.build.settings import SettingsError, read_settings
from tenir_parole.commands import commune, devserver
from tenir_parole.commands.editor_api import Backend, Refused
from tenir_parole.commands.options import Options

PAGE = Path("editeur")
DECAP = Path("node_modules") / "decap-cms" / "dist"
#: The page's own files, and the one file of Decap's it needs (with its licence notices).
FILES = {"/": (PAGE, "index.html"), "/index.html": (PAGE, "index.html"),
         "/config.yml": (PAGE, "config.yml"), "/tenir-parole.js": (PAGE, "tenir-parole.js"),
         "/decap-cms.js": (DECAP, "decap-cms.js"),
         "/decap-cms.js.LICENSE.txt": (DECAP, "decap-cms.js.LICENSE.txt")}
TYPES = {".html": "text/html; charset=utf-8", ".yml": "text/yaml; charset=utf-8",
         ".js": "text/javascript; charset=utf-8", ".txt": "text/plain; charset=utf-8"}
#: Decap needs 'unsafe-eval' (ajv compiles the configuration's schema with new Function) and
#: inline styles (emotion writes <style> elements); nothing may come from elsewhere.
CSP = ("default-src 'self'; connect-src 'self'; img-src 'self' data: blob:; "
       "style-src 'self' 'unsafe-inline'; font-src 'self' data:; script-src 'self' "
       "'unsafe-eval'; frame-src 'none'; object-src 'none'; base-uri 'none'; "
       "form-action 'none'; frame-ancestors 'none'")
MAX_REQUEST = 5 * 1024 * 1024
UNWRITTEN = ("Non enregistré : le fichier n'a pas pu être écrit ({why}) — le disque est-il "
             "plein, ou le dossier protégé en écriture ? Le fichier d'avant est intact.")
MISSING = ("Decap CMS introuvable ({path}) : lancez make editeur, qui l'installe avec npm "
           "(sudo apt-get install nodejs npm s'il manque).")


class EditorHandler(http.server.BaseHTTPRequestHandler):
    server_version = "tenir-parole-editeur"
    server: EditorServer

    def log_message(self, *args) -> None:
        pass

    def ours(self, value: str | None) -> bool:
        port = self.server.server_address[1]
        return value in {f"127.0.0.1:{port}", f"localhost:{port}"}

    def send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        for name, value in {"Content-Type": content_type, "Content-Length": str(len(body)),
                            "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
                            "Referrer-Policy": "no-referrer", **headers}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def json(self, status: int, value: object) -> None:
        self.send(status, json.dumps(value, ensure_ascii=False).encode("utf-8"),
                  "application/json; charset=utf-8")

    def do_GET(self) -> None:
        if not self.ours(self.headers.get("Host")):  # another name for 127.0.0.1 (rebinding)
            return self.send(HTTPStatus.FORBIDDEN, b"", "text/plain")
        found = FILES.get(unquote(urlsplit(self.path).path))
        path = self.server.root / found[0] / found[1] if found else None
        if path is None or not path.is_file():
            return self.send(HTTPStatus.NOT_FOUND, b"Page introuvable",
                             "text/plain; charset=utf-8")
        extra = {"Content-Security-Policy": CSP} if path.suffix == ".html" else {}
        self.send(HTTPStatus.OK, path.read_bytes(), TYPES[path.suffix], **extra)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        if urlsplit(self.path).path != "/api/v1":
            return self.json(HTTPStatus.NOT_FOUND, {"error": "Adresse inconnue"})
        origin = self.headers.get("Origin")
        if not self.ours(self.headers.get("Host")) or (
                origin is not None and not self.ours(origin.removeprefix("http://"))):
            return self.json(HTTPStatus.FORBIDDEN, {"error": "Réservé à cet ordinateur"})
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            return self.json(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, {"error": "JSON attendu"})
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 < length <= MAX_REQUEST:
            return self.json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"error": "Requête refusée"})
        try:
            body = json.loads(self.rfile.read(length).decode("utf-8"))
            result = self.server.backend.handle(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return self.json(HTTPStatus.BAD_REQUEST, {"error": "JSON illisible"})
        except Refused as refusal:
            return self.json(HTTPStatus.UNPROCESSABLE_ENTITY, refusal.payload())
        except OSError as e:  # the file is replaced whole or not at all: the old one stays
            return self.json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": UNWRITTEN.format(
                why=e.strerror or e)})
        self.json(HTTPStatus.OK, result)


class EditorServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, root: Path, backend: Backend):
        self.root = root
        self.backend = backend
        super().__init__(("127.0.0.1", port), EditorHandler)

    def handle_error(self, request, client_address) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError | TimeoutError):
            return
        print(f"Éditeur : une requête a échoué ({type(error).__name__}: {error})",
              file=sys.stderr)


def start(port: int, root: Path, backend: Backend) -> EditorServer:
    server = EditorServer(port, root, backend)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main(args: Options) -> int:
    """`make editeur`: build, serve the preview and the editor, rebuild after each save."""
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(line_buffering=True)
    root = Path.cwd()
    if not (root / DECAP / "decap-cms.js").is_file():
        print(MISSING.format(path=DECAP / "decap-cms.js"), file=sys.stderr)
        return 2
    if not args.pledges.is_dir():
        print(f"{args.pledges} : dossier introuvable", file=sys.stderr)
        return 2
    try:
        settings = read_settings(args.settings)
    except SettingsError as e:
        print(e, file=sys.stderr)
        return 2
    before = devserver.snapshot(devserver.watched(args))
    commune.run(dataclasses.replace(args, command="html"))
    preview = devserver.start_preview(args, "make editeur PORT=8002 PORT_EDITEUR=8003")
    if preview is None:
        return 1
    wake = threading.Event()
    try:
        start(args.editor_port, root, Backend(args.pledges, settings, wake.set))
    except OSError as e:
        print(f"Impossible de servir l'éditeur sur le port {args.editor_port} ({e.strerror}) : "
              "essayez make editeur PORT_EDITEUR=8003", file=sys.stderr)
        return 1
    print(f"Éditeur de formulaires : http://127.0.0.1:{args.editor_port}/index.html\n"
          f"Aperçu du site : {devserver.address(args.port)} — il se recharge seul après chaque "
          "enregistrement.\nCes deux adresses ne marchent que sur cet ordinateur (Ctrl-C pour "
          "arrêter).", flush=True)
    try:
        devserver.watch(args, before, preview, wake)
    except KeyboardInterrupt:
        print("\nÉditeur et aperçu arrêtés.")
    return 0
