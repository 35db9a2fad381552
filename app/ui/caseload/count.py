"""The line under the caseload list that says how many clients it shows.

Each count goes through Qt's plural forms (`%n`, with the number passed to translate), so
every language gets its own "1 client" / "2 clients". English has one message for one client
and one for more, so it reads right even before a translation is installed; each is still a
plural message (%n), so a language with other rules (French: "0 client") fills in its forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def count_text(shown: int, complete: bool, filtered: bool) -> str:
    """ "1 client", "40 clients", "100+ clients" (the rest on its way), "3 clients match"."""
    if filtered:
        return _matching(shown, complete)
    if not complete:
        return QCoreApplication.translate("CaseloadCount", "%n+ clients", "", shown)
    if shown == 1:
        return QCoreApplication.translate("CaseloadCount", "%n client", "", shown)
    return QCoreApplication.translate("CaseloadCount", "%n clients", "", shown)


def _matching(shown: int, complete: bool) -> str:
    if not shown:
        return QCoreApplication.translate("CaseloadCount", "No clients match")
    if not complete:
        return QCoreApplication.translate("CaseloadCount", "%n+ clients match", "", shown)
    if shown == 1:
        return QCoreApplication.translate("CaseloadCount", "%n client matches", "", shown)
    return QCoreApplication.translate("CaseloadCount", "%n clients match", "", shown)
