"""Documents built in memory: consent form templates and their PDFs (reportlab, never Qt).

Builders return bytes and never write a file (docs/decisions.md, "No plaintext at rest").
"""
