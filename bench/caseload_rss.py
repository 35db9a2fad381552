"""Resident memory of a process working with the caseload data set.

Run in a fresh interpreter: `python -m bench.caseload_rss DATASET_DIR encrypted|plaintext`.
It opens the vault (the real `Vault.open`, Argon2id included, or the plaintext twin), loads
the ids of every listed client (what the caseload list model holds), fetches five pages of
rows and runs five searches, then prints one JSON object: VmRSS after the imports and at the
end, and the peak (VmHWM), in MiB.
"""

from __future__ import annotations

import gc
import json
import random
import resource
import sys
from collections.abc import Sequence
from pathlib import Path

from app.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from app.services.search import search_everything
from bench.datacache import DataSet
from bench.dataset import NOW
from bench.notes_text import SEARCHES

PAGES, SEARCH_COUNT, PAGE = 5, 5, 100


def status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status, in MiB."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    # Elsewhere only the peak is known (ru_maxrss: KiB on Linux).
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def measure(root: Path, side: str) -> dict[str, float]:
    imports_mb = status_mb("VmRSS")
    dataset = DataSet(root)
    vault = dataset.open_encrypted() if side == "encrypted" else dataset.open_plaintext()
    try:
        with vault.session() as session:
            ids = caseload_ids(session, CaseloadQuery(), now=NOW)
        rng = random.Random(11)
        offsets = [0] + [rng.randrange(max(1, len(ids) - PAGE)) for _ in range(PAGES - 1)]
        for offset in offsets:
            with vault.session() as session:
                caseload_rows(session, ids[offset : offset + PAGE], now=NOW)
        for query in SEARCHES[:SEARCH_COUNT]:
            with vault.session() as session:
                search_everything(session, query)
        gc.collect()
        result = {
            "imports_mb": imports_mb,
            "rss_mb": status_mb("VmRSS"),
            "peak_mb": status_mb("VmHWM"),
            "clients": len(ids),  # keeps the id list alive until measured
        }
    finally:
        vault.lock()
    return result


def main(argv: Sequence[str]) -> int:
    root, side = Path(argv[0]), argv[1]
    if side not in ("encrypted", "plaintext"):
        raise SystemExit("usage: python -m bench.caseload_rss DATASET_DIR encrypted|plaintext")
    print(json.dumps(measure(root, side)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
