"""The screen lock and open note editors: save every unsaved draft, then lock the vault.

The lock sequence (app/ui/lockdown/sequence.py) advances the lock epoch, so an autosave that
was waiting its turn on the worker never runs. Before that, its first step asks its first
part (app.ui.note_hooks.NoteHooks) for `pending_note_saves()`; its last step submits
`save_then(saves, opened.lock)` as the one job that saves the drafts and then drops the key,
on the worker thread, in that order:

    saves = pending_note_saves()          # GUI thread: snapshots of what is on screen
    runner.epoch.advance()
    ...stop the sync, close dialogs, clear widgets, show the lock screen...
    runner.submit(save_then(saves, opened.lock), lambda _none: None)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from app.ui.notes.editor import NoteEditor

log = logging.getLogger(__name__)
Job = Callable[[], object]


def open_editors() -> list[NoteEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, NoteEditor)]


def pending_note_saves(editors: list[NoteEditor] | None = None) -> list[Job]:
    """The saves of every open editor with unsaved content (GUI thread)."""
    found = open_editors() if editors is None else editors
    return [job for editor in found if (job := editor.pending_save()) is not None]


def save_then(saves: list[Job], then: Callable[[], object]) -> Job:
    """One worker job: run each save (a failure is logged by type, never stops the rest),
    then `then()` (locking the vault) whatever happened."""

    def run() -> object:
        for save in saves:
            try:
                save()
            except Exception as exc:  # the lock must happen even if one save fails
                log.warning("Saving a draft before locking failed: %s", type(exc).__name__)
        return then()

    return run
