"""Settings > Preferences… and the text zoom (issue 12 items 2 and 5): kept in the vault per
worker (never a QSettings or plain file), applied at once and again after each unlock."""

from __future__ import annotations

import time as clock
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.services import user_settings
from app.services.vaults import Vault
from app.ui import theme
from app.ui.controller import AppController
from app.ui.i18n import LANGUAGES
from app.ui.lock import DEFAULT_IDLE_MS
from app.ui.settings.preferences import PreferencesDialog
from app.ui.settings.retranslate import Catalogue, retranslate_window
from tests.conftest import PASSPHRASE
from tests.ui import sync_helpers
from tests.ui.a11y import tab_walk, undescribed, unnamed
from tests.ui.conftest import started

SMALL = (1092, 580)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def default_look() -> Iterator[None]:
    """Each test starts and ends with the default look and English (they are app-wide)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_look(app)
    LANGUAGES.apply("en")
    yield
    theme.apply_look(app)
    LANGUAGES.apply("en")


def _hooks(controller: AppController):
    return controller.settings.worker


def _open(controller: AppController, qtbot) -> PreferencesDialog:
    hooks = _hooks(controller)
    qtbot.waitUntil(lambda: hooks.current is not None, timeout=3000)
    hooks.preferences_action.trigger()
    dialog = hooks.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    return dialog


def _stored(vault: Vault) -> user_settings.WorkerSettings:
    with vault.session() as session:
        return user_settings.get_settings(session, vault.owner_id)


def _relock(controller: AppController, vault: Vault, profile: Path) -> Vault:
    """Lock, put the default look back (as a fresh start would), then unlock again."""
    controller.lock()
    assert vault.is_locked
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply_look(app)
    LANGUAGES.apply("en")
    assert theme.text_percent() == 100
    reopened = Vault.open(profile, PASSPHRASE)
    controller.start_unlocked(reopened)
    return reopened


def _files_holding(folder: Path, canary: bytes, since: float) -> list[Path]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and path.stat().st_mtime >= since and canary in path.read_bytes():
            found.append(path)
    return found


def test_saved_in_the_vault_and_in_no_plain_file(make_controller, vault, profile, qtbot):
    since = clock.time() - 1
    controller = started(make_controller, vault, qtbot)
    dialog = _open(controller, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.text_size.setValue(150)
    dialog.contrast.setChecked(True)
    dialog.idle.setValue(3)
    dialog.daily_on.setChecked(True)
    dialog.daily_time.setTime(dialog.daily_time.time().fromString("13:57", "HH:mm"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.closed
    chosen = _stored(vault).chosen
    assert chosen == user_settings.Preferences("fr", 150, True, 3, time(13, 57))
    assert LANGUAGES.current == "fr" and theme.high_contrast() and theme.text_percent() == 150
    assert controller.idle.timeout_ms == 3 * 60 * 1000
    assert controller.sync.auto.settings.daily_time == time(13, 57)
    vault.checkpoint()
    qt_config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.ConfigLocation)
    generic = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for folder in (profile, Path(qt_config), Path(generic)):
        for canary in (b"13:57", b"text_percent", b"high_contrast"):
            assert _files_holding(folder, canary, since) == [], (folder, canary)


def test_the_office_maximum_caps_the_idle_lock(make_controller, vault, qtbot):
    with vault.session() as session:
        user_settings.store_office_rules(session, time(18, 0), 12)
    controller = started(make_controller, vault, qtbot)
    dialog = _open(controller, qtbot)
    assert dialog.idle.maximum() == 12
    assert "12" in dialog.idle_note.text()
    assert not dialog.daily_on.isEnabled() and not dialog.daily_time.isEnabled()
    assert "office" in dialog.daily_note.text()
    assert controller.sync.auto.settings.daily_time == time(18, 0)  # the office's wins


def test_a_value_above_a_lowered_maximum_is_refused(make_controller, vault, qtbot):
    with vault.session() as session:
        user_settings.store_office_rules(session, None, 12)
    controller = started(make_controller, vault, qtbot)
    dialog = _open(controller, qtbot)
    dialog.idle.setValue(12)
    with vault.session() as session:  # the office lowered it while the form was open
        user_settings.store_office_rules(session, None, 10)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "10 minutes" in dialog.error.text()
    assert _stored(vault).chosen.idle_lock_minutes is None


def test_zoom_keys_change_the_app_font_and_survive_a_lock(make_controller, vault, profile, qtbot):
    controller = started(make_controller, vault, qtbot)
    qtbot.waitUntil(lambda: _hooks(controller).current is not None, timeout=3000)
    normal = QApplication.font().pointSizeF()
    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    assert theme.text_percent() == 120
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.2)
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert _stored(vault).chosen.text_percent == 110
    reopened = _relock(controller, vault, profile)  # the look was reset to normal meanwhile
    qtbot.waitUntil(lambda: theme.text_percent() == 110, timeout=3000)
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.1)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow, timeout=3000)
    qtbot.keyClick(controller.window, Qt.Key.Key_0, CTRL)
    assert theme.text_percent() == 100 and _stored(reopened).chosen.text_percent == 100


def test_the_language_is_applied_and_kept(make_controller, vault, profile, qtbot):
    controller = started(make_controller, vault, qtbot)
    dialog = _open(controller, qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert LANGUAGES.current == "es" and _stored(vault).chosen.language == "es"
    _relock(controller, vault, profile)
    qtbot.waitUntil(lambda: LANGUAGES.current == "es", timeout=3000)


def test_widgets_built_in_another_language_are_given_the_new_words(qtbot):
    known = Catalogue()
    known.add("Menu", "&Lock now", "es", "&Bloquear ahora")
    known.add("Menu", "Lock the screen now", "es", "Bloquear la pantalla ahora")
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("Lock the screen now", window)
    action = QAction("&Lock now", window)
    assert retranslate_window(window, "en", "es", known) == 2
    assert label.text() == "Bloquear la pantalla ahora" and action.text() == "&Bloquear ahora"
    retranslate_window(window, "es", "en", known)
    assert label.text() == "Lock the screen now" and action.text() == "&Lock now"


def test_the_dialog_is_named_described_walkable_and_fits(make_controller, vault, qtbot):
    controller = started(make_controller, vault, qtbot)
    dialog = _open(controller, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    assert unnamed(dialog) == [] and undescribed(dialog) == []
    walk = tab_walk(dialog)
    assert walk.traps == [] and walk.unreached == []
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], hint
    assert dialog.width() <= SMALL[0] and dialog.height() <= SMALL[1], dialog.size()


office = sync_helpers.office  # fixtures, bound here for pytest to find
enrolled = sync_helpers.enrolled


def test_the_office_maximum_comes_with_its_info(make_controller, vault, office, enrolled, qtbot):
    """caseload-server's max_idle_lock_minutes reaches the laptop through /v1/info and lowers
    the idle lock in force at once."""
    with vault.session() as session:
        user_settings.store_office_rules(session, None, 15)
        user_settings.save_settings(
            session, vault.owner_id, user_settings.Preferences(idle_lock_minutes=12)
        )
    office.settings.max_idle_lock_minutes = 4
    controller = sync_helpers.open_window(
        make_controller, vault, sync_helpers.link_to(office), qtbot
    )
    assert controller.idle.timeout_ms == 12 * 60 * 1000
    controller.sync.auto.tick()  # unknown reachability: probes the office's /info
    qtbot.waitUntil(lambda: controller.idle.timeout_ms == 4 * 60 * 1000, timeout=5000)
    assert _stored(vault).office.max_idle_minutes == 4


def test_the_laptop_default_is_the_idle_lock_s_own():
    """Without an office, the longest idle lock is app/ui/lock.py's default (repeated in the
    service, which imports nothing of app/ui)."""
    assert user_settings.DEFAULT_IDLE_MINUTES * 60 * 1000 == DEFAULT_IDLE_MS
