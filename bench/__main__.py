"""Command line: `python -m bench [NAME ...]`.

With no name, runs the quick set. Prints one JSON object per metric on stdout and nothing
else (anything a benchmark or library prints is sent to stderr with the progress lines).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from time import perf_counter
from typing import IO

from bench import (  # noqa: F401  (importing registers them)
    caseload,
    consent_pdf,
    export,
    insert_clients,
    open_vault,
    rekey,
    startup,
    sync,
)
from bench.harness import REGISTRY, Benchmark, emit, progress, registered


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description="Caseload performance benchmarks (docs/benchmarks.md).",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="benchmarks to run")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--all", action="store_true", help="run every benchmark")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="tiny parameters: checks the harness works; the numbers mean nothing",
    )
    parser.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="KEY=INT",
        help="override a parameter of the selected benchmarks (e.g. -p repeats=5)",
    )
    return parser


def _select(args: argparse.Namespace, parser: argparse.ArgumentParser) -> list[Benchmark]:
    unknown = [name for name in args.names if name not in REGISTRY]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)} (see --list)")
    if args.names:
        return [REGISTRY[name] for name in dict.fromkeys(args.names)]
    return [bench for bench in registered() if args.all or bench.quick]


def _overrides(pairs: Sequence[str], parser: argparse.ArgumentParser) -> dict[str, int]:
    overrides = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not value.lstrip("-").isdigit():
            parser.error(f"--param wants KEY=INT, got {pair!r}")
        overrides[key] = int(value)
    return overrides


def _params(bench: Benchmark, smoke: bool, overrides: dict[str, int]) -> dict[str, int]:
    params = dict(bench.smoke_params if smoke else bench.params)
    params.update({key: value for key, value in overrides.items() if key in params})
    return params


def list_benchmarks(out: IO[str]) -> None:
    for bench in registered():
        defaults = " ".join(f"{key}={value}" for key, value in bench.params.items())
        kind = "quick" if bench.quick else "full "
        out.write(f"{bench.name:<24}{kind}  {bench.summary}\n")
        out.write(f"{'':<31}target: {bench.target}; defaults: {defaults}\n")


def _machine() -> str:
    """CPU count and load: a busy machine explains a slow run (timings are wall clock)."""
    try:
        load = " / ".join(f"{value:.2f}" for value in os.getloadavg())
    except (AttributeError, OSError):  # not on every platform
        load = "unknown"
    return f"{os.cpu_count()} CPUs, load average {load}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    out = sys.stdout
    if args.list:
        list_benchmarks(out)
        return 0
    selected = _select(args, parser)
    overrides = _overrides(args.param, parser)
    for key in overrides:
        if not any(key in bench.params for bench in selected):
            parser.error(f"no selected benchmark has a parameter {key!r}")
    started = perf_counter()
    progress(_machine())
    # Only emit() writes to the real stdout: stray prints from libraries go to stderr.
    with contextlib.redirect_stdout(sys.stderr):
        for bench in selected:
            params = _params(bench, args.smoke, overrides)
            progress(f"{bench.name}: {params}")
            bench_start = perf_counter()
            for metric in bench.run(params):
                emit(metric, out)
            progress(f"{bench.name}: done in {perf_counter() - bench_start:.1f} s")
    progress(f"all done in {perf_counter() - started:.1f} s; {_machine()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
