"""The repository explains itself: no tracked file sends the reader to a design document
outside it (docs/ARCHITECTURE.md, docs/SECURITY.md, docs/sync-protocol.md and
docs/decisions.md are the places to point at)."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A design document kept outside the repository, however it is named or reached.
OUTSIDE = re.compile(r"DESIGN\.md|DESIGN §|\.\./shared")
THIS_FILE = Path(__file__).resolve().relative_to(ROOT).as_posix()


def _tracked_sources() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py", "*.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return [name for name in listed.stdout.splitlines() if name != THIS_FILE]


def citations_outside(names: list[str]) -> list[str]:
    found = []
    for name in names:
        path = ROOT / name
        if not path.is_file():  # deleted in the working tree, not yet in the index
            continue
        for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_the_check_sees_a_citation(tmp_path):
    cited = tmp_path / "cited.md"
    cited.write_text("The floor of DESIGN.md §3.\nSee ../shared/notes.\nPlain line.\n")
    assert len(citations_outside([str(cited)])) == 2


def test_no_file_cites_a_design_document_outside_the_repo():
    names = _tracked_sources()
    assert len(names) > 100, "git ls-files found too few files: is this a checkout?"
    assert citations_outside(names) == []
