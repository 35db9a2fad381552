"""Consent screens: the consent form, the on-screen signature pad, and the paper-scan check."""
