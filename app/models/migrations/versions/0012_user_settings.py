"""user settings: the worker's language, text size, contrast, idle lock and daily sync time

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05

The table of app/models/settings.py: one row per worker, inside the encrypted vault, never
synced (issue 12: settings are per user and never in a plain file).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "user_settings",
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("text_percent", sa.Integer(), nullable=False),
        sa.Column("high_contrast", sa.Boolean(), nullable=False),
        sa.Column("idle_lock_minutes", sa.Integer(), nullable=True),
        sa.Column("daily_sync_time", sa.String(length=5), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("worker_id", name=op.f("pk_user_settings")),
    )


def downgrade() -> None:
    op.drop_table("user_settings")
