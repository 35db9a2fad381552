"""The record pane on a small screen (1366x768 at 125 %: 1092x580, and 1280x720): the list
gives way so that no part of the record is cut off or scrolled sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.a11y import SMALL
from tests.ui.conftest import open_record, started


@pytest.mark.parametrize("size", [SMALL, (1280, 720)])
def test_the_record_fits_beside_the_list(make_controller, one_client, qtbot, size) -> None:
    controller = started(make_controller, one_client.vault, qtbot)
    window = controller.window
    window.resize(*size)
    window.show()
    record = open_record(controller, one_client.client_id)
    area = window.workspace.record_area
    policy = area.horizontalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    for index in range(record.tabs.count()):  # the widest tab decides
        record.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: area.viewport().width() >= record.minimumSizeHint().width())
    lists = window.workspace.lists
    assert lists.width() >= lists.minimumWidth()
    assert window.width() <= size[0]
