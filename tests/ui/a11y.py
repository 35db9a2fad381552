"""Accessibility checks shared by the screen tests: what a screen reader (AT-SPI, through Qt's
QAccessible) would say for each control, and whether Tab walks through a screen without getting
stuck.

- `unnamed(root)`: visible, enabled, focusable controls whose accessible name is empty.
- `undescribed(root)`: the same for the accessible description (Qt reads the tooltip when no
  description is set, so either counts).
- `tab_walk(root)`: presses Tab from the first control and reports every control where focus did
  not move on (a trap: a table walking cell by cell, a text box typing a tab) and every control
  Tab never reached.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

# 1366x768 at 125 % scaling, less a desktop panel: every dialog and screen must fit.
SMALL = (1092, 580)
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
)


def describe(widget: QWidget) -> str:
    """Who a failing control is, for the assertion message."""
    name = widget.objectName() or "-"
    return f"{type(widget).__name__}(objectName={name!r}, text={_visible_text(widget)!r})"


def _visible_text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return text() if callable(text) and isinstance(text(), str) else ""


def controls(root: QWidget) -> list[QWidget]:
    """The controls a keyboard user can reach on `root` as it is shown now."""
    found = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in found
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root.window())
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not _inside_composite(w)
    ]


def _inside_composite(widget: QWidget) -> bool:
    """Parts of a composite control (a combo box's line edit, a spin box's editor, a tab widget's
    scroll buttons) are announced through the control that owns them."""
    parent = widget.parentWidget()
    return isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar) or (
        isinstance(widget, QAbstractButton) and isinstance(parent, QTabBar)
    )


def _accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(kind).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not _accessible_text(w, QAccessible.Text.Name)]


def undescribed(root: QWidget) -> list[str]:
    return [describe(w) for w in controls(root) if not _described(w)]


def _described(widget: QWidget) -> bool:
    """Qt gives a tab bar as a whole no description; each tab has one (its tooltip)."""
    if isinstance(widget, QTabBar):
        return all(widget.tabToolTip(i).strip() for i in range(widget.count()))
    return bool(_accessible_text(widget, QAccessible.Text.Description))


@dataclass(frozen=True)
class TabWalk:
    traps: list[str]
    unreached: list[str]


def tab_walk(root: QWidget) -> TabWalk:
    """Tab through `root` (already shown and active) once around, plus a margin."""
    reachable = controls(root)
    if len(reachable) < 2:  # one control: Tab has nowhere else to go, which is no trap
        return TabWalk([], [])
    reachable[0].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen: list[QWidget] = []
    traps: list[str] = []
    for _ in range(len(reachable) * 2 + 4):
        current = QApplication.focusWidget()
        if current is None:
            break
        seen.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is current:
            traps.append(describe(current))
            current.focusNextChild()  # step past it so the walk can go on
    unreached = [describe(w) for w in reachable if not _reached(w, seen)]
    return TabWalk(sorted(set(traps)), unreached)


def _reached(widget: QWidget, seen: list[QWidget]) -> bool:
    """Seen itself (or a part of it); a radio button also through the chosen one of its group,
    which is the group's one Tab stop (the arrow keys choose another)."""
    group = _radio_group(widget)
    return any(s is widget or widget.isAncestorOf(s) or s in group for s in seen)


def _radio_group(widget: QWidget) -> list[QWidget]:
    parent = widget.parentWidget()
    if not isinstance(widget, QRadioButton) or not widget.autoExclusive() or parent is None:
        return []
    return [r for r in parent.findChildren(QRadioButton) if r.parentWidget() is parent]


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    """`widget` shown and active (so Tab moves the focus); a window of its own unless it has a
    parent window to go with."""
    if widget.parent() is None:
        qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=3000)
    return widget


def assert_accessible(qtbot: QtBot, widget: QWidget) -> None:
    """Named, described, and Tab goes round without a trap."""
    shown(qtbot, widget)
    assert unnamed(widget) == []
    assert undescribed(widget) == []
    walk = tab_walk(widget)
    assert walk.traps == [] and walk.unreached == []


def assert_fits(qtbot: QtBot, dialog: QWidget) -> None:
    """Its minimum and the size it opens at both fit SMALL."""
    shown(qtbot, dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1], dialog.size()
