"""The Help menu: User guide (F1), Keyboard shortcuts and About Caseload.

Open locked or unlocked (nothing in them is about a client); the lock closes them like any
dialog. Each opens window-modal over the main window and deletes itself when closed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from app.ui.help.about import AboutDialog
from app.ui.help.guide import UserGuideDialog
from app.ui.help.shortcuts import ShortcutsDialog
from app.ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from app.ui.lockdown.host import AppHost


class HelpHooks(QObject):
    def __init__(self, host: AppHost) -> None:
        super().__init__(host)
        self.host = host
        self.dialog: QDialog | None = None

        self.guide_action = self._action(
            QCoreApplication.translate("HelpMenu", "&User guide"),
            "F1",
            QCoreApplication.translate("HelpMenu", "How to use Caseload"),
        )
        self.shortcuts_action = self._action(
            QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"),
            "",
            QCoreApplication.translate("HelpMenu", "Every key and what it does"),
        )
        self.about_action = self._action(
            QCoreApplication.translate("HelpMenu", "&About Caseload"),
            "",
            QCoreApplication.translate("HelpMenu", "Version and licences"),
        )
        menu = host.window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        menu.setAccessibleName(QCoreApplication.translate("HelpMenu", "Help menu"))
        for action in (self.guide_action, self.shortcuts_action, self.about_action):
            menu.addAction(action)
        self.guide_action.triggered.connect(self.show_guide)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action.triggered.connect(self.show_about)

    def _action(self, text: str, keys: str, tip: str) -> QAction:
        action = QAction(text, self.host.window)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        self.host.window.addAction(action)
        return action

    def show_guide(self) -> None:
        self._open(lambda: UserGuideDialog(LANGUAGES.current, self.host.window))

    def show_shortcuts(self) -> None:
        self._open(lambda: ShortcutsDialog(self.host.window, self.host.window))

    def show_about(self) -> None:
        self._open(lambda: AboutDialog(self.host.window))

    def _open(self, make: Callable[[], QDialog]) -> None:
        window = self.host.window
        if window.pages.currentWidget() is window.neutral:
            window.neutral.leave_requested.emit()  # quick-hide: F1 is "any key" there
            return
        dialog = make()
        if self.dialog is not None:
            self.dialog.close()  # one Help window at a time
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
