"""The respectful-language check on screen: flagged words underlined in the text boxes and
listed, with their suggestions, in a side panel. It only ever suggests: the worker decides."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.language import LanguageFinding
from app.ui.notes.text import describe
from app.ui.widgets import heading, paragraph

DELAY_MS = 400
Boxes = Callable[[], dict[str, QPlainTextEdit]]
Check = Callable[[str], list[LanguageFinding]]
UNDERLINE = QColor("#b07800")
MARK = QColor("#fff1c2")


@dataclass(frozen=True)
class SectionFinding:
    section: str  # the template section's key
    title: str
    finding: LanguageFinding

    def line(self, titled: bool = True) -> str:
        return f"{self.title}: {describe(self.finding)}" if titled else describe(self.finding)


def qt_span(text: str, finding: LanguageFinding) -> tuple[int, int]:
    """Python string offsets as Qt (UTF-16) document positions."""

    def units(index: int) -> int:
        return len(text[:index].encode("utf-16-le")) // 2

    return units(finding.start), units(finding.end)


def highlight(box: QPlainTextEdit, findings: list[LanguageFinding]) -> None:
    """Underline (wavy, amber) and shade each finding in the box."""
    text = box.toPlainText()
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(UNDERLINE)
    fmt.setBackground(MARK)
    selections = []
    for finding in findings:
        start, end = qt_span(text, finding)
        cursor = QTextCursor(box.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    box.setExtraSelections(selections)


def select_finding(box: QPlainTextEdit, finding: LanguageFinding) -> None:
    start, end = qt_span(box.toPlainText(), finding)
    cursor = box.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.setFocus(Qt.FocusReason.OtherFocusReason)


class FindingsPanel(QWidget):
    """The list of findings. Emits `activated(SectionFinding)` when one is chosen."""

    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(
            QCoreApplication.translate("LanguageCheck", "Respectful language check")
        )
        self.findings: list[SectionFinding] = []
        self.list = QListWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("LanguageCheck", "Wording to reconsider")
        )
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "LanguageCheck", "Suggestions only. Enter on one selects the words in the note."
            )
        )
        self.list.setTabKeyNavigation(False)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        nothing = QCoreApplication.translate("LanguageCheck", "No wording to reconsider.")
        self.empty = QLabel(nothing)
        self.empty.setAccessibleName(nothing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(QCoreApplication.translate("LanguageCheck", "Respectful language"), 12)
        )
        explain = QCoreApplication.translate(
            "LanguageCheck", "Suggestions only. Click one to find it in the note."
        )
        how = QCoreApplication.translate("LanguageCheck", "How the language check works")
        layout.addWidget(paragraph(explain, how))
        layout.addWidget(self.empty)
        layout.addWidget(self.list, stretch=1)
        layout.addStretch()  # with no findings, the words stay at the top
        self.show_findings([])

    def show_findings(self, findings: list[SectionFinding]) -> None:
        self.findings = findings
        self.list.clear()
        titled = len({f.section for f in findings}) > 1 or any(f.title for f in findings)
        for finding in findings:
            item = QListWidgetItem(finding.line(titled))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.list.addItem(item)
        self.list.setVisible(bool(findings))
        self.empty.setVisible(not findings)

    def lines(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.activated.emit(item.data(Qt.ItemDataRole.UserRole))


class LiveCheck(QObject):
    """Checks the sections ~400 ms after typing stops: marks the words, fills the panel."""

    def __init__(
        self,
        boxes: Boxes,
        titles: Callable[[], dict[str, str]],
        check: Check,
        panel: FindingsPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._boxes, self._titles, self._check, self.panel = boxes, titles, check, panel
        self.timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self.timer.timeout.connect(self.run)
        panel.activated.connect(self._show)

    def schedule(self) -> None:
        self.timer.start()

    def findings(self) -> list[SectionFinding]:
        titles = self._titles()
        return [
            SectionFinding(key, titles.get(key, ""), finding)
            for key, box in self._boxes().items()
            for finding in self._check(box.toPlainText())
        ]

    def run(self, enabled: bool = True) -> None:
        """Check now (or, with enabled=False, clear every mark: signed notes)."""
        self.timer.stop()
        findings = self.findings() if enabled else []
        for key, box in self._boxes().items():
            highlight(box, [f.finding for f in findings if f.section == key])
        self.panel.show_findings(findings)

    def _show(self, found: SectionFinding) -> None:
        if (box := self._boxes().get(found.section)) is not None:
            select_finding(box, found.finding)
