"""The headings of Today's sections and what each says when it is empty, in section order
(app/ui/today/lines.py), and the one-line summary of the day's counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def section_words() -> list[tuple[str, str]]:
    """(heading, empty line) for each section, in the order Today shows them."""
    return [
        (
            QCoreApplication.translate("Today", "Visits today"),
            QCoreApplication.translate("Today", "No visits booked today."),
        ),
        (
            QCoreApplication.translate("Today", "Tasks due today"),
            QCoreApplication.translate("Today", "Nothing due today."),
        ),
        (
            QCoreApplication.translate("Today", "Overdue tasks"),
            QCoreApplication.translate("Today", "No overdue tasks."),
        ),
        (
            QCoreApplication.translate("Today", "Re-assessments due"),
            QCoreApplication.translate("Today", "No re-assessments due this week."),
        ),
        (
            QCoreApplication.translate("Today", "Consents expiring within 30 days"),
            QCoreApplication.translate("Today", "No consents expire in the next 30 days."),
        ),
        (
            QCoreApplication.translate("Today", "Without consent to services"),
            QCoreApplication.translate("Today", "Every open case has a consent to services."),
        ),
        (
            QCoreApplication.translate("Today", "Shared without consent (for review)"),
            QCoreApplication.translate("Today", "Nothing shared without consent recently."),
        ),
        (
            QCoreApplication.translate("Today", "Referral follow-ups"),
            QCoreApplication.translate("Today", "No referral follow-ups due."),
        ),
    ]


def heading_with_count(title: str, count: int) -> str:
    return QCoreApplication.translate("Today", "{section} ({count})").format(
        section=title, count=count
    )


def summary_text(counts: list[int]) -> str:
    """One line with every section's count, so nothing below the fold goes unnoticed."""
    visits, due, overdue, reassess, consents, unconsented, shared, referrals = counts
    parts = [
        QCoreApplication.translate("Today", "%n visit(s)", "", visits),
        QCoreApplication.translate("Today", "%n due today", "", due),
        QCoreApplication.translate("Today", "%n overdue", "", overdue),
        QCoreApplication.translate("Today", "%n re-assessment(s)", "", reassess),
        QCoreApplication.translate("Today", "%n consent(s) ending", "", consents),
        QCoreApplication.translate("Today", "%n without consent", "", unconsented),
        QCoreApplication.translate("Today", "%n referral follow-up(s)", "", referrals),
    ]
    if shared:  # rare, and only on a reviewer's laptop: named only when there is one
        parts.append(QCoreApplication.translate("Today", "%n shared without consent", "", shared))
    return " · ".join(parts)
