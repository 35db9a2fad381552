"""startup: from launch to the unlock screen, run from source and from the built bundle.

Each run starts the real app on a private X server (Xvfb) with a fresh vault and stops the
clock when X shows the locked window (its title says so: app/ui/main_window.py). The bundle
is packaging/build-linux.sh's unpacked folder (build/bundle/dist/caseload); without it only
the source start is measured. The tests use the same launcher (tests/packaging/).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter, sleep

from bench.harness import Metric, Params, benchmark, median, progress, scratch_dir

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "build" / "bundle" / "dist" / "caseload"
# Qt shows a window title as "<title> — <application name>".
LOCKED_TITLE = "Locked — Caseload"
SOURCE = [sys.executable, "-m", "app"]
PASSPHRASE = "benchmark harbour lantern quietly"


@contextmanager
def virtual_display(size: str = "1366x768x24") -> Iterator[str]:
    """A private X server on a free display number; yields its DISPLAY once it answers."""
    for _ in range(5):
        display = f":{random.randrange(100, 900)}"
        server = subprocess.Popen(
            ["Xvfb", display, "-screen", "0", size, "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            if _answers(display, server):
                yield display
                return
        finally:
            server.terminate()
            server.wait(10)
    raise RuntimeError("no X server could be started (Xvfb)")


def _answers(display: str, server: subprocess.Popen[bytes], timeout: float = 20.0) -> bool:
    """Whether the new server accepts clients (False: it stopped, e.g. the number was taken)."""
    start = perf_counter()
    while perf_counter() - start < timeout and server.poll() is None:
        probe = ["xwininfo", "-root", "-display", display]
        if subprocess.run(probe, capture_output=True, check=False).returncode == 0:
            return True
        sleep(0.05)
    return False


def window_titles(display: str) -> list[str]:
    listing = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    names = re.findall(r'^\s*0x[0-9a-f]+ "(.*)":', listing, flags=re.MULTILINE)
    # xwininfo writes non-ASCII bytes as octal escapes ("\\342\\200\\224" for an em dash).
    return [_unescaped(name) for name in names]


def _is_locked_title(title: str) -> bool:
    """The dash between the parts comes as "?" when X's legacy WM_NAME cannot hold it."""
    first, _, last = LOCKED_TITLE.partition(" — ")
    return title.startswith(first) and title.endswith(last)


def _unescaped(name: str) -> str:
    raw = name.encode("latin-1", "replace").decode("unicode_escape").encode("latin-1", "replace")
    return raw.decode("utf-8", "replace")


def app_environment(display: str) -> dict[str, str]:
    """English and X11, whatever the machine's settings, so the title is the expected one."""
    return {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "LANGUAGE": "en",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
    }


def create_vault(command: list[str], profile: Path) -> None:
    """A fresh vault through the same program (its CLI), passphrase on standard input."""
    subprocess.run(
        [*command, "init", "--profile", str(profile), "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        text=True,
        capture_output=True,
        check=True,
        timeout=120,
    )


def seconds_to_unlock_screen(
    command: list[str], profile: Path, display: str, timeout: float = 90.0
) -> float:
    """Launch the desktop app and wait for its locked window; the app is stopped after."""
    start = perf_counter()
    app = subprocess.Popen(
        [*command, "--profile", str(profile)],
        env=app_environment(display),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        while perf_counter() - start < timeout:
            if any(_is_locked_title(title) for title in window_titles(display)):
                return perf_counter() - start
            if app.poll() is not None:
                said = app.stderr.read() if app.stderr else ""
                raise RuntimeError(f"the app exited ({app.returncode}): {said}")
            sleep(0.05)
        raise TimeoutError(f"no '{LOCKED_TITLE}' window within {timeout:.0f} s")
    finally:
        app.terminate()
        app.wait(20)


def folder_mb(folder: Path) -> float:
    # lstat, symlinks skipped: the Qt libraries are linked under two names each
    return (
        sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink() and p.is_file())
        / 1e6
    )


def _median_start(command: list[str], runs: int, label: str) -> float:
    with scratch_dir("startup") as scratch, virtual_display() as display:
        profile = scratch / "profile"
        create_vault(command, profile)
        times = []
        for run in range(runs):
            times.append(seconds_to_unlock_screen(command, profile, display))
            progress(f"startup {label}: run {run + 1}/{runs} {times[-1]:.2f} s")
        return median(times)


@benchmark(
    "startup",
    "launch to the unlock screen: source install and the built bundle",
    target="bundle start within 1.5x the source start; record the bundle size",
    params={"runs": 5, "bundle": 1},
    smoke={"runs": 1, "bundle": 0},
    quick=False,
    rank=90,
)
def startup(params: Params) -> Iterator[Metric]:
    source_s = _median_start(SOURCE, params["runs"], "source")
    yield {"name": "startup_source", "p50_ms": round(source_s * 1000)}
    program = BUNDLE / "caseload"
    if not params["bundle"]:
        return
    if not program.exists():
        progress("startup: no bundle (run packaging/build-linux.sh); source only")
        return
    bundle_s = _median_start([str(program)], params["runs"], "bundle")
    yield {
        "name": "startup_bundle",
        "p50_ms": round(bundle_s * 1000),
        "vs_source_ratio": round(bundle_s / source_s, 2),
        "bundle_folder_mb": round(folder_mb(BUNDLE), 1),
    }
