"""Caseload benchmarks: `python -m bench --list` (see docs/benchmarks.md).

Benchmarks check the performance targets of DESIGN.md section 5. They are not timed tests:
tests/bench only checks that the harness runs and reports well-formed numbers.
"""
