"""A live passphrase strength meter: a label, a bar and one line of advice."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.core.passphrase import LABELS, Strength, estimate

BAR_COLOURS = ("#a4001d", "#c0392b", "#b07800", "#2e7d32", "#1b5e20")


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

    def update_for(self, passphrase: str) -> Strength:
        strength = estimate(passphrase)
        self.label.setText(f"Strength: {strength.label}" if passphrase else "Strength: —")
        self.bar.setValue(strength.score + 1 if passphrase else 0)
        colour = BAR_COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.advice.setText(strength.advice)
        self.bar.setAccessibleDescription(strength.label)
        return strength
