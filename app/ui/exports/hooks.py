"""Connects the exports to the workspace: Caseload > Client's own record… (Ctrl+Shift+R),
Court copy of the case file… and Court copy of the selected note… (the note selected on the
Timeline tab), for the client whose record is open.

The gathering, building and encrypting run on the worker (`VaultPane.call`); the dialogs are
children of the main window, window-modal, so the lock rejects them (app/ui/lock.py
close_dialogs) and their PDF bytes are dropped with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.ui.exports import calls
from app.ui.exports.calls import Built, Gathered
from app.ui.exports.result import ExportResult
from app.ui.exports.review import RedactionReview
from app.ui.pane import VaultPane, selected_id
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.lockdown.host import AppHost

RECORD_KEYS = QKeySequence("Ctrl+Shift+R")


class ExportDesk(VaultPane):
    """The vault work of the export dialogs (never shown itself: a pane for `call()`)."""

    def __init__(self, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(runner, window)
        self.setAccessibleName(self.tr("Exports"))
        self.hide()
        self.review: RedactionReview | None = None
        self.result: ExportResult | None = None

    # -- the client's own record -----------------------------------------------------------
    def client_record(self, client_id: str) -> None:
        self.close_dialogs()
        self.call(lambda a: calls.gather_record(a, client_id), self._review, self._failed)

    def _review(self, gathered: Gathered) -> None:
        review = self.review = RedactionReview(gathered.redactions, self.window())
        review.confirmed.connect(lambda ids: self._build_record(gathered, ids))
        review.finished.connect(lambda _r: setattr(self, "review", None))
        review.open()

    def _build_record(self, gathered: Gathered, confirmed: frozenset[str]) -> None:
        result = self._result(self.tr("Client's own record"))
        self.call(lambda _a: calls.build_record(gathered, confirmed), result.show_built,
                  result.show_error)  # fmt: skip

    # -- court copies ----------------------------------------------------------------------
    def court_copy(self, client_id: str, note_id: str | None, case_id: str | None) -> None:
        self.close_dialogs()
        result = self._result(self.tr("Court copy"))
        self.call(
            lambda a: calls.build_court_copy(a, client_id, note_id, case_id),
            result.show_built,
            result.show_error,
        )

    # -- shared ----------------------------------------------------------------------------
    def _result(self, title: str) -> ExportResult:
        result = self.result = ExportResult(title, self.window())
        result.left_vault.connect(self._left_vault)
        result.finished.connect(lambda _r: setattr(self, "result", None))
        result.open()
        return result

    def _left_vault(self, built: Built, to: str) -> None:
        self.call(lambda a: calls.left_the_vault(a, built, to), lambda _none: None)

    def _failed(self, message: str) -> None:
        window = self.window()
        window.statusBar().showMessage(message, 10000)  # type: ignore[attr-defined]

    def close_dialogs(self) -> None:
        for dialog in (self.review, self.result):
            if dialog is not None:
                dialog.reject()


class ExportHooks(QObject):
    """The menu entries and the desk; the lock drops the desk's vault and closes its dialogs."""

    def __init__(self, host: AppHost) -> None:
        super().__init__(host)
        self.host = host
        window = host.window
        self.desk = ExportDesk(host.runner, window)
        window.caseload_menu.insertSeparator(window.refresh_action)
        self.record_action = self._action(
            self.tr("Client's own &record…"),
            RECORD_KEYS,
            self.tr("Export this client's record for them, with other people's details removed"),
        )
        self.case_copy_action = self._action(
            self.tr("Court copy of the case &file…"),
            "",
            self.tr("Signed notes of the case shown, with seals and a verification page"),
        )
        self.note_copy_action = self._action(
            self.tr("Court copy of the selected &note…"),
            "",
            self.tr("The signed note selected on the Timeline tab, with its addenda"),
        )
        window.caseload_menu.insertSeparator(window.refresh_action)
        self.record_action.triggered.connect(self.export_record)
        self.case_copy_action.triggered.connect(self.copy_case_file)
        self.note_copy_action.triggered.connect(self.copy_selected_note)
        window.workspace.record.client_changed.connect(self._enable)
        host.unlocked.connect(lambda: self.desk.attach(host.access))
        host.locked.connect(self.forget)
        self._enable(None)

    def _action(self, text: str, keys: QKeySequence | str, tip: str) -> QAction:
        window = self.host.window
        action = QAction(text, window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        window.addAction(action)  # the shortcut works with the menu bar hidden too
        window.caseload_menu.insertAction(window.refresh_action, action)
        return action

    def actions(self) -> tuple[QAction, ...]:
        return (self.record_action, self.case_copy_action, self.note_copy_action)

    def _enable(self, client_id: object) -> None:
        """Only while a client's record is open (the record is cleared on lock)."""
        for action in self.actions():
            action.setEnabled(client_id is not None)

    def export_record(self) -> None:
        client_id = self.host.window.workspace.record.client_id
        if client_id is not None:
            self.desk.client_record(client_id)

    def copy_case_file(self) -> None:
        record = self.host.window.workspace.record
        if record.client_id is not None:
            self.desk.court_copy(record.client_id, None, record.case_id)

    def copy_selected_note(self) -> None:
        record = self.host.window.workspace.record
        if record.client_id is None:
            return
        note_id = selected_id(record.timeline.list)
        kinds = {entry.record_id: entry.kind for entry in record.timeline.entries}
        if note_id is None or kinds.get(note_id) != "note":
            message = self.tr("Select a signed note on the Timeline tab first.")
            self.host.window.statusBar().showMessage(message, 10000)
            return
        self.desk.court_copy(record.client_id, note_id, None)

    def forget(self) -> None:
        self.desk.close_dialogs()
        self.desk.attach(None)
