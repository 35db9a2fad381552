"""What one sync did, for the worker, the CLI (`caseload sync` prints it as JSON) and the UI."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class Receipt:
    pushed: int = 0  # local changes the server accepted (applied, stale or already had)
    pulled: int = 0  # pulled changes of which at least one field won here
    rejected: list[dict[str, object]] = field(default_factory=list)  # {seq, entity, …, reason}
    conflicts: int = 0  # unsynced local values a pulled value overwrote (see sync_conflict)
    scopes_restored: list[str] = field(default_factory=list)
    scopes_purged: list[str] = field(default_factory=list)
    checksums: dict[str, dict[str, object]] = field(default_factory=dict)
    wiped: bool = False
    unsent_lost: int = 0
    duration_ms: int = 0
    # Additions beyond the brief's list (compatible: readers ignore unknown keys).
    audit_pushed: int = 0
    server_conflicts: int = 0  # fields where a push lost to, or overwrote, a concurrent write
    dropped: int = 0  # records a resync found the server no longer has

    @property
    def all_match(self) -> bool:
        return all(entry["match"] for entry in self.checksums.values())

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)
