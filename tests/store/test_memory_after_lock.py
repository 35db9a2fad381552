"""After lock, the process's memory holds neither the database key (raw or hex), the
passphrase, nor a client's name; and other processes of the user cannot read it at all.

A real worker session runs in a child process (tests/store/memory_child.py) under the
environment the app restarts itself with (app/hardening.py: PYTHONMALLOC=malloc and glibc's
MALLOC_PERTURB_). The parent, not the child, scans the child's memory through /proc/PID/maps
and /proc/PID/mem: a scan from inside would put the very bytes it looks for into the memory
it scans. Linux only.
"""

from __future__ import annotations

import os
import secrets
import shutil
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.hardening import scrubbing_allocator_env
from tests.cli.helpers import ROOT
from tests.leakscan import needles

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/PID/mem")
CHUNK = 16 * 1024 * 1024
KEY_BYTES = 32


def _letters(count: int) -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(count))


def _scrubbing_env() -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONMALLOC", "MALLOC_PERTURB_")}
    env = scrubbing_allocator_env(base)
    assert env is not None, "glibc is needed for MALLOC_PERTURB_"
    return env


def _readable_regions(pid: int) -> Iterator[tuple[int, int]]:
    for line in Path(f"/proc/{pid}/maps").read_text().splitlines():
        span, perms = line.split()[:2]
        if perms.startswith("r"):
            start, end = (int(part, 16) for part in span.split("-"))
            yield start, end


def _count(data: bytes, needle: bytes, limit: int) -> int:
    """Occurrences of `needle` in `data` that start before `limit`."""
    found, at = 0, data.find(needle)
    while 0 <= at < limit:
        found, at = found + 1, data.find(needle, at + 1)
    return found


def count_in_memory(pid: int, wanted: dict[str, bytes]) -> dict[str, int]:
    """How often each needle occurs in the readable memory of process `pid`."""
    counts = dict.fromkeys(wanted, 0)
    overlap = max(len(needle) for needle in wanted.values()) - 1
    fd = os.open(f"/proc/{pid}/mem", os.O_RDONLY)
    try:
        for start, end in _readable_regions(pid):
            for offset in range(start, end, CHUNK):
                try:
                    data = os.pread(fd, min(CHUNK + overlap, end - offset), offset)
                except OSError:  # [vvar] and the like cannot be read; they hold no data
                    break
                limit = min(CHUNK, end - offset)
                for name, needle in wanted.items():
                    counts[name] += _count(data, needle, limit)
    finally:
        os.close(fd)
    return counts


def run_session_and_scan(profile: Path, mode: str) -> dict[str, int]:
    passphrase = f"Quokka {_letters(8)} lantern {_letters(6)}"
    first, last = "Zqx" + _letters(10), "Vmw" + _letters(10)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.store.memory_child", str(profile), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=_scrubbing_env(),
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(f"{passphrase}\n{first}\n{last}\n".encode())
        child.stdin.flush()
        key = child.stdout.read(KEY_BYTES)
        assert child.stdout.readline() == b"READY\n", "the child session failed"
        return count_in_memory(child.pid, _wanted(key, passphrase, first, last))
    finally:
        child.stdin.close()
        child.wait(timeout=60)


def _wanted(key: bytes, passphrase: str, first: str, last: str) -> dict[str, bytes]:
    assert len(key) == KEY_BYTES
    found = {
        "key": key,
        "key hex": key.hex().encode(),
        "key HEX": key.hex().upper().encode(),
        "passphrase utf-8": passphrase.encode(),
        "passphrase utf-16-le": passphrase.encode("utf-16-le"),
    }
    for name in (first, last):
        found.update({f"canary {name[:3]} {i}": needle for i, needle in enumerate(needles(name))})
    return found


def test_memory_after_lock_holds_no_key_passphrase_or_client_name(tmp_path: Path) -> None:
    counts = run_session_and_scan(tmp_path / "profile", "after-lock")
    assert {name: n for name, n in counts.items() if n} == {}


def test_the_scan_finds_each_secret_while_it_is_held(tmp_path: Path) -> None:
    """Negative control: the same session and scan, but the child keeps the key (raw and
    hex), the passphrase (UTF-8 and UTF-16) and the client in memory, unlocked."""
    counts = run_session_and_scan(tmp_path / "profile", "control")
    for name in ("key", "key hex", "key HEX", "passphrase utf-8", "passphrase utf-16-le"):
        assert counts[name] > 0, name
    assert sum(n for name, n in counts.items() if name.startswith("canary")) > 0


# -- non-dumpable -------------------------------------------------------------------------
# make_undumpable needs nothing but the standard library (app/hardening.py imports no more).
TARGET = "import os; from app.hardening import {0}; {0}(); os.write(1, b'R'); os.read(0, 1)"
READER = "import sys; open('/proc/' + sys.argv[1] + '/mem', 'rb').close()"


def _as_same_user() -> tuple[str, dict[str, object]]:
    """Root may read any process; the threat is another process of the worker's own user.
    So under root both processes run as `nobody`, with the system's Python (the project's
    may sit in root's home), which needs only the standard library here."""
    if os.geteuid() != 0:
        return sys.executable, {}
    system_python = shutil.which("python3", path="/usr/bin:/bin")
    if system_python is None:
        pytest.skip("running as root without a system python3 to run as nobody")
    return system_python, {"user": 65534, "group": 65534, "extra_groups": []}


def _reader_can_open(hardening: str) -> bool:
    python, user = _as_same_user()
    target = subprocess.Popen(
        [python, "-c", TARGET.format(hardening)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        **user,  # type: ignore[arg-type]
    )
    assert target.stdin is not None and target.stdout is not None
    try:
        assert target.stdout.read(1) == b"R"
        reader = subprocess.run(
            [python, "-c", READER, str(target.pid)],
            capture_output=True,
            **user,  # type: ignore[arg-type]
        )
        return reader.returncode == 0
    finally:
        target.stdin.close()
        target.wait(timeout=30)


def test_other_processes_of_the_user_cannot_read_the_apps_memory() -> None:
    assert _reader_can_open("is_dumpable")  # control: not hardened, so readable
    assert not _reader_can_open("make_undumpable")
