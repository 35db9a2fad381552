"""Small building blocks shared by the screens (headings, error lines, busy bars, cards), and
dates and times as a case worker reads them: stored times are UTC (app/core/timeutil.py),
everything shown is local wall-clock time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

# Dates and times are formatted in one place; re-exported for the screens that import them here.
from app.ui import theme
from app.ui.locale_format import NONE, local_moment, long_day, short_day

CARD_WIDTH = 560
__all__ = ["NONE", "local_moment", "long_day", "short_day"]


def heading(text: str, point_size: int = 0) -> QLabel:
    """A bold heading; sized by the type scale (following text zoom) unless `point_size`."""
    label = QLabel(text)
    label.setWordWrap(True)
    if point_size:
        font = QFont(label.font())
        font.setPointSize(point_size)
        font.setBold(True)
        label.setFont(font)
    else:
        theme.use_level(label, "heading")
    label.setAccessibleName(text)
    return label


def paragraph(text: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(accessible)
    return label


def error_label(accessible: str) -> QLabel:
    """A line for problems in the theme's danger colour; hidden until there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    theme.set_role(label, "error")
    label.setAccessibleName(accessible)
    label.hide()
    return label


def notice(text: str, accessible: str) -> QLabel:
    """A boxed warning the worker must see (weaker protection and the like)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    theme.set_role(label, "notice")
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
    theme.set_role(card, "card")
    card.setMaximumWidth(width)
    card.setMinimumWidth(min(width, 420))
    inner = QVBoxLayout(card)
    inner.setContentsMargins(3 * theme.SPACING, theme.MARGIN, 3 * theme.SPACING, theme.MARGIN)
    inner.setSpacing(theme.SPACING + theme.SPACING // 2)
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
