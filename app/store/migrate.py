"""Schema migrations (Alembic), run at unlock after an encrypted backup copy of the database."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

import app.models.migrations as migrations_package

MIGRATIONS_DIR = Path(migrations_package.__file__).parent


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@cache
def head_revision() -> str:
    """Alembic compiles every script to find the head; once per process is enough."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def backup_database(connection: Connection, backup_dir: Path) -> Path:
    """An encrypted copy (same key) via sqlcipher_export; never a plaintext byte on disk.
    ATTACH without KEY makes SQLCipher reuse the main database's key, so its hex form is
    never written into a Python string (see app/store/engine.py)."""
    backup_dir.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"vault-before-migration-{stamp}.db"
    raw = connection.connection.dbapi_connection
    # None only once the pool has invalidated the connection; `connection` is checked out.
    assert raw is not None
    raw.execute("ATTACH DATABASE ? AS backup", (str(target),))
    try:
        raw.execute("SELECT sqlcipher_export('backup')")
    finally:
        raw.execute("DETACH DATABASE backup")
    target.chmod(0o600)
    return target


def migrate(engine: Engine, backup_dir: Path) -> Path | None:
    """Bring the schema to head. Returns the backup made first, if any migration ran."""
    with engine.connect() as connection:
        current = current_revision(connection)
        if current == head_revision():
            return None
        has_tables: int = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        ).scalar_one()
        backup = backup_database(connection, backup_dir) if has_tables else None
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()
    return backup
