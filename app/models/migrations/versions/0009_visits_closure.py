"""visits and closure: visit outcomes, closure exceptions and outcomes

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

Why a visit was cancelled or missed; how a case was closed (an exception to the checklist and
its supervisor flag, the client's feedback in their words, why follow-up was declined); whether
the team shares a case (colleagues may be given its tasks); and each goal's outcome at closure
(app/services/closure.py, app/services/activity.py). All nullable or defaulted: rows written
before this revision read as "not recorded".
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS: tuple[tuple[str, sa.Column], ...] = (
    ("visit", sa.Column("outcome_reason", sa.Text(), nullable=True)),
    ("case_file", sa.Column("closure_exception", sa.Text(), nullable=True)),
    ("case_file", sa.Column("closure_flagged", sa.Boolean(), nullable=False, server_default="0")),
    ("case_file", sa.Column("client_feedback", sa.Text(), nullable=True)),
    ("case_file", sa.Column("follow_up_declined", sa.Text(), nullable=True)),
    ("case_file", sa.Column("shared", sa.Boolean(), nullable=False, server_default="0")),
    ("goal", sa.Column("outcome", sa.String(length=20), nullable=True)),
)


def upgrade() -> None:
    for table, column in COLUMNS:
        op.add_column(table, column)


def downgrade() -> None:
    for table, column in reversed(COLUMNS):
        op.drop_column(table, column.name)
