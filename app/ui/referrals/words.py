"""The words the referral screens (and Today) show for the codes a referral stores, in the
worker's language through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def statuses() -> dict[str, str]:
    return {
        "sent": QCoreApplication.translate("referrals", "Sent"),
        "accepted": QCoreApplication.translate("referrals", "Accepted"),
        "declined": QCoreApplication.translate("referrals", "Declined"),
        "started": QCoreApplication.translate("referrals", "Service started"),
        "closed": QCoreApplication.translate("referrals", "Closed"),
    }


def urgencies() -> dict[str, str]:
    return {
        "routine": QCoreApplication.translate("referrals", "Routine"),
        "soon": QCoreApplication.translate("referrals", "Soon (within a week)"),
        "urgent": QCoreApplication.translate("referrals", "Urgent"),
    }


def status_word(code: str) -> str:
    return statuses().get(code, code)
