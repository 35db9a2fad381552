"""What the Consent tab's list says for each consent (what it covers, its dates, its status in
words) and the alerts above it, in the worker's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.consent_views import ConsentAlerts, ConsentView
from app.ui.consent import words
from app.ui.widgets import long_day


def covers(view: ConsentView) -> str:
    kind = words.kinds().get(view.kind, view.kind)
    if view.recipients:
        kind = QCoreApplication.translate("ConsentTab", "{kind} to {recipients}").format(
            kind=kind, recipients=", ".join(view.recipients)
        )
    return kind + "\n" + "; ".join(view.purposes)


def dates(view: ConsentView) -> str:
    if view.expires_on is None:
        return QCoreApplication.translate("ConsentTab", "{start} – no end date").format(
            start=long_day(view.effective_on)
        )
    return QCoreApplication.translate("ConsentTab", "{start} – {end}").format(
        start=long_day(view.effective_on), end=long_day(view.expires_on)
    )


def status_text(view: ConsentView) -> str:
    status = words.statuses().get(view.status, view.status)
    how = (
        words.revocation_methods().get(view.withdrawal.method or "", "") if view.withdrawal else ""
    )
    if how:
        status = QCoreApplication.translate("ConsentTab", "{status} ({how})").format(
            status=status, how=how
        )
    if view.verified is False:  # on its own line: the row grows by lines, not wraps
        status += "\n" + QCoreApplication.translate("ConsentTab", "DOES NOT MATCH ITS SEAL")
    return status


def alert_text(alerts: ConsentAlerts) -> str:
    parts = []
    if not alerts.has_services_consent:
        parts.append(QCoreApplication.translate("ConsentTab", "No active consent to services."))
    if alerts.expiring:
        soonest = min(day for _, day in alerts.expiring)
        parts.append(
            QCoreApplication.translate("ConsentTab", "A consent expires on {day}.").format(
                day=long_day(soonest)
            )
        )
    return " ".join(parts)
