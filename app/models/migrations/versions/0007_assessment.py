"""assessment: structured domains from an instrument

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05

An assessment may now follow an instrument (resources/assessments/, parsed by
app/core/assessment_forms.py): which one and which version and language the worker used, the
answers per domain (rating, needs, strengths, the client's own words) as JSON keyed by domain
code, the safety flags it added to or removed from the client, and who assessed. Assessments
recorded before this revision have no instrument and keep their free-text fields.

`assessed_by_id` is a plain column here: SQLite cannot add a foreign key to an existing table
without rebuilding it; the model declares the reference (like consent.recorded_by_id in 0005),
so enrollment still rewrites the worker's id in it (app/sync/adopt.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column("instrument_id", sa.String(length=60), nullable=True),
    sa.Column("instrument_version", sa.String(length=10), nullable=True),
    sa.Column("instrument_language", sa.String(length=10), nullable=True),
    sa.Column("domains", sa.JSON(), nullable=False, server_default="{}"),
    sa.Column("flags_added", sa.JSON(), nullable=False, server_default="[]"),
    sa.Column("flags_removed", sa.JSON(), nullable=False, server_default="[]"),
    sa.Column("assessed_by_id", sa.String(length=36), nullable=True),
)


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column("assessment", column)


def downgrade() -> None:
    for column in reversed(COLUMNS):
        op.drop_column("assessment", column.name)
