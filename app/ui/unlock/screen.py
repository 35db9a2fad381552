"""The unlock screen, which is also the lock screen: it shows nothing about any client.

The back-off after wrong passphrases is counted by the vault (app/store/attempts.py), on disk,
so it is the same for this window, for the commands and after a restart; this screen only
shows it: a countdown with the Unlock button disabled, or, after too many wrong passphrases
in a row, no way to type one at all until the office recovers the vault.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.store.errors import PassphraseAttempt, UnlockRefused, WrongPassphrase
from app.ui import theme
from app.ui.widgets import busy_bar, card_layout, error_label, heading, notice, paragraph


class UnlockScreen(QWidget):
    # The passphrase as UTF-8 in a bytearray: the vault wipes it once stretched. No other
    # reference is kept here (the field is emptied at once; a str cannot be erased).
    unlock_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._remaining = 0
        self._recovery_only = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        # A coarse timer may fire up to 5% early: the countdown would end before the vault's
        # wait (measured from the failure) and the next try would be refused.
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._count_down)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(self.tr("Type your passphrase, then press Enter"))
        self.passphrase.returnPressed.connect(self.submit)
        self.unlock = QPushButton(self.tr("Unlock"))
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setDefault(True)
        self.unlock.setToolTip(self.tr("Open your caseload (Enter)"))
        self.unlock.clicked.connect(self.submit)
        self.forgot = QPushButton(self.tr("&Forgot your passphrase?"))
        self.forgot.setAccessibleName(self.tr("Forgot your passphrase?"))
        self.forgot.setToolTip(self.tr("What to do when you cannot remember your passphrase"))
        self.forgot.setAutoDefault(False)  # Enter in the field still unlocks
        self.forgot.setCheckable(True)
        self.forgot.toggled.connect(self._explain_recovery)
        self._make_messages()
        self._layout()
        QWidget.setTabOrder(self.passphrase, self.unlock)
        QWidget.setTabOrder(self.unlock, self.forgot)

    def _make_messages(self) -> None:
        self.locked_itself = paragraph("", self.tr("Why Caseload is locked"))
        theme.set_role(self.locked_itself, "info")
        self.locked_itself.hide()
        self.warning = notice(
            self.tr(
                "This vault is protected by your passphrase only (no system keyring). "
                "Ask IT to set up the keyring for stronger protection."
            ),
            self.tr("Passphrase-only warning"),
        )
        self.warning.hide()
        self.error = error_label(self.tr("Unlock problem"))
        self.wait = QLabel()
        self.wait.setAccessibleName(self.tr("Time until you can try again"))
        self.wait.hide()
        self.forgotten = paragraph(
            self.tr(
                "Forgotten your passphrase? Nobody can look it up or reset it, not IT and not "
                "your supervisor. Ask your office: they can restore access with the office "
                "recovery key, then you choose a new passphrase. Your notes stay encrypted on "
                "this laptop meanwhile."
            ),
            self.tr("Forgotten passphrase"),
        )
        self.forgotten.hide()
        self.busy = busy_bar(self.tr("Unlocking"))

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.passphrase, stretch=1)
        row.addWidget(self.unlock)
        layout: QVBoxLayout = card_layout(self, width=480)
        layout.addWidget(heading(self.tr("Caseload is locked")))
        hint = self.tr("Enter your passphrase to open your caseload.")
        layout.addWidget(paragraph(hint, hint))
        layout.addWidget(self.locked_itself)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        for widget in (self.busy, self.error, self.wait):
            layout.addWidget(widget)
        layout.addWidget(self.forgot, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.forgotten)

    # -- state --------------------------------------------------------------------------
    @property
    def waiting(self) -> bool:
        return self._remaining > 0 or self._recovery_only

    def set_locked_reason(self, text: str) -> None:
        """Why the screen is locked when the worker did not lock it (idle, the laptop slept);
        an empty text hides the line (a manual lock needs no explanation)."""
        self.locked_itself.setText(text)
        self.locked_itself.setVisible(bool(text))

    def _explain_recovery(self, shown: bool) -> None:
        self.forgotten.setVisible(shown or self.waiting)

    def set_passphrase_only(self, passphrase_only: bool) -> None:
        self.warning.setVisible(passphrase_only)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy and not self._recovery_only)
        self.unlock.setEnabled(not busy and not self.waiting)

    def submit(self) -> None:
        if self.busy.isVisible() or self.waiting or not self.passphrase.text():
            return
        typed = bytearray(self.passphrase.text(), "utf-8")
        self.passphrase.clear()
        self.error.hide()
        self.set_busy(True)
        self.unlock_requested.emit(typed)

    def failed(self, message: str, error: BaseException | None = None) -> None:
        """Show why unlocking failed; a wrong or refused passphrase brings the vault's wait."""
        self.set_busy(False)
        self.error.setText(self._own_words(message, error))
        self.error.setVisible(bool(self.error.text()))
        if isinstance(error, PassphraseAttempt):
            self.set_wait(error.wait_seconds, error.recovery_only)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def _own_words(self, message: str, error: BaseException | None) -> str:
        """The vault's message names the wait for the command line; here the countdown
        below says it, so a wrong passphrase gets the screen's own (translated) sentence."""
        if isinstance(error, UnlockRefused) and not error.recovery_only:
            return ""
        if isinstance(error, WrongPassphrase) and not error.recovery_only:
            return self.tr(
                "Wrong passphrase. Check the keyboard layout and Caps Lock, and try again."
            )
        return message

    def set_wait(self, seconds: int, recovery_only: bool = False) -> None:
        """The vault's back-off (also at start, after a restart): count `seconds` down with
        Unlock disabled; `recovery_only` disables it until the office recovers the vault."""
        self._recovery_only = recovery_only
        self.forgotten.setVisible(recovery_only or seconds > 0 or self.forgotten.isVisible())
        if recovery_only:
            self._tick.stop()
            self._remaining = 0
            self.wait.setText(self.tr("Only your office can open this vault now."))
            self.wait.show()
            self.set_busy(self.busy.isVisible())
            return
        self._start_wait(seconds)

    def succeeded(self) -> None:
        self._tick.stop()
        self._remaining, self._recovery_only = 0, False
        self.wait.hide()
        self.forgot.setChecked(False)
        self.forgotten.hide()
        self.set_locked_reason("")
        self.reset()

    def reset(self) -> None:
        """Back to a blank screen (a running wait keeps running: the vault still counts it)."""
        self.set_busy(False)
        self.passphrase.clear()
        self.error.hide()

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
        count = self._remaining
        if count == 1:
            text = self.tr("Too many wrong passphrases. Try again in %n second.", "", count)
        else:
            text = self.tr("Too many wrong passphrases. Try again in %n seconds.", "", count)
        self.wait.setText(text)
        self.wait.show()
