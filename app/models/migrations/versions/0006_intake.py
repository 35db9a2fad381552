"""intake: client contact permissions, representatives, duplicate decisions, screening

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05

What the client allows (leave a message, visit, send mail: NULL until asked), who decides for
a client who lacks capacity (app/models/people.py), the worker's answer to the duplicate check
and the screening for a programme (app/models/intake.py). Both new tables are synced records
in the client's scope.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

CLIENT_COLUMNS = (
    sa.Column("may_leave_message", sa.Boolean(), nullable=True),
    sa.Column("may_visit", sa.Boolean(), nullable=True),
    sa.Column("may_send_mail", sa.Boolean(), nullable=True),
    sa.Column("representative_name", sa.String(length=200), nullable=True),
    sa.Column("representative_role", sa.String(length=30), nullable=True),
    sa.Column("representative_phone", sa.String(length=50), nullable=True),
)


def _synced_columns():
    return (
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    )


def _reference(table, column, target):
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        initially="DEFERRED",
        deferrable=True,
    )


def _indexes(table, columns):
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    for column in CLIENT_COLUMNS:
        op.add_column("client", column)
    op.create_table(
        "duplicate_decision",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("other_client_id", sa.String(length=36), nullable=True),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("matched_on", sa.JSON(), nullable=False),
        sa.Column("decided_by_id", sa.String(length=36), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        *_synced_columns(),
        _reference("duplicate_decision", "client_id", "client"),
        _reference("duplicate_decision", "decided_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_decision")),
    )
    _indexes("duplicate_decision", ("client_id", "decided_by_id", "hlc"))
    op.create_table(
        "screening",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("program", sa.String(length=100), nullable=False),
        sa.Column("screened_on", sa.Date(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("criteria_met", sa.Boolean(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("screened_by_id", sa.String(length=36), nullable=True),
        *_synced_columns(),
        _reference("screening", "client_id", "client"),
        _reference("screening", "case_id", "case_file"),
        _reference("screening", "screened_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening")),
    )
    _indexes("screening", ("client_id", "case_id", "screened_by_id", "hlc"))


def downgrade() -> None:
    op.drop_table("screening")
    op.drop_table("duplicate_decision")
    # ALTER TABLE DROP COLUMN (SQLite 3.35+), not a batch copy, which would lose the client
    # table's partial index and full-text triggers.
    for column in reversed(CLIENT_COLUMNS):
        op.drop_column("client", column.name)
