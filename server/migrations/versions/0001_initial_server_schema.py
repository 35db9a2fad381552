"""initial server schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _pk(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    return sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{table}"))


def _fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], ["user.id"], name=op.f(f"fk_{table}_{column}_user"))


def _str(name: str, length: int, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=nullable)


def _big(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "user",
        _str("id", 36),
        _str("name", 200),
        _str("role", 20),
        _str("supervisor_id", 36, nullable=True),
        _big("created_ms"),
        _fk("user", "supervisor_id"),
        _pk("user", "id"),
        sa.UniqueConstraint("name", name=op.f("uq_user_name")),
    )
    op.create_index(op.f("ix_user_supervisor_id"), "user", ["supervisor_id"])
    op.create_table(
        "enroll_code",
        _str("hash", 64),
        _str("user_id", 36),
        _big("created_ms"),
        _big("expires_ms"),
        _big("used_ms", nullable=True),
        _fk("enroll_code", "user_id"),
        _pk("enroll_code", "hash"),
    )
    op.create_index(op.f("ix_enroll_code_user_id"), "enroll_code", ["user_id"])
    op.create_table(
        "device",
        _str("id", 36),
        _str("user_id", 36),
        _str("replica_id", 64),
        _str("name", 100),
        _str("token_hash", 64),
        _big("enrolled_ms"),
        _big("revoked_ms", nullable=True),
        _big("last_seen_ms", nullable=True),
        _fk("device", "user_id"),
        _pk("device", "id"),
        sa.UniqueConstraint("replica_id", name=op.f("uq_device_replica_id")),
    )
    op.create_index(op.f("ix_device_user_id"), "device", ["user_id"])
    op.create_table(
        "replica_mark",
        _str("replica_id", 64),
        _big("acked_seq"),
        _big("audit_acked_seq"),
        _str("audit_last_hash", 64, nullable=True),
        _pk("replica_mark", "replica_id"),
    )
    _sync_tables()
    _bookkeeping_tables()


def _sync_tables() -> None:
    op.create_table(
        "record",
        _str("entity", 40),
        _str("record_id", 64),
        _str("scope", 80),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("values_enc", sa.LargeBinary(), nullable=False),
        _str("hlc", 64),
        sa.Column("sealed", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        _pk("record", "entity", "record_id"),
    )
    op.create_index(op.f("ix_record_scope"), "record", ["scope"])
    op.create_table(
        "change_log",
        sa.Column("pos", BIG_ID, autoincrement=True, nullable=False),
        _big("txid"),
        _str("scope", 80),
        _str("entity", 40),
        _str("record_id", 64),
        _str("hlc", 64),
        sa.Column("fields_enc", sa.LargeBinary(), nullable=False),
        _str("origin", 64),
        _pk("change_log", "pos"),
    )
    op.create_index("ix_change_log_txid_pos", "change_log", ["txid", "pos"])
    op.create_index("ix_change_log_scope_txid_pos", "change_log", ["scope", "txid", "pos"])
    op.create_index("ix_change_log_entity_record", "change_log", ["entity", "record_id"])
    op.create_table(
        "conflict",
        _str("id", 36),
        _str("entity", 40),
        _str("record_id", 64),
        _str("field", 100),
        _str("kind", 20),
        _str("winner_hlc", 64),
        _str("loser_hlc", 64),
        _str("winner_origin", 64),
        _str("loser_origin", 64),
        sa.Column("values_enc", sa.LargeBinary(), nullable=False),
        _big("created_ms"),
        _pk("conflict", "id"),
    )
    op.create_index("ix_conflict_entity_record", "conflict", ["entity", "record_id"])


def _bookkeeping_tables() -> None:
    op.create_table(
        "scope_owner", _str("scope", 80), _str("worker_id", 36),
        _fk("scope_owner", "worker_id"), _pk("scope_owner", "scope"),
    )  # fmt: skip
    op.create_index(op.f("ix_scope_owner_worker_id"), "scope_owner", ["worker_id"])
    op.create_table(
        "scope_handover", _str("scope", 80), _str("worker_id", 36), _big("handed_over_ms"),
        _fk("scope_handover", "worker_id"), _pk("scope_handover", "scope", "worker_id"),
    )  # fmt: skip
    op.create_table(
        "case_scope", _str("case_id", 64), _str("scope", 80), _pk("case_scope", "case_id")
    )
    op.create_index(op.f("ix_case_scope_scope"), "case_scope", ["scope"])
    op.create_table(
        "audit_event",
        _str("replica_id", 64),
        _big("seq"),
        _str("id", 64),
        _str("at", 40),
        _str("actor", 64, nullable=True),
        _str("action", 40),
        _str("entity", 40, nullable=True),
        _str("record_id", 64, nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        _str("prev_hash", 64),
        _str("hash", 64),
        _pk("audit_event", "replica_id", "seq"),
    )
    op.create_table(
        "server_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        _str("node", 40),
        _big("wall_ms"),
        sa.Column("counter", sa.Integer(), nullable=False),
        _pk("server_clock", "id"),
    )
    op.create_table("server_state", _str("key", 40), sa.Column("value", sa.Text(), nullable=False),
                    _pk("server_state", "key"))  # fmt: skip


def downgrade() -> None:
    for table in (
        "server_state", "server_clock", "audit_event", "case_scope", "scope_handover",
        "scope_owner", "conflict",
        "change_log", "record", "replica_mark", "device", "enroll_code", "user",
    ):  # fmt: skip
        op.drop_table(table)
