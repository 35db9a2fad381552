"""caseload indexes: client sort key, consents by client and expiry, fewer note indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

Measured on 50,000 clients and 1,000,000 notes (docs/benchmarks.md, caseload):
- the caseload's name order is read from an index instead of sorting every client; the
  expression must stay identical to app.models.people.CLIENT_SORT_NAME;
- one client's consents are found by (client_id, expires_on), which also replaces the index
  on client_id alone;
- a note insert writes 4 fewer index pages: signer, cosigner and status alone are never
  searched; drafts are found by author, addenda by original (partial indexes, so a signed
  note or a note that amends nothing has no entry).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SORT_NAME = "lower(coalesce(preferred_name, legal_first_name) || ' ' || legal_last_name)"

UPGRADE = [
    f"CREATE INDEX ix_client_sort_name ON client ({SORT_NAME}, id) WHERE deleted = 0",
    "CREATE INDEX ix_consent_client_id_expires_on ON consent (client_id, expires_on)",
    "DROP INDEX ix_consent_client_id",
    "DROP INDEX ix_case_note_signed_by_id",
    "DROP INDEX ix_case_note_cosigned_by_id",
    "DROP INDEX ix_case_note_status",
    "DROP INDEX ix_case_note_author_id",
    "DROP INDEX ix_case_note_amends_id",
    "CREATE INDEX ix_case_note_drafts ON case_note (author_id) WHERE status = 'draft'",
    "CREATE INDEX ix_case_note_amends_id ON case_note (amends_id) WHERE amends_id IS NOT NULL",
]

DOWNGRADE = [
    "DROP INDEX ix_case_note_amends_id",
    "DROP INDEX ix_case_note_drafts",
    "CREATE INDEX ix_case_note_amends_id ON case_note (amends_id)",
    "CREATE INDEX ix_case_note_author_id ON case_note (author_id)",
    "CREATE INDEX ix_case_note_status ON case_note (status)",
    "CREATE INDEX ix_case_note_cosigned_by_id ON case_note (cosigned_by_id)",
    "CREATE INDEX ix_case_note_signed_by_id ON case_note (signed_by_id)",
    "CREATE INDEX ix_consent_client_id ON consent (client_id)",
    "DROP INDEX ix_consent_client_id_expires_on",
    "DROP INDEX ix_client_sort_name",
]


def upgrade() -> None:
    for statement in UPGRADE:
        op.execute(statement)


def downgrade() -> None:
    for statement in DOWNGRADE:
        op.execute(statement)
