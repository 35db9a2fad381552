"""The note's fields as values: load a note into the form, read the fields back for a save,
and whether the worker has entered anything at all (an empty draft is discarded on close)."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QListWidgetItem

from app.core.timeutil import to_local, to_utc
from app.services.notes import NoteFields, NoteView
from app.ui.notes.access import GoalChoice
from app.ui.notes.form_parts import FormParts, goal_title


class NoteForm(FormParts):
    # -- content ------------------------------------------------------------------------
    def load(self, note: NoteView) -> None:
        """Show a note's content (not counted as an edit)."""
        self._loading = True
        try:
            self.template_key = note.template
            self.template.setCurrentIndex(self.template.findData(note.template))
            self.contact.setCurrentIndex(max(0, self.contact.findData(note.contact_type)))
            occurred = to_local(note.occurred_at)
            # PySide6 converts a datetime; its stub has no such overload.
            self.when.setDateTime(QDateTime(occurred))  # type: ignore[call-overload]
            self.loaded_when = self.when.dateTime()
            self.duration.setValue(note.duration_minutes or 0)
            self.location.setText(note.location or "")
            self.participants.setText(note.participants or "")
            self.set_goals([], note.goals_addressed)
            self._section_boxes(note.template, note.sections)
        finally:
            self._loading = False

    def set_goals(self, goals: list[GoalChoice], checked: tuple[str, ...] | None = None) -> None:
        chosen = set(self.checked_goals() if checked is None else checked)
        loading, self._loading = self._loading, True
        self.goals.clear()
        known = {goal.id for goal in goals}
        shown = [(g.id, goal_title(g)) for g in goals]
        gone = QCoreApplication.translate("NoteForm", "(goal no longer in the case plan)")
        shown += [(gid, gone) for gid in sorted(chosen - known)]
        for goal_id, title in shown:
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, goal_id)
            item.setCheckState(
                Qt.CheckState.Checked if goal_id in chosen else Qt.CheckState.Unchecked
            )
            self.goals.addItem(item)
        self._goal_flags()
        self.goals.setVisible(bool(shown))
        self.no_goals.setVisible(not shown)
        self._loading = loading

    def checked_goals(self) -> tuple[str, ...]:
        items = (self.goals.item(row) for row in range(self.goals.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def fields(self) -> NoteFields:
        # cast: PySide6 types toPython() as object; a QDateTime gives a datetime.
        local = cast(datetime, self.when.dateTime().toPython())
        return NoteFields(
            contact_type=self.contact.currentData(),
            occurred_at=to_utc(local.replace(second=0, microsecond=0)),
            duration_minutes=self.duration.value() or None,
            location=self.location.text().strip() or None,
            participants=self.participants.text().strip() or None,
            goals_addressed=self.checked_goals(),
            sections={key: box.toPlainText() for key, box in self.boxes.items()},
        )

    def sections_empty(self) -> bool:
        return not any(box.toPlainText().strip() for box in self.boxes.values())

    def is_blank(self) -> bool:
        """Nothing entered: no text, no contact details, no goal, the time as it opened."""
        details = (self.location.text().strip(), self.participants.text().strip())
        return (
            self.sections_empty()
            and self.contact.currentData() is None
            and self.duration.value() == 0
            and not any(details)
            and not self.checked_goals()
            and self.when.dateTime() == self.loaded_when
        )

    # -- state --------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for box in self.boxes.values():
            box.setReadOnly(read_only)
        for line in (self.location, self.participants):
            line.setReadOnly(read_only)
        for spin in (self.when, self.duration):
            spin.setReadOnly(read_only)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.NoButtons
                if read_only
                else QAbstractSpinBox.ButtonSymbols.UpDownArrows
            )
        self.when.setCalendarPopup(not read_only)
        self.contact.setEnabled(not read_only)
        self._goal_flags()

    def reset_template(self) -> None:
        """Show the note's own template again (a change was refused or failed)."""
        self.template.setCurrentIndex(self.template.findData(self.template_key))

    def allow_template_change(self, allowed: bool) -> None:
        self.template.setEnabled(allowed and not self._read_only)

    def clear(self) -> None:
        """Forget every value (the dialog closed or the screen locked)."""
        self._loading = True
        for line in (self.location, self.participants):
            line.clear()
        self.goals.clear()
        self._section_boxes(self.template_key, {})
        self._loading = False

    def _goal_flags(self) -> None:
        flags = Qt.ItemFlag.ItemIsEnabled
        if not self._read_only:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        for row in range(self.goals.count()):
            self.goals.item(row).setFlags(flags)
