"""Errors the vault raises. Each message is written for the person at the keyboard."""

from __future__ import annotations


class VaultError(Exception):
    """Base class; `str(error)` is a plain-words message safe to show and log (no client data)."""

    exit_code = 2


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    exit_code = 3


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
