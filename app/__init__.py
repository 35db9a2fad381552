"""Caseload: offline-first, encrypted case management for field case workers."""

__version__ = "0.1.0"
