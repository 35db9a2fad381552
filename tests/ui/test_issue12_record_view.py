"""Issue 12 on the record pane and Today: the empty state (Today's counts, or first steps in an
empty vault), unfinished notes naming their client, accessible names and Tab on every tab,
a record that fits 1092x580, and dates in the worker's locale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTreeWidget

from app.core.timeutil import local_today
from app.services.activity import add_task
from app.services.notes import start_note
from app.services.records import ClientDraft, create_client
from app.services.timeline import TimelineEntry
from app.services.timeline_words import Words
from app.ui.record.render import identity_line
from app.ui.record.timeline import entry_texts
from app.ui.record.view import RecordView
from app.ui.workspace import LIST_MIN_WIDTH
from tests.ui import a11y
from tests.ui.conftest import OneClient, open_record, started
from tests.ui.test_record_view import sample

SMALL = (1092, 580)


@pytest.fixture
def spanish() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("es"))
    yield
    QLocale.setDefault(before)


def busy_day(one: OneClient) -> str:
    """An overdue task and an unfinished note for the one client; the note's id."""
    with one.vault.session() as session:
        add_task(
            session,
            "Chase the housing benefit form",
            local_today() - timedelta(days=3),
            client_id=one.client_id,
            assigned_to_id=one.vault.owner_id,
        )
        return start_note(session, one.client_id, "free", one.vault.owner_id, one.case_id).id


def drafts_list(controller) -> QTreeWidget:
    today = controller.window.workspace.today
    trees = [t for t in today.findChildren(QTreeWidget) if t is not today.list]
    assert len(trees) == 1
    return trees[0]


def test_empty_record_pane_shows_todays_counts(make_controller, one_client, qtbot) -> None:
    busy_day(one_client)
    controller = started(make_controller, one_client.vault, qtbot)
    record = controller.window.workspace.record
    assert record.client_id is None and record.currentWidget() is record.placeholder
    counts = record.placeholder.counts.text()
    # "task(s)" until the English .qm holds the plural forms (the lead's merge)
    assert "1 overdue task" in counts and "1 unfinished note" in counts
    assert "0 visit" in counts
    assert "Ctrl+2" in record.placeholder.guide.text()
    assert "Rosie" not in record.placeholder.summary.text() + counts  # counts only


def test_a_new_empty_vault_says_what_to_do_next(make_controller, vault, qtbot) -> None:
    controller = started(make_controller, vault, qtbot)
    empty = controller.window.workspace.record.placeholder
    assert empty.title.text() == "Your caseload is empty"
    guide = empty.guide.text()
    assert "Sync > Connect to the office…" in guide and "caseload import" in guide
    assert empty.counts.isHidden()


def test_the_empty_state_follows_a_refresh(make_controller, vault, qtbot) -> None:
    """Clients arrive (a first sync, an import): F5 or the sync's refresh reads Today again, and
    the record pane's empty state with it."""
    controller = started(make_controller, vault, qtbot)
    empty = controller.window.workspace.record.placeholder
    assert empty.title.text() == "Your caseload is empty"
    with vault.session() as session:
        create_client(session, ClientDraft("Ines", "Mora"), vault.owner_id)
    controller.refresh()
    assert empty.title.text() == "No client open" and "0 overdue task" in empty.counts.text()


def test_unfinished_notes_name_their_client(make_controller, one_client, qtbot) -> None:
    note_id = busy_day(one_client)
    controller = started(make_controller, one_client.vault, qtbot)
    controller.window.workspace.today.load()
    tree = drafts_list(controller)
    second = tree.header().logicalIndex(1)  # the client is shown second
    assert tree.headerItem().text(second) == "Client"
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    item = tree.topLevelItem(0)
    assert item is not None
    assert item.data(0, Qt.ItemDataRole.UserRole)[0] == note_id
    qtbot.waitUntil(lambda: item.text(second) == "Rosie Delgado")


def test_record_tabs_are_named_and_tab_leaves_them(make_controller, one_client, qtbot) -> None:
    controller = started(make_controller, one_client.vault, qtbot)
    record = open_record(controller, one_client.client_id)
    for name in ("overview", "timeline", "tasks", "conflicts"):
        record.show_tab(name)
        qtbot.wait(10)
        page = record.tabs.currentWidget()
        assert a11y.unnamed(page) == [], name
        assert a11y.undescribed(page) == [], name
        walk = a11y.tab_walk(page)
        assert walk.traps == [] and walk.unreached == [], (name, walk)
    header = record.header
    assert a11y.unnamed(header) == [] and a11y.undescribed(header) == []


def test_today_is_named_and_tab_leaves_it(make_controller, one_client, qtbot) -> None:
    busy_day(one_client)
    controller = started(make_controller, one_client.vault, qtbot)
    today = controller.window.workspace.today
    today.load()
    assert a11y.unnamed(today) == []
    assert a11y.undescribed(today) == []
    walk = a11y.tab_walk(today)
    assert walk.traps == [] and walk.unreached == []


def test_record_fits_a_small_screen_with_a_long_name(qtbot) -> None:
    """At 1092x580 the record pane gets what the list leaves (app/ui/main_window.py), about
    550-700 pixels by 530; the header and this helper's tabs fit half the width."""
    view = RecordView()
    qtbot.addWidget(view)
    long_name = "Maria de los Ángeles Fernández-Castellanos y Rodríguez de la Fuente"
    view.show_record(sample(display_name=long_name, pronouns="she/her/ella"))
    view.resize(SMALL[0] // 2, SMALL[1] - 50)
    view.show()
    assert view.minimumSizeHint().width() <= SMALL[0] - LIST_MIN_WIDTH
    assert view.name.text() == long_name and view.name.wordWrap()
    header = view.header.minimumSizeHint()
    assert header.width() <= SMALL[0] // 2
    bar = view.tabs.tabBar().sizeHint().height()
    for page in (view.body, view.timeline, view.activity, view.conflicts):
        hint = page.minimumSizeHint()
        assert hint.width() <= SMALL[0] // 2, page.accessibleName()
        assert header.height() + bar + hint.height() <= SMALL[1] - 50, page.accessibleName()


def test_dates_follow_the_locale(spanish) -> None:
    due = date(2025, 12, 3)
    entry = TimelineEntry(
        "task",
        datetime(2025, 12, 3, tzinfo=UTC),
        "Call landlord",
        "Due 2025-12-03",
        "t1",
        ("overdue",),
        detail_words=Words("Due {due}", (("due", due),)),
    )
    when, what = entry_texts(entry)
    assert "dic" in when and "dic" in what and "Dec" not in what
    born = identity_line(sample(date_of_birth=date(1980, 12, 17)), today=due)
    assert "dic" in born


def test_statuses_are_words() -> None:
    entry = TimelineEntry(
        "visit", datetime(2025, 6, 3, 14, tzinfo=UTC), "Home visit", "", "v1",
        ("no show", "overdue"),
    )  # fmt: skip
    when, _what = entry_texts(entry)
    assert "No-show, Overdue" in when and "no show" not in when
