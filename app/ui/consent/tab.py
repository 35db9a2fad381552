"""The Consent tab: every consent of the client with what it is now (draft, active, expiring,
expired, withdrawn, renewed), what it covers and its dates, and the actions of the consent
lifecycle: prepare a new one, sign a draft, print or preview, withdraw, renew, attach the
scan of a paper signature, discard a draft.

Signing and withdrawing never edit a signed consent: they add records (app/services/consents).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.documents.templates import languages
from app.services.consent_views import ConsentView
from app.services.consents import ConsentDraft
from app.ui.consent import calls
from app.ui.consent.calls import ConsentList
from app.ui.consent.dialogs import RevokeDialog, SignDialog, choose_scan
from app.ui.consent.prepare_dialog import PrepareConsentDialog
from app.ui.consent.print_flow import PrintFlow
from app.ui.consent.rows import alert_text, covers, dates, status_text
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
from app.ui.widgets import error_label


def _row(widgets: tuple[QPushButton, ...]) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ConsentTab(RecordTab):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(self.tr("Consent"))
        self.shown: ConsentList | None = None
        self.printing = PrintFlow(self)
        self.alerts = QLabel()
        self.alerts.setAccessibleName(self.tr("Consent alerts"))
        self.alerts.setWordWrap(True)
        self.list = item_list(
            self.tr("Consents"),
            [
                self.tr("Covers"),
                self.tr("Status"),
                self.tr("Dates"),
            ],
        )
        self.list.setAccessibleDescription(
            self.tr("Every consent of this client; arrow keys move, Tab leaves the list")
        )
        self.list.setTabKeyNavigation(False)
        for column, width in enumerate((260, 130)):
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.error = error_label(self.tr("Problem with consent"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.alerts)
        for row in self._buttons():
            layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)
        self._enable()

    def _buttons(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Two rows (preparing and signing; then the later steps) so the tab fits the
        record pane at 1366×768 and 125 % scaling."""
        self.new_button = self._button(
            self.tr("&New consent…"),
            self.tr("Prepare a consent form with the client (Ctrl+Shift+C)"),
            self.new_consent,
        )
        self.sign_button = self._button(
            self.tr("&Sign…"),
            self.tr("Sign the selected draft"),
            self.sign,
        )
        self.print_button = self._button(
            self.tr("&Print…"),
            self.tr("Preview and print the selected consent form"),
            self.print_selected,
            QKeySequence(QKeySequence.StandardKey.Print),
        )
        self.revoke_button = self._button(
            self.tr("&Withdraw…"),
            self.tr("Record that the client withdrew the selected consent"),
            self.revoke,
        )
        self.renew_button = self._button(
            self.tr("Re&new…"),
            self.tr("Prepare a new consent that replaces the selected one"),
            self.renew,
        )
        self.scan_button = self._button(
            self.tr("Attach s&can…"),
            self.tr("Attach a photo or scan of the signed paper form"),
            self.attach_scan,
        )
        self.discard_button = self._button(
            self.tr("&Discard draft"),
            self.tr("Delete the selected draft, which nobody has signed"),
            self.discard,
        )
        buttons = self.action_buttons()
        return _row(buttons[:3]), _row(buttons[3:])

    def action_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.new_button,
            self.sign_button,
            self.print_button,
            self.revoke_button,
            self.renew_button,
            self.scan_button,
            self.discard_button,
        )

    def _button(
        self,
        text: str,
        tip: str,
        action: Callable[[], None],
        shortcut: QKeySequence | None = None,
    ) -> QPushButton:
        widget = button(text, text.replace("&", "").rstrip("…"), tip)
        if shortcut is not None:
            widget.setShortcut(shortcut)
            keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            widget.setToolTip(f"{tip} ({keys})")
        widget.clicked.connect(lambda _checked=False: action())
        return widget

    # -- reading -----------------------------------------------------------------------
    def load(self) -> None:
        if self.record is not None:
            client_id = self.record.id
            self.call(lambda access: calls.consent_list(access, client_id), self.show_consents)

    def show_consents(self, shown: ConsentList) -> None:
        set_error(self.error, "")
        self.shown = shown
        self.alerts.setText(alert_text(shown.alerts))
        self.list.clear()
        for view in shown.consents:
            item = list_item([covers(view), status_text(view), dates(view)], view.id)
            if view.status in ("expiring", "expired") or view.verified is False:
                paint(item, ALERT, bold=view.verified is False)
            self.list.addTopLevelItem(item)
        if not shown.consents:
            muted_item(
                self.list,
                self.tr("No consents yet. Prepare one with the client."),
            )
        self._enable()

    def selected(self) -> ConsentView | None:
        chosen = selected_id(self.list)
        consents = self.shown.consents if self.shown else []
        return next((c for c in consents if c.id == chosen), None)

    def _enable(self) -> None:
        view = self.selected()
        status = view.status if view else None
        signed = status not in (None, "draft")
        self.new_button.setEnabled(self.record is not None)
        self.sign_button.setEnabled(status == "draft")
        self.print_button.setEnabled(view is not None)
        self.discard_button.setEnabled(status == "draft")
        self.revoke_button.setEnabled(status in ("active", "expiring"))
        self.renew_button.setEnabled(signed and status not in ("revoked", "superseded"))
        self.scan_button.setEnabled(view is not None and view.method == "signed_on_paper")

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions -----------------------------------------------------------------------
    def new_consent(self) -> None:
        self._prepare_form(None)

    def prepare_prefilled(self, draft: ConsentDraft) -> None:
        """The form for a new consent, filled in from `draft` (a referral asks for the release
        of information it needs: app/ui/referrals/tab.py)."""
        self._prepare_form(draft)

    def _prepare_form(self, renewal: ConsentDraft | None) -> None:
        if self.record is None:
            return
        dialog = PrepareConsentDialog(self.record, languages(), self.window())
        if renewal is not None:
            dialog.prefill(renewal)
        client_id, case_id = self.record.id, self.case_id
        self.open_form(dialog, lambda: self._prepare(dialog, client_id, case_id))

    def _prepare(self, dialog: PrepareConsentDialog, client_id: str, case_id: str | None) -> None:
        draft = dialog.draft(case_id)

        def prepared(consent_id: str) -> None:
            dialog.succeeded()
            self.changed.emit()
            self.load()
            self.printing.preview(consent_id)

        self.call(
            lambda access: calls.prepare(access, client_id, draft), prepared, dialog.show_error
        )

    def sign(self) -> None:
        view = self.selected()
        if view is None or view.status != "draft":
            return
        dialog = SignDialog(view, self.window())
        self.open_form(dialog, lambda: self._sign(dialog))

    def _sign(self, dialog: SignDialog) -> None:
        missing = dialog.ready()
        if missing:
            dialog.show_error(missing)
            return
        consent_id, strokes, path = dialog.consent.id, dialog.strokes(), dialog.scan_path

        def work(access: calls.VaultAccess) -> str:
            scan = path.read_bytes() if path is not None else None
            return calls.sign(access, consent_id, strokes, scan)

        def signed(_id: str) -> None:
            dialog.wipe()
            dialog.succeeded()
            self.changed.emit()
            self.load()
            self.printing.preview(consent_id)

        self.call(work, signed, dialog.show_error)

    def print_selected(self) -> None:
        view = self.selected()
        if view is not None:
            self.printing.preview(view.id)

    def revoke(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = RevokeDialog(view, self.window())

        def submit() -> None:
            when, method, reason = dialog.values()
            self.call_form(lambda a: calls.revoke(a, view.id, when, method, reason), dialog)

        self.open_form(dialog, submit)

    def renew(self) -> None:
        view = self.selected()
        if view is not None:
            self.call(lambda access: calls.renewal(access, view.id), self._prepare_form)

    def attach_scan(self) -> None:
        view = self.selected()
        if view is not None:
            choose_scan(self.window(), lambda path: self._attach(view.id, path))

    def _attach(self, consent_id: str, path: Path) -> None:
        self.call(
            lambda a: calls.attach_scan(a, consent_id, path.read_bytes()),
            lambda _matched: self._refresh(),
        )

    def discard(self) -> None:
        view = self.selected()
        if view is not None:
            self.call(lambda access: calls.discard(access, view.id), lambda _: self._refresh())

    def _refresh(self) -> None:
        self.changed.emit()
        self.load()

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.printing.close()
        self.record, self.shown = None, None
        self.list.clear()
        self.alerts.clear()
        set_error(self.error, "")
        self._enable()
