"""Print preview of a PDF held in memory (QtPdf reading from a QBuffer, never a file).

Page navigation, zoom (Ctrl++ / Ctrl+-, fit to width with Ctrl+0), Print… (Ctrl+P) which
emits `print_requested`, and Close. The title is neutral: it is seen over the shoulder and in
the task bar. Closing, rejecting (the screen lock rejects every dialog) or clear() releases
the document and drops the buffer's bytes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QSize, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.locale_format import number
from app.ui.printing.raster import close_pdf, open_pdf

DEFAULT_SIZE = QSize(900, 540)  # fits 1366×768 at 125 % (1092×580 less the title bar)
MIN_SIZE = QSize(480, 360)
ZOOM_STEP, ZOOM_MIN, ZOOM_MAX = 1.25, 0.25, 4.0
POINTS_PER_INCH = 72.0


class PrintPreview(QDialog):
    """Shows `pdf` (bytes in memory); `print_requested` when the worker asks to print."""

    print_requested = Signal()

    def __init__(self, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.setAccessibleName(self.tr("Print preview"))
        self._document: QPdfDocument | None
        self._document, self._buffer = open_pdf(pdf, self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._document)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self._build_actions()
        self._build_layout()
        self._show_page_number()
        self.resize(self._initial_size())
        self.setMinimumSize(MIN_SIZE)

    def _action(
        self, text: str, keys: list[QKeySequence], slot: Callable[[], object] | SignalInstance
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.previous_action = self._action(
            self.tr("Previous page"), [QKeySequence("Ctrl+PgUp")], self.previous_page
        )
        self.next_action = self._action(
            self.tr("Next page"), [QKeySequence("Ctrl+PgDown")], self.next_page
        )
        zoom_in_keys = [key(key.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        self.zoom_in_action = self._action(self.tr("Zoom in"), zoom_in_keys, self.zoom_in)
        zoom_out_keys = [key(key.StandardKey.ZoomOut)]
        self.zoom_out_action = self._action(self.tr("Zoom out"), zoom_out_keys, self.zoom_out)
        self.fit_action = self._action(
            self.tr("Fit width"), [QKeySequence("Ctrl+0")], self.fit_width
        )
        print_keys = [key(key.StandardKey.Print)]
        self.print_action = self._action(self.tr("Print…"), print_keys, self.print_requested)

    def _tool_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAccessibleName(action.text())
        button.setToolTip(f"{action.text()} ({action.shortcut().toString()})")
        return button

    def _build_layout(self) -> None:
        self.page_label = QLabel(self)
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Choose a printer and print this document (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_requested)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the preview; nothing is kept (Esc)"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)  # Enter must not print (or close) by accident
        bar = QHBoxLayout()
        for action in (self.previous_action, self.next_action):
            bar.addWidget(self._tool_button(action))
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            bar.addWidget(self._tool_button(action))
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _initial_size(self) -> QSize:
        """900×540, or less where the screen is smaller."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return DEFAULT_SIZE
        return DEFAULT_SIZE.boundedTo(QSize(screen.width() * 9 // 10, screen.height() * 9 // 10))

    def page_count(self) -> int:
        return self._document.pageCount() if self._document is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _show_page_number(self) -> None:
        count = self.page_count()
        text = self.tr("Page {page} of {pages}").format(
            page=number(self.current_page() + 1), pages=number(count)
        )
        self.page_label.setText(text if count else "")

    def _go_to(self, page: int) -> None:
        if 0 <= page < self.page_count():
            navigator = self.view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())

    def previous_page(self) -> None:
        self._go_to(self.current_page() - 1)

    def next_page(self) -> None:
        self._go_to(self.current_page() + 1)

    def effective_zoom(self) -> float:
        """The zoom as shown: in fit-to-width mode the view computes it from its width."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or self._document is None:
            return self.view.zoomFactor()
        page_points = self._document.pagePointSize(max(self.current_page(), 0)).width()
        page_pixels = page_points / POINTS_PER_INCH * self.view.logicalDpiX()
        margins = self.view.documentMargins()
        usable = self.view.viewport().width() - margins.left() - margins.right()
        return usable / page_pixels if page_pixels > 0 else 1.0

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))

    def zoom_in(self) -> None:
        self._set_zoom(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.effective_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def has_document(self) -> bool:
        return self._document is not None

    def clear(self) -> None:
        """Release the document and its bytes (the screen lock; also on close)."""
        if self._document is None:
            return
        # Qt takes None (no document); PySide6's stub does not say so.
        self.view.setDocument(None)  # type: ignore[arg-type]
        close_pdf(self._document, self._buffer)
        self._document = None
        for action in (self.print_action, self.previous_action, self.next_action):
            action.setEnabled(False)
        self.print_button.setEnabled(False)
        self.page_label.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
