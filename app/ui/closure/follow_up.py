"""The follow-up part of the close-case form: keep the follow-up already booked, book one on a
day, record that the client declined it (with their reason), or say none is arranged yet (then
closing needs an exception)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QRadioButton, QWidget

from app.core.timeutil import local_today
from app.services.closure import Pending
from app.ui.closure import words
from app.ui.form_access import describe_date, described
from app.ui.forms import date_edit, date_value, line


class FollowUpChoice(QWidget):
    changed = Signal()

    def __init__(self, booked: Pending | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Closure", "Follow-up"))
        self.has_booking = booked is not None
        self.booked = self._radio(
            QCoreApplication.translate("Closure", "Already &booked: {what}"), booked
        )
        self.book = self._radio(QCoreApplication.translate("Closure", "Book a &follow-up on"))
        self.day = date_edit(
            QCoreApplication.translate("Closure", "Follow-up date"),
            local_today() + timedelta(days=30),
        )
        self.day.setMinimumDate(self.day.date().currentDate())
        self.declined = self._radio(
            QCoreApplication.translate("Closure", "The client &declined it:")
        )
        self.reason = line(
            QCoreApplication.translate("Closure", "Why the client declined follow-up"),
            QCoreApplication.translate("Closure", "in the client's words"),
        )
        self.none = self._radio(QCoreApplication.translate("Closure", "&Not arranged yet"))
        describe_date(self.day)
        self._describe()
        self.group = QButtonGroup(self)
        self._layout()
        (self.booked if self.has_booking else self.book).setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._toggled())
        self.reason.textChanged.connect(lambda _text: self.changed.emit())
        self._toggled()

    def _radio(self, text: str, booked: Pending | None = None) -> QRadioButton:
        shown = text.format(what=words.pending_line(booked)) if booked is not None else text
        radio = QRadioButton(shown)
        radio.setAccessibleName(shown.replace("&", ""))
        return radio

    def _describe(self) -> None:
        for radio, text in (
            (self.booked, QCoreApplication.translate("Closure", "Keep the follow-up booked")),
            (self.book, QCoreApplication.translate("Closure", "Book a follow-up on the date")),
            (
                self.declined,
                QCoreApplication.translate("Closure", "The client wants no follow-up; say why"),
            ),
            (
                self.none,
                QCoreApplication.translate(
                    "Closure", "No follow-up yet: closing then needs a reason"
                ),
            ),
        ):
            described(radio, text)
        described(self.reason, self.reason.placeholderText())

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = [(self.booked, None), (self.book, self.day), (self.declined, self.reason)]
        rows.append((self.none, None))
        for row, (radio, field) in enumerate(rows):
            self.group.addButton(radio)
            grid.addWidget(radio, row, 0, 1, 1 if field else 2)
            if field is not None:
                grid.addWidget(field, row, 1)
        self.booked.setVisible(self.has_booking)
        grid.setColumnStretch(1, 1)

    def _toggled(self) -> None:
        self.day.setEnabled(self.book.isChecked())
        self.reason.setEnabled(self.declined.isChecked())
        self.changed.emit()

    def met(self) -> bool:
        declined = self.declined.isChecked() and bool(self.reason.text().strip())
        return self.booked.isChecked() or self.book.isChecked() or declined

    def values(self) -> tuple[date | None, str | None]:
        """(the day to book a follow-up on, the client's reason for declining)."""
        book_on = date_value(self.day) if self.book.isChecked() else None
        declined = self.reason.text().strip() if self.declined.isChecked() else ""
        return book_on, declined or None
