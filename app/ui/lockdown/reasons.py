"""What the unlock screen says when Caseload locked itself, and where the worker was.

After an idle lock or a lock the operating system asked for (sleep, screen saver, session
lock) the unlock screen explains that the app locked itself and that unsaved notes were kept
as drafts; after Ctrl+L it says nothing (the worker did it). The record that was open is kept
in memory only (never on disk) and reopened after unlock through the controller's normal path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from app.ui.record.view import RecordView

MS_PER_MINUTE = 60_000


def idle_words(timeout_ms: int) -> str:
    minutes = max(1, round(timeout_ms / MS_PER_MINUTE))
    return QCoreApplication.translate(
        "LockReason",
        "Caseload locked itself after %n minute(s) without use. Your unsaved notes were kept "
        "as drafts.",
        "",
        minutes,
    )


def system_words() -> str:
    return QCoreApplication.translate(
        "LockReason",
        "Caseload locked itself when the laptop went to sleep or the screen was locked. Your "
        "unsaved notes were kept as drafts.",
    )


def open_place(record: RecordView) -> tuple[str, str] | None:
    """The open client's id and the tab shown, or None when no record is open."""
    from app.ui.record.view import TABS  # the record package imports the lock's users

    if record.client_id is None:
        return None
    index = record.tabs.currentIndex()
    return record.client_id, TABS[index] if 0 <= index < len(TABS) else ""
