"""Windows: lock when the session locks (Win+L) or the machine suspends. UNTESTED HERE: no
Windows machine runs the test suite yet; written from the Win32 documentation and kept
small so that a reviewer can check it against it.

- WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) makes Windows send the main
  window WM_WTSSESSION_CHANGE; wParam WTS_SESSION_LOCK is the session locking.
- WM_POWERBROADCAST with PBT_APMSUSPEND goes to every top-level window before a classic
  suspend. (Modern Standby machines may not send it; the screen lock that comes with it
  does send WTS_SESSION_LOCK, and the idle clock counts the time asleep anyway.)
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray

log = logging.getLogger(__name__)
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class WindowsLockFilter(QAbstractNativeEventFilter):
    """Install with QCoreApplication.installNativeEventFilter; calls `lock(reason)`."""

    def __init__(self, hwnd: int, lock: Callable[[str], None]) -> None:
        super().__init__()
        self._lock = lock
        if sys.platform == "win32":
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined,unused-ignore]
            if not wtsapi.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                log.warning("Session lock notifications are not available")

    def nativeEventFilter(  # noqa: N802 - Qt API
        self, event_type: QByteArray | bytes, message: int
    ) -> tuple[bool, int]:
        if event_type == b"windows_generic_MSG" and sys.platform == "win32":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(message)
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._lock("session-lock")
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._lock("sleep")
        return False, 0
