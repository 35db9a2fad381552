"""The Conflicts of interest tab: every declaration about this client (or their cases) with its
review status, and "Declare conflict…" for a new one. A new declaration is flagged 'pending
supervisor review'; any declaration also shows as a flag in the record's header."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.services.conflicts import OUTCOMES, ConflictView
from app.ui.pane import ALERT, VaultPane, button, item_list, list_item, muted_item, paint, set_error
from app.ui.record.dialogs import ConflictDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, long_day, paragraph

PENDING = "Pending supervisor review"
ABOUT = (
    "If you know this client outside work, or anything could affect your judgement, declare "
    "it. Your supervisor reviews every declaration."
)
NONE_DECLARED = "No conflicts of interest declared for this client."


def status_text(conflict: ConflictView) -> str:
    if conflict.pending:
        return PENDING
    outcome = OUTCOMES.get(conflict.outcome or "", "Reviewed")
    when = (
        f" on {local_moment(conflict.reviewed_at, date_only=True)}" if conflict.reviewed_at else ""
    )
    return f"{outcome} (reviewed{when})"


def conflict_texts(conflict: ConflictView) -> list[str]:
    return [
        long_day(conflict.disclosed_on),
        conflict.relationship,
        conflict.description,
        status_text(conflict),
    ]


class ConflictsTab(VaultPane):
    changed = Signal()

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName("Conflicts of interest")
        self.client_id: str | None = None
        self.declared: list[ConflictView] = []
        self.dialog: ConflictDialog | None = None
        self.declare_button = button(
            "&Declare conflict…", "Declare a conflict of interest", "Declare a conflict of interest"
        )
        self.declare_button.clicked.connect(self.declare)
        self.list = item_list(
            "Conflict of interest declarations",
            ["Declared", "Relationship", "Description", "Status"],
        )
        for column, width in enumerate((95, 110, 185)):
            self.list.setColumnWidth(column, width)
        self.count = QLabel()
        self.count.setAccessibleName("Number of declarations")
        self.error = error_label("Problem with conflicts of interest")
        top = QHBoxLayout()
        top.addWidget(self.count, stretch=1)
        top.addWidget(self.declare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(ABOUT, "About conflicts of interest"))
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)
        self.declare_button.setEnabled(False)

    def set_client(self, client_id: str) -> None:
        if client_id != self.client_id:
            self.clear()
        self.client_id = client_id
        self.declare_button.setEnabled(True)

    def show_conflicts(self, declared: list[ConflictView]) -> None:
        set_error(self.error, "")
        self.declared = list(declared)
        self.list.clear()
        for conflict in declared:
            item = list_item(conflict_texts(conflict), conflict.id)
            if conflict.pending:
                paint(item, ALERT)
            self.list.addTopLevelItem(item)
        if not declared:
            muted_item(self.list, NONE_DECLARED)
        pending = sum(1 for c in declared if c.pending)
        self.count.setText(
            f"{len(declared)} declared, {pending} pending supervisor review" if declared else ""
        )

    def statuses(self) -> list[str]:
        return [status_text(c) for c in self.declared]

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    def declare(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        dialog = ConflictDialog(self.window())

        def submit() -> None:
            relationship, description = dialog.values()
            self.call(
                lambda access: access.declare_conflict(client_id, relationship, description),
                lambda _id: (dialog.succeeded(), self.changed.emit()),
                dialog.show_error,
            )

        self.dialog = dialog
        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def clear(self) -> None:
        self.forget()
        if self.dialog is not None:
            self.dialog.reject()
        self.client_id, self.declared = None, []
        self.list.clear()
        self.count.clear()
        set_error(self.error, "")
        self.declare_button.setEnabled(False)
