"""A local web server for the load measures: nginx with gzip when available, else Python's
http.server (no compression — the tables then say so)."""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

NGINX_CONF = """\
worker_processes 1;
daemon off;
master_process on;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
    types {{
        text/html html; text/css css; font/woff woff; font/woff2 woff2; image/svg+xml svg;
        application/json json; text/plain txt; font/ttf ttf;
    }}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    gzip on;
    gzip_comp_level 6;
    gzip_types text/css application/json image/svg+xml text/plain;
    server {{
        listen 127.0.0.1:{port};
        root {root};
        add_header Cache-Control "max-age=3600";
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def find_nginx() -> str | None:
    """nginx's path; as root, try `apt-get install -y nginx` once when it is missing."""
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    print("nginx absent : apt-get install -y nginx…", flush=True)
    subprocess.run(["apt-get", "install", "-y", "-q", "nginx"], capture_output=True,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")


def wait_for(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"le serveur n'écoute pas sur le port {port}")


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's signature)
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=3600")
        super().end_headers()


class Server:
    """``with Server(root, tmp) as server:`` — ``server.url`` serves ``root``."""

    def __init__(self, root: Path, tmp: Path):
        self.root, self.tmp = Path(root), Path(tmp)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.http: ThreadingHTTPServer | None = None
        self.kind = ""

    def __enter__(self) -> Server:
        nginx = find_nginx()
        if nginx:
            self._start_nginx(nginx)
        else:
            handler = functools.partial(Quiet, directory=str(self.root))
            self.http = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
            threading.Thread(target=self.http.serve_forever, daemon=True).start()
            self.kind = "http.server de Python, **sans gzip** (nginx indisponible)"
        wait_for(self.port)
        return self

    def _start_nginx(self, nginx: str) -> None:
        self.tmp.mkdir(parents=True, exist_ok=True)
        conf = self.tmp / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=self.tmp, port=self.port, root=self.root),
                        encoding="utf-8")
        version = subprocess.run([nginx, "-v"], capture_output=True, text=True).stderr.strip()
        self.process = subprocess.Popen([nginx, "-c", str(conf), "-p", str(self.tmp),
                                         "-e", str(self.tmp / "error.log")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.kind = (f"{version.split(':', 1)[-1].strip()}, gzip niveau 6 (HTML et CSS), "
                     "`Cache-Control: max-age=3600`")

    def __exit__(self, *exc: object) -> None:
        if self.process:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.http:
            self.http.shutdown()
            self.http.server_close()
