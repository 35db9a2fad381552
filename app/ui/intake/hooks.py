"""Connects intake to the workspace: New client (Ctrl+Shift+N, from anywhere in the
workspace) and Edit details (the record header's button, Ctrl+Shift+E), and opens the client's
record once they are saved (or the existing one, when the worker said it is the same person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.services.intake import ClientDetails, IntakeResult
from app.ui.intake import calls
from app.ui.intake.client_form import EditClientDialog
from app.ui.intake.new_client import NewClientDialog
from app.ui.pane import VaultPane
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.ui.lockdown.host import AppHost
    from app.ui.lockdown.sequence import SaveJob


class IntakeDesk(VaultPane):
    """The vault work of the two forms (never shown itself: a pane for `call()`)."""

    client_opened = Signal(str)  # a new client saved, or the existing one chosen

    def __init__(self, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(runner, window)
        self.setAccessibleName(self.tr("New client forms"))
        self.hide()

    def new_client(self) -> None:
        if self.access is None:
            return
        self.close_form()
        dialog = NewClientDialog(self.window())
        dialog.same_person.connect(lambda client_id, why: self._same(dialog, client_id, why))
        dialog.different_person.connect(lambda: self._create(dialog))
        self.open_form(dialog, lambda: self._create(dialog))

    def _create(self, dialog: NewClientDialog) -> None:
        details, answered = dialog.details(), frozenset(dialog.answered)

        def done(result: IntakeResult) -> None:
            if result.client_id is None:
                dialog.show_duplicates(result.duplicates)
            else:
                self._opened(dialog, result.client_id)

        self.call(lambda a: calls.create_client(a, details, answered), done, dialog.show_error)

    def _same(self, dialog: NewClientDialog, client_id: str, why: tuple[str, ...]) -> None:
        self.call(
            lambda a: calls.same_person(a, client_id, why),
            lambda opened: self._opened(dialog, opened),
            dialog.show_error,
        )

    def _opened(self, dialog: NewClientDialog, client_id: str) -> None:
        dialog.succeeded()
        self.client_opened.emit(client_id)

    def edit_client(self, client_id: str) -> None:
        if self.access is None:
            return
        self.close_form()
        self.call(
            lambda a: calls.client_details(a, client_id),
            lambda details: self._edit_form(client_id, details),
        )

    def _edit_form(self, client_id: str, details: ClientDetails) -> None:
        dialog = EditClientDialog(details, self.window())

        def submit() -> None:
            edited = dialog.details()
            self.call_form(lambda a: calls.update_client(a, client_id, edited), dialog)

        self.open_form(dialog, submit)
        dialog.first.setFocus()


class IntakeHooks(QObject):
    """Also a `Lockable` (app/ui/lockdown/sequence.py): the lock closes its forms and drops
    its vault."""

    name = "intake"

    def __init__(self, controller: AppHost) -> None:
        super().__init__(controller)
        self.controller = controller
        window = controller.window
        self.desk = IntakeDesk(controller.runner, window)
        window.new_client_action.triggered.connect(self.desk.new_client)
        window.workspace.record.header.edit_details.clicked.connect(self.edit_open_client)
        self.desk.client_opened.connect(self._open)
        self.desk.changed.connect(controller.refresh)
        controller.unlocked.connect(lambda: self.desk.attach(controller.access))

    def edit_open_client(self) -> None:
        client_id = self.controller.window.workspace.record.client_id
        if client_id is not None:
            self.desk.edit_client(client_id)

    def _open(self, client_id: str) -> None:
        """Show the record of the client just saved (or chosen), and the lists with them."""
        self.controller.refresh()
        self.controller.open_client(client_id, fresh=True)

    # -- the lock (Lockable) -------------------------------------------------------------
    def save_pending(self) -> list[SaveJob]:
        return []  # a half-typed client is not saved: the form is one unit of work

    def stop(self) -> None:
        self.desk.close_form()

    def forget(self) -> None:
        self.desk.attach(None)
