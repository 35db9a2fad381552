"""plan and referrals: interventions under objectives, progress entries, plan agreement, referral statuses

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05

- `objective_progress`: a synced table, one reading of an objective's measure per row (value,
  date, note, the objective's status then). It carries its client and case: the sync scope's
  path (app/sync/scopes.py).
- `intervention.objective_id`: an intervention may work towards one objective of its goal.
- `case_file.plan_agreement*`: the client's agreement to the plan (agreed, disagreed, not
  asked), in their words, and when.
- `referral`: urgency, a contact there, when it reached its status and a note. Statuses are
  now sent, accepted, declined, started, closed; rows written before keep `made` and
  `completed` (also on the server), which app/services/referrals.py reads as sent and closed,
  so no row is rewritten here.

All new columns are nullable or defaulted.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CASE_COLUMNS = (
    sa.Column("plan_agreement", sa.String(length=20), nullable=True),
    sa.Column("plan_agreement_words", sa.Text(), nullable=True),
    sa.Column("plan_agreement_on", sa.Date(), nullable=True),
)
NO_FK_TABLES = {"resolve_fks": False}
REFERRAL_COLUMNS = (
    sa.Column("urgency", sa.String(length=10), nullable=False, server_default="routine"),
    sa.Column("contact", sa.String(length=200), nullable=True),
    sa.Column("status_on", sa.Date(), nullable=True),
    sa.Column("status_note", sa.Text(), nullable=True),
)


def _deferred(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{table}.id"],
        name=f"fk_objective_progress_{column}_{table}",
        deferrable=True,
        initially="DEFERRED",
    )


def upgrade() -> None:
    op.create_table(
        "objective_progress",
        sa.Column("objective_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        _deferred("objective_id", "objective"),
        _deferred("client_id", "client"),
        _deferred("case_id", "case_file"),
        _deferred("recorded_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name="pk_objective_progress"),
    )
    for column in ("objective_id", "client_id", "hlc"):
        op.create_index(f"ix_objective_progress_{column}", "objective_progress", [column])
    # SQLite cannot add a named, deferred foreign key in place: the table is copied (its
    # other deferred foreign keys are reflected and kept; the tables they name are not read).
    with op.batch_alter_table("intervention", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.add_column(sa.Column("objective_id", sa.String(length=36), nullable=True))
        batch.create_foreign_key(
            "fk_intervention_objective_id_objective",
            "objective",
            ["objective_id"],
            ["id"],
            deferrable=True,
            initially="DEFERRED",
        )
        batch.create_index("ix_intervention_objective_id", ["objective_id"])
    for column in CASE_COLUMNS:
        op.add_column("case_file", column)
    for column in REFERRAL_COLUMNS:
        op.add_column("referral", column)


def downgrade() -> None:
    for column in reversed(REFERRAL_COLUMNS):
        op.drop_column("referral", column.name)
    for column in reversed(CASE_COLUMNS):
        op.drop_column("case_file", column.name)
    with op.batch_alter_table("intervention", reflect_kwargs=NO_FK_TABLES) as batch:
        batch.drop_index("ix_intervention_objective_id")
        batch.drop_constraint("fk_intervention_objective_id_objective", type_="foreignkey")
        batch.drop_column("objective_id")
    for column in ("objective_id", "client_id", "hlc"):
        op.drop_index(f"ix_objective_progress_{column}", "objective_progress")
    op.drop_table("objective_progress")
