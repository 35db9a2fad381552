"""Wrong passphrases in a row: counted on disk, so the back-off survives a restart, and
authenticated, so the count cannot be edited down or deleted to start again.

The tally (failures in a row, time of the last one, a write sequence number) is kept twice:
- `unlock-attempts.json` next to vault.json, with an HMAC-SHA256 keyed from the device secret
  (an edited file fails the check);
- the same signed text in the OS keyring, next to the device secret (the witness): deleting
  the file, or putting back an older copy of it, does not lower the count, because the copy
  with the higher sequence number wins and the keyring's is always the latest.
A tally that fails its check is treated as the maximum (only office recovery opens the
vault), never as zero. A passphrase-only vault has no device secret and no keyring: its file
is unsigned (anyone who can copy that vault can guess offline anyway; the UI says so).

Back-off: the first FREE_FAILURES wrong passphrases cost nothing; after that each waits twice
as long (1, 2, 4, ... s, at most CAP_SECONDS); after MAX_FAILURES in a row the passphrase is
no longer tried at all until the office recovers the vault (`caseload recover`, which calls
`reset`). A right passphrase resets the count.
"""

from __future__ import annotations

import hmac
import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from hashlib import sha256
from pathlib import Path

from app.store.device_secret import SecretStore, load_secret, purpose_key
from app.store.errors import UnlockRefused, WrongPassphrase
from app.store.header import VaultHeader, write_private_file

FILE_NAME = "unlock-attempts.json"
WITNESS_SUFFIX = "/unlock-attempts"  # keyring account: vault id + this
MAC_PURPOSE = b"caseload unlock attempts v1"
FREE_FAILURES = 3
MAX_FAILURES = 10
CAP_SECONDS = 300
RECOVER = "Ask your office to restore access with the office recovery key (caseload recover)."
LOCKED_OUT = (
    f"This vault no longer opens with a passphrase: {MAX_FAILURES} wrong passphrases were "
    f"typed in a row. {RECOVER}"
)
TAMPERED = (
    "The record of wrong passphrases on this laptop was altered or removed, so the vault no "
    f"longer opens with a passphrase. {RECOVER}"
)
WAIT = "Too many wrong passphrases. Wait {seconds} before trying again."
NEXT_WAIT = "Too many wrong passphrases: wait {seconds} before the next try."


def _seconds(count: int) -> str:
    return f"{count} second" if count == 1 else f"{count} seconds"


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases in a row: 0, 0, 0, 1, 2, 4, ..."""
    if failures <= FREE_FAILURES:
        return 0
    return min(1 << (failures - FREE_FAILURES - 1), CAP_SECONDS)


@dataclass(frozen=True)
class Tally:
    failures: int = 0
    last_failure_at: float = 0.0  # wall clock: a restart or a suspend does not reset it
    seq: int = 0  # grows with every write; the higher of file and witness is the latest
    tampered: bool = False

    @property
    def recovery_only(self) -> bool:
        return self.tampered or self.failures >= MAX_FAILURES

    def wait_seconds(self, now: float) -> int:
        """Whole seconds left before the next attempt (a clock set back does not shorten it)."""
        elapsed = max(now - self.last_failure_at, 0.0)
        return max(int(delay_after(self.failures) - elapsed + 0.999), 0)


class AttemptCounter:
    """The tally of one vault; `now` is the wall clock (seconds since the epoch)."""

    def __init__(
        self,
        root: Path,
        header: VaultHeader,
        store: SecretStore | None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(root) / FILE_NAME
        self.vault_id = header.vault_id
        self._store = store if header.uses_device_secret else None
        self._now = now

    # -- reading --------------------------------------------------------------------------
    def read(self) -> Tally:
        """The latest tally; the maximum when either copy fails its check."""
        key = self._mac_key()
        copies = [self._parse(text, key) for text in (self._read_file(), self._read_witness())]
        if any(copy is not None and copy.tampered for copy in copies):
            return Tally(failures=MAX_FAILURES, tampered=True)
        present = [copy for copy in copies if copy is not None]
        return max(present, key=lambda copy: copy.seq) if present else Tally()

    def check(self) -> Tally:
        """Raise UnlockRefused when the passphrase may not be tried now."""
        tally = self.read()
        if tally.recovery_only:
            raise UnlockRefused(TAMPERED if tally.tampered else LOCKED_OUT, recovery_only=True)
        seconds = tally.wait_seconds(self._now())
        if seconds > 0:
            raise UnlockRefused(WAIT.format(seconds=_seconds(seconds)), wait_seconds=seconds)
        return tally

    def status(self) -> tuple[int, bool]:
        """(seconds before a passphrase may be tried, whether only office recovery helps)."""
        tally = self.read()
        return tally.wait_seconds(self._now()), tally.recovery_only

    # -- writing --------------------------------------------------------------------------
    def record_failure(self, tally: Tally) -> Tally:
        failed = Tally(tally.failures + 1, self._now(), tally.seq + 1)
        self._write(failed)
        return failed

    def record_success(self, tally: Tally) -> None:
        if tally.failures:
            self._write(replace(tally, failures=0, seq=tally.seq + 1))

    def reset(self) -> None:
        """After office recovery (possibly with a new device secret): start from zero, over
        whatever was there, tampered or not."""
        seqs = [_seq_of(text) for text in (self._read_file(), self._read_witness())]
        self._write(Tally(seq=max(seqs) + 1))

    def _write(self, tally: Tally) -> None:
        text = self._sign(tally, self._mac_key())
        write_private_file(self.path, text.encode())
        if self._store is not None:
            self._store.put(self.vault_id + WITNESS_SUFFIX, text.encode())

    # -- the two copies -------------------------------------------------------------------
    def _mac_key(self) -> bytes | None:
        if self._store is None:
            return None
        return purpose_key(load_secret(self._store, self.vault_id), MAC_PURPOSE)

    def _read_file(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError):
            return ""  # unreadable: fails the check below

    def _read_witness(self) -> str | None:
        if self._store is None:
            return None
        raw = self._store.get(self.vault_id + WITNESS_SUFFIX)
        return raw.decode("utf-8", errors="replace") if raw is not None else None

    def _sign(self, tally: Tally, key: bytes | None) -> str:
        record = {
            "vault_id": self.vault_id,
            "failures": tally.failures,
            "last_failure_at": tally.last_failure_at,
            "seq": tally.seq,
        }
        return json.dumps({"record": record, "mac": _mac(key, record)}, sort_keys=True)

    def _parse(self, text: str | None, key: bytes | None) -> Tally | None:
        """None when absent; a `tampered` tally when it does not check out."""
        if text is None:
            return None
        try:
            body = json.loads(text)
            record = body["record"]
            valid = hmac.compare_digest(str(body["mac"]), _mac(key, record))
            if valid and record["vault_id"] == self.vault_id:
                return Tally(
                    int(record["failures"]), float(record["last_failure_at"]), int(record["seq"])
                )
        except (ValueError, TypeError, KeyError):
            pass
        return Tally(tampered=True)


def _mac(key: bytes | None, record: dict[str, object]) -> str:
    if key is None:
        return ""  # a passphrase-only vault: nothing to key it with (see the module doc)
    canonical = json.dumps(record, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, canonical, sha256).hexdigest()


def _seq_of(text: str | None) -> int:
    try:
        return int(json.loads(text or "")["record"]["seq"])
    except (ValueError, TypeError, KeyError):
        return 0


@contextmanager
def counted(counter: AttemptCounter) -> Iterator[None]:
    """Around one unlock by passphrase: refuse it while backing off; count a wrong passphrase
    (and say how long the next one must wait); reset the count on success."""
    tally = counter.check()
    try:
        yield
    except WrongPassphrase as error:
        failed = counter.record_failure(tally)
        raise _with_wait(str(error), failed) from error
    counter.record_success(tally)


def _with_wait(message: str, failed: Tally) -> WrongPassphrase:
    if failed.recovery_only:
        return WrongPassphrase(f"{message} {LOCKED_OUT}", recovery_only=True)
    seconds = delay_after(failed.failures)
    if seconds == 0:
        return WrongPassphrase(message)
    wait = NEXT_WAIT.format(seconds=_seconds(seconds))
    return WrongPassphrase(f"{message} {wait}", wait_seconds=seconds)
