"""The referral forms: making a referral (to whom, what for, how urgent, under which release
of information), moving it to its next status, and its follow-up date.

The referral form says at once whether a release of information in force names the
organisation typed; when none does, it offers to prepare one (`consent_wanted`). Each form
only collects values; the tab does the service call (app/ui/forms.py).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.referrals import CoveringConsent, ReferralContext, ReferralDraft
from app.services.referrals import names as covers
from app.ui.form_access import describe_date, describe_optional_date, described, fit
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box
from app.ui.referrals import words
from app.ui.widgets import long_day, notice

FOLLOW_UP_DAYS = 14
NO_SERVICES = QT_TRANSLATE_NOOP(
    "ReferralDialogs",
    "This client has no active consent to services. You can still make the referral; take "
    "their consent to services at the next visit.",
)


def release_text(release: CoveringConsent) -> str:
    until = (
        long_day(release.expires_on)
        if release.expires_on
        else QCoreApplication.translate("ReferralDialogs", "no end date")
    )
    return QCoreApplication.translate("ReferralDialogs", "To {recipients} (until {day})").format(
        recipients=", ".join(release.recipients), day=until
    )


def choices(accessible: str, options: dict[str, str]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for code, word in options.items():
        box.addItem(word, code)
    return box


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReferralDialog(FormDialog):
    consent_wanted = Signal()  # prepare the release of information this referral needs

    def __init__(self, case_id: str, context: ReferralContext, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("ReferralDialogs", "Make a referral"),
            QCoreApplication.translate(
                "ReferralDialogs",
                "Refer the client to another service. Their information is shared only under "
                "a signed release of information that names the organisation.",
            ),
            QCoreApplication.translate("ReferralDialogs", "&Make referral"),
            parent,
        )
        self.case_id, self.releases = case_id, context.releases
        self.warning: QLabel | None = None  # warns; never blocks
        if not context.has_services_consent:
            self.warning = notice(
                QCoreApplication.translate("ReferralDialogs", NO_SERVICES),
                QCoreApplication.translate("ReferralDialogs", "No consent to services"),
            )
            self.form.addRow(self.warning)
        self._fields()
        self._consent_fields()
        self._describe()
        self.organisation.textChanged.connect(self._match)
        self._match()
        fit(self, QCoreApplication.translate("ReferralDialogs", "Referral"))

    def _describe(self) -> None:
        describe_optional_date(
            self.follow_up,
            QCoreApplication.translate("ReferralDialogs", "Follow-up date"),
            QCoreApplication.translate(
                "ReferralDialogs", "Tick to be reminded in Today on the follow-up date."
            ),
        )
        describe_date(self.made_on)
        for widget, text in (
            (
                self.organisation,
                QCoreApplication.translate(
                    "ReferralDialogs", "Required: the organisation the client is referred to."
                ),
            ),
            (
                self.service,
                QCoreApplication.translate("ReferralDialogs", "Required: the service asked for."),
            ),
            (
                self.contact,
                QCoreApplication.translate("ReferralDialogs", "Optional: who to ask for there."),
            ),
            (
                self.reason,
                QCoreApplication.translate("ReferralDialogs", "Required: what the client needs."),
            ),
            (
                self.urgency,
                QCoreApplication.translate("ReferralDialogs", "How soon the client needs it."),
            ),
            (
                self.consent,
                QCoreApplication.translate(
                    "ReferralDialogs",
                    "The signed release of information the referral is made under.",
                ),
            ),
            (
                self.offer,
                QCoreApplication.translate(
                    "ReferralDialogs",
                    "Closes this form, keeping what you typed, and opens the consent form.",
                ),
            ),
        ):
            described(widget, text)

    def _fields(self) -> None:
        self.organisation = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&To (organisation):"),
            line(
                QCoreApplication.translate("ReferralDialogs", "Organisation"),
                QCoreApplication.translate("ReferralDialogs", "e.g. Eastside Pantry"),
            ),
        )
        self.service = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Service:"),
            line(
                QCoreApplication.translate("ReferralDialogs", "Service"),
                QCoreApplication.translate("ReferralDialogs", "e.g. Food bank"),
            ),
        )
        self.contact = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Contact there:"),
            line(
                QCoreApplication.translate("ReferralDialogs", "Contact there"),
                QCoreApplication.translate("ReferralDialogs", "Optional: a person or team"),
            ),
        )
        self.reason = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&What for:"),
            text_box(
                QCoreApplication.translate("ReferralDialogs", "Reason for the referral"),
                QCoreApplication.translate("ReferralDialogs", "What the client needs"),
                60,
            ),
        )
        self.urgency = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Urgency:"),
            choices(QCoreApplication.translate("ReferralDialogs", "Urgency"), words.urgencies()),
        )
        self.made_on = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "Made &on:"),
            date_edit(QCoreApplication.translate("ReferralDialogs", "Date of the referral")),
        )
        self.made_on.setMaximumDate(self.made_on.date())
        later = date.today() + timedelta(days=FOLLOW_UP_DAYS)
        self.follow_up = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Follow up:"),
            OptionalDate(
                QCoreApplication.translate("ReferralDialogs", "Follow-up date"), later, checked=True
            ),
        )

    def _consent_fields(self) -> None:
        self.consent = QComboBox()
        self.consent.setAccessibleName(
            QCoreApplication.translate("ReferralDialogs", "Release of information")
        )
        self.consent.addItem(QCoreApplication.translate("ReferralDialogs", "(none chosen)"), None)
        for release in self.releases:
            self.consent.addItem(release_text(release), release.id)
        self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Release of information:"), self.consent
        )
        self.cover = QLabel()
        self.cover.setWordWrap(True)
        self.cover.setAccessibleName(
            QCoreApplication.translate(
                "ReferralDialogs", "Whether a release of information covers it"
            )
        )
        self.form.addRow("", self.cover)
        self.offer = QPushButton(
            QCoreApplication.translate("ReferralDialogs", "&Prepare release of information…")
        )
        self.offer.setAccessibleName(
            QCoreApplication.translate(
                "ReferralDialogs", "Prepare a release of information for this referral"
            )
        )
        self.offer.clicked.connect(self.consent_wanted)
        self.form.addRow("", self.offer)

    def _match(self) -> None:
        """Choose the release that names the organisation typed, or offer to prepare one."""
        name = self.organisation.text().strip()
        found = next((r for r in self.releases if name and covers(r.recipients, name)), None)
        if found is not None:
            self.consent.setCurrentIndex(self.consent.findData(found.id))
            self.cover.setText(
                QCoreApplication.translate(
                    "ReferralDialogs", "A signed release of information names this organisation."
                )
            )
        else:
            self.cover.setText(
                QCoreApplication.translate(
                    "ReferralDialogs", "No release of information in force names this organisation."
                )
            )
        self.offer.setVisible(found is None)
        self.offer.setEnabled(bool(name))

    def prefill(self, draft: ReferralDraft) -> None:
        """Start from a referral the worker began before preparing its consent."""
        self.organisation.setText(draft.organisation)
        self.service.setText(draft.service)
        self.contact.setText(draft.contact or "")
        self.reason.setPlainText(draft.reason)
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(draft.urgency)))
        self.made_on.setDate(qdate(draft.made_on))
        self.follow_up.enabled.setChecked(draft.follow_up_on is not None)
        if draft.follow_up_on is not None:
            self.follow_up.edit.setDate(qdate(draft.follow_up_on))
        self._match()

    def values(self) -> ReferralDraft:
        return ReferralDraft(
            case_id=self.case_id,
            organisation=self.organisation.text(),
            service=self.service.text(),
            reason=self.reason.toPlainText(),
            made_on=date_value(self.made_on),
            urgency=self.urgency.currentData(),
            contact=self.contact.text().strip() or None,
            follow_up_on=self.follow_up.value(),
            consent_id=self.consent.currentData(),
        )
