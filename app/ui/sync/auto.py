"""Syncing by itself: when the office becomes reachable, while changes wait, and at the
office's daily time; quietly, never while the screen is locked or a note is being signed.

`decide` is the whole policy, pure: given the wall clock and what the app knows, sync now or
not. `AutoSync` feeds it: a timer ticks every TICK_S and reads the wall clock each time (a
QTimer does not count time asleep, so intervals are never measured by the timer itself), a
network change (QNetworkInformation, when a backend loads) asks for a probe at once, and the
probe is one unauthenticated request for the office's /info, on a thread of its own. The sync
it starts is the same as Sync now (SyncHooks), without the banner unless something needs the
worker (conflicts, refused changes).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QApplication, QDialog

from app.core.timeutil import to_local
from app.services import end_of_day, user_settings
from app.services.end_of_day import AutoSyncSettings
from app.services.sync import SyncStatus
from app.sync.errors import ServerUnavailable, SyncError
from app.sync.protocol import ServerInfo
from app.sync.transport import Transport

if TYPE_CHECKING:
    from app.ui.sync.hooks import SyncHooks
    from app.ui.sync.link import SyncAccess

TICK_S = 30
EVERY = timedelta(minutes=15)  # at most this often while changes wait
PROBE_EVERY = timedelta(minutes=1)  # while the office is not known to be reachable


@dataclass(frozen=True)
class Facts:
    now: datetime  # the local wall clock, read at each tick
    last_attempt: datetime | None  # when the last sync (automatic or not) started
    pending: int  # changes waiting to be sent
    reachable: bool
    reachable_since: datetime | None  # when the office was last found reachable again
    enabled: bool = True
    blocked: bool = False  # locked, not connected, a sync running, signing or a dialog open
    daily_time: time | None = None


@dataclass(frozen=True)
class Decision:
    sync: bool
    reason: str = ""  # "reachable", "pending" or "daily"


def _daily_due(f: Facts) -> bool:
    if f.daily_time is None:
        return False
    today_at = datetime.combine(f.now.date(), f.daily_time)
    return f.now >= today_at and (f.last_attempt is None or f.last_attempt < today_at)


def decide(f: Facts) -> Decision:
    """A last attempt in the future (the clock was set back) counts as long ago."""
    if not f.enabled or f.blocked or not f.reachable:
        return Decision(False)
    last = f.last_attempt if f.last_attempt is not None and f.last_attempt <= f.now else None
    if f.reachable_since is not None and (last is None or last < f.reachable_since):
        return Decision(True, "reachable")
    if f.pending and (last is None or f.now - last >= EVERY):
        return Decision(True, "pending")
    if _daily_due(Facts(f.now, last, f.pending, True, None, daily_time=f.daily_time)):
        return Decision(True, "daily")
    return Decision(False)


def probe(transport: Transport) -> ServerInfo | None:
    """One try at the office's unauthenticated /info: its answer (which carries the office's
    daily sync time), or None when it is not reachable."""
    transport.attempts = 1
    try:
        return transport.info()
    except SyncError:
        return None
    finally:
        transport.close()


def dialog_open() -> bool:
    """A note editor (signing happens there), a form or any modal window is open."""
    if QApplication.activeModalWidget() is not None:
        return True
    return any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


class AutoSync(QObject):
    probed = Signal(int, object)  # probe number, ServerInfo or None (from the probe's thread)
    settings_changed = Signal(object)  # AutoSyncSettings
    office_changed = Signal()  # the office's idle maximum or daily time changed (Settings)

    def __init__(self, hooks: SyncHooks, clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(hooks)
        self.hooks, self.clock = hooks, clock
        self.settings = AutoSyncSettings(True, None)
        self.reachable = False
        self.reachable_since: datetime | None = None
        self.last_attempt: datetime | None = None
        self.last_probe: datetime | None = None
        self._probe_run = 0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_S * 1000)
        self.timer.timeout.connect(self.tick)
        self.probed.connect(self._probed)
        self.network = self._watch_network()

    def _watch_network(self) -> QNetworkInformation | None:
        """None without a backend (offscreen tests, some desktops): the timer alone then."""
        if not QNetworkInformation.loadDefaultBackend():
            return None
        network = QNetworkInformation.instance()
        if network is not None:
            network.reachabilityChanged.connect(self._network_changed)
        return network

    # -- vault open or closed ---------------------------------------------------------------
    def start(self, access: SyncAccess) -> None:
        """The vault was opened: the first tick (TICK_S from now) probes the office."""
        self.last_attempt = None  # read from the vault's last sync at the first tick
        self.reachable, self.reachable_since, self.last_probe = False, None, None
        self.hooks.controller.runner.submit(lambda: _read_settings(access), self._settings_read)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._probe_run += 1  # a probe on its way is ignored
        self.reachable, self.reachable_since = False, None

    def _settings_read(self, settings: AutoSyncSettings) -> None:
        self.settings = settings
        self.settings_changed.emit(settings)

    def reload(self) -> None:
        """Read the settings again (the worker changed their own daily time)."""
        if (access := self.hooks.access) is not None:
            self.hooks.controller.runner.submit(lambda: _read_settings(access), self._settings_read)

    def set_enabled(self, enabled: bool) -> None:
        access = self.hooks.access
        if access is not None and enabled != self.settings.enabled:
            self.hooks.controller.runner.submit(
                lambda: _write_enabled(access, enabled), self._settings_read
            )

    # -- deciding -------------------------------------------------------------------------
    def tick(self) -> None:
        """Every TICK_S: read what waits to go (and show it), then decide."""
        access = self.hooks.access
        if access is None or self.hooks.running:
            return
        self.hooks.controller.runner.submit(access.status, lambda s: self._tick(access, s))

    def _tick(self, access: SyncAccess, status: SyncStatus) -> None:
        if self.hooks.access is not access:
            return
        self.hooks.status_read(access, status)
        if self.last_attempt is None and status.last_sync_at is not None:
            self.last_attempt = to_local(status.last_sync_at)
        facts = self.facts(status)
        if decide(facts).sync:
            self.hooks.start_quietly()
        elif not self.reachable and not facts.blocked and self.settings.enabled:
            self._maybe_probe(access, facts.now)

    def facts(self, status: SyncStatus) -> Facts:
        hooks = self.hooks
        blocked = hooks.access is None or hooks.running or not status.enrolled or dialog_open()
        return Facts(
            now=self.clock(),
            last_attempt=self.last_attempt,
            pending=status.pending_changes,
            reachable=self.reachable,
            reachable_since=self.reachable_since,
            enabled=self.settings.enabled,
            blocked=blocked,
            daily_time=self.settings.daily_time,
        )

    # -- reachability -----------------------------------------------------------------------
    def _network_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Disconnected:
            self.reachable, self.reachable_since = False, None
        elif reachability == QNetworkInformation.Reachability.Online:
            self.last_probe = None  # probe at the next tick, which comes now
            self.tick()

    def _maybe_probe(self, access: SyncAccess, now: datetime) -> None:
        if self.last_probe is not None and self.last_probe <= now < self.last_probe + PROBE_EVERY:
            return
        self.last_probe, self._probe_run = now, self._probe_run + 1
        run, relay = self._probe_run, self.probed

        def on_thread(transport: Transport) -> None:
            threading.Thread(target=lambda: relay.emit(run, probe(transport)), daemon=True).start()

        link, vault = access.link, access.vault
        self.hooks.controller.runner.submit(lambda: link.transport(vault), on_thread, _ignore)

    def _probed(self, run: int, info: ServerInfo | None) -> None:
        if run != self._probe_run or self.hooks.access is None:
            return
        self.found(info is not None, since=self.last_probe)
        if info is not None:
            self._office_told(info)
            self.tick()

    def _office_told(self, info: ServerInfo) -> None:
        """The office sets the daily sync time (caseload-server daily-sync-time) and the
        longest idle lock a worker may choose; a laptop keeps what it was last told, in the
        vault (written only when it changed)."""
        daily, access = end_of_day.parse_daily_time(info.daily_sync_time), self.hooks.access
        most = info.max_idle_lock_minutes
        if access is not None:
            self.hooks.controller.runner.submit(
                lambda: _store_office_rules(access, daily, most), self._office_stored
            )

    def _office_stored(self, result: tuple[bool, AutoSyncSettings]) -> None:
        changed, settings = result
        self._settings_read(settings)
        if changed:
            self.office_changed.emit()

    def found(self, reachable: bool, since: datetime | None = None) -> None:
        """What a probe or a sync just learnt about the office. A probe's answer dates from
        when it was sent: a sync started meanwhile (and perhaps stopped by the worker) already
        tried, and must not be followed by an automatic one at once."""
        if reachable and not self.reachable:
            self.reachable_since = since or self.clock()
        self.reachable = reachable
        if not reachable:
            self.reachable_since = None

    def sync_started(self) -> None:
        """Any sync, Sync now too: the next automatic one is measured from here."""
        self.last_attempt = self.clock()

    def sync_ended(self, error: BaseException | None) -> None:
        """A sync that got through shows the office reachable since it started (not after
        it ended, which would start another at once)."""
        if error is None:
            self.reachable = True
            self.reachable_since = self.reachable_since or self.last_attempt
        elif isinstance(error, ServerUnavailable):
            self.found(False)


def _read_settings(access: SyncAccess) -> AutoSyncSettings:
    with access.vault.session() as session:
        return user_settings.auto_sync_settings(session, access.vault.owner_id)


def _write_enabled(access: SyncAccess, enabled: bool) -> AutoSyncSettings:
    with access.vault.session() as session:
        end_of_day.set_auto_sync(session, enabled)
        return user_settings.auto_sync_settings(session, access.vault.owner_id)


def _store_office_rules(
    access: SyncAccess, daily: time | None, most: int
) -> tuple[bool, AutoSyncSettings]:
    with access.vault.session() as session:
        changed = user_settings.store_office_rules(session, daily, most)
        return changed, user_settings.auto_sync_settings(session, access.vault.owner_id)


def _ignore(_error: BaseException) -> None:
    """Not connected (NotEnrolled) or the vault closed: no probe, the next tick tries again."""
