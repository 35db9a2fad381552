"""Small window-modal forms (close a case, transfer, declare a conflict, add a goal, …).

A form never waits in a nested event loop: it is opened with `open()`, and its `submitted`
signal hands the values to the pane that owns it. The pane runs the service call and then
either calls `succeeded()` (the form closes) or `show_error(message)` (it stays open, with the
message in plain words). Forms delete themselves when closed, and the lock rejects any that
are still open.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.locale_format import DAY
from app.ui.widgets import error_label, paragraph

DATE_FORMAT = DAY  # the one day format (app/ui/locale_format.py)
W = TypeVar("W", bound=QWidget)


class FormDialog(QDialog):
    submitted = Signal()

    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)  # never names the client
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(460)
        self.closed = False  # the answer may come back after the worker closed the form
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_label(QCoreApplication.translate("FormDialog", "Problem with this form"))
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(ok_text.replace("&", ""))
        self.ok.setDefault(True)
        self.ok.setToolTip(
            QCoreApplication.translate("FormDialog", "{action} (Enter)").format(
                action=ok_text.replace("&", "")
            )
        )
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(QCoreApplication.translate("FormDialog", "Cancel"))
        self.cancel.setToolTip(
            QCoreApplication.translate("FormDialog", "Close without saving (Esc)")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            layout.addWidget(
                paragraph(intro, QCoreApplication.translate("FormDialog", "About this form"))
            )
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        self.error.hide()
        self.ok.setEnabled(False)  # until the vault answers
        self.submitted.emit()

    def done(self, result: int) -> None:
        self.closed = True
        super().done(result)

    def succeeded(self, _result: object = None) -> None:
        if not self.closed:
            self.accept()

    def show_error(self, message: str) -> None:
        if self.closed:
            return
        self.ok.setEnabled(True)
        self.error.setText(message)
        self.error.show()

    def scroll_form(self, accessible: str, width: int, height: int) -> QScrollArea:
        """A long form scrolls inside the dialog, so the dialog fits 1366×768 (and 125 %)."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # made in __init__
        index = layout.indexOf(self.form)
        layout.removeItem(self.form)
        body = QWidget()
        body.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(accessible)
        layout.insertWidget(index, scroll, 1)
        self.resize(width, height)
        return scroll

    def add_row(self, label: str, field: W) -> W:
        self.form.addRow(label, field)
        buddy = self.form.labelForField(field)
        if isinstance(buddy, QLabel):
            buddy.setBuddy(field)
        return field


def line(accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    return edit


def text_box(accessible: str, placeholder: str = "", height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)  # Tab moves on; the keyboard never gets stuck in the box
    box.setFixedHeight(height)
    return box


class TabLeaves(QObject):
    """Tab leaves a date or time field at once. (Qt's takes Tab from the day to the month to
    the year, stops a keyboard user does not expect; the arrow keys still move between them.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        tab = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() not in tab or not isinstance(watched, QWidget):
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        QWidget.focusNextPrevChild(watched, event.key() == Qt.Key.Key_Tab and not shift)
        return True


Field = TypeVar("Field", bound=QAbstractSpinBox)


def tab_leaves(field: Field) -> Field:
    """`field` (a date or time) with Tab moving on to the next control; installed once."""
    if field.findChild(TabLeaves) is None:
        field.installEventFilter(TabLeaves(field))
    return field


def date_edit(accessible: str, initial: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    when = initial or date.today()
    edit.setDate(QDate(when.year, when.month, when.day))
    return tab_leaves(edit)


def date_value(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class OptionalDate(QWidget):
    """A date the worker may leave out: a tick box ("Set a date") beside a date field."""

    def __init__(self, accessible: str, initial: date | None = None, checked: bool = False):
        super().__init__()
        self.enabled = QCheckBox(QCoreApplication.translate("FormDialog", "Set"))
        self.enabled.setAccessibleName(
            QCoreApplication.translate("FormDialog", "Set a date: {what}").format(what=accessible)
        )
        self.enabled.setToolTip(
            QCoreApplication.translate(
                "FormDialog", "Tick to give this date; leave it out otherwise"
            )
        )
        self.edit = date_edit(accessible, initial)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setChecked(checked)
        self.edit.setEnabled(checked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.edit, stretch=1)
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return date_value(self.edit) if self.enabled.isChecked() else None
