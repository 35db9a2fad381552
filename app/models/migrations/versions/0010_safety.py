"""safety: a safety plan per client and mandated reports

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

A client's safety or crisis plan (warning signs, coping steps, people and services to call,
means restriction, the client's words, when it was last reviewed) and the mandated reports
made about them (duty to warn, suspected abuse or neglect), flagged to the supervisor when
recorded (app/models/safety.py, app/services/safety.py). Both are synced records in the
client's scope.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _synced_columns() -> tuple[sa.Column, ...]:
    return (
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("field_clocks", sa.JSON(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    )


def _reference(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        initially="DEFERRED",
        deferrable=True,
    )


def _indexes(table: str, columns: tuple[str, ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "safety_plan",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("warning_signs", sa.Text(), nullable=False),
        sa.Column("coping_steps", sa.Text(), nullable=False),
        sa.Column("contacts", sa.Text(), nullable=False),
        sa.Column("means_restriction", sa.Text(), nullable=False),
        sa.Column("client_words", sa.Text(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("updated_by_id", sa.String(length=36), nullable=True),
        *_synced_columns(),
        _reference("safety_plan", "client_id", "client"),
        _reference("safety_plan", "updated_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_plan")),
    )
    _indexes("safety_plan", ("client_id", "updated_by_id", "hlc"))
    op.create_table(
        "mandated_report",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("agency", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("disclosed", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("reported_by_id", sa.String(length=36), nullable=True),
        sa.Column("corrects_id", sa.String(length=36), nullable=True),
        sa.Column("supervisor_flagged", sa.Boolean(), nullable=False),
        sa.Column("supervisor_reviewed_by_id", sa.String(length=36), nullable=True),
        sa.Column("supervisor_reviewed_at", sa.DateTime(), nullable=True),
        *_synced_columns(),
        _reference("mandated_report", "client_id", "client"),
        _reference("mandated_report", "case_id", "case_file"),
        _reference("mandated_report", "reported_by_id", "worker_profile"),
        _reference("mandated_report", "supervisor_reviewed_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandated_report")),
    )
    _indexes(
        "mandated_report",
        ("client_id", "case_id", "reported_by_id", "supervisor_reviewed_by_id", "hlc"),
    )


def downgrade() -> None:
    op.drop_table("mandated_report")
    op.drop_table("safety_plan")
