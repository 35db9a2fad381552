"""disclosures: every disclosure of a client's information, and the client being told

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

What was shared, with whom, why, under which consent or legal basis, by whom and when, with the
SHA-256 of the packet (app/models/disclosure.py, app/services/disclosures.py); and the record
that the client was told. Both are synced records in the client's scope, append-only here
(triggers) and on the office server.
"""

import sqlalchemy as sa
from alembic import op

from app.models.triggers import DISCLOSURE_TRIGGERS

revision = "0011"
down_revision = "0010"
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
        "disclosure",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("recipient_name", sa.String(length=300), nullable=False),
        sa.Column("collateral_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("consent_id", sa.String(length=36), nullable=True),
        sa.Column("legal_basis", sa.String(length=30), nullable=True),
        sa.Column("legal_reason", sa.Text(), nullable=True),
        sa.Column("disclosed_by_id", sa.String(length=36), nullable=True),
        sa.Column("disclosed_at", sa.DateTime(), nullable=False),
        sa.Column("packet_sha256", sa.String(length=64), nullable=False),
        sa.Column("delivery", sa.String(length=20), nullable=False),
        sa.Column("flagged_for_supervisor", sa.Boolean(), nullable=False),
        *_synced_columns(),
        _reference("disclosure", "client_id", "client"),
        _reference("disclosure", "case_id", "case_file"),
        _reference("disclosure", "collateral_id", "related_person"),
        _reference("disclosure", "consent_id", "consent"),
        _reference("disclosure", "disclosed_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    _indexes(
        "disclosure",
        ("client_id", "case_id", "collateral_id", "consent_id", "disclosed_by_id", "hlc"),
    )
    op.create_table(
        "disclosure_notice",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("disclosure_id", sa.String(length=36), nullable=False),
        sa.Column("told_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(length=20), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
        *_synced_columns(),
        _reference("disclosure_notice", "client_id", "client"),
        _reference("disclosure_notice", "disclosure_id", "disclosure"),
        _reference("disclosure_notice", "recorded_by_id", "worker_profile"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_notice")),
    )
    _indexes("disclosure_notice", ("client_id", "disclosure_id", "recorded_by_id", "hlc"))
    for ddl in DISCLOSURE_TRIGGERS:
        op.execute(ddl)


def downgrade() -> None:
    op.drop_table("disclosure_notice")
    op.drop_table("disclosure")
