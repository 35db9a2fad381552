"""Process hardening at start: no core dumps, no memory readers, freed memory overwritten,
no client data in crash output.

A core dump would hold the decrypted database pages and the key; an uncaught exception's
message can quote a value. Both are kept off the disk and out of the terminal. The process is
marked non-dumpable, which also stops other processes of the same user (not root) from
reading its memory through /proc/PID/mem or ptrace. Python does not erase freed objects, so
the entry point restarts itself once with glibc told to overwrite freed memory (see
`scrubbing_allocator_env`).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import platform
import resource
import sys
import threading
import traceback
from collections.abc import Mapping
from types import TracebackType

log = logging.getLogger(__name__)
PR_SET_DUMPABLE = 4  # <linux/prctl.h>
PR_GET_DUMPABLE = 3
# glibc fills each freed chunk with this byte (and new ones with its complement). Any
# non-zero value turns the feature on; this one is easy to spot in a memory dump.
PERTURB_BYTE = "165"
NO_TCACHE = "glibc.malloc.tcache_count=0"
REEXEC_MARK = "CASELOAD_SCRUBBING_ALLOCATOR"


def _redacted_hook(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    frames = traceback.extract_tb(tb)
    where = " <- ".join(
        f"{os.path.basename(f.filename)}:{f.lineno} {f.name}" for f in reversed(frames[-6:])
    )
    sys.stderr.write(
        f"Caseload stopped because of an unexpected error ({kind.__name__}).\n"
        f"Where: {where}\n"
        "The error message is withheld because it might contain client data.\n"
    )


FAULT_EXIT = 70  # EX_SOFTWARE: an unexpected error, never "check found problems" (1)


def report_fault(error: BaseException) -> int:
    """Say that a command stopped on an unexpected error, withholding its message; the exit
    code to return."""
    _redacted_hook(type(error), error, error.__traceback__)
    return FAULT_EXIT


def harden_process() -> None:
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.excepthook = _redacted_hook
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    make_undumpable()
    settle_keyring()
    # SQLAlchemy hides bound parameters (hide_parameters=True); keep its echo off regardless.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name and sys.platform == "linux" else None


def make_undumpable() -> bool:
    """prctl(PR_SET_DUMPABLE, 0) on Linux: no core dump even where RLIMIT_CORE is raised
    again or a crash handler (systemd-coredump) pipes one; /proc/PID/mem and ptrace closed
    to the user's other processes. Returns whether the process is now non-dumpable."""
    libc = _libc()
    if libc is None:
        return False
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        log.warning("Could not mark the process non-dumpable (%s)", os.strerror(ctypes.get_errno()))
        return False
    return True


def is_dumpable() -> bool | None:
    """None where the question does not apply (not Linux)."""
    libc = _libc()
    return None if libc is None else bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def scrubbing_allocator_env(environ: Mapping[str, str]) -> dict[str, str] | None:
    """The environment to restart with so that freed memory is overwritten, or None when
    there is nothing to do: already restarted (the mark also stops any loop), a developer
    chose an allocator (PYTHONMALLOC set), or not glibc (MALLOC_PERTURB_ is glibc's).
    PYTHONMALLOC=malloc sends every Python object to glibc's malloc instead of Python's own
    pools, which never overwrite a freed object; glibc's MALLOC_PERTURB_ then fills each
    freed chunk (client names, decrypted pages, key copies) with PERTURB_BYTE. Except chunks
    kept in glibc's per-thread cache (tcache), which skip that step: it is turned off, or
    client names survive (tests/store/test_memory_after_lock.py)."""
    if environ.get(REEXEC_MARK) or "PYTHONMALLOC" in environ or "MALLOC_PERTURB_" in environ:
        return None
    if sys.platform != "linux" or platform.libc_ver()[0] != "glibc":
        return None
    tunables = ":".join(filter(None, (environ.get("GLIBC_TUNABLES"), NO_TCACHE)))
    return {
        **environ,
        "PYTHONMALLOC": "malloc",
        "MALLOC_PERTURB_": PERTURB_BYTE,
        "GLIBC_TUNABLES": tunables,
        REEXEC_MARK: "1",
    }


def restart_with_scrubbing_allocator() -> None:
    """Replace this process (same PID, same open files) by itself under
    `scrubbing_allocator_env`, before any secret or client data is read. Carries on as is
    when that is not possible."""
    environment = scrubbing_allocator_env(os.environ)
    if environment is None or not sys.orig_argv:
        return
    try:
        os.execve(sys.executable, sys.orig_argv, environment)
    except OSError as exc:
        log.warning("Could not restart with the scrubbing allocator (%s)", type(exc).__name__)


def settle_keyring() -> None:
    """Run keyring's one-time backend discovery now, on a thread of its own. It keeps the
    traceback of each backend that fails to import (jaraco's ExceptionTrap), and a traceback
    keeps every frame that was running, with its local variables: done lazily at the first
    unlock, that was the unlock's own frames, passphrase and all, for the life of the process."""

    def discover() -> None:
        with contextlib.suppress(Exception):  # no keyring is reported later, where it matters
            import keyring

            keyring.get_keyring()

    worker = threading.Thread(target=discover, name="keyring discovery")
    worker.start()
    worker.join()
