"""Terminal input and output for the headless commands: passphrases and reports.

Passphrases come from the terminal (no echo) or, with --passphrase-stdin, one per line from
standard input. Never from argv (visible in `ps` and shell history) or the environment.
"""

from __future__ import annotations

import getpass
import json
import sys
from dataclasses import asdict
from typing import TextIO

from app.core.passphrase import estimate
from app.services.dto import CheckReport
from app.sync.receipt import Receipt


class CliError(Exception):
    """A usage problem, reported in plain words with exit code 2."""


class PassphraseSource:
    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self._stdin = stdin or sys.stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = self._stdin.readline()
            if not line:
                raise CliError("Expected a passphrase on standard input, found none.")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise CliError("No terminal to ask for the passphrase: use --passphrase-stdin.")
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        """A new passphrase: strong enough, and typed twice when asked on a terminal."""
        passphrase = self.ask(prompt)
        strength = estimate(passphrase)
        if not strength.acceptable:
            raise CliError(f"Passphrase too weak ({strength.label}): {strength.advice}")
        if not self.from_stdin and self.ask("Repeat it: ") != passphrase:
            raise CliError("The two passphrases do not match.")
        return passphrase


def print_check(report: CheckReport, as_json: bool, out: TextIO = sys.stdout) -> None:
    if as_json:
        body = {
            "ok": report.ok,
            "checks": [asdict(i) for i in report.items],
            "counts": report.counts,
            # What a script acts on, e.g. {"problem": "damaged_page", "page": 222}.
            "problems": [
                {k: v for k, v in asdict(p).items() if v is not None} for p in report.problems
            ],
        }
        out.write(json.dumps(body, indent=2) + "\n")
        return
    for item in report.items:
        mark = "OK  " if item.ok and not item.warning else "WARN" if item.ok else "FAIL"
        out.write(f"[{mark}] {item.name}: {item.detail}\n")
    out.write("\nRecords:\n")
    for kind, count in sorted(report.counts.items()):
        out.write(f"  {kind:<22} {count:>8}\n")
    out.write("\nVault is healthy.\n" if report.ok else "\nVault has problems (see FAIL).\n")


def print_receipt(receipt: Receipt, out: TextIO = sys.stdout) -> None:
    """The receipt as JSON on stdout; what needs the worker's attention also on stderr."""
    out.write(receipt.to_json() + "\n")
    if receipt.rejected:
        warn(f"the office refused {len(receipt.rejected)} change(s); they stay on this device.")
    if receipt.conflicts:
        warn(f"{receipt.conflicts} of your edits were overwritten by newer ones (see conflicts).")
    differing = [scope for scope, c in receipt.checksums.items() if not c["match"]]
    if differing and not receipt.wiped:
        warn(f"{len(differing)} scope(s) differ from the office server; sync again.")


def warn(message: str) -> None:
    sys.stderr.write(f"Warning: {message}\n")
