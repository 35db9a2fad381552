"""The vault: key hierarchy, SQLCipher engine, unit of work, outbox and audit writers."""
