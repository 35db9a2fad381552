"""The Conflicts of interest tab: every declaration about this client (or their cases) with its
review status, and "Declare conflict…" for a new one. A new declaration is flagged 'pending
supervisor review'; any declaration also shows as a flag in the record's header.

A supervisor also gets "Review…" for the selected pending declaration (not their own): the
outcome and a note, recorded with their name and the date. Other workers see the status only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.conflicts import ConflictView
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

OWN_TIP = QT_TRANSLATE_NOOP(
    "ConflictsTab", "You declared this one: another supervisor must review it."
)
OUTCOME_WORDS = {  # app/services/conflicts.py OUTCOMES, in the worker's language
    "no_conflict": QT_TRANSLATE_NOOP("ConflictsTab", "No conflict of interest"),
    "safeguards": QT_TRANSLATE_NOOP("ConflictsTab", "Continue with safeguards"),
    "reassign": QT_TRANSLATE_NOOP("ConflictsTab", "Reassign the case"),
}


def _review_tip() -> str:
    return QCoreApplication.translate(
        "ConflictsTab", "Review the selected declaration: the outcome and why"
    )


def outcome_word(code: str | None) -> str:
    text = OUTCOME_WORDS.get(code or "")
    if text is None:
        return QCoreApplication.translate("ConflictsTab", "Reviewed")
    return QCoreApplication.translate("ConflictsTab", text)


def status_text(conflict: ConflictView) -> str:
    if conflict.pending:
        return QCoreApplication.translate("ConflictsTab", "Pending supervisor review")
    outcome, who = outcome_word(conflict.outcome), conflict.reviewed_by_name
    at = conflict.reviewed_at
    day = local_moment(at, date_only=True) if at else ""
    if who and day:
        text = QCoreApplication.translate("ConflictsTab", "{outcome} (reviewed by {who} on {day})")
    elif who:
        text = QCoreApplication.translate("ConflictsTab", "{outcome} (reviewed by {who})")
    elif day:
        text = QCoreApplication.translate("ConflictsTab", "{outcome} (reviewed on {day})")
    else:
        text = QCoreApplication.translate("ConflictsTab", "{outcome} (reviewed)")
    return text.format(outcome=outcome, who=who or "", day=day)


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
        self.setAccessibleName(self.tr("Conflicts of interest"))
        self.client_id: str | None = None
        self.declared: list[ConflictView] = []
        self.may_review, self.me = False, ""
        self.declare_button = button(
            self.tr("&Declare conflict…"),
            self.tr("Declare a conflict of interest"),
            self.tr("Declare a conflict of interest with this client"),
        )
        self.declare_button.clicked.connect(self.declare)
        self.review_button = button(
            self.tr("&Review…"), self.tr("Review the selected declaration"), _review_tip()
        )
        self.review_button.clicked.connect(self.review)
        self.list = item_list(
            self.tr("Conflict of interest declarations"),
            [
                self.tr("Declared"),
                self.tr("Relationship"),
                self.tr("Description"),
                self.tr("Status"),
            ],
        )
        self.list.setAccessibleDescription(
            self.tr("Arrow keys move between declarations; Enter reviews the selected one.")
        )
        self.list.setTabKeyNavigation(False)
        for column, width in enumerate((95, 110, 185)):
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.itemActivated.connect(lambda *_: self.review())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of declarations"))
        self.count.setWordWrap(True)
        self.error = error_label(self.tr("Problem with conflicts of interest"))
        self._layout()
        self.declare_button.setEnabled(False)
        self.review_button.hide()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.count, stretch=1)
        top.addWidget(self.review_button)
        top.addWidget(self.declare_button)
        layout = QVBoxLayout(self)
        about = self.tr(
            "If you know this client outside work, or anything could affect your judgement, "
            "declare it. Your supervisor reviews every declaration."
        )
        layout.addWidget(paragraph(about, self.tr("About conflicts of interest")))
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
            muted_item(self.list, self.tr("No conflicts of interest declared for this client."))
        pending = sum(1 for c in declared if c.pending)
        count = self.tr("%n declared", "", len(declared))
        waiting = self.tr("%n pending supervisor review", "", pending)
        self.count.setText(
            self.tr("{declared}, {pending}").format(declared=count, pending=waiting)
            if declared
            else ""
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
        self.review_button.setToolTip(
            QCoreApplication.translate("ConflictsTab", OWN_TIP) if own else _review_tip()
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
