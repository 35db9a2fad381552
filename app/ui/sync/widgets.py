"""The sync corner of the status bar and the banner above the pages.

The status bar shows where things stand (a busy bar, counts and a Stop button while a sync
runs, the last sync time otherwise) next to the Sync now button. The banner says what the
last sync did, or why it stopped, in a sentence the worker can read at leisure: status-bar
messages vanish, and a modal box would stop the worker mid-visit. Both hold counts and times
only, never client data, so neither needs clearing for privacy (they are reset on lock to
start afresh).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

STYLES = {
    "info": "QFrame#syncBanner { background: #e6f0fa; border-bottom: 1px solid #6b8fb3; }",
    "error": "QFrame#syncBanner { background: #fde8ea; border-bottom: 1px solid #a4001d; }",
    "warning": "QFrame#syncBanner { background: #fff1c2; border-bottom: 1px solid #b07800; }",
}
TEXT_STYLE = {"info": "#10283f", "error": "#6b0013", "warning": "#4a2e00"}


class SyncStatusBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Sync status"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # how much is left is unknown until the last page
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(80, 12)
        self.bar.setAccessibleName(self.tr("Sync in progress"))
        self.bar.hide()
        self.button = QToolButton()  # named here: the action's text carries an & mnemonic
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setAccessibleName(self.tr("Sync now"))
        self.stop_button = QToolButton()  # beside the progress it ends; shown only meanwhile
        self.stop_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.stop_button.setAccessibleName(self.tr("Stop sync"))
        self.stop_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.stop_button)
        layout.addWidget(self.button)

    def use_actions(self, sync: QAction, stop: QAction) -> None:
        """The buttons follow the menu's actions (enabled, tooltip, what they trigger)."""
        self.button.setDefaultAction(sync)  # its tooltip describes it, with the shortcut
        self.stop_button.setDefaultAction(stop)  # its icon text: "Stop", beside the progress

    def show_text(self, text: str) -> None:
        self.label.setText(text)

    def set_running(self, running: bool, text: str = "") -> None:
        self.bar.setVisible(running)
        self.stop_button.setVisible(running)
        self.label.setText(text)

    def reset(self) -> None:
        self.set_running(False)


class SyncBanner(QFrame):
    """One line (wrapping if it must) across the top of the window, with the buttons it
    calls for: "Review conflicts" when some wait, the one next step it offers (an action of
    the Sync menu: "Re-connect with a code…" for a stranded laptop, then "Sync now"), and
    "Dismiss"."""

    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBanner")
        self.setAccessibleName(self.tr("Sync message"))
        self.kind = ""
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Sync message text"))
        self.review = QPushButton(self.tr("Review conflicts"))
        self.review.setAccessibleName(self.tr("Review conflicts"))
        self.review.setToolTip(self.tr("Open the sync conflicts window"))
        self.review.clicked.connect(self.review_requested)
        self.offer = QToolButton()  # follows its action: text, enabled, what it triggers
        self.offer.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.offer.setAccessibleName(self.tr("Next step"))  # then named after its action
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.setAccessibleName(self.tr("Dismiss sync message"))
        self.dismiss.setToolTip(self.tr("Hide this message"))
        self.dismiss.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.review)
        layout.addWidget(self.offer)
        layout.addWidget(self.dismiss)
        self.clear()

    def show_message(
        self, text: str, kind: str = "info", conflicts: bool = False, offer: QAction | None = None
    ) -> None:
        self.kind = kind
        self.setStyleSheet(STYLES[kind] + f" QLabel {{ color: {TEXT_STYLE[kind]}; }}")
        self.text.setText(text)
        self.review.setVisible(conflicts)
        self._offer(offer)
        self.show()

    def _offer(self, action: QAction | None) -> None:
        self.offer.setVisible(action is not None)
        if action is not None:
            self.offer.setDefaultAction(action)
            self.offer.setAccessibleName(action.text().replace("&", ""))

    def message(self) -> str:
        return "" if self.isHidden() else self.text.text()

    def clear(self) -> None:
        self.kind = ""
        self.text.clear()
        self.offer.hide()
        self.hide()
