"""sync state: enrollment and cursors, held scopes, conflict log, refused changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

Tables of app/models/sync.py. They live inside the encrypted vault (the device token and the
pinned server certificate are secrets) and are never synced themselves.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_scope",
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("cursor", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("scope", name=op.f("pk_sync_scope")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("local_value", sa.JSON(), nullable=True),
        sa.Column("local_hlc", sa.String(length=64), nullable=False),
        sa.Column("remote_value", sa.JSON(), nullable=True),
        sa.Column("remote_hlc", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_record_id"), ["record_id"])
        batch_op.create_index(batch_op.f("ix_sync_conflict_resolved_at"), ["resolved_at"])
    op.create_table(
        "sync_rejection",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_rejection")),
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_record_id"))
    for table in ("sync_rejection", "sync_conflict", "sync_scope", "sync_state"):
        op.drop_table(table)
