"""What a screen reader says about the consent and sharing forms beyond a control's name: its
description (issue 12, item 2). Buttons also get it as their tooltip, where a sighted worker
sees it too; fields keep their placeholders and labels for that."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDateTimeEdit, QWidget

from app.ui.forms import FormDialog, OptionalDate, tab_leaves


def describe(widget: QWidget, description: str) -> None:
    widget.setAccessibleDescription(description)
    if isinstance(widget, QAbstractButton) and not widget.toolTip():
        widget.setToolTip(description)
    if isinstance(widget, QDateTimeEdit):
        tab_leaves(widget)


def describe_all(pairs: list[tuple[QWidget, str]]) -> None:
    for widget, description in pairs:
        describe(widget, description)


def describe_form(dialog: FormDialog, ok_description: str) -> None:
    """The OK and Cancel buttons every form has (Cancel also closes with Esc)."""
    describe(dialog.ok, ok_description)
    dialog.cancel.setAccessibleName(QCoreApplication.translate("ConsentForms", "Cancel"))
    describe(
        dialog.cancel,
        QCoreApplication.translate("ConsentForms", "Close this form without saving (Esc)"),
    )


def describe_optional_date(field: OptionalDate, name: str, description: str) -> None:
    """The tick box of an optional date says what it sets, in the worker's language."""
    field.enabled.setText(QCoreApplication.translate("ConsentForms", "Set"))
    field.enabled.setAccessibleName(name)
    describe(field.enabled, description)
    describe(field.edit, description)
