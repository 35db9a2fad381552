"""Time convention: every stored date-time is UTC without tzinfo; calendar dates (due dates,
dates of birth, opened-on) are plain dates. The UI converts to and from local time.

One convention means a timeline can merge a signature stamp with a visit time, and two
devices in different time zones agree on when something happened.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def to_utc(local: datetime) -> datetime:
    """A naive local wall-clock time (as typed by the worker) in stored UTC form."""
    return local.astimezone(UTC).replace(tzinfo=None)


def to_local(stored: datetime) -> datetime:
    """A stored UTC time as naive local wall-clock time, for display."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def local_midnight(day: date) -> datetime:
    """The stored (UTC) form of the start of a local calendar day."""
    return to_utc(datetime.combine(day, time.min))


def local_today() -> date:
    return datetime.now().date()
