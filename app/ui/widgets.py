"""Small building blocks shared by the screens (headings, error lines, busy bars, cards), and
dates and times as a case worker reads them: stored times are UTC (app/core/timeutil.py),
everything shown is local wall-clock time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

# Dates and times are formatted in one place; re-exported for the screens that import them here.
from app.ui.locale_format import NONE, local_moment, long_day, short_day

CARD_WIDTH = 560
__all__ = ["NONE", "local_moment", "long_day", "short_day"]
ERROR_STYLE = "QLabel { color: #a4001d; font-weight: bold; }"
NOTICE_STYLE = (
    "QLabel { background: #fff1c2; color: #4a2e00; border: 1px solid #b07800;"
    " border-radius: 4px; padding: 6px; }"
)


def heading(text: str, point_size: int = 18) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setPointSize(point_size)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


def error_label(accessible: str) -> QLabel:
    """A red line for problems; hidden until there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def notice(text: str, accessible: str) -> QLabel:
    """An amber box for warnings the worker must see (weaker protection and the like)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(NOTICE_STYLE)
    label.setAccessibleName(accessible)
    return label


def busy_bar(accessible: str) -> QProgressBar:
    """An indeterminate bar shown while slow work (the key derivation) runs on the worker."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setFormat(accessible + "…")
    bar.setTextVisible(True)
    bar.setAccessibleName(accessible)
    bar.hide()
    return bar


def card_layout(screen: QWidget, width: int = CARD_WIDTH) -> QVBoxLayout:
    """Centre a fixed-width card on `screen`; returns the card's layout to fill."""
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setMaximumWidth(width)
    card.setMinimumWidth(min(width, 420))
    inner = QVBoxLayout(card)
    inner.setContentsMargins(24, 20, 24, 20)
    inner.setSpacing(12)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, stretch=4)
    row.addStretch(1)
    outer = QVBoxLayout(screen)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


def plain_label(accessible: str, point_size: int = 0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # client data is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    if point_size or bold:
        font = QFont(label.font())
        font.setPointSize(point_size or font.pointSize())
        font.setBold(bold)
        label.setFont(font)
    return label
