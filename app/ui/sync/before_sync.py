"""Before you sync: the worker's unsigned drafts, visits whose time has passed but were never
marked done, missed or cancelled, and what waits to be sent. Each line opens the client's
record; Sync now goes on with the sync, Not now leaves everything as it is.

Client names appear in this window's list only (this is the app's own window); its title and
the status bar never name a client.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import end_of_day
from app.services.end_of_day import BeforeSync, PendingDraft, PendingVisit
from app.ui.sync.link import SyncAccess
from app.ui.sync.summary import changes, when

TARGET_ROLE = Qt.ItemDataRole.UserRole  # (client id, tab, note id or "")


def read_before_sync(access: SyncAccess) -> BeforeSync:
    """On the worker thread: what is open for the vault's owner now."""
    with access.vault.session() as session:
        return end_of_day.before_sync(session, access.vault.owner_id)


class BeforeSyncDialog(QDialog):
    open_requested = Signal(str, str, str)  # client id, record tab, note id ("" for none)
    sync_requested = Signal()

    def __init__(self, pending: BeforeSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you sync"))  # never client data
        self.setAccessibleName(self.tr("Before you sync"))
        self.intro = QLabel(self._intro_text(pending))
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setAccessibleName(self.tr("What is still open"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts and visits still open"))
        self.list.setAccessibleDescription(
            self.tr("Up and Down choose a draft or a visit; Enter opens the client's record")
        )
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self._buttons()
        self._fill(pending)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.box)
        self.resize(640, 460)
        self._enable()

    def _buttons(self) -> None:
        self.box = QDialogButtonBox()
        self.open_button = QPushButton(self.tr("&Open record"))
        self.open_button.setAccessibleName(self.tr("Open the client's record"))
        self.open_button.setToolTip(self.tr("Open the selected client's record to finish it"))
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Sync now and finish these later"))
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setAccessibleName(self.tr("Not now"))
        self.later_button.setToolTip(self.tr("Close without syncing (Esc)"))
        self.box.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.box.addButton(self.sync_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.box.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.clicked.connect(self.open_selected)
        self.sync_button.clicked.connect(self._sync)
        self.later_button.clicked.connect(self.reject)
        self.sync_button.setDefault(True)

    def _intro_text(self, pending: BeforeSync) -> str:
        text = self.tr(
            "Some work is still open. You can finish it first, or sync now and finish it later "
            "(drafts stay on this laptop until you sign them)."
        )
        waiting = self.tr("Waiting to be sent: {changes}, {entries}.").format(
            changes=changes(pending.unsent_changes), entries=_entries(pending.unsent_audit_events)
        )
        return f"{text}\n{waiting}"

    # -- the list ---------------------------------------------------------------------------
    def _fill(self, pending: BeforeSync) -> None:
        if pending.drafts:
            self._heading(self.tr("Unsigned draft notes ({})").format(len(pending.drafts)))
            for draft in pending.drafts:
                self._entry(self._draft_text(draft), (draft.client_id, "timeline", draft.note_id))
        if pending.visits:
            self._heading(self.tr("Visits not marked done ({})").format(len(pending.visits)))
            for visit in pending.visits:
                self._entry(self._visit_text(visit), (visit.client_id, "tasks", ""))
        first = next((self.list.item(i) for i in range(self.list.count()) if self._target(i)), None)
        if first is not None:  # a new list has no current item to clear
            self.list.setCurrentItem(first)

    def _heading(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: readable, not selectable
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _entry(self, text: str, target: tuple[str, str, str]) -> None:
        item = QListWidgetItem("    " + text)
        item.setData(TARGET_ROLE, target)
        self.list.addItem(item)

    def _draft_text(self, draft: PendingDraft) -> str:
        name = draft.client_name or self.tr("(client)")
        return self.tr("{name} — note of {day}").format(name=name, day=when(draft.occurred_at))

    def _visit_text(self, visit: PendingVisit) -> str:
        kinds = {
            "home": self.tr("home visit"),
            "phone": self.tr("phone call"),
            "office": self.tr("office meeting"),
            "video": self.tr("video call"),
        }
        kind = kinds.get(visit.contact_type, visit.contact_type)
        name = visit.client_name or self.tr("(client)")
        text = self.tr("{name} — {kind}, {day}")
        return text.format(name=name, kind=kind, day=when(visit.scheduled_at))

    def _target(self, row: int) -> tuple[str, str, str] | None:
        item = self.list.item(row)
        return item.data(TARGET_ROLE) if item is not None else None

    def _enable(self) -> None:
        self.open_button.setEnabled(self._target(self.list.currentRow()) is not None)

    # -- choices ----------------------------------------------------------------------------
    def open_selected(self) -> None:
        target = self._target(self.list.currentRow())
        if target is not None:
            self.open_requested.emit(*target)
            self.reject()  # the record shows behind: the worker finishes the work there

    def _sync(self) -> None:
        self.accept()
        self.sync_requested.emit()


def _entries(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("BeforeSyncDialog", "%n activity-log entry", "", count)
    return QCoreApplication.translate("BeforeSyncDialog", "%n activity-log entries", "", count)
