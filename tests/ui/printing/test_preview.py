"""PrintPreview: the PDF from memory (no file anywhere), pages, zoom, Ctrl+P, release on close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.printing.preview import PrintPreview
from tests.leakscan import scan
from tests.ui.printing.helpers import CANARY, CreationWatch, build_pdf


@pytest.fixture
def preview(qtbot, confined: Path) -> PrintPreview:
    dialog = PrintPreview(build_pdf(pages=3))
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    return dialog


def test_it_shows_the_document_from_memory(preview: PrintPreview) -> None:
    assert preview.windowTitle() == "Print preview"
    assert preview.page_count() == 3
    assert preview.page_label.text() == "Page 1 of 3"
    assert preview.view.document() is not None
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_pages_can_be_turned(preview: PrintPreview, qtbot) -> None:
    preview.next_page()
    qtbot.waitUntil(lambda: preview.current_page() == 1, timeout=3000)
    assert preview.page_label.text() == "Page 2 of 3"
    preview.previous_page()
    qtbot.waitUntil(lambda: preview.current_page() == 0, timeout=3000)


def test_zoom_keys_work(preview: PrintPreview, qtbot) -> None:
    fitted = preview.effective_zoom()
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert preview.view.zoomFactor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(fitted / 1.25)
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_ctrl_p_and_the_button_ask_to_print(preview: PrintPreview, qtbot) -> None:
    with qtbot.waitSignal(preview.print_requested, timeout=1000):
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(preview.print_requested, timeout=1000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert preview.isVisible()  # printing is the caller's business; the preview stays


def test_closing_releases_the_document(preview: PrintPreview, qtbot) -> None:
    qtbot.mouseClick(preview.close_button, Qt.MouseButton.LeftButton)
    assert not preview.isVisible()
    assert not preview.has_document() and preview.page_count() == 0
    assert preview.view.document() is None
    assert preview._buffer.data().isEmpty()


def test_clear_for_the_screen_lock(preview: PrintPreview, qtbot) -> None:
    preview.clear()
    assert not preview.has_document() and preview.page_label.text() == ""
    assert not preview.print_button.isEnabled()
    with qtbot.assertNotEmitted(preview.print_requested):
        qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview.reject()  # the lock rejects every dialog: a second release is harmless


def test_every_widget_has_an_accessible_name(preview: PrintPreview) -> None:
    unnamed = [
        type(widget).__name__
        for widget in preview.findChildren(QWidget)
        if widget.isVisible() and widget.parent() is preview and not widget.accessibleName()
    ]
    assert unnamed == []


def test_it_fits_a_1366_by_768_screen(preview: PrintPreview) -> None:
    assert preview.width() <= 900 and preview.height() <= 700
    assert preview.minimumWidth() <= 1366 and preview.minimumHeight() <= 700


def test_previewing_writes_no_file(qtbot, confined: Path, tmp_path: Path) -> None:
    watched = [confined, tmp_path]
    watch = CreationWatch(watched)
    try:
        dialog = PrintPreview(build_pdf())
        qtbot.addWidget(dialog)
        dialog.show()
        for step in (dialog.next_page, dialog.zoom_in, dialog.zoom_in, dialog.fit_width):
            step()
            QApplication.processEvents()
            dialog.grab()  # paint: QtPdf renders the pages
        dialog.reject()
        created = watch.collect()
    finally:
        watch.close()
    assert created == {folder: [] for folder in watched}
    assert scan([confined, tmp_path], CANARY) == []
