"""No plaintext at rest, for the safety section: the canary typed into the safety plan (the
client's words) and a mandated report (what was disclosed), saved and read back on screen,
is on no disk. The app runs in a sandboxed child process (tests/ui/safety_child.py); every
file there is scanned (tests/leakscan.py)."""

from __future__ import annotations

from pathlib import Path

from tests.leakscan import scan
from tests.ui.printing.test_print_leaks import PLACES, run_in_sandbox, sandbox  # noqa: F401

CANARY = "Zqxsafetyfirst Vmwsafetylast"


def test_a_safety_plan_and_report_leave_the_canary_on_no_disk(
    sandbox: dict[str, Path],  # noqa: F811 - the fixture imported above
) -> None:
    report = run_in_sandbox("tests.ui.safety_child", sandbox, CANARY)
    assert report == {"saved": True, "shown": True, "left": []}
    files = [p for name in PLACES for p in sandbox[name].rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" or p.suffix == ".db" for p in files), files  # it was there
    assert scan([sandbox[name] for name in (*PLACES, "runtime")], CANARY) == []
