"""Child process for tests/store/test_memory_after_lock.py: a worker's session, then a pause
while the parent reads this process's memory.

Reads "passphrase\\nfirst name\\nlast name\\n" on stdin (into a bytearray, so the only str
copies are the ones a UI would hold), creates a vault, locks it, unlocks it again, adds a
client through the services and reads it back, writes the raw database key (32 bytes) to
stdout, locks, drops what a UI would drop, collects garbage, writes READY and waits until
stdin closes. The locked Vault object is kept, as the app keeps it.

argv: PROFILE MODE, where MODE is
- "after-lock": the real sequence above;
- "control": no lock, and every form the parent looks for is kept alive on purpose (the key,
  its hex in both cases, the passphrase in UTF-8 and UTF-16-LE, the canary), to prove that
  the scan finds each of them.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
from pathlib import Path

from app.hardening import PR_SET_DUMPABLE, harden_process
from app.services.caseload import CaseloadQuery, caseload_ids
from app.services.intake import create_client
from app.services.intake_rules import ClientDetails
from app.services.records import get_client_record
from app.services.vaults import Vault, create_vault, open_vault
from app.store.secrets import scrub

KEPT: list[object] = []  # control mode only


def read_inputs() -> tuple[str, str, str]:
    """Three lines from stdin, as the str objects a form's fields would give."""
    buffer = bytearray(512)
    view, size, ends = memoryview(buffer), 0, []
    while len(ends) < 3:
        size += os.readv(0, [view[size:]])
        ends = [i for i in range(size) if buffer[i] == ord("\n")]
    starts = [0, ends[0] + 1, ends[1] + 1]
    # str(buffer, codec) decodes straight from the bytearray: no bytes copy is left behind.
    fields = [str(view[start:end], "utf-8") for start, end in zip(starts, ends, strict=False)]
    view.release()
    scrub(buffer)
    return fields[0], fields[1], fields[2]


def worker_session(profile: Path, control: bool) -> Vault:
    passphrase, first, last = read_inputs()
    create_vault(profile, passphrase, "Alex Rivera").lock()
    vault = open_vault(profile, passphrase)
    with vault.session() as session:
        create_client(session, ClientDetails(first, last), vault.owner_id)
    with vault.session() as session:
        found = caseload_ids(session, CaseloadQuery(search=first))
        record = get_client_record(session, found[0])
    assert record.legal_name.startswith(first)
    with vault.database_key() as key:
        os.write(1, key.view())
        if control:
            raw = bytes(key.view())
            KEPT.extend([raw, raw.hex(), raw.hex().upper(), passphrase.encode("utf-16-le")])
    if control:
        KEPT.extend([passphrase, record])
    return vault


def main() -> None:
    profile, mode = Path(sys.argv[1]), sys.argv[2]
    harden_process()  # as the app does at start: non-dumpable, no core dumps
    vault = worker_session(profile, control=mode == "control")
    if mode != "control":
        vault.lock()
    gc.collect()
    # Test-only: harden_process made this process non-dumpable, which (for a user other than
    # root) closes /proc/PID/mem to the parent too. Opened again here, and only here, so the
    # parent can read what an attacker with the user's rights would read without it.
    libc = ctypes.CDLL(None)
    libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    os.write(1, b"READY\n")
    os.read(0, 1)  # until the parent has looked
    KEPT.append(vault)


if __name__ == "__main__":
    main()
