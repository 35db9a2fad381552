"""The installable Linux bundle: packaging/build-linux.sh builds the .deb, its contents are
unpacked as dpkg would install them, and the installed program creates a vault with the real
keyring and starts on a private X server as far as the unlock screen (a fresh profile)."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

import pytest

from bench.startup import create_vault, seconds_to_unlock_screen, virtual_display

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(1200)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = subprocess.run(
        ["bash", "packaging/build-linux.sh", "--no-setup"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1100,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    (deb,) = (ROOT / "dist").glob("caseload_*_amd64.deb")
    root = tmp_path_factory.mktemp("installed")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def test_the_package_installs_a_launcher_an_icon_and_the_program(installed: Path):
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(installed / "usr/share/applications/caseload.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "caseload" and desktop["Icon"] == "caseload"
    assert (installed / "usr/share/icons/hicolor/scalable/apps/caseload.svg").is_file()
    assert (installed / "usr/bin/caseload").readlink() == Path("/opt/caseload/caseload")
    version = subprocess.run(
        [installed / "opt/caseload/caseload", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.startswith("caseload ")


def test_the_installed_program_reaches_the_unlock_screen(installed: Path, tmp_path: Path):
    program = [str(installed / "opt/caseload/caseload")]
    profile = tmp_path / "profile"
    create_vault(program, profile)  # migrations, Argon2, the keyring: all from the bundle
    assert (profile / "vault.json").is_file()
    with virtual_display() as display:
        seconds = seconds_to_unlock_screen(program, profile, display)
    assert seconds < 60
