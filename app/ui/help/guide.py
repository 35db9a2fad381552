"""Help > User guide (F1): docs/user-guide.md rendered inside the app, in the worker's
language when a translated guide exists (docs/user-guide.es.md, .fr.md), else in English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.resources import RESOURCES
from app.ui.help.dialogs import HelpDialog

DOCS = RESOURCES.parent / "docs"  # beside resources/: the repository's (or bundle's) docs/
GUIDE = "user-guide"


def guide_path(language: str) -> Path | None:
    """The guide in `language` if there is one, else the English guide (None: not shipped)."""
    for name in (f"{GUIDE}.{language}.md", f"{GUIDE}.md"):
        path = DOCS / name
        if path.is_file():
            return path
    return None


def guide_text(language: str) -> str | None:
    path = guide_path(language)
    return path.read_text(encoding="utf-8") if path is not None else None


class UserGuideDialog(HelpDialog):
    def __init__(self, language: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("User guide"), parent)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)  # the guide is read here, nothing opens outside
        self.text.setAccessibleName(self.tr("User guide text"))
        self.text.setAccessibleDescription(
            self.tr("Arrow keys and Page Up/Down scroll; Tab moves to the Close button")
        )
        self.text.setTabChangesFocus(True)
        markdown = guide_text(language)
        if markdown is None:
            self.text.setPlainText(self.tr("The user guide is not installed with this copy."))
        else:
            self.text.setMarkdown(markdown)
        self.finish(self.text, self.tr("Close"), self.tr("Close the user guide"))
