"""The visit forms of the Tasks & visits tab (schedule a visit, with a warning before saving
one outside the client's safe times or contact permissions or on a closed case; complete a
visit and start its note; record it as cancelled or missed, with the reason) and the vault work
behind that tab which app/ui/access.py does not offer: what the visit checks need, why visits
were cancelled or missed, whom a task may be given to, a task given to a colleague.

Like every `VaultAccess` method, each function runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data (they live in
app/ui/record/calls.py and are re-exported here for the tab).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.timeutil import to_utc
from app.services import visit_checks
from app.services.dto import VisitSummary
from app.services.visit_checks import VisitFacts, VisitWarning
from app.ui.forms import FormDialog, line
from app.ui.locale_format import DAY_WITH_WEEKDAY, clock_range, local_moment, long_day, short_day
from app.ui.record.calls import ActivityExtras as ActivityExtras  # re-exported for the tab
from app.ui.record.calls import activity_extras as activity_extras
from app.ui.record.calls import add_task_for as add_task_for
from app.ui.record.calls import end_visit as end_visit
from app.ui.record.calls import visit_facts as visit_facts
from app.ui.record.dialogs import describe_buttons, described, shown_text, tab_leaves
from app.ui.widgets import notice

CONTACT_WORDS = {
    "home": QT_TRANSLATE_NOOP("Visits", "Home visit"),
    "phone": QT_TRANSLATE_NOOP("Visits", "Phone call"),
    "office": QT_TRANSLATE_NOOP("Visits", "Office meeting"),
    "video": QT_TRANSLATE_NOOP("Visits", "Video call"),
}


def contact_word(code: str) -> str:
    """ "Home visit" for "home", in the worker's language."""
    known = CONTACT_WORDS.get(code)
    return QCoreApplication.translate("Visits", known) if known else code.replace("_", " ")


def visit_texts(visit: VisitSummary, reason: str | None) -> list[str]:
    status = {
        "scheduled": QCoreApplication.translate("Visits", "Scheduled"),
        "done": QCoreApplication.translate("Visits", "Done"),
        "cancelled": QCoreApplication.translate("Visits", "Cancelled"),
        "no_show": QCoreApplication.translate("Visits", "No-show"),
    }.get(visit.status, visit.status.replace("_", " "))
    return [
        local_moment(visit.scheduled_at),
        contact_word(visit.contact_type),
        status,
        reason or "",
        visit.location or "",
    ]


def visit_line(visit: VisitSummary) -> str:
    return QCoreApplication.translate("Visits", "{kind}, {when}").format(
        kind=contact_word(visit.contact_type), when=local_moment(visit.scheduled_at)
    )


class CompleteVisitDialog(FormDialog):
    """Mark a visit done; the note editor opens after it when the box stays ticked."""

    def __init__(self, visit: VisitSummary, parent: QWidget | None) -> None:
        intro = QCoreApplication.translate(
            "Visits",
            "Mark this visit as done. What happened, what was agreed and what comes next go "
            "in the case note: start it now while you remember.",
        )
        super().__init__(
            QCoreApplication.translate("Visits", "Complete visit"),
            intro,
            QCoreApplication.translate("Visits", "&Complete"),
            parent,
        )
        self.form.addRow(
            QCoreApplication.translate("Visits", "Visit:"),
            shown_text(visit_line(visit), QCoreApplication.translate("Visits", "The visit")),
        )
        self.write_note = QCheckBox(QCoreApplication.translate("Visits", "&Write the note now"))
        self.write_note.setAccessibleName(
            QCoreApplication.translate("Visits", "Write the note now")
        )
        self.write_note.setToolTip(
            QCoreApplication.translate("Visits", "Open the note editor for this visit after saving")
        )
        self.write_note.setChecked(True)
        self.form.addRow(self.write_note)
        describe_buttons(self, QCoreApplication.translate("Visits", "Mark the visit as done"))

    def values(self) -> bool:
        return self.write_note.isChecked()


class MissedVisitDialog(FormDialog):
    """A visit that did not happen: cancelled, or the client was not there (a no-show)."""

    def __init__(self, visit: VisitSummary, parent: QWidget | None) -> None:
        intro = QCoreApplication.translate(
            "Visits",
            "Say what happened to this visit and why. The reason is kept with the visit; "
            "book a new one if it is still needed.",
        )
        super().__init__(
            QCoreApplication.translate("Visits", "Visit not held"),
            intro,
            QCoreApplication.translate("Visits", "&Save"),
            parent,
        )
        self.form.addRow(
            QCoreApplication.translate("Visits", "Visit:"),
            shown_text(visit_line(visit), QCoreApplication.translate("Visits", "The visit")),
        )
        self.cancelled = QRadioButton(
            QCoreApplication.translate("Visits", "C&ancelled before it took place")
        )
        self.no_show = QRadioButton(
            QCoreApplication.translate("Visits", "&No-show: the client was not there")
        )
        self.group = QButtonGroup(self)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.cancelled, self.no_show):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setToolTip(QCoreApplication.translate("Visits", "What happened to the visit"))
            self.group.addButton(button)
            column.addWidget(button)
        self.cancelled.setChecked(True)
        self.form.addRow(QCoreApplication.translate("Visits", "What happened:"), box)
        self.reason = self.add_row(
            QCoreApplication.translate("Visits", "&Reason:"),
            line(
                QCoreApplication.translate("Visits", "Reason"),
                QCoreApplication.translate("Visits", "e.g. client in hospital; nobody answered"),
            ),
        )
        self.reason.setAccessibleDescription(
            QCoreApplication.translate("Visits", "Why the visit did not take place (required)")
        )
        describe_buttons(self, QCoreApplication.translate("Visits", "Save what happened"))

    def values(self) -> tuple[str, str]:
        outcome = "no_show" if self.no_show.isChecked() else "cancelled"
        return outcome, self.reason.text().strip()


class VisitDialog(FormDialog):
    """Book a visit or call. Before it saves, the client's safe times, contact permissions and
    the case's state are checked (app/services/visit_checks.py); each problem is named in plain
    words and the worker chooses to schedule anyway or go back to the form."""

    def __init__(self, parent: QWidget | None, facts: VisitFacts | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("VisitDialog", "Schedule a visit"),
            QCoreApplication.translate(
                "VisitDialog",
                "Book a visit or call with this client. It shows in Today on the day.",
            ),
            QCoreApplication.translate("VisitDialog", "&Schedule"),
            parent,
        )
        self.facts: VisitFacts | None = None
        self.confirm: QMessageBox | None = None
        self.reminder = notice("", self.tr("The client's safe times and contact rules"))
        self.reminder.hide()
        self.form.addRow(self.reminder)
        self._fields()
        describe_buttons(self, self.tr("Save the visit (you are warned first if it is not safe)"))
        self.ok.setEnabled(False)  # until the client's details are read
        if facts is not None:
            self.set_facts(facts)

    def _fields(self) -> None:
        self.kind = described(QComboBox(), self.tr("Home visit, phone call, office or video"))
        self.kind.setAccessibleName(self.tr("Kind of contact"))
        for code in CONTACT_WORDS:
            self.kind.addItem(contact_word(code), code)
        self.add_row(self.tr("&Kind:"), self.kind)
        self.when = tab_leaves(
            described(QDateTimeEdit(), self.tr("When the visit starts, local time"))
        )
        self.when.setAccessibleName(self.tr("Date and time (local)"))
        self.when.setCalendarPopup(True)
        clock = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.when.setDisplayFormat(f"{DAY_WITH_WEEKDAY} {clock}")
        start = (datetime.now() + timedelta(days=1)).replace(hour=10, minute=0, second=0)
        self.set_start(start)
        self.add_row(self.tr("&When:"), self.when)
        self.minutes = described(QSpinBox(), self.tr("How long the visit lasts, in minutes"))
        self.minutes.setAccessibleName(self.tr("Duration in minutes"))
        self.minutes.setRange(5, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.add_row(self.tr("&Duration:"), self.minutes)
        place = line(self.tr("Location"), self.tr("e.g. Client's home"))
        self.location = self.add_row(self.tr("&Location:"), described(place, self.tr("Optional")))
        purpose = line(self.tr("Purpose"), self.tr("e.g. Monthly review"))
        self.purpose = self.add_row(self.tr("&Purpose:"), described(purpose, self.tr("Optional")))

    def set_start(self, local: datetime) -> None:
        # PySide6 converts a datetime; its stub has no such overload.
        self.when.setDateTime(QDateTime(local))  # type: ignore[call-overload]

    def set_facts(self, facts: VisitFacts) -> None:
        """The client's safe times and rules (read from the vault): shown, and checked on save."""
        self.facts = facts
        lines = []
        if facts.safe_times:
            lines.append(self.tr("Safe times: {times}").format(times=facts.safe_times))
        if facts.contact_rules:
            lines.append(self.tr("Contact rules: {rules}").format(rules=facts.contact_rules))
        self.reminder.setText("\n".join(lines))
        self.reminder.setVisible(bool(lines))
        self.ok.setEnabled(True)

    def local_start(self) -> datetime:
        # cast: PySide6 types toPython() as object; a QDateTime gives a datetime.
        return cast(datetime, self.when.dateTime().toPython()).replace(second=0, microsecond=0)

    def values(self) -> tuple[str, datetime, int, str | None, str | None]:
        return (
            self.kind.currentData(),
            to_utc(self.local_start()),
            self.minutes.value(),
            self.location.text().strip() or None,
            self.purpose.text().strip() or None,
        )

    def warnings(self) -> list[str]:
        """Each reason to think twice, as a sentence (none when the facts are not known)."""
        if self.facts is None:
            return []
        start, minutes = self.local_start(), self.minutes.value()
        found = visit_checks.check_visit(self.facts, self.kind.currentData(), start, minutes)
        return [self._sentence(warning, start, minutes) for warning in found]

    def _sentence(self, warning: VisitWarning, start: datetime, minutes: int) -> str:
        if warning.kind == visit_checks.CLOSED_CASE:
            return self.tr("This case was closed on {day}.").format(day=long_day(warning.closed_on))
        if warning.kind == visit_checks.NO_CALLS:
            return self.tr("This client has asked not to be phoned.")
        if warning.kind == visit_checks.NO_HOME_VISITS:
            return self.tr("This client has said no to home visits.")
        when = self.tr("{day}, {times}").format(
            day=short_day(start.date()),
            times=clock_range(start, start + timedelta(minutes=minutes)),
        )
        return self.tr("This client's safe times are “{times}”; the visit is {when}.").format(
            times=warning.safe_times, when=when
        )

    def _submit(self) -> None:
        sentences = self.warnings()
        if not sentences:
            super()._submit()
            return
        question = self.tr("Schedule it anyway?")
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Check before scheduling"), "", parent=self
        )
        box.setText("\n\n".join([*sentences, question]))
        box.setAccessibleName(self.tr("Check before scheduling"))
        anyway = box.addButton(self.tr("Schedule &anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        anyway.setToolTip(self.tr("Save the visit as it is"))
        back.setToolTip(self.tr("Return to the form; nothing is saved"))
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is anyway))
        self.confirm = box
        box.open()

    def _answered(self, schedule: bool) -> None:
        self.confirm = None
        if schedule and not self.closed:
            super()._submit()
