"""Full-text search tables (FTS5, inside the encrypted database) and the triggers that keep
them in step with clients, case notes and tasks.

Each FTS table uses its base table's rowid, so an update touches one index row (no scan), and
triggers mean no write path can leave the index stale.
"""

from __future__ import annotations

TOKENIZER = "unicode61 remove_diacritics 2"

CLIENT_TEXT = (
    "coalesce({r}.legal_first_name, '') || ' ' || coalesce({r}.legal_last_name, '') || ' ' || "
    "coalesce({r}.preferred_name, '') || ' ' || coalesce({r}.phone, '')"
)
NOTE_TEXT = "(SELECT group_concat(value, ' ') FROM json_each({r}.sections))"
TASK_TEXT = "coalesce({r}.title, '') || ' ' || coalesce({r}.notes, '')"

INDEXED = {
    # fts table: (base table, text expression, columns whose change re-indexes)
    "client_fts": (
        "client",
        CLIENT_TEXT,
        "legal_first_name, legal_last_name, preferred_name, phone, deleted",
    ),
    "note_fts": ("case_note", NOTE_TEXT, "sections, deleted"),
    "task_fts": ("task", TASK_TEXT, "title, notes, deleted"),
}


def create_statements() -> list[str]:
    statements = []
    for fts, (table, expression, columns) in INDEXED.items():
        new_text, old = expression.format(r="new"), "old.rowid"
        statements += [
            f"CREATE VIRTUAL TABLE {fts} USING fts5(body, tokenize='{TOKENIZER}')",
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} WHEN new.deleted = 0 BEGIN "
            f"INSERT INTO {fts}(rowid, body) VALUES (new.rowid, {new_text}); END",
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"DELETE FROM {fts} WHERE rowid = {old}; "
            f"INSERT INTO {fts}(rowid, body) SELECT new.rowid, {new_text} WHERE new.deleted = 0; "
            "END",
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM {fts} WHERE rowid = {old}; END",
            f"INSERT INTO {fts}(rowid, body) SELECT rowid, {expression.format(r=table)} "
            f"FROM {table} WHERE deleted = 0",
        ]
    return statements


def drop_statements() -> list[str]:
    statements = []
    for fts in INDEXED:
        statements += [f"DROP TRIGGER IF EXISTS {fts}_{s}" for s in ("ai", "au", "ad")]
        statements.append(f"DROP TABLE IF EXISTS {fts}")
    return statements
