"""Child process for the rekey kill -9 test. It imports the app once, then, for each line
"PROFILE<TAB>OLD<TAB>NEW" on standard input, forks a worker that runs the passphrase change
(`caseload passwd`'s code path). It prints "pid N" at once, "pending" when the worker has
written the pending header (so the parent can aim kills at the rekey itself), "rekeyed" when
the database is re-encrypted and the final header is about to be written, and "status S"
(the wait status) when the worker ends. Forking from one warm process keeps each round at the
cost of the change itself."""

import os
import sys
import time
from pathlib import Path

from app.store import lifecycle, rekey  # imported before any fork; no threads, no D-Bus yet

write_header = rekey.write_header


announced = {"pending": False, "rekeyed": False}


def _announced_write(path: Path, header: rekey.VaultHeader) -> None:
    if header.pending is None and announced["pending"] and not announced["rekeyed"]:
        # The database is re-encrypted, the final header not yet written: the parent can
        # aim a kill exactly here (the pause gives it time to land).
        announced["rekeyed"] = True
        print("rekeyed", flush=True)
        time.sleep(0.5)
    write_header(path, header)
    if header.pending is not None and not announced["pending"]:
        announced["pending"] = True
        print("pending", flush=True)


def _change(profile: str, old: str, new: str) -> None:
    rekey.write_header = _announced_write
    try:
        lifecycle.change_passphrase(Path(profile), old, new)
    except BaseException:
        os._exit(1)
    os._exit(0)


for line in sys.stdin:
    profile, old, new = line.rstrip("\n").split("\t")
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        _change(profile, old, new)
    print(f"pid {pid}", flush=True)
    print(f"status {os.waitpid(pid, 0)[1]}", flush=True)
