"""The app locks on the desktop's own signals, sent for real over D-Bus from another process:
the screensaver turning on (freedesktop and GNOME), logind's PrepareForSleep and the
session's Lock, and the session manager asking the app to save (logout).

Each test starts a D-Bus daemon of its own (session configuration) and gives it to the app
for every desktop signal, logind's included: the system bus is not ours, and the wrapper's
shared session bus would carry one test's signals to the app of a test running beside it."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from app.services.vaults import Vault
from app.ui.controller import AppController
from tests.ui.conftest import started

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("gdbus") is None,
    reason="needs dbus-daemon and gdbus",
)
Emit = Callable[..., None]


@pytest.fixture
def bus() -> Iterator[tuple[QDBusConnection, str]]:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    name = f"caseload-test-{uuid.uuid4().hex}"
    connection = QDBusConnection.connectToBus(address, name)
    assert connection.isConnected()
    yield connection, address
    QDBusConnection.disconnectFromBus(name)
    daemon.terminate()
    daemon.wait(10)


@pytest.fixture
def emit(bus: tuple[QDBusConnection, str]) -> Emit:
    """Send a signal from another process, as the desktop or logind would."""
    address = bus[1]

    def send(path: str, signal: str, *args: str) -> None:
        command = ["gdbus", "emit", "--session", "--object-path", path, "--signal", signal]
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}  # (--address: no Hello)
        subprocess.run([*command, *args], check=True, timeout=10, env=env)

    return send


@pytest.fixture
def unlocked(make_controller, vault: Vault, qtbot, bus) -> AppController:
    return started(lambda: make_controller(desktop_bus=bus[0]), vault, qtbot)


def locks_within_a_second(controller: AppController, qtbot) -> None:
    qtbot.waitUntil(lambda: controller.vault is None, timeout=1000)
    assert controller.window.pages.currentWidget() is controller.window.unlock


@pytest.mark.parametrize(
    ("path", "interface"),
    [
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ],
)
def test_screensaver_turning_on_locks(unlocked, emit, qtbot, path: str, interface: str) -> None:
    emit(path, f"{interface}.ActiveChanged", "true")
    locks_within_a_second(unlocked, qtbot)


def test_screensaver_turning_off_does_not_lock(unlocked, emit, qtbot) -> None:
    emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", "false")
    emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "false")
    emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "false")
    qtbot.wait(600)
    assert unlocked.vault is not None and unlocked.window.unlocked


def test_prepare_for_sleep_locks(unlocked, emit, qtbot) -> None:
    emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", "true")
    locks_within_a_second(unlocked, qtbot)


def test_the_session_lock_signal_locks(unlocked, emit, qtbot) -> None:
    emit("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock")
    locks_within_a_second(unlocked, qtbot)


def test_the_session_manager_ending_the_session_locks(unlocked) -> None:
    unlocked.os_signals.session_ending(None)  # what commitDataRequest delivers at logout
    assert unlocked.vault is None
