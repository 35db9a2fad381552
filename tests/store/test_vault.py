"""The vault does what the security model says: encrypted, pinned, re-keyable, recoverable."""

import sqlite3

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.models import AuditEvent, Client, OutboxEntry, StageChange
from app.models.base import utcnow
from app.store import lifecycle
from app.store.crypto import generate_recovery_keypair
from app.store.errors import VaultLocked, WrongPassphrase
from app.store.inspect import outbox_gaps, synced_models
from app.store.vault import Vault
from tests.conftest import PASSPHRASE


def test_database_is_encrypted_and_unreadable_without_key(vault, profile):
    with vault.session() as session:
        session.add(Client(legal_first_name="Ines", legal_last_name="Quarrow"))
    vault.lock()
    db = profile / "vault.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()
    assert oct(profile.stat().st_mode & 0o777) == "0o700"
    assert oct(db.stat().st_mode & 0o777) == "0o600"


def test_runtime_pragmas(vault):
    with vault.session() as session:
        pragma = session.connection().exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA secure_delete").scalar() == 1
        assert pragma("PRAGMA temp_store").scalar() == 2  # MEMORY
        assert pragma("PRAGMA cipher_page_size").scalar() == "4096"


def test_lock_drops_engine_and_key(vault):
    vault.lock()
    assert vault.is_locked
    assert vault._key.wiped  # overwritten with zeros and unmapped (app/store/secrets.py)
    with pytest.raises(VaultLocked), vault.session():
        pass


def test_every_write_lands_in_the_outbox(vault):
    with vault.session() as session:
        client = Client(legal_first_name="Ines", legal_last_name="Quarrow")
        session.add(client)
    with vault.session() as session:
        session.get(Client, client.id).phone = "555-0100"
    with vault.session() as session:
        entries = session.scalars(
            select(OutboxEntry).where(OutboxEntry.record_id == client.id).order_by(OutboxEntry.seq)
        ).all()
        assert [e.op for e in entries] == ["insert", "update"]
        assert entries[1].changes == {"phone": "555-0100"}
        assert entries[1].hlc > entries[0].hlc
        stored = session.get(Client, client.id)
        assert stored.hlc == entries[1].hlc
        assert stored.field_clocks["phone"] == entries[1].hlc
        assert all(outbox_gaps(session, m, vault.replica_id) == 0 for m in synced_models())


def test_a_write_that_bypasses_the_outbox_is_detected(vault):
    with vault.session() as session:
        session.add(Client(legal_first_name="Ines", legal_last_name="Quarrow"))
    with vault.session() as session:
        # A local-looking clock the outbox never saw (pulled records carry other nodes).
        stamp = f"{'9' * 15}.000000.{vault.replica_id}"
        session.execute(text("UPDATE client SET hlc = :stamp"), {"stamp": stamp})
        assert outbox_gaps(session, Client, vault.replica_id) == 1


def test_append_only_records_cannot_be_changed(vault):
    with vault.session() as session:
        event = session.scalars(select(AuditEvent)).first()
    with pytest.raises(IntegrityError, match="append-only"), vault.session() as session:
        session.execute(
            text("UPDATE audit_event SET action = 'x' WHERE seq = :s"), {"s": event.seq}
        )
    with pytest.raises(IntegrityError, match="append-only"), vault.session() as session:
        session.execute(text("DELETE FROM audit_event"))


def test_stage_history_is_append_only(vault):
    from app.models import Case

    with vault.session() as session:
        client = Client(legal_first_name="A", legal_last_name="B")
        session.add(client)
        session.flush()
        case = Case(
            client_id=client.id, case_number="C-1", program="Housing", opened_on=utcnow().date()
        )
        session.add(case)
        session.flush()
        session.add(StageChange(case_id=case.id, to_stage="intake", changed_at=utcnow()))
    with pytest.raises(IntegrityError), vault.session() as session:
        session.execute(text("UPDATE stage_change SET to_stage = 'closure'"))


def _pages(database: bytes) -> list[bytes]:
    return [database[at : at + 4096] for at in range(0, len(database), 4096)]  # cipher_page_size


def test_change_passphrase_reencrypts_every_page_and_keeps_the_records(vault, profile):
    """Since issue 10 the change gives the database a new key (app/store/rekey.py), not only a
    new wrap of the old one: no page of the file is left as it was."""
    with vault.session() as session:
        session.add(Client(legal_first_name="Ines", legal_last_name="Quarrow"))
    vault.lock()
    db_before = (profile / "vault.db").read_bytes()
    lifecycle.change_passphrase(profile, PASSPHRASE, "a brand new passphrase here")
    db_after = (profile / "vault.db").read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.open(profile, PASSPHRASE)
    reopened = Vault.open(profile, "a brand new passphrase here")
    with reopened.session() as session:
        names = list(session.scalars(select(Client.legal_first_name)))
        actions = [e.action for e in session.scalars(select(AuditEvent))]
    reopened.lock()
    assert names == ["Ines"] and "vault.passphrase_changed" in actions
    assert all(old != new for old, new in zip(_pages(db_before), _pages(db_after), strict=False))


def test_office_recovery_restores_a_forgotten_passphrase(profile):
    private, public = generate_recovery_keypair()
    other_private, _ = generate_recovery_keypair()
    lifecycle.create_vault(profile, PASSPHRASE, "Alex", recovery_public_key=public).lock()
    with pytest.raises(WrongPassphrase):
        lifecycle.recover_vault(profile, other_private, "recovered passphrase words")
    lifecycle.recover_vault(profile, private, "recovered passphrase words")
    vault = Vault.open(profile, "recovered passphrase words")
    with vault.session() as session:
        assert "vault.recovered" in [e.action for e in session.scalars(select(AuditEvent))]
    vault.lock()


def test_crypto_erase_removes_keys_and_files(vault, profile):
    from app.store.device_secret import system_secret_store

    vault_id = vault.vault_id
    vault.lock()
    lifecycle.crypto_erase(profile)
    assert not profile.exists()
    assert system_secret_store().get(vault_id) is None


def test_passphrase_only_vault_opens_without_keyring(tmp_path):
    vault = lifecycle.create_vault(tmp_path / "p", PASSPHRASE, "Alex", use_keyring=False)
    assert vault.passphrase_only
    vault.lock()
    Vault.open(tmp_path / "p", PASSPHRASE, store=None).lock()


def test_a_creation_that_fails_halfway_leaves_nothing_in_the_way(profile, monkeypatch):
    """A fault while the new database is set up (before the header exists) used to leave a
    vault.db behind, and every later `caseload init` there was refused as "part of a vault"."""

    def broken(vault: Vault, worker_name: str) -> None:
        raise OSError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(lifecycle, "_initialise", broken)
        with pytest.raises(OSError):
            lifecycle.create_vault(profile, PASSPHRASE, "Alex Rivera")
    assert not list(profile.glob("vault.db*")) and not (profile / "vault.json").exists()
    again = lifecycle.create_vault(profile, PASSPHRASE, "Alex Rivera")
    again.lock()
    Vault.open(profile, PASSPHRASE).lock()  # the second creation is a whole vault
