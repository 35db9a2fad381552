"""The Caseload office sync server (FastAPI). See docs/sync-protocol.md.

Imports only `app.core` and `app.sync.protocol` from the desktop application (docs/ARCHITECTURE.md,
"Layers and the dependency rule").
"""
