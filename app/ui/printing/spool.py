"""The private temporary directory that Qt's print engine, libcups and `tempfile` write into.

Qt's print engine (and libcups under it) spools a rendered job to a temporary file in
`$TMPDIR` before handing it to the print system. That file holds the document, so the app
points `TMPDIR` (and `TEMP`/`TMP`) at a directory of its own before Qt starts:

- on a memory-backed file system (`$XDG_RUNTIME_DIR` when it is tmpfs, else `/dev/shm`), so a
  job never reaches a disk block, not even one freed later;
- `0700`, owned by us, never a symlink: a directory planted by someone else is refused;
- emptied at start (leftovers of a crash), after each job is handed over, and at exit.

Where no memory-backed file system exists (macOS, Windows) it is a private directory inside
the per-user temporary directory, which the deployment's full-disk encryption covers
(docs/SECURITY.md, residual risks). See docs/decisions.md, "Printing".
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

MEMORY_FILE_SYSTEMS = frozenset({"tmpfs", "ramfs"})
SHARED_MEMORY = Path("/dev/shm")
TEMP_VARIABLES = ("TMPDIR", "TEMP", "TMP")

_confined: Path | None = None  # set by confine_temp_files(); emptied by empty_temp_dir()


class UnsafeTempDir(RuntimeError):
    """The private temporary directory exists but is not ours alone, or none can be made."""


def _owner_tag() -> str:
    """The current user's id for the directory name (a name where there are no uids)."""
    return str(os.getuid()) if hasattr(os, "getuid") else getpass.getuser()


def file_system_type(path: Path) -> str | None:
    """The type of the file system holding `path`, from /proc/mounts (None where there is
    none). The longest mount point that contains the path wins."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    resolved, best, kind = path.resolve(), "", None
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if resolved.is_relative_to(point) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind


def is_memory_backed(path: Path) -> bool:
    return path.is_dir() and file_system_type(path) in MEMORY_FILE_SYSTEMS


def memory_backed_base() -> Path | None:
    """`$XDG_RUNTIME_DIR` when it is on tmpfs/ramfs, else `/dev/shm` when it is; else None."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    for candidate in ([Path(runtime)] if runtime else []) + [SHARED_MEMORY]:
        if is_memory_backed(candidate):
            return candidate
    return None


def _default_base() -> Path:
    base = memory_backed_base()
    if base is not None:
        return base
    if sys.platform.startswith("linux"):  # Linux always has /dev/shm; its absence is suspect
        raise UnsafeTempDir(
            QCoreApplication.translate(
                "Printing", "No memory-backed file system for temporary print files."
            )
        )
    return Path(tempfile.gettempdir())  # macOS, Windows: covered by full-disk encryption


def _check_ours(path: Path) -> None:
    """Refuse a symlink, a non-directory, or a directory owned by another user."""
    info = path.lstat()
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise UnsafeTempDir(
            QCoreApplication.translate(
                "Printing", "{path} is not a plain directory; refusing to use it."
            ).format(path=path)
        )
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise UnsafeTempDir(
            QCoreApplication.translate(
                "Printing", "{path} belongs to another user; refusing to use it."
            ).format(path=path)
        )


def private_temp_dir(base: Path | None = None) -> Path:
    """`<base>/caseload-<uid>`, created 0700 if missing; `base` defaults to the memory-backed
    file system (see memory_backed_base)."""
    path = (base or _default_base()) / f"caseload-{_owner_tag()}"
    with contextlib.suppress(FileExistsError):  # then it must be ours, real, and private
        path.mkdir(mode=0o700)
    _check_ours(path)
    if stat.S_IMODE(path.lstat().st_mode) != 0o700:
        os.chmod(path, 0o700)  # ours, but too open (an old umask): tighten rather than refuse
    return path


def confine_temp_files(base: Path | None = None) -> Path:
    """Point TMPDIR, TEMP, TMP and `tempfile` at the private directory and empty it.

    Call once at GUI start, before the QApplication exists: Qt's print engine and libcups
    read `TMPDIR` when they make a file, `tempfile` caches its choice on first use."""
    global _confined
    path = private_temp_dir(base)
    for name in TEMP_VARIABLES:
        os.environ[name] = str(path)
    tempfile.tempdir = str(path)
    _confined = path
    empty_temp_dir(path)
    return path


def confined_dir() -> Path | None:
    """The directory confine_temp_files() chose, if it was called."""
    return _confined


def empty_temp_dir(path: Path | None = None) -> None:
    """Remove everything inside the private directory (not the directory itself).

    Symlinks are removed, never followed. Without `path`: the confined directory, or nothing
    when confine_temp_files() was never called (then there is nothing of ours to remove)."""
    target = path or _confined
    if target is None or not target.is_dir():
        return
    _check_ours(target)
    with os.scandir(target) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):  # its owner was quicker
                    os.unlink(entry.path)
