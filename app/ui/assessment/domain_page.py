"""One area of life on the assessment form: what to explore (the instrument's prompt and help),
a rating on the instrument's scale (Alt+digit picks a point), what the client needs, what
already helps them, and what they said in their own words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment_forms import Domain, DomainAnswer, ScalePoint
from app.ui.forms import text_box
from app.ui.widgets import heading, paragraph

NOT_RATED = -100  # QButtonGroup gives -1 a meaning of its own (assign an id)
HELP_STYLE = "QLabel { color: #444444; }"


def labelled(form: QFormLayout, label: str, field: QWidget) -> None:
    form.addRow(label, field)
    buddy = form.labelForField(field)
    if isinstance(buddy, QLabel):
        buddy.setBuddy(field)


class RatingChoice(QGroupBox):
    """The scale's points as radio buttons, three to a row, and what the chosen one means."""

    changed = Signal()

    def __init__(self, scale: tuple[ScalePoint, ...]) -> None:
        super().__init__(QCoreApplication.translate("DomainPage", "Rating"))
        self.scale = scale
        self.setAccessibleName(QCoreApplication.translate("DomainPage", "Rating"))
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        not_rated = QCoreApplication.translate("DomainPage", "Not rated")
        unrated = QCoreApplication.translate("DomainPage", "No rating given for this area yet")
        choices = [(NOT_RATED, not_rated, unrated)]
        choices += [(p.value, f"&{p.value}  {p.label}", p.meaning or p.label) for p in scale]
        for index, (value, text, meaning) in enumerate(choices):
            radio = QRadioButton(text)
            radio.setAccessibleName(text.replace("&", ""))
            radio.setAccessibleDescription(meaning)
            self.group.addButton(radio, value)
            grid.addWidget(radio, index // 3, index % 3)
        self.group.button(NOT_RATED).setChecked(True)
        self.meaning = paragraph(
            "", QCoreApplication.translate("DomainPage", "What the rating means")
        )
        self.meaning.setStyleSheet(HELP_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.meaning)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _value: int, checked: bool) -> None:
        if checked:
            point = next((p for p in self.scale if p.value == self.value()), None)
            self.meaning.setText(point.meaning if point else "")
            self.changed.emit()

    def value(self) -> int | None:
        chosen = self.group.checkedId()
        return None if chosen == NOT_RATED else chosen

    def set_value(self, value: int | None) -> None:
        button = self.group.button(NOT_RATED if value is None else value)
        (button or self.group.button(NOT_RATED)).setChecked(True)

    def focus_target(self) -> QWidget:
        return self.group.checkedButton() or self.group.button(NOT_RATED)


class DomainPage(QWidget):
    changed = Signal()  # the rating or a text changed: the section list shows it

    def __init__(self, domain: Domain, scale: tuple[ScalePoint, ...]) -> None:
        super().__init__()
        self.domain = domain
        self.setAccessibleName(domain.title)
        self.rating = RatingChoice(scale)
        self.needs = text_box(
            QCoreApplication.translate("DomainPage", "Needs"),
            QCoreApplication.translate("DomainPage", "What the client needs help with here"),
            70,
        )
        self.strengths = text_box(
            QCoreApplication.translate("DomainPage", "Strengths"),
            QCoreApplication.translate(
                "DomainPage", "What already helps: skills, people, services, resources"
            ),
            70,
        )
        self.words = text_box(
            QCoreApplication.translate("DomainPage", "Client's own words"),
            QCoreApplication.translate(
                "DomainPage", "What the client says about this, as they said it"
            ),
            70,
        )
        for box in self.boxes():
            box.setAccessibleDescription(box.placeholderText())
        for signal in (self.rating.changed, *(b.textChanged for b in self.boxes())):
            signal.connect(self.changed)
        self._layout()

    def _layout(self) -> None:
        prompt = paragraph(
            self.domain.prompt, QCoreApplication.translate("DomainPage", "Question to explore")
        )
        prompt.setStyleSheet("QLabel { font-weight: bold; }")
        notes = paragraph(
            self.domain.help, QCoreApplication.translate("DomainPage", "What to look for")
        )
        notes.setStyleSheet(HELP_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled(form, QCoreApplication.translate("DomainPage", "&Needs"), self.needs)
        labelled(form, QCoreApplication.translate("DomainPage", "Stren&gths"), self.strengths)
        labelled(form, QCoreApplication.translate("DomainPage", "Client's own &words"), self.words)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(heading(self.domain.title, 14))
        layout.addWidget(prompt)
        layout.addWidget(notes)
        layout.addWidget(self.rating)
        layout.addLayout(form)
        layout.addStretch(1)
        notes.setVisible(bool(self.domain.help))
        notes.setAlignment(Qt.AlignmentFlag.AlignTop)

    def boxes(self) -> tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]:
        return (self.needs, self.strengths, self.words)

    def answer(self) -> DomainAnswer:
        texts = (box.toPlainText() for box in self.boxes())
        return DomainAnswer(self.domain.code, self.rating.value(), *texts)

    def set_answer(self, answer: DomainAnswer) -> None:
        self.rating.set_value(answer.rating)
        for box, text in zip(self.boxes(), answer.texts(), strict=True):
            box.setPlainText(text)

    def first_field(self) -> QWidget:
        return self.rating.focus_target()
