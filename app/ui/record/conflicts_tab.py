"""The Conflicts of interest tab: every declaration about this client (or their cases) with its
review status, and "Declare conflict…" for a new one. A new declaration is flagged 'pending
supervisor review'; any declaration also shows as a flag in the record's header.

A supervisor also gets "Review…" for the selected pending declaration (not their own): the
outcome and a note, recorded with their name and the date. Other workers see the status only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.services.conflicts import OUTCOMES, ConflictView
from app.ui.pane import (
    ALERT,
    VaultPane,
    button,
    item_list,
    list_item,
    muted_item,
    paint,
    selected_id,
    set_error,
)
from app.ui.record import calls
from app.ui.record.dialogs import ConflictDialog, ReviewConflictDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, long_day, paragraph

PENDING = "Pending supervisor review"
ABOUT = (
    "If you know this client outside work, or anything could affect your judgement, declare "
    "it. Your supervisor reviews every declaration."
)
NONE_DECLARED = "No conflicts of interest declared for this client."
REVIEW_TIP = "Review the selected declaration: the outcome and why"
OWN_TIP = "You declared this one: another supervisor must review it."


def status_text(conflict: ConflictView) -> str:
    if conflict.pending:
        return PENDING
    outcome = OUTCOMES.get(conflict.outcome or "", "Reviewed")
    by = f" by {conflict.reviewed_by_name}" if conflict.reviewed_by_name else ""
    at = conflict.reviewed_at
    when = f" on {local_moment(at, date_only=True)}" if at else ""
    return f"{outcome} (reviewed{by}{when})"


def conflict_texts(conflict: ConflictView) -> list[str]:
    return [
        long_day(conflict.disclosed_on),
        conflict.relationship,
        conflict.description,
        status_text(conflict),
    ]


class ConflictsTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName("Conflicts of interest")
        self.client_id: str | None = None
        self.declared: list[ConflictView] = []
        self.may_review, self.me = False, ""
        self.declare_button = button(
            "&Declare conflict…", "Declare a conflict of interest", "Declare a conflict of interest"
        )
        self.declare_button.clicked.connect(self.declare)
        self.review_button = button("&Review…", "Review the selected declaration", REVIEW_TIP)
        self.review_button.clicked.connect(self.review)
        self.list = item_list(
            "Conflict of interest declarations",
            ["Declared", "Relationship", "Description", "Status"],
        )
        for column, width in enumerate((95, 110, 185)):
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.itemActivated.connect(lambda *_: self.review())
        self.count = QLabel()
        self.count.setAccessibleName("Number of declarations")
        self.error = error_label("Problem with conflicts of interest")
        self._layout()
        self.declare_button.setEnabled(False)
        self.review_button.hide()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.count, stretch=1)
        top.addWidget(self.review_button)
        top.addWidget(self.declare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(ABOUT, "About conflicts of interest"))
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)

    def set_client(self, client_id: str) -> None:
        if client_id != self.client_id:
            self.clear()
        self.client_id = client_id
        self.declare_button.setEnabled(True)

    def show_conflicts(
        self, declared: list[ConflictView], may_review: bool = False, me: str = ""
    ) -> None:
        set_error(self.error, "")
        self.declared, self.may_review, self.me = list(declared), may_review, me
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
        self.review_button.setVisible(may_review)
        self._select_first_to_review()

    def _select_first_to_review(self) -> None:
        waiting = [i for i, c in enumerate(self.declared) if self._reviewable(c)]
        first = self.list.topLevelItem(waiting[0]) if waiting else None
        if self.may_review and first is not None:
            self.list.setCurrentItem(first)
        self._enable()

    def _reviewable(self, conflict: ConflictView) -> bool:
        return conflict.pending and conflict.worker_id != self.me

    def selected(self) -> ConflictView | None:
        chosen = selected_id(self.list)
        return next((c for c in self.declared if c.id == chosen), None)

    def _enable(self) -> None:
        conflict = self.selected()
        own = conflict is not None and conflict.pending and conflict.worker_id == self.me
        self.review_button.setEnabled(conflict is not None and self._reviewable(conflict))
        self.review_button.setToolTip(OWN_TIP if own else REVIEW_TIP)

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
            self.call_form(
                lambda access: access.declare_conflict(client_id, relationship, description),
                dialog,
            )

        self.open_form(dialog, submit)

    def review(self) -> None:
        conflict = self.selected()
        if not self.may_review or conflict is None or not self._reviewable(conflict):
            return
        dialog = ReviewConflictDialog(conflict, self.window())

        def submit() -> None:
            outcome, note = dialog.values()
            self.call_form(
                lambda access: calls.review_conflict(access, conflict.id, outcome, note),
                dialog,
            )

        self.open_form(dialog, submit)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.client_id, self.declared = None, []
        self.list.clear()
        self.count.clear()
        set_error(self.error, "")
        self.declare_button.setEnabled(False)
        self.may_review, self.me = False, ""
        self.review_button.hide()
