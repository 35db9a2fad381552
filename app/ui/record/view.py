"""The read-only client record: who the person is first (preferred name, pronouns, language),
then what keeps everyone safe (safety flags, contact rules) on coloured banners, then the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.dto import ClientRecord
from app.ui.record import render

PLACEHOLDER = "Select a client in the list (arrow keys, then Enter) to see their record."
SAFETY_STYLE = (
    "QLabel { background: #fde7e9; color: #5f0010; border: 2px solid #a4001d;"
    " border-radius: 4px; padding: 6px; }"
)
CONTACT_STYLE = (
    "QLabel { background: #fff1c2; color: #4a2e00; border: 2px solid #b07800;"
    " border-radius: 4px; padding: 6px; }"
)


def _plain_label(accessible: str, point_size: int = 0, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # client data is never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible)
    if point_size or bold:
        font = QFont(label.font())
        font.setPointSize(point_size or font.pointSize())
        font.setBold(bold)
        label.setFont(font)
    return label


def _banner(accessible: str, style: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)  # built by render.banner_html, every value escaped
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setAccessibleName(accessible)
    label.hide()
    return label


class RecordView(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_id: str | None = None
        self.setAccessibleName("Client record")
        self.placeholder = QLabel(PLACEHOLDER)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAccessibleName("No client open")
        self.addWidget(self.placeholder)
        self.addWidget(self._record_page())
        self.clear()

    def _record_page(self) -> QWidget:
        self.name = _plain_label("Client name", point_size=20, bold=True)
        self.pronouns = _plain_label("Pronouns", point_size=13)
        self.language = _plain_label("Language and interpreter", point_size=12, bold=True)
        self.identity = _plain_label("Legal name and date of birth")
        self.status = _plain_label("Risk and case stage", bold=True)
        self.safety = _banner("Safety flags", SAFETY_STYLE)
        self.contact = _banner("Contact rules", CONTACT_STYLE)
        self.body = QTextBrowser()
        self.body.setAccessibleName("Client record details")
        self.body.setOpenLinks(False)
        self.body.setOpenExternalLinks(False)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.name, self.pronouns, self.language, self.status, self.identity):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addWidget(self.safety)
        layout.addWidget(self.contact)
        layout.addWidget(self.body, stretch=1)
        return page

    def show_record(self, record: ClientRecord) -> None:
        self.client_id = record.id
        self.name.setText(record.display_name)
        self.pronouns.setText(record.pronouns or "Pronouns not recorded")
        self.language.setText(render.language_line(record))
        self.identity.setText(render.identity_line(record))
        self.identity.setVisible(bool(self.identity.text()))
        self.status.setText(render.status_line(record))
        high = "color: #a4001d;" if record.risk_level == "high" else ""
        self.status.setStyleSheet(f"QLabel {{ {high} }}")
        self._fill_banner(self.safety, "Safety", render.safety_lines(record))
        self._fill_banner(self.contact, "Contact rules", render.contact_lines(record))
        self.body.setHtml(render.body_html(record))
        self.setCurrentIndex(1)

    @staticmethod
    def _fill_banner(banner: QLabel, title: str, lines: list[str]) -> None:
        banner.setText(render.banner_html(title, lines) if lines else "")
        banner.setVisible(bool(lines))

    def clear(self) -> None:
        """Forget the record (on lock, or when the client leaves the list)."""
        self.client_id = None
        for label in (self.name, self.pronouns, self.language, self.status, self.identity):
            label.clear()
        for banner in (self.safety, self.contact):
            banner.clear()
            banner.hide()
        self.body.clear()
        self.setCurrentIndex(0)

    def is_empty(self) -> bool:
        labels = (self.name, self.pronouns, self.language, self.status, self.identity)
        texts = [label.text() for label in labels]
        texts += [self.safety.text(), self.contact.text(), self.body.toPlainText()]
        return self.client_id is None and not any(texts)
