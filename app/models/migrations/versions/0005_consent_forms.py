"""consent forms: signer authority, client assent, witness, confidentiality, the text shown

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05

Columns that make a signed consent a complete record of what the signer was shown and on
what authority they signed (app/services/consents.py). All nullable or defaulted: consents
signed before this revision keep verifying by their stored fields.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column("authority_document", sa.String(length=300), nullable=True),
    sa.Column("client_assent", sa.String(length=20), nullable=True),
    sa.Column("witness_name", sa.String(length=200), nullable=True),
    sa.Column("confidentiality_explained", sa.Boolean(), nullable=False, server_default="0"),
    sa.Column("revocation_method", sa.String(length=20), nullable=True),
    sa.Column("recorded_by_id", sa.String(length=36), nullable=True),
    sa.Column("subject_name", sa.String(length=200), nullable=True),
    sa.Column("document_text", sa.Text(), nullable=True),
    sa.Column("seal_hash", sa.String(length=64), nullable=True),
)


def upgrade() -> None:
    # The consent triggers refuse UPDATEs of signed rows, but ADD COLUMN is not an UPDATE.
    for column in COLUMNS:
        op.add_column("consent", column)


def downgrade() -> None:
    for column in reversed(COLUMNS):
        op.drop_column("consent", column.name)
