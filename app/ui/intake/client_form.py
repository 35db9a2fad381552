"""The client's details as the intake form asks for them: who they are, their language,
contact details and what the client allows (phone, messages, visits, mail, a safe time),
capacity and who decides for them, and cultural considerations. Long: it scrolls inside the
dialog, so the dialog fits a 1366×768 screen.

`ClientForm` only collects values (app/ui/forms.py); New client and Edit details are built
on it (new_client.py, and `EditClientDialog` below).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from app.services.intake import ClientDetails
from app.ui.caseload.columns import language_name
from app.ui.forms import FormDialog, OptionalDate, line, text_box
from app.ui.intake import words

PRONOUNS = ("", "she/her", "he/him", "they/them")


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientForm", text)


def combo(accessible: str, choices: dict[Any, str], current: Any = None) -> QComboBox:
    """A drop-down of labels; the stored codes are kept as text (None as "")."""
    box = QComboBox()
    box.setAccessibleName(accessible)
    for code, label in choices.items():
        box.addItem(label, "" if code is None else str(code))
    select(box, current)
    return box


def select(box: QComboBox, code: Any) -> None:
    index = box.findData("" if code is None else str(code))
    box.setCurrentIndex(max(index, 0))


def chosen(box: QComboBox, choices: dict[Any, str]) -> Any:
    """The code of the chosen label (from the same `choices` the combo was made with)."""
    data = box.currentData() or ""
    return next((code for code in choices if ("" if code is None else str(code)) == data), None)


def tick(text: str, accessible: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(accessible)
    return box


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def languages(current: str | None = None) -> dict[str, str]:
    codes = list(words.LANGUAGE_CODES)
    if current and current not in codes:
        codes.append(current)
    return {code: words.language_label(code, language_name(code)) for code in codes}


class ClientForm(FormDialog):
    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self._who()
        self._contact()
        self._permissions()
        self._capacity()
        # Not `scroll`: that name is QWidget's scroll(dx, dy).
        self.details_area = self.scroll_form(_t("Client details"), 620, 640)
        self.lacks_capacity.toggled.connect(self._enable)
        self._enable()

    def _who(self) -> None:
        self.form.addRow(heading(_t("Who they are")))
        self.first = self.add_row(_t("&First name"), line(_t("Legal first name")))
        self.last = self.add_row(_t("Fa&mily name"), line(_t("Legal family name")))
        self.preferred = self.add_row(_t("P&referred name"), line(_t("Preferred name")))
        self.pronouns = self.add_row(_t("Pron&ouns"), QComboBox())
        self.pronouns.setEditable(True)
        self.pronouns.addItems(PRONOUNS)
        self.pronouns.setAccessibleName(_t("Pronouns"))
        thirty = date.today() - timedelta(days=365 * 30)
        self.born = self.add_row(_t("Date of &birth"), OptionalDate(_t("Date of birth"), thirty))
        self.born.edit.setMaximumDate(QDate.currentDate())
        self.language = self.add_row(_t("&Language"), combo(_t("Language"), languages()))
        self.interpreter = self.add_row(
            "", tick(_t("&Interpreter needed"), _t("Interpreter needed"))
        )

    def _contact(self) -> None:
        self.form.addRow(heading(_t("Contact details")))
        self.phone = self.add_row(_t("&Phone"), line(_t("Phone number")))
        self.email = self.add_row(_t("&Email"), line(_t("Email address")))
        self.address = self.add_row(_t("&Address"), text_box(_t("Address"), "", 52))

    def _permissions(self) -> None:
        self.form.addRow(heading(_t("What the client allows")))
        phone, allowed = words.phone_choices(), words.permission_choices()
        self.may_phone = self.add_row(_t("May we p&hone?"), combo(_t("May we phone"), phone))
        self.may_message = self.add_row(
            _t("Leave a messa&ge?"), combo(_t("May we leave a message"), allowed)
        )
        self.may_visit = self.add_row(_t("&Visit at home?"), combo(_t("May we visit"), allowed))
        self.may_mail = self.add_row(_t("Sen&d mail?"), combo(_t("May we send mail"), allowed))
        self.safe_time = self.add_row(
            _t("Safe contact &time"),
            line(_t("Safe contact time"), _t("e.g. weekdays 9–12; never evenings")),
        )
        self.rules = self.add_row(
            _t("Other contact r&ules"),
            text_box(_t("Other contact rules"), _t("e.g. text first; use the work number"), 52),
        )

    def _capacity(self) -> None:
        self.form.addRow(heading(_t("Capacity and representative")))
        self.lacks_capacity = self.add_row(
            "",
            tick(
                _t("Lac&ks capacity: a guardian or representative decides"),
                _t("Lacks capacity"),
            ),
        )
        self.rep_name = self.add_row(_t("Represe&ntative"), line(_t("Representative's name")))
        self.rep_role = self.add_row(
            _t("Their role"), combo(_t("Representative's role"), words.representative_roles())
        )
        self.rep_phone = self.add_row(_t("Their phone"), line(_t("Representative's phone number")))
        self.form.addRow(heading(_t("Culture")))
        self.culture = self.add_row(
            _t("&Cultural considerations"),
            text_box(
                _t("Cultural considerations"), _t("Faith, customs, gender of the worker…"), 52
            ),
        )

    def _enable(self) -> None:
        """The representative is asked for when the client lacks capacity (a parent of a child
        may be recorded anyway)."""
        needed = self.lacks_capacity.isChecked()
        self.rep_name.setPlaceholderText(
            _t("Required: who decides for the client") if needed else ""
        )

    def details(self) -> ClientDetails:
        return ClientDetails(
            legal_first_name=self.first.text(),
            legal_last_name=self.last.text(),
            preferred_name=self.preferred.text(),
            pronouns=self.pronouns.currentText(),
            date_of_birth=self.born.value(),
            preferred_language=self.language.currentData() or "en",
            interpreter_needed=self.interpreter.isChecked(),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            do_not_call=bool(chosen(self.may_phone, words.phone_choices())),
            may_leave_message=chosen(self.may_message, words.permission_choices()),
            may_visit=chosen(self.may_visit, words.permission_choices()),
            may_send_mail=chosen(self.may_mail, words.permission_choices()),
            safe_contact_times=self.safe_time.text(),
            contact_rules=self.rules.toPlainText(),
            lacks_capacity=self.lacks_capacity.isChecked(),
            representative_name=self.rep_name.text(),
            representative_role=self.rep_role.currentData() if self.rep_name.text() else None,
            representative_phone=self.rep_phone.text(),
            cultural_considerations=self.culture.toPlainText(),
        )

    def prefill(self, details: ClientDetails) -> None:
        for edit, value in (
            (self.first, details.legal_first_name),
            (self.last, details.legal_last_name),
            (self.preferred, details.preferred_name),
            (self.phone, details.phone),
            (self.email, details.email),
            (self.safe_time, details.safe_contact_times),
            (self.rep_name, details.representative_name),
            (self.rep_phone, details.representative_phone),
        ):
            edit.setText(value or "")
        for box, text in (
            (self.address, details.address),
            (self.rules, details.contact_rules),
            (self.culture, details.cultural_considerations),
        ):
            box.setPlainText(text or "")
        self._prefill_choices(details)

    def _prefill_choices(self, details: ClientDetails) -> None:
        self.pronouns.setCurrentText(details.pronouns or "")
        born = details.date_of_birth
        self.born.enabled.setChecked(born is not None)
        if born is not None:
            self.born.edit.setDate(QDate(born.year, born.month, born.day))
        language = details.preferred_language
        if self.language.findData(language) < 0:
            self.language.addItem(words.language_label(language, language_name(language)), language)
        select(self.language, language)
        self.interpreter.setChecked(details.interpreter_needed)
        select(self.may_phone, details.do_not_call)
        select(self.may_message, details.may_leave_message)
        select(self.may_visit, details.may_visit)
        select(self.may_mail, details.may_send_mail)
        self.lacks_capacity.setChecked(details.lacks_capacity)
        select(self.rep_role, details.representative_role)


class EditClientDialog(ClientForm):
    """Edit details (Ctrl+Shift+E on an open record). Only what was changed is saved, so an edit of
    another field on another laptop is kept when the two sync."""

    def __init__(self, details: ClientDetails, parent: QWidget | None) -> None:
        super().__init__(
            _t("Edit client details"),
            _t("Change what is new or wrong. Only the fields you change are saved."),
            _t("&Save changes"),
            parent,
        )
        self.prefill(details)
