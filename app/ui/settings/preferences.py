"""Settings > Preferences… (Ctrl+,): the worker's language, text size, high contrast, idle lock
time and daily sync time, kept inside the vault (app/services/user_settings.py).

The form shows what the office decides beside the worker's choice: the idle lock spin box
stops at the office's maximum (and says so), and an office-set daily sync time replaces the
worker's own. SettingsHooks saves on the worker and answers `succeeded()` or `show_error()`.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.services.user_settings import (
    TEXT_MAX,
    TEXT_MIN,
    TEXT_STEP,
    Preferences,
    WorkerSettings,
)
from app.ui.forms import FormDialog
from app.ui.i18n import language_names, system_language
from app.ui.locale_format import clock


def _note(text: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


def _named(widget: QWidget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    widget.setToolTip(description)


class PreferencesDialog(FormDialog):
    def __init__(self, settings: WorkerSettings, parent: QWidget | None) -> None:
        super().__init__(
            self.tr("Preferences"),
            self.tr("Kept in your vault, for you only; used again each time you unlock."),
            self.tr("&Save"),
            parent,
        )
        self.settings = settings
        self.language = self.add_row(self.tr("&Language"), self._languages())
        self.text_size = self.add_row(self.tr("&Text size"), self._text_size())
        self.contrast = self.add_row("", self._contrast())
        self.idle = self.add_row(self.tr("Lock after &idle"), self._idle())
        self.idle_note = self.add_row("", self._idle_note())
        self.daily = self.add_row(self.tr("Daily s&ync"), self._daily())
        self.daily_note = self.add_row("", self._daily_note())
        self._describe_buttons()

    # -- the fields -----------------------------------------------------------------------
    def _languages(self) -> QComboBox:
        box = QComboBox()
        system = system_language()
        names = language_names()
        box.addItem(self.tr("As this computer ({language})").format(language=names[system]), None)
        for code, name in names.items():
            box.addItem(name, code)  # each language in its own words
        box.setCurrentIndex(max(box.findData(self.settings.chosen.language), 0))
        _named(box, self.tr("Language"), self.tr("The language of menus, screens and messages"))
        return box

    def _text_size(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(TEXT_MIN, TEXT_MAX)
        spin.setSingleStep(TEXT_STEP)
        spin.setSuffix(self.tr(" %"))
        spin.setValue(self.settings.chosen.text_percent)
        spin.setCorrectionMode(QSpinBox.CorrectionMode.CorrectToNearestValue)
        tip = self.tr("Size of all text; also View > Larger text (Ctrl++) and Smaller (Ctrl+-)")
        _named(spin, self.tr("Text size"), tip)
        return spin

    def _contrast(self) -> QCheckBox:
        box = QCheckBox(self.tr("&High contrast (black on white, stronger borders)"))
        box.setChecked(self.settings.chosen.high_contrast)
        _named(box, self.tr("High contrast"), self.tr("Colours with the strongest contrast"))
        return box

    def _idle(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, self.settings.office.max_idle_minutes)
        spin.setSuffix(self.tr(" min"))
        spin.setValue(self.settings.idle_minutes)
        tip = self.tr("Minutes without use before the screen locks by itself")
        _named(spin, self.tr("Lock after idle minutes"), tip)
        return spin

    def _idle_note(self) -> QLabel:
        most = self.settings.office.max_idle_minutes
        text = self.tr("At most {most} minutes: the office's limit.").format(most=most)
        return _note(text, self.tr("Idle lock limit"))

    def _daily(self) -> QWidget:
        row = QWidget()
        self.daily_on = QCheckBox(self.tr("Every day at"))
        _named(self.daily_on, self.tr("Sync every day"), self.tr("Sync by itself once a day"))
        self.daily_time = QTimeEdit()
        self.daily_time.setDisplayFormat("HH:mm")
        _named(self.daily_time, self.tr("Daily sync time"), self.tr("Your laptop's local time"))
        own = self.settings.chosen.daily_sync_time
        self.daily_on.setChecked(own is not None)
        chosen = own or time(17, 0)
        self.daily_time.setTime(QTime(chosen.hour, chosen.minute))
        self.daily_on.toggled.connect(self._daily_enabled)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.daily_on)
        layout.addWidget(self.daily_time, stretch=1)
        row.setFocusProxy(self.daily_on)
        self._daily_enabled(own is not None)
        return row

    def _daily_enabled(self, on: bool) -> None:
        office = self.settings.office_sets_daily_time
        self.daily_on.setEnabled(not office)
        self.daily_time.setEnabled(on and not office)

    def _daily_note(self) -> QLabel:
        office = self.settings.office.daily_sync_time
        if office is None:
            text = self.tr("Your laptop syncs at this time when the office can be reached.")
        else:
            text = self.tr("The office syncs every laptop at {time}; that time is used.").format(
                time=clock(office)
            )
        return _note(text, self.tr("Who sets the daily sync"))

    def _describe_buttons(self) -> None:
        self.ok.setAccessibleDescription(self.tr("Keep these settings and use them now"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.cancel.setAccessibleDescription(self.tr("Close without changing anything"))

    # -- the answer -----------------------------------------------------------------------
    def chosen(self) -> Preferences:
        qtime = self.daily_time.time()
        own = time(qtime.hour(), qtime.minute()) if self.daily_on.isChecked() else None
        if self.settings.office_sets_daily_time:
            own = self.settings.chosen.daily_sync_time  # hidden behind the office's: kept
        return Preferences(
            language=self.language.currentData(),
            text_percent=self.text_size.value(),
            high_contrast=self.contrast.isChecked(),
            idle_lock_minutes=self.idle.value(),
            daily_sync_time=own,
        )
