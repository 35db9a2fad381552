"""Headless commands for administrators and automation: `caseload COMMAND --profile DIR`.

With no command, `caseload` starts the desktop app.
"""

from __future__ import annotations

import argparse
import base64
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app import __version__, cli_forms
from app.cli_io import CliError, PassphraseSource, print_check, print_receipt, warn
from app.services import check as check_service
from app.services import demo, importer, vaults
from app.store import lifecycle
from app.store.crypto import generate_recovery_keypair
from app.store.errors import VaultError
from app.store.header import write_private_file
from app.sync import engine as sync_engine
from app.sync import outgoing
from app.sync.enroll import enroll, repin
from app.sync.errors import DeviceRevoked

PASSPHRASE_ONLY_WARNING = (
    "this is a passphrase-only vault (no device secret in a system keyring): anyone with a "
    "copy of the data folder can try passphrases offline."
)


def _use_keyring(args: argparse.Namespace) -> bool:
    if args.no_keyring:
        warn(PASSPHRASE_ONLY_WARNING)
    return not args.no_keyring


def _recovery_key(args: argparse.Namespace) -> bytes | None:
    if not args.recovery_public_key:
        return None
    raw = base64.b64decode(Path(args.recovery_public_key).read_text().strip())
    if len(raw) != 32:
        raise CliError("The recovery public key file does not hold an X25519 public key.")
    return raw


def _create(args: argparse.Namespace, source: PassphraseSource) -> vaults.Vault:
    return vaults.create_vault(
        args.profile,
        source.ask_new(),
        args.name,
        use_keyring=_use_keyring(args),
        recovery_public_key=_recovery_key(args),
    )


def cmd_init(args: argparse.Namespace, source: PassphraseSource) -> int:
    _create(args, source).lock()
    print(f"Created a new vault in {args.profile}")
    return 0


def cmd_demo(args: argparse.Namespace, source: PassphraseSource) -> int:
    vault = _create(args, source)
    with vault.session() as session:
        count = demo.create_demo_caseload(session, vault.owner_id, clients=args.clients)
    vault.lock()
    print(f"Created a demo vault with {count} synthetic clients in {args.profile}")
    return 0


def _open(args: argparse.Namespace, source: PassphraseSource) -> vaults.Vault:
    vault = vaults.open_vault(args.profile, source.ask("Passphrase: "))
    if vault.passphrase_only:
        warn(PASSPHRASE_ONLY_WARNING)
    return vault


def cmd_import(args: argparse.Namespace, source: PassphraseSource) -> int:
    drafts = importer.parse_clients_csv(importer.read_csv_file(args.file))
    vault = _open(args, source)
    try:
        with vault.session() as session:
            result = importer.import_clients(session, drafts, vault.owner_id)
    finally:
        vault.lock()
    print(f"Imported {result.imported} clients.")
    return 0


def cmd_check(args: argparse.Namespace, source: PassphraseSource) -> int:
    vault = _open(args, source)
    try:
        report = check_service.check_vault(vault)
    finally:
        vault.lock()
    print_check(report, args.json)
    return 0 if report.ok else 1


def cmd_passwd(args: argparse.Namespace, source: PassphraseSource) -> int:
    old = source.ask("Current passphrase: ")
    new = source.ask_new()
    vaults.change_passphrase(args.profile, old, new, _recovery_key(args))
    print("Passphrase changed; the vault was re-encrypted under a new key.")
    return 0


def cmd_recovery_keygen(args: argparse.Namespace, _source: PassphraseSource) -> int:
    private, public = generate_recovery_keypair()
    out = Path(args.out)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    write_private_file(out / "recovery-private.key", base64.b64encode(private))
    (out / "recovery-public.key").write_text(base64.b64encode(public).decode() + "\n")
    print(f"Office recovery key pair written to {out}. Keep recovery-private.key offline.")
    return 0


def cmd_recover(args: argparse.Namespace, source: PassphraseSource) -> int:
    private = base64.b64decode(Path(args.recovery_private_key).read_text().strip())
    lifecycle.recover_vault(args.profile, private, source.ask_new())
    print("Vault recovered: it now opens with the new passphrase.")
    return 0


def cmd_enroll(args: argparse.Namespace, source: PassphraseSource) -> int:
    if args.repin:
        return _repin(args, source)
    vault = _open(args, source)
    try:
        enrolled = enroll(vault, args.code)
    finally:
        vault.lock()
    print(
        f"Enrolled with {enrolled.server_url} as {enrolled.worker_name} ({enrolled.role}); "
        f"device {enrolled.device_id}. Run `caseload sync` to fetch the caseload."
    )
    return 0


def _repin(args: argparse.Namespace, source: PassphraseSource) -> int:
    """An enrolled vault the office's certificate stranded: re-pinned with a fresh code, its
    unsent changes kept for the next sync."""
    vault = _open(args, source)
    try:
        repinned = repin(vault, args.code)
        with vault.session() as session:
            unsent = outgoing.pending_changes(session)
    finally:
        vault.lock()
    print(
        f"Re-connected to {repinned.server_url}; device {repinned.device_id} kept. "
        f"{unsent} unsent changes go at the next `caseload sync`."
    )
    return 0


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl+C or SIGTERM stops a sync at its next safe point (a batch or page is never cut
    in half, and the helper thread's request is waited for); a second Ctrl+C interrupts."""

    def stop_sync(signum: int, _frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        sys.stderr.write("caseload sync: stopping after the current request...\n")

    previous = {sig: signal.signal(sig, stop_sync) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_sync(args: argparse.Namespace, source: PassphraseSource) -> int:
    vault, stop = _open(args, source), threading.Event()
    try:
        with _stopped_by_signals(stop):
            receipt = sync_engine.sync(vault, stop=stop)
    finally:
        if not vault.is_locked:
            vault.lock()
    print_receipt(receipt)
    if receipt.wiped:
        sys.stderr.write(
            f"caseload sync: the office revoked this device, so its vault was erased "
            f"({receipt.unsent_lost} unsent changes were lost).\n"
        )
        return DeviceRevoked.exit_code
    return 0


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace, PassphraseSource], int], str]] = {
    "init": (cmd_init, "create a new, empty vault"),
    "demo": (cmd_demo, "create a vault holding a synthetic demo caseload"),
    "import": (cmd_import, "import clients from a CSV spreadsheet export"),
    "check": (cmd_check, "verify encryption, integrity, audit chain and outbox"),
    "passwd": (cmd_passwd, "change the vault passphrase"),
    "recovery-keygen": (cmd_recovery_keygen, "office: make a recovery key pair"),
    "recover": (cmd_recover, "office: reset a forgotten passphrase with the recovery key"),
    "enroll": (cmd_enroll, "enroll this vault with the office server (one-time code)"),
    "sync": (cmd_sync, "sync with the office server; prints the receipt as JSON"),
    "forms": (cli_forms.cmd_forms, cli_forms.HELP),
}


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        type=Path,
        # SUPPRESS: without it the subcommand's default overwrote a --profile given before the
        # command (`caseload --profile P init` created the vault in the default folder).
        default=argparse.SUPPRESS,
        help=f"vault folder (default: {vaults.default_profile()})",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read passphrases from standard input, one per line",
    )


def _vault_creation(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", default="Case worker", help="the worker's display name")
    parser.add_argument(
        "--no-keyring",
        action="store_true",
        help="allow a passphrase-only vault when no system keyring exists",
    )
    parser.add_argument(
        "--recovery-public-key",
        metavar="FILE",
        help="office recovery public key (from recovery-keygen)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="caseload", description=__doc__)
    parser.add_argument("--version", action="version", version=f"caseload {__version__}")
    parser.add_argument(
        "--profile",
        type=Path,
        default=vaults.default_profile(),
        help="vault folder for the desktop app (default: %(default)s)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        _common(command)
        if name in ("init", "demo"):
            _vault_creation(command)
    sub.choices["demo"].add_argument("--clients", type=int, default=40)
    sub.choices["import"].add_argument("file", type=Path, metavar="FILE.csv")
    sub.choices["check"].add_argument("--json", action="store_true", help="machine-readable")
    sub.choices["recovery-keygen"].add_argument("--out", required=True, metavar="DIR")
    sub.choices["recover"].add_argument("--recovery-private-key", required=True, metavar="FILE")
    sub.choices["passwd"].add_argument(
        "--recovery-public-key",
        metavar="FILE",
        help="office recovery public key, for vaults that do not carry it yet",
    )
    sub.choices["enroll"].add_argument("code", metavar="CODE", help="the code from the office")
    sub.choices["enroll"].add_argument(
        "--repin",
        action="store_true",
        help="re-connect this enrolled vault after the office's certificate changed",
    )
    cli_forms.add_arguments(sub.choices["forms"])
    return parser


def run_command(args: argparse.Namespace) -> int:
    handler, _ = COMMANDS[args.command]
    source = PassphraseSource(getattr(args, "passphrase_stdin", False))
    try:
        return handler(args, source)
    except (VaultError, CliError) as error:
        sys.stderr.write(f"caseload {args.command}: {error}\n")
        problems = getattr(error, "problems", [])
        for problem in problems:
            sys.stderr.write(f"  {problem}\n")
        return getattr(error, "exit_code", 2)
    except KeyboardInterrupt:
        sys.stderr.write("Cancelled.\n")
        return 130
    except Exception as error:  # a fault: its own exit code, its message withheld
        from app.hardening import report_fault

        return report_fault(error)


def main(argv: Sequence[str] | None = None) -> int:
    from app.hardening import harden_process

    harden_process()
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.bootstrap import run_gui

        return run_gui(args.profile)
    return run_command(args)
