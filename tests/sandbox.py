"""Run `tenir-parole ARGS…` under watch: every file opened and every network call is noted,
through Python's audit hooks, and written as JSON to the file named by SANDBOX_REPORT.

    python tests/sandbox.py html --output … --pledges …

A network call is also stopped (it raises), so that a build that tries one fails loudly.
"""

from __future__ import annotations

import json
import os
import sys

NETWORK = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
           "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect")


def main() -> int:
    opened: set[str] = set()
    network: list[str] = []

    def hook(event: str, args: tuple) -> None:
        if event == "open" and isinstance(args[0], str | bytes):
            opened.add(os.path.realpath(os.fsdecode(args[0])))
        elif event in NETWORK:
            network.append(f"{event} {args!r}"[:200])
            raise ConnectionRefusedError(f"sandbox: {event}")

    from tenir_parole.commands.cli import main as tenir_parole  # imports are not what is watched

    sys.addaudithook(hook)
    code = tenir_parole(sys.argv[1:])
    with open(os.environ["SANDBOX_REPORT"], "w", encoding="utf-8") as report:
        json.dump({"code": code, "opened": sorted(opened), "network": network}, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
