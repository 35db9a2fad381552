"""Vault work for the Referrals tab. Each function runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.timeutil import local_today
from app.services import referrals
from app.services.referrals import ReferralContext, ReferralDraft, ReferralView
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class ReferralsShown:
    referrals: list[ReferralView]
    context: ReferralContext  # the releases of information in force, consent to services


def referrals_shown(access: VaultAccess, client_id: str) -> ReferralsShown:
    with access.vault.session() as session:
        today = local_today()
        listed = referrals.list_referrals(session, client_id, today)
        context = referrals.referral_context(session, client_id, today)
    return ReferralsShown(listed, context)


def make(access: VaultAccess, draft: ReferralDraft) -> str:
    with access.vault.session() as session:
        return referrals.make_referral(session, draft)


def change_status(
    access: VaultAccess, referral_id: str, status: str, on: date, note: str | None
) -> str:
    with access.vault.session() as session:
        return referrals.change_status(session, referral_id, status, on, note)


def set_follow_up(access: VaultAccess, referral_id: str, day: date | None) -> None:
    with access.vault.session() as session:
        referrals.set_follow_up(session, referral_id, day)
