"""The one place dates, times and numbers become text on screen: through QLocale, in the
language the worker chose (app/ui/i18n.py sets QLocale's default), so a Spanish worker reads
"mar 3 jun 2025 14:05" and an American one "2:05 PM". Stored times are UTC; they are shown
in local wall-clock time (app/core/timeutil.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.core.timeutil import local_today, to_local

NONE = "—"
DAY = "d MMM yyyy"
DAY_THIS_YEAR = "ddd d MMM"
DAY_WITH_WEEKDAY = "ddd d MMM yyyy"
DAY_WITH_MONTH = "dddd d MMMM"
DAY_MONTH = "d MMM"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute, value.second)


def long_day(value: date | None) -> str:
    """ "3 Jun 2025" ("3 jun 2025" in Spanish), or a dash."""
    return QLocale().toString(_qdate(value), DAY) if value else NONE


def weekday_day(value: date) -> str:
    """ "Tuesday 3 June": a heading for one day."""
    return QLocale().toString(_qdate(value), DAY_WITH_MONTH)


def day_month(value: date) -> str:
    """ "14 Jun" ("14 juin" in French): a day in the coming weeks, where space is short."""
    return QLocale().toString(_qdate(value), DAY_MONTH)


def short_day(value: date, today: date | None = None) -> str:
    """ "today", "tomorrow", "yesterday", "Fri 6 Jun", or with the year when not this one."""
    today = today or local_today()
    if value == today:
        return QCoreApplication.translate("Dates", "today")
    if value == today + timedelta(days=1):
        return QCoreApplication.translate("Dates", "tomorrow")
    if value == today - timedelta(days=1):
        return QCoreApplication.translate("Dates", "yesterday")
    if value.year != today.year:
        return long_day(value)
    return QLocale().toString(_qdate(value), DAY_THIS_YEAR)


def clock(value: time | datetime) -> str:
    """ "14:05" (or "2:05 PM" where the locale says so)."""
    moment = value.time() if isinstance(value, datetime) else value
    return QLocale().toString(_qtime(moment), QLocale.FormatType.ShortFormat)


def clock_with_seconds(value: time | datetime) -> str:
    moment = value.time() if isinstance(value, datetime) else value
    return QLocale().toString(_qtime(moment), QLocale.FormatType.LongFormat).split(" ")[0]


def local_moment(stored: datetime, date_only: bool = False) -> str:
    """A stored (UTC) time as "Tue 3 Jun 2025 14:05" local; the date alone for day-only
    records (stored as the start of a local day) or when `date_only`."""
    local = to_local(stored)
    day = QLocale().toString(_qdate(local.date()), DAY_WITH_WEEKDAY)
    if date_only or local.time() == time.min:
        return day
    return f"{day} {clock(local)}"


def day_and_clock(local: datetime, today: date | None = None) -> str:
    """A local moment near today: "today 14:05", "Fri 6 Jun 09:30"."""
    return f"{short_day(local.date(), today)} {clock(local)}"


def clock_range(start: datetime, end: datetime) -> str:
    return f"{clock(start)}–{clock(end)}"


def number(value: int | float, decimals: int = 0) -> str:
    """ "1,234" in English, "1.234" in Spanish, "1 234" in French."""
    if isinstance(value, int) or decimals == 0:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", decimals)
