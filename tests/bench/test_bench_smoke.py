"""The benchmark harness keeps working: every benchmark runs at a tiny size through the same
code as `python -m bench` and reports well-formed, positive numbers. Never asserts on speed."""

from __future__ import annotations

import json

import pytest

from bench.__main__ import main
from bench.harness import REGISTRY, percentile
from bench.rekey import SMOKE as REKEY_SMOKE

SIDES = ("encrypted", "plaintext")


def _sided(*keys: str) -> set[str]:
    return {f"{side}_{key}" for side in SIDES for key in keys}


INSERT_KEYS = {
    "clients",
    "batch",
    "repeats",
    "encrypted_s",
    "plaintext_s",
    "time_ratio",
    "encrypted_db_s",
    "plaintext_db_s",
    "db_time_ratio",
    "encrypted_mb",
    "plaintext_mb",
}
REKEY_KEYS = {
    "clients",
    "database_mb",
    "passwd_s",
    "rekey_s",
    "kdf_and_rest_s",
    "copy_s",
    "plaintext_rewrite_s",
    "rekey_vs_rewrite_ratio",
    "rekey_vs_copy_ratio",
}
# benchmark -> metric name -> keys (besides "name"), in the order the metrics are printed
EXPECTED_KEYS: dict[str, dict[str, set[str]]] = {
    # the smoke run starts the app from source only (the bundle is the packaging test's)
    "startup": {"startup_source": {"p50_ms"}},
    "open_vault": {"open_vault": {"p50_ms", "p95_ms", "first_ms", "max_ms", "runs", "kdf_ms"}},
    "insert_clients": {"insert_clients": INSERT_KEYS},
    "insert_clients_stdlib": {"insert_clients_stdlib": INSERT_KEYS},
    "caseload": {
        "caseload.dataset": {
            "clients",
            "notes",
            "cases",
            "tasks",
            "visits",
            "consents",
            "workers",
            "note_chars",
            "generate_s",
            "python_s",
            "encrypted_load_s",
            "plaintext_load_s",
            "load_ratio",
            "encrypted_mb",
            "plaintext_mb",
            "size_ratio",
            "note_fts_mb",
        },
        "caseload.first_rows": _sided(
            "p50_ms",
            "p95_ms",
            "ids_p50_ms",
            "rows_p50_ms",
            "all_ids_p50_ms",
            "all_ids_p95_ms",
            "first_ms",
        )
        | {"p50_ratio", "p95_ratio", "clients", "runs"},
        "caseload.scroll": _sided("p50_ms", "p95_ms") | {"p50_ratio", "p95_ratio", "rows", "runs"},
        "caseload.sort_orders": _sided(
            *(f"{key}_p50_ms" for key in ("name", "stage", "risk", "next_visit", "overdue"))
        )
        | {"runs"},
        "caseload.search": _sided("p50_ms", "p95_ms", "max_ms", "cold_max_ms")
        | {"p50_ratio", "p95_ratio", "hits_avg", "queries", "runs"},
        "caseload.note_save": _sided("p50_ms", "p99_ms")
        | {f"sign_{key}" for key in _sided("p50_ms", "p99_ms")}
        | {"p50_ratio", "p99_ratio", "sign_p50_ratio", "sign_p99_ratio", "saves", "quiet"},
        "caseload.memory": _sided("rss_mb", "peak_mb", "imports_mb") | {"rss_ratio", "clients"},
    },
    "consent_pdf": {
        "consent_pdf.build": {
            "p50_ms",
            "p95_ms",
            "max_ms",
            "first_ms",
            "baseline_p50_ms",
            "baseline_p95_ms",
            "p50_ratio",
            "p95_ratio",
            "runs",
            "pages",
        },
        "consent_pdf.print": {
            "p50_ms",
            "p95_ms",
            "baseline_p50_ms",
            "p50_ratio",
            "runs",
            "pages",
        },
    },
    "export": {
        "export.record": {"notes", "pages", "runs", "redactions"}
        | {f"{step}_p50_ms" for step in ("gather", "find", "build", "encrypt", "total")}
        | {"total_max_ms"},
    },
    # One metric per size, the smoke run's two tiny ones (5 and 20 clients).
    "rekey": {f"rekey.clients_{REKEY_SMOKE[size]}": REKEY_KEYS for size in ("small", "large")},
    "sync": {
        "sync.push_pull": {
            "records",
            "pulled",
            "push_s",
            "pull_s",
            "baseline_bulk_insert_s",
            "push_ratio",
            "pull_ratio",
        },
        "sync.devices": {
            "devices",
            "per_device",
            "batches",
            "wall_s",
            "batch_p50_ms",
            "batch_p95_ms",
            "batch_max_ms",
        },
    },
}
UNITS = ("_ms", "_s", "_mb", "_ratio")
COUNTS = {
    "runs",
    "clients",
    "batch",
    "repeats",
    "notes",
    "cases",
    "tasks",
    "visits",
    "consents",
    "workers",
    "note_chars",
    "rows",
    "queries",
    "hits_avg",
    "saves",
    "quiet",  # 1: the app's quiet-moment WAL checkpoint runs between saves
    "records",
    "pulled",
    "devices",
    "per_device",
    "batches",
    "pages",
    "redactions",
}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict]:
    assert main(list(argv)) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines and out.endswith("\n")
    return [json.loads(line) for line in lines]  # every stdout line is one JSON object


def test_every_benchmark_is_covered():
    assert set(REGISTRY) == set(EXPECTED_KEYS)


@pytest.mark.parametrize("name", sorted(EXPECTED_KEYS))
def test_smoke_run_reports_positive_numbers(capsys, tmp_path, monkeypatch, name):
    monkeypatch.setenv("CASELOAD_BENCH_CACHE", str(tmp_path / "cache"))
    metrics = _run(capsys, "--smoke", name)
    assert not (tmp_path / "cache").exists()  # smoke runs never touch the data set cache
    expected = EXPECTED_KEYS[name]
    assert [metric["name"] for metric in metrics] == list(expected)
    for metric in metrics:
        assert set(metric) - {"name"} == expected[metric["name"]]
        for key, value in metric.items():
            if key == "name":
                continue
            assert key in COUNTS or key.endswith(UNITS), f"{key} carries no unit"
            assert isinstance(value, int | float) and not isinstance(value, bool)
            assert value > 0, f"{metric['name']}: {key} = {value}"


def test_parameters_can_be_overridden(capsys):
    metric = _run(capsys, "--smoke", "-p", "runs=1", "open_vault")[0]
    assert metric["runs"] == 1
    metrics = _run(capsys, "--smoke", "-p", "clients=120", "-p", "warmup=10", "insert_clients")
    assert metrics[0]["clients"] == 120 and metrics[0]["repeats"] == 1


def test_list_names_every_benchmark(capsys):
    assert main(["--list"]) == 0
    listed = capsys.readouterr().out
    for name in REGISTRY:
        assert name in listed


def test_unknown_names_and_parameters_are_refused(capsys):
    with pytest.raises(SystemExit):
        main(["no_such_benchmark"])
    with pytest.raises(SystemExit):
        main(["--smoke", "-p", "no_such_param=1", "open_vault"])
    assert capsys.readouterr().out == ""


def test_percentile_interpolates():
    assert percentile([3.0], 0.95) == 3.0
    assert percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    assert percentile(range(1, 11), 0.95) == pytest.approx(9.55)
