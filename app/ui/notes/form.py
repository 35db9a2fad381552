"""The note's fields: template, contact, when (local time), how long, where, who, the case plan
goals it addressed, and one text box per template section (its hint as placeholder)."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.notes import TEMPLATES, template
from app.core.timeutil import to_local, to_utc
from app.services.notes import NoteFields, NoteView
from app.ui.notes.access import GoalChoice
from app.ui.notes.text import CONTACT_LABELS

NO_GOALS = "No case plan goals to link (this note has no case, or its plan has no goals)."
TEMPLATE_TIP = "The template can be changed only while every section is empty."
GOAL_GONE = "(goal no longer in the case plan)"
SECTION_MIN_HEIGHT = 90


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _goal_title(goal: GoalChoice) -> str:
    return goal.title if goal.status == "active" else f"{goal.title} ({goal.status})"


class NoteForm(QWidget):
    changed = Signal()  # the worker edited something
    sections_changed = Signal()  # a section's text changed (language check, template lock)
    template_requested = Signal(str)  # the worker picked another template

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._read_only = False
        self.template_key = "dap"
        self.boxes: dict[str, QPlainTextEdit] = {}
        self._build()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._details())
        layout.addWidget(_label("&Goals addressed", self.goals))
        layout.addWidget(self.goals)
        layout.addWidget(self.no_goals)
        self.sections = QVBoxLayout()
        layout.addLayout(self.sections, stretch=1)

    def _combo(
        self, accessible: str, items: list[tuple[str, str | None]], track: bool = True
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        for text, data in items:
            combo.addItem(text, data)
        if track:
            combo.currentIndexChanged.connect(self._edited)
        return combo

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(placeholderText=placeholder)
        line.setAccessibleName(accessible)
        line.setMaxLength(500)
        line.textEdited.connect(self._edited)
        return line

    def _details(self) -> QGridLayout:
        self.template = self._combo(
            "Template (only while the note is empty)",
            [(t.name, t.key) for t in TEMPLATES.values()],
            track=False,
        )
        self.template.setToolTip(TEMPLATE_TIP)
        self.template.setAccessibleDescription(TEMPLATE_TIP)
        self.template.activated.connect(self._template_picked)
        contact = [("Not recorded", None), *((v, k) for k, v in CONTACT_LABELS.items())]
        self.contact = self._combo("Contact type", contact)
        self.when = QDateTimeEdit(calendarPopup=True)
        self.when.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        self.when.setAccessibleName("Date and time of the contact (local time)")
        self.when.dateTimeChanged.connect(self._edited)
        self.duration = QSpinBox(minimum=0, maximum=24 * 60, singleStep=5, suffix=" min")
        self.duration.setSpecialValueText("Not recorded")
        self.duration.setAccessibleName("Duration in minutes")
        self.duration.valueChanged.connect(self._edited)
        self.location = self._line("Location", "Where, e.g. client's home, office")
        self.participants = self._line("Participants", "Who took part, e.g. client, sister")
        self._goals()
        grid = QGridLayout()
        cells = [
            ("&Template", self.template, 0, 0, 1),
            ("C&ontact", self.contact, 0, 2, 1),
            ("&Date and time", self.when, 0, 4, 1),
            ("D&uration", self.duration, 0, 6, 1),
            ("&Location", self.location, 1, 0, 3),
            ("&Participants", self.participants, 1, 4, 3),
        ]
        for text, widget, row, column, span in cells:
            grid.addWidget(_label(text, widget), row, column)
            grid.addWidget(widget, row, column + 1, 1, span)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 2)
        return grid

    def _goals(self) -> None:
        self.goals = QListWidget()
        self.goals.setAccessibleName("Goals addressed (case plan)")
        self.goals.setFlow(QListView.Flow.LeftToRight)
        self.goals.setWrapping(True)
        self.goals.setResizeMode(QListView.ResizeMode.Adjust)
        self.goals.setSpacing(2)
        self.goals.setMaximumHeight(48)
        self.goals.itemChanged.connect(self._edited)
        self.goals.hide()
        self.no_goals = QLabel(NO_GOALS)
        self.no_goals.setAccessibleName(NO_GOALS)
        self.no_goals.setStyleSheet("QLabel { color: #555555; }")

    def _section_boxes(self, template_key: str, texts: dict[str, str]) -> None:
        while (item := self.sections.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.boxes = {}
        for section in template(template_key).sections:
            box = QPlainTextEdit()
            box.setPlaceholderText(section.hint)
            box.setAccessibleName(f"Section: {section.title}")
            box.setAccessibleDescription(section.hint)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(SECTION_MIN_HEIGHT)
            box.setPlainText(texts.get(section.key, ""))
            box.setReadOnly(self._read_only)
            box.textChanged.connect(self._section_edited)
            title = _label(section.title, box)
            title.setStyleSheet("QLabel { font-weight: bold; }")
            self.sections.addWidget(title)
            self.sections.addWidget(box, stretch=1)
            self.boxes[section.key] = box

    # -- content ------------------------------------------------------------------------
    def load(self, note: NoteView) -> None:
        """Show a note's content (not counted as an edit)."""
        self._loading = True
        try:
            self.template_key = note.template
            self.template.setCurrentIndex(self.template.findData(note.template))
            self.contact.setCurrentIndex(max(0, self.contact.findData(note.contact_type)))
            occurred = to_local(note.occurred_at)
            # PySide6 converts a datetime; its stub has no such overload.
            self.when.setDateTime(QDateTime(occurred))  # type: ignore[call-overload]
            self.duration.setValue(note.duration_minutes or 0)
            self.location.setText(note.location or "")
            self.participants.setText(note.participants or "")
            self.set_goals([], note.goals_addressed)
            self._section_boxes(note.template, note.sections)
        finally:
            self._loading = False

    def set_goals(self, goals: list[GoalChoice], checked: tuple[str, ...] | None = None) -> None:
        chosen = set(self.checked_goals() if checked is None else checked)
        loading, self._loading = self._loading, True
        self.goals.clear()
        known = {goal.id for goal in goals}
        shown = [
            (g.id, g.title if g.status == "active" else f"{g.title} ({g.status})") for g in goals
        ]
        shown += [(gid, GOAL_GONE) for gid in sorted(chosen - known)]
        for goal_id, title in shown:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, goal_id)
            item.setCheckState(
                Qt.CheckState.Checked if goal_id in chosen else Qt.CheckState.Unchecked
            )
            self.goals.addItem(item)
        self._goal_flags()
        self.goals.setVisible(bool(shown))
        self.no_goals.setVisible(not shown)
        self._loading = loading

    def checked_goals(self) -> tuple[str, ...]:
        items = (self.goals.item(row) for row in range(self.goals.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def fields(self) -> NoteFields:
        # cast: PySide6 types toPython() as object; a QDateTime gives a datetime.
        local = cast(datetime, self.when.dateTime().toPython())
        return NoteFields(
            contact_type=self.contact.currentData(),
            occurred_at=to_utc(local.replace(second=0, microsecond=0)),
            duration_minutes=self.duration.value() or None,
            location=self.location.text().strip() or None,
            participants=self.participants.text().strip() or None,
            goals_addressed=self.checked_goals(),
            sections={key: box.toPlainText() for key, box in self.boxes.items()},
        )

    def sections_empty(self) -> bool:
        return not any(box.toPlainText().strip() for box in self.boxes.values())

    # -- state --------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for box in self.boxes.values():
            box.setReadOnly(read_only)
        for line in (self.location, self.participants):
            line.setReadOnly(read_only)
        for spin in (self.when, self.duration):
            spin.setReadOnly(read_only)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.NoButtons
                if read_only
                else QAbstractSpinBox.ButtonSymbols.UpDownArrows
            )
        self.when.setCalendarPopup(not read_only)
        self.contact.setEnabled(not read_only)
        self._goal_flags()

    def reset_template(self) -> None:
        """Show the note's own template again (a change was refused or failed)."""
        self.template.setCurrentIndex(self.template.findData(self.template_key))

    def allow_template_change(self, allowed: bool) -> None:
        self.template.setEnabled(allowed and not self._read_only)

    def clear(self) -> None:
        """Forget every value (the dialog closed or the screen locked)."""
        self._loading = True
        for line in (self.location, self.participants):
            line.clear()
        self.goals.clear()
        self._section_boxes(self.template_key, {})
        self._loading = False

    def _goal_flags(self) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for row in range(self.goals.count()):
            self.goals.item(row).setFlags(flags)

    # -- signals ------------------------------------------------------------------------
    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _section_edited(self) -> None:
        if not self._loading:
            self.sections_changed.emit()
            self.changed.emit()

    def _template_picked(self, index: int) -> None:
        key = self.template.itemData(index)
        if key != self.template_key and not self._loading:
            self.template_requested.emit(key)
