"""The share dialog: to whom, why, what (categories and items), and on what authority.

As the worker changes the recipient, purpose or categories, the dialog asks its tab to check
the choice against the client's consents (on the task runner: `check_requested`), and shows
the answer: covered by a consent, or what is missing. Share stays disabled while nothing
covers the choice, unless the worker records a legal basis and a reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QScrollArea, QWidget

from app.services.disclosures import DisclosureCheck, DisclosureDraft
from app.services.dto import ClientRecord, PersonSummary
from app.ui.consent.accessible import describe_all, describe_form
from app.ui.consent.prepare_dialog import combo
from app.ui.disclosure import words
from app.ui.disclosure.calls import Choices, ShareRequest
from app.ui.disclosure.pickers import CategoryPicker, ItemPicker
from app.ui.forms import FormDialog, text_box
from app.ui.widgets import notice, paragraph

CHECK_DELAY_MS = 250  # typing a name runs one check when the worker pauses, not per key
COVERED_STYLE = "color: #185c1b; font-weight: bold;"
REFUSED_STYLE = "color: #a4001d; font-weight: bold;"


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
            QCoreApplication.translate("ShareDialog", "Share information"),
            QCoreApplication.translate(
                "ShareDialog",
                "Share only what the purpose needs. The app ticks the least the consent covers.",
            ),
            QCoreApplication.translate("ShareDialog", "&Share"),
            parent,
        )
        self.record, self.case_id = record, case_id
        self.form_scroll: QScrollArea | None = None  # the form scrolls (set once it is built)
        self.check: DisclosureCheck | None = None
        self.consent_day: str = ""
        self._defaults_pending = True  # recipient or purpose changed: tick the minimum again
        self._build(choices)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self._request_check)
        self._connect()
        self.form_scroll = self.scroll_form(
            QCoreApplication.translate("ShareDialog", "Share information form"), 760, 540
        )
        self._describe()
        self._update_share()
        self._timer.start()  # the first choice is already made: check it

    def _build(self, choices: Choices) -> None:
        self.recipient = self.add_row(
            QCoreApplication.translate("ShareDialog", "&Recipient"),
            editable_combo(QCoreApplication.translate("ShareDialog", "Recipient")),
        )
        for person in self.record.people:
            if person.kind == "collateral":
                self.recipient.addItem(person_label(person), (person.id, person.name))
        for name in choices.recipients:
            self.recipient.addItem(name, (None, name))
        self.purpose = self.add_row(
            QCoreApplication.translate("ShareDialog", "&Purpose"),
            editable_combo(QCoreApplication.translate("ShareDialog", "Purpose")),
        )
        self.purpose.addItems(list(choices.purposes))
        self.categories = self.add_row(
            QCoreApplication.translate("ShareDialog", "Information"), CategoryPicker()
        )
        self.items = self.add_row(
            QCoreApplication.translate("ShareDialog", "Include"), ItemPicker(choices.notes)
        )
        self.delivery = self.add_row(
            QCoreApplication.translate("ShareDialog", "&Delivery"),
            combo(QCoreApplication.translate("ShareDialog", "Delivery"), words.deliveries()),
        )
        self.verdict = self.add_row(
            "", paragraph("", QCoreApplication.translate("ShareDialog", "Consent check"))
        )
        self._legal_rows()

    def _legal_rows(self) -> None:
        self.legal = self.add_row(
            "",
            QCheckBox(
                QCoreApplication.translate(
                    "ShareDialog", "Share without consent under a &legal basis"
                )
            ),
        )
        self.legal.setAccessibleName(
            QCoreApplication.translate("ShareDialog", "Share without consent under a legal basis")
        )
        self.basis = self.add_row(
            QCoreApplication.translate("ShareDialog", "&Basis"),
            combo(QCoreApplication.translate("ShareDialog", "Legal basis"), words.legal_bases()),
        )
        self.reason = self.add_row(
            QCoreApplication.translate("ShareDialog", "Rea&son"),
            text_box(
                QCoreApplication.translate("ShareDialog", "Reason for sharing without consent")
            ),
        )
        self.legal_warning = self.add_row(
            "",
            notice(
                QCoreApplication.translate(
                    "ShareDialog",
                    "Your supervisor will be told of this sharing at the next sync. The reason "
                    "is kept in the record and cannot be changed.",
                ),
                QCoreApplication.translate("ShareDialog", "Warning about sharing without consent"),
            ),
        )
        self._show_legal(False)

    def _describe(self) -> None:
        describe_form(
            self,
            QCoreApplication.translate(
                "ShareDialog", "Build the packet, seal it and record the sharing"
            ),
        )
        describe_all(
            [
                (
                    self.recipient,
                    QCoreApplication.translate(
                        "ShareDialog", "A contact of the client or a name as consented"
                    ),
                ),
                (
                    self.purpose,
                    QCoreApplication.translate(
                        "ShareDialog", "Why it is shared: a purpose the consent names"
                    ),
                ),
                (
                    self.delivery,
                    QCoreApplication.translate(
                        "ShareDialog", "Print the packet, save it to a file, or both"
                    ),
                ),
                (
                    self.legal,
                    QCoreApplication.translate(
                        "ShareDialog", "Only when the law requires or allows it"
                    ),
                ),
                (
                    self.basis,
                    QCoreApplication.translate(
                        "ShareDialog", "The law or order that allows sharing"
                    ),
                ),
                (
                    self.reason,
                    QCoreApplication.translate(
                        "ShareDialog", "Kept in the record; your supervisor is told"
                    ),
                ),
            ]
        )

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
            self.verdict.setText(
                QCoreApplication.translate(
                    "ShareDialog", "Covered by the consent of {day}."
                ).format(day=day)
            )
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
        if on and self.form_scroll is not None:  # bring the rows just shown into view
            scroll, last = self.form_scroll, self.legal_warning
            QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(last))
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
            authority = QCoreApplication.translate(
                "ShareDialog", "Without consent, legal basis: {basis}"
            ).format(basis=self.basis.currentText())
        else:
            authority = QCoreApplication.translate("ShareDialog", "Consent signed {day}").format(
                day=self.consent_day
            )
        return ShareRequest(
            self.record.id, self.draft(), self.items.chosen(), basis, reason, authority
        )
