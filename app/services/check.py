"""`check`: is this vault healthy? Cipher settings, page HMACs, SQLite integrity, the audit
chain, signed consents against their seals, the outbox, and how many records of each kind it
holds.

A damaged page (its HMAC fails) is a finding, not a crash: it is named in the report's
problems, and every check that cannot read past it fails with a plain reason while the others
still run."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.services.consent_text import broken_seals
from app.services.dto import CheckItem, CheckProblem, CheckReport
from app.store import audit, inspect
from app.store.vault import Vault

UNREADABLE = "could not be read: the vault has damaged pages (see cipher integrity)"
Check = Callable[[Session], CheckItem]


def _listed(problems: list[str], good: str) -> tuple[bool, str]:
    if not problems:
        return True, good
    more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
    return False, "; ".join(problems[:3]) + more


def check_vault(vault: Vault) -> CheckReport:
    with vault.session() as session:
        inspect.quiet_cipher_log(session)
        cipher_errors = inspect.cipher_integrity_errors(session)
        items = [
            _cipher_settings(session, vault.header.cipher),
            CheckItem("cipher integrity", *_listed(cipher_errors, "every page authenticates")),
            *(_guarded(session, name, check) for name, check in _reading_checks(vault)),
        ]
        counts, unreadable = inspect.record_counts(session)
    if unreadable:
        items.append(CheckItem("record counts", False, "unreadable: " + ", ".join(unreadable)))
    _record_checked(vault, all(item.ok for item in items))
    problems = tuple(CheckProblem("damaged_page", p) for p in inspect.damaged_pages(cipher_errors))
    return CheckReport(tuple(items + _security_items(vault)), counts, problems)


def _reading_checks(vault: Vault) -> list[tuple[str, Check]]:
    """The checks that read through the tables, any of which a damaged page can stop."""
    return [
        ("database integrity", _database_integrity),
        ("audit chain", _audit_chain),
        ("consent seals", _consent_seals),
        ("outbox", partial(_outbox, replica_id=vault.replica_id)),
    ]


def _guarded(session: Session, name: str, check: Check) -> CheckItem:
    """The check's finding, or a failed item when a damaged page stops it reading."""
    try:
        return check(session)
    except DBAPIError:  # the message can quote a statement's values: not shown
        return CheckItem(name, False, UNREADABLE)


def _record_checked(vault: Vault, ok: bool) -> None:
    """Audits the check; a vault too damaged to take the event still gets its report."""
    try:
        with vault.session() as session:
            audit.record_event(session, "vault.checked", ok=ok)
    except DBAPIError:
        pass


def _cipher_settings(session: Session, pinned: dict[str, str]) -> CheckItem:
    mismatches = inspect.cipher_settings_mismatches(session, pinned)
    return CheckItem("cipher settings", *_listed(mismatches, "SQLCipher 4 settings as pinned"))


def _database_integrity(session: Session) -> CheckItem:
    return CheckItem("database integrity", *_listed(inspect.sqlite_integrity(session), "ok"))


def _audit_chain(session: Session) -> CheckItem:
    chain = audit.verify(session)
    if chain.ok:
        return CheckItem("audit chain", True, f"{chain.events} events chained")
    return CheckItem("audit chain", False, f"broken at event {chain.first_bad_seq}: {chain.reason}")


def _consent_seals(session: Session) -> CheckItem:
    broken = [f"consent {consent_id}" for consent_id in broken_seals(session)]
    return CheckItem("consent seals", *_listed(broken, "every signed consent matches its seal"))


def _outbox(session: Session, replica_id: str) -> CheckItem:
    gaps = {
        m.__tablename__: inspect.outbox_gaps(session, m, replica_id)
        for m in inspect.synced_models()
    }
    bad = [f"{table}: {n} records" for table, n in gaps.items() if n]
    return CheckItem("outbox", *_listed(bad, "every change is in the outbox"))


def _security_items(vault: Vault) -> list[CheckItem]:
    secret = (
        CheckItem(
            "device secret",
            True,
            "passphrase-only vault: no device secret in a keyring (weaker)",
            warning=True,
        )
        if vault.passphrase_only
        else CheckItem("device secret", True, "held in the system keyring")
    )
    recovery = (
        CheckItem(
            "recovery key",
            True,
            "no office recovery key: a forgotten passphrase cannot be recovered",
            warning=True,
        )
        if vault.header.recovery is None
        else CheckItem(
            "recovery key", True, f"wrapped to office key {vault.header.recovery_key_id}"
        )
    )
    return [secret, recovery]
