"""The small building blocks of the intake forms: a drop-down of worded codes, a tick box,
a section heading, and the languages offered for a client."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from app.ui.caseload.columns import language_name
from app.ui.intake import words


def combo(accessible: str, choices: dict[Any, str], current: Any = None) -> QComboBox:
    """A drop-down of labels; the stored codes are kept as text (None as "")."""
    box = QComboBox()
    box.setAccessibleName(accessible)
    for code, label in choices.items():
        box.addItem(label, "" if code is None else str(code))
    select(box, current)
    return box


def select(box: QComboBox, code: Any) -> None:
    index = box.findData("" if code is None else str(code))
    box.setCurrentIndex(max(index, 0))


def chosen(box: QComboBox, choices: dict[Any, str]) -> Any:
    """The code of the chosen label (from the same `choices` the combo was made with)."""
    data = box.currentData() or ""
    return next((code for code in choices if ("" if code is None else str(code)) == data), None)


def tick(text: str, accessible: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(accessible)
    return box


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def languages(current: str | None = None) -> dict[str, str]:
    codes = list(words.LANGUAGE_CODES)
    if current and current not in codes:
        codes.append(current)
    return {code: words.language_label(code, language_name(code)) for code in codes}


def section(title: str, buttons: list[QPushButton], last: QPushButton | None = None) -> QVBoxLayout:
    """A heading, then its buttons (`last` apart, at the right end)."""
    layout = QVBoxLayout()
    layout.addWidget(heading(title))
    row = QHBoxLayout()
    for widget in buttons:
        row.addWidget(widget)
    row.addStretch(1)
    if last is not None:
        row.addWidget(last)
    layout.addLayout(row)
    return layout
