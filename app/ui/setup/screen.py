"""First run on this laptop: the worker's name and a passphrase, explained in plain words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.passphrase import ADVICE_CONTEXT, LABELS, Strength, estimate
from app.ui.widgets import busy_bar, card_layout, error_label, heading, notice, paragraph

EXPLANATION = (
    "Your passphrase locks every client record on this laptop. Use a few unrelated words "
    "you will remember (at least 10 characters)."
)
IF_FORGOTTEN = (
    "If you forget it: nobody can look it up or reset it, not IT and not your supervisor. "
    "Only your office can restore access, using the office recovery key, so you would have "
    "to ask them. Do not keep it written down with the laptop."
)
NO_KEYRING = (
    "This computer has no system keyring, so the vault cannot also be tied to this laptop. "
    "Anyone who copies the files would only need to guess your passphrase. Ask IT to set up "
    "the keyring, or accept the weaker protection below."
)
NO_RECOVERY = (
    "If you forget it: nobody can look it up or reset it. No office recovery key is installed "
    "on this laptop, so a forgotten passphrase means the records on it are lost until the "
    "office sends them again. Do not keep it written down with the laptop."
)
WEAK_OPTION = "Create a passphrase-only vault (weaker)"


BAR_COLOURS = ("#a4001d", "#c0392b", "#b07800", "#2e7d32", "#1b5e20")


def _words(text: str) -> str:
    """The estimator's English label or advice, in the worker's language."""
    return QCoreApplication.translate(ADVICE_CONTEXT, text)


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName("Passphrase strength")
        self.label.setMinimumWidth(110)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(LABELS))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        self.bar.setAccessibleName("Passphrase strength meter")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName("Passphrase advice")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.advice)
        self.update_for("")

    def update_for(self, passphrase: str, personal: list[str] | None = None) -> Strength:
        """Rate `passphrase`; `personal` words (the worker's name) are among the first guesses."""
        strength = estimate(passphrase, personal or [])
        label = _words(strength.label)
        shown = label if passphrase else "—"
        self.label.setText(self.tr("Strength: %1").replace("%1", shown))
        self.bar.setValue(strength.score + 1 if passphrase else 0)
        colour = BAR_COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.advice.setText(_words(strength.advice))
        self.bar.setAccessibleDescription(label)
        return strength


class SetupScreen(QWidget):
    create_requested = Signal(str, str, bool)  # worker name, passphrase, use keyring

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyring: bool | None = None
        self.worker_name = QLineEdit(placeholderText="e.g. Alex Rivera")
        self.worker_name.setAccessibleName("Your name")
        self.passphrase = self._secret("Passphrase")
        self.confirm = self._secret("Confirm passphrase")
        self.show_secret = QCheckBox("Show passphrase")
        self.show_secret.setAccessibleName("Show passphrase")
        self.show_secret.toggled.connect(self._toggle_echo)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self._rate)
        self.worker_name.textChanged.connect(self._rate)
        self.keyring_warning = notice(NO_KEYRING, "Keyring warning")
        self.accept_weaker = QCheckBox(WEAK_OPTION)
        self.accept_weaker.setAccessibleName(WEAK_OPTION)
        self.error = error_label("Setup problem")
        self.busy = busy_bar("Creating your encrypted vault")
        self.create_button = QPushButton(self.tr("Create my vault"))
        self.create_button.setAccessibleName(self.tr("Create my vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self._layout()
        self.set_keyring_available(None)

    def _secret(self, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        field.returnPressed.connect(self.submit)
        return field

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("Your name", self.worker_name)
        form.addRow("Passphrase", self.passphrase)
        form.addRow("", self.meter)
        form.addRow("Type it again", self.confirm)
        form.addRow("", self.show_secret)
        layout: QVBoxLayout = card_layout(self)
        layout.addWidget(heading("Set up Caseload on this laptop"))
        layout.addWidget(paragraph(EXPLANATION, "About your passphrase"))
        self.forgotten = paragraph(IF_FORGOTTEN, "If you forget your passphrase")
        self.forgotten.setStyleSheet("QLabel { font-weight: bold; }")
        layout.addWidget(self.forgotten)
        layout.addLayout(form)
        for widget in (self.keyring_warning, self.accept_weaker, self.error, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)

    def _personal(self) -> list[str]:
        return self.worker_name.text().split()

    def _rate(self) -> None:
        self.meter.update_for(self.passphrase.text(), self._personal())

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirm.setEchoMode(mode)

    def set_recovery_configured(self, configured: bool) -> None:
        """Say honestly whether the office can restore a forgotten passphrase."""
        self.forgotten.setText(IF_FORGOTTEN if configured else NO_RECOVERY)

    def set_keyring_available(self, available: bool | None) -> None:
        """None while the check runs; False shows the warning and the opt-in checkbox."""
        self._keyring = available
        self.keyring_warning.setVisible(available is False)
        self.accept_weaker.setVisible(available is False)
        self.create_button.setEnabled(available is not None and not self.busy.isVisible())

    def problem(self) -> str | None:
        """Why the form cannot be submitted yet, in plain words; None when it can."""
        if not self.worker_name.text().strip():
            return "Enter your name."
        strength = estimate(self.passphrase.text(), self._personal())
        if not strength.acceptable:
            label, advice = _words(strength.label).lower(), _words(strength.advice)
            return f"That passphrase is too weak ({label}). {advice}"
        if self.passphrase.text() != self.confirm.text():
            return "The two passphrases are different. Type the same passphrase twice."
        if self._keyring is False and not self.accept_weaker.isChecked():
            return f"There is no system keyring. Tick “{WEAK_OPTION}” to continue without it."
        return None

    def submit(self) -> None:
        if self.busy.isVisible() or self._keyring is None:
            return
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.error.hide()
        name, passphrase = self.worker_name.text().strip(), self.passphrase.text()
        self.create_requested.emit(name, passphrase, bool(self._keyring))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.worker_name, self.passphrase, self.confirm, self.create_button):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.confirm.clear()
