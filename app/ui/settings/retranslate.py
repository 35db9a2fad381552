"""Changing the language of widgets that were built in another one.

Qt installs the new translator at once, but a widget keeps the words it was given when it was
built, and the main window is built before the vault (and so the worker's language) is open.
Rather than rebuild the window, each fixed text on it is looked up in the translation
sources (resources/i18n/caseload_<lang>.ts): the message whose text in the old language is
what the widget shows gives the text in the new one. Composed lines (with a name, a number
or a date filled in) are not in the sources; they change the next time the screen fills them.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from app.resources import resource
from app.ui.i18n import SUPPORTED

ENGLISH = "en"
Lookup = Callable[[str], str | None]


class Catalogue:
    """Every message's text per language: {language: {text: (context, source)}} to find a
    shown text, and {(context, source): {language: text}} to give it in another language."""

    def __init__(self) -> None:
        self.shown: dict[str, dict[str, tuple[str, str]]] = {code: {} for code in SUPPORTED}
        self.texts: dict[tuple[str, str], dict[str, str]] = {}

    def add(self, context: str, source: str, language: str, translation: str) -> None:
        key = (context, source)
        texts = self.texts.setdefault(key, {ENGLISH: source})
        texts[language] = translation or source  # Qt shows the source when not translated
        self.shown[ENGLISH].setdefault(source, key)
        self.shown[language].setdefault(texts[language], key)

    def translator(self, old: str, new: str) -> Lookup:
        shown = self.shown.get(old, {})

        def lookup(text: str) -> str | None:
            key = shown.get(text)
            if key is None:
                return None
            texts = self.texts[key]
            return texts.get(new, key[1])

        return lookup


def _messages(path: str) -> Iterable[tuple[str, str, str]]:
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                continue  # counts are always composed: never fixed text
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            text = (translation.text or "") if done and translation is not None else ""
            yield name, message.findtext("source") or "", text


@functools.cache
def catalogue() -> Catalogue:
    """Read once; an app without the .ts sources (a trimmed bundle) changes nothing."""
    found = Catalogue()
    for language in SUPPORTED:
        path = resource("i18n", f"caseload_{language}.ts")
        if path.is_file():
            for context, source, text in _messages(str(path)):
                found.add(context, source, language, text)
    return found


def retranslate_window(window: QWidget, old: str, new: str, known: Catalogue | None = None) -> int:
    """Give every fixed text of `window` (its menus, actions and widgets) in `new`; returns
    how many texts changed."""
    lookup = (known or catalogue()).translator(old, new)
    changed = sum(_action(action, lookup) for action in window.findChildren(QAction))
    for widget in (window, *window.findChildren(QWidget)):
        changed += _widget(widget, lookup)
    return changed


def _swap(get: Callable[[], str], put: Callable[[str], None], lookup: Lookup) -> int:
    text = get()
    new = lookup(text) if text else None
    if new is None or new == text:
        return 0
    put(new)
    return 1


def _action(action: QAction, lookup: Lookup) -> int:
    tip_is_own = action.toolTip() != action.text().replace("&", "")
    changed = _swap(action.text, action.setText, lookup)
    changed += _swap(action.iconText, action.setIconText, lookup)
    changed += _swap(action.statusTip, action.setStatusTip, lookup)
    if tip_is_own:  # otherwise Qt derives the tip from the text
        changed += _swap(action.toolTip, action.setToolTip, lookup)
    return changed


def _widget(widget: QWidget, lookup: Lookup) -> int:
    changed = _swap(widget.accessibleName, widget.setAccessibleName, lookup)
    changed += _swap(widget.accessibleDescription, widget.setAccessibleDescription, lookup)
    changed += _swap(widget.toolTip, widget.setToolTip, lookup)
    changed += _swap(widget.windowTitle, widget.setWindowTitle, lookup)
    return changed + _own_text(widget, lookup)


def _own_text(widget: QWidget, lookup: Lookup) -> int:
    if isinstance(widget, QLabel | QAbstractButton):
        return _swap(widget.text, widget.setText, lookup)
    if isinstance(widget, QLineEdit):
        return _swap(widget.placeholderText, widget.setPlaceholderText, lookup)
    if isinstance(widget, QGroupBox | QMenu):
        return _swap(widget.title, widget.setTitle, lookup)
    if isinstance(widget, QTabWidget):
        return sum(_tab(widget, index, lookup) for index in range(widget.count()))
    return 0


def _tab(tabs: QTabWidget, index: int, lookup: Lookup) -> int:
    changed = _swap(lambda: tabs.tabText(index), lambda t: tabs.setTabText(index, t), lookup)
    return changed + _swap(
        lambda: tabs.tabToolTip(index), lambda t: tabs.setTabToolTip(index, t), lookup
    )
