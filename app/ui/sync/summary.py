"""What the sync screens say, in plain words: progress, the summary of a finished sync, the
status line, and why a sync or an enrollment stopped.

Everything here is built from counts, codes and times only, so it can go in the status bar
and the banner: no client name or value ever reaches it. Every sentence is whole in the
translation (context "SyncSummary"); a count beside a noun is a plural message (%n) with one
English source for one and one for more, so English reads right before any translation loads.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.timeutil import to_local
from app.services.sync import SyncStatus
from app.services.vaults import VaultError
from app.sync.errors import NotEnrolled, SyncStopped
from app.sync.receipt import Receipt
from app.ui.errors import user_message
from app.ui.locale_format import day_and_clock, number

REASONS = {  # the office's refusal codes, as the end of "refused it because …"
    "sealed": QT_TRANSLATE_NOOP(
        "SyncSummary", "signed notes and consents cannot change (add an addendum instead)"
    ),
    "append_only": QT_TRANSLATE_NOOP("SyncSummary", "history entries cannot change"),
    "forbidden_scope": QT_TRANSLATE_NOOP(
        "SyncSummary", "it is about a client who is not on your caseload"
    ),
    "scope_mismatch": QT_TRANSLATE_NOOP(
        "SyncSummary", "the office files that record under another client"
    ),
    "not_your_profile": QT_TRANSLATE_NOOP(
        "SyncSummary", "only the office can change another worker's details"
    ),
    "unknown_entity": QT_TRANSLATE_NOOP(
        "SyncSummary", "the office does not know that kind of record (update Caseload)"
    ),
    "audit_chain": QT_TRANSLATE_NOOP(
        "SyncSummary", "the activity log did not match the office's copy"
    ),
}
NOT_CONNECTED = QT_TRANSLATE_NOOP("SyncSummary", "Not connected to the office")
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "SyncSummary",
    "This laptop is not connected to the office yet. Choose Sync ▸ Connect to the office… "
    "and paste the code your supervisor gives you.",
)
# The engine's own words for a stop (app/sync/errors.py STOPPED_MESSAGE), marked here.
STOPPED = QT_TRANSLATE_NOOP(
    "SyncSummary",
    "Sync stopped. What was sent and received so far is kept; the rest goes next time.",
)
STARTING = QT_TRANSLATE_NOOP("SyncSummary", "Syncing with the office…")
STOPPING = QT_TRANSLATE_NOOP("SyncSummary", "Stopping the sync…")


def said(text: str) -> str:
    """One of the marked sentences above, in the worker's language."""
    return QCoreApplication.translate("SyncSummary", text)


def reason_text(code: str) -> str | None:
    reason = REASONS.get(code)
    return said(reason) if reason else None


def changes(count: int) -> str:
    """ "1 change", "12 changes" (a part of a sentence: "Waiting to be sent: …")."""
    if count == 1:
        return QCoreApplication.translate("SyncSummary", "%n change", "", count)
    return QCoreApplication.translate("SyncSummary", "%n changes", "", count)


def progress_text(step: str, count: int) -> str:
    """One line for the status bar while the sync runs (counts only)."""
    one = count == 1
    if step == "push" and one:
        return QCoreApplication.translate("SyncSummary", "Syncing: %n change sent…", "", count)
    if step == "push":
        return QCoreApplication.translate("SyncSummary", "Syncing: %n changes sent…", "", count)
    if step == "pull" and one:
        return QCoreApplication.translate("SyncSummary", "Syncing: %n change received…", "", count)
    if step == "pull":
        return QCoreApplication.translate("SyncSummary", "Syncing: %n changes received…", "", count)
    return _clients_progress(step, number(count))


def _clients_progress(step: str, count: str) -> str:
    if step == "restore":
        text = QCoreApplication.translate(
            "SyncSummary", "Syncing: fetching newly assigned clients ({count})…"
        )
    elif step == "purge":
        text = QCoreApplication.translate(
            "SyncSummary", "Syncing: removing reassigned clients ({count})…"
        )
    else:
        text = QCoreApplication.translate("SyncSummary", "Syncing ({count})…")
    return text.format(count=count)


def _refused(rejected: list[dict[str, object]]) -> str:
    codes = Counter(str(entry.get("reason") or "") for entry in rejected)
    unknown = QCoreApplication.translate("SyncSummary", "the office refused it")
    reasons = "; ".join(reason_text(code) or unknown for code in codes)
    count = len(rejected)
    if count == 1:
        text = QCoreApplication.translate(
            "SyncSummary",
            "%n change was refused: {reasons}. See Refused by the office in Sync conflicts.",
            "",
            count,
        )
    else:
        text = QCoreApplication.translate(
            "SyncSummary",
            "%n changes were refused: {reasons}. See Refused by the office in Sync conflicts.",
            "",
            count,
        )
    return text.format(reasons=reasons)


def _moved_away(receipt: Receipt) -> str:
    moved = sum(1 for scope in receipt.scopes_purged if scope.startswith("client:"))
    if not moved:
        return ""
    if moved == 1:
        return QCoreApplication.translate(
            "SyncSummary", "%n client was reassigned and removed from this laptop.", "", moved
        )
    return QCoreApplication.translate(
        "SyncSummary", "%n clients were reassigned and removed from this laptop.", "", moved
    )


def _exchanged(receipt: Receipt) -> str:
    if not (receipt.pushed or receipt.pulled):
        return QCoreApplication.translate("SyncSummary", "Everything was already up to date.")
    text = QCoreApplication.translate("SyncSummary", "Sent {changes}, received {received}.")
    return text.format(changes=changes(receipt.pushed), received=number(receipt.pulled))


def _to_review(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("SyncSummary", "%n conflict to review.", "", count)
    return QCoreApplication.translate("SyncSummary", "%n conflicts to review.", "", count)


def summary(receipt: Receipt, open_conflicts: int) -> str:
    """ "Sent 12 changes, received 30. 1 change was refused: …. 2 conflicts to review." """
    parts = [_exchanged(receipt)]
    if receipt.rejected:
        parts.append(_refused(receipt.rejected))
    if moved := _moved_away(receipt):
        parts.append(moved)
    if receipt.checksums and not receipt.all_match:
        parts.append(
            QCoreApplication.translate(
                "SyncSummary", "Some records still differ from the office's copy: sync again later."
            )
        )
    if open_conflicts:
        parts.append(_to_review(open_conflicts))
    return " ".join(parts)


def when(stored: datetime) -> str:
    """ "today 14:05", "yesterday 09:30", "Fri 6 Jun 17:10" (local time)."""
    return day_and_clock(to_local(stored))


def status_line(status: SyncStatus) -> str:
    """The status bar's resting text: connected or not, the last sync, what waits to go."""
    if not status.enrolled:
        return said(NOT_CONNECTED)
    if status.last_sync_at:
        last = QCoreApplication.translate("SyncSummary", "Last sync {when}")
        line = last.format(when=when(status.last_sync_at))
    else:
        line = QCoreApplication.translate("SyncSummary", "Not synced yet")
    if status.pending_changes:
        waiting = QCoreApplication.translate("SyncSummary", "{line} · {changes} to send")
        line = waiting.format(line=line, changes=changes(status.pending_changes))
    return line


def lost_changes(lost: int) -> str:
    if not lost:
        return QCoreApplication.translate("SyncSummary", "No unsent changes were lost.")
    if lost == 1:
        return QCoreApplication.translate("SyncSummary", "%n unsent change was lost.", "", lost)
    return QCoreApplication.translate("SyncSummary", "%n unsent changes were lost.", "", lost)


def revoked_message(lost: int) -> str:
    text = QCoreApplication.translate(
        "SyncSummary",
        "This laptop was removed from the office, so Caseload has erased everything it kept "
        "on it. {lost} Set up Caseload again and ask your supervisor for a new code to connect.",
    )
    return text.format(lost=lost_changes(lost))


def connected_message(worker_name: str) -> str:
    text = QCoreApplication.translate(
        "SyncSummary", "This laptop is now connected to the office as {name}."
    )
    return text.format(name=worker_name)


def sync_failure(error: BaseException) -> str:
    """The banner for a failed sync: app/ui/errors.py's policy, with the sync's own words for
    a stop the worker chose and for a laptop not yet connected."""
    if isinstance(error, SyncStopped):
        return said(STOPPED)  # the worker's own choice: no "did not finish" in front
    if isinstance(error, NotEnrolled):
        return said(NOT_ENROLLED)  # the engine's own words name a command-line step
    if isinstance(error, VaultError):
        text = QCoreApplication.translate("SyncSummary", "The sync did not finish. {reason}")
        return text.format(reason=user_message(error))
    return user_message(error, QCoreApplication.translate("SyncSummary", "The sync"))


def failure_kind(error: BaseException) -> str:
    """The banner's style: a sync the worker (or the lock) stopped is news, not a fault."""
    return "info" if isinstance(error, SyncStopped) else "error"


def enroll_failure(error: BaseException) -> str:
    if isinstance(error, VaultError):
        return user_message(error)
    return user_message(error, QCoreApplication.translate("SyncSummary", "Connecting"))
