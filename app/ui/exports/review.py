"""The redaction review: every detail of other people that the client's own record holds,
one line each (what kind, the detail, how often it occurs) with a tick box. Ticked is
removed from the PDF (the default); unticked is restored, printed as written. The details
are shown on screen only (never in the title, never logged)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.refusal import QT_TRANSLATE_NOOP
from app.documents.redaction import Redaction
from app.ui.pane import ID_ROLE
from app.ui.widgets import paragraph

# Redaction kinds (app/documents/redaction.py) in the worker's words.
KINDS = {
    "household member": QT_TRANSLATE_NOOP("RedactionReview", "Household member"),
    "collateral": QT_TRANSLATE_NOOP("RedactionReview", "Contact (collateral)"),
    "name": QT_TRANSLATE_NOOP("RedactionReview", "Name found in the text"),
    "phone number": QT_TRANSLATE_NOOP("RedactionReview", "Phone number"),
    "e-mail": QT_TRANSLATE_NOOP("RedactionReview", "E-mail"),
    "address": QT_TRANSLATE_NOOP("RedactionReview", "Street address"),
}


def detail_of(redaction: Redaction) -> str:
    """The detail itself (the Kind column says what it is); a known person's phone or e-mail
    says whose, in the worker's language."""
    detail = redaction.detail or redaction.label_for_review
    if not redaction.person:
        return detail
    return QCoreApplication.translate("RedactionReview", "{detail} (of {person})").format(
        detail=detail, person=redaction.person
    )


class RedactionReview(QDialog):
    """Window-modal; `confirmed(ids)` with the ids still ticked when the worker goes on."""

    confirmed = Signal(object)  # frozenset[str]

    def __init__(self, redactions: tuple[Redaction, ...], parent: QWidget | None) -> None:
        super().__init__(parent)
        title = self.tr("Client's own record: review what is removed")
        self.setWindowTitle(title)  # never names the client
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 500)
        self.list = self._list(redactions)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self._intro(len(redactions)), self.tr("About this review")))
        layout.addWidget(self.list, stretch=1)
        self.count = paragraph("", self.tr("How many details are removed"))
        layout.addWidget(self.count)
        layout.addLayout(self._bulk_buttons())
        layout.addWidget(self._buttons())
        self.list.itemChanged.connect(lambda _item, _column: self._count())
        self._count()

    def _intro(self, count: int) -> str:
        if not count:
            return self.tr("The record names no one else: nothing needs to be removed.")
        return self.tr(
            "The record names other people. Each ticked detail is removed from the PDF (the "
            "text itself, not hidden under a box). Untick a detail only if the client may see "
            "it, for example an organisation's name."
        )

    def _list(self, redactions: tuple[Redaction, ...]) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(self.tr("Details to remove (ticked) or keep (unticked)"))
        tree.setAccessibleDescription(
            self.tr("Arrow keys move, Space ticks or unticks a detail, Tab leaves the list")
        )
        tree.setTabKeyNavigation(False)
        tree.setHeaderLabels(
            [self.tr("Detail (ticked: removed)"), self.tr("Kind"), self.tr("Occurrences")]
        )
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for redaction in redactions:
            tree.addTopLevelItem(self._item(redaction))
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        tree.setColumnWidth(1, 190)
        tree.setColumnWidth(2, 110)
        if (first := tree.topLevelItem(0)) is not None:
            tree.setCurrentItem(first)
        return tree

    def _item(self, redaction: Redaction) -> QTreeWidgetItem:
        known = redaction.kind in KINDS
        kind = self.tr(KINDS[redaction.kind]) if known else redaction.kind
        texts = [detail_of(redaction), kind, str(redaction.occurrences)]
        item = QTreeWidgetItem(texts)
        item.setData(0, ID_ROLE, redaction.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked)  # removed unless the worker restores it
        spoken = self.tr("{detail}, {kind}, %n time(s)", "", redaction.occurrences).format(
            detail=texts[0], kind=kind
        )
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _bulk_buttons(self) -> QHBoxLayout:
        self.redact_all = QPushButton(self.tr("Re&move all"), self)
        self.redact_all.setAccessibleName(self.tr("Remove all details"))
        self.redact_all.setToolTip(self.tr("Tick every detail: none of them is printed"))
        self.redact_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.restore_all = QPushButton(self.tr("Res&tore all"), self)
        self.restore_all.setAccessibleName(self.tr("Restore all details"))
        self.restore_all.setToolTip(self.tr("Untick every detail: all are printed as written"))
        self.restore_all.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        row = QHBoxLayout()
        row.addWidget(self.redact_all)
        row.addWidget(self.restore_all)
        row.addStretch(1)
        return row

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("&Build encrypted PDF"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setAccessibleName(self.tr("Build the encrypted PDF"))
        self.ok.setToolTip(self.tr("Build the record without the ticked details, encrypted"))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without building the record (Esc)"))
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        return buttons

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for item in self.items():
            item.setCheckState(0, state)

    def _count(self) -> None:
        removed, total = len(self.confirmed_ids()), len(self.items())
        removing = self.tr("%n of {total} details will be removed.", "", removed)
        keeping = self.tr("%n will be kept as written.", "", total - removed)
        self.count.setText(f"{removing.format(total=total)} {keeping}")

    def confirmed_ids(self) -> frozenset[str]:
        ticked = (i for i in self.items() if i.checkState(0) == Qt.CheckState.Checked)
        return frozenset(item.data(0, ID_ROLE) for item in ticked)

    def _confirm(self) -> None:
        chosen = self.confirmed_ids()
        self.accept()
        self.confirmed.emit(chosen)
