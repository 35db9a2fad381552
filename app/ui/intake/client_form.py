"""The client's details as the intake form asks for them: who they are, their language,
contact details and what the client allows (phone, messages, visits, mail, a safe time),
capacity and who decides for them, and cultural considerations. Long: it scrolls inside the
dialog, so the dialog fits a 1366×768 screen at 125 % scaling.

Each field's label is its accessible name; its description says what is expected. The form
only collects values (app/ui/forms.py, app/ui/intake/client_values.py); New client and Edit
details are built on it (new_client.py, and `EditClientDialog` below).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.intake import ClientDetails
from app.ui.form_access import (
    FORM_WIDTH,
    MOST_HEIGHT,
    describe_buttons,
    describe_optional_date,
    described,
)
from app.ui.forms import FormDialog, OptionalDate, line, text_box
from app.ui.intake import client_values, words
from app.ui.intake.fields import combo, heading, languages, tick

W = TypeVar("W", bound=QWidget)
PRONOUNS = ("", "she/her", "he/him", "they/them")  # stored as typed: the client's own words


class ClientForm(FormDialog):
    def __init__(self, title: str, intro: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(title, intro, ok_text, parent)
        self._who()
        self._language()
        self._contact()
        self._permissions()
        self._capacity()
        self._culture()
        describe_buttons(self)
        # Not `scroll`: that name is QWidget's scroll(dx, dy).
        self.details_area = self.scroll_form(
            QCoreApplication.translate("ClientForm", "Client details"), FORM_WIDTH, MOST_HEIGHT
        )
        self.lacks_capacity.toggled.connect(self._enable)
        self._enable()

    def _field(self, label: str, widget: W, description: str) -> W:
        return self.add_row(label, described(widget, description))

    def _who(self) -> None:
        self.form.addRow(heading(QCoreApplication.translate("ClientForm", "Who they are")))
        self.first = self._field(
            QCoreApplication.translate("ClientForm", "&First name"),
            line(QCoreApplication.translate("ClientForm", "Legal first name")),
            QCoreApplication.translate("ClientForm", "Required: as on the client's documents."),
        )
        self.last = self._field(
            QCoreApplication.translate("ClientForm", "Fa&mily name"),
            line(QCoreApplication.translate("ClientForm", "Legal family name")),
            QCoreApplication.translate("ClientForm", "Required: as on the client's documents."),
        )
        self.preferred = self._field(
            QCoreApplication.translate("ClientForm", "P&referred name"),
            line(QCoreApplication.translate("ClientForm", "Preferred name")),
            QCoreApplication.translate("ClientForm", "Optional: the name the client goes by."),
        )
        self.pronouns = self._field(
            QCoreApplication.translate("ClientForm", "Pron&ouns"),
            QComboBox(),
            QCoreApplication.translate(
                "ClientForm", "Optional: choose from the list or type the client's own words."
            ),
        )
        self.pronouns.setEditable(True)
        self.pronouns.addItems(PRONOUNS)
        self.pronouns.setAccessibleName(QCoreApplication.translate("ClientForm", "Pronouns"))
        self._born()

    def _born(self) -> None:
        thirty = date.today() - timedelta(days=365 * 30)
        name = QCoreApplication.translate("ClientForm", "Date of birth")
        self.born = self.add_row(
            QCoreApplication.translate("ClientForm", "Date of &birth"), OptionalDate(name, thirty)
        )
        describe_optional_date(
            self.born,
            name,
            QCoreApplication.translate(
                "ClientForm", "Tick to give the date of birth; leave it unticked if not known."
            ),
        )
        self.born.edit.setMaximumDate(QDate.currentDate())

    def _language(self) -> None:
        self.language = self._field(
            QCoreApplication.translate("ClientForm", "&Language"),
            combo(QCoreApplication.translate("ClientForm", "Language"), languages()),
            QCoreApplication.translate(
                "ClientForm", "The client's language: their consent forms and letters use it."
            ),
        )
        self.interpreter = self._field(
            "",
            tick(
                QCoreApplication.translate("ClientForm", "&Interpreter needed"),
                QCoreApplication.translate("ClientForm", "Interpreter needed"),
            ),
            QCoreApplication.translate(
                "ClientForm", "Tick when the client needs an interpreter for visits and calls."
            ),
        )

    def _contact(self) -> None:
        self.form.addRow(heading(QCoreApplication.translate("ClientForm", "Contact details")))
        self.phone = self._field(
            QCoreApplication.translate("ClientForm", "&Phone"),
            line(QCoreApplication.translate("ClientForm", "Phone number")),
            QCoreApplication.translate("ClientForm", "Optional: a number, at least three digits."),
        )
        self.email = self._field(
            QCoreApplication.translate("ClientForm", "&Email"),
            line(QCoreApplication.translate("ClientForm", "Email address")),
            QCoreApplication.translate("ClientForm", "Optional: such as name@example.org."),
        )
        self.address = self._field(
            QCoreApplication.translate("ClientForm", "&Address"),
            text_box(QCoreApplication.translate("ClientForm", "Address"), "", 52),
            QCoreApplication.translate(
                "ClientForm", "Optional: street, town and postcode, on one or more lines."
            ),
        )

    def _permissions(self) -> None:
        self.form.addRow(
            heading(QCoreApplication.translate("ClientForm", "What the client allows"))
        )
        phone, allowed = words.phone_choices(), words.permission_choices()
        self.may_phone = self._field(
            QCoreApplication.translate("ClientForm", "May we p&hone?"),
            combo(QCoreApplication.translate("ClientForm", "May we phone"), phone),
            QCoreApplication.translate("ClientForm", "Whether the client agrees to be phoned."),
        )
        self.may_message = self._field(
            QCoreApplication.translate("ClientForm", "Leave a messa&ge?"),
            combo(QCoreApplication.translate("ClientForm", "May we leave a message"), allowed),
            QCoreApplication.translate(
                "ClientForm", "Whether a message may be left when the client does not answer."
            ),
        )
        self.may_visit = self._field(
            QCoreApplication.translate("ClientForm", "&Visit at home?"),
            combo(QCoreApplication.translate("ClientForm", "May we visit"), allowed),
            QCoreApplication.translate(
                "ClientForm", "Whether a worker may visit the client's home."
            ),
        )
        self.may_mail = self._field(
            QCoreApplication.translate("ClientForm", "Sen&d mail?"),
            combo(QCoreApplication.translate("ClientForm", "May we send mail"), allowed),
            QCoreApplication.translate("ClientForm", "Whether letters may be sent to the address."),
        )
        self._rules()

    def _rules(self) -> None:
        self.safe_time = self._field(
            QCoreApplication.translate("ClientForm", "Safe contact &time"),
            line(
                QCoreApplication.translate("ClientForm", "Safe contact time"),
                QCoreApplication.translate("ClientForm", "e.g. weekdays 9–12; never evenings"),
            ),
            QCoreApplication.translate(
                "ClientForm", "Optional: when it is safe to contact the client, in words."
            ),
        )
        self.rules = self._field(
            QCoreApplication.translate("ClientForm", "Other contact r&ules"),
            text_box(
                QCoreApplication.translate("ClientForm", "Other contact rules"),
                QCoreApplication.translate("ClientForm", "e.g. text first; use the work number"),
                52,
            ),
            QCoreApplication.translate(
                "ClientForm", "Optional: any other rule for contacting the client."
            ),
        )

    def _capacity(self) -> None:
        self.form.addRow(
            heading(QCoreApplication.translate("ClientForm", "Capacity and representative"))
        )
        self.lacks_capacity = self._field(
            "",
            tick(
                QCoreApplication.translate(
                    "ClientForm", "Lac&ks capacity: a guardian or representative decides"
                ),
                QCoreApplication.translate("ClientForm", "Lacks capacity"),
            ),
            QCoreApplication.translate(
                "ClientForm", "Tick when someone decides for the client: their name is required."
            ),
        )
        self.rep_name = self._field(
            QCoreApplication.translate("ClientForm", "Represe&ntative"),
            line(QCoreApplication.translate("ClientForm", "Representative's name")),
            QCoreApplication.translate(
                "ClientForm", "The guardian's or representative's full name."
            ),
        )
        self._representative()

    def _representative(self) -> None:
        self.rep_role = self._field(
            QCoreApplication.translate("ClientForm", "Their role"),
            combo(
                QCoreApplication.translate("ClientForm", "Representative's role"),
                words.representative_roles(),
            ),
            QCoreApplication.translate("ClientForm", "What the representative is to the client."),
        )
        self.rep_phone = self._field(
            QCoreApplication.translate("ClientForm", "Their phone"),
            line(QCoreApplication.translate("ClientForm", "Representative's phone number")),
            QCoreApplication.translate("ClientForm", "Optional: how to reach the representative."),
        )

    def _culture(self) -> None:
        self.form.addRow(heading(QCoreApplication.translate("ClientForm", "Culture")))
        self.culture = self._field(
            QCoreApplication.translate("ClientForm", "&Cultural considerations"),
            text_box(
                QCoreApplication.translate("ClientForm", "Cultural considerations"),
                QCoreApplication.translate("ClientForm", "Faith, customs, gender of the worker…"),
                52,
            ),
            QCoreApplication.translate(
                "ClientForm", "Optional: what the worker should know and respect."
            ),
        )

    def _enable(self) -> None:
        """The representative is asked for when the client lacks capacity (a parent of a child
        may be recorded anyway)."""
        needed = self.lacks_capacity.isChecked()
        self.rep_name.setPlaceholderText(
            QCoreApplication.translate("ClientForm", "Required: who decides for the client")
            if needed
            else ""
        )

    def details(self) -> ClientDetails:
        return client_values.details_of(self)

    def prefill(self, details: ClientDetails) -> None:
        client_values.prefill(self, details)


class EditClientDialog(ClientForm):
    """Edit details (Ctrl+Shift+E on an open record). Only what was changed is saved, so an edit of
    another field on another laptop is kept when the two sync."""

    def __init__(self, details: ClientDetails, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ClientForm", "Edit client details"),
            QCoreApplication.translate(
                "ClientForm", "Change what is new or wrong. Only the fields you change are saved."
            ),
            QCoreApplication.translate("ClientForm", "&Save changes"),
            parent,
        )
        self.prefill(details)
