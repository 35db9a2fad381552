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
from app.core.refusal import QT_TRANSLATE_NOOP
from app.ui import theme
from app.ui.widgets import busy_bar, card_layout, error_label, heading, notice, paragraph

# Marked here, translated where shown (the translator is installed after import).
EXPLANATION = QT_TRANSLATE_NOOP(
    "SetupScreen",
    "Your passphrase locks every client record on this laptop. Use a few unrelated words "
    "you will remember (at least 10 characters).",
)
IF_FORGOTTEN = QT_TRANSLATE_NOOP(
    "SetupScreen",
    "If you forget it: nobody can look it up or reset it, not IT and not your supervisor. "
    "Only your office can restore access, using the office recovery key, so you would have "
    "to ask them. Do not keep it written down with the laptop.",
)
NO_KEYRING = QT_TRANSLATE_NOOP(
    "SetupScreen",
    "This computer has no system keyring, so the vault cannot also be tied to this laptop. "
    "Anyone who copies the files would only need to guess your passphrase. Ask IT to set up "
    "the keyring, or accept the weaker protection below.",
)
NO_RECOVERY = QT_TRANSLATE_NOOP(
    "SetupScreen",
    "If you forget it: nobody can look it up or reset it. No office recovery key is installed "
    "on this laptop, so a forgotten passphrase means the records on it are lost until the "
    "office sends them again. Do not keep it written down with the laptop.",
)
WEAK_OPTION = QT_TRANSLATE_NOOP("SetupScreen", "Create a passphrase-only vault (weaker)")


def _setup_words(text: str) -> str:
    """One of the SetupScreen sentences above, in the worker's language."""
    return QCoreApplication.translate("SetupScreen", text)


def bar_colour(score: int) -> str:
    """The strength bar's colour for `score` (0-4), from the theme's palette."""
    c = theme.colors()
    return (c.danger, c.danger, c.warning_border, c.success, c.success)[score]


def _words(text: str) -> str:
    """The estimator's English label or advice, in the worker's language."""
    return QCoreApplication.translate(ADVICE_CONTEXT, text)


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Passphrase strength"))
        self.label.setMinimumWidth(110)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(LABELS))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        self.bar.setAccessibleName(self.tr("Passphrase strength meter"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Passphrase advice"))
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
        colour = bar_colour(strength.score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.advice.setText(_words(strength.advice))
        self.bar.setAccessibleDescription(label)
        return strength


class SetupScreen(QWidget):
    create_requested = Signal(str, str, bool)  # worker name, passphrase, use keyring

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keyring: bool | None = None
        self.worker_name = QLineEdit(placeholderText=self.tr("e.g. Alex Rivera"))
        self.worker_name.setAccessibleName(self.tr("Your name"))
        self.worker_name.setAccessibleDescription(
            self.tr("Your name as your office knows it; it is shown on the notes you write")
        )
        self.passphrase = self._secret(
            self.tr("Passphrase"),
            self.tr("At least 10 characters: a few unrelated words you will remember"),
        )
        self.confirm = self._secret(
            self.tr("Confirm passphrase"), self.tr("Type the same passphrase again")
        )
        self.show_secret = QCheckBox(self.tr("&Show passphrase"))
        self.show_secret.setAccessibleName(self.tr("Show passphrase"))
        self.show_secret.setAccessibleDescription(
            self.tr("Shows the passphrase as you type it; make sure nobody is watching")
        )
        self.show_secret.toggled.connect(self._toggle_echo)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self._rate)
        self.worker_name.textChanged.connect(self._rate)
        self.keyring_warning = notice(_setup_words(NO_KEYRING), self.tr("Keyring warning"))
        self.accept_weaker = QCheckBox(_setup_words(WEAK_OPTION))
        self.accept_weaker.setAccessibleName(_setup_words(WEAK_OPTION))
        self.accept_weaker.setAccessibleDescription(_setup_words(NO_KEYRING))
        self.error = error_label(self.tr("Setup problem"))
        self.busy = busy_bar(self.tr("Creating your encrypted vault"))
        self.create_button = QPushButton(self.tr("Create my vault"))
        self.create_button.setAccessibleName(self.tr("Create my vault"))
        self.create_button.setToolTip(
            self.tr("Create the encrypted vault for your caseload on this laptop (Enter)")
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self._layout()
        self.set_keyring_available(None)

    def _secret(self, accessible: str, description: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        field.setAccessibleDescription(description)
        field.returnPressed.connect(self.submit)
        return field

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Your &name"), self.worker_name)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Type it &again"), self.confirm)
        form.addRow("", self.show_secret)
        layout: QVBoxLayout = card_layout(self)
        layout.addWidget(heading(self.tr("Set up Caseload on this laptop")))
        layout.addWidget(paragraph(_setup_words(EXPLANATION), self.tr("About your passphrase")))
        self.forgotten = paragraph(
            _setup_words(IF_FORGOTTEN), self.tr("If you forget your passphrase")
        )
        theme.use_level(self.forgotten, "body", bold=True)
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
        self.forgotten.setText(_setup_words(IF_FORGOTTEN if configured else NO_RECOVERY))

    def set_keyring_available(self, available: bool | None) -> None:
        """None while the check runs; False shows the warning and the opt-in checkbox."""
        self._keyring = available
        self.keyring_warning.setVisible(available is False)
        self.accept_weaker.setVisible(available is False)
        self.create_button.setEnabled(available is not None and not self.busy.isVisible())

    def problem(self) -> str | None:
        """Why the form cannot be submitted yet, in plain words; None when it can."""
        if not self.worker_name.text().strip():
            return self.tr("Enter your name.")
        strength = estimate(self.passphrase.text(), self._personal())
        if not strength.acceptable:
            label, advice = _words(strength.label).lower(), _words(strength.advice)
            return self.tr("That passphrase is too weak ({label}). {advice}").format(
                label=label, advice=advice
            )
        if self.passphrase.text() != self.confirm.text():
            return self.tr("The two passphrases are different. Type the same passphrase twice.")
        if self._keyring is False and not self.accept_weaker.isChecked():
            return self.tr(
                "There is no system keyring. Tick “{option}” to continue without it."
            ).format(option=_setup_words(WEAK_OPTION))
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
