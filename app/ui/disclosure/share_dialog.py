"""The share dialog: to whom, why, what (categories and items), and on what authority.

As the worker changes the recipient, purpose or categories, the dialog asks its tab to check
the choice against the client's consents (on the task runner: `check_requested`), and shows
the answer: covered by a consent, or what is missing. Share stays disabled while nothing
covers the choice, unless the worker records a legal basis and a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from app.services.disclosures import DisclosureCheck, DisclosureDraft
from app.services.dto import ClientRecord, PersonSummary
from app.ui.consent.prepare_dialog import combo
from app.ui.disclosure import words
from app.ui.disclosure.calls import Choices, ShareRequest
from app.ui.disclosure.pickers import CategoryPicker, ItemPicker
from app.ui.forms import FormDialog, text_box
from app.ui.widgets import notice, paragraph

CHECK_DELAY_MS = 250  # typing a name runs one check when the worker pauses, not per key
COVERED_STYLE = "color: #185c1b; font-weight: bold;"
REFUSED_STYLE = "color: #a4001d; font-weight: bold;"


def _t(text: str) -> str:
    return QCoreApplication.translate("ShareDialog", text)


def editable_combo(accessible: str) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setAccessibleName(accessible)
    line = box.lineEdit()
    if line is not None:
        line.setAccessibleName(accessible)
    return box


def person_label(person: PersonSummary) -> str:
    return f"{person.name} ({person.relationship})" if person.relationship else person.name


def checked_part(draft: DisclosureDraft) -> tuple[object, ...]:
    """What the consent check depends on (not the items or the delivery)."""
    return (draft.recipient, draft.collateral_id, draft.purpose, draft.categories)


class ShareDialog(FormDialog):
    check_requested = Signal(object)  # a DisclosureDraft to check against the consents

    def __init__(
        self,
        record: ClientRecord,
        case_id: str | None,
        choices: Choices,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            _t("Share information"),
            _t("Share only what the purpose needs. The app ticks the least the consent covers."),
            _t("&Share"),
            parent,
        )
        self.record, self.case_id = record, case_id
        self.check: DisclosureCheck | None = None
        self.consent_day: str = ""
        self._defaults_pending = True  # recipient or purpose changed: tick the minimum again
        self._build(choices)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._request_check)
        self._connect()
        self.scroll_form(_t("Share information form"), 780, 700)
        self._update_share()
        self._timer.start()  # the first choice is already made: check it

    def _build(self, choices: Choices) -> None:
        self.recipient = self.add_row(_t("&Recipient"), editable_combo(_t("Recipient")))
        for person in self.record.people:
            if person.kind == "collateral":
                self.recipient.addItem(person_label(person), (person.id, person.name))
        for name in choices.recipients:
            self.recipient.addItem(name, (None, name))
        self.purpose = self.add_row(_t("&Purpose"), editable_combo(_t("Purpose")))
        self.purpose.addItems(list(choices.purposes))
        self.categories = self.add_row(_t("Information"), CategoryPicker())
        self.items = self.add_row(_t("Include"), ItemPicker(choices.notes))
        self.delivery = self.add_row(_t("&Delivery"), combo(_t("Delivery"), words.deliveries()))
        self.verdict = self.add_row("", paragraph("", _t("Consent check")))
        self._legal_rows()

    def _legal_rows(self) -> None:
        self.legal = self.add_row("", QCheckBox(_t("Share without consent under a &legal basis")))
        self.legal.setAccessibleName(_t("Share without consent under a legal basis"))
        self.basis = self.add_row(_t("&Basis"), combo(_t("Legal basis"), words.legal_bases()))
        self.reason = self.add_row(
            _t("Rea&son"), text_box(_t("Reason for sharing without consent"))
        )
        self.legal_warning = self.add_row(
            "",
            notice(
                _t("Your supervisor will be told of this sharing at the next sync. The reason "
                   "is kept in the record and cannot be changed."),
                _t("Warning about sharing without consent"),
            ),
        )  # fmt: skip
        self._show_legal(False)

    def _connect(self) -> None:
        for box in (self.recipient, self.purpose):
            box.currentTextChanged.connect(lambda _text: self._choice_changed(True))
        self.categories.changed.connect(lambda: self._choice_changed(False))
        self.items.changed.connect(self._update_share)
        self.legal.toggled.connect(self._show_legal)
        self.reason.textChanged.connect(self._update_share)

    # -- checking ------------------------------------------------------------------------
    def _choice_changed(self, resets_defaults: bool) -> None:
        self._defaults_pending = self._defaults_pending or resets_defaults
        self.items.follow(self.categories.chosen())
        self.check = None
        self._update_share()
        self._timer.start()

    def _request_check(self) -> None:
        if self.closed or not self.recipient.currentText().strip():
            return
        if not self.purpose.currentText().strip():
            return
        self.check_requested.emit(self.draft())

    def show_check(self, draft: DisclosureDraft, check: DisclosureCheck, day: str) -> None:
        """The answer for `draft` (dropped when the choice changed meanwhile)."""
        if self.closed or checked_part(draft) != checked_part(self.draft()):
            return
        if self._defaults_pending:
            self._defaults_pending = False
            if set(check.default_categories) != set(draft.categories):
                self.categories.choose(check.default_categories)  # asks again
                return
        self.check, self.consent_day = check, day
        if check.allowed:
            self.verdict.setText(_t("Covered by the consent of {day}.").format(day=day))
            self.verdict.setStyleSheet(COVERED_STYLE)
        else:
            self.verdict.setText(words.refusal(check.missing, check.uncovered_categories))
            self.verdict.setStyleSheet(REFUSED_STYLE)
        self._update_share()

    def check_failed(self, message: str) -> None:
        """The check itself failed: Share stays as the last answer left it (not covered)."""
        if not self.closed:
            self.check = None
            self.verdict.setText(message)
            self.verdict.setStyleSheet(REFUSED_STYLE)
            self._update_share()

    def _show_legal(self, on: bool) -> None:
        for widget in (self.basis, self.reason, self.legal_warning):
            widget.setVisible(on)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(on)
        self._update_share()

    def covered(self) -> bool:
        return self.check is not None and self.check.allowed

    def _update_share(self) -> None:
        ready = not self.items.is_empty() and (self.covered() or self.legal.isChecked())
        self.ok.setEnabled(ready and not self.closed)

    # -- values ----------------------------------------------------------------------------
    def _recipient(self) -> tuple[str | None, str]:
        text = self.recipient.currentText().strip()
        chosen = self.recipient.currentData()
        index = self.recipient.currentIndex()
        if chosen and index >= 0 and self.recipient.itemText(index) == text:
            return chosen[0], chosen[1]
        return None, text

    def draft(self) -> DisclosureDraft:
        collateral_id, name = self._recipient()
        return DisclosureDraft(
            recipient=name,
            purpose=self.purpose.currentText().strip(),
            categories=self.categories.chosen(),
            items=self.items.as_record_items(self.case_id),
            delivery=str(self.delivery.currentData()),
            collateral_id=collateral_id,
            case_id=self.case_id,
        )

    def request(self) -> ShareRequest:
        legal = self.legal.isChecked() and not self.covered()
        basis = str(self.basis.currentData()) if legal else None
        reason = self.reason.toPlainText().strip() if legal else None
        if legal:
            authority = _t("Without consent, legal basis: {basis}").format(
                basis=self.basis.currentText()
            )
        else:
            authority = _t("Consent signed {day}").format(day=self.consent_day)
        return ShareRequest(
            self.record.id, self.draft(), self.items.chosen(), basis, reason, authority
        )
