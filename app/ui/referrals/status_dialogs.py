"""The forms that move a referral on: its next status (with the day and a note), and its
follow-up date. Each only collects values; the tab does the service call (app/ui/forms.py)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.referrals import ReferralView
from app.ui.form_access import describe_date, describe_optional_date, described, fit
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, text_box
from app.ui.record.dialogs import shown_text
from app.ui.referrals import words
from app.ui.referrals.dialogs import FOLLOW_UP_DAYS, choices, qdate


class StatusDialog(FormDialog):
    def __init__(self, referral: ReferralView, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("ReferralDialogs", "Referral status"),
            QCoreApplication.translate(
                "ReferralDialogs", "Record what happened to the referral, and when."
            ),
            QCoreApplication.translate("ReferralDialogs", "&Save status"),
            parent,
        )
        self.referral = referral
        to = f"{referral.service} · {referral.organisation}"
        self.add_row(
            QCoreApplication.translate("ReferralDialogs", "Referral:"),
            shown_text(to, QCoreApplication.translate("ReferralDialogs", "Referral")),
        )
        now = words.status_word(referral.status)
        self.add_row(
            QCoreApplication.translate("ReferralDialogs", "Now:"),
            shown_text(now, QCoreApplication.translate("ReferralDialogs", "Status now")),
        )
        moves = {code: words.status_word(code) for code in referral.moves}
        self.status = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&New status:"),
            choices(QCoreApplication.translate("ReferralDialogs", "New status"), moves),
        )
        self.on = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Date:"),
            date_edit(QCoreApplication.translate("ReferralDialogs", "Date of the change")),
        )
        self.on.setDateRange(qdate(referral.made_on), qdate(date.today()))
        self.note = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "N&ote:"),
            text_box(
                QCoreApplication.translate("ReferralDialogs", "Note"),
                QCoreApplication.translate("ReferralDialogs", "Optional: e.g. why it was declined"),
                60,
            ),
        )
        self._describe()
        fit(self, QCoreApplication.translate("ReferralDialogs", "Referral status"))

    def _describe(self) -> None:
        described(
            self.status,
            QCoreApplication.translate("ReferralDialogs", "What happened to the referral."),
        )
        describe_date(self.on)
        described(
            self.note,
            QCoreApplication.translate("ReferralDialogs", "Optional: anything worth keeping."),
        )

    def values(self) -> tuple[str, date, str | None]:
        return self.status.currentData(), date_value(self.on), self.note.toPlainText() or None


class FollowUpDialog(FormDialog):
    def __init__(self, referral: ReferralView, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("ReferralDialogs", "Follow-up date"),
            QCoreApplication.translate(
                "ReferralDialogs",
                "On this day the referral shows in Today, until it is closed or declined.",
            ),
            QCoreApplication.translate("ReferralDialogs", "&Save date"),
            parent,
        )
        self.referral = referral
        initial = referral.follow_up_on or date.today() + timedelta(days=FOLLOW_UP_DAYS)
        self.day = self.add_row(
            QCoreApplication.translate("ReferralDialogs", "&Follow up:"),
            OptionalDate(
                QCoreApplication.translate("ReferralDialogs", "Follow-up date"),
                initial,
                checked=referral.follow_up_on is not None,
            ),
        )
        self.day.edit.setMinimumDate(qdate(referral.made_on))
        describe_optional_date(
            self.day,
            QCoreApplication.translate("ReferralDialogs", "Follow-up date"),
            QCoreApplication.translate(
                "ReferralDialogs", "Tick to be reminded in Today on the follow-up date."
            ),
        )
        fit(self, QCoreApplication.translate("ReferralDialogs", "Follow-up date"))

    def values(self) -> tuple[date | None]:
        return (self.day.value(),)
