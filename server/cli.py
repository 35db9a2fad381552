"""`caseload-server`: set up, run and administer the office sync server.

Exit codes: 0 ok, 2 usage or refused request (unknown name, not initialised, ...).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from server import admin, cli_tls
from server.config import Settings
from server.crypto import KeyFileError
from server.disclosures import flagged_disclosures
from server.duplicates import likely_duplicates
from server.rotation import TlsError
from server.serve import ServeError

Handler = Callable[[argparse.Namespace], int]
DAILY_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "handler"):
        parser.print_help()
        return 2
    handler: Handler = args.handler
    try:
        return handler(args)
    except (admin.AdminError, ServeError, KeyFileError, TlsError, FileNotFoundError) as exc:
        print(f"caseload-server: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caseload-server", description=__doc__)
    commands = parser.add_subparsers(metavar="COMMAND")
    _init_parser(_command(commands, "init", "create a data directory", _init))
    _serve_parser(_command(commands, "serve", "run the server", _serve))
    user = commands.add_parser("user", help="manage users").add_subparsers(metavar="ACTION")
    add = _command(user, "add", "add a worker or supervisor", _user_add)
    add.add_argument("--role", required=True, choices=admin.ROLES)
    add.add_argument("--supervisor", metavar="NAME", help="the supervisor's user name")
    add.add_argument("name", metavar="NAME")
    code = _command(commands, "enroll-code", "print a one-time enrollment code", _enroll_code)
    code.add_argument("--url", help="server URL for the device (default: from server.json)")
    code.add_argument("name", metavar="NAME")
    case = commands.add_parser("case", help="manage cases").add_subparsers(metavar="ACTION")
    assign = _command(case, "assign", "give a case's client to another worker", _case_assign)
    assign.add_argument("case_id", metavar="CASE_ID")
    assign.add_argument("name", metavar="NAME")
    device = commands.add_parser("device", help="manage devices").add_subparsers(metavar="ACTION")
    _command(device, "list", "list enrolled devices", _device_list).add_argument(
        "--json", action="store_true", help="print JSON"
    )
    _command(device, "revoke", "revoke a device (it wipes itself)", _device_revoke).add_argument(
        "device_id", metavar="DEVICE_ID"
    )
    duplicates = _command(
        commands, "duplicates", "list clients who may be the same person, for review", _duplicates
    )
    duplicates.add_argument("--json", action="store_true", help="one JSON object per pair")
    disclosures = _command(
        commands, "disclosures", "list disclosures for the supervisor to review", _disclosures
    )
    disclosures.add_argument(
        "--flagged", action="store_true", required=True, help="those made under a legal basis"
    )
    disclosures.add_argument("--json", action="store_true", help="one JSON object per line")
    daily = _command(
        commands, "daily-sync-time", "the time every laptop syncs by itself each day", _daily
    )
    daily.add_argument("time", metavar="HH:MM|off", help="e.g. 17:30 (each laptop's local time)")
    cli_tls.add_parsers(commands, _command)
    compact = _command(commands, "compact", "forget old tombstones", _compact)
    compact.add_argument("--horizon-days", type=int, metavar="N")
    return parser


def _command(group: Any, name: str, help_text: str, handler: Handler) -> argparse.ArgumentParser:
    sub: argparse.ArgumentParser = group.add_parser(name, help=help_text, description=help_text)
    sub.add_argument("--data", required=True, type=Path, metavar="DIR", help="data directory")
    sub.set_defaults(handler=handler)
    return sub


def _init_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--host", action="append", default=[], metavar="NAME",
                     help="a name devices use to reach the server (repeatable)")  # fmt: skip
    sub.add_argument("--port", type=int, default=8443)
    sub.add_argument("--bind", default="0.0.0.0", metavar="ADDR", help="address to listen on")
    sub.add_argument("--database-url", metavar="URL", help="PostgreSQL (default: SQLite)")


def _serve_parser(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--host", metavar="ADDR", help="address to listen on")
    sub.add_argument("--port", type=int)
    sub.add_argument("--cert", type=Path, metavar="PATH")
    sub.add_argument("--key", type=Path, metavar="PATH")
    sub.add_argument("--database-url", metavar="URL")
    sub.add_argument("--dev-insecure-http", action="store_true",
                     help="plain HTTP, development only, loopback addresses only")  # fmt: skip


def _init(args: argparse.Namespace) -> int:
    public_host = args.host[0] if args.host else "localhost"
    settings = Settings(
        data_dir=args.data, database_url=args.database_url, host=args.bind, port=args.port,
        public_url=f"https://{public_host}:{args.port}",
    )  # fmt: skip
    fp = admin.initialise(settings, args.host)
    print(f"Initialised {args.data}")
    print(f"Server URL for devices: {settings.url}")
    print(f"Certificate SHA-256 fingerprint: {fp}")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from server.serve import run  # uvicorn only for this command

    if (args.cert is None) != (args.key is None):
        raise ServeError("--cert and --key go together")
    settings = Settings.load(
        args.data, host=args.host, port=args.port, cert_path=args.cert, key_path=args.key,
        database_url=args.database_url, dev_insecure_http=args.dev_insecure_http or None,
    )  # fmt: skip
    run(settings)
    return 0


def _user_add(args: argparse.Namespace) -> int:
    user_id = admin.add_user(Settings.load(args.data), args.name, args.role, args.supervisor)
    print(user_id)
    return 0


def _enroll_code(args: argparse.Namespace) -> int:
    settings = Settings.load(args.data)
    print(admin.make_enroll_code(settings, args.name, args.url))
    minutes = settings.enroll_code_ttl_s // 60
    print(f"Valid for {minutes} minutes, for one device.", file=sys.stderr)
    return 0


def _case_assign(args: argparse.Namespace) -> int:
    scope = admin.assign_case(Settings.load(args.data), args.case_id, args.name)
    print(f"{scope} now belongs to {args.name}")
    return 0


def _device_list(args: argparse.Namespace) -> int:
    devices = admin.list_devices(Settings.load(args.data))
    if args.json:
        print(json.dumps(devices, indent=2))
        return 0
    columns = ("id", "worker", "name", "enrolled_at", "last_seen_at", "revoked_at")
    rows = [columns, *[tuple(str(d[c] or "-") for c in columns) for d in devices]]
    widths = [max(len(row[i]) for row in rows) for i in range(len(columns))]
    for row in rows:
        print("  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)))
    return 0


def _device_revoke(args: argparse.Namespace) -> int:
    admin.revoke_device(Settings.load(args.data), args.device_id)
    print(f"revoked {args.device_id}: it wipes its vault at its next contact")
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    pairs = likely_duplicates(Settings.load(args.data))
    for pair in pairs:
        if args.json:
            print(json.dumps(asdict(pair)))
        else:
            print(
                f"{pair.first_id}  {pair.second_id}  {', '.join(pair.reasons)}  "
                f"({' / '.join(pair.workers)})"
            )
    if not args.json:
        print(f"{len(pairs)} pair(s) to review; nothing was merged.", file=sys.stderr)
    return 0


def _disclosures(args: argparse.Namespace) -> int:
    flags = flagged_disclosures(Settings.load(args.data))
    for flag in flags:
        if args.json:
            print(json.dumps(asdict(flag)))
        else:
            print(
                f"{flag.disclosure_id}  client {flag.client_id}  by {flag.worker_id or '-'}  "
                f"{flag.legal_basis or '-'}  {flag.disclosed_at}"
            )
    if not args.json:
        print(f"{len(flags)} disclosure(s) made under a legal basis.", file=sys.stderr)
    return 0


def _daily(args: argparse.Namespace) -> int:
    chosen = None if args.time == "off" else args.time
    if chosen is not None and not DAILY_TIME.fullmatch(chosen):
        print("caseload-server: give the time as HH:MM (24-hour), or off", file=sys.stderr)
        return 2
    settings = Settings.load(args.data)
    settings.daily_sync_time = chosen
    settings.save()
    said = f"at {chosen}" if chosen else "no daily sync"
    print(f"laptops: {said} (from their next contact after the server restarts)")
    return 0


def _compact(args: argparse.Namespace) -> int:
    summary = admin.compact(Settings.load(args.data), args.horizon_days)
    print(json.dumps(summary))
    return 0
