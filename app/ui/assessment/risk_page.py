"""The last page of the assessment form: the overall risk level (the worker decides; the
ratings only suggest one), notes on risk, the client's safety flags (untick one to remove it,
type new ones to add them) and when the next re-assessment is due."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.assessment import words
from app.ui.assessment.domain_page import HELP_STYLE, labelled
from app.ui.form_access import describe_optional_date, described, leaves_by_tab
from app.ui.forms import OptionalDate, text_box
from app.ui.widgets import heading, paragraph

REASSESS_AFTER = timedelta(days=90)
ALERT_STYLE = "QLabel { color: #a4001d; font-weight: bold; }"  # suggests more than chosen


def flag_list(flags: tuple[str, ...]) -> QListWidget:
    """The client's safety flags as tick boxes, ticked (Space unticks one: it is removed)."""
    box = QListWidget()
    box.setAccessibleName(
        QCoreApplication.translate(
            "RiskPage", "Safety flags on the record; untick one to remove it"
        )
    )
    leaves_by_tab(
        box,
        QCoreApplication.translate(
            "RiskPage", "Arrow keys move between the flags; Space unticks or ticks one"
        ),
    )
    for flag in flags:
        item = QListWidgetItem(flag)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        box.addItem(item)
    box.setFixedHeight(24 * min(max(len(flags), 1), 4) + 8)
    return box


class RiskPage(QWidget):
    changed = Signal()

    def __init__(self, risk_level: str, flags: tuple[str, ...], assessed_on: date) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("RiskPage", "Risk and safety"))
        self.suggestion = paragraph(
            "", QCoreApplication.translate("RiskPage", "Risk level the ratings suggest")
        )
        self.suggestion.setStyleSheet(HELP_STYLE)
        self.risk = QComboBox()
        self.risk.setAccessibleName(QCoreApplication.translate("RiskPage", "Overall risk level"))
        for code, label in words.risk_levels().items():
            self.risk.addItem(label, code)
        self.risk.setCurrentIndex(max(0, self.risk.findData(risk_level)))
        self.risks = text_box(
            QCoreApplication.translate("RiskPage", "Notes on risk"),
            QCoreApplication.translate(
                "RiskPage", "What puts the client or others at risk, and what protects"
            ),
            70,
        )
        self.flags = flag_list(flags)
        self.new_flags = text_box(
            QCoreApplication.translate("RiskPage", "New safety flags"),
            QCoreApplication.translate("RiskPage", "One per line, e.g. Visit in pairs"),
            56,
        )
        due = QCoreApplication.translate("RiskPage", "Next re-assessment date")
        self.next_due = describe_optional_date(
            OptionalDate(due, assessed_on + REASSESS_AFTER, True),
            due,
            QCoreApplication.translate(
                "RiskPage", "When to assess again; about three months is usual"
            ),
        )
        described(
            self.risk,
            QCoreApplication.translate(
                "RiskPage", "You decide the level; the ratings only suggest one"
            ),
        )
        for box in (self.risks, self.new_flags):
            box.setAccessibleDescription(box.placeholderText())
        self.risk.currentIndexChanged.connect(self.changed)
        self._layout(bool(flags))

    def _layout(self, has_flags: bool) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labelled(form, QCoreApplication.translate("RiskPage", "Overall &risk level"), self.risk)
        form.addRow("", self.suggestion)
        labelled(form, QCoreApplication.translate("RiskPage", "Risk &notes"), self.risks)
        labelled(form, QCoreApplication.translate("RiskPage", "Safety &flags"), self.flags)
        if not has_flags:
            self.flags.addItem(
                QCoreApplication.translate("RiskPage", "No safety flags on the record.")
            )
            self.flags.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        labelled(form, QCoreApplication.translate("RiskPage", "&Add safety flags"), self.new_flags)
        labelled(
            form, QCoreApplication.translate("RiskPage", "Next re-assessment &due"), self.next_due
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(heading(QCoreApplication.translate("RiskPage", "Risk and safety"), 14))
        intro = QCoreApplication.translate(
            "RiskPage",
            "The risk level you choose becomes the client's risk level on the record. Safety "
            "flags warn anyone who visits or calls; keep them short and factual.",
        )
        layout.addWidget(
            paragraph(intro, QCoreApplication.translate("RiskPage", "About risk and safety"))
        )
        layout.addLayout(form)
        layout.addStretch(1)

    def show_suggestion(self, level: str, because: str) -> None:
        label = words.risk_levels().get(level, level)
        text = QCoreApplication.translate("RiskPage", "The ratings suggest: {level}.").format(
            level=label
        )
        self.suggestion.setText(f"{text} {because}".strip())
        order = list(words.risk_levels())
        higher = order.index(level) > order.index(self.risk_level())
        self.suggestion.setStyleSheet(ALERT_STYLE if higher else HELP_STYLE)

    def risk_level(self) -> str:
        return self.risk.currentData()

    def removed_flags(self) -> tuple[str, ...]:
        items = (self.flags.item(i) for i in range(self.flags.count()))
        return tuple(
            item.text()
            for item in items
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState() == Qt.CheckState.Unchecked
        )

    def added_flags(self) -> tuple[str, ...]:
        lines = (line.strip() for line in self.new_flags.toPlainText().splitlines())
        return tuple(line for line in lines if line)
