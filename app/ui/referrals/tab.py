"""The Referrals tab: every referral of the client (to whom, what for, how urgent), its status
and follow-up date, and the actions: make a referral, move it to its next status, set its
follow-up date.

A referral is made only under a signed release of information naming the organisation
(app/services/referrals.py). When none exists the referral form offers to prepare one: the
form closes, what was typed is kept here, and the record opens the consent form prefilled
(`consent_requested`); once the consent is signed, "Resume referral…" brings the referral
back with the new release chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from app.core.consent import Signer
from app.services.consents import ConsentDraft
from app.services.dto import ClientRecord
from app.services.referrals import ReferralDraft, ReferralView
from app.ui.access import VaultAccess
from app.ui.form_access import leaves_by_tab
from app.ui.pane import (
    ALERT,
    RecordTab,
    button,
    item_list,
    list_item,
    muted_item,
    paint,
    selected_id,
    set_error,
)
from app.ui.referrals import calls, words
from app.ui.referrals.calls import ReferralsShown
from app.ui.referrals.dialogs import ReferralDialog
from app.ui.referrals.status_dialogs import FollowUpDialog, StatusDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day, notice

ReferralForm = ReferralDialog | StatusDialog | FollowUpDialog


def referral_texts(view: ReferralView) -> list[str]:
    contact = (
        "\n" + QCoreApplication.translate("ReferralsTab", "Contact: {who}").format(who=view.contact)
        if view.contact
        else ""
    )
    to = f"{view.service} · {view.organisation}\n{view.reason}{contact}"
    status = QCoreApplication.translate("ReferralsTab", "{status} on {day}").format(
        status=words.status_word(view.status), day=long_day(view.status_on or view.made_on)
    )
    urgency = "" if view.urgency == "routine" else "\n" + words.urgencies()[view.urgency]
    note = f"\n{view.status_note}" if view.status_note else ""
    follow = (
        long_day(view.follow_up_on)
        if view.follow_up_on
        else QCoreApplication.translate("ReferralsTab", "none")
    )
    return [to, status + urgency + note, follow]


def consent_for(record: ClientRecord, draft: ReferralDraft) -> ConsentDraft:
    """The release of information a referral needs: to the organisation, for its reason."""
    self_signed = not record.lacks_capacity
    signer = Signer(record.legal_name if self_signed else "", "self" if self_signed else "guardian")
    return ConsentDraft(
        kind="release_of_information",
        purposes=(draft.reason.strip(),),
        effective_on=date.today(),
        expires_on=None,
        method="signed_on_screen",
        language=record.preferred_language.split("-")[0],
        signer=signer,
        recipients=(draft.organisation.strip(),),
        case_id=draft.case_id,
    )


class ReferralsTab(RecordTab):
    consent_requested = Signal(object)  # a ConsentDraft: open the consent form, prefilled

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(QCoreApplication.translate("ReferralsTab", "Referrals"))
        self.shown: ReferralsShown | None = None
        self.pending: ReferralDraft | None = None  # waits for its release of information
        self.waiting = notice(
            "", QCoreApplication.translate("ReferralsTab", "Referral waiting for its consent")
        )
        self.waiting.hide()
        self.list = item_list(
            QCoreApplication.translate("ReferralsTab", "Referrals"),
            [
                QCoreApplication.translate("ReferralsTab", "Referral"),
                QCoreApplication.translate("ReferralsTab", "Status"),
                QCoreApplication.translate("ReferralsTab", "Follow-up"),
            ],
        )
        leaves_by_tab(
            self.list,
            QCoreApplication.translate(
                "ReferralsTab", "The client's referrals, newest first. Arrow keys choose one."
            ),
        )
        self.list.setColumnWidth(0, 300)
        self.list.setColumnWidth(1, 170)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.error = error_label(
            QCoreApplication.translate("ReferralsTab", "Problem with referrals")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addLayout(self._buttons())
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)
        self.setTabOrder(self.follow_up_button, self.list)  # the buttons above the list first
        self._enable()

    def _button(self, text: str, tip: str, action: Callable[[], None]) -> QPushButton:
        widget = button(text, text.replace("&", "").rstrip("…"), tip)
        widget.clicked.connect(lambda _checked=False: action())
        return widget

    def _buttons(self) -> QHBoxLayout:
        self.make_button = self._button(
            QCoreApplication.translate("ReferralsTab", "Make re&ferral…"),
            QCoreApplication.translate("ReferralsTab", "Refer the client to another service"),
            self.make_referral,
        )
        self.status_button = self._button(
            QCoreApplication.translate("ReferralsTab", "Stat&us…"),
            QCoreApplication.translate(
                "ReferralsTab", "Record what happened to the selected referral"
            ),
            self.change_status,
        )
        self.follow_up_button = self._button(
            QCoreApplication.translate("ReferralsTab", "Follo&w-up…"),
            QCoreApplication.translate(
                "ReferralsTab", "Set the selected referral's follow-up date"
            ),
            self.follow_up,
        )
        row = QHBoxLayout()
        for widget in (self.make_button, self.status_button, self.follow_up_button):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- reading -----------------------------------------------------------------------
    def load(self) -> None:
        if self.record is not None:
            client_id = self.record.id
            self.call(lambda access: calls.referrals_shown(access, client_id), self.show_referrals)

    def show_referrals(self, shown: ReferralsShown) -> None:
        set_error(self.error, "")
        self.shown = shown
        self.list.clear()
        for view in shown.referrals:
            item = list_item(referral_texts(view), view.id)
            if view.follow_up_due:
                paint(item, ALERT, bold=True)
            self.list.addTopLevelItem(item)
        if not shown.referrals:
            muted_item(self.list, QCoreApplication.translate("ReferralsTab", "No referrals yet."))
        self._enable()

    def selected(self) -> ReferralView | None:
        chosen = selected_id(self.list)
        listed = self.shown.referrals if self.shown else []
        return next((r for r in listed if r.id == chosen), None)

    def _enable(self) -> None:
        view = self.selected()
        self.make_button.setEnabled(self.case_id is not None and self.shown is not None)
        text = (
            QCoreApplication.translate("ReferralsTab", "Resume re&ferral…")
            if self.pending
            else QCoreApplication.translate("ReferralsTab", "Make re&ferral…")
        )
        self.make_button.setText(text)
        self.make_button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self.status_button.setEnabled(view is not None and bool(view.moves))
        self.follow_up_button.setEnabled(view is not None and bool(view.moves))
        self._waiting()

    def _waiting(self) -> None:
        """Say which referral waits for its release of information, if one does."""
        if self.pending is not None:
            text = QCoreApplication.translate(
                "ReferralsTab",
                "The referral to {organisation} waits for a signed release of information. "
                "Sign it in the Consent tab, then choose Resume referral.",
            )
            self.waiting.setText(text.format(organisation=self.pending.organisation.strip()))
        self.waiting.setVisible(self.pending is not None)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions -----------------------------------------------------------------------
    def _form(self, dialog: ReferralForm, work: Callable[[VaultAccess, Any], object]) -> None:
        """Open `dialog`; each submit reads its values here (the GUI thread) and runs
        `work(access, values)` on the worker; on success the form closes and the list (and
        the record, through `changed`) is read again."""

        def saved(_result: object) -> None:
            dialog.succeeded()
            self.changed.emit()
            self.load()

        def submit() -> None:
            values = dialog.values()
            self.call(lambda access: work(access, values), saved, dialog.show_error)

        self.open_form(dialog, submit)

    def make_referral(self) -> None:
        if self.case_id is None or self.shown is None:
            return
        dialog = ReferralDialog(self.case_id, self.shown.context, self.window())
        if self.pending is not None:
            dialog.prefill(self.pending)
        dialog.consent_wanted.connect(lambda: self._offer_consent(dialog))
        dialog.accepted.connect(self._made)
        self._form(dialog, calls.make)

    def _made(self) -> None:
        self.pending = None
        self._enable()

    def _offer_consent(self, dialog: ReferralDialog) -> None:
        """Keep what was typed, close the form, and ask for the consent form, prefilled."""
        if self.record is None:
            return
        self.pending = dialog.values()
        dialog.reject()
        self._enable()
        self.consent_requested.emit(consent_for(self.record, self.pending))

    def change_status(self) -> None:
        view = self.selected()
        if view is not None and view.moves:
            self._form(
                StatusDialog(view, self.window()),
                lambda a, v: calls.change_status(a, view.id, *v),
            )

    def follow_up(self) -> None:
        view = self.selected()
        if view is not None:
            self._form(
                FollowUpDialog(view, self.window()),
                lambda a, v: calls.set_follow_up(a, view.id, *v),
            )

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.record, self.shown, self.pending = None, None, None
        self.list.clear()
        set_error(self.error, "")
        self._enable()
