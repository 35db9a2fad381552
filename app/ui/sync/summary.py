"""What the sync screens say, in plain words: progress, the summary of a finished sync, the
status line, and why a sync or an enrollment stopped.

Everything here is built from counts, codes and times only, so it can go in the status bar
and the banner: no client name or value ever reaches it.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.core.timeutil import to_local
from app.services.sync import SyncStatus
from app.services.vaults import VaultError
from app.sync.errors import STOPPED_MESSAGE, NotEnrolled, SyncStopped
from app.sync.receipt import Receipt
from app.ui.errors import user_message
from app.ui.widgets import short_day

REASONS = {
    "sealed": "signed notes and consents cannot change (add an addendum instead)",
    "append_only": "history entries cannot change",
    "forbidden_scope": "it is about a client who is not on your caseload",
    "scope_mismatch": "the office files that record under another client",
    "not_your_profile": "only the office can change another worker's details",
    "unknown_entity": "the office does not know that kind of record (update Caseload)",
    "audit_chain": "the activity log did not match the office's copy",
}
NOT_CONNECTED = "Not connected to the office"
NOT_ENROLLED = (
    "This laptop is not connected to the office yet. Choose Sync ▸ Connect to the office… "
    "and paste the code your supervisor gives you."
)
DID_NOT_FINISH = "The sync did not finish. {}"
PROGRESS = {
    "push": "Syncing: {} sent…",
    "pull": "Syncing: {} received…",
    "restore": "Syncing: fetching newly assigned clients ({})…",
    "purge": "Syncing: removing reassigned clients ({})…",
}
STARTING = "Syncing with the office…"
STOPPING = "Stopping the sync…"


def changes(count: int) -> str:
    return f"{count} change" if count == 1 else f"{count} changes"


def progress_text(step: str, count: int) -> str:
    """One line for the status bar while the sync runs (counts only)."""
    template = PROGRESS.get(step, "Syncing ({})…")
    return template.format(changes(count) if step in ("push", "pull") else count)


def _refused(rejected: list[dict[str, object]]) -> str:
    reasons = Counter(str(entry.get("reason") or "") for entry in rejected)
    said = "; ".join(REASONS.get(reason, "the office refused it") for reason in reasons)
    verb = "change was" if len(rejected) == 1 else "changes were"
    return f"{len(rejected)} {verb} refused: {said}. See Refused by the office in Sync conflicts."


def _moved_away(receipt: Receipt) -> str:
    moved = sum(1 for scope in receipt.scopes_purged if scope.startswith("client:"))
    if not moved:
        return ""
    whom = "1 client was" if moved == 1 else f"{moved} clients were"
    return f"{whom} reassigned and removed from this laptop."


def summary(receipt: Receipt, open_conflicts: int) -> str:
    """ "Sent 12 changes, received 30. 1 change was refused: …. 2 conflicts to review." """
    if receipt.pushed or receipt.pulled:
        parts = [f"Sent {changes(receipt.pushed)}, received {receipt.pulled}."]
    else:
        parts = ["Everything was already up to date."]
    if receipt.rejected:
        parts.append(_refused(receipt.rejected))
    if moved := _moved_away(receipt):
        parts.append(moved)
    if receipt.checksums and not receipt.all_match:
        parts.append("Some records still differ from the office's copy: sync again later.")
    if open_conflicts:
        noun = "conflict" if open_conflicts == 1 else "conflicts"
        parts.append(f"{open_conflicts} {noun} to review.")
    return " ".join(parts)


def when(stored: datetime) -> str:
    """ "today 14:05", "yesterday 09:30", "Fri 6 Jun 17:10" (local time)."""
    local = to_local(stored)
    return f"{short_day(local.date())} {local:%H:%M}"


def status_line(status: SyncStatus) -> str:
    """The status bar's resting text: connected or not, the last sync, what waits to go."""
    if not status.enrolled:
        return NOT_CONNECTED
    line = f"Last sync {when(status.last_sync_at)}" if status.last_sync_at else "Not synced yet"
    if status.pending_changes:
        line += f" · {changes(status.pending_changes)} to send"
    return line


def lost_changes(lost: int) -> str:
    if not lost:
        return "No unsent changes were lost."
    return "1 unsent change was lost." if lost == 1 else f"{lost} unsent changes were lost."


def revoked_message(lost: int) -> str:
    return (
        "This laptop was removed from the office, so Caseload has erased everything it kept "
        f"on it. {lost_changes(lost)} Set up Caseload again and ask your supervisor for a new "
        "code to connect."
    )


def connected_message(worker_name: str) -> str:
    return f"This laptop is now connected to the office as {worker_name}."


def sync_failure(error: BaseException) -> str:
    """The banner for a failed sync: app/ui/errors.py's policy, with the sync's own words for
    a stop the worker chose and for a laptop not yet connected."""
    if isinstance(error, SyncStopped):
        return STOPPED_MESSAGE  # the worker's own choice: no "did not finish" in front
    if isinstance(error, NotEnrolled):
        return NOT_ENROLLED  # the engine's own words name a command-line step
    if isinstance(error, VaultError):
        return DID_NOT_FINISH.format(user_message(error))
    return user_message(error, QCoreApplication.translate("SyncSummary", "The sync"))


def failure_kind(error: BaseException) -> str:
    """The banner's style: a sync the worker (or the lock) stopped is news, not a fault."""
    return "info" if isinstance(error, SyncStopped) else "error"


def enroll_failure(error: BaseException) -> str:
    if isinstance(error, VaultError):
        return user_message(error)
    return user_message(error, QCoreApplication.translate("SyncSummary", "Connecting"))
