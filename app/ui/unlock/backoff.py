"""Back-off after failed unlock attempts: a few free tries, then 2, 4, 8 … seconds."""

from __future__ import annotations

FREE_ATTEMPTS = 3
BASE_SECONDS = 2
CAP_SECONDS = 15 * 60
ASK_OFFICE_AFTER = 5


class Backoff:
    """Counts failures in memory (a restart resets it; the key derivation still costs time)."""

    def __init__(
        self, free_attempts: int = FREE_ATTEMPTS, base: int = BASE_SECONDS, cap: int = CAP_SECONDS
    ) -> None:
        self.free_attempts = free_attempts
        self.base = base
        self.cap = cap
        self.failures = 0

    def record_failure(self) -> int:
        """Count one failure; returns how many seconds to wait before the next try."""
        self.failures += 1
        return self.delay()

    def delay(self) -> int:
        if self.failures < self.free_attempts:
            return 0
        return min(self.base * 2 ** (self.failures - self.free_attempts), self.cap)

    @property
    def suggest_recovery(self) -> bool:
        return self.failures >= ASK_OFFICE_AFTER

    def reset(self) -> None:
        self.failures = 0
