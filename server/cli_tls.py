"""`caseload-server tls ...`: rotate the server's certificate with an overlap, show where it
stands, or install one issued by the office's CA (server/rotation.py does the work)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from server import rotation
from server.config import Settings

RESTART = "restart the server (caseload-server serve) for it to present"
AddCommand = Callable[[Any, str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]


def add_parsers(commands: Any, command: AddCommand) -> None:
    group = commands.add_parser("tls", help="the server's TLS certificate")
    tls = group.add_subparsers(metavar="ACTION")
    rotate = command(tls, "rotate", "make the next certificate; laptops learn it first", _rotate)
    rotate.add_argument("--activate", action="store_true",
                        help="switch to the next certificate now (after the overlap)")  # fmt: skip
    rotate.add_argument("--days", type=int, metavar="N", help="validity (default 825 days)")
    command(tls, "activate", "switch to the next certificate (after the overlap)", _activate)
    status = command(tls, "status", "current, next and previous certificates", _status)
    status.add_argument("--json", action="store_true", help="print JSON")
    install = command(tls, "install", "use a certificate issued by the office CA", _install)
    install.add_argument("--cert", type=Path, required=True, metavar="PATH")
    install.add_argument("--key", type=Path, required=True, metavar="PATH")
    install.add_argument(
        "--ca", type=Path, metavar="PATH", help="the office CA (kept from before if omitted)"
    )


def _rotate(args: argparse.Namespace) -> int:
    """`rotate` alone starts the overlap; `rotate --activate` finishes a waiting one (or, with
    none waiting, makes one and switches at once: laptops then need a re-connection code)."""
    settings = Settings.load(args.data)
    waiting = rotation.TlsFiles.of(settings).next_cert.exists()
    if not (args.activate and waiting):
        lifetime = None if args.days is None else dt.timedelta(days=args.days)
        print(f"next certificate: {rotation.rotate(settings, lifetime)}")
        if not args.activate:
            print("laptops learn it at their next sync; activate it once they all have")
            return 0
    return _activate(args)


def _activate(args: argparse.Namespace) -> int:
    print(f"current certificate: {rotation.activate(Settings.load(args.data))}")
    print(f"{RESTART} it; laptops that synced during the overlap follow without action")
    return 0


def _status(args: argparse.Namespace) -> int:
    report = rotation.status(Settings.load(args.data))
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    for name, facts in report.items():
        if facts is not None:
            print(f"{name:<9} {facts['fingerprint']}  expires {facts['expires']} "
                  f"({facts['days_left']} days)")  # fmt: skip
    return 0


def _install(args: argparse.Namespace) -> int:
    anchor = rotation.install(Settings.load(args.data), args.cert, args.key, args.ca)
    print(f"office CA pinned by laptops: {anchor}")
    print(f"{RESTART} the new certificate")
    return 0
