"""Syncing with the office from the desktop app: Sync now, Connect to the office…, the sync
conflicts list and the revoked-laptop path. `SyncHooks` (hooks.py) wires them to the
controller; `OfficeLink` (link.py) is how the app reaches the server (tests pass one that talks
to an in-process server)."""

from app.ui.sync.link import OfficeLink as OfficeLink
from app.ui.sync.link import SyncAccess as SyncAccess
