"""The words the referral screens (and Today) show for the codes a referral stores, in the
worker's language through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("referrals", text)


def statuses() -> dict[str, str]:
    return {
        "sent": _t("Sent"),
        "accepted": _t("Accepted"),
        "declined": _t("Declined"),
        "started": _t("Service started"),
        "closed": _t("Closed"),
    }


def urgencies() -> dict[str, str]:
    return {
        "routine": _t("Routine"),
        "soon": _t("Soon (within a week)"),
        "urgent": _t("Urgent"),
    }


def status_word(code: str) -> str:
    return statuses().get(code, code)
