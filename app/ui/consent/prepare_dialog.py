"""The form that prepares a consent with the client: what it covers, who signs on what
authority, how, in which language, and that the limits of confidentiality were explained.

It only collects values (app/ui/forms.py); saving makes a draft, whose filled form opens in
the print preview to read (or print) with the client before anyone signs.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.core.consent import Signer
from app.services.consents import ConsentDraft
from app.services.dto import ClientRecord
from app.ui.consent import words
from app.ui.consent.accessible import describe_all, describe_form, describe_optional_date
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box


def combo(accessible: str, choices: dict[str, str], current: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for code, label in choices.items():
        box.addItem(label, code)
    if current is not None and box.findData(current) >= 0:
        box.setCurrentIndex(box.findData(current))
    return box


def category_list() -> QListWidget:
    """Tick boxes for the categories of information (Space ticks; Tab leaves the list)."""
    box = QListWidget()
    box.setAccessibleName(
        QCoreApplication.translate("PrepareConsentDialog", "Categories of information")
    )
    for code, label in words.categories().items():
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setFixedHeight(120)
    return box


class PrepareConsentDialog(FormDialog):
    def __init__(
        self, record: ClientRecord, languages: tuple[str, ...], parent: QWidget | None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("PrepareConsentDialog", "New consent"),
            QCoreApplication.translate(
                "PrepareConsentDialog",
                "Fill this in with the client. Saving prepares the form in the client's "
                "language to read together; they sign it next (on screen, on paper, or "
                "verbally with a witness).",
            ),
            QCoreApplication.translate("PrepareConsentDialog", "&Prepare form"),
            parent,
        )
        self.record = record
        self.renews: str | None = None  # the consent this one renews
        self._fields(languages)
        self._signer_fields()
        self.scroll_form(self.tr("Consent details"), 640, 540)
        self._describe()
        self.kind.currentIndexChanged.connect(self._enable)
        self.method.currentIndexChanged.connect(self._enable)
        self.authority.currentIndexChanged.connect(self._enable)
        self._enable()

    def _fields(self, languages: tuple[str, ...]) -> None:
        self.kind = self.add_row(
            self.tr("&Kind"),
            combo(self.tr("Kind of consent"), words.kinds()),
        )
        self.purposes = self.add_row(
            self.tr("&Purposes"),
            text_box(
                self.tr("Purposes"),
                self.tr("One purpose per line"),
                60,
            ),
        )
        self.recipients = self.add_row(
            self.tr("&Recipients"),
            text_box(
                self.tr("Recipients"),
                self.tr("Who receives it, one per line"),
                60,
            ),
        )
        self.categories = self.add_row(self.tr("Information"), category_list())
        self.effective = self.add_row(
            self.tr("&Starts"),
            date_edit(self.tr("Start date")),
        )
        year = date.today() + timedelta(days=365)
        self.expires = self.add_row(
            self.tr("&Ends"),
            OptionalDate(self.tr("End date"), year, True),
        )
        self.method = self.add_row(
            self.tr("&How"),
            combo(
                self.tr("How consent is given"),
                words.methods(),
            ),
        )
        self.method.removeItem(self.method.findData("written"))
        self.witness = self.add_row(
            self.tr("&Witness"),
            line(self.tr("Witness's name")),
        )
        named = {code: words.languages().get(code, code) for code in languages}
        first = self.record.preferred_language.split("-")[0]
        self.language = self.add_row(
            self.tr("&Language"),
            combo(self.tr("Form language"), named, first),
        )
        self.large_print = self.add_row("", QCheckBox(self.tr("Lar&ge print")))

    def _signer_fields(self) -> None:
        authority = "guardian" if self.record.lacks_capacity else "self"
        self.authority = self.add_row(
            self.tr("Si&gned by"),
            combo(
                self.tr("Who signs"),
                words.authorities(),
                authority,
            ),
        )
        self.signer = self.add_row(
            self.tr("Signer's &name"),
            line(self.tr("Signer's name")),
        )
        self.relationship = self.add_row(
            self.tr("Relationship"),
            line(self.tr("Relationship to client")),
        )
        self.document = self.add_row(
            self.tr("Authority"),
            line(
                self.tr("Document giving authority"),
                self.tr("e.g. guardianship order"),
            ),
        )
        self.assent = self.add_row(
            self.tr("Client's &assent"),
            combo(self.tr("Assent"), words.assent()),
        )
        self.explained = self.add_row(
            "",
            QCheckBox(
                self.tr(
                    "I explained the limits of &confidentiality to the signer",
                )
            ),
        )
        self.explained.setAccessibleName(self.tr("Limits of confidentiality explained"))

    def _describe(self) -> None:
        describe_form(
            self, self.tr("Save a draft and open the filled form to read with the client")
        )
        describe_optional_date(
            self.expires,
            self.tr("Set an end date"),
            self.tr("The consent ends on this date; without one it lasts until withdrawn"),
        )
        describe_all([
            (self.kind, self.tr("What the client consents to")),
            (self.purposes, self.tr("Why the information is used, one purpose per line")),
            (self.recipients, self.tr("Who may receive the information, one per line")),
            (self.categories, self.tr("Tick with Space the kinds of information covered")),
            (self.effective, self.tr("The day the consent starts")),
            (self.method, self.tr("On screen, on paper, or said aloud before a witness")),
            (self.witness, self.tr("Who heard the consent given (verbal consent only)")),
            (self.language, self.tr("The form prints in this language: the client's")),
            (self.large_print, self.tr("Print the form in large type")),
            (self.authority, self.tr("The client, or who signs for them")),
            (self.signer, self.tr("The name of the person who signs")),
            (self.relationship, self.tr("How the signer is related to the client")),
            (self.document, self.tr("The document that gives the signer authority")),
            (self.assent, self.tr("What the client said about it, when someone signs for them")),
            (self.explained, self.tr("Required: tick once you have explained the limits")),
        ])  # fmt: skip

    def _enable(self) -> None:
        kind, method = self.kind.currentData(), self.method.currentData()
        self_signed = self.authority.currentData() == "self"
        self.recipients.setEnabled(kind != "services")
        self.categories.setEnabled(kind != "recording")
        self.witness.setEnabled(method == "verbal_witnessed")
        self.relationship.setEnabled(not self_signed)
        self.document.setEnabled(not self_signed)
        self.assent.setEnabled(self.record.lacks_capacity)
        if self_signed and not self.signer.text():
            self.signer.setText(self.record.legal_name)

    def prefill(self, draft: ConsentDraft) -> None:
        """Start from an earlier consent (a renewal): the same scope, signer and method."""
        self.renews = draft.supersedes_id
        for box, code in ((self.kind, draft.kind), (self.method, draft.method)):
            box.setCurrentIndex(max(0, box.findData(code)))
        self.language.setCurrentIndex(max(0, self.language.findData(draft.language)))
        self.authority.setCurrentIndex(max(0, self.authority.findData(draft.signer.authority)))
        self.purposes.setPlainText("\n".join(draft.purposes))
        self.recipients.setPlainText("\n".join(draft.recipients))
        self.signer.setText(draft.signer.name)
        self.relationship.setText(draft.signer.relationship or "")
        self.document.setText(draft.signer.authority_document or "")
        self.witness.setText(draft.witness_name or "")
        self.large_print.setChecked(draft.large_print)
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            ticked = item.data(Qt.ItemDataRole.UserRole) in draft.categories
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen_categories(self) -> tuple[str, ...]:
        items = (self.categories.item(i) for i in range(self.categories.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def draft(self, case_id: str | None) -> ConsentDraft:
        return ConsentDraft(
            kind=self.kind.currentData(),
            purposes=tuple(self.purposes.toPlainText().splitlines()),
            effective_on=date_value(self.effective),
            expires_on=self.expires.value(),
            method=self.method.currentData(),
            language=self.language.currentData() or "en",
            signer=self._signer(),
            recipients=tuple(self.recipients.toPlainText().splitlines()),
            categories=self.chosen_categories(),
            large_print=self.large_print.isChecked(),
            witness_name=self.witness.text() or None,
            confidentiality_explained=self.explained.isChecked(),
            case_id=case_id,
            supersedes_id=self.renews,
        )

    def _signer(self) -> Signer:
        return Signer(
            self.signer.text(),
            self.authority.currentData(),
            self.relationship.text() or None,
            self.document.text() or None,
            self.assent.currentData() if self.record.lacks_capacity else None,
        )
