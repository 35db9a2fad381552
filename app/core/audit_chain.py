"""The hash chain of the audit log: every event commits to the one before it.

Changing, removing or reordering any event changes every hash after it, so verification
points at exactly the first event that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
CHAINED_FIELDS = ("seq", "id", "at", "actor", "action", "entity", "record_id", "detail")


def event_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    """SHA-256 over the previous hash and a canonical JSON form of the event."""
    body = {name: fields.get(name) for name in CHAINED_FIELDS}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{prev_hash}|{canonical}".encode()).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_bad_seq: int | None = None
    reason: str = ""


def verify_chain(events: Iterable[Mapping[str, Any]]) -> ChainReport:
    """Check events (ordered by seq) link up and hash correctly."""
    prev, count, expected_seq = GENESIS, 0, None
    for event in events:
        seq = event["seq"]
        if expected_seq is not None and seq != expected_seq:
            return ChainReport(False, count, seq, f"event {expected_seq} is missing")
        if event["prev_hash"] != prev:
            return ChainReport(False, count, seq, "link to the previous event is broken")
        if event_hash(prev, event) != event["hash"]:
            return ChainReport(False, count, seq, "event content does not match its hash")
        prev, count, expected_seq = event["hash"], count + 1, seq + 1
    return ChainReport(True, count)
