"""The Disclosures tab: every sharing of the client's information, newest first (when, to
whom, why, what, under which consent or legal basis, by whom, flagged for the supervisor,
whether and when the client was told), with Share information… (Ctrl+Shift+D) and
Client told….

Sharing runs on the task runner: the consent check as the worker chooses, then the packet is
built, sealed and the disclosure recorded in one unit of work; the one-time password is
shown once (app/ui/disclosure/password_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.disclosures import DisclosureDraft, DisclosureView
from app.ui.disclosure import calls, words
from app.ui.disclosure.calls import CheckAnswer, Choices, History, SharedPacket
from app.ui.disclosure.password_dialog import PasswordDialog
from app.ui.disclosure.share_dialog import ShareDialog
from app.ui.disclosure.told_dialog import ClientToldDialog
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
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day

SHARE_KEYS = QKeySequence(
    "Ctrl+Shift+D"
)  # Ctrl+Shift+S is Sync now; the record view owns the shortcut
COLUMNS = (
    QT_TRANSLATE_NOOP("DisclosuresTab", "When, by whom"),
    QT_TRANSLATE_NOOP("DisclosuresTab", "Recipient and purpose"),
    QT_TRANSLATE_NOOP("DisclosuresTab", "Information"),
    QT_TRANSLATE_NOOP("DisclosuresTab", "Authority"),
    QT_TRANSLATE_NOOP("DisclosuresTab", "Client told"),
)


def authority(view: DisclosureView, consents: dict[str, date]) -> str:
    if view.consent_id is not None:
        day = consents.get(view.consent_id)
        return QCoreApplication.translate("DisclosuresTab", "Consent of {day}").format(
            day=long_day(day) if day else "?"
        )
    basis = words.legal_bases().get(view.legal_basis or "", view.legal_basis or "")
    # short lines: rows grow by lines, not wraps
    text = QCoreApplication.translate("DisclosuresTab", "Without consent:\n{basis}").format(
        basis=basis
    )
    if view.flagged_for_supervisor:
        text += "\n" + QCoreApplication.translate("DisclosuresTab", "Flagged for the supervisor")
    return text


def told(view: DisclosureView) -> str:
    if not view.notices:
        return QCoreApplication.translate("DisclosuresTab", "Not yet")
    how = words.told_how()
    return "\n".join(
        QCoreApplication.translate("DisclosuresTab", "{day} ({how})").format(
            day=long_day(n.told_on), how=how.get(n.how, n.how)
        )
        for n in view.notices
    )


def row_texts(view: DisclosureView, shown: History) -> list[str]:
    by = shown.workers.get(view.disclosed_by_id or "", "?")
    return [
        f"{long_day(view.disclosed_at.date())}\n{by}",
        f"{view.recipient_name}\n{view.purpose}",
        words.category_names(view.categories),
        authority(view, shown.consents),
        told(view),
    ]


class DisclosuresTab(RecordTab):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(QCoreApplication.translate("DisclosuresTab", "Disclosures"))
        self.shown: History | None = None
        self.share_dialog: ShareDialog | None = None
        self.password_dialog: PasswordDialog | None = None
        self.list = item_list(
            QCoreApplication.translate("DisclosuresTab", "Disclosure history"),
            [QCoreApplication.translate("DisclosuresTab", c) for c in COLUMNS],
        )
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "DisclosuresTab", "Every sharing, newest first; arrow keys move, Tab leaves"
            )
        )
        self.list.setTabKeyNavigation(False)
        for column, width in enumerate((110, 140, 110, 220)):  # fits beside the list at 1366
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.error = error_label(
            QCoreApplication.translate("DisclosuresTab", "Problem with sharing")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)
        self._enable()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.share_button = self._button(
            QCoreApplication.translate("DisclosuresTab", "S&hare information…"), self.share
        )
        self.share_button.setToolTip(
            QCoreApplication.translate(
                "DisclosuresTab", "Share information with someone ({keys})"
            ).format(keys=SHARE_KEYS.toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.told_button = self._button(
            QCoreApplication.translate("DisclosuresTab", "Client t&old…"), self.client_told
        )
        self.told_button.setToolTip(
            QCoreApplication.translate(
                "DisclosuresTab", "Record when and how the client was told of the selected sharing"
            )
        )
        row.addWidget(self.share_button)
        row.addWidget(self.told_button)
        row.addStretch(1)
        return row

    def _button(self, text: str, action: Callable[[], None]) -> QPushButton:
        widget = button(text, text.replace("&", "").rstrip("…"))
        widget.clicked.connect(lambda _checked=False: action())
        return widget

    # -- reading -----------------------------------------------------------------------
    def load(self) -> None:
        if self.record is not None:
            client_id = self.record.id
            self.call(lambda access: calls.history(access, client_id), self.show_history)

    def show_history(self, shown: History) -> None:
        set_error(self.error, "")
        self.shown = shown
        self.list.clear()
        for view in shown.disclosures:
            item = list_item(row_texts(view, shown), view.id)
            if view.flagged_for_supervisor:
                paint(item, ALERT, bold=True)
            self.list.addTopLevelItem(item)
        if not shown.disclosures:
            muted_item(
                self.list,
                QCoreApplication.translate(
                    "DisclosuresTab", "Nothing has been shared about this client."
                ),
            )
        self._enable()

    def selected(self) -> DisclosureView | None:
        chosen = selected_id(self.list)
        found = self.shown.disclosures if self.shown else []
        return next((d for d in found if d.id == chosen), None)

    def _enable(self) -> None:
        self.share_button.setEnabled(self.record is not None)
        self.told_button.setEnabled(self.selected() is not None)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- sharing ---------------------------------------------------------------------------
    def share(self) -> None:
        if self.record is not None and self.share_dialog is None:
            client_id = self.record.id
            self.call(lambda access: calls.choices(access, client_id), self._open_share)

    def _open_share(self, choices: Choices) -> None:
        if self.record is None:
            return
        dialog = ShareDialog(self.record, self.case_id, choices, self.window())
        self.share_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "share_dialog", None))
        dialog.check_requested.connect(lambda draft: self._check(dialog, draft))
        self.open_form(dialog, lambda: self._share(dialog))

    def _check(self, dialog: ShareDialog, draft: DisclosureDraft) -> None:
        client_id = dialog.record.id

        def answered(answer: CheckAnswer) -> None:
            day = long_day(answer.consent_on) if answer.consent_on else ""
            dialog.show_check(draft, answer.check, day)

        self.call(
            lambda access: calls.check(access, client_id, draft), answered, dialog.check_failed
        )

    def _share(self, dialog: ShareDialog) -> None:
        request = dialog.request()

        def shared(packet: SharedPacket) -> None:
            dialog.succeeded()
            self.changed.emit()
            self.load()
            self._show_password(packet)

        self.call(lambda access: calls.share(access, request), shared, dialog.show_error)

    def _show_password(self, packet: SharedPacket) -> None:
        dialog = PasswordDialog(packet, self._saved, self.window())
        self.password_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "password_dialog", None))
        dialog.open()

    def _saved(self, packet: SharedPacket) -> None:
        self.call(lambda access: calls.saved(access, packet), lambda _none: None)

    # -- the client told -------------------------------------------------------------------
    def client_told(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = ClientToldDialog(self.window())

        def recorded(_notice_id: str) -> None:
            dialog.succeeded()
            self.load()

        def submit() -> None:
            when, how = dialog.values()
            work = lambda a: calls.client_told(a, view.id, when, how)  # noqa: E731
            self.call(work, recorded, dialog.show_error)

        self.open_form(dialog, submit)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        if self.password_dialog is not None:
            self.password_dialog.reject()
        self.record, self.shown = None, None
        self.list.clear()
        set_error(self.error, "")
        self._enable()
