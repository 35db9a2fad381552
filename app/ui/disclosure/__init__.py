"""Sharing a client's information: the Disclosures tab, the share dialog and the one-time
password of the sealed packet (issue 11)."""
