"""Database-level guards for append-only records.

Services never update these rows, but a guard in the schema means no code path (a bug, a
raw SQL statement, a future feature) can silently rewrite a legal record either.
"""

from __future__ import annotations


def _forbid(table: str, verb: str, when: str = "") -> str:
    condition = f" WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER IF NOT EXISTS {table}_no_{verb.lower()} BEFORE {verb} ON {table}"
        f"{condition} BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
    )


APPEND_ONLY_TRIGGERS: tuple[str, ...] = (
    _forbid("audit_event", "UPDATE"),
    _forbid("audit_event", "DELETE"),
    _forbid("stage_change", "UPDATE"),
    _forbid("stage_change", "DELETE"),
    _forbid("case_transfer", "UPDATE"),
    _forbid("case_transfer", "DELETE"),
    _forbid("case_note", "UPDATE", "OLD.status = 'signed'"),
    _forbid("case_note", "DELETE", "OLD.status = 'signed'"),
    _forbid("consent", "UPDATE", "OLD.status <> 'draft'"),
    _forbid("consent", "DELETE", "OLD.status <> 'draft'"),
)

# Created by migration 0001: the guards above exactly as that migration made them (a later
# table's guards cannot be created before the table exists, so they do not belong here).
TRIGGER_NAMES: tuple[str, ...] = tuple(ddl.split()[5] for ddl in APPEND_ONLY_TRIGGERS)

# Migration 0011: a disclosure and the record of the client being told are never changed.
DISCLOSURE_TRIGGERS: tuple[str, ...] = (
    _forbid("disclosure", "UPDATE"),
    _forbid("disclosure", "DELETE"),
    _forbid("disclosure_notice", "UPDATE"),
    _forbid("disclosure_notice", "DELETE"),
)

# Every guard in the current schema (what the sync engine lifts and restores: app/sync/guards.py).
ALL_GUARDS: tuple[str, ...] = APPEND_ONLY_TRIGGERS + DISCLOSURE_TRIGGERS
