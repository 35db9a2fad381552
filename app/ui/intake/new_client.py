"""New client (Ctrl+Shift+N): the intake form, then, when the vault holds someone who may be
the same person, the duplicate step: the possible duplicates with why each was found (name
sounds alike, same date of birth, same phone), and the worker's answer, which is recorded:
"Same person" opens that client's record and saves nothing new; "Different person" saves the
new client (app/services/intake.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.services.intake import ClientDetails, PossibleDuplicate
from app.ui.form_access import leaves_by_tab
from app.ui.intake import words
from app.ui.intake.client_form import ClientForm
from app.ui.pane import button, item_list, list_item, selected_id
from app.ui.widgets import NONE, long_day, notice, paragraph


def duplicate_line(candidate: PossibleDuplicate) -> list[str]:
    name = candidate.display_name
    if candidate.legal_name != name:
        name += "\n" + QCoreApplication.translate("NewClientDialog", "Legal name: {name}").format(
            name=candidate.legal_name
        )
    return [
        name,
        long_day(candidate.date_of_birth),
        candidate.phone or NONE,
        words.reason_text(candidate.matched_on),
        candidate.assigned_worker or QCoreApplication.translate("NewClientDialog", "nobody"),
    ]


def taking_in_text(new: ClientDetails) -> str:
    """What the worker typed, to compare with each possible duplicate."""
    parts = [f"{new.legal_first_name.strip()} {new.legal_last_name.strip()}"]
    if new.date_of_birth is not None:
        parts.append(
            QCoreApplication.translate("NewClientDialog", "born {day}").format(
                day=long_day(new.date_of_birth)
            )
        )
    phone = (new.phone or "").strip()
    if phone:
        parts.append(phone)
    return QCoreApplication.translate("NewClientDialog", "Taking in: {details}").format(
        details=" · ".join(parts)
    )


class DuplicatePanel(QWidget):
    """The duplicate step: who may be the same person, and the two answers."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("NewClientDialog", "Possible duplicates"))
        self.warning = notice(
            QCoreApplication.translate(
                "NewClientDialog",
                "This may be someone already on this device. Check with the client (name, "
                "date of birth, phone), then say whether the person you are taking in is the "
                "one selected below.",
            ),
            QCoreApplication.translate("NewClientDialog", "Possible duplicate warning"),
        )
        self.taking_in = paragraph(
            "", QCoreApplication.translate("NewClientDialog", "The person being taken in")
        )
        headers = [
            QCoreApplication.translate("NewClientDialog", "Name"),
            QCoreApplication.translate("NewClientDialog", "Born"),
            QCoreApplication.translate("NewClientDialog", "Phone"),
            QCoreApplication.translate("NewClientDialog", "Found because"),
            QCoreApplication.translate("NewClientDialog", "Worker"),
        ]
        self.list = leaves_by_tab(
            item_list(
                QCoreApplication.translate("NewClientDialog", "Possible duplicates"), headers
            ),
            QCoreApplication.translate(
                "NewClientDialog", "Clients who may be this person. Arrow keys choose one."
            ),
        )
        for column, width in enumerate((170, 85, 85, 150)):
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self.enable_answers())
        self._layout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.same = button(
            QCoreApplication.translate("NewClientDialog", "&Same person: open their record"),
            QCoreApplication.translate("NewClientDialog", "Same person"),
            QCoreApplication.translate(
                "NewClientDialog", "Open the selected client's record; nothing new is saved."
            ),
        )
        self.different = button(
            QCoreApplication.translate("NewClientDialog", "&Different person: save the new client"),
            QCoreApplication.translate("NewClientDialog", "Different person"),
            QCoreApplication.translate(
                "NewClientDialog", "None of them is this person: save the new client."
            ),
        )
        self.back = button(
            QCoreApplication.translate("NewClientDialog", "&Back to the details"),
            QCoreApplication.translate("NewClientDialog", "Back to the details"),
            QCoreApplication.translate("NewClientDialog", "Go back to the form to check it."),
        )
        row = QHBoxLayout()
        for widget in (self.same, self.different, self.back):
            widget.setAccessibleDescription(widget.toolTip())
            widget.setAutoDefault(False)  # Enter never answers for the worker
            row.addWidget(widget)
        row.insertStretch(2, 1)
        return row

    def _layout(self, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.taking_in)
        layout.addWidget(self.list, stretch=1)
        layout.addLayout(buttons)

    def show_candidates(
        self, candidates: tuple[PossibleDuplicate, ...], new: ClientDetails
    ) -> None:
        self.taking_in.setText(taking_in_text(new))
        self.list.clear()
        for candidate in candidates:
            self.list.addTopLevelItem(list_item(duplicate_line(candidate), candidate.client_id))
        first = self.list.topLevelItem(0)  # None only with no candidates
        if first is not None:
            self.list.setCurrentItem(first)
        self.enable_answers()
        self.list.setFocus()

    def enable_answers(self) -> None:
        self.same.setEnabled(selected_id(self.list) is not None)
        self.different.setEnabled(True)


class NewClientDialog(ClientForm):
    same_person = Signal(str, object)  # the existing client's id, why it was found
    different_person = Signal()  # every candidate shown is someone else: save

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("NewClientDialog", "New client"),
            QCoreApplication.translate(
                "NewClientDialog",
                "Take the client's details with them. Before saving, the vault is checked for "
                "someone who may be the same person.",
            ),
            QCoreApplication.translate("NewClientDialog", "&Save client"),
            parent,
        )
        self.candidates: tuple[PossibleDuplicate, ...] = ()
        self.answered: set[str] = set()  # candidates the worker said are someone else
        self.duplicates = DuplicatePanel()
        self.duplicates.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # made by FormDialog
        layout.insertWidget(layout.indexOf(self.details_area) + 1, self.duplicates, 1)
        self.duplicates.same.clicked.connect(lambda _checked=False: self._same())
        self.duplicates.different.clicked.connect(lambda _checked=False: self._different())
        self.duplicates.back.clicked.connect(lambda _checked=False: self.show_details())
        self.first.setFocus()

    def show_duplicates(self, found: tuple[PossibleDuplicate, ...]) -> None:
        """The duplicate step, for the candidates not answered yet."""
        if self.closed:
            return
        self.candidates = tuple(c for c in found if c.client_id not in self.answered)
        self.error.hide()
        self.details_area.hide()
        self.ok.hide()
        self.duplicates.show()
        self.duplicates.show_candidates(self.candidates, self.details())

    def show_details(self) -> None:
        self.duplicates.hide()
        self.details_area.show()
        self.ok.show()
        self.ok.setEnabled(True)
        self.first.setFocus()

    def _same(self) -> None:
        chosen = selected_id(self.duplicates.list)
        candidate = next((c for c in self.candidates if c.client_id == chosen), None)
        if candidate is not None:
            self._busy()
            self.same_person.emit(candidate.client_id, candidate.matched_on)

    def _different(self) -> None:
        self.answered |= {candidate.client_id for candidate in self.candidates}
        self._busy()
        self.different_person.emit()

    def _busy(self) -> None:
        self.error.hide()
        for widget in (self.duplicates.same, self.duplicates.different):
            widget.setEnabled(False)

    def show_error(self, message: str) -> None:
        super().show_error(message)
        self.duplicates.enable_answers()
