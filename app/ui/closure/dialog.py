"""The close-case form: on the left the closure checklist as the record stands (each point met
or what is missing, with the records it points at) and the reason for closing, or for closing
anyway; on the right what the worker records now: each goal's outcome, the follow-up (book one,
or the client's reason for declining) and the client's feedback in their words.

The points the form itself settles (goals, follow-up, the client told) are re-checked as the
worker fills it in; the vault checks everything again when the form is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.casework import Closing
from app.services.closure import ITEMS, REFUSAL, ClosureReview, GoalLine
from app.ui.closure import words
from app.ui.closure.follow_up import FollowUpChoice
from app.ui.form_access import MOST_HEIGHT, describe_buttons, described, leaves_by_tab
from app.ui.forms import FormDialog, line, text_box
from app.ui.pane import ALERT, item_list, paint
from app.ui.widgets import paragraph


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setAccessibleName(text.replace("&", ""))
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class CloseCaseDialog(FormDialog):
    def __init__(
        self,
        case_number: str,
        review: ClosureReview,
        parent: QWidget | None,
        after_follow_up: bool = False,
    ) -> None:
        """`after_follow_up`: the case ends its follow-up stage, so none is asked for."""
        intro = QCoreApplication.translate(
            "Closure",
            "Closing ends active work on this case. The checklist is read from the record: "
            "resolve what is missing, or close anyway and say why (your supervisor is told).",
        )
        super().__init__(
            QCoreApplication.translate("Closure", "Close case"),
            intro,
            QCoreApplication.translate("Closure", "&Close case"),
            parent,
        )
        self.setAccessibleDescription(
            QCoreApplication.translate("Closure", "Close case {number}").format(number=case_number)
        )
        self.review, self.after_follow_up = review, after_follow_up
        self.checklist = item_list(
            QCoreApplication.translate("Closure", "Closure checklist"),
            [QCoreApplication.translate("Closure", "Checklist, from the record")],
        )
        leaves_by_tab(
            self.checklist,
            QCoreApplication.translate(
                "Closure", "What is met and what is missing; arrow keys read the lines"
            ),
        )
        self.checklist.setHeaderHidden(True)
        self.checklist.setMinimumHeight(240)
        self.informed = QCheckBox(
            QCoreApplication.translate("Closure", "The client &knows the case is closing")
        )
        self.informed.setAccessibleName(
            QCoreApplication.translate("Closure", "The client knows the case is closing")
        )
        described(
            self.informed,
            QCoreApplication.translate("Closure", "Tick once you have told the client"),
        )
        self.goals: dict[str, QComboBox] = {goal.id: self._goal_box(goal) for goal in review.goals}
        self.follow_up = FollowUpChoice(review.follow_up)
        self.follow_up.setVisible(not after_follow_up)
        self.feedback = text_box(
            QCoreApplication.translate("Closure", "Client's feedback, in their words"),
            QCoreApplication.translate("Closure", "What the client said, as they said it"),
        )
        described(self.feedback, self.feedback.placeholderText())
        self.feedback.setMinimumHeight(90)
        self.feedback.setMaximumHeight(16777215)  # takes the column's spare height
        self.reason = line(
            QCoreApplication.translate("Closure", "Reason for closing"),
            QCoreApplication.translate("Closure", "e.g. goals met; moved out of the area"),
        )
        self.exception = line(
            QCoreApplication.translate("Closure", "Reason to close with items missing"),
            QCoreApplication.translate("Closure", "Why close now; your supervisor is told"),
        )
        self.form.addRow(self._body())
        describe_buttons(self)
        self.resize(1000, MOST_HEIGHT)  # fits 1366×768 at 125 %
        for signal in (self.informed.toggled, self.follow_up.changed):
            signal.connect(self.refresh)
        self.refresh()

    def _goal_box(self, goal: GoalLine) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(
            QCoreApplication.translate("Closure", "Outcome of the goal {title}").format(
                title=goal.title
            )
        )
        described(
            box, QCoreApplication.translate("Closure", "Achieved, partly achieved or not achieved")
        )
        box.addItem(QCoreApplication.translate("Closure", "Not recorded"), None)
        for code, text in words.outcomes().items():
            box.addItem(text, code)
        box.setCurrentIndex(max(0, box.findData(goal.outcome)))
        box.currentIndexChanged.connect(lambda _index: self.refresh())
        return box

    def _body(self) -> QWidget:
        left = [
            heading(QCoreApplication.translate("Closure", "C&hecklist"), self.checklist),
            self.checklist,
            self.informed,
            heading(QCoreApplication.translate("Closure", "&Why is it closing?"), self.reason),
            self.reason,
            heading(
                QCoreApplication.translate("Closure", "Close &anyway because:"), self.exception
            ),
            self.exception,
        ]
        goals = self._goals_area()
        self.follow_up_heading = heading(
            QCoreApplication.translate("Closure", "Follow-up"), self.follow_up
        )
        self.follow_up_heading.setVisible(not self.after_follow_up)
        right = [
            heading(QCoreApplication.translate("Closure", "Goals and their &outcomes"), goals),
            goals,
            self.follow_up_heading,
            self.follow_up,
            heading(
                QCoreApplication.translate("Closure", "Client's feedback, in their wo&rds"),
                self.feedback,
            ),
            self.feedback,
        ]
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        for widgets, stretch in ((left, 5), (right, 4)):
            column = QVBoxLayout()
            for widget in widgets:  # the checklist and the feedback take the spare height
                column.addWidget(widget, stretch=int(widget in (self.checklist, self.feedback)))
            row.addLayout(column, stretch=stretch)
        return body

    def _goals_area(self) -> QWidget:
        if not self.goals:
            return paragraph(
                QCoreApplication.translate("Closure", "This case has no goals in its plan."),
                QCoreApplication.translate("Closure", "No goals"),
            )
        inner = QWidget()
        rows = QGridLayout(inner)
        rows.setColumnStretch(0, 1)
        for number, goal in enumerate(self.review.goals):
            title = QLabel(goal.title)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            title.setBuddy(self.goals[goal.id])
            rows.addWidget(title, number, 0)
            rows.addWidget(self.goals[goal.id], number, 1, Qt.AlignmentFlag.AlignTop)
        rows.setRowStretch(len(self.goals), 1)
        area = QScrollArea()
        area.setAccessibleName(QCoreApplication.translate("Closure", "Goals and their outcomes"))
        area.setWidgetResizable(True)
        area.setWidget(inner)
        area.setMinimumHeight(min(60 + 34 * len(self.goals), 200))
        area.setMaximumHeight(200)
        area.setFocusProxy(next(iter(self.goals.values())))
        return area

    # -- the checklist --------------------------------------------------------------------
    def missing(self) -> tuple[str, ...]:
        """What is still missing, with what the form settles taken as the worker set it."""
        unmet = set(self.review.missing(self.informed.isChecked()))
        followed = self.after_follow_up or self.follow_up.met()
        for item, met in (("goals", self._goals_unset() == 0), ("follow_up", followed)):
            (unmet.discard if met else unmet.add)(item)
        return tuple(item for item in ITEMS if item in unmet)

    def _goals_unset(self) -> int:
        return sum(box.currentData() is None for box in self.goals.values())

    def refresh(self) -> None:
        missing = self.missing()
        self.checklist.clear()
        for item in ITEMS:
            self._add_item(item, item not in missing)
        self.checklist.expandAll()
        self.exception.setEnabled(bool(missing))

    def _add_item(self, item: str, met: bool) -> None:
        count = self._goals_unset() if item == "goals" else self.review.count(item)
        text = words.item_line(item, met, count)
        top = QTreeWidgetItem([("✓ " if met else "✗ ") + text])
        said = (
            QCoreApplication.translate("Closure", "Met: {text}")
            if met
            else QCoreApplication.translate("Closure", "Missing: {text}")
        ).format(text=text)
        top.setData(0, Qt.ItemDataRole.AccessibleTextRole, said)
        if not met:
            paint(top, ALERT, bold=True)
        for pending in () if met else words.pointed_at(item, self.review):
            shown = words.pending_line(pending)
            child = QTreeWidgetItem([shown])
            child.setData(0, Qt.ItemDataRole.AccessibleTextRole, shown)
            top.addChild(child)
        self.checklist.addTopLevelItem(top)

    def _submit(self) -> None:
        """Items missing and no reason to close anyway: say so here, in the worker's language,
        as the vault would (it checks again when the form is sent)."""
        missing = self.missing()
        if self.reason.text().strip() and missing and not self.exception.text().strip():
            self.show_error(self._not_yet(missing))
            return
        super()._submit()

    def _not_yet(self, missing: tuple[str, ...]) -> str:
        lines = []
        for item in missing:
            count = self._goals_unset() if item == "goals" else self.review.count(item)
            line = words.item_line(item, False, count)
            lines.append(line[:1].lower() + line[1:])
        return QCoreApplication.translate("Refusal", REFUSAL).format(missing="; ".join(lines))

    def show_error(self, message: str) -> None:
        """The refusal, with the keyboard taken to the reason for closing anyway."""
        super().show_error(message)
        if not self.closed and self.exception.isEnabled():
            self.exception.setFocus()

    # -- what is sent -----------------------------------------------------------------------
    def values(self) -> Closing:
        outcomes = tuple(
            (goal_id, box.currentData())
            for goal_id, box in self.goals.items()
            if box.currentData() is not None
        )
        book_on, declined = (None, None) if self.after_follow_up else self.follow_up.values()
        return Closing(
            self.reason.text().strip(),
            self.informed.isChecked(),
            outcomes,
            self.feedback.toPlainText().strip() or None,
            follow_up_on=book_on,
            follow_up_title=QCoreApplication.translate("Closure", "Follow-up after closure"),
            follow_up_declined=declined,
            exception=(self.exception.text().strip() or None) if self.missing() else None,
        )
