"""Connects the note editor to the workspace: Ctrl+N, notes opened from search or the
timeline, the unfinished-drafts list on the Today view, and saving drafts when the screen locks
(NoteHooks is the lock sequence's first part: app/ui/lockdown/sequence.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTreeWidgetItem

from app.services.dto import ClientRecord
from app.ui.access import VaultAccess
from app.ui.lockdown.host import AppHost
from app.ui.lockdown.sequence import SaveJob
from app.ui.notes import NoteEditor, NotesAccess, OpenDrafts, pending_note_saves
from app.ui.pane import ID_ROLE


def header_line(record: ClientRecord) -> str:
    """What the editor shows above the note: who it is about and what to be careful of."""
    name = record.display_name
    if record.pronouns:
        name = QCoreApplication.translate("NoteHooks", "{name} ({pronouns})").format(
            name=name, pronouns=record.pronouns
        )
    parts = [name]
    if record.safety_flags:
        safety = QCoreApplication.translate("NoteHooks", "Safety: {flags}")
        parts.append(safety.format(flags="; ".join(record.safety_flags)))
    if record.do_not_call:
        parts.append(QCoreApplication.translate("NoteHooks", "Do not call"))
    if not record.has_services_consent:  # warns, never blocks: a note may record the refusal
        parts.append(QCoreApplication.translate("NoteHooks", "No consent to services in force"))
    return " · ".join(parts)


class NoteHooks(QObject):
    """Also a `Lockable`: open editors' unsaved drafts are the first saves the lock runs."""

    name = "notes"

    def __init__(self, controller: AppHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.drafts = OpenDrafts(controller.runner)
        controller.window.workspace.today.drafts_slot.addWidget(self.drafts)
        controller.new_note_requested.connect(self.new_note)
        controller.note_open_requested.connect(lambda client, note: self.open_note(note, client))
        controller.unlocked.connect(self._unlocked)
        self.drafts.resume_requested.connect(self.open_note)
        timeline = controller.window.workspace.record.timeline
        timeline.list.itemActivated.connect(self._timeline_item)

    # -- the lock (Lockable) ----------------------------------------------------------------
    def save_pending(self) -> list[SaveJob]:
        return pending_note_saves()

    def stop(self) -> None:
        """Open editors are closed with every other dialog (the lock's "dialogs" part)."""

    def forget(self) -> None:
        self.drafts.clear()

    def _unlocked(self) -> None:
        access = self.controller.access
        if access is not None:
            self.drafts.attach(NotesAccess(access.vault), access.vault.owner_id)

    def new_note(self, client_id: str, case_id: str | None) -> None:
        self._open(client_id, case_id=case_id)

    def open_note(self, note_id: str, client_id: str) -> None:
        self._open(client_id, note_id=note_id)

    def _timeline_item(self, item: QTreeWidgetItem, _column: int) -> None:
        timeline = self.controller.window.workspace.record.timeline
        record_id = item.data(0, ID_ROLE)
        entry = next((e for e in timeline.entries if e.record_id == record_id), None)
        if entry is not None and entry.kind == "note" and timeline.client_id is not None:
            self.open_note(entry.record_id, timeline.client_id)

    def _open(self, client_id: str, note_id: str | None = None, case_id: str | None = None) -> None:
        """Read the client's header on the worker, then show the editor on the GUI thread."""
        access = self.controller.access
        if access is None:
            return
        self.controller.runner.submit(  # a lock meanwhile: the runner drops the answer
            lambda: access.client_record(client_id),
            lambda record: self._show(access, record, note_id, case_id),
        )

    def _show(
        self, access: VaultAccess, record: ClientRecord, note_id: str | None, case_id: str | None
    ) -> None:
        editor = NoteEditor(
            self.controller.runner,
            NotesAccess(access.vault),
            record.id,
            header_line(record),
            note_id=note_id,
            case_id=case_id,
            author_id=access.vault.owner_id,
            parent=self.controller.window,
        )
        editor.signed.connect(lambda _note: self.controller.refresh())
        editor.finished.connect(lambda _result: self.drafts.reload())
        editor.show()
