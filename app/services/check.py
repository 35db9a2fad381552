"""`check`: is this vault healthy? Cipher settings, page HMACs, SQLite integrity, the audit
chain, signed consents against their seals, the outbox, and how many records of each kind it
holds."""

from __future__ import annotations

from app.services.consent_text import broken_seals
from app.services.dto import CheckItem, CheckReport
from app.store import audit, inspect
from app.store.vault import Vault


def _listed(problems: list[str], good: str) -> tuple[bool, str]:
    if not problems:
        return True, good
    more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
    return False, "; ".join(problems[:3]) + more


def _security_items(vault: Vault) -> list[CheckItem]:
    items = []
    if vault.passphrase_only:
        items.append(
            CheckItem(
                "device secret",
                True,
                "passphrase-only vault: no device secret in a keyring (weaker)",
                warning=True,
            )
        )
    else:
        items.append(CheckItem("device secret", True, "held in the system keyring"))
    if vault.header.recovery is None:
        items.append(
            CheckItem(
                "recovery key",
                True,
                "no office recovery key: a forgotten passphrase cannot be recovered",
                warning=True,
            )
        )
    else:
        items.append(
            CheckItem("recovery key", True, f"wrapped to office key {vault.header.recovery_key_id}")
        )
    return items


def check_vault(vault: Vault) -> CheckReport:
    with vault.session() as session:
        items = [
            CheckItem(
                "cipher settings",
                *_listed(
                    inspect.cipher_settings_mismatches(session, vault.header.cipher),
                    "SQLCipher 4 settings as pinned",
                ),
            ),
            CheckItem(
                "cipher integrity",
                *_listed(inspect.cipher_integrity_errors(session), "every page authenticates"),
            ),
            CheckItem("database integrity", *_listed(inspect.sqlite_integrity(session), "ok")),
        ]
        chain = audit.verify(session)
        detail = (
            f"{chain.events} events chained"
            if chain.ok
            else (f"broken at event {chain.first_bad_seq}: {chain.reason}")
        )
        items.append(CheckItem("audit chain", chain.ok, detail))
        broken = [f"consent {consent_id}" for consent_id in broken_seals(session)]
        items.append(
            CheckItem("consent seals", *_listed(broken, "every signed consent matches its seal"))
        )
        gaps = {
            m.__tablename__: inspect.outbox_gaps(session, m, vault.replica_id)
            for m in inspect.synced_models()
        }
        bad = [f"{table}: {n} records" for table, n in gaps.items() if n]
        items.append(CheckItem("outbox", *_listed(bad, "every change is in the outbox")))
        counts = inspect.record_counts(session)
        audit.record_event(session, "vault.checked", ok=all(i.ok for i in items))
    return CheckReport(tuple(items + _security_items(vault)), counts)
