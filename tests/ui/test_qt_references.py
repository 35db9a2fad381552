"""PySide6 must not drop references to None (docs/decisions.md, "Qt version").

PySide6 6.12.0 on Python 3.11 decrements None's (and True's) reference count when a Python
slot returns, when an empty QVariant comes back to Python (QModelIndex.data(),
QComboBox.currentData()) and on selection changes; a worker's long day then ends in "Fatal
Python error: none_dealloc". We pin 6.11.3. These tests drive exactly those paths a few
thousand times in a quiet process and fail if None loses references, so an upgrade that
brings the bug back is caught. (A guard around every test measured other tests' threads
finishing as losses: these measure nothing else.)
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QListView

ROUNDS = 3000
TOLERANCE = 50  # far below ROUNDS: the bug loses one reference per call


def lost_references(action: Callable[[], object]) -> int:
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(ROUNDS):
        action()
    gc.collect()
    return before - sys.getrefcount(None)


def test_empty_variants_keep_none_alive(qtbot) -> None:
    model = QStringListModel(["one", "two"])
    index = model.index(0, 0)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("no data")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None
    assert lost_references(lambda: model.data(index, Qt.ItemDataRole.ToolTipRole)) < TOLERANCE
    assert lost_references(combo.currentData) < TOLERANCE


class Emitter(QObject):
    fired = Signal()


def test_python_slots_keep_none_alive() -> None:
    emitter, calls = Emitter(), []
    emitter.fired.connect(lambda: calls.append(1))  # returns None to Qt
    assert lost_references(emitter.fired.emit) < TOLERANCE
    assert len(calls) == ROUNDS


def test_selection_changes_keep_none_alive(qtbot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(QStringListModel(["one", "two", "three"]))
    rows = iter(range(ROUNDS))
    select = view.selectionModel()
    select.selectionChanged.connect(lambda *_args: None)
    model = view.model()
    assert lost_references(lambda: view.setCurrentIndex(model.index(next(rows) % 3, 0))) < TOLERANCE
