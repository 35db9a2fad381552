"""The values of the client form (app/ui/intake/client_form.py): read into `ClientDetails`,
and filled in from them for Edit details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate

from app.services.intake import ClientDetails
from app.ui.caseload.columns import language_name
from app.ui.intake import words
from app.ui.intake.fields import chosen, select

if TYPE_CHECKING:
    from app.ui.intake.client_form import ClientForm


def details_of(form: ClientForm) -> ClientDetails:
    return ClientDetails(
        legal_first_name=form.first.text(),
        legal_last_name=form.last.text(),
        preferred_name=form.preferred.text(),
        pronouns=form.pronouns.currentText(),
        date_of_birth=form.born.value(),
        preferred_language=form.language.currentData() or "en",
        interpreter_needed=form.interpreter.isChecked(),
        phone=form.phone.text(),
        email=form.email.text(),
        address=form.address.toPlainText(),
        do_not_call=bool(chosen(form.may_phone, words.phone_choices())),
        may_leave_message=chosen(form.may_message, words.permission_choices()),
        may_visit=chosen(form.may_visit, words.permission_choices()),
        may_send_mail=chosen(form.may_mail, words.permission_choices()),
        safe_contact_times=form.safe_time.text(),
        contact_rules=form.rules.toPlainText(),
        lacks_capacity=form.lacks_capacity.isChecked(),
        representative_name=form.rep_name.text(),
        representative_role=form.rep_role.currentData() if form.rep_name.text() else None,
        representative_phone=form.rep_phone.text(),
        cultural_considerations=form.culture.toPlainText(),
    )


def prefill(form: ClientForm, details: ClientDetails) -> None:
    for edit, value in (
        (form.first, details.legal_first_name),
        (form.last, details.legal_last_name),
        (form.preferred, details.preferred_name),
        (form.phone, details.phone),
        (form.email, details.email),
        (form.safe_time, details.safe_contact_times),
        (form.rep_name, details.representative_name),
        (form.rep_phone, details.representative_phone),
    ):
        edit.setText(value or "")
    for box, text in (
        (form.address, details.address),
        (form.rules, details.contact_rules),
        (form.culture, details.cultural_considerations),
    ):
        box.setPlainText(text or "")
    _prefill_choices(form, details)


def _prefill_choices(form: ClientForm, details: ClientDetails) -> None:
    form.pronouns.setCurrentText(details.pronouns or "")
    born = details.date_of_birth
    form.born.enabled.setChecked(born is not None)
    if born is not None:
        form.born.edit.setDate(QDate(born.year, born.month, born.day))
    language = details.preferred_language
    if form.language.findData(language) < 0:
        form.language.addItem(words.language_label(language, language_name(language)), language)
    select(form.language, language)
    form.interpreter.setChecked(details.interpreter_needed)
    select(form.may_phone, details.do_not_call)
    select(form.may_message, details.may_leave_message)
    select(form.may_visit, details.may_visit)
    select(form.may_mail, details.may_send_mail)
    form.lacks_capacity.setChecked(details.lacks_capacity)
    select(form.rep_role, details.representative_role)
