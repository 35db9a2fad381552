"""Errors the vault raises. Each message is written for the person at the keyboard."""

from __future__ import annotations


class VaultError(Exception):
    """Base class; `str(error)` is a plain-words message safe to show and log (no client data)."""

    exit_code = 2


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class PassphraseAttempt(VaultError):
    """An unlock by passphrase that failed or was refused, with what the next attempt must
    wait for: `wait_seconds` of back-off, or (`recovery_only`) the office's recovery key."""

    exit_code = 3

    def __init__(self, message: str, wait_seconds: int = 0, recovery_only: bool = False) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds
        self.recovery_only = recovery_only


class WrongPassphrase(PassphraseAttempt):
    """The passphrase did not open the vault (the attempt was counted)."""


class UnlockRefused(PassphraseAttempt):
    """The passphrase was not even tried: the back-off has not passed, or too many wrong
    attempts in a row (or an altered attempt counter) leave only office recovery."""

    exit_code = 13  # 10-12: sync (app/sync/errors.py)


class VaultInUse(VaultError):
    """Another process (a Caseload window or command) has this vault open."""

    exit_code = 14


class HeaderCorrupted(VaultError):
    exit_code = 4


class DatabaseCorrupted(VaultError):
    exit_code = 4


class DeviceSecretMissing(VaultError):
    exit_code = 5


class KeyringUnavailable(VaultError):
    exit_code = 5


class CipherMismatch(VaultError):
    exit_code = 4


class VaultLocked(VaultError):
    pass


class ImportRejected(VaultError):
    """A spreadsheet import was refused; nothing from it was saved."""

    exit_code = 6

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        count = f"{len(problems)} problem" + ("s" if len(problems) != 1 else "")
        super().__init__(f"Import cancelled, nothing was saved ({count} found):")
