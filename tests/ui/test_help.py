"""The Help menu (issue 12 item 5): the user guide inside the app (F1), the keyboard shortcuts
read from the window's own actions, and About with the licences of what Caseload runs on."""

from __future__ import annotations

from importlib.metadata import version

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app.ui.controller import AppController
from app.ui.help.about import AboutDialog
from app.ui.help.guide import UserGuideDialog, guide_path
from app.ui.help.licences import runtime_names
from app.ui.help.shortcuts import ShortcutsDialog
from tests.ui.a11y import tab_walk, undescribed, unnamed
from tests.ui.conftest import started

SMALL = (1092, 580)


def _shown(controller: AppController, qtbot) -> QDialog:
    dialog = controller.help.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    return dialog


def test_f1_shows_the_user_guide(make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    qtbot.keyClick(controller.window, Qt.Key.Key_F1)
    dialog = _shown(controller, qtbot)
    assert isinstance(dialog, UserGuideDialog)
    assert "guide for case workers" in dialog.text.toPlainText()
    assert dialog.text.document().toMarkdown()  # rendered from Markdown, not shown raw
    assert "## " not in dialog.text.toPlainText()


def test_the_guide_falls_back_to_english():
    english = guide_path("en")
    assert english is not None and english.name == "user-guide.md"
    chosen = guide_path("es")
    assert chosen is not None and chosen.name in ("user-guide.es.md", "user-guide.md")


def test_the_shortcuts_are_the_window_s_own(make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    controller.help.shortcuts_action.trigger()
    dialog = _shown(controller, qtbot)
    assert isinstance(dialog, ShortcutsDialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Lock now"] == "Ctrl+L"
    assert rows["User guide"] == "F1"
    assert rows["Preferences"] == "Ctrl+,"
    assert rows["Larger text"] == "Ctrl++, Ctrl+="
    assert rows["Normal text size"] == "Ctrl+0"
    assert "Quit" in rows


def test_about_names_every_runtime_dependency_and_its_licence(make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    controller.help.about_action.trigger()
    dialog = _shown(controller, qtbot)
    assert isinstance(dialog, AboutDialog)
    table = dialog.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert sorted(names, key=str.lower) == sorted(runtime_names(), key=str.lower)
    licences = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert "LGPL-3.0" in licences["PySide6-Essentials"]
    assert licences["SQLAlchemy"] == "MIT"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert version("caseload") in texts and "Proprietary" in texts and "LGPL" in texts


@pytest.mark.parametrize("which", ["guide_action", "shortcuts_action", "about_action"])
def test_each_help_window_is_named_walkable_and_fits(which, make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    getattr(controller.help, which).trigger()
    dialog = _shown(controller, qtbot)
    assert unnamed(dialog) == [] and undescribed(dialog) == []
    walk = tab_walk(dialog)
    assert walk.traps == [] and walk.unreached == []
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1], dialog.size()


def test_help_opens_on_the_lock_screen_too(make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    controller.lock()
    assert controller.help.guide_action.isEnabled()
    controller.help.about_action.trigger()
    assert isinstance(controller.help.dialog, AboutDialog)


def test_f1_on_the_quick_hide_screen_only_leaves_it(make_controller, vault, qtbot):
    """The neutral screen says nothing about Caseload: F1 there is "any key" (to unlock)."""
    controller = started(make_controller, vault, qtbot)
    controller.hide_now()
    controller.help.guide_action.trigger()
    assert controller.help.dialog is None
    assert controller.window.pages.currentWidget() is controller.window.unlock
