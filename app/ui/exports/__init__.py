"""Exports that leave the vault from the client record: the client's own record (with the
redaction review) and court copies, encrypted with a one-time password, then saved where the
worker chooses or printed from memory (issue 11, items 5 and 6)."""
