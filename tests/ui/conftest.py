"""GUI fixtures: a controller driven through the synchronous task runner, and demo vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.casework import open_case
from app.services.demo import create_demo_caseload
from app.services.records import ClientDraft, create_client
from app.services.vaults import Vault, create_vault
from app.ui.caseload.model import CaseloadModel
from app.ui.controller import AppController
from app.ui.record.view import RecordView
from app.ui.tasks import SyncTaskRunner, TaskRunner
from tests.conftest import PASSPHRASE

MakeController = Callable[..., AppController]


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> Iterator[None]:
    """The screens in English with its translator installed, as the app runs them (the
    English .qm carries the plural forms: "1 visit", not "1 visit(s)")."""
    from app.ui.i18n import LANGUAGES

    LANGUAGES.apply("en")
    yield


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


@dataclass(frozen=True)
class OneClient:
    """A vault with one client of the device owner's, with one open case (at intake)."""

    vault: Vault
    client_id: str
    case_id: str


@pytest.fixture
def one_client(vault: Vault) -> OneClient:
    draft = ClientDraft(
        "Rosa",
        "Delgado",
        preferred_name="Rosie",
        pronouns="she/her",
        preferred_language="es",
        safety_flags=["Dog on premises"],
    )
    with vault.session() as session:
        client_id = create_client(session, draft, vault.owner_id)
        case_id = open_case(session, client_id, "Housing stability", vault.owner_id)
    return OneClient(vault, client_id, case_id)


def open_record(controller: AppController, client_id: str) -> RecordView:
    """The client's record, opened the way the caseload list opens it."""
    controller.open_client(client_id)
    record = controller.window.workspace.record
    assert record.client_id == client_id
    return record


def started(make: MakeController, vault: Vault, qtbot) -> AppController:
    """A controller showing `vault` unlocked, its window active (so shortcuts reach it)."""
    controller = make()
    controller.start_unlocked(vault)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow, timeout=3000)
    return controller
