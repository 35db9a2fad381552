"""Caseload benchmarks: `python -m bench --list` (see docs/benchmarks.md).

Benchmarks check the performance targets listed in docs/benchmarks.md. They are not timed tests:
tests/bench only checks that the harness runs and reports well-formed numbers.
"""
