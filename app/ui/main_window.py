"""The one top-level window. Its pages: first-run setup, unlock (also the lock screen) and the
workspace (Today and the caseload list, beside the client record). The title never names a
client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.refusal import QT_TRANSLATE_NOOP
from app.ui import theme
from app.ui.lockdown.neutral import NeutralScreen
from app.ui.setup.screen import SetupScreen
from app.ui.sync.widgets import SyncBanner, SyncStatusBar
from app.ui.tasks import TaskRunner
from app.ui.unlock.screen import UnlockScreen
from app.ui.workspace import DEFAULT_SIZE, Workspace

# The product's name: the application name as it is (settings paths), the title translated
# (translators keep the name). Never a client's name in the title.
TITLE = QT_TRANSLATE_NOOP("MainWindow", "Caseload")
STOP_SYNC_KEYS = QKeySequence("Ctrl+Shift+X").toString()


def window_title() -> str:
    return QCoreApplication.translate("MainWindow", TITLE)


def opening_size() -> QSize:
    """DEFAULT_SIZE, or the screen's free area when that is smaller (1366x768 at 125 %)."""
    size = QSize(*DEFAULT_SIZE)
    screen = QGuiApplication.primaryScreen()
    return size.boundedTo(screen.availableSize()) if screen is not None else size


def locked_window_title() -> str:
    """The title while locked (Qt adds " — Caseload"): the taskbar says so, and the bundle's
    smoke test looks for it."""
    return QCoreApplication.translate("MainWindow", "Locked")


class MainWindow(QMainWindow):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__()
        self.setWindowTitle(window_title())
        self.setAccessibleName(window_title())
        self.resize(opening_size())
        self.setup = SetupScreen()
        self.unlock = UnlockScreen()
        self.workspace = Workspace(runner)
        self.neutral = NeutralScreen()  # quick-hide: nothing to see, any key leads to unlock
        self.pages = QStackedWidget()
        for page in (self.setup, self.unlock, self.workspace, self.neutral):
            self.pages.addWidget(page)
        self.banner = SyncBanner()  # above every page: the revoked message goes with setup
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)
        self._actions()
        self._sync_actions()
        self._settings_menu()
        self._status_bar()

    # -- chrome -------------------------------------------------------------------------
    def _action(self, text: str, keys: QKeySequence | str, tip: str) -> QAction:
        """A window-wide action; its tooltip and status tip say what it does and its keys."""
        action = QAction(text, self)
        shortcut = QKeySequence(keys)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        shown = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{what} ({keys})").format(what=tip, keys=shown) if shown else tip)
        action.setStatusTip(tip)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _actions(self) -> None:
        self.find_action = self._action(
            self.tr("&Find client"), QKeySequence("Ctrl+F"), self.tr("Focus the search box")
        )
        self.today_action = self._action(
            self.tr("&Today"),
            QKeySequence("Ctrl+1"),
            self.tr("Today's visits, tasks and deadlines"),
        )
        self.caseload_action = self._action(
            self.tr("&Caseload"), QKeySequence("Ctrl+2"), self.tr("The caseload list")
        )
        self.new_note_action = self._action(
            self.tr("&New note"),
            QKeySequence("Ctrl+N"),
            self.tr("Start a case note for the client whose record is open"),
        )
        self.new_consent_action = self._action(
            self.tr("New &consent"),
            QKeySequence("Ctrl+Shift+C"),
            self.tr("Prepare a consent form with the client whose record is open"),
        )
        self.new_client_action = self._action(
            self.tr("New c&lient…"),
            QKeySequence("Ctrl+Shift+N"),
            self.tr("Take in a new client (checked for possible duplicates before saving)"),
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), QKeySequence("F5"), self.tr("Reload the caseload")
        )
        self.lock_action = self._action(
            self.tr("&Lock now"), QKeySequence("Ctrl+L"), self.tr("Lock the screen now")
        )
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # dialogs too
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.tr("Lock and quit")
        )
        menu = self.menuBar().addMenu(self.tr("&Caseload"))
        menu.setAccessibleName(self.tr("Caseload menu"))
        self.caseload_menu = menu  # app/ui/exports/hooks.py adds the client's exports to it
        actions = (
            self.find_action,
            self.new_client_action,
            self.new_note_action,
            self.new_consent_action,
        )
        for action in (*actions, self.refresh_action):
            menu.addAction(action)
        menu.addAction(self.lock_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.setAccessibleName(self.tr("View menu"))
        self.view_menu = view  # the settings hooks add text size and contrast here
        for action in (self.today_action, self.caseload_action):
            view.addAction(action)
        self.menuBar().setAccessibleName(self.tr("Menu bar"))
        self.find_action.triggered.connect(self.workspace.show_caseload)
        self.today_action.triggered.connect(self.workspace.show_today)
        self.caseload_action.triggered.connect(self.workspace.show_caseload)
        self.workspace.record.client_changed.connect(lambda _id: self._enable_new_note())
        self.new_note_action.setEnabled(False)
        self.new_consent_action.setEnabled(False)
        self.new_consent_action.triggered.connect(self.workspace.record.new_consent)

    def _sync_actions(self) -> None:
        """Enabled by app.ui.sync.hooks, which knows whether a sync runs and the vault is
        connected; all off until a vault is open."""
        self.sync_action = self._action(
            self.tr("&Sync now"),
            QKeySequence("Ctrl+Shift+S"),
            self.tr("Send your changes to the office and get theirs"),
        )
        stop_tip = self.tr(
            "Stop the sync now ({keys}): what was sent and received is kept, the rest goes "
            "next time"
        ).format(keys=STOP_SYNC_KEYS)
        self.stop_sync_action = self._action(self.tr("S&top sync"), STOP_SYNC_KEYS, stop_tip)
        self.stop_sync_action.setToolTip(stop_tip)  # it names its keys already
        # The status bar's button, beside the progress:
        self.stop_sync_action.setIconText(self.tr("Stop"))
        self.connect_action = self._action(
            self.tr("C&onnect to the office…"),
            "",
            self.tr("Connect this laptop with a code from the office"),
        )
        self.reconnect_action = self._action(  # shown instead, once the laptop is connected
            self.tr("&Re-connect with a code…"),
            "",
            self.tr("After the office changed its certificate: a new code from your supervisor"),
        )
        self.conflicts_action = self._action(
            self.tr("Sync &conflicts…"), "", self.tr("Edits of yours that a newer value replaced")
        )
        self.auto_sync_action = self._action(
            self.tr("Sync &automatically"),
            "",
            self.tr("Sync by itself when the office can be reached (kept in this vault)"),
        )
        self.auto_sync_action.setCheckable(True)
        self.auto_sync_action.setChecked(True)
        self._sync_menu()
        self.sync_status = SyncStatusBar()
        self.sync_status.use_actions(self.sync_action, self.stop_sync_action)

    def _sync_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Sync"))
        menu.setAccessibleName(self.tr("Sync menu"))
        for action in (
            self.sync_action,
            self.stop_sync_action,
            self.connect_action,
            self.reconnect_action,
            self.conflicts_action,
            self.auto_sync_action,
        ):
            menu.addAction(action)
            action.setEnabled(False)

    def _settings_menu(self) -> None:
        """Enabled by app.ui.settings.hooks while a vault is open."""
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"),
            "",
            self.tr("Choose a new passphrase; the vault is re-encrypted under a new key"),
        )
        self.change_passphrase_action.setEnabled(False)
        menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        menu.setAccessibleName(self.tr("Settings menu"))
        menu.addAction(self.change_passphrase_action)

    def _status_bar(self) -> None:
        self.worker_label = QLabel()
        self.worker_label.setAccessibleName(self.tr("Signed-in worker"))
        self.weak_label = QLabel(self.tr("Passphrase-only vault: weaker protection"))
        theme.set_role(self.weak_label, "notice-compact")
        self.weak_label.setAccessibleName(self.tr("Passphrase-only warning"))
        self.weak_label.hide()
        self.hint_label = QLabel(
            self.tr("Ctrl+1 today · Ctrl+2 caseload · Ctrl+F find · Ctrl+N note · Ctrl+L lock")
        )
        self.hint_label.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.statusBar().addWidget(self.worker_label)
        self.statusBar().addWidget(self.weak_label)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.hint_label)
        self.workspace.record.header.new_note.clicked.connect(self.new_note_action.trigger)

    # -- pages --------------------------------------------------------------------------
    def show_setup(self) -> None:
        self._show(self.setup, unlocked=False)
        self.setup.worker_name.setFocus()

    def show_unlock(self, passphrase_only: bool) -> None:
        self._show(self.unlock, unlocked=False)
        self.unlock.set_passphrase_only(passphrase_only)
        self.unlock.reset()
        self.unlock.focus()

    def show_neutral(self) -> None:
        """After a quick-hide: no menu, no status line, no client; keys go to the panel."""
        self._show(self.neutral, unlocked=False)
        self.menuBar().hide()
        self.statusBar().hide()
        self.neutral.setFocus()

    def show_workspace(self, passphrase_only: bool) -> None:
        self.weak_label.setVisible(passphrase_only)
        self._show(self.workspace, unlocked=True)
        self.workspace.show_caseload()

    def _show(self, page: QWidget, unlocked: bool) -> None:
        self.pages.setCurrentWidget(page)
        locked = page is self.unlock or page is self.neutral
        self.setWindowTitle(locked_window_title() if locked else window_title())
        self.menuBar().show()  # hidden only on the quick-hide screen
        self.statusBar().show()
        for action in self._workspace_actions():
            action.setEnabled(unlocked)
        self._enable_new_note()
        self.worker_label.setVisible(unlocked)
        self.hint_label.setVisible(unlocked)
        self.sync_status.setVisible(unlocked)
        if not unlocked:
            self.weak_label.hide()
            self.worker_label.clear()

    def _workspace_actions(self) -> tuple[QAction, ...]:
        return (
            self.find_action,
            self.new_client_action,
            self.refresh_action,
            self.lock_action,
            self.today_action,
            self.caseload_action,
        )

    def _enable_new_note(self) -> None:
        """Ctrl+N works only while a client's record is open (and the vault is unlocked)."""
        open_record = self.workspace.record.client_id is not None
        self.new_note_action.setEnabled(self.unlocked and open_record)
        self.new_consent_action.setEnabled(self.unlocked and open_record)
        self.workspace.record.header.new_note.setEnabled(self.unlocked and open_record)

    @property
    def unlocked(self) -> bool:
        return self.pages.currentWidget() is self.workspace

    def set_worker_name(self, name: str) -> None:
        self.worker_label.setText(self.tr("Signed in: {name}").format(name=name))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.workspace.clear()
        super().closeEvent(event)
