"""Words the sync screens show for codes: the kinds of record (marked in app/services/sync.py,
context "RecordKind") and the yes/no/empty of a value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def record_kind_word(kind: str) -> str:
    """ "Case note" in the worker's language (a kind this version does not name stays as is)."""
    return QCoreApplication.translate("RecordKind", kind)
