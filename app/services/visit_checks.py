"""What to warn about before a visit is booked: a time outside the client's safe contact times,
a phone call to a client who asked not to be phoned, a home visit to a client who said no to
home visits, or a visit on a closed case.

A client's safe times are stored as their own words (free text, e.g. "Weekdays 9-12",
"After 3 pm only"). `safe_windows` reads the plain patterns it is sure of (days, hour ranges,
"after"/"before", mornings/afternoons/evenings) and ignores every clause it cannot read
("not when partner is home"), so a warning is only given where the text really says the time
is not safe. Free-text contact rules ("Text first, no voicemail") are not checked: the form
shows them as a reminder. The checks are pure (no Qt, no database) except `visit_facts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.core.stages import CaseStage
from app.models import Case, Client
from app.services.fields import load

DAY_MINUTES = 24 * 60
ALL_DAYS = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS_OF_DAY = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 18 * 60),
                "evening": (18 * 60, DAY_MINUTES), "any time": (0, DAY_MINUTES),
                "anytime": (0, DAY_MINUTES)}  # fmt: skip
NEGATIONS = re.compile(r"\b(not|never|except|no|avoid|unless)\b")
CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?"
RANGE = re.compile(CLOCK + r"\s*(?:-|–|—|to|until|till)\s*" + CLOCK)
AFTER = re.compile(r"\b(?:after|from)\s+" + CLOCK)
BEFORE = re.compile(r"\b(?:before|until|till)\s+" + CLOCK)
DAY = (
    r"(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)s?\b"
)
DAY_WORD = re.compile(r"\b" + DAY)
DAY_RANGE = re.compile(r"\b" + DAY + r"\.?\s*(?:-|–|—|to)\s*" + DAY)

# Warning kinds, in the order they are shown.
CLOSED_CASE = "closed_case"
NO_CALLS = "no_calls"
NO_HOME_VISITS = "no_home_visits"
OUTSIDE_SAFE_TIMES = "outside_safe_times"


@dataclass(frozen=True)
class SafeWindow:
    """A stretch of time the client said is safe: on these weekdays (0 is Monday), from
    `start` to `end` minutes after midnight."""

    days: frozenset[int]
    start: int
    end: int

    def holds(self, begins: datetime, minutes: int) -> bool:
        at = begins.hour * 60 + begins.minute
        return begins.weekday() in self.days and self.start <= at and at + minutes <= self.end


@dataclass(frozen=True)
class VisitFacts:
    """What the checks need about the client and the case (read once, when the form opens)."""

    safe_times: str | None = None  # the client's words
    contact_rules: str | None = None  # the client's words; shown, not checked
    do_not_call: bool = False
    may_visit: bool | None = None
    case_stage: str | None = None
    case_closed_on: date | None = None


@dataclass(frozen=True)
class VisitWarning:
    kind: str  # CLOSED_CASE | NO_CALLS | NO_HOME_VISITS | OUTSIDE_SAFE_TIMES
    safe_times: str | None = None
    closed_on: date | None = None


def visit_facts(session: Session, client_id: str, case_id: str | None) -> VisitFacts:
    client = load(session, Client, client_id, "client")
    case = load(session, Case, case_id, "case") if case_id else None
    return VisitFacts(
        safe_times=client.safe_contact_times,
        contact_rules=client.contact_rules,
        do_not_call=client.do_not_call,
        may_visit=client.may_visit,
        case_stage=case.stage if case else None,
        case_closed_on=case.closed_on if case else None,
    )


def check_visit(
    facts: VisitFacts, contact_type: str, begins: datetime, minutes: int
) -> list[VisitWarning]:
    """The warnings for a visit of `contact_type` at local wall-clock time `begins`."""
    found: list[VisitWarning] = []
    # A case in follow-up is closed, but follow-up contact is what that stage is for.
    if facts.case_closed_on is not None and facts.case_stage != CaseStage.FOLLOW_UP.value:
        found.append(VisitWarning(CLOSED_CASE, closed_on=facts.case_closed_on))
    if contact_type == "phone" and facts.do_not_call:
        found.append(VisitWarning(NO_CALLS))
    if contact_type == "home" and facts.may_visit is False:
        found.append(VisitWarning(NO_HOME_VISITS))
    windows = safe_windows(facts.safe_times)
    if windows and not any(window.holds(begins, minutes) for window in windows):
        found.append(VisitWarning(OUTSIDE_SAFE_TIMES, safe_times=facts.safe_times))
    return found


def safe_windows(text: str | None) -> tuple[SafeWindow, ...]:
    """The windows `text` states plainly; clauses it cannot read (or that say "not") give none."""
    windows: list[SafeWindow] = []
    for clause in re.split(r"[;,/\n]|\band\b|\bor\b", (text or "").lower()):
        if clause.strip() and not NEGATIONS.search(clause):
            window = _clause_window(clause)
            if window is not None:
                windows.append(window)
    return tuple(windows)


def _clause_window(clause: str) -> SafeWindow | None:
    days = _days(clause)
    hours = _hours(clause)
    if days is None and hours is None:
        return None
    start, end = hours or (0, DAY_MINUTES)
    return SafeWindow(days or ALL_DAYS, start, end)


def _days(clause: str) -> frozenset[int] | None:
    if "weekday" in clause:
        return WEEKDAYS
    if "weekend" in clause:
        return frozenset({5, 6})
    spans = DAY_RANGE.findall(clause)
    if spans:
        return frozenset(d for first, last in spans for d in _day_span(first, last))
    named = {DAY_NAMES.index(found[:3]) for found in DAY_WORD.findall(clause)}
    return frozenset(named) or None


def _day_span(first: str, last: str) -> range:
    start, end = DAY_NAMES.index(first[:3]), DAY_NAMES.index(last[:3])
    return range(start, end + 1) if start <= end else range(start, end + 8)


def _hours(clause: str) -> tuple[int, int] | None:
    span = RANGE.search(clause)
    if span is not None:
        start = _minutes(span.group(1), span.group(2), span.group(3) or span.group(6))
        end = _minutes(span.group(4), span.group(5), span.group(6))
        if end <= start and not span.group(6) and end < 12 * 60:
            end += 12 * 60  # "10-2": until 2 in the afternoon
        return (start, end) if start < end <= DAY_MINUTES else None
    after, before = AFTER.search(clause), BEFORE.search(clause)
    if after is not None:
        return _minutes(*after.groups()), DAY_MINUTES
    if before is not None:
        return 0, _minutes(*before.groups())
    return next((span for word, span in PARTS_OF_DAY.items() if word in clause), None)


def _minutes(hour: str, minute: str | None, half: str | None) -> int:
    """Minutes after midnight for "3", "3:30", "3 pm", "15.30" (24-hour unless am/pm)."""
    hours = int(hour) % 24
    if half and half.startswith("p") and hours < 12:
        hours += 12
    elif half and half.startswith("a") and hours == 12:
        hours = 0
    return min(hours * 60 + int(minute or 0), DAY_MINUTES)
