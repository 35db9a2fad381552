"""The parts of the share dialog that choose what goes in the packet: categories of
information as tick boxes, and the items (profile fields, signed notes, plan, assessments).

An item can only be ticked while its category is: the packet's cover page lists the
categories, and packet_data refuses anything outside them (app/services/exports.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QListWidget, QListWidgetItem, QWidget

from app.services.dto import NoteSummary
from app.services.exports import ITEM_CATEGORIES, PROFILE_FIELDS, PacketItems
from app.ui.consent import words as consent_words
from app.ui.notes.words import short_template_name
from app.ui.widgets import long_day

COLUMNS = 2


def profile_labels() -> dict[str, str]:
    return {
        "legal_name": QCoreApplication.translate("ShareDialog", "Legal name"),
        "preferred_name": QCoreApplication.translate("ShareDialog", "Preferred name"),
        "pronouns": QCoreApplication.translate("ShareDialog", "Pronouns"),
        "date_of_birth": QCoreApplication.translate("ShareDialog", "Date of birth"),
        "preferred_language": QCoreApplication.translate("ShareDialog", "Language"),
        "phone": QCoreApplication.translate("ShareDialog", "Phone"),
        "email": QCoreApplication.translate("ShareDialog", "E-mail"),
        "address": QCoreApplication.translate("ShareDialog", "Address"),
    }


def _grid(boxes: list[QCheckBox]) -> QGridLayout:
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    for index, box in enumerate(boxes):
        grid.addWidget(box, index // COLUMNS, index % COLUMNS)
    return grid


def _box(text: str, accessible: str, description: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(accessible)
    box.setAccessibleDescription(description)
    return box


def _item_description() -> str:
    return QCoreApplication.translate(
        "ShareDialog", "Put this in the packet (only while its category is ticked)"
    )


class CategoryPicker(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(
            QCoreApplication.translate("ShareDialog", "Categories of information")
        )
        self.boxes: dict[str, QCheckBox] = {}
        for code, label in consent_words.categories().items():
            box = _box(
                label,
                QCoreApplication.translate("ShareDialog", "Share: {category}").format(
                    category=label
                ),
                QCoreApplication.translate(
                    "ShareDialog", "The packet may hold this kind of information"
                ),
            )
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[code] = box
        self.setLayout(_grid(list(self.boxes.values())))

    def chosen(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def choose(self, codes: tuple[str, ...]) -> None:
        """Tick exactly `codes` (the minimum the purpose needs within the consent)."""
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)
        self.changed.emit()


class ItemPicker(QWidget):
    changed = Signal()

    def __init__(self, notes: tuple[NoteSummary, ...]) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("ShareDialog", "Items to include"))
        labels = profile_labels()
        item = _item_description()
        self.fields = {key: _box(labels[key], labels[key], item) for key in PROFILE_FIELDS}
        self.plan = _box(
            QCoreApplication.translate("ShareDialog", "The plan (goals and steps)"),
            QCoreApplication.translate("ShareDialog", "Include the plan"),
            item,
        )
        self.assessments = _box(
            QCoreApplication.translate("ShareDialog", "Assessments"),
            QCoreApplication.translate("ShareDialog", "Include the assessments"),
            item,
        )
        self.notes = QListWidget()
        self.notes.setAccessibleName(
            QCoreApplication.translate("ShareDialog", "Signed notes to include")
        )
        self.notes.setAccessibleDescription(
            QCoreApplication.translate(
                "ShareDialog", "Arrow keys move, Space ticks a note to include, Tab leaves"
            )
        )
        self.notes.setTabKeyNavigation(False)
        self.notes.setMaximumHeight(80)
        for note in notes:
            self._add_note(note)
        for box in (*self.fields.values(), self.plan, self.assessments):
            box.toggled.connect(lambda _on: self.changed.emit())
        self.notes.itemChanged.connect(lambda _item: self.changed.emit())
        grid = _grid([*self.fields.values(), self.plan, self.assessments])
        grid.addWidget(self.notes, grid.rowCount(), 0, 1, COLUMNS)
        self.setLayout(grid)

    def _add_note(self, note: NoteSummary) -> None:
        kind = short_template_name(note.template)  # "DAP", "Texto libre": never the stored code
        text = f"{long_day(note.occurred_at.date())} · {kind} · {note.summary}"
        item = QListWidgetItem(text[:120])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        self.notes.addItem(item)

    def _note_items(self) -> list[QListWidgetItem]:
        return [self.notes.item(row) for row in range(self.notes.count())]

    def follow(self, categories: tuple[str, ...]) -> None:
        """Items outside the chosen categories are unticked and disabled."""
        for key, box in self.fields.items():
            self._allow(box, PROFILE_FIELDS[key][1] in categories)
        self._allow(self.plan, ITEM_CATEGORIES["plan"] in categories)
        self._allow(self.assessments, ITEM_CATEGORIES["assessments"] in categories)
        notes_allowed = ITEM_CATEGORIES["notes"] in categories
        self.notes.setEnabled(notes_allowed)
        if not notes_allowed:
            for item in self._note_items():
                item.setCheckState(Qt.CheckState.Unchecked)

    @staticmethod
    def _allow(box: QCheckBox, allowed: bool) -> None:
        if not allowed:
            box.setChecked(False)
        box.setEnabled(allowed)

    def chosen(self) -> PacketItems:
        ticked = Qt.CheckState.Checked
        return PacketItems(
            profile_fields=tuple(k for k, box in self.fields.items() if box.isChecked()),
            note_ids=tuple(
                str(i.data(Qt.ItemDataRole.UserRole))
                for i in self._note_items()
                if i.checkState() == ticked
            ),
            plan=self.plan.isChecked(),
            assessments=self.assessments.isChecked(),
        )

    def as_record_items(self, case_id: str | None) -> tuple[tuple[str, str], ...]:
        """The (kind, id) pairs the disclosure record keeps (app.services.disclosures)."""
        items = self.chosen()
        found = [("profile_field", key) for key in items.profile_fields]
        found += [("note", note_id) for note_id in items.note_ids]
        found += [("plan", case_id or "")] if items.plan else []
        found += [("assessment", case_id or "")] if items.assessments else []
        return tuple(found)

    def is_empty(self) -> bool:
        items = self.chosen()
        return not (items.profile_fields or items.note_ids or items.plan or items.assessments)
