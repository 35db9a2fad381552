"""The Referrals tab of the client record: referrals to other services, their statuses and
follow-up dates, and the release of information each one needs (app/services/referrals.py)."""
