"""One process at a time per vault: an OS file lock on `vault.lock` in the profile.

Two processes writing one SQLCipher vault would each keep their own clock, outbox sequence
and idea of what is pending, so the second process is refused with a plain message instead.
The lock is `fcntl.flock` (POSIX) or `msvcrt.locking` (Windows) on an open file: the kernel
drops it when the process dies, so a vault left behind by a killed process (kill -9, a power
cut) is never blocked by a stale file. The file holds nothing and is never deleted (deleting
it while another process waits on it would let two processes lock two different files).

Within one process the lock is shared and counted: the open vault holds it, and a window that
will unlock the same vault again after a screen lock holds it too (`claim`), so a command
started while the screen is locked is refused rather than the window on unlock.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO

from app.store.errors import VaultInUse

LOCK_NAME = "vault.lock"
IN_USE = "This vault is already open in another Caseload window or command."

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


_guard = threading.Lock()
_held: dict[Path, tuple[IO[bytes], int]] = {}  # lock file -> (open handle, holders)


class ProfileHold:
    """One holder's share of this process's lock on a profile; `release()` once done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._released = False

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            handle, holders = _held[self.path]
            if holders > 1:
                _held[self.path] = (handle, holders - 1)
                return
            del _held[self.path]
        handle.close()  # closing the file releases the OS lock

    @property
    def released(self) -> bool:
        return self._released


def acquire(root: Path) -> ProfileHold:
    """Hold the profile for this process, or raise VaultInUse when another process does."""
    path = (Path(root) / LOCK_NAME).resolve()
    with _guard:
        if path in _held:
            handle, holders = _held[path]
            _held[path] = (handle, holders + 1)
            return ProfileHold(path)
        handle = _open_lock_file(path)
        if not _try_lock(handle):
            handle.close()
            raise VaultInUse(IN_USE)
        _held[path] = (handle, 1)
    return ProfileHold(path)


def _open_lock_file(path: Path) -> IO[bytes]:
    """Open (creating, owner-only) the lock file; one byte long so Windows can lock byte 0."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    handle = os.fdopen(descriptor, "r+b", buffering=0)
    if os.fstat(descriptor).st_size == 0:
        handle.write(b"\0")
    return handle
