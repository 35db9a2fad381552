"""Full-text matches in names, case notes and tasks, grouped by kind, with the matched words
highlighted. Enter (or a double-click) on a match opens that client (and, for a note, the note).

Snippets come from the vault with the matched words between HIT_START and HIT_END. Everything
else is escaped before it is drawn as rich text, so a note can never turn into markup.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.search import HIT_END, HIT_START
from app.ui.access import NamedHit
from app.ui.caseload.columns import WARNING_MARK
from app.ui.locale_format import number
from app.ui.pane import group_item, muted_item
from app.ui.widgets import local_moment, long_day

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_TITLES = {  # each a heading with its count, e.g. "Case notes (3)"
    "client": QT_TRANSLATE_NOOP("SearchResults", "Clients ({count})"),
    "note": QT_TRANSLATE_NOOP("SearchResults", "Case notes ({count})"),
    "task": QT_TRANSLATE_NOOP("SearchResults", "Tasks ({count})"),
}
MARK_STYLE = "background-color:#ffd54a; color:#1a1a1a; font-weight:bold"
NO_HITS = QT_TRANSLATE_NOOP("SearchResults", "No names, notes or tasks contain these words.")
UNKNOWN_CLIENT = QT_TRANSLATE_NOOP("SearchResults", "(no client)")
Index = QModelIndex | QPersistentModelIndex


def highlight_html(snippet: str) -> str:
    """The snippet as HTML: matched words marked, everything else escaped."""
    html, inside = [], False
    for part in snippet.replace(HIT_END, HIT_START).split(HIT_START):
        if part:
            text = escape(part, quote=True)
            html.append(f"<span style='{MARK_STYLE}'>{text}</span>" if inside else text)
        inside = not inside
    return "".join(html)


def plain_text(snippet: str) -> str:
    return " ".join(snippet.replace(HIT_START, "").replace(HIT_END, "").split())


def who(hit: NamedHit) -> str:
    if hit.client is None:
        return QCoreApplication.translate("SearchResults", UNKNOWN_CLIENT)
    row = hit.client
    flagged = row.safety_flags or row.do_not_call
    name = f"{row.display_name} ({row.pronouns})" if row.pronouns else row.display_name
    return f"{WARNING_MARK} {name}" if flagged else name


def when(hit: NamedHit) -> str:
    """ "note of Tue 3 Jun 2025 14:05" / "task due 28 Nov 2026" / "" (a client's name)."""
    if isinstance(hit.when, datetime):
        text = QCoreApplication.translate("SearchResults", "note of {when}")
        return text.format(when=local_moment(hit.when))
    if hit.hit.kind != "task":
        return ""
    if not isinstance(hit.when, date):
        return QCoreApplication.translate("SearchResults", "task")
    text = QCoreApplication.translate("SearchResults", "task due {day}")
    return text.format(day=long_day(hit.when))


def hit_item(hit: NamedHit) -> QTreeWidgetItem:
    snippet = " ".join(hit.hit.snippet.split())
    name, dated = who(hit), when(hit)
    label = f"{name} · {dated}" if dated else name
    plain = f"{label}: {plain_text(snippet)}"
    item = QTreeWidgetItem([plain])
    dated_html = f" <span style='color:#555555'>· {escape(dated)}</span>" if dated else ""
    item.setData(0, HTML_ROLE, f"<b>{escape(name)}</b>{dated_html}: {highlight_html(snippet)}")
    item.setData(0, HIT_ROLE, (hit.hit.kind, hit.hit.client_id, hit.hit.record_id))
    item.setData(0, Qt.ItemDataRole.AccessibleTextRole, plain)
    item.setToolTip(0, plain)
    return item


def _text_width(view: QWidget | None) -> int:
    """The width a line is measured and drawn at (the same for both, so heights fit)."""
    return view.viewport().width() - 12 if isinstance(view, QTreeWidget) else 400


def heading_text(count: int) -> str:
    """The label above the matches, with its Alt+M mnemonic and how many there are."""
    if not count:
        return QCoreApplication.translate(
            "SearchResults", "&Matches in names, notes and tasks  (Alt+M)"
        )
    text = QCoreApplication.translate(
        "SearchResults", "&Matches in names, notes and tasks: {count}  (Alt+M)"
    )
    return text.format(count=number(count))


class HighlightDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text as rich text (falls back to plain drawing)."""

    def _document(self, option: QStyleOptionViewItem, html: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(html)
        document.setTextWidth(max(width, 120))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        html = index.data(HTML_ROLE)
        if not html:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        widget = options.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)
        document = self._document(options, html, min(area.width(), _text_width(widget)))
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            colour = options.palette.color(QPalette.ColorRole.HighlightedText)
            context.palette.setColor(QPalette.ColorRole.Text, colour)
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(area.translated(-area.topLeft()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        html = index.data(HTML_ROLE)
        if not html:
            return super().sizeHint(option, index)
        document = self._document(option, html, _text_width(option.widget))
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class HitTree(QTreeWidget):
    """Lines are as tall as their wrapped text; a new width re-measures them."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class SearchResults(QWidget):
    open_requested = Signal(str, str, str)  # kind, client id, record id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading_text(0))
        self.heading.setAccessibleName(self.tr("Full-text matches"))
        self.tree = HitTree()
        self.tree.setAccessibleName(self.tr("Matches in names, notes and tasks"))
        self.tree.setAccessibleDescription(
            self.tr("Up and Down move between matches; Enter opens the client or the note")
        )
        self.tree.setTabKeyNavigation(False)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setItemDelegate(HighlightDelegate(self.tree))
        self.tree.itemActivated.connect(self._activated)
        self.heading.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, stretch=1)
        self.searched_for = ""

    def show_hits(self, text: str, hits: list[NamedHit]) -> None:
        self.searched_for = text
        self.tree.clear()
        if not hits:
            muted_item(self.tree, QCoreApplication.translate("SearchResults", NO_HITS))
        for kind, title in KIND_TITLES.items():
            mine = [h for h in hits if h.hit.kind == kind]
            if mine:
                heading = QCoreApplication.translate("SearchResults", title)
                group_item(self.tree, heading.format(count=number(len(mine))))
                self.tree.addTopLevelItems([hit_item(h) for h in mine])
        self.heading.setText(heading_text(len(hits)))

    def items(self) -> list[QTreeWidgetItem]:
        """The matches (not the headings), top to bottom."""
        every = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item for item in every if item is not None and item.data(0, HIT_ROLE)]

    def focus_first(self) -> bool:
        items = self.items()
        if not items:
            return False
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)
        self.tree.setCurrentItem(items[0])
        return True

    def open_first(self) -> bool:
        items = self.items()
        if items:
            self._activated(items[0])
        return bool(items)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit and hit[1]:
            kind, client_id, record_id = hit
            self.open_requested.emit(kind, client_id, record_id)

    def clear(self) -> None:
        self.searched_for = ""
        self.tree.clear()
        self.heading.setText(heading_text(0))
