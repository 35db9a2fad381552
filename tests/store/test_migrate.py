"""Migrations run at unlock, after an encrypted backup of the database."""

from alembic import command
from sqlalchemy import func, select

from app.models import Client
from app.store.engine import raw_connect
from app.store.migrate import alembic_config, current_revision, head_revision
from app.store.vault import Vault
from tests.conftest import PASSPHRASE


def _downgrade_to_first(vault):
    with vault.engine.connect() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        connection.commit()


def test_pending_migration_runs_after_an_encrypted_backup(vault, profile):
    with vault.session() as session:
        session.add(Client(legal_first_name="Backup", legal_last_name="Check"))
    key = vault.database_key()
    _downgrade_to_first(vault)
    vault.lock()

    reopened = Vault.open(profile, PASSPHRASE)
    with reopened.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    backup = reopened.last_backup
    reopened.lock()

    assert backup is not None and backup.parent == profile / "backups"
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    copy = raw_connect(backup, key)
    assert copy.execute("SELECT count(*) FROM client").fetchone()[0] == 1
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    copy.close()


def test_no_backup_when_nothing_to_migrate(vault, profile):
    vault.lock()
    reopened = Vault.open(profile, PASSPHRASE)
    assert reopened.last_backup is None
    with reopened.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 0
    reopened.lock()
    # backups/ holds the header's spare copy (vault.header.bak), but no database copy.
    assert not list((profile / "backups").glob("*.db"))
