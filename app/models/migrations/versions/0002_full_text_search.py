"""full-text search over clients, notes and tasks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from alembic import op

from app.models.search import create_statements, drop_statements

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in create_statements():
        op.execute(statement)


def downgrade() -> None:
    for statement in drop_statements():
        op.execute(statement)
