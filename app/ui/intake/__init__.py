"""Intake: New client (Ctrl+Shift+N) with the duplicate check, Edit details (Ctrl+Shift+E), and the
record's Intake tab (screening and eligibility, household members and other people)."""
