"""The top of a client's record, on every tab: who the person is (preferred name, pronouns,
language and interpreter), their risk and case stage, then what keeps everyone safe (safety
flags, do-not-call and contact rules) and any conflict of interest, on coloured banners."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.conflicts import ConflictView
from app.services.dto import ClientRecord
from app.ui.record import render
from app.ui.widgets import long_day, plain_label

SAFETY_STYLE = (
    "QLabel { background: #fde7e9; color: #5f0010; border: 2px solid #a4001d;"
    " border-radius: 4px; padding: 4px 6px; }"
)
CONTACT_STYLE = (
    "QLabel { background: #fff1c2; color: #4a2e00; border: 2px solid #b07800;"
    " border-radius: 4px; padding: 4px 6px; }"
)
CONFLICT_STYLE = (
    "QLabel { background: #ece4ff; color: #2d1a66; border: 2px solid #5a3fc0;"
    " border-radius: 4px; padding: 4px 6px; font-weight: bold; }"
)


def banner(accessible: str, style: str, rich: bool = True) -> QLabel:
    label = QLabel()
    # Rich text is built by render.banner_html, with every value escaped.
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setAccessibleName(accessible)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.hide()
    return label


class WrapWhenNarrow(QLabel):
    """A label that asks for one line (a name, "Speaks Spanish · Interpreter needed") and wraps
    only when the record pane is too narrow for it, so a long name is never cut off."""

    def __init__(self, accessible: str, point_size: int, bold: bool) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)  # client data is never markup
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(accessible)
        font = QFont(self.font())
        font.setPointSize(point_size)
        font.setBold(bold)
        self.setFont(font)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left()
        width += margins.right() + 2 * self.margin() + 2
        return QSize(max(width, super().minimumSizeHint().width()), super().sizeHint().height())


def conflict_text(declared: list[ConflictView]) -> str:
    if not declared:
        return ""
    pending = sum(1 for c in declared if c.pending)
    if pending:
        return QCoreApplication.translate(
            "RecordHeader",
            "Conflict of interest declared (%n pending supervisor review). See the Conflicts tab.",
            "",
            pending,
        )
    return QCoreApplication.translate(
        "RecordHeader", "Conflict of interest declared and reviewed. See the Conflicts tab."
    )


class RecordHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Client summary"))
        self.name = WrapWhenNarrow(self.tr("Client name"), point_size=18, bold=True)
        self.pronouns = plain_label(self.tr("Pronouns"), point_size=12)
        self.language = WrapWhenNarrow(self.tr("Language and interpreter"), 11, bold=True)
        self.identity = plain_label(self.tr("Legal name and date of birth"))
        self.status = plain_label(self.tr("Risk and case stage"), bold=True)
        self.safety = banner(self.tr("Safety flags"), SAFETY_STYLE)
        self.contact = banner(self.tr("Contact rules"), CONTACT_STYLE)
        self.conflict = banner(self.tr("Conflict of interest"), CONFLICT_STYLE, rich=False)
        self.consent = banner(self.tr("Consent"), CONTACT_STYLE, rich=False)
        self.reported = banner(self.tr("Mandated report"), SAFETY_STYLE, rich=False)
        self.new_note = QPushButton(self.tr("New note  (Ctrl+N)"))
        self.new_note.setAccessibleName(self.tr("New case note"))
        self.new_note.setToolTip(self.tr("Start a case note for this client (Ctrl+N)"))
        self.new_note.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.edit_details = QPushButton(self.tr("Edit details…"))
        self.edit_details.setAccessibleName(self.tr("Edit client details"))
        self.edit_details.setToolTip(self.tr("Change this client's details (Ctrl+Shift+E)"))
        self.edit_details.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.edit_details.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.labels = (self.name, self.pronouns, self.language, self.status, self.identity)
        self.banners = (self.safety, self.contact, self.conflict, self.consent, self.reported)
        self._layout()

    def _layout(self) -> None:
        who = QHBoxLayout()
        who.addWidget(self.name)
        who.addWidget(self.pronouns, stretch=1, alignment=Qt.AlignmentFlag.AlignBottom)
        who.addWidget(self.edit_details, alignment=Qt.AlignmentFlag.AlignTop)
        who.addWidget(self.new_note, alignment=Qt.AlignmentFlag.AlignTop)
        self.language.setContentsMargins(0, 0, 12, 0)
        self.pronouns.setWordWrap(False)  # short ("she/her"): the name wraps first
        details = QHBoxLayout()
        details.addWidget(self.language)
        details.addWidget(self.status, stretch=1)
        banners = QHBoxLayout()
        banners.addWidget(self.safety, stretch=1)
        banners.addWidget(self.contact, stretch=1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(who)
        layout.addLayout(details)
        layout.addWidget(self.identity)
        layout.addLayout(banners)
        layout.addWidget(self.conflict)
        layout.addWidget(self.consent)
        layout.addWidget(self.reported)

    def show_record(self, record: ClientRecord) -> None:
        self.name.setText(record.display_name)
        self.pronouns.setText(record.pronouns or self.tr("Pronouns not recorded"))
        self.language.setText(render.language_line(record))
        self.identity.setText(render.identity_line(record))
        self.identity.setVisible(bool(self.identity.text()))
        self.status.setText(render.status_line(record))
        high = "color: #a4001d;" if record.risk_level == "high" else ""
        self.status.setStyleSheet(f"QLabel {{ {high} }}")
        self._fill(self.safety, self.tr("Safety"), render.safety_lines(record))
        self._fill(self.contact, self.tr("Contact rules"), render.contact_lines(record))
        self.consent.setText(self.consent_text(record))
        self.consent.setVisible(bool(self.consent.text()))
        day = record.mandated_report_on
        self.reported.setText(
            self.tr("Mandated report made on {day}.").format(day=long_day(day)) if day else ""
        )
        self.reported.setVisible(day is not None)

    def consent_text(self, record: ClientRecord) -> str:
        parts = []
        if not record.has_services_consent:
            parts.append(self.tr("No consent to services in force: take it (Consent tab)."))
        if record.consent_expiring_on is not None:
            day = long_day(record.consent_expiring_on)
            parts.append(
                self.tr("A consent ends on {day}: renew it with the client.").format(day=day)
            )
        return " ".join(parts)

    def show_conflicts(self, declared: list[ConflictView]) -> None:
        text = conflict_text(declared)
        self.conflict.setText(text)
        self.conflict.setVisible(bool(text))

    @staticmethod
    def _fill(label: QLabel, title: str, lines: list[str]) -> None:
        label.setText(render.banner_html(title, lines) if lines else "")
        label.setVisible(bool(lines))

    def clear(self) -> None:
        for label in self.labels:
            label.clear()
        for label in self.banners:
            label.clear()
            label.hide()

    def texts(self) -> list[str]:
        return [label.text() for label in (*self.labels, *self.banners)]
