"""What the hooks (notes, sync, intake) may use of the app: this base, not the controller.

The controller is the one `AppHost`; it builds the hooks and registers them in its lock
sequence. The hooks see only this class, so no hook module imports app.ui.controller (which
imports them). A base class rather than a typing Protocol because Qt signals are class
attributes of a QObject: declared here, the hooks can connect to them with their types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.services.vaults import Vault
    from app.ui.access import VaultAccess
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner


class AppHost(QObject):
    new_note_requested = Signal(str, object)  # client id, case id (or None)
    note_open_requested = Signal(str, str)  # client id, note id
    locked = Signal()  # the screen was just cleared and locked
    unlocked = Signal()  # a vault was opened and the workspace shown

    runner: TaskRunner
    window: MainWindow
    access: VaultAccess | None  # None while locked

    @property
    def vault(self) -> Vault | None:
        return self.access.vault if self.access else None

    def refresh(self) -> None:
        """Read the lists, the day and the open record again."""
        raise NotImplementedError

    def open_client(
        self, client_id: str, tab: str = "", note_id: str | None = None, fresh: bool = False
    ) -> None:
        """Show a client's record (on `tab`, or with a note selected)."""
        raise NotImplementedError

    def wiped(self) -> None:
        """The vault was erased (revoked laptop): clear the screen, back to first-run setup."""
        raise NotImplementedError
