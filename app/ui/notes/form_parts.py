"""The note form's widgets: template, contact, when (local time), how long, where, who, the
case plan goals it addressed, and one text box per template section (its hint as placeholder),
each named and described for a screen reader. `NoteForm` (form.py) fills and reads them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.notes import CONTACT_TYPES, TEMPLATES, template
from app.ui.forms import tab_leaves
from app.ui.locale_format import DAY_WITH_WEEKDAY
from app.ui.notes.access import GoalChoice
from app.ui.notes.words import contact_label, section_hint, section_title, template_name

SECTION_MIN_HEIGHT = 90


def _describe(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def goal_title(goal: GoalChoice) -> str:
    """The goal's title (the worker's words), with its status in words when not active."""
    statuses = {  # app/services/plan.py GOAL_STATUSES
        "met": QCoreApplication.translate("NoteForm", "met"),
        "not_met": QCoreApplication.translate("NoteForm", "not met"),
        "dropped": QCoreApplication.translate("NoteForm", "dropped"),
    }
    if goal.status == "active":
        return goal.title
    status = statuses.get(goal.status, goal.status.replace("_", " "))
    return QCoreApplication.translate("NoteForm", "{goal} ({status})").format(
        goal=goal.title, status=status
    )


class FormParts(QWidget):
    changed = Signal()  # the worker edited something
    sections_changed = Signal()  # a section's text changed (language check, template lock)
    template_requested = Signal(str)  # the worker picked another template

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._read_only = False
        self.template_key = "dap"
        self.boxes: dict[str, QPlainTextEdit] = {}
        self.loaded_when = QDateTime()  # the contact's time as the note opened
        self._build()

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._details())
        layout.addWidget(
            _label(QCoreApplication.translate("NoteForm", "&Goals addressed"), self.goals)
        )
        layout.addWidget(self.goals)
        layout.addWidget(self.no_goals)
        self.sections = QVBoxLayout()
        layout.addLayout(self.sections, stretch=1)

    def _combo(
        self, accessible: str, items: Sequence[tuple[str, str | None]], track: bool = True
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        for text, data in items:
            combo.addItem(text, data)
        if track:
            combo.currentIndexChanged.connect(self._edited)
        return combo

    def _line(self, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        line.setAccessibleName(accessible)
        line.setAccessibleDescription(placeholder)
        line.setMaxLength(500)
        line.textEdited.connect(self._edited)
        return line

    def _details(self) -> QGridLayout:
        not_recorded = QCoreApplication.translate("NoteForm", "Not recorded")
        templates = [(template_name(t.key), t.key) for t in TEMPLATES.values()]
        self.template = self._combo("", templates, track=False)
        _describe(
            self.template,
            QCoreApplication.translate("NoteForm", "Template (only while the note is empty)"),
            QCoreApplication.translate(
                "NoteForm", "The template can be changed only while every section is empty."
            ),
        )
        self.template.activated.connect(self._template_picked)
        contacts = [(not_recorded, None), *((contact_label(c), c) for c in CONTACT_TYPES)]
        self.contact = self._combo("", contacts)
        _describe(
            self.contact,
            QCoreApplication.translate("NoteForm", "Contact type"),
            QCoreApplication.translate("NoteForm", "How you met or spoke with the client"),
        )
        self.when = QDateTimeEdit(calendarPopup=True)
        clock = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.when.setDisplayFormat(f"{DAY_WITH_WEEKDAY}  {clock}")
        _describe(
            self.when,
            QCoreApplication.translate("NoteForm", "Date and time of the contact"),
            QCoreApplication.translate("NoteForm", "When the contact happened, in local time"),
        )
        tab_leaves(self.when)  # not day, month, year, hour…
        self.when.dateTimeChanged.connect(self._edited)
        self.duration = QSpinBox(minimum=0, maximum=24 * 60, singleStep=5)
        self.duration.setSuffix(QCoreApplication.translate("NoteForm", " min"))
        self.duration.setSpecialValueText(not_recorded)
        _describe(
            self.duration,
            QCoreApplication.translate("NoteForm", "Duration in minutes"),
            QCoreApplication.translate("NoteForm", "How long the contact lasted, in minutes"),
        )
        self.duration.valueChanged.connect(self._edited)
        self.location = self._line(
            QCoreApplication.translate("NoteForm", "Location"),
            QCoreApplication.translate("NoteForm", "Where, e.g. client's home, office"),
        )
        self.participants = self._line(
            QCoreApplication.translate("NoteForm", "Participants"),
            QCoreApplication.translate("NoteForm", "Who took part, e.g. client, sister"),
        )
        self._goals()
        return self._grid()

    def _grid(self) -> QGridLayout:
        """Two pairs of fields a row, so the form fits a narrow (1092-pixel) screen."""
        grid = QGridLayout()
        cells = [
            (QCoreApplication.translate("NoteForm", "&Template"), self.template, 0, 0),
            (QCoreApplication.translate("NoteForm", "C&ontact"), self.contact, 0, 2),
            (QCoreApplication.translate("NoteForm", "&Date and time"), self.when, 1, 0),
            (QCoreApplication.translate("NoteForm", "D&uration"), self.duration, 1, 2),
            (QCoreApplication.translate("NoteForm", "&Location"), self.location, 2, 0),
            (QCoreApplication.translate("NoteForm", "&Participants"), self.participants, 2, 2),
        ]
        for text, widget, row, column in cells:
            grid.addWidget(_label(text, widget), row, column)
            grid.addWidget(widget, row, column + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _goals(self) -> None:
        self.goals = QListWidget()
        _describe(
            self.goals,
            QCoreApplication.translate("NoteForm", "Goals addressed (case plan)"),
            QCoreApplication.translate(
                "NoteForm", "Tick the case plan goals this contact worked on (Space ticks)"
            ),
        )
        self.goals.setTabKeyNavigation(False)
        self.goals.setFlow(QListView.Flow.LeftToRight)
        self.goals.setWrapping(True)
        self.goals.setResizeMode(QListView.ResizeMode.Adjust)
        self.goals.setSpacing(2)
        self.goals.setMaximumHeight(48)
        self.goals.itemChanged.connect(self._edited)
        self.goals.hide()
        no_goals = QCoreApplication.translate(
            "NoteForm",
            "No case plan goals to link (this note has no case, or its plan has no goals).",
        )
        self.no_goals = QLabel(no_goals)
        self.no_goals.setWordWrap(True)
        self.no_goals.setAccessibleName(no_goals)
        self.no_goals.setStyleSheet("QLabel { color: #555555; }")

    def _section_boxes(self, template_key: str, texts: dict[str, str]) -> None:
        while (item := self.sections.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.boxes = {}
        for section in template(template_key).sections:
            box = QPlainTextEdit()
            title_text = section_title(section.key)
            hint = section_hint(template_key, section.key) or section.hint
            box.setPlaceholderText(hint)
            box.setAccessibleName(
                QCoreApplication.translate("NoteForm", "Section: {title}").format(title=title_text)
            )
            box.setAccessibleDescription(hint)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(SECTION_MIN_HEIGHT)
            box.setPlainText(texts.get(section.key, ""))
            box.setReadOnly(self._read_only)
            box.textChanged.connect(self._section_edited)
            title = _label(title_text, box)
            title.setStyleSheet("QLabel { font-weight: bold; }")
            self.sections.addWidget(title)
            self.sections.addWidget(box, stretch=1)
            self.boxes[section.key] = box

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
