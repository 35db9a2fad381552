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

TRIGGER_NAMES: tuple[str, ...] = tuple(ddl.split()[5] for ddl in APPEND_ONLY_TRIGGERS)
