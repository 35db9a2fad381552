"""The worker's own settings on screen: Settings > Preferences… (Ctrl+,), the text zoom in the
View menu (Ctrl++ / Ctrl+= larger, Ctrl+- smaller, Ctrl+0 normal), and applying what the
vault keeps each time it is unlocked (language, text size, contrast, idle lock).

Reads and saves run on the worker through the task runner, in a unit of work of their own
(like app/ui/sync/auto.py); only applying the result happens on the GUI thread. The look stays
as it is while locked: the lock screen is for the same worker, who may need the larger text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from app.services import user_settings
from app.services.user_settings import (
    TEXT_MAX,
    TEXT_MIN,
    TEXT_NORMAL,
    TEXT_STEP,
    Preferences,
    WorkerSettings,
)
from app.ui import theme
from app.ui.errors import user_message
from app.ui.i18n import LANGUAGES, system_language
from app.ui.settings.preferences import PreferencesDialog
from app.ui.settings.retranslate import retranslate_window

if TYPE_CHECKING:
    from app.ui.access import VaultAccess
    from app.ui.lock import IdleLock
    from app.ui.lockdown.host import AppHost
    from app.ui.sync.auto import AutoSync

DONE_MS = 8000


def read_settings(access: VaultAccess) -> WorkerSettings:
    with access.vault.session() as session:
        return user_settings.get_settings(session, access.owner_id)


def save_settings(access: VaultAccess, chosen: Preferences) -> WorkerSettings:
    with access.vault.session() as session:
        return user_settings.save_settings(session, access.owner_id, chosen)


def menu_holding(action: QAction) -> QMenu | None:
    """The window's menu an action was put in (main_window.py keeps no handle on it)."""
    menus = [o for o in action.associatedObjects() if isinstance(o, QMenu)]
    return menus[0] if menus else None


class WorkerSettingsHooks(QObject):
    def __init__(self, host: AppHost, idle: IdleLock | None, auto: AutoSync | None) -> None:
        super().__init__(host)
        self.host, self.idle, self.auto = host, idle, auto
        self.current: WorkerSettings | None = None
        self.dialog: PreferencesDialog | None = None
        self._make_actions()
        host.unlocked.connect(self._unlocked)
        host.locked.connect(self._locked)
        if auto is not None:
            auto.office_changed.connect(self._unlocked)  # read the office's limits again

    # -- the actions ----------------------------------------------------------------------
    def _action(self, text: str, keys: list[QKeySequence], tip: str) -> QAction:
        action = QAction(text, self.host.window)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip)
        action.setEnabled(False)  # until a vault is open
        self.host.window.addAction(action)
        return action

    def _make_actions(self) -> None:

        self.preferences_action = self._action(
            QCoreApplication.translate("SettingsMenu", "&Preferences…"),
            [QKeySequence("Ctrl+,")],
            QCoreApplication.translate(
                "SettingsMenu", "Language, text size, contrast, idle lock and daily sync"
            ),
        )
        self.larger_action = self._action(
            QCoreApplication.translate("SettingsMenu", "&Larger text"),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            QCoreApplication.translate("SettingsMenu", "Make all text larger (kept for you)"),
        )
        self.smaller_action = self._action(
            QCoreApplication.translate("SettingsMenu", "&Smaller text"),
            [QKeySequence("Ctrl+-")],
            QCoreApplication.translate("SettingsMenu", "Make all text smaller (kept for you)"),
        )
        self.normal_action = self._action(
            QCoreApplication.translate("SettingsMenu", "&Normal text size"),
            [QKeySequence("Ctrl+0")],
            QCoreApplication.translate("SettingsMenu", "Text at its usual size"),
        )
        self._into_menus()
        self.preferences_action.triggered.connect(self.open_preferences)
        self.larger_action.triggered.connect(lambda: self.zoom(TEXT_STEP))
        self.smaller_action.triggered.connect(lambda: self.zoom(-TEXT_STEP))
        self.normal_action.triggered.connect(lambda: self.zoom(0))

    def _into_menus(self) -> None:
        window = self.host.window
        settings_menu = menu_holding(window.change_passphrase_action)
        if settings_menu is not None:
            settings_menu.insertAction(window.change_passphrase_action, self.preferences_action)
        view_menu = menu_holding(window.today_action)
        if view_menu is not None:
            view_menu.addSeparator()
            for action in self.zoom_actions:
                view_menu.addAction(action)

    @property
    def zoom_actions(self) -> tuple[QAction, ...]:
        return self.larger_action, self.smaller_action, self.normal_action

    def _enable(self, enabled: bool) -> None:
        for action in (self.preferences_action, *self.zoom_actions):
            action.setEnabled(enabled)

    # -- unlocked and locked --------------------------------------------------------------
    def _unlocked(self) -> None:
        if (access := self.host.access) is not None:
            self._enable(True)
            self.host.runner.submit(lambda: read_settings(access), self.use, lambda _e: None)

    def _locked(self) -> None:
        self._enable(False)
        self.current, self.dialog = None, None

    def use(self, settings: WorkerSettings) -> None:
        """Apply the worker's settings to the whole app (on unlock, after a save)."""
        if self.host.access is None:
            return  # locked meanwhile
        self.current = settings
        chosen = settings.chosen
        language = chosen.language or system_language()
        if language != (old := LANGUAGES.current):
            LANGUAGES.apply(language)
            retranslate_window(self.host.window, old, LANGUAGES.current)
        look = (chosen.high_contrast, chosen.text_percent)
        app = QApplication.instance()
        if isinstance(app, QApplication) and look != (theme.high_contrast(), theme.text_percent()):
            theme.apply_look(  # re-styles every widget: only when something changed
                app, high_contrast=chosen.high_contrast, text_percent=chosen.text_percent
            )
        if self.idle is not None:
            self.idle.set_timeout(_idle_ms(settings, self.idle.default_ms))

    # -- text zoom ------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """Larger or smaller by `step` percent (0: back to normal), applied and kept at once."""
        current, access = self.current, self.host.access
        if current is None or access is None:
            return
        percent = current.chosen.text_percent + step if step else TEXT_NORMAL
        percent = min(max(percent, TEXT_MIN), TEXT_MAX)
        chosen = replace(current.chosen, text_percent=percent)
        self.use(replace(current, chosen=chosen))
        self.host.runner.submit(lambda: save_settings(access, chosen), lambda _s: None)
        message = QCoreApplication.translate("SettingsMenu", "Text size {percent} %")
        self.host.window.statusBar().showMessage(message.format(percent=percent), DONE_MS)

    # -- Preferences… ---------------------------------------------------------------------
    def open_preferences(self) -> None:
        if self.current is None or self.host.access is None:
            return
        dialog = self.dialog = PreferencesDialog(self.current, self.host.window)
        dialog.submitted.connect(lambda: self._save(dialog))
        dialog.finished.connect(self._forget_dialog)  # it deletes itself (a lock closes it)
        dialog.open()

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None

    def _save(self, dialog: PreferencesDialog) -> None:
        access, chosen = self.host.access, dialog.chosen()
        if access is None:
            return
        doing = QCoreApplication.translate("SettingsMenu", "Saving your settings")
        self.host.runner.submit(
            lambda: save_settings(access, chosen),
            lambda saved: self._saved(dialog, saved),
            lambda error: dialog.show_error(user_message(error, doing)),
        )

    def _saved(self, dialog: PreferencesDialog, saved: WorkerSettings) -> None:
        self.use(saved)
        dialog.succeeded()
        if self.auto is not None:
            self.auto.reload()  # the worker's own daily time
        done = QCoreApplication.translate("SettingsMenu", "Settings saved.")
        self.host.window.statusBar().showMessage(done, DONE_MS)


def _idle_ms(settings: WorkerSettings, default_ms: int) -> int:
    """The worker's choice within the office's maximum; without a choice, the app's own
    default (5 minutes, or what it was started with), within that maximum too."""
    most = settings.office.max_idle_minutes * 60 * 1000
    if settings.chosen.idle_lock_minutes is None:
        return min(default_ms, most)
    return settings.idle_minutes * 60 * 1000
