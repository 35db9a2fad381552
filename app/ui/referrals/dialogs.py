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

from app.services.referrals import CoveringConsent, ReferralContext, ReferralDraft, ReferralView
from app.services.referrals import names as covers
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box
from app.ui.record.dialogs import shown_text
from app.ui.referrals import words
from app.ui.widgets import long_day, notice

FOLLOW_UP_DAYS = 14
NO_SERVICES = (
    "This client has no active consent to services. You can still make the referral; take "
    "their consent to services at the next visit."
)


def _t(text: str) -> str:
    return QCoreApplication.translate("ReferralDialogs", text)


def release_text(release: CoveringConsent) -> str:
    until = long_day(release.expires_on) if release.expires_on else _t("no end date")
    return _t("To {recipients} (until {day})").format(
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
            _t("Make a referral"),
            _t("Refer the client to another service. Their information is shared only under "
               "a signed release of information that names the organisation."),
            _t("&Make referral"),
            parent,
        )  # fmt: skip
        self.case_id, self.releases = case_id, context.releases
        self.warning: QLabel | None = None  # warns; never blocks
        if not context.has_services_consent:
            self.warning = notice(_t(NO_SERVICES), _t("No consent to services"))
            self.form.addRow(self.warning)
        self._fields()
        self._consent_fields()
        self.organisation.textChanged.connect(self._match)
        self._match()

    def _fields(self) -> None:
        self.organisation = self.add_row(
            _t("&To (organisation):"), line(_t("Organisation"), _t("e.g. Eastside Pantry"))
        )
        self.service = self.add_row(_t("&Service:"), line(_t("Service"), _t("e.g. Food bank")))
        self.contact = self.add_row(
            _t("&Contact there:"), line(_t("Contact there"), _t("Optional: a person or team"))
        )
        self.reason = self.add_row(
            _t("&What for:"),
            text_box(_t("Reason for the referral"), _t("What the client needs"), 60),
        )
        self.urgency = self.add_row(_t("&Urgency:"), choices(_t("Urgency"), words.urgencies()))
        self.made_on = self.add_row(_t("Made &on:"), date_edit(_t("Date of the referral")))
        self.made_on.setMaximumDate(self.made_on.date())
        later = date.today() + timedelta(days=FOLLOW_UP_DAYS)
        self.follow_up = self.add_row(
            _t("&Follow up:"), OptionalDate(_t("Follow-up date"), later, checked=True)
        )

    def _consent_fields(self) -> None:
        self.consent = QComboBox()
        self.consent.setAccessibleName(_t("Release of information"))
        self.consent.addItem(_t("(none chosen)"), None)
        for release in self.releases:
            self.consent.addItem(release_text(release), release.id)
        self.add_row(_t("&Release of information:"), self.consent)
        self.cover = QLabel()
        self.cover.setWordWrap(True)
        self.cover.setAccessibleName(_t("Whether a release of information covers it"))
        self.form.addRow("", self.cover)
        self.offer = QPushButton(_t("&Prepare release of information…"))
        self.offer.setAccessibleName(_t("Prepare a release of information for this referral"))
        self.offer.clicked.connect(self.consent_wanted)
        self.form.addRow("", self.offer)

    def _match(self) -> None:
        """Choose the release that names the organisation typed, or offer to prepare one."""
        name = self.organisation.text().strip()
        found = next((r for r in self.releases if name and covers(r.recipients, name)), None)
        if found is not None:
            self.consent.setCurrentIndex(self.consent.findData(found.id))
            self.cover.setText(_t("A signed release of information names this organisation."))
        else:
            self.cover.setText(_t("No release of information in force names this organisation."))
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


class StatusDialog(FormDialog):
    def __init__(self, referral: ReferralView, parent: QWidget) -> None:
        super().__init__(
            _t("Referral status"),
            _t("Record what happened to the referral, and when."),
            _t("&Save status"),
            parent,
        )
        self.referral = referral
        to = f"{referral.service} · {referral.organisation}"
        self.add_row(_t("Referral:"), shown_text(to, _t("Referral")))
        now = words.status_word(referral.status)
        self.add_row(_t("Now:"), shown_text(now, _t("Status now")))
        moves = {code: words.status_word(code) for code in referral.moves}
        self.status = self.add_row(_t("&New status:"), choices(_t("New status"), moves))
        self.on = self.add_row(_t("&Date:"), date_edit(_t("Date of the change")))
        self.on.setDateRange(qdate(referral.made_on), qdate(date.today()))
        self.note = self.add_row(
            _t("N&ote:"), text_box(_t("Note"), _t("Optional: e.g. why it was declined"), 60)
        )

    def values(self) -> tuple[str, date, str | None]:
        return self.status.currentData(), date_value(self.on), self.note.toPlainText() or None


class FollowUpDialog(FormDialog):
    def __init__(self, referral: ReferralView, parent: QWidget) -> None:
        super().__init__(
            _t("Follow-up date"),
            _t("On this day the referral shows in Today, until it is closed or declined."),
            _t("&Save date"),
            parent,
        )
        self.referral = referral
        initial = referral.follow_up_on or date.today() + timedelta(days=FOLLOW_UP_DAYS)
        self.day = self.add_row(
            _t("&Follow up:"),
            OptionalDate(_t("Follow-up date"), initial, checked=referral.follow_up_on is not None),
        )
        self.day.edit.setMinimumDate(qdate(referral.made_on))

    def values(self) -> tuple[date | None]:
        return (self.day.value(),)
