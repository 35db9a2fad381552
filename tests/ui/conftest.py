"""GUI fixtures: a controller driven through the synchronous task runner, and demo vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.demo import create_demo_caseload
from app.services.records import ClientDraft, create_client
from app.services.vaults import Vault, create_vault
from app.ui.caseload.model import CaseloadModel
from app.ui.controller import AppController
from app.ui.tasks import SyncTaskRunner, TaskRunner
from tests.conftest import PASSPHRASE

MakeController = Callable[..., AppController]


@pytest.fixture
def make_controller(qtbot, profile: Path) -> Iterator[MakeController]:
    """Build a controller over `profile` (sync runner unless given one); cleaned up after."""
    made: list[AppController] = []

    def make(runner: TaskRunner | None = None, **options: object) -> AppController:
        controller = AppController(profile, runner or SyncTaskRunner(), **options)  # type: ignore[arg-type]
        qtbot.addWidget(controller.window)
        controller.window.resize(1366, 768)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    with vault.session() as session:
        create_demo_caseload(session, vault.owner_id, clients=40)
    return vault


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """One 40-client demo vault for a whole module (read-only tests)."""
    opened = create_vault(tmp_path_factory.mktemp("demo") / "profile", PASSPHRASE, "Alex Rivera")
    with opened.session() as session:
        create_demo_caseload(session, opened.owner_id, clients=40)
    yield opened
    opened.lock()


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """500 plain clients (no history): enough to see that rows are fetched a page at a time."""
    opened = create_vault(tmp_path_factory.mktemp("big") / "profile", PASSPHRASE, "Alex Rivera")
    with opened.session() as session:
        for number in range(500):
            create_client(session, ClientDraft(f"Client{number:03d}", "Example"), opened.owner_id)
    yield opened
    opened.lock()


def shown_names(model: CaseloadModel) -> list[str]:
    """The Name column as the view shows it (after the rows have loaded)."""
    return [
        model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount(QModelIndex()))
    ]


def rows_loaded(model: CaseloadModel) -> bool:
    return all(model.client_row(row) is not None for row in range(model.rowCount()))
