"""What the app's forms tell a screen reader beyond a control's name, and how they fit a
small screen (shared by the intake, referral, safety, assessment, closure, notes and consent
forms).

A control's accessible name is its label ("Phone"); its description says what is expected
("A number with at least three digits"). The parts every form shares (the OK and Cancel
buttons, a date that may be left out) are described here once. `fit()` keeps a form within a
1366×768 screen at 125 % scaling (1092×580 logical pixels, the window frame included): a form
taller than that scrolls inside the dialog.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QTextEdit, QWidget

from app.ui.forms import FormDialog, OptionalDate, tab_leaves

W = TypeVar("W", bound=QWidget)
V = TypeVar("V", bound=QAbstractItemView)

# The tallest a dialog opens: 580 logical pixels less the window's title bar.
MOST_HEIGHT = 540
FORM_WIDTH = 620


def described(widget: W, description: str) -> W:
    """`widget`, with what a screen reader says after its name (already translated)."""
    widget.setAccessibleDescription(description)
    return widget


def date_help() -> str:
    return QCoreApplication.translate(
        "FormHelp", "Type the day, month and year, or press Alt+Down to choose from a calendar."
    )


def describe_date(edit: QDateEdit) -> QDateEdit:
    """The date's description, and Tab leaving it."""
    return described(tab_leaves(edit), date_help())


def describe_optional_date(field: OptionalDate, name: str, description: str) -> OptionalDate:
    """The tick box that says whether the date is known, and the date itself (`name` and
    `description` are the date's, already translated)."""
    field.enabled.setText(QCoreApplication.translate("FormHelp", "Set"))
    field.enabled.setAccessibleName(
        QCoreApplication.translate("FormHelp", "Give a date: {name}").format(name=name)
    )
    described(field.enabled, description)
    field.edit.setAccessibleName(name)
    describe_date(field.edit)
    return field


def describe_buttons(dialog: FormDialog) -> None:
    """The OK button (whatever it is called on this form) and Cancel."""
    dialog.ok.setToolTip(
        QCoreApplication.translate("FormHelp", "Save what this form holds (Enter)")
    )
    described(dialog.ok, dialog.ok.toolTip())
    dialog.cancel.setText(QCoreApplication.translate("FormHelp", "Cancel"))
    dialog.cancel.setAccessibleName(QCoreApplication.translate("FormHelp", "Cancel"))
    dialog.cancel.setToolTip(
        QCoreApplication.translate("FormHelp", "Close the form without saving (Esc)")
    )
    described(dialog.cancel, dialog.cancel.toolTip())


def leaves_by_tab(view: V, description: str) -> V:
    """A list Tab leaves at once (the arrow keys move inside it), with its description."""
    view.setTabKeyNavigation(False)
    return described(view, description)


def reading_pane(browser: QTextEdit, description: str) -> QTextEdit:
    """Read-only text a keyboard user can reach and leave with Tab."""
    browser.setTabChangesFocus(True)
    return described(browser, description)


def fit(dialog: FormDialog, accessible: str) -> None:
    """Open at the form's own height when it fits, else scroll the fields inside the dialog."""
    describe_buttons(dialog)
    height = dialog.sizeHint().height()
    if height > MOST_HEIGHT:
        dialog.scroll_form(accessible, FORM_WIDTH, MOST_HEIGHT)
    else:
        dialog.resize(max(dialog.sizeHint().width(), FORM_WIDTH), height)
