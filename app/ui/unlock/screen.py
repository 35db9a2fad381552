"""The unlock screen, which is also the lock screen: it shows nothing about any client."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets import busy_bar, card_layout, error_label, heading, notice, paragraph

PASSPHRASE_ONLY = (
    "This vault is protected by your passphrase only (no system keyring). "
    "Ask IT to set up the keyring for stronger protection."
)
HINT = "Enter your passphrase to open your caseload."
FORGOTTEN = (
    "Forgotten your passphrase? Nobody can look it up. Ask your office: they can restore "
    "access with the office recovery key."
)
FREE_ATTEMPTS = 3
BASE_SECONDS = 2
CAP_SECONDS = 15 * 60
ASK_OFFICE_AFTER = 5


class Backoff:
    """Counts failures in memory (a restart resets it; the key derivation still costs time)."""

    def __init__(
        self, free_attempts: int = FREE_ATTEMPTS, base: int = BASE_SECONDS, cap: int = CAP_SECONDS
    ) -> None:
        self.free_attempts = free_attempts
        self.base = base
        self.cap = cap
        self.failures = 0

    def record_failure(self) -> int:
        """Count one failure; returns how many seconds to wait before the next try."""
        self.failures += 1
        return self.delay()

    def delay(self) -> int:
        if self.failures < self.free_attempts:
            return 0
        return min(self.base * 2 ** (self.failures - self.free_attempts), self.cap)

    @property
    def suggest_recovery(self) -> bool:
        return self.failures >= ASK_OFFICE_AFTER

    def reset(self) -> None:
        self.failures = 0


class UnlockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, backoff: Backoff | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backoff = backoff or Backoff()
        self._remaining = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.setPlaceholderText("Passphrase")
        self.passphrase.returnPressed.connect(self.submit)
        self.unlock = QPushButton("Unlock")
        self.unlock.setAccessibleName("Unlock")
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self.submit)
        self.warning = notice(PASSPHRASE_ONLY, "Passphrase-only warning")
        self.warning.hide()
        self.error = error_label("Unlock problem")
        self.wait = QLabel()
        self.wait.setAccessibleName("Time until you can try again")
        self.wait.hide()
        self.forgotten = paragraph(FORGOTTEN, "Forgotten passphrase")
        self.forgotten.hide()
        self.busy = busy_bar("Unlocking")
        self._layout()

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.passphrase, stretch=1)
        row.addWidget(self.unlock)
        layout: QVBoxLayout = card_layout(self, width=480)
        layout.addWidget(heading("Caseload is locked"))
        layout.addWidget(paragraph(HINT, HINT))
        layout.addWidget(self.warning)
        layout.addLayout(row)
        for widget in (self.busy, self.error, self.wait, self.forgotten):
            layout.addWidget(widget)

    # -- state --------------------------------------------------------------------------
    @property
    def waiting(self) -> bool:
        return self._remaining > 0

    def set_passphrase_only(self, passphrase_only: bool) -> None:
        self.warning.setVisible(passphrase_only)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.unlock.setEnabled(not busy and not self.waiting)

    def submit(self) -> None:
        if self.busy.isVisible() or self.waiting or not self.passphrase.text():
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.error.hide()
        self.set_busy(True)
        self.unlock_requested.emit(passphrase)

    def failed(self, message: str, wrong_passphrase: bool) -> None:
        """Show why unlocking failed; a wrong passphrase counts towards the back-off."""
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()
        if wrong_passphrase:
            self._start_wait(self.backoff.record_failure())
            self.forgotten.setVisible(self.backoff.suggest_recovery)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def succeeded(self) -> None:
        self.backoff.reset()
        self.reset()

    def reset(self) -> None:
        """Back to a blank screen (keeps the failure count: it lives as long as the app)."""
        self.set_busy(False)
        self.passphrase.clear()
        self.error.hide()
        self.forgotten.setVisible(self.backoff.suggest_recovery)

    def focus(self) -> None:
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- back-off -----------------------------------------------------------------------
    def _start_wait(self, seconds: int) -> None:
        self._remaining = seconds
        if seconds <= 0:
            return
        self.unlock.setEnabled(False)
        self._show_wait()
        self._tick.start()

    def _count_down(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_wait()
            return
        self._tick.stop()
        self.wait.hide()
        self.unlock.setEnabled(not self.busy.isVisible())

    def _show_wait(self) -> None:
        self.wait.setText(f"Too many wrong attempts. You can try again in {self._remaining} s.")
        self.wait.show()
