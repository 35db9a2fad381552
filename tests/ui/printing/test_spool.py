"""The private temporary directory: 0700, ours, on a memory-backed file system, emptied; and
TMPDIR points at it once the GUI has started."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from app.ui.printing import spool
from app.ui.printing.spool import UnsafeTempDir, empty_temp_dir, private_temp_dir

ROOT = Path(__file__).resolve().parents[3]
OWN = f"caseload-{os.getuid()}"


def test_private_dir_is_0700_ours_and_in_memory(memory_base: Path) -> None:
    path = private_temp_dir(memory_base)
    info = path.lstat()
    assert path == memory_base / OWN
    assert stat.S_IMODE(info.st_mode) == 0o700 and info.st_uid == os.getuid()
    assert spool.file_system_type(path) in spool.MEMORY_FILE_SYSTEMS
    assert spool.is_memory_backed(path)


def test_an_existing_dir_of_ours_is_tightened(memory_base: Path) -> None:
    (memory_base / OWN).mkdir(mode=0o755)
    assert stat.S_IMODE(private_temp_dir(memory_base).lstat().st_mode) == 0o700


def test_a_symlink_is_refused(memory_base: Path, tmp_path: Path) -> None:
    os.chmod(tmp_path, 0o755)
    (memory_base / OWN).symlink_to(tmp_path, target_is_directory=True)
    with pytest.raises(UnsafeTempDir):
        private_temp_dir(memory_base)
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755  # the target is left alone


def test_a_file_in_its_place_is_refused(memory_base: Path) -> None:
    (memory_base / OWN).write_text("not a folder")
    with pytest.raises(UnsafeTempDir):
        private_temp_dir(memory_base)


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a folder away needs root")
def test_a_dir_owned_by_another_user_is_refused(memory_base: Path) -> None:
    planted = memory_base / OWN
    planted.mkdir(mode=0o700)
    os.chown(planted, 65534, 65534)  # nobody
    with pytest.raises(UnsafeTempDir):
        private_temp_dir(memory_base)


def test_base_is_the_runtime_dir_only_when_it_is_in_memory(
    memory_base: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(memory_base))
    assert spool.memory_backed_base() == memory_base
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # on disk: not good enough
    assert spool.file_system_type(tmp_path) not in spool.MEMORY_FILE_SYSTEMS
    assert spool.memory_backed_base() == spool.SHARED_MEMORY
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert spool.memory_backed_base() == spool.SHARED_MEMORY


def test_confine_points_every_temp_path_at_it_and_empties_it(
    memory_base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    leftover = memory_base / OWN
    leftover.mkdir(mode=0o700)
    (leftover / "qt_temp.job").write_bytes(b"left by a crash")
    (leftover / "nested").mkdir()
    (leftover / "nested" / "page.png").write_bytes(b"x")
    monkeypatch.setattr(spool, "_confined", None)
    monkeypatch.setattr(tempfile, "tempdir", None)
    for name in spool.TEMP_VARIABLES:
        monkeypatch.setenv(name, "/tmp")
    path = spool.confine_temp_files(memory_base)
    assert path == leftover and list(path.iterdir()) == []
    assert all(os.environ[name] == str(path) for name in spool.TEMP_VARIABLES)
    assert tempfile.gettempdir() == str(path)
    assert QDir.tempPath() == str(path)  # what Qt's print engine uses
    assert spool.confined_dir() == path


def test_empty_removes_everything_inside_but_never_follows_links(
    confined: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("not ours to remove")
    (confined / "job.pdf").write_bytes(b"%PDF")
    (confined / "deep" / "deeper").mkdir(parents=True)
    (confined / "deep" / "deeper" / "page").write_bytes(b"x")
    (confined / "link").symlink_to(outside, target_is_directory=True)
    empty_temp_dir()
    assert list(confined.iterdir()) == []
    assert (outside / "keep.txt").exists()


def test_empty_without_confinement_touches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spool, "_confined", None)
    empty_temp_dir()  # nothing chosen: nothing of ours to remove


PROBE = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QDir, QTimer
from PySide6.QtWidgets import QApplication
from app.ui.bootstrap import run_gui

def poll():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if not windows:
        QTimer.singleShot(20, poll)
        return
    print("tmpdir", os.environ["TMPDIR"], "qt", QDir.tempPath(), flush=True)
    Path(QDir.tempPath(), "qt_print_job").write_bytes(b"a job in flight")
    for window in windows:
        window.close()

QTimer.singleShot(0, poll)
QTimer.singleShot(8000, QCoreApplication.quit)
print("exit", run_gui(Path(sys.argv[1])), flush=True)
"""


def test_the_gui_confines_temp_files_and_empties_them_at_exit(
    memory_base: Path, profile: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(memory_base))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(profile)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    private = memory_base / OWN
    assert f"tmpdir {private} qt {private}" in result.stdout
    assert "exit 0" in result.stdout
    assert list(private.iterdir()) == []
