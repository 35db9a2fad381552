"""The operating system's reasons to lock, turned into one signal: `lock_requested(reason)`.

Linux desktops say so on D-Bus, and each is listened to whatever name sends it (a private or
restarted bus gives the sender another unique name):

- logind's Manager.PrepareForSleep(true) on the system bus: the laptop is about to suspend or
  hibernate (the lid closes). Sent before sleep, so the lock runs while the process still can.
- logind's Session.Lock on the system bus, for this process's session (`loginctl lock-session`,
  the desktop's own lock on some desktops).
- the screensaver's ActiveChanged(true), freedesktop and GNOME names, on the session bus.

The session manager's commitDataRequest (logout, shutdown) locks too; so does Qt's
ApplicationSuspended, which mobile platforms send. Windows: app/ui/lockdown/windows.py
(session notifications and power broadcasts; untested here). macOS is not covered yet: see
docs/ARCHITECTURE.md (NSWorkspace willSleep, com.apple.screenIsLocked); the idle clock
still counts the time asleep there.

Tests drive the real signals on a private session bus: CASELOAD_LOGIND_BUS=session listens
for logind there instead of on the system bus, which a test does not own.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QObject, Qt, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication, QSessionManager
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
LOGIND_BUS_ENV = "CASELOAD_LOGIND_BUS"  # "session": listen for logind on the session bus (tests)
LOGIND = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
ANY_SENDER, ANY_PATH = "", ""


def logind_bus() -> QDBusConnection:
    if os.environ.get(LOGIND_BUS_ENV, "").strip().lower() == "session":
        return QDBusConnection.sessionBus()
    return QDBusConnection.systemBus()


def own_session_path(bus: QDBusConnection) -> str:
    """This process's logind session object, or any session when logind does not answer
    (then another session's lock locks this app too: the safe side)."""
    call = QDBusMessage.createMethodCall(
        LOGIND, LOGIND_PATH, f"{LOGIND}.Manager", "GetSessionByPID"
    )
    call.setArguments([os.getpid()])
    reply = bus.call(call, timeout=500)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return ANY_PATH
    found = reply.arguments()[0]  # a QDBusObjectPath
    return str(found.path()) if hasattr(found, "path") else str(found)


class OsLockSignals(QObject):
    """Listens while it exists; `lock_requested` carries a reason word for the log."""

    lock_requested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        super().__init__(parent)
        self.listening: list[str] = []  # which signals were subscribed (for the log and tests)
        self._subscribed: list[tuple[QDBusConnection, str, str, str, str]] = []
        self._qt_connected = False
        self._native: QAbstractNativeEventFilter | None = None  # Windows only
        self._session = session_bus or QDBusConnection.sessionBus()
        self._logind = system_bus or logind_bus()
        self._listen_to_logind()
        self._listen_to_screensavers()
        self._listen_to_qt()

    def _subscribe(
        self, bus: QDBusConnection, path: str, interface: str, member: str, slot: str
    ) -> None:
        # PySide6's stub types the slot as bytes, but the binding refuses bytes and takes the
        # str that SLOT() returns (tests/ui/test_os_lock_signals.py subscribes for real).
        subscribed = bus.isConnected() and bus.connect(  # type: ignore[call-overload]
            ANY_SENDER, path, interface, member, self, SLOT(slot)
        )
        if subscribed:
            self.listening.append(f"{interface}.{member}")
            self._subscribed.append((bus, path, interface, member, slot))
        else:
            log.info("Not listening for %s.%s (no such bus here)", interface, member)

    def _listen_to_logind(self) -> None:
        bus = self._logind
        self._subscribe(bus, LOGIND_PATH, f"{LOGIND}.Manager", "PrepareForSleep", "sleep(bool)")
        session = own_session_path(bus) if bus.isConnected() else ANY_PATH
        self._subscribe(bus, session, f"{LOGIND}.Session", "Lock", "session_locked()")

    def _listen_to_screensavers(self) -> None:
        for name in SCREENSAVERS:
            self._subscribe(self._session, ANY_PATH, name, "ActiveChanged", "screensaver(bool)")

    def _listen_to_qt(self) -> None:
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.commitDataRequest.connect(self.session_ending)
            app.applicationStateChanged.connect(self._state_changed)
            self._qt_connected = True

    def watch_window(self, window: QWidget) -> None:
        """Windows: session lock and suspend reach the main window's native messages."""
        app = QGuiApplication.instance()
        if sys.platform == "win32" and app is not None and self._native is None:
            from app.ui.lockdown.windows import WindowsLockFilter

            self._native = WindowsLockFilter(int(window.winId()), self.lock_requested.emit)
            app.installNativeEventFilter(self._native)

    def detach(self) -> None:
        """Stop listening (the controller is going away)."""
        for bus, path, interface, member, slot in self._subscribed:
            # str slot: see _subscribe.
            bus.disconnect(ANY_SENDER, path, interface, member, self, SLOT(slot))  # type: ignore[call-overload]
        self._subscribed.clear()
        app = QGuiApplication.instance()
        if app is not None and self._native is not None:
            app.removeNativeEventFilter(self._native)
            self._native = None
        if isinstance(app, QGuiApplication) and self._qt_connected:
            self._qt_connected = False
            app.commitDataRequest.disconnect(self.session_ending)
            app.applicationStateChanged.disconnect(self._state_changed)

    @Slot(bool)
    def sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def session_locked(self) -> None:
        self.lock_requested.emit("session-lock")

    @Slot(bool)
    def screensaver(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screensaver")

    def session_ending(self, _manager: QSessionManager | None) -> None:
        """Logout or shutdown: lock before the session manager ends the process."""
        self.lock_requested.emit("session-end")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit("suspended")
