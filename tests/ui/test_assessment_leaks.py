"""No plaintext at rest, for assessments: the canary typed into the assessment form (needs,
the client's own words, a new safety flag), saved, and read back on screen, is on no disk:
not in the vault's folder, HOME, the XDG folders, TMPDIR, the private temporary folder or the
working directory. The app runs in a sandboxed child process (tests/ui/assessment_child.py),
as the printing leak tests do; every file there is scanned (tests/leakscan.py)."""

from __future__ import annotations

from pathlib import Path

from tests.leakscan import scan
from tests.ui.printing.test_print_leaks import PLACES, run_in_sandbox, sandbox  # noqa: F401

CANARY = "Zqxassessfirst Vmwassesslast"


def test_an_assessment_leaves_the_canary_on_no_disk(
    sandbox: dict[str, Path],  # noqa: F811 - the fixture imported above
) -> None:
    report = run_in_sandbox("tests.ui.assessment_child", sandbox, CANARY)
    assert report == {"saved": True, "shown": True, "flagged": True, "left": []}
    files = [p for name in PLACES for p in sandbox[name].rglob("*") if p.is_file()]
    assert any(p.name == "vault.db" or p.suffix == ".db" for p in files), files  # it was there
    assert scan([sandbox[name] for name in (*PLACES, "runtime")], CANARY) == []
