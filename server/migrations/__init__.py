"""Alembic migrations of the server schema, run programmatically by server.db.migrate."""

# The newest revision in versions/ (tests/server/test_schema.py checks it against Alembic's
# view): lets server.db tell "up to date" without importing Alembic.
SCHEMA_HEAD = "0001"
